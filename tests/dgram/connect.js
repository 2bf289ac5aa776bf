// Connected sockets: connect() (with its implicit bind), 'connect', send() without an
// address, remoteAddress(), disconnect(), the state errors, connect() lookup failures, and
// the ECONNREFUSED a connected socket reports through 'error' when its peer's port is closed.
'use strict';
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const events = [];
let connectedPort;

server.on('message', (m, r) => {
  events.push(`server got ${m}`);
  // (disconnect() gives an implicitly bound socket a new port: 'last' comes from another.)
  if (String(m) !== 'last') assert.strictEqual(r.port, connectedPort);
  if (String(m) === 'last') {
    server.close();
    client.close(lookupFailure);
  }
});

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.on('connect', () => events.push('connect event'));
  client.connect(port, '127.0.0.1', () => {
    events.push('connect callback');
    connectedPort = client.address().port;
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), {
      name: 'Error', code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected',
    });
    assert.throws(() => client.send('x', 0, 1, port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED',
    });
    client.send('a', (err, n) => {
      assert.strictEqual(err, null);
      assert.strictEqual(n, 1);
      client.send(Buffer.from('xbcx'), 1, 2, (err, n) => {
        assert.strictEqual(n, 2);
        client.disconnect();
        assert.throws(() => client.remoteAddress(), {
          code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected',
        });
        assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
        assert.throws(() => client.send('x'), {
          code: 'ERR_SOCKET_BAD_PORT',
          message: 'Port should be > 0 and < 65536. Received undefined.',
        });
        client.send('last', port, '127.0.0.1');
      });
    });
  });
  // The implicit bind has not happened yet.
  assert.throws(() => client.address(), { code: 'EBADF', message: 'getsockname EBADF' });
});

function lookupFailure() {
  assert.deepStrictEqual(events, [
    'connect event', 'connect callback', 'server got a', 'server got bc', 'server got last',
  ]);
  const s = dgram.createSocket({
    type: 'udp4',
    lookup(host, family, cb) {
      if (host === 'nowhere.test') cb(Object.assign(new Error('no such host'), { code: 'ENOTFOUND' }));
      else cb(null, '127.0.0.1', 4);
    },
  });
  s.on('connect', () => assert.fail('no connect event'));
  s.connect(9, 'nowhere.test', (err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    // Without a callback the failure is an 'error' event.
    s.once('error', (err) => {
      assert.strictEqual(err.code, 'ENOTFOUND');
      s.close(refused);
    });
    s.connect(9, 'nowhere.test');
  });
}

// A datagram to a closed port makes the peer's ICMP "port unreachable" surface on the
// connected socket as an 'error' from recvmsg.
function refused() {
  const closed = dgram.createSocket('udp4');
  closed.bind(0, '127.0.0.1', () => {
    const port = closed.address().port;
    closed.close(() => {
      const s = dgram.createSocket('udp4');
      s.on('error', (err) => {
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.syscall, 'recvmsg');
        assert.strictEqual(err.message, 'recvmsg ECONNREFUSED');
        assert.strictEqual(err.errno, -111);
        s.close(() => console.log('done'));
      });
      s.connect(port, '127.0.0.1', () => s.send('anyone?'));
    });
  });
}
