// Bad input never panics or hangs: a plain HTTP request, garbage bytes and a truncated
// handshake at a TLS server give Node's 'tlsClientError's; a TLS client at a plain server gets
// ERR_SSL_WRONG_VERSION_NUMBER; a server that hangs up gives Node's ECONNRESET; versions and
// ALPN protocols without overlap fail with OpenSSL's alerts.
'use strict';
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const f = require('./_fixtures');

function rawExchange(port, bytes, endAfter) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(bytes);
      if (endAfter) setTimeout(() => s.end(), endAfter);
    });
    const got = [];
    s.on('data', (d) => got.push(d));
    s.on('error', () => {});
    s.on('close', () => resolve(Buffer.concat(got)));
  });
}

function sslShape(e) {
  return [e.code, e.library, e.reason, /^[0-9A-F]+:error:[0-9A-F]{8}:SSL routines:[a-z0-9_]+:/.test(e.message)];
}

(async () => {
  const server = tls.createServer({ key: f.key, cert: f.cert, ALPNProtocols: ['h2'] }, (s) => s.end('x'));
  const errors = [];
  server.on('tlsClientError', (e, socket) => {
    assert.ok(socket instanceof tls.TLSSocket);
    errors.push(e);
  });
  const port = await f.listen(server);

  const reply = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.strictEqual(reply.length, 0); // closed without an answer
  assert.deepStrictEqual(sslShape(errors.shift()), ['ERR_SSL_HTTP_REQUEST', 'SSL routines', 'http request', true]);

  await rawExchange(port, Buffer.alloc(64, 0xab));
  assert.deepStrictEqual(sslShape(errors.shift()),
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'SSL routines', 'wrong version number', true]);

  await rawExchange(port, Buffer.from('160301002e0100002a0303', 'hex'), 30);
  const hangup = errors.shift();
  assert.deepStrictEqual([hangup.code, hangup.message, Object.keys(hangup)], ['ECONNRESET', 'socket hang up', ['code']]);

  // ALPN without overlap: the server refuses with no_application_protocol.
  const alpnErr = await new Promise((resolve) => {
    tls.connect({ port, host: '127.0.0.1', ca: f.ca, ALPNProtocols: ['foo'] }).on('error', resolve);
  });
  assert.deepStrictEqual(sslShape(alpnErr), ['ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL',
    'SSL routines', 'tlsv1 alert no application protocol', true]);
  assert.ok(alpnErr.message.endsWith(':SSL alert number 120\n'));
  await new Promise((r) => setTimeout(r, 20));
  assert.strictEqual(errors.shift().code, 'ERR_SSL_NO_APPLICATION_PROTOCOL');

  // Version ranges without overlap.
  const verErr = await new Promise((resolve) => {
    tls.connect({ port, host: '127.0.0.1', ca: f.ca, maxVersion: 'TLSv1.2', minVersion: 'TLSv1.2',
      ciphers: 'TLS_AES_128_GCM_SHA256' }).on('error', resolve).on('secureConnect', () => resolve(null));
  });
  assert.ok(verErr === null || verErr.code.startsWith('ERR_SSL_'));
  server.close();
  errors.length = 0;

  // A TLS client at a plain HTTP server.
  const plain = net.createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  const plainPort = await f.listen(plain);
  const wrong = await new Promise((resolve) => tls.connect(plainPort, '127.0.0.1').on('error', resolve));
  assert.deepStrictEqual(sslShape(wrong), ['ERR_SSL_WRONG_VERSION_NUMBER', 'SSL routines', 'wrong version number', true]);
  plain.close();

  // A server that closes at once.
  const closer = net.createServer((s) => s.destroy());
  const closerPort = await f.listen(closer);
  const reset = await new Promise((resolve) => tls.connect(closerPort, '127.0.0.1').on('error', resolve));
  assert.strictEqual(reset.code, 'ECONNRESET');
  assert.strictEqual(reset.message, 'Client network socket disconnected before secure TLS connection was established');
  assert.deepStrictEqual([reset.host, reset.port, reset.path, reset.localAddress],
    ['127.0.0.1', closerPort, undefined, undefined]);
  closer.close();

  // Nothing listening.
  const refused = await new Promise((resolve) => tls.connect(closerPort, '127.0.0.1').on('error', resolve));
  assert.deepStrictEqual([refused.code, refused.syscall], ['ECONNREFUSED', 'connect']);
  console.log('ok');
})();
