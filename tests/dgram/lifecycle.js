// A socket's life: the implicit bind of a first send(), work queued until 'listening', close()
// while binding, the lookup option (and what it is called with), bind() lookup failures,
// AbortSignal, Symbol.asyncDispose, sendto(), the 'udp.socket' diagnostics channel.
'use strict';
const assert = require('assert');
const dgram = require('dgram');
const dc = require('diagnostics_channel');

const steps = [];
const next = () => { const f = steps.shift(); if (f) f(); else console.log('done'); };

let published = 0;
dc.subscribe('udp.socket', ({ socket }) => {
  assert.ok(socket instanceof dgram.Socket);
  published++;
});

steps.push(() => {
  // send() on an unbound socket binds it to 0.0.0.0 and sends after 'listening'.
  const receiver = dgram.createSocket('udp4');
  receiver.bind(0, '127.0.0.1', () => {
    const s = dgram.createSocket('udp4');
    const order = [];
    s.on('listening', () => order.push(`listening ${s.address().address}`));
    s.send('first', receiver.address().port, '127.0.0.1', (err, n) => {
      order.push(`sent ${n}`);
      s.close();
    });
    assert.strictEqual(s.getSendQueueCount(), 0); // queued in JS, not in the socket
    assert.throws(() => s.address(), { code: 'EBADF' });
    s.on('close', () => {
      order.push('close');
      assert.deepStrictEqual(order, ['listening 0.0.0.0', 'sent 5', 'close']);
    });
    receiver.on('message', (m) => {
      assert.strictEqual(String(m), 'first');
      receiver.close(next);
    });
  });
});

steps.push(() => {
  // close() while the implicit bind is under way waits for it; the send's own lookup has
  // not finished by then, so the datagram is dropped and its callback never runs.
  const s = dgram.createSocket('udp4');
  const order = [];
  s.on('listening', () => order.push('listening'));
  s.send('dropped', 9, '127.0.0.1', () => order.push('sent?'));
  s.close(() => {
    order.push('close');
    setTimeout(() => {
      assert.deepStrictEqual(order, ['listening', 'close']);
      next();
    }, 20);
  });
});

steps.push(() => {
  // The lookup option resolves bind, send and connect addresses; udp4 defaults to
  // 127.0.0.1 for sends, udp6 to ::1.
  const calls = [];
  const lookup = (host, family, cb) => {
    calls.push([host, family, typeof cb]);
    if (host === 'fail.test') {
      process.nextTick(cb, Object.assign(new Error('lookup failed'), { code: 'EFAIL' }));
    } else {
      process.nextTick(cb, null, family === 6 ? '::1' : '127.0.0.1', family);
    }
  };
  const s = dgram.createSocket({ type: 'udp4', lookup });
  s.bind(0, 'here.test', () => {
    assert.strictEqual(s.address().address, '127.0.0.1');
    s.send('x', s.address().port, () => {
      s.send('y', s.address().port, 'fail.test', (err) => {
        assert.strictEqual(err.code, 'EFAIL');
        assert.deepStrictEqual(calls, [
          ['here.test', 4, 'function'], ['127.0.0.1', 4, 'function'], ['fail.test', 4, 'function'],
        ]);
        // Without a callback a lookup failure is an 'error' event.
        s.once('error', (err) => {
          assert.strictEqual(err.code, 'EFAIL');
          s.close(next);
        });
        s.send('z', 9, 'fail.test');
      });
    });
  });
});

steps.push(() => {
  const s = dgram.createSocket('udp4');
  const events = [];
  s.on('error', (err) => {
    events.push(err.code);
    // bind() may be tried again after its lookup failed.
    s.bind(0, '127.0.0.1', () => {
      assert.deepStrictEqual(events, ['ENOTFOUND']);
      s.close(next);
    });
  });
  s.bind(0, 'does-not-exist.invalid', () => events.push('listening?'));
});

steps.push(() => {
  const ac = new AbortController();
  const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
  s.bind(0, () => {
    s.on('close', () => {
      const pre = new AbortController();
      pre.abort();
      const t = dgram.createSocket({ type: 'udp4', signal: pre.signal });
      assert.throws(() => t.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
      t.on('close', next);
    });
    ac.abort();
  });
});

steps.push(async () => {
  const s = dgram.createSocket('udp4');
  await new Promise((resolve) => s.bind(0, resolve));
  let closed = 0;
  s.on('close', () => closed++);
  assert.strictEqual(typeof s[Symbol.asyncDispose], 'function');
  await s[Symbol.asyncDispose]();
  assert.strictEqual(closed, 1);
  await s[Symbol.asyncDispose]();
  assert.strictEqual(closed, 1);
  next();
});

steps.push(() => {
  const r = dgram.createSocket('udp4');
  r.bind(0, '127.0.0.1', () => {
    const s = dgram.createSocket('udp4');
    assert.throws(() => s.sendto('x', '0', 1, r.address().port, '127.0.0.1'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "offset" argument must be of type number. Received type string (\'0\')',
    });
    assert.throws(() => s.sendto('x', 0, 1, r.address().port), {
      message: 'The "address" argument must be of type string. Received undefined',
    });
    s.sendto(Buffer.from('abc'), 1, 2, r.address().port, '127.0.0.1');
    r.on('message', (m) => {
      assert.strictEqual(String(m), 'bc');
      r.close();
      s.close(next);
    });
  });
});

steps.push(() => {
  assert.strictEqual(published, 10);
  next();
});

next();
