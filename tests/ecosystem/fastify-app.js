// Fastify 4 (from npm): routes with params and querystring, JSON schema validation of body,
// params and query (ajv) with fastify's 400 answers, response serialization by schema
// (fast-json-stringify drops unknown fields), hooks in order (onRequest, preHandler,
// onSend, onResponse), a plugin with a decorator and its own prefix, a custom error handler,
// 404s, async and callback handlers, `inject` (light-my-request, no socket) and the same
// requests over a real listening socket.
'use strict';
const assert = require('assert');
const http = require('http');
const Fastify = require('fastify');

const hooks = [];
const app = Fastify({ logger: false });

app.addHook('onRequest', async (req) => {
  hooks.push(`onRequest ${req.method} ${req.url}`);
});
app.addHook('preHandler', (req, reply, done) => {
  hooks.push('preHandler');
  done();
});
app.addHook('onSend', async (req, reply, payload) => {
  hooks.push('onSend');
  reply.header('X-Hooked', '1');
  return payload;
});
app.addHook('onResponse', async (req, reply) => {
  hooks.push(`onResponse ${reply.statusCode}`);
});

app.decorate('greet', (name) => `hello ${name}`);

app.get('/hello/:name', {
  schema: {
    params: { type: 'object', properties: { name: { type: 'string', minLength: 2 } } },
    querystring: { type: 'object', properties: { times: { type: 'integer', minimum: 1, default: 1 } } },
  },
}, async (req) => {
  return { msg: app.greet(req.params.name).repeat(req.query.times), times: req.query.times };
});

app.post('/items', {
  schema: {
    body: {
      type: 'object',
      required: ['name', 'price'],
      properties: {
        name: { type: 'string' },
        price: { type: 'number', minimum: 0 },
        tags: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    response: {
      201: {
        type: 'object',
        properties: { id: { type: 'integer' }, name: { type: 'string' }, price: { type: 'number' } },
      },
    },
  },
}, (req, reply) => {
  // `secret` is not in the response schema: the serializer leaves it out.
  reply.code(201).send({ id: 7, ...req.body, secret: 'x' });
});

app.get('/cb', (req, reply) => {
  setImmediate(() => reply.type('text/plain').send('from callback'));
});

app.get('/fail', async () => {
  const err = new Error('teapot trouble');
  err.statusCode = 418;
  throw err;
});

app.register(async (child) => {
  child.decorateRequest('who', null);
  child.addHook('onRequest', async (req) => {
    req.who = req.headers['x-who'] || 'anon';
  });
  child.get('/me', async (req) => ({ who: req.who }));
  child.setErrorHandler(async (err, req, reply) => {
    reply.code(err.statusCode || 500).send({ custom: err.message });
  });
  child.get('/boom', async () => {
    throw new Error('plugin boom');
  });
}, { prefix: '/v2' });

async function exercise(send) {
  let r = await send({ method: 'GET', url: '/hello/bob?times=2' });
  assert.strictEqual(r.statusCode, 200);
  assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
  assert.strictEqual(r.headers['x-hooked'], '1');
  assert.deepStrictEqual(JSON.parse(r.body), { msg: 'hello bobhello bob', times: 2 });

  r = await send({ method: 'GET', url: '/hello/bob' });
  assert.deepStrictEqual(JSON.parse(r.body), { msg: 'hello bob', times: 1 });

  r = await send({ method: 'GET', url: '/hello/b' });
  assert.strictEqual(r.statusCode, 400);
  assert.deepStrictEqual(JSON.parse(r.body), {
    statusCode: 400, code: 'FST_ERR_VALIDATION', error: 'Bad Request',
    message: 'params/name must NOT have fewer than 2 characters',
  });

  r = await send({ method: 'GET', url: '/hello/bob?times=zero' });
  assert.strictEqual(r.statusCode, 400);
  assert.strictEqual(JSON.parse(r.body).message, 'querystring/times must be integer');

  r = await send({
    method: 'POST', url: '/items', headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'pen', price: 1.25, tags: ['a'] }),
  });
  assert.strictEqual(r.statusCode, 201);
  assert.strictEqual(r.body, '{"id":7,"name":"pen","price":1.25}');

  r = await send({
    method: 'POST', url: '/items', headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'pen' }),
  });
  assert.strictEqual(r.statusCode, 400);
  assert.strictEqual(JSON.parse(r.body).message, "body must have required property 'price'");

  r = await send({
    method: 'POST', url: '/items', headers: { 'content-type': 'application/json' },
    payload: '{"name":',
  });
  assert.strictEqual(r.statusCode, 400);
  // The message is JSON.parse's own (the engine's wording: V8 and QuickJS differ).
  const { message, ...rest } = JSON.parse(r.body);
  assert.deepStrictEqual(rest, { statusCode: 400, error: 'Bad Request' });
  assert.strictEqual(typeof message, 'string');

  r = await send({
    method: 'POST', url: '/items', headers: { 'content-type': 'text/xml' }, payload: '<a/>',
  });
  assert.strictEqual(r.statusCode, 415);
  assert.strictEqual(JSON.parse(r.body).code, 'FST_ERR_CTP_INVALID_MEDIA_TYPE');

  r = await send({ method: 'GET', url: '/cb' });
  assert.strictEqual(r.body, 'from callback');
  assert.strictEqual(r.headers['content-type'], 'text/plain');

  r = await send({ method: 'GET', url: '/fail' });
  assert.strictEqual(r.statusCode, 418);
  assert.deepStrictEqual(JSON.parse(r.body),
    { statusCode: 418, error: 'I\'m a Teapot', message: 'teapot trouble' });

  r = await send({ method: 'GET', url: '/v2/me', headers: { 'x-who': 'carol' } });
  assert.deepStrictEqual(JSON.parse(r.body), { who: 'carol' });

  r = await send({ method: 'GET', url: '/v2/boom' });
  assert.strictEqual(r.statusCode, 500);
  assert.deepStrictEqual(JSON.parse(r.body), { custom: 'plugin boom' });

  r = await send({ method: 'DELETE', url: '/nope' });
  assert.strictEqual(r.statusCode, 404);
  assert.deepStrictEqual(JSON.parse(r.body),
    { message: 'Route DELETE:/nope not found', error: 'Not Found', statusCode: 404 });
}

function overHttp(port) {
  return ({ method, url, headers = {}, payload }) => new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => body += d);
      res.on('end', () => resolve({ statusCode: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

(async () => {
  await exercise((opts) => app.inject(opts));
  const injectHooks = hooks.splice(0);
  assert.deepStrictEqual(injectHooks.slice(0, 4),
    ['onRequest GET /hello/bob?times=2', 'preHandler', 'onSend', 'onResponse 200']);

  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
  const { port } = app.server.address();
  await exercise(overHttp(port));
  // The hooks ran the same way for real sockets as for inject.
  assert.deepStrictEqual(hooks, injectHooks);
  await app.close();
  assert.strictEqual(app.server.listening, false);
})();
