// udp6 sockets on ::1 (when the machine has IPv6 loopback): echo, rinfo, address(),
// ipv6Only, an IPv4 peer seen through a dual-stack socket, and the errors of giving a udp6
// socket IPv4 text and a udp4 socket IPv6 text.
'use strict';
const assert = require('assert');
const dgram = require('dgram');

const probe = dgram.createSocket('udp6');
probe.on('error', (e) => {
  // No IPv6 loopback here: nothing more can be tested.
  assert.strictEqual(e.code, 'EADDRNOTAVAIL');
  probe.close();
  console.log('skipped: no ::1');
});
probe.bind(0, '::1', () => {
  probe.close(run);
});

function run() {
  const a = dgram.createSocket('udp6');
  const b = dgram.createSocket({ type: 'udp6', ipv6Only: true });
  a.on('message', (m, r) => {
    assert.strictEqual(String(m), 'ping');
    assert.deepStrictEqual(r, { address: '::1', family: 'IPv6', port: b.address().port, size: 4 });
    a.send('pong', r.port, r.address);
  });
  b.on('message', (m, r) => {
    assert.strictEqual(String(m), 'pong');
    assert.deepStrictEqual(r, { address: '::1', family: 'IPv6', port: a.address().port, size: 4 });
    a.close();
    b.close(dualStack);
  });
  a.bind(0, '::1', () => {
    assert.deepStrictEqual(Object.keys(a.address()), ['address', 'family', 'port']);
    assert.strictEqual(a.address().address, '::1');
    assert.strictEqual(a.address().family, 'IPv6');
    b.bind(0, () => {
      assert.strictEqual(b.address().address, '::');
      b.send('ping', a.address().port, '::1', (err, n) => {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 4);
      });
    });
  });
}

// A udp6 socket bound to :: (not ipv6Only) takes IPv4 traffic as IPv4-mapped addresses.
function dualStack() {
  const six = dgram.createSocket('udp6');
  const four = dgram.createSocket('udp4');
  six.on('message', (m, r) => {
    assert.strictEqual(String(m), 'from v4');
    assert.strictEqual(r.address, '::ffff:127.0.0.1');
    assert.strictEqual(r.family, 'IPv6');
    six.send('from v6', r.port, r.address);
  });
  four.on('message', (m, r) => {
    assert.strictEqual(String(m), 'from v6');
    assert.strictEqual(r.address, '127.0.0.1');
    assert.strictEqual(r.family, 'IPv4');
    six.close();
    four.close(wrongFamily);
  });
  six.bind(0, () => four.send('from v4', six.address().port, '127.0.0.1'));
}

function wrongFamily() {
  const six = dgram.createSocket('udp6');
  six.send('x', 9, '127.0.0.1', (err) => {
    assert.strictEqual(err.code, 'EINVAL');
    assert.strictEqual(err.message, 'send EINVAL 127.0.0.1:9');
    six.close();
    const four = dgram.createSocket('udp4');
    four.send('x', 9, '::1', (err) => {
      assert.strictEqual(err.message, 'send EINVAL ::1:9');
      assert.strictEqual(err.syscall, 'send');
      assert.strictEqual(err.address, '::1');
      assert.strictEqual(err.port, 9);
      four.close();
      const onlyV6 = dgram.createSocket({ type: 'udp4', ipv6Only: true });
      onlyV6.on('error', (e) => {
        // IPV6_V6ONLY on an IPv4 bind is refused, as libuv refuses it.
        assert.strictEqual(e.message, 'bind EINVAL 0.0.0.0');
        onlyV6.close(() => console.log('done'));
      });
      onlyV6.bind(0);
    });
  });
}
