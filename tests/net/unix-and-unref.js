// A Unix-domain socket server and client; address() is the path; an unref'd idle server
// does not keep the process alive.
'use strict';
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-net-'));
const sockPath = path.join(dir, 's.sock');
const server = net.createServer((s) => s.end('over unix'));
server.listen(sockPath, () => {
  assert.strictEqual(server.address(), sockPath);
  const c = net.connect(sockPath);
  let got = '';
  c.on('data', (d) => got += d);
  c.on('close', () => {
    assert.strictEqual(got, 'over unix');
    server.close(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      const idle = net.createServer().listen(0, '127.0.0.1');
      idle.unref();
      // If unref did not work the test would hang and time out.
    });
  });
});
