// http2's core API over h2c on 127.0.0.1: request/response headers, bodies both ways with
// flow control (1 MiB), trailers (waitForTrailers), informational headers, many concurrent
// streams, stream reset codes both ways, ping with a payload, settings events, session close.
'use strict';
let done = false;
process.on('exit', () => { if (!done) throw new Error('did not finish'); });
const assert = require('assert');
const http2 = require('http2');
const { NGHTTP2_CANCEL, NGHTTP2_REFUSED_STREAM, NGHTTP2_NO_ERROR } = http2.constants;

const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255;

const log = [];
const server = http2.createServer();
let serverSession;
server.on('session', (s) => { serverSession = s; });
server.on('stream', (stream, headers, flags) => {
  const path = headers[':path'];
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.strictEqual(headers[':scheme'], 'http');
  assert.strictEqual(headers[':authority'], `127.0.0.1:${server.address().port}`);
  assert.strictEqual(stream.session, serverSession);
  assert.strictEqual(typeof stream.id, 'number');
  if (path === '/hello') {
    assert.strictEqual(headers[':method'], 'GET');
    assert.strictEqual(headers['x-dup'], 'a, b');
    assert.strictEqual(headers.cookie, 'c=1; d=2');
    assert.strictEqual(flags & 1, 1); // END_STREAM: a GET has no body
    assert.strictEqual(stream.endAfterHeaders, true);
    assert.strictEqual(stream.headersSent, false);
    stream.respond({ ':status': 200, 'content-type': 'text/plain', 'set-cookie': ['a=1', 'b=2'], 'x-list': ['1', '2'] });
    assert.strictEqual(stream.headersSent, true);
    assert.throws(() => stream.respond(), { code: 'ERR_HTTP2_HEADERS_SENT' });
    stream.end('hello world');
  } else if (path === '/echo') {
    assert.strictEqual(headers[':method'], 'POST');
    assert.strictEqual(stream.endAfterHeaders, false);
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('trailers', (t) => log.push(`server trailers ${t['x-sum']}`));
    stream.on('end', () => {
      const body = Buffer.concat(chunks);
      stream.respond({ ':status': 201, 'x-len': body.length }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'x-done': 'yes' }));
      stream.write(body.subarray(0, 1000));
      stream.end(body.subarray(1000));
    });
  } else if (path === '/info') {
    stream.additionalHeaders({ ':status': 103, link: '</style.css>; rel=preload' });
    stream.respond({ ':status': 204 });
  } else if (path === '/reset') {
    stream.on('error', (e) => log.push(`server reset error ${e.code}`));
    stream.on('close', () => log.push(`server reset close ${stream.rstCode}`));
    stream.close(NGHTTP2_REFUSED_STREAM);
  } else if (path === '/aborted') {
    stream.respond();
    stream.write('partial');
    stream.on('aborted', () => log.push('server aborted'));
    stream.on('close', () => log.push(`server aborted close ${stream.rstCode}`));
  } else if (path.startsWith('/n/')) {
    stream.respond({ ':status': 200 });
    stream.end(path.slice(3));
  } else {
    stream.respond({ ':status': 404 });
    stream.end();
  }
});

