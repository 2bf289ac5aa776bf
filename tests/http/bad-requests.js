// Malformed requests get node's 400/431 answers and a 'clientError' with llhttp's codes;
// a request without Host on HTTP/1.1 gets 400.
'use strict';
const assert = require('assert');
const http = require('http');
const raw = require('./_raw');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const bad400 = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
  assert.strictEqual(await raw(port, 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'), bad400);
  assert.strictEqual(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'), bad400);
  // The handler answered before the bad chunk size was seen: no 400, the socket just closes.
  assert.strictEqual(await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'),
    'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\nok');
  assert.strictEqual(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(20000)}\r\n\r\n`),
    'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  assert.strictEqual(await raw(port, 'GET / HTTP/1.1\r\n\r\n'),
    'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: X\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');

  const codes = [];
  server.on('clientError', (err, socket) => {
    codes.push([err.code, err.message, err.bytesParsed]);
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  assert.strictEqual(await raw(port, 'FOO / HTTP/1.1\r\n\r\n'), 'HTTP/1.1 400 Custom\r\n\r\n');
  assert.strictEqual(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'),
    'HTTP/1.1 400 Custom\r\n\r\n');
  assert.deepStrictEqual(codes.map((c) => c[0]), ['HPE_INVALID_METHOD', 'HPE_UNEXPECTED_CONTENT_LENGTH']);
  assert.strictEqual(codes[0][1], 'Parse Error: Invalid method encountered');
  server.close();
});
