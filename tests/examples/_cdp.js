// Helpers for tests/examples/chat-browser.js: a small WebSocket client over node:http's
// 'upgrade' (RFC 6455, masked frames) and a Chrome DevTools Protocol driver for headless
// Chromium on top of it. Runs the same on rode and node 20 (no global WebSocket needed).
'use strict';
const { spawn } = require('child_process');
const crypto = require('crypto');
const { EventEmitter } = require('events');
const fs = require('fs');
const http = require('http');

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CHROMIUM = '/usr/bin/chromium';

class WsClient extends EventEmitter {
  constructor(socket) {
    super();
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.fragments = null;
    this.closeCode = null;
    this.queue = []; // received text messages not yet taken by nextMessage()
    this.waiters = [];
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', (err) => this.emit('error', err));
    socket.on('close', () => {
      for (const w of this.waiters.splice(0)) w.reject(new Error('WebSocket closed'));
      this.emit('end');
    });
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const buf = this.buffer;
      if (buf.length < 2) return;
      const fin = (buf[0] & 0x80) !== 0;
      const opcode = buf[0] & 0x0f;
      if (buf[1] & 0x80) throw new Error('server frames must not be masked');
      let length = buf[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buf.length < 4) return;
        length = buf.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buf.length < 10) return;
        length = Number(buf.readBigUInt64BE(2));
        offset = 10;
      }
      if (buf.length < offset + length) return;
      const payload = Buffer.from(buf.subarray(offset, offset + length));
      this.buffer = buf.subarray(offset + length);
      this.frame(fin, opcode, payload);
    }
  }

  frame(fin, opcode, payload) {
    if (opcode === 0x9) {
      this.sendFrame(0xa, payload);
      this.emit('ping', payload);
    } else if (opcode === 0xa) {
      this.emit('pong', payload);
    } else if (opcode === 0x8) {
      this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      this.emit('close', this.closeCode, payload.subarray(2).toString());
      this.socket.end();
    } else {
      if (opcode !== 0) this.fragments = [];
      this.fragments.push(payload);
      if (!fin) return;
      const text = Buffer.concat(this.fragments).toString('utf8');
      this.fragments = null;
      this.emit('message', text);
      const w = this.waiters.shift();
      if (w) w.resolve(text);
      else this.queue.push(text);
    }
  }

  // Resolves with the next text message (in arrival order).
  nextMessage(timeoutMs = 10000) {
    if (this.queue.length) return Promise.resolve(this.queue.shift());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`no WebSocket message within ${timeoutMs} ms`));
      }, timeoutMs);
      const w = {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.waiters.push(w);
    });
  }

  sendFrame(opcode, payload, fin = true) {
    const mask = crypto.randomBytes(4);
    const len = payload.length;
    const header = Buffer.alloc(len < 126 ? 2 : len < 65536 ? 4 : 10);
    header[0] = (fin ? 0x80 : 0) | opcode;
    if (len < 126) {
      header[1] = 0x80 | len;
    } else if (len < 65536) {
      header[1] = 0x80 | 126;
      header.writeUInt16BE(len, 2);
    } else {
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(len), 2);
    }
    const body = Buffer.from(payload);
    for (let i = 0; i < body.length; i++) body[i] ^= mask[i & 3];
    this.socket.write(Buffer.concat([header, mask, body]));
  }

  send(text) {
    this.sendFrame(0x1, Buffer.from(text, 'utf8'));
  }

  close(code = 1000) {
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code, 0);
    this.sendFrame(0x8, payload);
  }
}

// Opens a WebSocket to a ws:// URL; resolves with a WsClient once the handshake is checked.
function connectWebSocket(url) {
  const { hostname, port, pathname, search } = new URL(url);
  const key = crypto.randomBytes(16).toString('base64');
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: hostname,
      port,
      path: pathname + search,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': key,
        'Sec-WebSocket-Version': '13',
      },
    });
    req.on('upgrade', (res, socket, head) => {
      const want = crypto.createHash('sha1').update(key + WS_GUID).digest('base64');
      if (res.headers['sec-websocket-accept'] !== want) {
        socket.destroy();
        reject(new Error(`bad Sec-WebSocket-Accept from ${url}`));
        return;
      }
      const ws = new WsClient(socket);
      if (head.length) ws.receive(head);
      resolve(ws);
    });
    req.on('response', (res) => {
      res.resume();
      reject(new Error(`WebSocket handshake to ${url} got HTTP ${res.statusCode}`));
    });
    req.on('error', reject);
    req.end();
  });
}

// ---- Chrome DevTools Protocol ---------------------------------------------------------------

class Cdp {
  constructor(ws) {
    this.ws = ws;
    this.nextId = 1;
    this.pending = new Map();
    this.events = new EventEmitter();
    ws.on('message', (text) => {
      const msg = JSON.parse(text);
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (!p) return;
        if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
        else p.resolve(msg.result);
      } else {
        this.events.emit(msg.method, msg.params, msg.sessionId);
      }
    });
    ws.on('end', () => {
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: CDP socket closed`));
      this.pending.clear();
    });
  }

  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const msg = { id, method, params };
    if (sessionId) msg.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify(msg));
    });
  }
}

class Page {
  constructor(cdp, targetId, sessionId) {
    this.cdp = cdp;
    this.targetId = targetId;
    this.sessionId = sessionId;
  }

  send(method, params) {
    return this.cdp.send(method, params, this.sessionId);
  }

  // Evaluates an expression in the page and returns its value (promises are awaited).
  async evaluate(expression) {
    const r = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) {
      const d = r.exceptionDetails;
      throw new Error(`page threw: ${(d.exception && d.exception.description) || d.text}`);
    }
    return r.result.value;
  }

  // Polls `expression` until it is truthy; fails naming the expression and its last value.
  async waitFor(expression, timeoutMs = 10000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      last = await this.evaluate(expression);
      if (last) return last;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${expression} (last value ${JSON.stringify(last)})`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close() {
    return this.cdp.send('Target.closeTarget', { targetId: this.targetId });
  }
}

// Starts headless Chromium; resolves with { cdp, newPage(url), close() }.
async function launchChromium(userDataDir) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  }
  const proc = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`chromium printed no DevTools URL within 30 s; stderr:\n${stderr}`));
    }, 30000);
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (s) => {
      stderr += s;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited (${code ?? signal}) before listening; stderr:\n${stderr}`));
    });
  });
  proc.stderr.resume(); // keep draining chromium's log
  const cdp = new Cdp(await connectWebSocket(endpoint));

  async function newPage(url) {
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(cdp, targetId, sessionId);
    await page.send('Page.enable');
    const loaded = new Promise((resolve) => {
      const onLoad = (params, sid) => {
        if (sid !== sessionId) return;
        cdp.events.off('Page.loadEventFired', onLoad);
        resolve();
      };
      cdp.events.on('Page.loadEventFired', onLoad);
    });
    const nav = await page.send('Page.navigate', { url });
    if (nav.errorText) throw new Error(`navigating to ${url}: ${nav.errorText}`);
    await loaded;
    return page;
  }

  async function close() {
    try {
      await Promise.race([cdp.send('Browser.close'), exited]);
    } catch {
      // the socket may close before the reply arrives
    }
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  return { cdp, newPage, close };
}

module.exports = { connectWebSocket, launchChromium, WsClient, CHROMIUM };
