// Koa 2 with @koa/router (from npm): the middleware onion (order before and after `await
// next()`), ctx.state, routing with params, nested routers with prefixes, allowedMethods
// (405/501 and OPTIONS), JSON bodies both ways, ctx.throw with an exposed message, an error
// middleware, streams and buffers as bodies, cookies (signed), redirects, HEAD, 404s.
'use strict';
const assert = require('assert');
const http = require('http');
const { Readable } = require('stream');
const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
app.keys = ['test-key-1'];
const trail = [];

// Error handler: turns thrown errors into JSON.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal', status: ctx.status };
    ctx.app.emit('error', err, ctx);
  }
});
const appErrors = [];
app.on('error', (err) => appErrors.push(err.message));

// Onion: records order, sets a response time header after the downstream finished.
app.use(async (ctx, next) => {
  trail.push(`in:${ctx.method} ${ctx.path}`);
  ctx.state.user = 'alice';
  await next();
  trail.push(`out:${ctx.status}`);
  ctx.set('X-Trail', 'done');
});

// A small JSON body parser (koa has none built in).
app.use(async (ctx, next) => {
  if (ctx.is('application/json')) {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      ctx.request.body = JSON.parse(text);
    } catch {
      ctx.throw(400, 'invalid json');
    }
  }
  await next();
});

const router = new Router();
router.get('/', (ctx) => {
  ctx.body = 'home';
});
router.get('/users/:id', (ctx) => {
  ctx.body = { id: ctx.params.id, q: ctx.query, user: ctx.state.user };
});
router.post('/users', (ctx) => {
  ctx.status = 201;
  ctx.set('Location', `/users/${ctx.request.body.name}`);
  ctx.body = { created: ctx.request.body };
});
router.put('/users/:id', (ctx) => {
  ctx.body = { updated: ctx.params.id, with: ctx.request.body };
});
router.get('/private', (ctx) => {
  ctx.throw(403, 'no entry');
});
router.get('/crash', () => {
  throw new Error('hidden detail');
});
router.get('/stream', (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = Readable.from(['a', 'b', 'c']);
});
router.get('/buffer', (ctx) => {
  ctx.body = Buffer.from([0, 1, 2, 255]);
});
router.get('/cookie', (ctx) => {
  const seen = ctx.cookies.get('visit', { signed: true });
  ctx.cookies.set('visit', String(Number(seen || 0) + 1), { signed: true, httpOnly: true });
  ctx.body = { seen: seen ?? null };
});
router.get('/old', (ctx) => {
  ctx.redirect('/users/1');
});

const api = new Router({ prefix: '/api/v1' });
api.get('/items/:a/:b', (ctx) => {
  ctx.body = [ctx.params.a, ctx.params.b, ctx.routerPath || ctx._matchedRoute];
});
router.use(api.routes(), api.allowedMethods());

app.use(router.routes());
app.use(router.allowedMethods());

function call(port, method, path, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    if (body !== undefined && typeof body !== 'string') {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, raw, text: raw.toString() });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();

  let r = await call(port, 'GET', '/');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.text, 'home');
  assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8');
  assert.strictEqual(r.headers['content-length'], '4');
  assert.strictEqual(r.headers['x-trail'], 'done');

  r = await call(port, 'GET', '/users/42?sort=asc&tag=a&tag=b');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
  assert.deepStrictEqual(JSON.parse(r.text),
    { id: '42', q: { sort: 'asc', tag: ['a', 'b'] }, user: 'alice' });

  r = await call(port, 'POST', '/users', { body: { name: 'bob', tags: ['x'], n: 1.5 } });
  assert.strictEqual(r.status, 201);
  assert.strictEqual(r.headers.location, '/users/bob');
  assert.deepStrictEqual(JSON.parse(r.text), { created: { name: 'bob', tags: ['x'], n: 1.5 } });

  r = await call(port, 'PUT', '/users/7', { body: { ü: 'ñ' } });
  assert.deepStrictEqual(JSON.parse(r.text), { updated: '7', with: { ü: 'ñ' } });

  r = await call(port, 'POST', '/users', { body: '{bad', headers: { 'Content-Type': 'application/json' } });
  assert.strictEqual(r.status, 400);
  assert.deepStrictEqual(JSON.parse(r.text), { error: 'invalid json', status: 400 });

  r = await call(port, 'GET', '/private');
  assert.strictEqual(r.status, 403);
  assert.deepStrictEqual(JSON.parse(r.text), { error: 'no entry', status: 403 });

  r = await call(port, 'GET', '/crash');
  assert.strictEqual(r.status, 500);
  assert.deepStrictEqual(JSON.parse(r.text), { error: 'internal', status: 500 });

  r = await call(port, 'GET', '/stream');
  assert.strictEqual(r.text, 'abc');
  assert.strictEqual(r.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8');

  r = await call(port, 'GET', '/buffer');
  assert.deepStrictEqual([...r.raw], [0, 1, 2, 255]);
  assert.strictEqual(r.headers['content-type'], 'application/octet-stream');

  r = await call(port, 'GET', '/cookie');
  assert.deepStrictEqual(JSON.parse(r.text), { seen: null });
  const setCookie = r.headers['set-cookie'];
  assert.deepStrictEqual(setCookie.map((c) => c.split('=')[0]), ['visit', 'visit.sig']);
  assert.strictEqual(setCookie[0], 'visit=1; path=/; httponly');
  const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  r = await call(port, 'GET', '/cookie', { headers: { Cookie: cookie } });
  assert.deepStrictEqual(JSON.parse(r.text), { seen: '1' });
  // A tampered cookie fails the signature check.
  r = await call(port, 'GET', '/cookie', { headers: { Cookie: cookie.replace('visit=1', 'visit=9') } });
  assert.deepStrictEqual(JSON.parse(r.text), { seen: null });

  r = await call(port, 'GET', '/old');
  assert.strictEqual(r.status, 302);
  assert.strictEqual(r.headers.location, '/users/1');
  assert.strictEqual(r.text, 'Redirecting to /users/1.');

  r = await call(port, 'GET', '/api/v1/items/x/y');
  assert.deepStrictEqual(JSON.parse(r.text), ['x', 'y', '/api/v1/items/:a/:b']);

  r = await call(port, 'HEAD', '/users/1');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.text, '');
  assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');

  r = await call(port, 'DELETE', '/users/1');
  assert.strictEqual(r.status, 405);
  assert.strictEqual(r.headers.allow, 'HEAD, GET, PUT');

  r = await call(port, 'OPTIONS', '/users');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers.allow, 'POST');
  assert.strictEqual(r.headers['content-length'], '0');

  r = await call(port, 'PURGE', '/users/1');
  assert.strictEqual(r.status, 501);

  r = await call(port, 'GET', '/nowhere');
  assert.strictEqual(r.status, 404);
  assert.strictEqual(r.text, 'Not Found');

  assert.deepStrictEqual(appErrors, ['invalid json', 'no entry', 'hidden detail']);
  assert.deepStrictEqual(trail.slice(0, 4), ['in:GET /', 'out:200', 'in:GET /users/42', 'out:200']);
  // 19 requests in; the 3 that threw never came back out through this middleware.
  assert.strictEqual(trail.length, 19 + 16);
  assert.strictEqual(trail.filter((t) => t === 'out:404').length, 1);
  server.close();
});
