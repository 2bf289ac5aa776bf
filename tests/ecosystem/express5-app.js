// Express 5 (npm alias `express5` = express@5, pinned by package-lock.json) with cookie-parser:
// routing with Express 5's path syntax (named wildcard `/*splat`, optional `{/:x}`, RegExp routes,
// app.route, app.param, a mounted Router with mergeParams), params, the "simple" query parser,
// express.json / express.urlencoded (and req.body left undefined without a parser match),
// express.static over tests/ecosystem/fixtures/express5-static (index, ETag/304, Range, HEAD,
// dotfiles hidden, directory redirect), error middleware fed by a sync throw, next(err), a
// rejected promise from an async handler (Express 5 forwards it; also seen through the router's
// diagnostics_channel tracing channel 'express.router.request') and body-parser errors,
// res.status validation, res.json/send/sendStatus/redirect/set, plain and signed cookies,
// clearCookie, and finalhandler's 404. Real http requests on 127.0.0.1.
'use strict';
const assert = require('assert');
const dc = require('diagnostics_channel');
const http = require('http');
const path = require('path');
const express = require('express5');
const cookieParser = require('cookie-parser');

const staticRoot = path.join(__dirname, 'fixtures', 'express5-static');

const app = express();
app.set('env', 'test'); // no console.error from the final handler
const seen = [];
app.use(function tag(req, res, next) {
  seen.push(`${req.method} ${req.path}`);
  res.set('X-App', 'express5');
  next();
});
app.use(cookieParser('k3y'));
app.use('/static', express.static(staticRoot, { maxAge: '1h' }));

// Routing and params.
app.get('/users/:id', (req, res) => {
  res.json({ id: req.params.id, query: req.query, host: req.host, hostname: req.hostname });
});
app.get('/files/*splat', (req, res) => res.json({ splat: req.params.splat }));
app.get('/posts{/:slug}', (req, res) => res.json({ slug: req.params.slug ?? null }));
app.get('/dl/:name{.:ext}', (req, res) => res.json(req.params));
app.get(/^\/re\/(\d+)$/, (req, res) => res.send(`re ${req.params[0]}`));
app.param('order', (req, res, next, value) => {
  if (!/^\d+$/.test(value)) return next('route');
  req.order = { id: Number(value) };
  next();
});
app.get('/orders/:order', (req, res) => res.json(req.order));
app.get('/orders/*rest', (req, res) => res.status(400).json({ bad: req.params.rest }));
app.route('/items')
  .get((req, res) => res.json({ items: ['a', 'b'] }))
  .post(express.json(), (req, res) => res.status(201).json({ created: req.body }));
const nested = express.Router({ mergeParams: true });
nested.get('/:comment', (req, res) => res.json({ post: req.params.post, comment: req.params.comment }));
app.use('/p/:post/comments', nested);

// Bodies.
app.post('/echo', express.json(), (req, res) => {
  res.json({ body: req.body, type: req.get('content-type') });
});
app.post('/form', express.urlencoded(), (req, res) => res.json(req.body));
app.post('/nobody', (req, res) => res.json({ hasBody: req.body !== undefined }));

// Responses.
app.get('/send', (req, res) => res.send('<b>hi</b>'));
app.get('/buf', (req, res) => res.send(Buffer.from([0, 1, 2, 255])));
app.get('/status', (req, res) => res.sendStatus(202));
app.get('/empty', (req, res) => res.status(204).end());
app.get('/old', (req, res) => res.redirect('/new'));
app.get('/moved', (req, res) => res.redirect(301, '/elsewhere?x=1&y=<2>'));
app.get('/badstatus', (req, res) => res.status('200').send('never'));

// Cookies.
app.get('/cookies/set', (req, res) => {
  res.cookie('plain', 'v 1');
  res.cookie('signed', 'v2', { signed: true, httpOnly: true, sameSite: 'strict' });
  res.cookie('obj', { a: [1, 2] }, { path: '/cookies' });
  res.cookie('short', 'x', { maxAge: 5000, secure: true });
  res.send('set');
});
app.get('/cookies/read', (req, res) => res.json({ cookies: req.cookies, signed: req.signedCookies }));
app.get('/cookies/clear', (req, res) => {
  res.clearCookie('plain', { maxAge: 1000 }); // Express 5 ignores maxAge/expires here
  res.end();
});

// Errors.
app.get('/sync-throw', () => {
  throw new Error('sync boom');
});
app.get('/next-err', (req, res, next) => {
  const err = new Error('teapot');
  err.status = 418;
  next(err);
});
app.get('/async-reject', async function asyncReject(req, res) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  throw new TypeError('async boom');
});
app.get('/promise-falsy', () => Promise.reject(null)); // eslint-disable-line prefer-promise-reject-errors
app.get('/async-ok', async (req, res) => {
  const v = await Promise.resolve(41);
  res.json({ v: v + 1 });
});
app.use(function onError(err, req, res, next) {
  res.status(err.status || 500).json({
    error: err.message,
    name: err.name,
    type: err.type || null,
    path: req.path,
  });
});

