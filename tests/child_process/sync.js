// spawnSync / execSync / execFileSync: results, input, stdio, encoding, timeout,
// maxBuffer and the errors thrown.
'use strict';
const assert = require('assert');
const { spawnSync, execSync, execFileSync } = require('child_process');

// spawnSync result
{
  const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 5);
  assert.strictEqual(r.signal, null);
  assert.ok(r.pid > 0);
  assert.deepStrictEqual(r.output, [null, Buffer.from('out\n'), Buffer.from('err\n')]);
  assert.strictEqual(r.stdout, r.output[1]);
  assert.strictEqual(r.stderr, r.output[2]);
}

// Killed by a signal.
{
  const r = spawnSync('sh', ['-c', 'echo a; kill -9 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGKILL');
  assert.deepStrictEqual(r.stdout, Buffer.from('a\n'));
  assert.strictEqual(r.error, undefined);
}

// input: string, Buffer, TypedArray; encoding applies to every output.
assert.deepStrictEqual(spawnSync('cat', { input: 'hi' }).stdout, Buffer.from('hi'));
assert.deepStrictEqual(spawnSync('cat', { input: Buffer.from('buf') }).stdout, Buffer.from('buf'));
assert.deepStrictEqual(spawnSync('cat', { input: new Uint16Array([0x6968]) }).stdout, Buffer.from('hi'));
assert.deepStrictEqual(spawnSync('cat', { input: 'aGk=', encoding: 'base64' }).output, [null, 'aGk=', '']);
{
  const r = spawnSync('sh', ['-c', 'echo a; echo b >&2'], { encoding: 'latin1' });
  assert.deepStrictEqual(r.output, [null, 'a\n', 'b\n']);
  assert.strictEqual(r.stdout, 'a\n');
}
// Large input and output (4 MiB each way).
{
  const big = Buffer.alloc(4 << 20, 'xyz');
  const r = spawnSync('cat', { input: big, maxBuffer: 8 << 20 });
  assert.strictEqual(r.status, 0);
  assert.ok(r.stdout.equals(big));
}
// Input that the child never reads: EPIPE, and the exit status is still there.
{
  const r = spawnSync('true', { input: Buffer.alloc(1 << 20) });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.error.code, 'EPIPE');
  assert.strictEqual(r.error.message, 'spawnSync true EPIPE');
}

// stdio forms: extra pipes are collected, 'ignore'/'inherit' give null.
{
  const r = spawnSync('sh', ['-c', 'echo a >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  assert.deepStrictEqual(r.output, [null, Buffer.alloc(0), Buffer.alloc(0), Buffer.from('a\n')]);
  const r2 = spawnSync('sh', ['-c', 'echo a'], { stdio: ['ignore', 'pipe', 'ignore'] });
  assert.deepStrictEqual(r2.output, [null, Buffer.from('a\n'), null]);
  assert.strictEqual(r2.stderr, null);
  const r3 = spawnSync('true', { stdio: 'inherit' });
  assert.deepStrictEqual(r3.output, [null, null, null]);
}

// cwd and env.
assert.strictEqual(spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout, '/\n');
assert.strictEqual(spawnSync('sh', ['-c', 'echo $V'], { env: { V: 'v1' }, encoding: 'utf8' }).stdout, 'v1\n');

// timeout: ETIMEDOUT, killed with killSignal.
{
  const start = Date.now();
  const r = spawnSync('sleep', ['5'], { timeout: 100 });
  assert.ok(Date.now() - start < 4000);
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.error.message, 'spawnSync sleep ETIMEDOUT');
  assert.strictEqual(r.error.syscall, 'spawnSync sleep');
  assert.strictEqual(r.error.path, 'sleep');
  assert.deepStrictEqual(r.error.spawnargs, ['5']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  const r2 = spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
  assert.strictEqual(r2.signal, 'SIGKILL');
}

// maxBuffer: ENOBUFS, killed.
{
  const r = spawnSync('yes', { maxBuffer: 100 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.error.message, 'spawnSync yes ENOBUFS');
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.ok(r.stdout.length > 100);
  const ok = spawnSync('head', ['-c', '100', '/dev/zero'], { maxBuffer: 100 });
  assert.strictEqual(ok.error, undefined);
  assert.strictEqual(ok.stdout.length, 100);
}

// execSync / execFileSync
assert.deepStrictEqual(execSync('echo hi'), Buffer.from('hi\n'));
assert.strictEqual(execSync('cat', { input: 'piped', encoding: 'utf8' }), 'piped');
assert.strictEqual(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.strictEqual(execFileSync('sh', { encoding: 'utf8', input: 'echo from-stdin' }), 'from-stdin\n');

assert.throws(() => execSync('echo o; echo e >&2; exit 3', { stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.message, 'Command failed: echo o; echo e >&2; exit 3\ne\n');
  assert.deepStrictEqual(Object.keys(e), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(e.status, 3);
  assert.strictEqual(e.signal, null);
  assert.deepStrictEqual(e.stdout, Buffer.from('o\n'));
  assert.deepStrictEqual(e.stderr, Buffer.from('e\n'));
  assert.deepStrictEqual(e.output, [null, e.stdout, e.stderr]);
  return true;
});
assert.throws(() => execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.message, 'Command failed: sh -c exit 4');
  assert.strictEqual(e.status, 4);
  return true;
});
assert.throws(() => execSync('kill -9 $$', { stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.message, 'Command failed: kill -9 $$');
  assert.strictEqual(e.status, null);
  assert.strictEqual(e.signal, 'SIGKILL');
  return true;
});
assert.throws(() => execFileSync('nosuch-rode-cmd', ['a']), (e) => {
  assert.strictEqual(e.message, 'spawnSync nosuch-rode-cmd ENOENT');
  assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall', 'path', 'spawnargs', 'error',
    'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(e.error, e);
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.status, null);
  return true;
});
assert.throws(() => execSync('sleep 3', { timeout: 50, stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.message, 'spawnSync /bin/sh ETIMEDOUT');
  assert.strictEqual(e.code, 'ETIMEDOUT');
  assert.strictEqual(e.signal, 'SIGTERM');
  assert.strictEqual(e.status, null);
  return true;
});
assert.throws(() => execSync('exit 1', { stdio: 'inherit' }), (e) => {
  assert.strictEqual(e.message, 'Command failed: exit 1');
  assert.strictEqual(e.stdout, null);
  assert.deepStrictEqual(e.output, [null, null, null]);
  return true;
});
