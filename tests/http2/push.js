// Server push: pushStream() on the server, the pushed stream arrives on the client as a
// session 'stream' event with its request headers and 'push' with its response headers;
// a client with enablePush: false makes pushStream throw ERR_HTTP2_PUSH_DISABLED.
'use strict';
const assert = require('assert');
const http2 = require('http2');

let done = false;
process.on('exit', () => { if (!done) throw new Error('did not finish'); });

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers['x-no-push']) {
    assert.strictEqual(stream.pushAllowed, false);
    assert.throws(() => stream.pushStream({ ':path': '/x' }, () => {}), {
      code: 'ERR_HTTP2_PUSH_DISABLED', message: 'HTTP/2 client has disabled push streams',
    });
    stream.respond();
    stream.end('no push');
    return;
  }
  assert.strictEqual(stream.pushAllowed, true);
  stream.pushStream({ ':path': '/style.css' }, (err, push, pushHeaders) => {
    assert.ifError(err);
    assert.strictEqual(pushHeaders[':path'], '/style.css');
    assert.strictEqual(push.id % 2, 0);
    assert.throws(() => push.pushStream({ ':path': '/y' }, () => {}), {
      code: 'ERR_HTTP2_NESTED_PUSH', message: 'A push stream cannot initiate another push stream.',
    });
    push.respond({ ':status': 200, 'content-type': 'text/css' });
    push.end('body { color: red }');
    stream.respond({ ':status': 200, 'content-type': 'text/html' });
    stream.end('<link rel=stylesheet href=/style.css>');
  });
});

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  const client = http2.connect(url);
  const pushed = new Promise((resolve) => {
    client.on('stream', (stream, headers) => {
      const out = { path: headers[':path'], method: headers[':method'], body: '' };
      stream.on('push', (h) => { out.status = h[':status']; out.type = h['content-type']; });
      stream.setEncoding('utf8');
      stream.on('data', (d) => { out.body += d; });
      stream.on('end', () => resolve(out));
    });
  });
  const main = await new Promise((resolve) => {
    const req = client.request({ ':path': '/' });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => resolve(body));
  });
  assert.strictEqual(main, '<link rel=stylesheet href=/style.css>');
  assert.deepStrictEqual(await pushed, {
    path: '/style.css', method: 'GET', status: 200, type: 'text/css', body: 'body { color: red }',
  });
  client.close();

  const noPush = http2.connect(url, { settings: { enablePush: false } });
  await new Promise((resolve) => noPush.once('remoteSettings', resolve));
  const body = await new Promise((resolve) => {
    // Let the server see our SETTINGS first.
    noPush.ping(() => {
      const req = noPush.request({ ':path': '/', 'x-no-push': '1' });
      let b = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { b += d; });
      req.on('end', () => resolve(b));
    });
  });
  assert.strictEqual(body, 'no push');
  noPush.close(() => server.close(() => { done = true; }));
});
