'use strict';
// Network system errors: "connect ECONNREFUSED host:port", EADDRINUSE.
const assert = require('assert');
const net = require('net');

// Find a port nobody listens on: listen, note the port, close.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => assert.fail('nothing should listen there'));
    socket.on('error', (err) => {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
      assert.strictEqual(err.stack.split('\n')[0], `Error: connect ECONNREFUSED 127.0.0.1:${port}`);
      addressInUse();
    });
  });
});

function addressInUse() {
  const first = net.createServer();
  first.listen(0, '127.0.0.1', () => {
    const { port } = first.address();
    const second = net.createServer();
    second.on('error', (err) => {
      assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.errno, -98);
      assert.strictEqual(err.syscall, 'listen');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
      first.close(() => console.log('ok'));
    });
    second.listen(port, '127.0.0.1');
  });
}
