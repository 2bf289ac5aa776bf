// 16 MiB each way through one connection with a slow reader: write() returns false, 'drain'
// follows, pause/resume work and no byte is lost or reordered.
'use strict';
const assert = require('assert');
const net = require('net');

const SIZE = 16 * 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i += 4) data.writeUInt32LE(i >>> 2, i);

const server = net.createServer((sock) => {
  const parts = [];
  let paused = 0;
  sock.on('data', (d) => {
    parts.push(d);
    if (parts.length % 16 === 0) {
      paused++;
      sock.pause();
      setTimeout(() => sock.resume(), 1);
    }
  });
  sock.on('end', () => {
    const all = Buffer.concat(parts);
    assert.strictEqual(all.length, SIZE);
    assert.ok(all.equals(data));
    assert.ok(paused > 0);
    sock.end(all);
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let drains = 0;
  let off = 0;
  function pump() {
    while (off < SIZE) {
      const chunk = data.subarray(off, off + 65536);
      off += chunk.length;
      if (!c.write(chunk)) {
        c.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    c.end();
  }
  pump();
  const back = [];
  c.on('data', (d) => back.push(d));
  c.on('end', () => {
    const all = Buffer.concat(back);
    assert.strictEqual(all.length, SIZE);
    assert.ok(all.equals(data));
    assert.ok(drains > 0, 'expected backpressure');
    server.close();
  });
});
