// A small real-time chat: node:http serves the page, and a WebSocket server written on the
// 'upgrade' event (RFC 6455: handshake, masked client frames, fragmentation, ping/pong, close)
// carries JSON messages between the browsers.
//
//   PORT=3000 rode examples/chat/server.js      (or: node examples/chat/server.js)
//
// Protocol (JSON text frames). Client -> server: {type:'join', name}, {type:'message', text}.
// Server -> client: {type:'welcome', name, users}, {type:'join', name, users},
// {type:'message', name, text}, {type:'leave', name, users}, {type:'error', text}.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_MESSAGE = 64 * 1024; // bytes in one (possibly fragmented) message
const HEARTBEAT_MS = 30000;
const OP = { CONT: 0x0, TEXT: 0x1, BINARY: 0x2, CLOSE: 0x8, PING: 0x9, PONG: 0xa };

const page = fs.readFileSync(path.join(__dirname, 'public', 'index.html'));

// ---- WebSocket connection (server side) ----------------------------------------------------

class WebSocketConnection {
  constructor(socket, onMessage, onClose) {
    this.socket = socket;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.buffer = Buffer.alloc(0);
    this.fragments = null; // Buffer[] of a message being reassembled
    this.fragmentBytes = 0;
    this.closing = false; // we sent a close frame
    this.closed = false;
    this.alive = true; // answered the last ping
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.finish());
  }

  receive(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    while (!this.closed && this.parseFrame());
  }

  // Parses one frame off this.buffer; returns false when more bytes are needed.
  parseFrame() {
    const buf = this.buffer;
    if (buf.length < 2) return false;
    const fin = (buf[0] & 0x80) !== 0;
    const opcode = buf[0] & 0x0f;
    const masked = (buf[1] & 0x80) !== 0;
    let length = buf[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (buf.length < 4) return false;
      length = buf.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (buf.length < 10) return false;
      const big = buf.readBigUInt64BE(2);
      if (big > BigInt(MAX_MESSAGE)) return this.fail(1009, 'message too big');
      length = Number(big);
      offset = 10;
    }
    if (buf[0] & 0x70) return this.fail(1002, 'reserved bits set');
    if (!masked) return this.fail(1002, 'client frames must be masked');
    if (opcode >= 0x8 && (!fin || length > 125)) return this.fail(1002, 'bad control frame');
    if (length > MAX_MESSAGE) return this.fail(1009, 'message too big');
    if (buf.length < offset + 4 + length) return false;
    const mask = buf.subarray(offset, offset + 4);
    const payload = Buffer.from(buf.subarray(offset + 4, offset + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    this.buffer = buf.subarray(offset + 4 + length);
    this.handleFrame(fin, opcode, payload);
    return true;
  }

  handleFrame(fin, opcode, payload) {
    switch (opcode) {
      case OP.PING:
        this.sendFrame(OP.PONG, payload);
        return;
      case OP.PONG:
        this.alive = true;
        return;
      case OP.CLOSE: {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1000;
        if (!this.closing) this.close(code === 1005 ? 1000 : code);
        this.socket.end();
        return;
      }
      case OP.TEXT:
      case OP.BINARY:
        if (this.fragments) return void this.fail(1002, 'expected a continuation frame');
        this.fragments = [];
        this.fragmentBytes = 0;
        this.opcode = opcode;
      // fall through
      case OP.CONT: {
        if (!this.fragments) return void this.fail(1002, 'unexpected continuation frame');
        this.fragments.push(payload);
        this.fragmentBytes += payload.length;
        if (this.fragmentBytes > MAX_MESSAGE) return void this.fail(1009, 'message too big');
        if (!fin) return;
        const data = Buffer.concat(this.fragments);
        this.fragments = null;
        if (this.opcode !== OP.TEXT) return void this.fail(1003, 'only text messages');
        let text;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
          return void this.fail(1007, 'invalid UTF-8');
        }
        this.onMessage(text);
        return;
      }
      default:
        this.fail(1002, `unknown opcode ${opcode}`);
    }
  }

  sendFrame(opcode, payload) {
    if (this.closed || this.socket.destroyed) return;
    const len = payload.length;
    let header;
    if (len < 126) {
      header = Buffer.from([0x80 | opcode, len]);
    } else if (len < 65536) {
      header = Buffer.alloc(4);
      header[0] = 0x80 | opcode;
      header[1] = 126;
      header.writeUInt16BE(len, 2);
    } else {
      header = Buffer.alloc(10);
      header[0] = 0x80 | opcode;
      header[1] = 127;
      header.writeBigUInt64BE(BigInt(len), 2);
    }
    this.socket.write(Buffer.concat([header, payload]));
  }

  send(text) {
    if (!this.closing) this.sendFrame(OP.TEXT, Buffer.from(text, 'utf8'));
  }

  close(code, reason = '') {
    if (this.closing) return;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    this.sendFrame(OP.CLOSE, payload);
    this.closing = true;
  }

  fail(code, reason) {
    this.close(code, reason);
    this.socket.end();
    this.finish();
    return false;
  }

  finish() {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}

function acceptKey(key) {
  return crypto.createHash('sha1').update(key + WS_GUID).digest('base64');
}

// ---- chat room -----------------------------------------------------------------------------

const clients = new Set(); // { ws, name } — name is null until the client joins

function userList() {
  const names = [];
  for (const c of clients) if (c.name !== null) names.push(c.name);
  return names;
}

function broadcast(msg) {
  const text = JSON.stringify(msg);
  for (const c of clients) if (c.name !== null) c.ws.send(text);
}

function onChatMessage(client, text) {
  let msg;
  try {
    msg = JSON.parse(text);
  } catch {
    return client.ws.send(JSON.stringify({ type: 'error', text: 'messages must be JSON' }));
  }
  const reply = (t) => client.ws.send(JSON.stringify({ type: 'error', text: t }));
  if (msg === null || typeof msg !== 'object') return reply('messages must be JSON objects');
  if (msg.type === 'join') {
    if (client.name !== null) return reply('already joined');
    const name = typeof msg.name === 'string' ? msg.name.trim() : '';
    if (name.length === 0 || name.length > 32) return reply('name must be 1 to 32 characters');
    if (userList().includes(name)) return reply(`name "${name}" is taken`);
    client.name = name;
    client.ws.send(JSON.stringify({ type: 'welcome', name, users: userList() }));
    for (const c of clients) {
      if (c !== client && c.name !== null) {
        c.ws.send(JSON.stringify({ type: 'join', name, users: userList() }));
      }
    }
    return;
  }
  if (msg.type === 'message') {
    if (client.name === null) return reply('join first');
    const body = typeof msg.text === 'string' ? msg.text.trim() : '';
    if (body.length === 0 || body.length > 1000) return reply('text must be 1 to 1000 characters');
    return broadcast({ type: 'message', name: client.name, text: body });
  }
  reply(`unknown message type ${JSON.stringify(msg.type)}`);
}

function onUpgrade(req, socket, head) {
  const key = req.headers['sec-websocket-key'];
  const ok =
    req.method === 'GET' &&
    new URL(req.url, 'http://x').pathname === '/ws' &&
    String(req.headers.upgrade).toLowerCase() === 'websocket' &&
    req.headers['sec-websocket-version'] === '13' &&
    typeof key === 'string' &&
    Buffer.from(key, 'base64').length === 16;
  if (!ok) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\n' +
      'Upgrade: websocket\r\n' +
      'Connection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`,
  );
  const client = { ws: null, name: null };
  client.ws = new WebSocketConnection(
    socket,
    (text) => onChatMessage(client, text),
    () => {
      clients.delete(client);
      if (client.name !== null) broadcast({ type: 'leave', name: client.name, users: userList() });
    },
  );
  clients.add(client);
  if (head && head.length) client.ws.receive(head);
}

// ---- HTTP ----------------------------------------------------------------------------------

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (req.method === 'GET' && (pathname === '/' || pathname === '/index.html')) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length });
    res.end(page);
    return;
  }
  const body = 'Not found\n';
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
});
server.on('upgrade', onUpgrade);

// Ping every client now and then; drop the ones that did not answer the previous ping.
const heartbeat = setInterval(() => {
  for (const c of clients) {
    if (!c.ws.alive) {
      c.ws.socket.destroy();
      continue;
    }
    c.ws.alive = false;
    c.ws.sendFrame(OP.PING, Buffer.alloc(0));
  }
}, HEARTBEAT_MS);
heartbeat.unref();

const port = process.env.PORT === undefined || process.env.PORT === '' ? 3000 : Number(process.env.PORT);
server.listen(port, () => {
  console.log(`Chat server listening on http://localhost:${server.address().port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const c of clients) {
      c.ws.close(1001, 'server shutting down');
      c.ws.socket.end();
    }
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
