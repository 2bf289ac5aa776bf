// https.createServer with https.request/get: GET and POST, ALPN http/1.1, a keep-alive agent
// reusing its socket, TLS session resumption through the agent's session cache, the default
// trust store refusing the test CA, and a plain-HTTP client at the TLS port ('clientError').
'use strict';
const assert = require('assert');
const http = require('http');
const https = require('https');
const f = require('../tls/_fixtures');

const server = https.createServer({ key: f.key, cert: f.cert }, (req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    res.setHeader('x-tls', `${req.socket.encrypted} ${req.socket.alpnProtocol} ${req.socket.getProtocol()}`);
    res.end(`${req.method} ${req.url} ${Buffer.concat(chunks)}`);
  });
});

function fetchText(opts, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(opts, (res) => {
      const socket = res.socket;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, tls: res.headers['x-tls'], text, socket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

(async () => {
  const port = await f.listen(server);
  assert.ok(server instanceof https.Server);
  assert.strictEqual(server.listenerCount('tlsClientError'), 1);

  const agent = new https.Agent({ keepAlive: true, ca: f.ca });
  const a = await fetchText({ host: 'localhost', port, path: '/a', agent, ALPNProtocols: ['http/1.1'] });
  assert.deepStrictEqual([a.status, a.tls, a.text], [200, 'true http/1.1 TLSv1.3', 'GET /a ']);
  const b = await fetchText({ host: 'localhost', port, path: '/b', method: 'POST', agent }, 'body!');
  assert.deepStrictEqual([b.status, b.text], [200, 'POST /b body!']);
  assert.strictEqual(a.socket, b.socket);
  agent.destroy();

  // A new connection per request: the second one resumes the first one's session.
  const once = new https.Agent({ keepAlive: false, ca: f.ca, maxCachedSessions: 10 });
  const first = await fetchText({ host: 'localhost', port, path: '/1', agent: once });
  assert.strictEqual(first.socket.isSessionReused(), false);
  await new Promise((r) => setTimeout(r, 20));
  assert.strictEqual(Object.keys(once._sessionCache.map).length, 1);
  const second = await fetchText({ host: 'localhost', port, path: '/2', agent: once });
  assert.strictEqual(second.socket.isSessionReused(), true);
  assert.notStrictEqual(first.socket, second.socket);

  // URL strings and https.get with the CA.
  const got = await new Promise((resolve, reject) => {
    https.get(`https://localhost:${port}/url?x=1`, { ca: f.ca, agent: false }, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(t));
    }).on('error', reject);
  });
  assert.strictEqual(got, 'GET /url?x=1 ');

  // The global agent trusts only the default store.
  const refused = await fetchText({ host: 'localhost', port, path: '/' }).catch((e) => e);
  assert.deepStrictEqual([refused.code, refused.message],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate']);

  // Plain HTTP at the TLS port: the server reports a clientError, the client sees a hang-up.
  const clientErrors = [];
  server.on('clientError', (err, socket) => {
    clientErrors.push(err.code);
    socket.destroy();
  });
  const plain = await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/' }, () => resolve('response')).on('error', resolve);
  });
  assert.deepStrictEqual([plain.code, plain.message], ['ECONNRESET', 'socket hang up']);
  await new Promise((r) => setTimeout(r, 20));
  // (The refused handshake above may also show up as an ECONNRESET.)
  assert.deepStrictEqual(clientErrors.filter((c) => c !== 'ECONNRESET'), ['ERR_SSL_HTTP_REQUEST']);

  assert.throws(() => https.request({ protocol: 'http:', port }), {
    code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "http:" not supported. Expected "https:"',
  });
  server.close(() => console.log('ok'));
})();
