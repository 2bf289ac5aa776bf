// Express 4 (installed from npm, pinned by package-lock.json): routing, params, query,
// JSON bodies, middleware order, status codes, headers, errors, 404s, res.json/send/redirect.
'use strict';
const assert = require('assert');
const http = require('http');
const express = require('express');

const app = express();
const order = [];
app.use((req, res, next) => {
  order.push(`mw:${req.method} ${req.path}`);
  res.set('X-Powered', 'rode-test');
  next();
});
app.use(express.json());
app.get('/users/:id', (req, res) => {
  res.json({ id: req.params.id, q: req.query.q, ua: req.get('user-agent') });
});
app.post('/echo', (req, res) => {
  res.status(201).send({ got: req.body });
});
app.get('/redirect', (req, res) => res.redirect('/users/7'));
app.get('/boom', () => {
  throw new Error('boom');
});
app.use((err, req, res, next) => {
  res.status(500).type('text').send(`error: ${err.message}`);
});

function call(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'User-Agent': 'test-agent' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => data += d);
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, data }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  let r = await call(port, 'GET', '/users/42?q=hi');
  assert.strictEqual(r.status, 200);
  assert.deepStrictEqual(JSON.parse(r.data), { id: '42', q: 'hi', ua: 'test-agent' });
  assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
  assert.strictEqual(r.headers['x-powered'], 'rode-test');
  assert.strictEqual(r.headers['x-powered-by'], 'Express');
  assert.strictEqual(r.headers.etag, 'W/"26-lEjFfthTQveRAFufRtJT7iwb7Fs"');

  r = await call(port, 'POST', '/echo', { a: [1, 2], b: 'ü' });
  assert.strictEqual(r.status, 201);
  assert.deepStrictEqual(JSON.parse(r.data), { got: { a: [1, 2], b: 'ü' } });

  r = await call(port, 'GET', '/redirect');
  assert.strictEqual(r.status, 302);
  assert.strictEqual(r.headers.location, '/users/7');
  assert.strictEqual(r.data, 'Found. Redirecting to /users/7');

  r = await call(port, 'GET', '/boom');
  assert.strictEqual(r.status, 500);
  assert.strictEqual(r.data, 'error: boom');

  r = await call(port, 'GET', '/nope');
  assert.strictEqual(r.status, 404);
  assert.match(r.data, /Cannot GET \/nope/);

  assert.deepStrictEqual(order, ['mw:GET /users/42', 'mw:POST /echo', 'mw:GET /redirect',
    'mw:GET /boom', 'mw:GET /nope']);
  server.close();
});
