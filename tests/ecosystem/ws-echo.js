// ws 8 (from npm): a WebSocketServer on an http.Server and clients in the same process over
// real sockets: text and binary echo (small, 126-byte and 64 KiB frames), fragmented
// messages, ping/pong with payloads, close codes and reasons both ways, permessage-deflate
// (node:zlib) negotiated and used, broadcast to every client, the handshake's headers,
// verifyClient rejecting with 401, and a client that gets a non-101 answer.
'use strict';
const assert = require('assert');
const http = require('http');
const WebSocket = require('ws');
const { WebSocketServer } = WebSocket;

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('plain http');
});
const seenHeaders = [];
const wss = new WebSocketServer({
  server,
  perMessageDeflate: { threshold: 0 },
  verifyClient(info, cb) {
    if (info.req.url === '/forbidden') cb(false, 401, 'Nope');
    else cb(true);
  },
});

wss.on('connection', (ws, req) => {
  seenHeaders.push({
    url: req.url,
    protocol: ws.protocol,
    extensions: ws.extensions,
    key: typeof req.headers['sec-websocket-key'],
  });
  ws.on('message', (data, isBinary) => {
    if (!isBinary && data.toString() === 'close-me') {
      ws.close(4001, 'server says bye');
      return;
    }
    if (!isBinary && data.toString().startsWith('broadcast:')) {
      for (const client of wss.clients) client.send(data.toString().slice(10));
      return;
    }
    ws.send(data, { binary: isBinary });
  });
  ws.on('ping', (data) => ws.send(`got ping ${data.toString()}`));
});

