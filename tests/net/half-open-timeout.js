// allowHalfOpen keeps the writable side open after 'end'; setTimeout emits 'timeout' once idle.
'use strict';
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.on('end', () => {
    assert.strictEqual(sock.writable, true);
    setTimeout(() => sock.end('late reply'), 20);
  });
  sock.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => got += d);
  c.on('close', () => {
    assert.strictEqual(got, 'late reply');
    const t = net.connect(server.address().port, '127.0.0.1');
    let timeouts = 0;
    t.setTimeout(30, () => {
      timeouts++;
      t.destroy();
    });
    t.on('close', () => {
      assert.strictEqual(timeouts, 1);
      server.close();
    });
  });
});