function request(client, headers, body) {
  return new Promise((resolve, reject) => {
    const req = client.request(headers, body === undefined ? undefined : { endStream: false });
    const out = { chunks: [], info: [] };
    req.on('response', (h, flags) => { out.headers = h; out.flags = flags; });
    req.on('headers', (h) => out.info.push(h[':status']));
    req.on('trailers', (t) => { out.trailers = t; });
    req.on('data', (c) => out.chunks.push(c));
    req.on('error', reject);
    req.on('close', () => {
      out.body = Buffer.concat(out.chunks);
      out.rstCode = req.rstCode;
      resolve(out);
    });
    if (body !== undefined) req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const client = http2.connect(`http://127.0.0.1:${port}`);
  const remote = new Promise((resolve) => client.once('remoteSettings', resolve));
  await new Promise((resolve) => client.once('connect', resolve));
  assert.strictEqual(client.type, http2.constants.NGHTTP2_SESSION_CLIENT);
  assert.strictEqual(client.alpnProtocol, 'h2c');
  assert.strictEqual(client.encrypted, false);
  const rs = await remote;
  assert.strictEqual(rs.initialWindowSize, 65535);
  assert.strictEqual(rs.maxFrameSize, 16384);

  // GET
  const r1 = await request(client, { ':path': '/hello', 'x-dup': ['a', 'b'], cookie: ['c=1', 'd=2'] });
  assert.strictEqual(r1.headers[':status'], 200);
  assert.strictEqual(r1.headers['content-type'], 'text/plain');
  assert.deepStrictEqual(r1.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(r1.headers['x-list'], '1, 2');
  assert.match(r1.headers.date, /GMT$/);
  assert.strictEqual(Object.getPrototypeOf(r1.headers), null);
  assert.strictEqual(r1.flags, 4);
  assert.strictEqual(r1.body.toString(), 'hello world');
  assert.strictEqual(r1.rstCode, NGHTTP2_NO_ERROR);

  // POST of 1 MiB: both directions are larger than the 64 KiB windows.
  const r2 = await new Promise((resolve, reject) => {
    const req = client.request({ ':path': '/echo', ':method': 'POST' }, { waitForTrailers: true });
    const out = { chunks: [] };
    req.on('wantTrailers', () => req.sendTrailers({ 'x-sum': 'abc' }));
    req.on('response', (h) => { out.headers = h; });
    req.on('trailers', (t) => { out.trailers = t; });
    req.on('data', (c) => out.chunks.push(c));
    req.on('error', reject);
    req.on('close', () => resolve(out));
    let off = 0;
    (function writeMore() {
      while (off < big.length) {
        const chunk = big.subarray(off, off + 100000);
        off += chunk.length;
        if (!req.write(chunk)) return req.once('drain', writeMore);
      }
      req.end();
    })();
  });
  assert.strictEqual(r2.headers[':status'], 201);
  assert.strictEqual(r2.headers['x-len'], String(big.length));
  assert.strictEqual(r2.trailers['x-done'], 'yes');
  assert.ok(Buffer.concat(r2.chunks).equals(big));

  // Informational headers, then a 204 (no body).
  const r3 = await request(client, { ':path': '/info' });
  assert.deepStrictEqual(r3.info, [103]);
  assert.strictEqual(r3.headers[':status'], 204);
  assert.strictEqual(r3.flags, 5);
  assert.strictEqual(r3.body.length, 0);

  // The server refuses a stream: the client's stream errors with the code's name.
  const r4 = await request(client, { ':path': '/reset' }).then(() => 'resolved', (e) => e);
  assert.strictEqual(r4.code, 'ERR_HTTP2_STREAM_ERROR');
  assert.strictEqual(r4.message, 'Stream closed with error code NGHTTP2_REFUSED_STREAM');

  // The client cancels a stream the server is still writing: 'aborted' on the server.
  await new Promise((resolve) => {
    const req = client.request({ ':path': '/aborted' });
    req.on('data', () => req.close(NGHTTP2_CANCEL));
    req.on('close', () => {
      assert.strictEqual(req.rstCode, NGHTTP2_CANCEL);
      resolve();
    });
  });

  // 20 streams at once.
  const many = await Promise.all(Array.from({ length: 20 }, (_, i) => request(client, { ':path': `/n/${i}` })));
  assert.deepStrictEqual(many.map((r) => r.body.toString()), Array.from({ length: 20 }, (_, i) => String(i)));

  const r404 = await request(client, { ':path': '/nowhere' });
  assert.strictEqual(r404.headers[':status'], 404);

  // Ping with a payload: the ACK carries it back.
  const payload = Buffer.from('abcdefgh');
  const pong = await new Promise((resolve, reject) => {
    assert.strictEqual(client.ping(payload, (err, duration, p) => (err ? reject(err) : resolve([duration, p]))), true);
  });
  assert.strictEqual(typeof pong[0], 'number');
  assert.ok(pong[1].equals(payload));
  assert.throws(() => client.ping(Buffer.alloc(3), () => {}), {
    code: 'ERR_HTTP2_PING_LENGTH', message: 'HTTP2 ping payload must be 8 bytes',
  });

  // Header validation happens before anything is sent.
  assert.throws(() => client.request({ connection: 'close' }), {
    code: 'ERR_HTTP2_INVALID_CONNECTION_HEADERS',
    message: 'HTTP/1 Connection specific headers are forbidden: "connection"',
  });
  assert.throws(() => client.request({ ':foo': 'x' }), {
    code: 'ERR_HTTP2_INVALID_PSEUDOHEADER',
    message: '":foo" is an invalid pseudoheader or is used incorrectly',
  });
  assert.throws(() => client.request({ 'content-type': ['a', 'b'] }), {
    code: 'ERR_HTTP2_HEADER_SINGLE_VALUE',
    message: 'Header field "content-type" must only have a single value',
  });

  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(log.includes('server trailers abc'), log.join('|'));
  assert.ok(log.includes(`server reset close ${NGHTTP2_REFUSED_STREAM}`), log.join('|'));
  assert.ok(log.includes('server reset error ERR_HTTP2_STREAM_ERROR'), log.join('|'));
  assert.ok(log.includes('server aborted'), log.join('|'));
  assert.ok(log.includes(`server aborted close ${NGHTTP2_CANCEL}`), log.join('|'));

  const serverClosed = new Promise((resolve) => serverSession.once('close', resolve));
  client.close(() => {
    assert.strictEqual(client.destroyed, true);
    assert.throws(() => client.request({}), { code: 'ERR_HTTP2_INVALID_SESSION' });
    serverClosed.then(() => server.close(() => { done = true; }));
  });
  assert.strictEqual(client.closed, true);
  assert.throws(() => client.request({}), {
    code: 'ERR_HTTP2_GOAWAY_SESSION',
    message: 'New streams cannot be created after receiving a GOAWAY',
  });
});
