// A request asking for a protocol upgrade is an ordinary request (with a body, 'request'
// event, normal answer, req.upgrade false) while the server has no 'upgrade' listener, and
// an 'upgrade' event (no 'request') once it has one; CONNECT without a 'connect' listener
// closes the connection, with one it emits 'connect' with the bytes after the head. The
// client side: a 101 answer gives the request's 'upgrade' event with the socket and head.
'use strict';
const assert = require('assert');
const http = require('http');
const net = require('net');
const raw = require('./_raw');

const events = [];
const server = http.createServer((req, res) => {
  const body = [];
  req.on('data', (d) => body.push(d));
  req.on('end', () => {
    events.push(['request', req.method, req.url, req.upgrade, Buffer.concat(body).toString()]);
    res.end(`plain ${req.url}`);
  });
});

function onUpgrade(req, socket, head) {
  events.push(['upgrade', req.method, req.url, req.upgrade, head.toString(), req.headers.upgrade]);
  socket.end(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: ${req.headers.upgrade}\r\n` +
    'Connection: Upgrade\r\n\r\nwelcome');
}

const upgradeGet = (url, extra = '', connection = 'Upgrade') =>
  `GET ${url} HTTP/1.1\r\nHost: x\r\nConnection: ${connection}\r\nUpgrade: echo\r\n\r\n${extra}`;
const ok = (body) => 'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: close\r\n' +
  `Content-Length: ${body.length}\r\n\r\n${body}`;

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();

  // 1. No 'upgrade' listener: ordinary requests.
  assert.strictEqual(await raw(port, upgradeGet('/a', '', 'Upgrade, close')), ok('plain /a'));
  assert.strictEqual(await raw(port,
    'POST /p HTTP/1.1\r\nHost: x\r\nConnection: close, Upgrade\r\nUpgrade: h2c\r\n' +
    'Content-Length: 5\r\n\r\nhello'), ok('plain /p'));
  // Keep-alive goes on: a second request on the same connection, in a later chunk.
  const two = await new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(upgradeGet('/k1')));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      out += d;
      if (out.endsWith('plain /k1')) c.write('GET /k2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    c.on('error', reject);
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
  });
  assert.strictEqual(two,
    'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 9\r\n\r\nplain /k1' +
    'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 9\r\n\r\nplain /k2');

  // 2. CONNECT without a 'connect' listener: the connection is closed, nothing is answered.
  assert.strictEqual(await raw(port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n'), '');

  // 3. With listeners.
  server.on('upgrade', onUpgrade);
  server.on('connect', (req, socket, head) => {
    events.push(['connect', req.method, req.url, req.upgrade, head.toString()]);
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
  });
  assert.strictEqual(await raw(port, upgradeGet('/u', 'early-bytes')),
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  assert.strictEqual(await raw(port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\nxyz'),
    'HTTP/1.1 200 Connection Established\r\n\r\ntunnel');

  // 4. The client side of an upgrade.
  const clientSide = await new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: '/c',
      headers: { Connection: 'Upgrade', Upgrade: 'echo' },
    });
    req.on('response', () => reject(new Error('no response event for a 101')));
    req.on('upgrade', (res, socket, head) => {
      let rest = head.toString();
      socket.setEncoding('latin1');
      socket.on('data', (d) => rest += d);
      socket.on('end', () => resolve([res.statusCode, res.statusMessage, res.headers.upgrade, rest]));
    });
    req.on('error', reject);
    req.end();
  });
  assert.deepStrictEqual(clientSide, [101, 'Switching Protocols', 'echo', 'welcome']);

  // 5. Without the listener again: back to ordinary requests.
  server.removeListener('upgrade', onUpgrade);
  assert.strictEqual(await raw(port, upgradeGet('/b', '', 'Upgrade, close')), ok('plain /b'));

  assert.deepStrictEqual(events, [
    ['request', 'GET', '/a', false, ''],
    ['request', 'POST', '/p', false, 'hello'],
    ['request', 'GET', '/k1', false, ''],
    ['request', 'GET', '/k2', false, ''],
    ['upgrade', 'GET', '/u', true, 'early-bytes', 'echo'],
    ['connect', 'CONNECT', 'example.com:443', true, 'xyz'],
    ['upgrade', 'GET', '/c', true, '', 'echo'],
    ['request', 'GET', '/b', false, ''],
  ]);
  server.close();
});
