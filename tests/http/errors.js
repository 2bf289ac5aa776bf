// Header validation and state errors: codes and messages as node's.
'use strict';
const assert = require('assert');
const http = require('http');

assert.throws(() => http.validateHeaderName('bad name'), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  name: 'TypeError',
  message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderValue('x', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  message: 'Invalid value "undefined" for header "x"',
});
assert.throws(() => http.validateHeaderValue('x', 'a\nb'), {
  code: 'ERR_INVALID_CHAR',
  message: 'Invalid character in header content ["x"]',
});
assert.strictEqual(http.METHODS.length, 35);
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
assert.strictEqual(http.maxHeaderSize, 16384);

const server = http.createServer((req, res) => {
  res.writeHead(200);
  assert.throws(() => res.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.writeHead(200), { code: 'ERR_HTTP_HEADERS_SENT' });
  res.end('x');
  res.write('more', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  });
  res.on('error', (err) => assert.strictEqual(err.message, 'write after end'));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  assert.throws(() => http.request({ port, method: 'BAD METHOD' }), {
    code: 'ERR_INVALID_HTTP_TOKEN',
    message: 'Method must be a valid HTTP token ["BAD METHOD"]',
  });
  assert.throws(() => http.request({ port, path: '/a b' }), {
    code: 'ERR_UNESCAPED_CHARACTERS',
    message: 'Request path contains unescaped characters',
  });
  assert.throws(() => http.request({ port, protocol: 'https:' }), {
    code: 'ERR_INVALID_PROTOCOL',
    message: 'Protocol "https:" not supported. Expected "http:"',
  });
  const req = http.request({ port, host: '127.0.0.1', headers: { 'x-ok': 'y' } }, (res) => {
    res.resume();
    res.on('end', () => {
      // A connection refused surfaces on the request.
      server.close(() => {
        http.get({ port, host: '127.0.0.1', agent: false }).on('error', (err) => {
          assert.strictEqual(err.code, 'ECONNREFUSED');
        });
      });
    });
  });
  assert.throws(() => req.setHeader('bad\u0000', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  req.end();
});
