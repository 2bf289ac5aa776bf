// Socket options: setBroadcast (a datagram to the loopback broadcast address 127.255.255.255
// is refused with EACCES until it is on, delivered while it is on), setTTL, buffer sizes
// (read back doubled by Linux), the send queue counters, reuseAddr, and their errors.
'use strict';
const assert = require('assert');
const dgram = require('dgram');

const fresh = dgram.createSocket('udp4');
for (const [fn, syscall] of [
  [() => fresh.setBroadcast(true), 'setBroadcast'],
  [() => fresh.setTTL(5), 'setTTL'],
]) {
  assert.throws(fn, { code: 'EBADF', errno: -9, syscall, message: `${syscall} EBADF` });
}
assert.throws(() => fresh.setTTL(0), { code: 'EINVAL', message: 'setTTL EINVAL' });
assert.throws(() => fresh.setTTL(256), { code: 'EINVAL', message: 'setTTL EINVAL' });
assert.throws(() => fresh.setTTL(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ttl" argument must be of type number. Received undefined',
});
assert.throws(() => fresh.getRecvBufferSize(), (e) => {
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(e.message, 'Could not get or set buffer size: ' +
    'uv_recv_buffer_size returned EBADF (bad file descriptor)');
  assert.deepStrictEqual(e.info, {
    errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_recv_buffer_size',
  });
  return true;
});
assert.throws(() => fresh.setSendBufferSize(1024), {
  message: 'Could not get or set buffer size: ' +
    'uv_send_buffer_size returned EBADF (bad file descriptor)',
});
assert.throws(() => fresh.setRecvBufferSize(-1), {
  name: 'TypeError',
  code: 'ERR_SOCKET_BAD_BUFFER_SIZE',
  message: 'Buffer size must be a positive integer',
});
assert.throws(() => fresh.setSendBufferSize(1.5), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
assert.strictEqual(fresh.getSendQueueSize(), 0);
assert.strictEqual(fresh.getSendQueueCount(), 0);
fresh.close();

assert.throws(() => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.recvBufferSize" is out of range. ' +
    'It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', sendBufferSize: 'big' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// Buffer sizes given at creation are set when the socket starts listening.
const sized = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 12000 });
sized.bind(0, '127.0.0.1', () => {
  assert.strictEqual(sized.getRecvBufferSize(), 20000);
  assert.strictEqual(sized.getSendBufferSize(), 24000);
  assert.strictEqual(sized.setRecvBufferSize(8192), undefined);
  assert.strictEqual(sized.getRecvBufferSize(), 16384);
  sized.setSendBufferSize(16384);
  assert.strictEqual(sized.getSendBufferSize(), 32768);
  assert.strictEqual(sized.setTTL(64), 64);
  assert.strictEqual(sized.setTTL(1.9), 1.9); // passed to the kernel as 1
  assert.strictEqual(sized.setBroadcast(true), undefined);
  sized.close(broadcast);
});

function broadcast() {
  const receiver = dgram.createSocket('udp4');
  const sender = dgram.createSocket('udp4');
  const got = [];
  receiver.on('message', (m, rinfo) => {
    got.push(`${m} ${rinfo.address}`);
  });
  receiver.bind(0, () => {
    const port = receiver.address().port;
    sender.send('refused', port, '127.255.255.255', (err) => {
      assert.strictEqual(err.code, 'EACCES');
      assert.strictEqual(err.message, `send EACCES 127.255.255.255:${port}`);
      sender.setBroadcast(true);
      sender.send('broadcast', port, '127.255.255.255', (err, n) => {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 9);
        sender.setBroadcast(false);
        sender.send('refused again', port, '127.255.255.255', (err) => {
          assert.strictEqual(err.code, 'EACCES');
          // A unicast datagram after it: once it is in, the broadcast one was too.
          sender.send('unicast', port, '127.0.0.1');
        });
      });
    });
    receiver.on('message', () => {
      if (got.length < 2) return;
      assert.deepStrictEqual(got, ['broadcast 127.0.0.1', 'unicast 127.0.0.1']);
      receiver.close();
      sender.close(reuseAddr);
    });
  });
}

// reuseAddr lets a second socket bind the port a first one has.
function reuseAddr() {
  const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  a.bind(0, '127.0.0.1', () => {
    const port = a.address().port;
    const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    b.bind(port, '127.0.0.1', () => {
      assert.strictEqual(b.address().port, port);
      const c = dgram.createSocket('udp4');
      c.on('error', (err) => {
        assert.strictEqual(err.code, 'EADDRINUSE');
        c.close();
        a.close();
        b.close(() => console.log('done'));
      });
      c.bind(port, '127.0.0.1');
    });
  });
}
