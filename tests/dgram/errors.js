// node:dgram's errors: bad socket types and options, bad ports and messages for send(),
// bind() twice, use after close(), EADDRINUSE from bind() shaped as Node's, EMSGSIZE given
// to the send callback (and not reported without one), getsockname before bind, bind({ fd })
// with an fd of the wrong kind.
'use strict';
const assert = require('assert');
const dgram = require('dgram');
const fs = require('fs');

const badType = {
  name: 'TypeError',
  code: 'ERR_SOCKET_BAD_TYPE',
  message: 'Bad socket type specified. Valid types are: udp4, udp6',
};
assert.throws(() => dgram.createSocket('udp5'), badType);
assert.throws(() => dgram.createSocket(), badType);
assert.throws(() => dgram.createSocket({}), badType);
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "lookup" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
    'Received an instance of Object',
});

const s = dgram.createSocket('udp4');
const badPort = (received) => ({
  name: 'RangeError',
  code: 'ERR_SOCKET_BAD_PORT',
  message: `Port should be > 0 and < 65536. Received ${received}.`,
});
assert.throws(() => s.send('x', 0, '127.0.0.1'), badPort('type number (0)'));
assert.throws(() => s.send('x', 65536), badPort('type number (65536)'));
assert.throws(() => s.send('x'), badPort('undefined'));
assert.throws(() => s.send('x', 1.5), badPort('type number (1.5)'));
assert.throws(() => s.connect('x'), badPort('type string (\'x\')'));
assert.throws(() => s.send(1, 80), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => s.send(['a', 1], 80), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer list arguments" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, or DataView. Received an instance of Array',
});
assert.throws(() => s.send('abc', 2, 5, 80, '127.0.0.1'), {
  name: 'RangeError',
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.throws(() => s.send('abc', 5, 0, 80, '127.0.0.1'), {
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => s.send('x', 80, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (5)',
});
assert.throws(() => s.connect(80, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
assert.throws(() => s.address(), {
  name: 'Error', code: 'EBADF', errno: -9, syscall: 'getsockname', message: 'getsockname EBADF',
});

s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  assert.throws(() => s.bind(), {
    name: 'Error', code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound',
  });
  const taken = dgram.createSocket('udp4');
  taken.bind(port, '127.0.0.1', () => assert.fail('bound twice'));
  taken.on('error', (err) => {
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    // The failed bind leaves the socket unbound: it can try again.
    taken.bind(0, '127.0.0.1', () => {
      taken.close();
      tooBig(port);
    });
  });
});

function tooBig(port) {
  // Too big for a UDP datagram: the callback gets EMSGSIZE; without a callback nothing
  // happens (Node reports send errors only to callbacks).
  s.send(Buffer.alloc(70000), port, '127.0.0.1');
  s.send(Buffer.alloc(70000), port, '127.0.0.1', (err, n) => {
    assert.strictEqual(n, undefined);
    assert.strictEqual(err.message, `send EMSGSIZE 127.0.0.1:${port}`);
    assert.strictEqual(err.code, 'EMSGSIZE');
    assert.strictEqual(err.errno, -90);
    assert.strictEqual(err.syscall, 'send');
    s.close(afterClose);
    assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
  });
}

function afterClose() {
  const notRunning = { name: 'Error', code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' };
  assert.throws(() => s.send('x', 80), notRunning);
  assert.throws(() => s.bind(), notRunning);
  assert.throws(() => s.address(), notRunning);
  assert.throws(() => s.addMembership('224.0.0.1'), notRunning);
  assert.strictEqual(s.ref(), s);
  assert.strictEqual(s.unref(), s);

  const file = dgram.createSocket('udp4');
  const fd = fs.openSync(__filename, 'r');
  assert.throws(() => file.bind({ fd }), {
    name: 'TypeError', code: 'ERR_INVALID_FD_TYPE', message: 'Unsupported fd type: FILE',
  });
  fs.closeSync(fd);
  console.log('done');
}
