// Connection and listen errors carry Node's code, errno, syscall, address, port and message.
'use strict';
const assert = require('assert');
const net = require('net');

// A port nobody listens on: take one, then release it.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      c.on('close', (hadError) => {
        assert.strictEqual(hadError, true);
        listenTwice();
      });
    });
  });
});

function listenTwice() {
  const a = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = a.address();
    const b = net.createServer();
    b.on('error', (err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.errno, -98);
      assert.strictEqual(err.syscall, 'listen');
      assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
      assert.strictEqual(b.listening, false);
      a.close();
      validation();
    });
    b.listen(port, '127.0.0.1');
  });
}

function validation() {
  assert.throws(() => net.connect({ port: 'abc' }), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
    message: 'Port should be >= 0 and < 65536. Received type string (\'abc\').',
  });
  assert.throws(() => net.connect({ port: 70000 }), {
    code: 'ERR_SOCKET_BAD_PORT',
    message: 'Port should be >= 0 and < 65536. Received type number (70000).',
  });
  assert.throws(() => net.createServer().listen({ host: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  const s = net.createServer().listen(0, () => {
    assert.throws(() => s.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
    s.close();
    s.close((err) => {
      assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
      assert.strictEqual(err.message, 'Server is not running.');
    });
  });
  // An unresolvable host reports the lookup error on the socket.
  const c = net.connect(80, 'nonexistent.invalid');
  c.on('lookup', (err) => assert.strictEqual(err.code, 'ENOTFOUND'));
  c.on('error', (err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'nonexistent.invalid');
    assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  });
}
