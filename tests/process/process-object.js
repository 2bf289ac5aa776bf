'use strict';
// The process object: identity, argv, env as a live view, cwd/chdir errors, clocks,
// resource usage, nextTick arguments, exitCode validation, kill errors, EventEmitter-ness.
const assert = require('assert');
const path = require('path');
const EventEmitter = require('events');

assert.ok(process instanceof EventEmitter);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(process)), EventEmitter.prototype);
assert.strictEqual(require('process'), process);
assert.strictEqual(process.platform, 'linux');
assert.strictEqual(typeof process.pid, 'number');
assert.strictEqual(typeof process.ppid, 'number');
assert.match(process.version, /^v\d+\.\d+\.\d+$/);
assert.strictEqual(process.versions.node, process.version.slice(1));
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(path.isAbsolute(process.execPath), true);
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(typeof process.argv0, 'string');

// env is a live view with string coercion.
process.env.RODE_TEST_VAR = 42;
assert.strictEqual(process.env.RODE_TEST_VAR, '42');
assert.ok('RODE_TEST_VAR' in process.env);
assert.ok(Object.keys(process.env).includes('RODE_TEST_VAR'));
delete process.env.RODE_TEST_VAR;
assert.strictEqual(process.env.RODE_TEST_VAR, undefined);
assert.strictEqual('RODE_TEST_VAR' in process.env, false);

// cwd / chdir
const cwd = process.cwd();
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(cwd));
process.chdir(cwd);
assert.throws(() => process.chdir('/definitely/not/here'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, chdir '${cwd}' -> '/definitely/not/here'`);
  return true;
});
assert.throws(() => process.chdir(1), { code: 'ERR_INVALID_ARG_TYPE' });

// clocks
const [s, ns] = process.hrtime();
assert.ok(Number.isInteger(s) && Number.isInteger(ns) && ns < 1e9);
const d = process.hrtime([s, ns]);
assert.ok(d[0] >= 0 && d[1] >= 0);
assert.strictEqual(typeof process.hrtime.bigint(), 'bigint');
assert.ok(process.uptime() > 0 && process.uptime() < 60);
assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });

// resource usage
const mu = process.memoryUsage();
for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  assert.strictEqual(typeof mu[k], 'number', k);
}
assert.ok(mu.rss > 1e6);
assert.ok(process.memoryUsage.rss() > 1e6);
const cpu = process.cpuUsage();
assert.ok(cpu.user >= 0 && cpu.system >= 0);
const diff = process.cpuUsage(cpu);
assert.ok(diff.user >= 0);
assert.strictEqual(typeof process.umask(), 'number');
assert.strictEqual(typeof process.getuid(), 'number');

// exitCode validation
assert.throws(() => { process.exitCode = 'abc'; }, { code: 'ERR_INVALID_ARG_TYPE' });
process.exitCode = undefined;

// kill
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE' });
assert.strictEqual(process.kill(process.pid, 0), true);

// nextTick passes its arguments; ticks run before promise jobs.
const order = [];
Promise.resolve().then(() => order.push('promise'));
process.nextTick((a, b, c, d) => order.push(`tick ${a}${b}${c}${d}`), 1, 2, 3, 4);
setImmediate(() => {
  assert.deepStrictEqual(order, ['tick 1234', 'promise']);
  console.log('ok');
});
