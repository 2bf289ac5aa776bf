// http2's compatibility API: a (req, res) handler written for node:http serves HTTP/2
// streams (Http2ServerRequest / Http2ServerResponse): headers, status, body both ways,
// trailers, HEAD, 100-continue, errors from setHeader/statusCode.
'use strict';
let done = false;
process.on('exit', () => { if (!done) throw new Error('did not finish'); });
const assert = require('assert');
const http2 = require('http2');

const seen = [];
const server = http2.createServer((req, res) => {
  assert.ok(req instanceof http2.Http2ServerRequest);
  assert.ok(res instanceof http2.Http2ServerResponse);
  assert.strictEqual(req.httpVersion, '2.0');
  assert.strictEqual(req.httpVersionMajor, 2);
  assert.strictEqual(req.scheme, 'http');
  assert.strictEqual(req.authority, `localhost:${server.address().port}`);
  assert.strictEqual(req.stream, res.stream);
  assert.strictEqual(req.socket, res.socket);
  seen.push(`${req.method} ${req.url}`);
  if (req.url === '/json') {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Multi', ['a', 'b']);
    assert.strictEqual(res.getHeader('content-type'), 'application/json');
    assert.deepStrictEqual(res.getHeaderNames(), ['content-type', 'x-multi']);
    assert.strictEqual(res.hasHeader('X-MULTI'), true);
    res.removeHeader('x-multi');
    assert.strictEqual(res.hasHeader('x-multi'), false);
    assert.throws(() => res.setHeader(':path', '/'), {
      code: 'ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', message: 'Cannot set HTTP/2 pseudo-headers',
    });
    assert.throws(() => res.setHeader('x-bad', undefined), {
      code: 'ERR_HTTP2_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x-bad"',
    });
    assert.throws(() => { res.statusCode = 99; }, {
      code: 'ERR_HTTP2_STATUS_INVALID', message: 'Invalid status code: 99',
    });
    assert.throws(() => { res.statusCode = 102; }, {
      code: 'ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', message: 'Informational status codes cannot be used',
    });
    res.statusCode = 202;
    assert.strictEqual(res.headersSent, false);
    res.end(JSON.stringify({ ok: true }));
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res.finished, true);
  } else if (req.url === '/upload') {
    assert.strictEqual(req.headers['content-type'], 'text/plain');
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      res.writeHead(200, { 'x-length': body.length, 'x-trailer-seen': String(req.trailers['x-check']) });
      res.addTrailers({ 'x-server-trailer': 'done' });
      res.write(body.toUpperCase().slice(0, 3));
      res.end(body.toUpperCase().slice(3));
    });
  } else if (req.url === '/head') {
    res.setHeader('content-length', '5');
    res.end('hello');
  } else if (req.url === '/continue') {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => res.end(`got ${n}`));
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
  res.on('finish', () => seen.push(`finish ${req.url}`));
});

function fetch2(client, headers, body, trailers) {
  return new Promise((resolve, reject) => {
    const req = client.request(headers, { endStream: body === undefined, waitForTrailers: !!trailers });
    if (trailers) req.on('wantTrailers', () => req.sendTrailers(trailers));
    const out = { body: '', info: [] };
    req.setEncoding('utf8');
    req.on('response', (h) => { out.headers = h; });
    req.on('headers', (h) => out.info.push(h[':status']));
    req.on('trailers', (t) => { out.trailers = t; });
    req.on('data', (d) => { out.body += d; });
    req.on('error', reject);
    req.on('close', () => resolve(out));
    if (body !== undefined) req.end(body);
  });
}

server.listen(0, async () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const a = await fetch2(client, { ':path': '/json' });
  assert.strictEqual(a.headers[':status'], 202);
  assert.strictEqual(a.headers['content-type'], 'application/json');
  assert.strictEqual(a.headers['x-multi'], undefined);
  assert.strictEqual(a.body, '{"ok":true}');

  const b = await fetch2(client, { ':path': '/upload', ':method': 'PUT', 'content-type': 'text/plain' },
    'some text', { 'x-check': '42' });
  assert.strictEqual(b.headers[':status'], 200);
  assert.strictEqual(b.headers['x-length'], '9');
  assert.strictEqual(b.headers['x-trailer-seen'], '42');
  assert.strictEqual(b.body, 'SOME TEXT');
  assert.strictEqual(b.trailers['x-server-trailer'], 'done');

  const c = await fetch2(client, { ':path': '/head', ':method': 'HEAD' });
  assert.strictEqual(c.headers[':status'], 200);
  assert.strictEqual(c.headers['content-length'], '5');
  assert.strictEqual(c.body, '');

  const d = await fetch2(client, { ':path': '/continue', ':method': 'POST', expect: '100-continue' }, 'abcd');
  assert.deepStrictEqual(d.info, [100]);
  assert.strictEqual(d.body, 'got 4');

  const e = await fetch2(client, { ':path': '/missing' });
  assert.strictEqual(e.headers[':status'], 404);
  assert.strictEqual(e.body, 'not found');

  client.close(() => server.close(() => {
    assert.deepStrictEqual(seen.filter((s) => !s.startsWith('finish')),
      ['GET /json', 'PUT /upload', 'HEAD /head', 'POST /continue', 'GET /missing']);
    assert.strictEqual(seen.filter((s) => s.startsWith('finish')).length, 5);
    done = true;
  }));
});
