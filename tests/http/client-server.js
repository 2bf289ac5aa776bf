// http.request/get against an http.Server: methods, bodies both ways (chunked and
// Content-Length), headers and rawHeaders, set-cookie arrays, keep-alive reuse by the agent,
// HEAD without a body, response events in order.
'use strict';
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Method', req.method);
    res.setHeader('X-Req-Te', String(req.headers['transfer-encoding']));
    res.setHeader('X-Req-Len', String(req.headers['content-length']));
    res.end(JSON.stringify({ url: req.url, body, v: req.httpVersion, dup: req.headers['x-dup'] }));
  });
});

function request(opts, body) {
  return new Promise((resolve, reject) => {
    const events = [];
    const req = http.request(opts, (res) => {
      events.push('response');
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        events.push('end');
        resolve({ res, body: Buffer.concat(parts).toString(), events, req });
      });
    });
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('error', reject);
    if (body !== undefined) {
      for (const part of body) req.write(part);
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const base = { host: '127.0.0.1', port, agent };

  let r = await request({ ...base, method: 'POST', path: '/a?x=1', headers: { 'X-Dup': ['1', '2'] } }, ['he', 'llo']);
  assert.strictEqual(r.res.statusCode, 200);
  assert.strictEqual(r.res.statusMessage, 'OK');
  assert.strictEqual(r.res.httpVersion, '1.1');
  assert.deepStrictEqual(r.res.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(r.res.headers['x-method'], 'POST');
  assert.strictEqual(r.res.headers['x-req-te'], 'chunked');
  assert.strictEqual(r.res.headers['x-req-len'], 'undefined');
  assert.deepStrictEqual(JSON.parse(r.body), { url: '/a?x=1', body: 'hello', v: '1.1', dup: '1, 2' });
  assert.deepStrictEqual(r.events, ['socket', 'finish', 'response', 'end']);
  assert.strictEqual(r.req.reusedSocket, false);
  const rawNames = r.res.rawHeaders.filter((_, i) => i % 2 === 0);
  assert.deepStrictEqual(rawNames, ['Set-Cookie', 'Set-Cookie', 'X-Method', 'X-Req-Te', 'X-Req-Len',
    'Date', 'Connection', 'Keep-Alive', 'Content-Length']);

  r = await request({ ...base, method: 'PUT', path: '/b', headers: { 'Content-Length': 3 } }, ['abc']);
  assert.strictEqual(r.res.headers['x-req-len'], '3');
  assert.strictEqual(r.res.headers['x-req-te'], 'undefined');
  assert.strictEqual(JSON.parse(r.body).body, 'abc');
  assert.strictEqual(r.req.reusedSocket, true);

  r = await request({ ...base, method: 'HEAD', path: '/c' });
  assert.strictEqual(r.body, '');
  assert.strictEqual(r.res.headers['x-method'], 'HEAD');
  // end(data) on a HEAD response sets no Content-Length.
  assert.strictEqual(r.res.headers['content-length'], undefined);

  // The reused socket still works after a HEAD response (no body was expected).
  r = await request({ ...base, path: '/d' });
  assert.strictEqual(JSON.parse(r.body).url, '/d');

  http.get(`http://127.0.0.1:${port}/e`, (res) => {
    assert.strictEqual(res.statusCode, 200);
    res.resume();
    res.on('end', () => {
      agent.destroy();
      server.close();
    });
  });
});