let sent = 0;
function request(port, p, { method = 'GET', headers = {}, body } = {}) {
  sent++;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const r = { status: res.statusCode, headers: res.headers, raw, text: raw.toString() };
        if (raw.length && /json/.test(res.headers['content-type'] || '')) r.json = JSON.parse(r.text);
        resolve(r);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function postJson(port, p, value, raw) {
  return request(port, p, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: raw !== undefined ? raw : JSON.stringify(value),
  });
}

const server = app.listen(0, '127.0.0.1', async (err) => {
  assert.strictEqual(err, undefined);
  const { port } = server.address();
  try {
    // Params and the "simple" query parser (Express 5's default: no nested objects).
    let r = await request(port, '/users/42?q=hi&tag=a&tag=b&a[b]=1');
    assert.strictEqual(r.status, 200);
    assert.deepStrictEqual(r.json, {
      id: '42',
      query: { q: 'hi', tag: ['a', 'b'], 'a[b]': '1' },
      host: `127.0.0.1:${port}`,
      hostname: '127.0.0.1',
    });
    assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
    assert.strictEqual(r.headers['x-app'], 'express5');
    assert.strictEqual(r.headers['x-powered-by'], 'Express');

    r = await request(port, '/users/%E2%9C%93');
    assert.strictEqual(r.json.id, '✓');

    // Named wildcard: the segments as an array.
    r = await request(port, '/files/a/b%20c/d.txt');
    assert.deepStrictEqual(r.json, { splat: ['a', 'b c', 'd.txt'] });
    r = await request(port, '/files/');
    assert.strictEqual(r.status, 404); // `*splat` needs at least one character

    // Optional groups.
    r = await request(port, '/posts');
    assert.deepStrictEqual(r.json, { slug: null });
    r = await request(port, '/posts/hello-world');
    assert.deepStrictEqual(r.json, { slug: 'hello-world' });
    r = await request(port, '/dl/report.pdf');
    assert.deepStrictEqual(r.json, { name: 'report', ext: 'pdf' });
    r = await request(port, '/dl/report');
    assert.deepStrictEqual(r.json, { name: 'report' });

    r = await request(port, '/re/123');
    assert.strictEqual(r.text, 're 123');
    r = await request(port, '/re/12a');
    assert.strictEqual(r.status, 404);

    // app.param with next('route').
    r = await request(port, '/orders/17');
    assert.deepStrictEqual(r.json, { id: 17 });
    r = await request(port, '/orders/x1');
    assert.strictEqual(r.status, 400);
    assert.deepStrictEqual(r.json, { bad: ['x1'] });

    // app.route and a mounted Router with mergeParams.
    r = await request(port, '/items');
    assert.deepStrictEqual(r.json, { items: ['a', 'b'] });
    r = await postJson(port, '/items', { name: 'c' });
    assert.strictEqual(r.status, 201);
    assert.deepStrictEqual(r.json, { created: { name: 'c' } });
    r = await request(port, '/items', { method: 'DELETE' });
    assert.strictEqual(r.status, 404);
    assert.match(r.text, /Cannot DELETE \/items/);
    r = await request(port, '/p/9/comments/c3');
    assert.deepStrictEqual(r.json, { post: '9', comment: 'c3' });

    // HEAD on a GET route: headers, no body.
    r = await request(port, '/items', { method: 'HEAD' });
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-length'], '19');
    assert.strictEqual(r.text, '');

    // express.json.
    r = await postJson(port, '/echo', { a: [1, 2], s: 'ü€', n: null });
    assert.deepStrictEqual(r.json, { body: { a: [1, 2], s: 'ü€', n: null }, type: 'application/json' });
    r = await postJson(port, '/echo', null, '{"broken":');
    assert.strictEqual(r.status, 400);
    assert.strictEqual(r.json.type, 'entity.parse.failed');
    assert.strictEqual(r.json.name, 'SyntaxError');
    r = await postJson(port, '/echo', null, '"just a string"'); // strict mode: objects and arrays only
    assert.strictEqual(r.status, 400);
    assert.strictEqual(r.json.type, 'entity.parse.failed');
    r = await request(port, '/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'text',
    });
    assert.deepStrictEqual(r.json, { type: 'text/plain' }); // body stays undefined in Express 5
    r = await request(port, '/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ big: 'x'.repeat(110 * 1024) }),
    });
    assert.strictEqual(r.status, 413);
    assert.strictEqual(r.json.type, 'entity.too.large');
    r = await request(port, '/nobody', { method: 'POST', body: 'x' });
    assert.deepStrictEqual(r.json, { hasBody: false });

    // express.urlencoded (extended: false is the Express 5 default).
    r = await request(port, '/form', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=x+y&c=%C3%BC&a=2&d[e]=3',
    });
    assert.deepStrictEqual(r.json, { a: ['1', '2'], b: 'x y', c: 'ü', 'd[e]': '3' });

    // Responses.
    r = await request(port, '/send');
    assert.strictEqual(r.text, '<b>hi</b>');
    assert.strictEqual(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.strictEqual(r.headers['content-length'], '9');
    assert.strictEqual(r.headers.etag, 'W/"9-rIbKcKXDi8JIHZ5eh07dKB//6KI"');
    r = await request(port, '/send', { headers: { 'If-None-Match': 'W/"9-rIbKcKXDi8JIHZ5eh07dKB//6KI"' } });
    assert.strictEqual(r.status, 304);
    assert.strictEqual(r.text, '');
    r = await request(port, '/buf');
    assert.strictEqual(r.headers['content-type'], 'application/octet-stream');
    assert.deepStrictEqual([...r.raw], [0, 1, 2, 255]);
    r = await request(port, '/status');
    assert.strictEqual(r.status, 202);
    assert.strictEqual(r.text, 'Accepted');
    r = await request(port, '/empty');
    assert.strictEqual(r.status, 204);
    assert.strictEqual(r.text, '');
    r = await request(port, '/old');
    assert.strictEqual(r.status, 302);
    assert.strictEqual(r.headers.location, '/new');
    assert.strictEqual(r.text, 'Found. Redirecting to /new');
    r = await request(port, '/moved', { headers: { Accept: 'text/html' } });
    assert.strictEqual(r.status, 301);
    assert.strictEqual(r.headers.location, '/elsewhere?x=1&y=%3C2%3E');
    assert.strictEqual(r.text,
      '<!DOCTYPE html><head><title>Moved Permanently</title></head>' +
      '<body><p>Moved Permanently. Redirecting to /elsewhere?x=1&amp;y=%3C2%3E</p></body>');
    r = await request(port, '/badstatus');
    assert.strictEqual(r.status, 500);
    assert.deepStrictEqual(r.json, {
      error: 'Invalid status code: "200". Status code must be an integer.',
      name: 'TypeError',
      type: null,
      path: '/badstatus',
    });

    // Error middleware.
    r = await request(port, '/sync-throw');
    assert.strictEqual(r.status, 500);
    assert.deepStrictEqual(r.json, { error: 'sync boom', name: 'Error', type: null, path: '/sync-throw' });
    r = await request(port, '/next-err');
    assert.strictEqual(r.status, 418);
    assert.strictEqual(r.json.error, 'teapot');
    r = await request(port, '/async-reject');
    assert.strictEqual(r.status, 500);
    assert.deepStrictEqual(r.json, { error: 'async boom', name: 'TypeError', type: null, path: '/async-reject' });

    // The router's diagnostics_channel tracing ('express.router.request') around the same request.
    const events = [];
    const tracer = {
      start: (c) => events.push(`start ${c.handler.name}`),
      end: (c) => events.push(`end ${c.handler.name}`),
      asyncStart: (c) => events.push(`asyncStart ${c.handler.name}`),
      asyncEnd: (c) => events.push(`asyncEnd ${c.handler.name} ${c.error.message}`),
      error: (c) => events.push(`error ${c.handler.name} ${c.error.message}`),
    };
    const channel = dc.tracingChannel('express.router.request');
    channel.subscribe(tracer);
    r = await request(port, '/async-reject');
    channel.unsubscribe(tracer);
    assert.strictEqual(r.json.error, 'async boom');
    assert.deepStrictEqual(events, [
      'start tag',
      'start cookieParser',
      'start asyncReject',
      'end asyncReject',
      'end cookieParser',
      'end tag',
      'error asyncReject async boom',
      'start onError',
      'end onError',
      'asyncStart asyncReject',
      'asyncEnd asyncReject async boom',
    ]);

    r = await request(port, '/promise-falsy');
    assert.strictEqual(r.status, 500);
    assert.strictEqual(r.json.error, 'Rejected promise');
    r = await request(port, '/async-ok');
    assert.deepStrictEqual(r.json, { v: 42 });

    // express.static (serve-static 2) over the fixture folder.
    r = await request(port, '/static/');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.text, '<!doctype html>\n<title>rode</title>\n<h1>express 5 static</h1>\n');
    assert.strictEqual(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.strictEqual(r.headers['cache-control'], 'public, max-age=3600');
    assert.strictEqual(r.headers['accept-ranges'], 'bytes');
    assert.strictEqual(r.headers['content-length'], '62');
    assert.match(r.headers.etag, /^W\/"3e-[0-9a-f]+"$/);
    assert.ok(!Number.isNaN(Date.parse(r.headers['last-modified'])));
    const etag = r.headers.etag;
    r = await request(port, '/static/index.html', { headers: { 'If-None-Match': etag } });
    assert.strictEqual(r.status, 304);
    assert.strictEqual(r.text, '');

    r = await request(port, '/static/style.css');
    assert.strictEqual(r.headers['content-type'], 'text/css; charset=utf-8');
    assert.strictEqual(r.text, 'body { color: #333; }\n');
    r = await request(port, '/static/data.json');
    assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepStrictEqual(r.json, { name: 'rode', ok: true });

    r = await request(port, '/static/docs');
    assert.strictEqual(r.status, 301);
    assert.strictEqual(r.headers.location, '/static/docs/');
    r = await request(port, '/static/docs/');
    assert.strictEqual(r.text, '<p>docs</p>\n');

    r = await request(port, '/static/docs/alphabet.txt', { headers: { Range: 'bytes=2-5' } });
    assert.strictEqual(r.status, 206);
    assert.strictEqual(r.text, 'cdef');
    assert.strictEqual(r.headers['content-range'], 'bytes 2-5/26');
    r = await request(port, '/static/docs/alphabet.txt', { headers: { Range: 'bytes=-4' } });
    assert.strictEqual(r.text, 'wxyz');
    r = await request(port, '/static/docs/alphabet.txt', { headers: { Range: 'bytes=30-40' } });
    assert.strictEqual(r.status, 416);
    assert.strictEqual(r.headers['content-range'], 'bytes */26');
    assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8'); // set by send before the error
    assert.deepStrictEqual(JSON.parse(r.text), {
      error: 'Range Not Satisfiable',
      name: 'RangeNotSatisfiableError',
      type: null,
      path: '/static/docs/alphabet.txt',
    });

    r = await request(port, '/static/docs/alphabet.txt', { method: 'HEAD' });
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-length'], '26');
    assert.strictEqual(r.text, '');

    r = await request(port, '/static/.env');
    assert.strictEqual(r.status, 404); // dotfiles: 'ignore' falls through to the 404
    assert.match(r.text, /Cannot GET \/static\/.env/);
    r = await request(port, '/static/missing.txt');
    assert.strictEqual(r.status, 404);
    r = await request(port, '/static/%2e%2e/express5-app.js');
    assert.strictEqual(r.status, 404);

    // Cookies: set, read back (plain, JSON, signed), tampered signature, clear.
    r = await request(port, '/cookies/set');
    const setCookie = r.headers['set-cookie'];
    assert.strictEqual(setCookie.length, 4);
    assert.strictEqual(setCookie[0], 'plain=v%201; Path=/');
    assert.match(setCookie[1], /^signed=s%3Av2\.[A-Za-z0-9%]+; Path=\/; HttpOnly; SameSite=Strict$/);
    assert.strictEqual(setCookie[2], 'obj=j%3A%7B%22a%22%3A%5B1%2C2%5D%7D; Path=/cookies');
    assert.match(setCookie[3], /^short=x; Max-Age=5; Path=\/; Expires=\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT; Secure$/);
    const expires = Date.parse(setCookie[3].match(/Expires=([^;]+)/)[1]);
    assert.ok(Math.abs(expires - (Date.now() + 5000)) < 3000, `Expires ${expires}`);
    const jar = setCookie.slice(0, 3).map((c) => c.split(';')[0]).join('; ');
    r = await request(port, '/cookies/read', { headers: { Cookie: jar } });
    assert.deepStrictEqual(r.json, {
      cookies: { plain: 'v 1', obj: { a: [1, 2] } },
      signed: { signed: 'v2' },
    });
    r = await request(port, '/cookies/read', { headers: { Cookie: jar.replace('s%3Av2', 's%3Av3') } });
    assert.deepStrictEqual(r.json.signed, { signed: false });
    r = await request(port, '/cookies/clear');
    assert.deepStrictEqual(r.headers['set-cookie'], ['plain=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);

    // finalhandler's 404 page.
    r = await request(port, '/nope?x=1');
    assert.strictEqual(r.status, 404);
    assert.strictEqual(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.strictEqual(r.headers['content-security-policy'], "default-src 'none'");
    assert.strictEqual(r.headers['x-content-type-options'], 'nosniff');
    assert.match(r.text, /<pre>Cannot GET \/nope<\/pre>/);

    assert.strictEqual(seen[0], 'GET /users/42');
    assert.strictEqual(seen.at(-1), 'GET /nope');
    assert.strictEqual(seen.length, sent); // every request went through the first middleware
    assert.strictEqual(sent, 56);
  } finally {
    server.close();
  }
});
