// spawn: pipes, exit codes, fields and the order spawn → exit → close.
'use strict';
const assert = require('assert');
const { spawn, ChildProcess } = require('child_process');
const { EventEmitter } = require('events');
const net = require('net');

let pending = 0;
function done() { pending--; }

// echo through stdout; events in order; fields before and after.
{
  pending++;
  const c = spawn('sh', ['-c', 'printf "out\\n"; printf "err\\n" >&2; exit 3']);
  assert.ok(c instanceof ChildProcess);
  assert.ok(c instanceof EventEmitter);
  assert.strictEqual(typeof c.pid, 'number');
  assert.ok(c.pid > 0);
  assert.strictEqual(c.spawnfile, 'sh');
  assert.deepStrictEqual(c.spawnargs, ['sh', '-c', 'printf "out\\n"; printf "err\\n" >&2; exit 3']);
  assert.strictEqual(c.exitCode, null);
  assert.strictEqual(c.signalCode, null);
  assert.strictEqual(c.killed, false);
  assert.strictEqual(c.connected, false);
  assert.strictEqual(c.send, undefined);
  assert.ok(c.stdin instanceof net.Socket);
  assert.ok(c.stdout instanceof net.Socket);
  assert.ok(c.stderr instanceof net.Socket);
  assert.deepStrictEqual(c.stdio, [c.stdin, c.stdout, c.stderr]);
  assert.strictEqual(c.stdin.readable, false);
  assert.strictEqual(c.stdin.writable, true);
  assert.strictEqual(c.stdout.readable, true);

  const events = [];
  let out = '';
  let err = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { out += d; });
  c.stderr.on('data', (d) => { err += d.toString(); });
  c.on('spawn', (...args) => {
    assert.deepStrictEqual(args, []);
    events.push('spawn');
  });
  c.on('exit', (code, signal) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(c.exitCode, 3);
    assert.strictEqual(c.signalCode, null);
    events.push('exit');
  });
  c.on('close', (code, signal) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    events.push('close');
    assert.strictEqual(out, 'out\n');
    assert.strictEqual(err, 'err\n');
    assert.strictEqual(events[0], 'spawn');
    assert.ok(events.indexOf('exit') > 0);
    // 'close' comes only once both output pipes are done.
    assert.strictEqual(c.stdout.destroyed, true);
    assert.strictEqual(c.stderr.destroyed, true);
    assert.strictEqual(c.stdin.destroyed, true);
    // The process has been reaped: kill() has nothing to signal.
    assert.strictEqual(c.kill(), false);
    assert.strictEqual(c.killed, false);
    done();
  });
}

// Exit code 0, and the 'spawn' event before any output.
{
  pending++;
  const c = spawn('echo', ['hello', 'world']);
  const seen = [];
  c.on('spawn', () => seen.push('spawn'));
  c.stdout.on('data', (d) => seen.push(d.toString()));
  c.on('close', (code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.deepStrictEqual(seen, ['spawn', 'hello world\n']);
    done();
  });
}

// `false` exits 1; `true` 0, with nothing read from its pipes.
{
  pending++;
  const c = spawn('false');
  c.on('exit', (code) => {
    assert.strictEqual(code, 1);
    const t = spawn('true');
    t.on('close', (code2) => {
      assert.strictEqual(code2, 0);
      done();
    });
  });
}

// Output nobody reads still lets 'close' come (the streams are resumed after 'exit').
{
  pending++;
  const c = spawn('head', ['-c', '1000', '/dev/zero']);
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    done();
  });
}

// Many children at once.
{
  pending++;
  let left = 20;
  const codes = [];
  for (let i = 0; i < 20; i++) {
    const c = spawn('sh', ['-c', `exit ${i}`]);
    c.on('exit', (code) => {
      codes[i] = code;
      if (--left === 0) {
        assert.deepStrictEqual(codes, Array.from({ length: 20 }, (_, k) => k));
        done();
      }
    });
  }
}

process.on('exit', () => assert.strictEqual(pending, 0));
