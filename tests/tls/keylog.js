// 'keylog': NSS key log lines (Buffers ending in '\n') on a client socket once it has a
// listener, and on the server (with the socket) while the server has one; TLS 1.3's five
// secrets and TLS 1.2's CLIENT_RANDOM, the same secrets on both sides, all before
// 'secureConnect'.
'use strict';
const assert = require('assert');
const tls = require('tls');
const f = require('./_fixtures');

async function run(maxVersion, serverListens) {
  const server = [];
  const s = tls.createServer({ key: f.key, cert: f.cert, maxVersion }, (sock) => sock.end());
  if (serverListens) {
    s.on('keylog', (line, sock) => {
      assert.ok(Buffer.isBuffer(line));
      assert.ok(sock instanceof tls.TLSSocket);
      server.push(line.toString('latin1'));
    });
  }
  const port = await f.listen(s);
  const client = [];
  const events = [];
  await new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: f.ca }, () => {
      events.push('secureConnect');
      c.end();
    });
    c.on('keylog', (line) => {
      assert.ok(Buffer.isBuffer(line));
      client.push(line.toString('latin1'));
      events.push('keylog');
    });
    c.on('close', resolve);
  });
  s.close();
  assert.strictEqual(events[events.length - 1], 'secureConnect');
  return { client, server };
}

const label = (line) => line.split(' ')[0];
const hexLine = /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]{64,96}\n$/;

(async () => {
  let { client, server } = await run('TLSv1.3', true);
  assert.deepStrictEqual(client.map(label).sort(), ['CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0',
    'EXPORTER_SECRET', 'SERVER_HANDSHAKE_TRAFFIC_SECRET', 'SERVER_TRAFFIC_SECRET_0']);
  for (const line of client) assert.match(line, hexLine);
  assert.deepStrictEqual([...server].sort(), [...client].sort());

  ({ client, server } = await run('TLSv1.2', false));
  assert.strictEqual(client.length, 1);
  assert.match(client[0], /^CLIENT_RANDOM [0-9a-f]{64} [0-9a-f]{96}\n$/);
  assert.deepStrictEqual(server, []);
  console.log('ok');
})();
