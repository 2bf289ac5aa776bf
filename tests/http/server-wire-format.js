// The bytes a server sends for common responses (Content-Length, chunked, writeHead, 204,
// HEAD, HTTP/1.0, pipelined requests) are exactly node's.
'use strict';
const assert = require('assert');
const http = require('http');
const raw = require('./_raw');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/len': res.setHeader('X-Foo', 'bar'); res.end('hello'); break;
    case '/chunked': res.write('x'); res.end('y'); break;
    case '/head404': res.writeHead(404, { 'content-type': 'text/plain' }); res.end(); break;
    case '/204': res.statusCode = 204; res.end(); break;
    case '/multi': res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.writeHead(201, 'Made', ['X-A', '1', 'x-a', '2']); res.end(Buffer.from('buf')); break;
    case '/close': res.setHeader('Connection', 'close'); res.end('bye'); break;
    default: res.end(req.method + ' ' + req.url);
  }
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const ka = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
  let out = await raw(port, 'GET /len HTTP/1.1\r\nHost: x\r\n\r\nGET /chunked HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /head404 HTTP/1.1\r\nHost: x\r\n\r\nGET /204 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'HEAD /len HTTP/1.1\r\nHost: x\r\n\r\nGET /multi HTTP/1.1\r\nHost: x\r\n\r\nGET /close HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.strictEqual(out,
    `HTTP/1.1 200 OK\r\nX-Foo: bar\r\nDate: X\r\n${ka}Content-Length: 5\r\n\r\nhello` +
    `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n1\r\ny\r\n0\r\n\r\n` +
    `HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\nDate: X\r\n${ka}Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n` +
    `HTTP/1.1 204 No Content\r\nDate: X\r\n${ka}\r\n` +
    // HEAD: no body, and end(data) sets no Content-Length.
    `HTTP/1.1 200 OK\r\nX-Foo: bar\r\nDate: X\r\n${ka}\r\n` +
    // writeHead's array replaces X-A (any case) and keeps its last spelling; headers are
    // stored at writeHead, so end(data) goes chunked.
    `HTTP/1.1 201 Made\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nx-a: 2\r\nDate: X\r\n${ka}Transfer-Encoding: chunked\r\n\r\n3\r\nbuf\r\n0\r\n\r\n` +
    'HTTP/1.1 200 OK\r\nConnection: close\r\nDate: X\r\nContent-Length: 3\r\n\r\nbye');
  out = await raw(port, 'GET /old HTTP/1.0\r\n\r\n');
  assert.strictEqual(out, 'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: close\r\n\r\nGET /old');
  // A half-closing client still gets its answer.
  out = await raw(port, 'POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', { end: true });
  assert.strictEqual(out, `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Content-Length: 7\r\n\r\nPOST /p`);
  server.close();
});
