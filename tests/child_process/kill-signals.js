// kill() and signals: return values, killed/signalCode, exit (null, signal), the timeout
// and killSignal options, a child that dies of a signal by itself.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');
const os = require('os');

let pending = 0;
const done = () => pending--;

// kill() with the default SIGTERM.
{
  pending++;
  const c = spawn('sleep', ['10']);
  assert.strictEqual(c.killed, false);
  assert.strictEqual(c.kill(), true);
  assert.strictEqual(c.killed, true);
  c.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(c.exitCode, null);
    assert.strictEqual(c.signalCode, 'SIGTERM');
    assert.strictEqual(c.kill(), false);
  });
  c.on('close', (code, signal) => {
    assert.deepStrictEqual([code, signal], [null, 'SIGTERM']);
    done();
  });
}

// By name (any case) and by number.
{
  pending++;
  const c = spawn('sleep', ['10']);
  assert.strictEqual(c.kill('sigkill'), true);
  c.on('exit', (code, signal) => {
    assert.deepStrictEqual([code, signal], [null, 'SIGKILL']);
    const d = spawn('sleep', ['10']);
    assert.strictEqual(d.kill(os.constants.signals.SIGINT), true);
    d.on('exit', (code2, signal2) => {
      assert.deepStrictEqual([code2, signal2], [null, 'SIGINT']);
      done();
    });
  });
}

// Signal 0 only checks that the child exists (and, as in Node, sets `killed`).
{
  pending++;
  const c = spawn('sleep', ['10']);
  assert.strictEqual(c.kill(0), true);
  assert.strictEqual(c.killed, true);
  assert.strictEqual(c.exitCode, null);
  c.kill('SIGKILL');
  c.on('close', () => done());
}

// Unknown signals throw.
{
  const c = spawn('sleep', ['10']);
  assert.throws(() => c.kill('SIGNOPE'), {
    name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE',
  });
  assert.throws(() => c.kill(12345), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: 12345' });
  c.kill('SIGKILL');
}

// A child killed by a signal it sent itself.
{
  pending++;
  const c = spawn('sh', ['-c', 'kill -USR1 $$']);
  c.on('exit', (code, signal) => {
    assert.deepStrictEqual([code, signal], [null, 'SIGUSR1']);
    assert.strictEqual(c.killed, false);
    done();
  });
}

// SIGABRT and SIGIO are reported by those names (not SIGIOT / SIGPOLL).
{
  pending++;
  const c = spawn('sh', ['-c', 'kill -ABRT $$']);
  c.on('exit', (code, signal) => {
    assert.strictEqual(signal, 'SIGABRT');
    const d = spawn('sh', ['-c', 'kill -IO $$']);
    d.on('exit', (code2, signal2) => {
      assert.strictEqual(signal2, 'SIGIO');
      done();
    });
  });
}

// timeout + killSignal
{
  pending++;
  const start = Date.now();
  const c = spawn('sleep', ['10'], { timeout: 100, killSignal: 'SIGHUP' });
  c.on('exit', (code, signal) => {
    assert.deepStrictEqual([code, signal], [null, 'SIGHUP']);
    assert.strictEqual(c.killed, true);
    assert.ok(Date.now() - start >= 90);
    assert.ok(Date.now() - start < 5000);
    done();
  });
}

// A timeout that doesn't fire: the child exits first and is not killed.
{
  pending++;
  const c = spawn('true', { timeout: 5000 });
  c.on('exit', (code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.strictEqual(c.killed, false);
    done();
  });
}

// AbortSignal: abort kills with killSignal and emits an AbortError.
{
  pending++;
  const ac = new AbortController();
  const c = spawn('sleep', ['10'], { signal: ac.signal });
  const seen = [];
  c.on('error', (e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert.strictEqual(e.code, 'ABORT_ERR');
    assert.strictEqual(e.cause, ac.signal.reason);
    seen.push('error');
  });
  c.on('exit', (code, signal) => {
    assert.deepStrictEqual([code, signal], [null, 'SIGTERM']);
    seen.push('exit');
  });
  c.on('close', () => {
    assert.deepStrictEqual(seen, ['error', 'exit']);
    done();
  });
  setTimeout(() => ac.abort(), 20);
}

// An already-aborted signal.
{
  pending++;
  const c = spawn('sleep', ['10'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
  let errored = false;
  c.on('error', (e) => {
    assert.strictEqual(e.name, 'AbortError');
    errored = true;
  });
  c.on('exit', (code, signal) => {
    assert.strictEqual(signal, 'SIGKILL');
    assert.ok(errored);
    done();
  });
}

process.on('exit', () => assert.strictEqual(pending, 0));
