// fork(): the IPC channel (JSON messages both ways, send callbacks, disconnect, errors),
// silent/stdio options, and a fork tree across runtimes (rode → node → rode under rode).
'use strict';
const assert = require('assert');
const path = require('path');
const { fork, spawnSync, ChildProcess } = require('child_process');

const child = path.join(__dirname, 'fixtures', 'fork-child.js');
let pending = 0;
const done = () => pending--;

assert.strictEqual(process.send, undefined);
assert.strictEqual(process.connected, undefined);
assert.strictEqual(process.channel, undefined);

// Messages both ways, in order; values go through JSON.
{
  pending++;
  const c = fork(child, ['echo']);
  assert.ok(c instanceof ChildProcess);
  assert.strictEqual(c.connected, true);
  assert.strictEqual(typeof c.send, 'function');
  assert.strictEqual(typeof c.disconnect, 'function');
  assert.strictEqual(c.stdout, null);
  assert.strictEqual(c.stdio.length, 4);
  assert.strictEqual(c.stdio[3], null);
  assert.deepStrictEqual(c.spawnargs.slice(-2), [child, 'echo']);
  const got = [];
  const events = [];
  c.on('message', (m) => {
    if (m === 'ready') {
      let cbs = 0;
      const cb = (err) => {
        assert.strictEqual(err, null);
        cbs++;
      };
      assert.strictEqual(c.send({ a: [1, 'x', null], u: undefined, d: new Date(0), s: 'line\nbreak' }, cb), true);
      assert.strictEqual(c.send(5, cb), true);
      assert.strictEqual(c.send('last', undefined, {}, cb), true);
      setTimeout(() => assert.strictEqual(cbs, 3), 200);
      return;
    }
    got.push(m);
    if (got.length === 3) c.send('bye');
  });
  c.on('disconnect', () => {
    events.push('disconnect');
    assert.strictEqual(c.connected, false);
  });
  c.on('exit', (code, signal) => {
    events.push('exit');
    assert.deepStrictEqual([code, signal], [0, null]);
  });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.ok(events.includes('disconnect') && events.includes('exit'));
    assert.deepStrictEqual(got, [
      { echo: { a: [1, 'x', null], d: '1970-01-01T00:00:00.000Z', s: 'line\nbreak' }, connected: true, env: true },
      { echo: 5, connected: true, env: true },
      { echo: 'last', connected: true, env: true },
    ]);
    done();
  });
}

// The parent disconnects: sends fail afterwards, a second disconnect is an 'error'.
{
  pending++;
  const c = fork(child, ['echo']);
  const order = [];
  c.once('message', () => {
    c.disconnect();
    assert.strictEqual(c.connected, false);
    assert.strictEqual(c.send('late', (err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      assert.strictEqual(err.message, 'Channel closed');
      order.push('send cb');
    }), false);
    c.disconnect();
  });
  c.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
    assert.strictEqual(err.message, 'IPC channel is already disconnected');
    order.push('error');
  });
  c.on('disconnect', () => order.push('disconnect'));
  c.on('exit', (code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(order, ['error', 'disconnect', 'send cb']);
    done();
  });
}

// Validation of send().
{
  const c = fork(child, ['echo']);
  assert.throws(() => c.send(), { code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified' });
  assert.throws(() => c.send(Symbol('x')), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => c.send('x', null, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  c.once('message', () => c.send('bye'));
}

// silent: stdout/stderr are pipes; a child with no 'message' listener exits by itself.
{
  pending++;
  const c = fork(child, ['silent'], { silent: true });
  let out = '';
  let err = '';
  c.stdout.on('data', (d) => { out += d; });
  c.stderr.on('data', (d) => { err += d; });
  let msg;
  c.on('message', (m) => { msg = m; });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'to stdout\n');
    assert.strictEqual(err, 'to stderr\n');
    assert.deepStrictEqual(msg, { pid: c.pid, hasSend: 'function' });
    done();
  });
}

// A fork tree: this runtime → another (node, when this is rode and node is installed) →
// this runtime again.
{
  pending++;
  const underRode = path.basename(process.execPath).startsWith('rode');
  let other = process.execPath;
  if (underRode && spawnSync('node', ['--version']).status === 0) other = 'node';
  const c = fork(child, ['tree', JSON.stringify([process.execPath])], { execPath: other });
  c.once('message', (r) => {
    assert.deepStrictEqual(r, { relay: { leaf: 'root>mid>leaf' } });
    c.disconnect();
  });
  c.on('exit', (code) => {
    assert.strictEqual(code, 0);
    done();
  });
  c.send('root');
}

process.on('exit', () => assert.strictEqual(pending, 0));
