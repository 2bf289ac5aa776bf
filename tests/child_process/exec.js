// exec / execFile: callback values, encodings, the error object (code, killed, signal,
// cmd), timeout + killSignal, maxBuffer, util.promisify.
'use strict';
const assert = require('assert');
const util = require('util');
const { exec, execFile, ChildProcess } = require('child_process');

let pending = 0;
const done = () => pending--;
function step(fn) {
  pending++;
  return (...args) => {
    fn(...args);
    done();
  };
}

exec('echo out; echo err >&2', step((err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

const c = exec('exit 0', step(() => {}));
assert.ok(c instanceof ChildProcess);

exec('echo out; echo err >&2; exit 2', step((err, stdout, stderr) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo out; echo err >&2; exit 2\nerr\n');
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo err >&2; exit 2');
  assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

exec('kill -9 $$', step((err) => {
  assert.strictEqual(err.message, 'Command failed: kill -9 $$\n');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.killed, false);
}));

execFile('sh', ['-c', 'echo "$0 $1"', 'a', 'b c'], step((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'a b c\n');
}));

// Options without args, and a cwd.
execFile('pwd', { cwd: '/' }, step((err, stdout) => {
  assert.strictEqual(stdout, '/\n');
}));

// Encodings: 'buffer' (and unknown ones) give Buffers.
execFile('printf', ['abc'], { encoding: 'buffer' }, step((err, stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.ok(Buffer.isBuffer(stderr));
  assert.strictEqual(stdout.toString(), 'abc');
}));
execFile('printf', ['abc'], { encoding: 'hex' }, step((err, stdout) => {
  assert.strictEqual(stdout, '616263');
}));
execFile('printf', ['abc'], { encoding: 'no-such-encoding' }, step((err, stdout) => {
  assert.deepStrictEqual(stdout, Buffer.from('abc'));
}));

// timeout: killed with killSignal; the error says so.
{
  const start = Date.now();
  execFile('sleep', ['5'], { timeout: 50 }, step((err, stdout, stderr) => {
    assert.strictEqual(err.message, 'Command failed: sleep 5\n');
    assert.strictEqual(err.code, null);
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, 'SIGTERM');
    assert.strictEqual(err.cmd, 'sleep 5');
    assert.ok(Date.now() - start < 4000);
  }));
  exec('sleep 5', { timeout: 50, killSignal: 'SIGKILL' }, step((err) => {
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, 'SIGKILL');
  }));
}

// maxBuffer: output is cut at the limit and the child killed.
execFile('yes', { maxBuffer: 1000 }, step((err, stdout, stderr) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(err.cmd, 'yes');
  assert.deepStrictEqual(Object.keys(err), ['code', 'cmd']);
  assert.strictEqual(stdout.length, 1000);
  assert.strictEqual(stdout, 'y\n'.repeat(500));
}));
exec('yes >&2', { maxBuffer: 10, encoding: 'buffer' }, step((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
  assert.deepStrictEqual(stderr, Buffer.from('y\ny\ny\ny\ny\n'));
}));
// Exactly maxBuffer bytes is fine.
execFile('printf', ['12345'], { maxBuffer: 5 }, step((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '12345');
}));
// Several MiB with the default limit raised.
execFile('head', ['-c', String(3 << 20), '/dev/zero'], { maxBuffer: Infinity, encoding: 'buffer' }, step((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout.length, 3 << 20);
}));
// The default limit is 1 MiB.
execFile('head', ['-c', String(2 << 20), '/dev/zero'], step((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(stdout.length, 1024 * 1024);
}));

// util.promisify
(async () => {
  pending++;
  const execP = util.promisify(exec);
  const execFileP = util.promisify(execFile);
  assert.deepStrictEqual(await execP('echo p; echo q >&2'), { stdout: 'p\n', stderr: 'q\n' });
  const p = execFileP('echo', ['x']);
  assert.ok(p.child instanceof ChildProcess);
  assert.deepStrictEqual(await p, { stdout: 'x\n', stderr: '' });
  await assert.rejects(execFileP('sh', ['-c', 'echo o; echo e >&2; exit 4']), (e) => {
    assert.strictEqual(e.message, 'Command failed: sh -c echo o; echo e >&2; exit 4\ne\n');
    assert.strictEqual(e.code, 4);
    assert.strictEqual(e.stdout, 'o\n');
    assert.strictEqual(e.stderr, 'e\n');
    assert.deepStrictEqual(Object.keys(e), ['code', 'killed', 'signal', 'cmd', 'stdout', 'stderr']);
    return true;
  });
  done();
})();

process.on('exit', () => assert.strictEqual(pending, 0));
