// Session life: a refused connection (the session's error, pending streams cancelled),
// settings() with its ACK, goaway() seen by the peer, respondWithFile, a client destroyed
// mid-response, and server.close() with sessions open.
'use strict';
const assert = require('assert');
const http2 = require('http2');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

let done = false;
process.on('exit', () => { if (!done) throw new Error('did not finish'); });

const file = path.join(os.tmpdir(), `rode-http2-${process.pid}.txt`);
fs.writeFileSync(file, 'file contents 0123456789');

async function refused() {
  // A port nobody listens on.
  const probe = net.createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const port = probe.address().port;
  await new Promise((r) => probe.close(r));
  const client = http2.connect(`http://127.0.0.1:${port}`);
  const req = client.request({ ':path': '/' });
  const closed = new Promise((r) => client.once('close', r));
  const [sessionErr, streamErr] = await Promise.all([
    new Promise((r) => client.once('error', r)),
    new Promise((r) => req.once('error', r)),
  ]);
  assert.strictEqual(sessionErr.code, 'ECONNREFUSED');
  assert.strictEqual(streamErr.code, 'ERR_HTTP2_STREAM_CANCEL');
  assert.strictEqual(streamErr.message, `The pending stream has been canceled (caused by: connect ECONNREFUSED 127.0.0.1:${port})`);
  assert.strictEqual(streamErr.cause, sessionErr);
  await closed;
  assert.strictEqual(client.destroyed, true);
}

async function main() {
  await refused();

  const events = [];
  const server = http2.createServer();
  const sessions = new Set();
  server.on('session', (s) => {
    sessions.add(s);
    s.on('error', () => {});
  });
  server.on('stream', (stream, headers) => {
    const p = headers[':path'];
    if (p === '/file') {
      stream.respondWithFile(file, { 'content-type': 'text/plain' });
    } else if (p === '/range') {
      stream.respondWithFile(file, {}, { offset: 5, length: 8 });
    } else if (p === '/nofile') {
      stream.respondWithFile(path.join(os.tmpdir(), 'rode-no-such-file'), {}, {
        onError(err) {
          events.push(`onError ${err.code}`);
          stream.respond({ ':status': 404 });
          stream.end();
        },
      });
    } else if (p === '/forever') {
      stream.on('error', () => {});
      stream.on('aborted', () => events.push('server aborted'));
      stream.respond();
      stream.write('x');
    } else if (p === '/goaway') {
      stream.respond();
      stream.end('bye');
      stream.session.goaway(http2.constants.NGHTTP2_NO_ERROR, 0, Buffer.from('later'));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;

  const get = (client, p) => new Promise((resolve, reject) => {
    const req = client.request({ ':path': p });
    const out = { body: '' };
    req.setEncoding('utf8');
    req.on('response', (h) => { out.status = h[':status']; out.headers = h; });
    req.on('data', (d) => { out.body += d; });
    req.on('error', reject);
    req.on('close', () => resolve(out));
  });

  const client = http2.connect(url);
  const f = await get(client, '/file');
  assert.strictEqual(f.status, 200);
  assert.strictEqual(f.headers['content-type'], 'text/plain');
  assert.strictEqual(f.headers['content-length'], '24');
  assert.strictEqual(f.body, 'file contents 0123456789');
  const r = await get(client, '/range');
  assert.strictEqual(r.headers['content-length'], '8');
  assert.strictEqual(r.body, 'contents');
  const n = await get(client, '/nofile');
  assert.strictEqual(n.status, 404);
  assert.deepStrictEqual(events, ['onError ENOENT']);

  // settings(): the callback runs when the server acknowledges.
  const ack = await new Promise((resolve, reject) => {
    client.settings({ initialWindowSize: 100000 }, (err, settings) => (err ? reject(err) : resolve(settings)));
    assert.strictEqual(client.pendingSettingsAck, true);
  });
  assert.strictEqual(ack.initialWindowSize, 100000);
  assert.strictEqual(client.localSettings.initialWindowSize, 100000);
  assert.throws(() => client.settings({ initialWindowSize: -1 }), {
    code: 'ERR_HTTP2_INVALID_SETTING_VALUE', message: 'Invalid value for setting "initialWindowSize": -1',
  });

  // A client destroyed while the server still writes.
  await new Promise((resolve) => {
    const req = client.request({ ':path': '/forever' });
    req.on('data', () => client.destroy());
    req.on('close', resolve);
  });
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(events.includes('server aborted'), events.join('|'));

  // goaway() from the server: the client hears it and closes.
  const c2 = http2.connect(url);
  const goaway = new Promise((resolve) => c2.once('goaway', (code, last, data) => resolve([code, last, data && data.toString()])));
  const bye = await get(c2, '/goaway');
  assert.strictEqual(bye.body, 'bye');
  // lastStreamID 0 stands for the last stream the peer opened (the first stream of the client, 1).
  assert.deepStrictEqual(await goaway, [0, 1, 'later']);
  // A GOAWAY with NO_ERROR closes the session for new streams.
  assert.strictEqual(c2.closed, true);
  c2.destroy();

  fs.unlinkSync(file);
  server.close(() => { done = true; });
  for (const s of sessions) s.destroy();
}
main();
