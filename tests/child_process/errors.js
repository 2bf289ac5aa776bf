// Failures to start a child ('error' with Node's fields) and argument validation.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync, execFile, exec, fork } = require('child_process');

let pending = 0;
const done = () => pending--;

// ENOENT: reported asynchronously as 'error', then 'close' with the errno; no 'spawn'
// and no 'exit'.
{
  pending++;
  const c = spawn('nosuchcmd-rode-test', ['a', 'b']);
  assert.strictEqual(c.pid, undefined);
  const events = [];
  c.on('spawn', () => events.push('spawn'));
  c.on('exit', () => events.push('exit'));
  c.on('error', (err) => {
    events.push('error');
    assert.ok(err instanceof Error);
    assert.strictEqual(err.message, 'spawn nosuchcmd-rode-test ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn nosuchcmd-rode-test');
    assert.strictEqual(err.path, 'nosuchcmd-rode-test');
    assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
  });
  c.on('close', (code, signal) => {
    assert.deepStrictEqual([code, signal], [-2, null]);
    assert.deepStrictEqual(events, ['error']);
    assert.strictEqual(c.exitCode, -2);
    done();
  });
}

// A cwd that does not exist: ENOENT for the program.
{
  pending++;
  const c = spawn('sh', ['-c', 'true'], { cwd: '/nonexistent-rode-dir' });
  c.on('error', (err) => {
    assert.strictEqual(err.message, 'spawn sh ENOENT');
    assert.strictEqual(err.path, 'sh');
    assert.deepStrictEqual(err.spawnargs, ['-c', 'true']);
    done();
  });
}

// A file that isn't executable: EACCES.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-cp-'));
const noexec = path.join(tmp, 'noexec.sh');
fs.writeFileSync(noexec, '#!/bin/sh\necho hi\n', { mode: 0o644 });
{
  pending++;
  const c = spawn(noexec);
  c.on('error', (err) => {
    assert.strictEqual(err.message, `spawn ${noexec} EACCES`);
    assert.strictEqual(err.code, 'EACCES');
    assert.strictEqual(err.errno, -13);
    done();
  });
}

// The same through execFile (the error gets `cmd`) and spawnSync (`spawnSync x`).
{
  pending++;
  execFile('nosuchcmd-rode-test', ['x'], (err, stdout, stderr) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.message, 'spawn nosuchcmd-rode-test ENOENT');
    assert.strictEqual(err.cmd, 'nosuchcmd-rode-test x');
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    done();
  });
}
{
  const r = spawnSync('nosuchcmd-rode-test', ['x']);
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.error.message, 'spawnSync nosuchcmd-rode-test ENOENT');
  assert.strictEqual(r.error.syscall, 'spawnSync nosuchcmd-rode-test');
  assert.strictEqual(r.error.path, 'nosuchcmd-rode-test');
  assert.deepStrictEqual(r.error.spawnargs, ['x']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.pid, 0);
  assert.strictEqual(r.stdout, null);
  assert.strictEqual(r.stderr, null);
}

// Validation.
const cases = [
  [() => spawn(1), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "file" argument must be of type string. Received type number (1)'],
  [() => spawn(''), TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''"],
  [() => spawn('a\0b'), TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' must be a string without null bytes. Received 'a\\x00b'"],
  [() => spawn('sh', 'x'), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "args" argument must be of type object. Received type string (\'x\')'],
  [() => spawn('sh', [], 5), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received type number (5)'],
  [() => spawn('sh', [], { cwd: 5 }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.cwd" property must be of type string or an instance of Buffer or URL. Received type number (5)'],
  [() => spawn('sh', [], { detached: 1 }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.detached" property must be of type boolean. Received type number (1)'],
  [() => spawn('sh', [], { uid: 1.5 }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.uid" property must be int32. Received type number (1.5)'],
  [() => spawn('sh', [], { shell: 5 }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.shell" property must be one of type boolean or string. Received type number (5)'],
  [() => spawn('sh', [], { argv0: 5 }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.argv0" property must be of type string. Received type number (5)'],
  [() => spawn('sh', [], { stdio: 'bogus' }), TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received 'bogus'"],
  [() => spawn('sh', [], { stdio: [{}] }), TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received {}"],
  [() => spawn('sh', [], { stdio: ['ipc', 'ipc'] }), Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe'],
  [() => spawn('sh', [], { timeout: -1 }), RangeError, 'ERR_OUT_OF_RANGE', 'The value of "timeout" is out of range. It must be an unsigned integer. Received -1'],
  [() => spawn('sh', [], { killSignal: 'SIGFOO' }), TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: SIGFOO'],
  [() => spawn('sh', [], { killSignal: {} }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.killSignal" property must be one of type string or number. Received an instance of Object'],
  [() => spawn('sh', [], { env: { A: 'x\0' } }), TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.env['A']' must be a string without null bytes. Received 'x\\x00'"],
  [() => spawn('sh', ['a\0']), TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'args[0]' must be a string without null bytes. Received 'a\\x00'"],
  [() => spawn('sh', [], { stdio: [Buffer.from('x')] }), TypeError, 'ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: <Buffer 78>'],
  [() => spawnSync('sh', [], { stdio: ['ipc'] }), Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks'],
  [() => spawnSync('sh', [], { input: 5 }), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.stdio[0]" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)'],
  [() => execFile('sh', [], { maxBuffer: -1 }), RangeError, 'ERR_OUT_OF_RANGE', 'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1'],
  [() => execFile('sh', [], {}, 5), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function. Received type number (5)'],
  [() => exec(5), TypeError, 'ERR_INVALID_ARG_TYPE', 'The "command" argument must be of type string. Received type number (5)'],
  [() => fork('x', { stdio: ['pipe', 'pipe', 'pipe'] }), Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio"],
];
for (const [fn, type, code, message] of cases) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof type, `${code}: ${e.name}`);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.message, message);
    return true;
  });
}

process.on('exit', () => {
  fs.rmSync(tmp, { recursive: true });
  assert.strictEqual(pending, 0);
});