function connect(port, opts = {}, path = '/chat') {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, opts.protocols || [], opts);
  // Queue every message so none is lost between awaits.
  ws.inbox = [];
  ws.waiters = [];
  ws.on('message', (data, isBinary) => {
    const m = { data, isBinary };
    const w = ws.waiters.shift();
    if (w) w(m);
    else ws.inbox.push(m);
  });
  ws.next = () => new Promise((resolve) => {
    const m = ws.inbox.shift();
    if (m) resolve(m);
    else ws.waiters.push(resolve);
  });
  return ws;
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();

  // Plain requests still reach the http handler.
  const plain = await new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${port}/`, (res) => {
      let b = '';
      res.on('data', (d) => b += d);
      res.on('end', () => resolve([res.statusCode, b]));
    }).on('error', reject);
  });
  assert.deepStrictEqual(plain, [200, 'plain http']);

  // 1. Compressed connection with a subprotocol.
  const a = connect(port, { protocols: ['chat.v1', 'other'], perMessageDeflate: true });
  const aUpgrade = once(a, 'upgrade');
  const aOpen = once(a, 'open');
  const [upgradeRes] = await aUpgrade;
  assert.strictEqual(upgradeRes.statusCode, 101);
  assert.strictEqual(upgradeRes.headers.upgrade, 'websocket');
  assert.strictEqual(upgradeRes.headers.connection, 'Upgrade');
  assert.match(upgradeRes.headers['sec-websocket-accept'], /^[A-Za-z0-9+/]{27}=$/);
  await aOpen;
  assert.strictEqual(a.protocol, 'chat.v1');
  assert.strictEqual(a.extensions, 'permessage-deflate');
  assert.strictEqual(a.readyState, WebSocket.OPEN);

  a.send('hello ünïcode');
  let m = await a.next();
  assert.strictEqual(m.isBinary, false);
  assert.strictEqual(m.data.toString(), 'hello ünïcode');

  const bin = Buffer.alloc(70000);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 7) & 0xff;
  a.send(bin);
  m = await a.next();
  assert.strictEqual(m.isBinary, true);
  assert.ok(Buffer.isBuffer(m.data));
  assert.ok(m.data.equals(bin));

  // Highly compressible text: much smaller on the wire than its length.
  const before = a._socket.bytesWritten;
  a.send('z'.repeat(100000));
  m = await a.next();
  assert.strictEqual(m.data.toString(), 'z'.repeat(100000));
  const wire = a._socket.bytesWritten - before;
  assert.ok(wire < 2000, `compressed frame was ${wire} bytes`);

  // A fragmented message.
  a.send('frag-', { fin: false });
  a.send('ment', { fin: true });
  m = await a.next();
  assert.strictEqual(m.data.toString(), 'frag-ment');

  // 2. Uncompressed connection: exact frame sizes around the 126/127 length forms.
  const b = connect(port, { perMessageDeflate: false });
  await once(b, 'open');
  assert.strictEqual(b.extensions, '');
  for (const n of [0, 1, 125, 126, 127, 65535, 65536, 200000]) {
    const payload = Buffer.alloc(n, n & 0xff);
    b.send(payload);
    m = await b.next();
    assert.strictEqual(m.isBinary, true);
    assert.strictEqual(m.data.length, n);
    assert.ok(m.data.equals(payload));
  }
  // Typed arrays and ArrayBuffers are sent as binary.
  b.send(new Uint16Array([1, 2, 0xffff]).buffer);
  m = await b.next();
  assert.deepStrictEqual([...m.data], [1, 0, 2, 0, 255, 255]);

  // Ping/pong with payloads, both ways.
  b.ping('p1');
  const [pong] = await once(b, 'pong');
  assert.strictEqual(pong.toString(), 'p1');
  m = await b.next();
  assert.strictEqual(m.data.toString(), 'got ping p1');
  const serverSide = [...wss.clients].find((c) => c.extensions === '');
  serverSide.ping(Buffer.from([1, 2, 3]));
  const [ping] = await once(b, 'ping');
  assert.deepStrictEqual([...ping], [1, 2, 3]);
  const [spong] = await once(serverSide, 'pong');
  assert.deepStrictEqual([...spong], [1, 2, 3]);

  // 3. Broadcast reaches both clients.
  b.send('broadcast:to all');
  const [ma, mb] = await Promise.all([a.next(), b.next()]);
  assert.strictEqual(ma.data.toString(), 'to all');
  assert.strictEqual(mb.data.toString(), 'to all');
  assert.strictEqual(wss.clients.size, 2);

  // 4. Close initiated by the server, with a code and reason.
  b.send('close-me');
  const [code, reason] = await once(b, 'close');
  assert.strictEqual(code, 4001);
  assert.strictEqual(reason.toString(), 'server says bye');
  assert.strictEqual(b.readyState, WebSocket.CLOSED);

  // Close initiated by the client.
  const serverA = [...wss.clients][0];
  const serverClosed = once(serverA, 'close');
  a.close(1000, 'done');
  const [[scode, sreason], [ccode]] = await Promise.all([serverClosed, once(a, 'close')]);
  assert.strictEqual(scode, 1000);
  assert.strictEqual(sreason.toString(), 'done');
  assert.strictEqual(ccode, 1000);

  // A close without a status code reads as 1005.
  const c = connect(port);
  await once(c, 'open');
  const serverC = [...wss.clients][0];
  const cClosed = once(serverC, 'close');
  const cClientClosed = once(c, 'close');
  c.close();
  assert.strictEqual((await cClosed)[0], 1005);
  assert.strictEqual((await cClientClosed)[0], 1005);

  // 5. verifyClient refusing: the client sees the HTTP status.
  const d = new WebSocket(`ws://127.0.0.1:${port}/forbidden`);
  const [, res401] = await once(d, 'unexpected-response');
  assert.strictEqual(res401.statusCode, 401);
  assert.strictEqual(res401.statusMessage, 'Unauthorized');
  assert.strictEqual(res401.headers['content-type'], 'text/html');
  let body401 = '';
  res401.setEncoding('utf8');
  res401.on('data', (s) => body401 += s);
  await once(res401, 'end');
  assert.strictEqual(body401, 'Nope');
  d.on('error', () => {});
  d.terminate();

  assert.deepStrictEqual(seenHeaders, [
    { url: '/chat', protocol: 'chat.v1', extensions: 'permessage-deflate', key: 'string' },
    { url: '/chat', protocol: '', extensions: '', key: 'string' },
    { url: '/chat', protocol: '', extensions: 'permessage-deflate', key: 'string' },
  ]);

  // 6. A standalone server (noServer + handleUpgrade) refusing an unknown path with a
  // plain HTTP answer; the client reports the status.
  const server2 = http.createServer();
  const wss2 = new WebSocketServer({ noServer: true });
  server2.on('upgrade', (req, socket, head) => {
    if (req.url !== '/ok') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss2.handleUpgrade(req, socket, head, (ws) => {
      ws.send('welcome');
      ws.close(1001);
    });
  });
  await new Promise((r) => server2.listen(0, '127.0.0.1', r));
  const port2 = server2.address().port;
  const e = new WebSocket(`ws://127.0.0.1:${port2}/missing`);
  const [err] = await once(e, 'error');
  assert.strictEqual(err.message, 'Unexpected server response: 404');
  const f = connect(port2, {}, '/ok');
  m = await f.next();
  assert.strictEqual(m.data.toString(), 'welcome');
  assert.strictEqual((await once(f, 'close'))[0], 1001);

  wss.close();
  wss2.close();
  server.close();
  server2.close();
});
