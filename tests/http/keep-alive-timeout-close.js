// An idle keep-alive connection is closed keepAliveTimeout plus one second (Node's buffer
// against clients reusing it at the last moment) after the end of the last response, however
// many requests came before; during a request the socket's timeout reads 0 (as Node, not set at all before the first response).
'use strict';
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  // Node sets the timeout after the first response; from then on a request turns it off.
  if (req.url !== '/a') assert.strictEqual(req.socket.timeout, 0);
  setTimeout(() => res.end('ok'), req.url === '/slow' ? 1300 : 0);
});
server.keepAliveTimeout = 200;
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  let lastResponse = 0;
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    lastResponse = Date.now();
  });
  const send = (path) => c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  // The third takes longer than the socket's timeout: that doesn't close the connection.
  send('/a');
  setTimeout(() => send('/b'), 120);
  setTimeout(() => send('/slow'), 240);
  c.on('close', () => {
    const idle = Date.now() - lastResponse;
    assert.strictEqual(got.match(/HTTP\/1\.1 200 OK/g).length, 3);
    assert.ok(idle >= 1180 && idle < 2500, `closed ${idle} ms after the last response`);
    server.close();
  });
});
