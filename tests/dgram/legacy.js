// The deprecated surface (DEP0112, one warning for all of it): the underscore fields,
// dgram._createSocketHandle() and bind() given such a handle, and bind({ fd }) with the fd
// another socket already has.
'use strict';
const assert = require('assert');
const dgram = require('dgram');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));

const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
assert.strictEqual(s._bindState, 0);
assert.strictEqual(s._receiving, false);
assert.strictEqual(s._queue, undefined);
assert.strictEqual(s._reuseAddr, true);
s._healthCheck();
s.bind(0, '127.0.0.1', () => {
  assert.strictEqual(s._bindState, 2);
  assert.strictEqual(s._receiving, true);
  const fd = s._handle.fd;
  assert.strictEqual(typeof fd, 'number');
  assert.ok(fd > 2);
  const other = dgram.createSocket('udp4');
  assert.throws(() => other.bind({ fd }), {
    code: 'EEXIST', syscall: 'open', errno: -17, message: 'open EEXIST',
  });

  const inUse = dgram._createSocketHandle('127.0.0.1', s.address().port, 'udp4');
  assert.strictEqual(inUse, -98); // UV_EADDRINUSE
  const handle = dgram._createSocketHandle('127.0.0.1', 0, 'udp4');
  assert.strictEqual(typeof handle, 'object');
  const t = dgram.createSocket('udp4');
  let listening = false;
  t.on('listening', () => { listening = true; });
  t.bind(handle);
  assert.strictEqual(listening, true); // at once: the handle is bound already
  assert.strictEqual(t.address().address, '127.0.0.1');
  t.on('message', (m, r) => {
    s._stopReceiving();
    assert.strictEqual(s._receiving, false);
    assert.strictEqual(String(m), 'to the adopted handle');
    assert.strictEqual(r.port, s.address().port);
    t.close();
    s.close();
    setImmediate(() => {
      assert.deepStrictEqual(warnings, [
        'DeprecationWarning DEP0112 Socket.prototype._bindState is deprecated',
      ]);
      console.log('done');
    });
  });
  s.send('to the adopted handle', t.address().port, '127.0.0.1');
});
