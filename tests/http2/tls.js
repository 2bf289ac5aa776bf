// http2 over TLS: createSecureServer negotiates 'h2' by ALPN, connect('https://…') verifies
// the certificate; allowHTTP1 serves an https (HTTP/1.1) client from the same server with
// the same 'request' handler; a client that offers no ALPN protocol to a server without allowHTTP1 gets
// 'unknownProtocol'.
'use strict';
const assert = require('assert');
const http2 = require('http2');
const https = require('https');
const tls = require('tls');
const { key, cert, ca } = require('../tls/_fixtures');

let done = false;
process.on('exit', () => { if (!done) throw new Error('did not finish'); });

function get(client, path) {
  return new Promise((resolve, reject) => {
    const req = client.request({ ':path': path });
    let body = '';
    let headers;
    req.setEncoding('utf8');
    req.on('response', (h) => { headers = h; });
    req.on('data', (d) => { body += d; });
    req.on('error', reject);
    req.on('close', () => resolve({ headers, body }));
  });
}

const server = http2.createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
  res.setHeader('x-version', req.httpVersion);
  res.end(`${req.method} ${req.url} over ${req.httpVersion}` +
    (req.stream ? ` alpn=${req.stream.session.alpnProtocol}` : ''));
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;

  const client = http2.connect(`https://localhost:${port}`, { ca });
  const connected = await new Promise((resolve, reject) => {
    client.once('connect', (session, socket) => resolve(socket));
    client.once('error', reject);
  });
  assert.strictEqual(connected.alpnProtocol, 'h2');
  assert.strictEqual(client.encrypted, true);
  assert.strictEqual(client.alpnProtocol, 'h2');
  const r = await get(client, '/a');
  assert.strictEqual(r.headers[':status'], 200);
  assert.strictEqual(r.headers['x-version'], '2.0');
  assert.strictEqual(r.body, 'GET /a over 2.0 alpn=h2');
  await new Promise((resolve) => client.close(resolve));

  // HTTP/1.1 through allowHTTP1.
  const h1 = await new Promise((resolve, reject) => {
    https.get({ host: '127.0.0.1', port, path: '/b', ca, servername: 'localhost', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, version: res.headers['x-version'], body }));
    }).on('error', reject);
  });
  assert.deepStrictEqual(h1, { status: 200, version: '1.1', body: 'GET /b over 1.1' });

  // An untrusted certificate is refused by the client.
  const bad = http2.connect(`https://localhost:${port}`);
  const err = await new Promise((resolve) => bad.once('error', resolve));
  assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');

  server.close(() => {
    // Without allowHTTP1 a client that cannot speak h2 is 'unknownProtocol'.
    const strict = http2.createSecureServer({ key, cert });
    strict.on('unknownProtocol', (socket) => {
      socket.destroy();
      strict.close(() => { done = true; });
    });
    strict.listen(0, '127.0.0.1', () => {
      const s = tls.connect({ port: strict.address().port, host: '127.0.0.1', ca, servername: 'localhost',
      });
      s.on('error', () => {});
      s.on('close', () => {});
    });
  });
});
