// got 14 (ESM) against a local http server: JSON in and out, search params, hooks, retries
// on 503, a streamed download, and an HTTPError. got loads http2-wrapper, which reaches
// into node:tls for JSStreamSocket at load time.
import assert from 'node:assert';
import http from 'node:http';
import got, { HTTPError } from 'got';

let flaky = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/flaky') {
    flaky++;
    res.statusCode = flaky < 3 ? 503 : 200;
    res.end(flaky < 3 ? 'busy' : 'finally');
    return;
  }
  if (req.url === '/missing') {
    res.statusCode = 404;
    res.end('nope');
    return;
  }
  if (req.url === '/big') {
    res.setHeader('content-type', 'application/octet-stream');
    res.end(Buffer.alloc(200000, 7));
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body: body ? JSON.parse(body) : null,
      hook: req.headers['x-hook'] ?? null }));
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const prefixUrl = `http://127.0.0.1:${server.address().port}`;
const client = got.extend({
  prefixUrl,
  hooks: { beforeRequest: [(options) => { options.headers['x-hook'] = 'set'; }] },
});

const echoed = await client.post('echo', { json: { a: [1, 2] }, searchParams: { q: 'x y' } }).json();
assert.deepStrictEqual(echoed, { method: 'POST', url: '/echo?q=x+y', body: { a: [1, 2] }, hook: 'set' });

const retried = await client('flaky', { retry: { limit: 3, backoffLimit: 10 } }).text();
assert.strictEqual(retried, 'finally');
assert.strictEqual(flaky, 3);

let size = 0;
for await (const chunk of client.stream('big')) size += chunk.length;
assert.strictEqual(size, 200000);

await assert.rejects(client('missing', { retry: { limit: 0 } }), (err) => {
  assert.ok(err instanceof HTTPError);
  assert.strictEqual(err.response.statusCode, 404);
  assert.strictEqual(err.response.body, 'nope');
  return true;
});

server.close();
console.log('got ok');
