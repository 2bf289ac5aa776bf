// axios 1 (from npm; its node adapter over http.request, follow-redirects and zlib) against a
// local http.Server: JSON both ways, params, headers, gzip/deflate/br responses, redirects,
// non-2xx rejections, timeouts, cancellation with an AbortSignal, stream and arraybuffer
// responses, urlencoded bodies, maxContentLength, and a keep-alive agent reusing one socket.
'use strict';
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');
const axios = require('axios');

const seenSockets = new Set();
const server = http.createServer((req, res) => {
  seenSockets.add(req.socket.remotePort);
  const url = new URL(req.url, 'http://x');
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    switch (url.pathname) {
      case '/echo':
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({
          method: req.method,
          query: Object.fromEntries(url.searchParams),
          contentType: req.headers['content-type'] ?? null,
          custom: req.headers['x-custom'] ?? null,
          body,
        }));
        break;
      case '/gzip':
      case '/deflate':
      case '/br': {
        const enc = url.pathname.slice(1);
        const data = JSON.stringify({ encoded: enc, filler: 'x'.repeat(1000) });
        const packed = enc === 'gzip' ? zlib.gzipSync(data) :
          enc === 'deflate' ? zlib.deflateSync(data) : zlib.brotliCompressSync(data);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': enc });
        res.end(packed);
        break;
      }
      case '/redirect':
        res.writeHead(302, { Location: '/echo?from=redirect' });
        res.end();
        break;
      case '/missing':
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{"error":"nope"}');
        break;
      case '/slow':
        setTimeout(() => res.end('late'), 500);
        break;
      case '/bytes':
        res.end(Buffer.from([0, 1, 2, 3, 254, 255]));
        break;
      case '/lines':
        res.write('line1\n');
        setTimeout(() => res.end('line2\n'), 10);
        break;
      case '/big':
        res.end('y'.repeat(5000));
        break;
      default:
        res.writeHead(500);
        res.end();
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const api = axios.create({ baseURL: base, httpAgent: agent, headers: { 'X-Custom': 'c1' } });

  let r = await api.get('/echo', { params: { a: 1, b: 'two words' } });
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['content-type'], 'application/json');
  assert.deepStrictEqual(r.data, {
    method: 'GET', query: { a: '1', b: 'two words' }, contentType: null, custom: 'c1', body: '',
  });

  r = await api.post('/echo', { n: 1, list: ['ü'] });
  assert.strictEqual(r.data.method, 'POST');
  assert.strictEqual(r.data.contentType, 'application/json');
  assert.deepStrictEqual(JSON.parse(r.data.body), { n: 1, list: ['ü'] });

  r = await api.put('/echo', new URLSearchParams({ k: 'v w', z: '&' }));
  assert.strictEqual(r.data.contentType, 'application/x-www-form-urlencoded;charset=utf-8');
  assert.strictEqual(r.data.body, 'k=v+w&z=%26');

  for (const enc of ['gzip', 'deflate', 'br']) {
    r = await api.get(`/${enc}`);
    assert.strictEqual(r.data.encoded, enc);
    assert.strictEqual(r.data.filler.length, 1000);
  }

  r = await api.get('/redirect');
  assert.strictEqual(r.status, 200);
  assert.deepStrictEqual(r.data.query, { from: 'redirect' });
  assert.strictEqual(r.request.path, '/echo?from=redirect');

  await assert.rejects(api.get('/missing'), (err) => {
    assert.strictEqual(err.name, 'AxiosError');
    assert.strictEqual(err.code, 'ERR_BAD_REQUEST');
    assert.strictEqual(err.message, 'Request failed with status code 404');
    assert.strictEqual(err.response.status, 404);
    assert.deepStrictEqual(err.response.data, { error: 'nope' });
    return true;
  });

  await assert.rejects(axios.get(`${base}/slow`, { timeout: 50 }), (err) => {
    assert.strictEqual(err.code, 'ECONNABORTED');
    assert.strictEqual(err.message, 'timeout of 50ms exceeded');
    return true;
  });

  const ac = new AbortController();
  const pending = axios.get(`${base}/slow`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.code, 'ERR_CANCELED');
    assert.strictEqual(err.message, 'canceled');
    assert.strictEqual(axios.isCancel(err), true);
    return true;
  });

  r = await api.get('/bytes', { responseType: 'arraybuffer' });
  assert.ok(Buffer.isBuffer(r.data));
  assert.deepStrictEqual([...r.data], [0, 1, 2, 3, 254, 255]);

  r = await api.get('/lines', { responseType: 'stream' });
  let text = '';
  for await (const chunk of r.data) text += chunk;
  assert.strictEqual(text, 'line1\nline2\n');

  await assert.rejects(api.get('/big', { maxContentLength: 100 }), (err) => {
    assert.strictEqual(err.code, 'ERR_BAD_RESPONSE');
    assert.strictEqual(err.message, 'maxContentLength size of 100 exceeded');
    return true;
  });

  // Everything through `api` went over one kept-alive socket, except where the server or
  // axios closed it (the maxContentLength failure destroys its socket).
  r = await api.get('/echo');
  assert.strictEqual(r.status, 200);
  assert.ok(seenSockets.size <= 6, `${seenSockets.size} client sockets`);

  agent.destroy();
  server.close();
});
