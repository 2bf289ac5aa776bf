// socket.io 4 server + socket.io-client 4 (from npm) in one process over real sockets:
// handshake auth and middleware, events with JSON and binary payloads, acknowledgements both
// ways (with timeout), rooms (join/leave, broadcast to a room, `except`), namespace
// broadcast, `fetchSockets`, disconnect reasons; once with the websocket transport only and
// once with HTTP long-polling only (then upgraded to websocket).
'use strict';
const assert = require('assert');
const http = require('http');
const { Server } = require('socket.io');
const { io: connect } = require('socket.io-client');

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

async function scenario(transports, upgrade) {
  const httpServer = http.createServer((req, res) => {
    res.writeHead(404);
    res.end();
  });
  const io = new Server(httpServer, { pingInterval: 2000, pingTimeout: 5000 });
  const serverLog = [];

  io.use((socket, next) => {
    if (socket.handshake.auth.token !== 'secret') return next(new Error('unauthorized'));
    socket.data.name = socket.handshake.auth.name;
    next();
  });

  io.on('connection', (socket) => {
    serverLog.push(`connect ${socket.data.name}`);
    socket.on('join', (room, ack) => {
      socket.join(room);
      ack({ joined: room, rooms: [...socket.rooms].filter((r) => r !== socket.id).sort() });
    });
    socket.on('leave', (room, ack) => {
      socket.leave(room);
      ack(room);
    });
    socket.on('say', (room, text) => {
      socket.to(room).emit('said', { from: socket.data.name, room, text });
    });
    socket.on('shout', (text) => {
      io.except('quiet').emit('shouted', `${socket.data.name}: ${text}`);
    });
    socket.on('sum', (...args) => {
      const ack = args.pop();
      ack(args.reduce((a, b) => a + b, 0));
    });
    socket.on('bin', (buf, ack) => {
      assert.ok(Buffer.isBuffer(buf));
      ack(Buffer.from([...buf].reverse()), { nested: { data: buf.subarray(0, 2) } });
    });
    socket.on('ask-client', async (ack) => {
      const answer = await socket.timeout(2000).emitWithAck('question', 'color?');
      ack(answer);
    });
    socket.on('disconnect', (reason) => serverLog.push(`disconnect ${socket.data.name} ${reason}`));
  });

  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${httpServer.address().port}`;

  function client(name, token = 'secret') {
    return connect(url, {
      transports, upgrade, forceNew: true, reconnection: false, auth: { token, name },
    });
  }

  // Middleware refusal.
  const bad = client('mallory', 'wrong');
  const [err] = await once(bad, 'connect_error');
  assert.strictEqual(err.message, 'unauthorized');
  bad.close();

  const a = client('ann');
  const b = client('ben');
  const c = client('cat');
  await Promise.all([once(a, 'connect'), once(b, 'connect'), once(c, 'connect')]);
  assert.strictEqual(a.connected, true);
  assert.strictEqual(typeof a.id, 'string');
  if (upgrade) {
    // Polling first, then the upgrade to websocket.
    if (a.io.engine.transport.name !== 'websocket') await once(a.io.engine, 'upgrade');
  }
  assert.strictEqual(a.io.engine.transport.name, upgrade ? 'websocket' : transports[0]);

  c.on('question', (q, ack) => ack(`${q} blue`));

  // Acks from the server, several arguments.
  assert.strictEqual(await a.emitWithAck('sum', 1, 2, 3.5), 6.5);
  assert.deepStrictEqual(await a.emitWithAck('join', 'red'),
    { joined: 'red', rooms: ['red'] });
  assert.deepStrictEqual(await b.emitWithAck('join', 'red'),
    { joined: 'red', rooms: ['red'] });
  assert.deepStrictEqual(await b.emitWithAck('join', 'blue'),
    { joined: 'blue', rooms: ['blue', 'red'] });
  assert.deepStrictEqual(await c.emitWithAck('join', 'quiet'),
    { joined: 'quiet', rooms: ['quiet'] });

  // Room broadcast: to the others in 'red' only.
  const got = [];
  c.on('said', (m) => got.push(['c', m]));
  const bSaid = once(b, 'said');
  a.emit('say', 'red', 'hi red');
  assert.deepStrictEqual((await bSaid)[0], { from: 'ann', room: 'red', text: 'hi red' });

  // Namespace broadcast except a room.
  const aShout = once(a, 'shouted');
  const bShout = once(b, 'shouted');
  c.on('shouted', (m) => got.push(['c', m]));
  b.emit('shout', 'hey all');
  assert.deepStrictEqual(await Promise.all([aShout, bShout]), [['ben: hey all'], ['ben: hey all']]);

  // Leaving a room stops its broadcasts.
  assert.strictEqual(await b.emitWithAck('leave', 'red'), 'red');
  const sockets = await io.in('red').fetchSockets();
  assert.deepStrictEqual(sockets.map((s) => s.data.name), ['ann']);

  // Binary payloads, nested and as ack arguments.
  const [rev, nested] = await new Promise((resolve) => {
    a.emit('bin', Buffer.from([1, 2, 3, 250]), (...args) => resolve(args));
  });
  assert.deepStrictEqual([...rev], [250, 3, 2, 1]);
  assert.deepStrictEqual([...nested.nested.data], [1, 2]);

  // The server asks a client and waits for its ack.
  assert.strictEqual(await c.emitWithAck('ask-client'), 'color? blue');

  // A client ack that never comes times out on the client.
  await assert.rejects(a.timeout(50).emitWithAck('no-such-handler'), { message: 'operation has timed out' });

  assert.deepStrictEqual(got, []); // c is in neither 'red' nor the shout's audience

  // Disconnects: by the client, then by the server.
  const serverSideB = (await io.fetchSockets()).find((s) => s.data.name === 'ben');
  const bGone = once(b, 'disconnect');
  serverSideB.disconnect(true);
  assert.deepStrictEqual(await bGone, ['io server disconnect', undefined]);
  const aGone = once(a, 'disconnect');
  a.disconnect();
  assert.deepStrictEqual(await aGone, ['io client disconnect', undefined]);
  c.disconnect();

  // Let the server notice the client-side disconnects.
  while (serverLog.length < 6) await new Promise((r) => setTimeout(r, 10));
  assert.deepStrictEqual(serverLog.slice(0, 3).sort(), ['connect ann', 'connect ben', 'connect cat']);
  assert.deepStrictEqual(serverLog.slice(3).sort(), [
    'disconnect ann client namespace disconnect',
    'disconnect ben server namespace disconnect',
    'disconnect cat client namespace disconnect',
  ]);

  // The http server still answers other paths.
  const status = await new Promise((resolve) => {
    http.get(`${url}/other`, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
  });
  assert.strictEqual(status, 404);

  await new Promise((resolve) => io.close(resolve));
}

(async () => {
  await scenario(['websocket'], false);
  await scenario(['polling'], false);
  await scenario(['polling', 'websocket'], true);
})();
