'use strict';
// A Worker's execArgv: Node's per-thread options apply to the worker and make its
// process.execArgv (up to the first argument that is not an option); V8's and the process's
// options are refused with ERR_WORKER_INVALID_EXEC_ARGV. Without execArgv the worker has its
// parent's options.
const assert = require('assert');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

const fixtures = path.join(__dirname, 'fixtures');

function invalid(execArgv, message) {
  assert.throws(() => new Worker('0', { eval: true, execArgv }), {
    name: 'Error',
    code: 'ERR_WORKER_INVALID_EXEC_ARGV',
    message: `Initiated Worker with invalid execArgv flags: ${message}`,
  });
}

invalid(['--foo'], '--foo');
invalid(['--title=x', '--max-old-space-size=5'], '--title=x, --max-old-space-size=5');
invalid(['--stack-trace-limit=3', '--expose-gc', '--expose_gc'],
        '--stack-trace-limit=3, --expose-gc, --expose_gc');
invalid(['--abort-on-uncaught-exception'], '--abort-on-uncaught-exception');
invalid(['--title', 'x'], '--title');
invalid(['-C=x'], '-C=x');
invalid(['--no-no-warnings'], '--no-no-warnings');
invalid(['--conditions'], '--conditions requires an argument');
invalid(['-r'], '-r requires an argument');
invalid(['--unhandled-rejections=bad'], 'invalid value for --unhandled-rejections');
invalid(['--input-type=bad'], '--input-type must be "module" or "commonjs"');
invalid(['--watch'], '--watch requires specifying a file');
assert.throws(() => new Worker('0', { eval: true, execArgv: '--no-warnings' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// Runs `code` in a worker with `execArgv`; resolves with what it posts (and its stderr).
function run(code, execArgv, file) {
  return new Promise((resolve, reject) => {
    const w = new Worker(file ?? code, { eval: !file, execArgv, stderr: true });
    let message;
    let stderr = '';
    w.stderr.setEncoding('utf8');
    w.stderr.on('data', (c) => { stderr += c; });
    w.on('message', (m) => { message = m; });
    w.on('error', reject);
    w.on('exit', (code) => resolve({ code, message, stderr }));
  });
}

(async () => {
  const report = `require('worker_threads').parentPort.postMessage({
    execArgv: process.execArgv, noDeprecation: process.noDeprecation,
    throwDeprecation: process.throwDeprecation, traceDeprecation: process.traceDeprecation,
    preloadedOn: globalThis.preloadedOn })`;

  let r = await run(report, ['--no-deprecation', '--throw-deprecation', 'extra', '--trace-deprecation']);
  assert.deepStrictEqual(r.message, {
    execArgv: ['--no-deprecation', '--throw-deprecation'],
    noDeprecation: true, throwDeprecation: true, traceDeprecation: undefined,
    preloadedOn: undefined,
  });

  r = await run(report, ['--trace_deprecation', '--', '--no-deprecation']);
  assert.deepStrictEqual(r.message.execArgv, ['--trace_deprecation']);
  assert.strictEqual(r.message.traceDeprecation, true);
  assert.strictEqual(r.message.noDeprecation, undefined);

  // -r preloads run in the worker before its script.
  const preload = path.join(fixtures, 'preload.js');
  r = await run(report, ['-r', preload]);
  assert.deepStrictEqual(r.message.execArgv, ['-r', preload]);
  assert.strictEqual(r.message.preloadedOn, 'worker');
  r = await run(report, [`--require=${preload}`]);
  assert.strictEqual(r.message.preloadedOn, 'worker');

  // --conditions reaches the worker's resolver.
  const condWorker = path.join(fixtures, 'conditions', 'worker.js');
  assert.strictEqual((await run(null, [], condWorker)).message, 'default');
  assert.strictEqual((await run(null, ['--conditions=custom'], condWorker)).message, 'custom');
  assert.strictEqual((await run(null, ['-C', 'custom'], condWorker)).message, 'custom');

  // --input-type=module: eval code is an ES module.
  r = await run(`import { parentPort } from 'worker_threads';
    parentPort.postMessage([typeof require, this === undefined]);`, ['--input-type=module']);
  assert.deepStrictEqual(r.message, ['undefined', true]);

  // Warnings: printed by default, not with --no-warnings.
  const { stderr } = spawnSync(process.execPath, [path.join(fixtures, 'exec-argv-warnings.js')], {
    encoding: 'utf8',
  });
  assert.match(stderr, /CustomWarning: printed/);
  assert.doesNotMatch(stderr, /silenced/);

  // --unhandled-rejections=warn: an unhandled rejection does not end the worker.
  const reject = `Promise.reject(new Error('nobody handles this'));
    setTimeout(() => require('worker_threads').parentPort.postMessage('still running'), 20);`;
  r = await run(reject, ['--unhandled-rejections=warn', '--no-warnings']);
  assert.deepStrictEqual([r.code, r.message], [0, 'still running']);
  await assert.rejects(run(reject, []), { message: 'nobody handles this' });

  // Without execArgv a worker has its parent's options (and its process.execArgv); with one,
  // only the process-wide ones (here --stack-trace-limit) still apply.
  const out = execFileSync(process.execPath, [
    '--no-deprecation', '--stack-trace-limit=3', '-r', preload,
    path.join(fixtures, 'exec-argv-parent.js'),
  ], { encoding: 'utf8' });
  assert.deepStrictEqual(JSON.parse(out), {
    inherited: [['--no-deprecation', '--stack-trace-limit=3', '-r', preload], true, 3, 'worker'],
    explicit: [[], null, 3, null],
  });
})().then(() => console.log('ok'));
