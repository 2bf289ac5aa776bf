'use strict';
// The WebSocket global (the WHATWG client, as Node 22 has it from undici): the opening
// handshake is an HTTP/1.1 Upgrade through node:http or node:https; after it, RFC 6455
// frames on the socket — masked client frames, fragmented messages, ping/pong, the closing
// handshake, UTF-8 checks on text. No extension is offered (no permessage-deflate).

const { Event, EventTarget, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/domexception');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const OP_CONT = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

const kState = Symbol('kState');

// An HTTP token (RFC 9110): what a subprotocol name must be.
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function syntaxError(message) {
  return new DOMException(message, 'SyntaxError');
}

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;
  constructor(type, init = {}) {
    super(type, init);
    this.#wasClean = !!init.wasClean;
    this.#code = init.code ?? 0;
    this.#reason = init.reason ?? '';
  }
  get wasClean() { return this.#wasClean; }
  get code() { return this.#code; }
  get reason() { return this.#reason; }
}

class ErrorEvent extends Event {
  #message;
  #error;
  constructor(type, init = {}) {
    super(type, init);
    this.#message = init.message ?? '';
    this.#error = init.error;
  }
  get message() { return this.#message; }
  get error() { return this.#error; }
  get filename() { return ''; }
  get lineno() { return 0; }
  get colno() { return 0; }
}

function parseProtocols(protocols) {
  if (protocols === undefined) return [];
  if (protocols !== null && typeof protocols === 'object' && !Array.isArray(protocols) &&
      typeof protocols[Symbol.iterator] !== 'function') {
    // undici's options form: { protocols, headers }.
    return parseProtocols(protocols.protocols);
  }
  const list = typeof protocols === 'string' || protocols === null ||
    typeof protocols[Symbol.iterator] !== 'function' ? [String(protocols)] :
    Array.from(protocols, String);
  const seen = new Set();
  for (const p of list) {
    const lower = p.toLowerCase();
    if (!tokenRe.test(p) || seen.has(lower)) {
      throw syntaxError('Invalid Sec-WebSocket-Protocol value');
    }
    seen.add(lower);
  }
  return list;
}

class WebSocket extends EventTarget {
  constructor(url, protocols = []) {
    super();
    if (arguments.length === 0) {
      throw new TypeError('WebSocket constructor: 1 argument required, but only 0 present.');
    }
    let record;
    try {
      record = new URL(String(url));
    } catch (e) {
      throw syntaxError(String(e));
    }
    if (record.protocol === 'http:') record.protocol = 'ws:';
    else if (record.protocol === 'https:') record.protocol = 'wss:';
    if (record.protocol !== 'ws:' && record.protocol !== 'wss:') {
      throw syntaxError(`Expected a ws: or wss: protocol, got ${record.protocol}`);
    }
    if (record.hash || record.href.endsWith('#')) throw syntaxError('Got fragment');
    const list = parseProtocols(protocols);
    const headers = protocols !== null && typeof protocols === 'object' &&
      !Array.isArray(protocols) ? protocols.headers : undefined;

    this[kState] = {
      url: record.href,
      readyState: CONNECTING,
      protocol: '',
      extensions: '',
      binaryType: 'blob',
      bufferedAmount: 0,
      socket: null,
      request: null,
      parser: null,
      sentClose: false,
      receivedClose: false,
      closeCode: 1005,
      closeReason: '',
      failed: false,
      closeEventFired: false,
      blobQueue: null,
    };
    process.nextTick(connect, this, record, list, headers);
  }

  get url() { return state(this).url; }
  get readyState() { return state(this).readyState; }
  get bufferedAmount() { return state(this).bufferedAmount; }
  get extensions() { return state(this).extensions; }
  get protocol() { return state(this).protocol; }
  get binaryType() { return state(this).binaryType; }
  set binaryType(type) {
    const s = state(this);
    s.binaryType = type === 'arraybuffer' || type === 'blob' ? type : 'blob';
  }

  send(data) {
    const s = state(this);
    if (arguments.length === 0) {
      throw new TypeError('WebSocket.send: 1 argument required, but only 0 present.');
    }
    if (s.readyState === CONNECTING) {
      throw new DOMException('Sent before connected.', 'InvalidStateError');
    }
    let opcode;
    let payload;
    if (typeof data === 'string') {
      opcode = OP_TEXT;
      payload = Buffer.from(data, 'utf8');
    } else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
      opcode = OP_BINARY;
      payload = data instanceof ArrayBuffer ? Buffer.from(new Uint8Array(data)) :
        Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } else if (isBlob(data)) {
      // A Blob's bytes come asynchronously; later sends wait behind it.
      s.bufferedAmount += data.size;
      const pending = data.arrayBuffer().then((ab) => ({ opcode: OP_BINARY, payload: Buffer.from(ab) }));
      queueBlob(this, s, pending, data.size);
      return;
    } else {
      opcode = OP_TEXT;
      payload = Buffer.from(String(data), 'utf8');
    }
    if (s.blobQueue !== null) {
      s.bufferedAmount += payload.length;
      queueBlob(this, s, Promise.resolve({ opcode, payload }), payload.length);
      return;
    }
    sendData(s, opcode, payload);
  }

  close(code = undefined, reason = undefined) {
    const s = state(this);
    if (code !== undefined) {
      code = Number(code);
      if (!Number.isInteger(code) || (code !== 1000 && (code < 3000 || code > 4999))) {
        throw new DOMException('invalid code', 'InvalidAccessError');
      }
    }
    let reasonBytes = Buffer.alloc(0);
    if (reason !== undefined) {
      reasonBytes = Buffer.from(String(reason), 'utf8');
      if (reasonBytes.length > 123) {
        throw syntaxError(`Reason must be less than 123 bytes; received ${reasonBytes.length}`);
      }
    }
    if (s.readyState === CLOSING || s.readyState === CLOSED) return;
    if (s.readyState === CONNECTING) {
      fail(this, s, 'Connection was closed before it was established.');
      s.readyState = CLOSING;
      return;
    }
    s.readyState = CLOSING;
    let body;
    if (code !== undefined) {
      body = Buffer.alloc(2 + reasonBytes.length);
      body.writeUInt16BE(code, 0);
      reasonBytes.copy(body, 2);
    } else {
      body = Buffer.alloc(0);
    }
    s.sentClose = true;
    writeFrame(s, OP_CLOSE, body);
  }
}

for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN],
  ['CLOSING', CLOSING], ['CLOSED', CLOSED]]) {
  const desc = { __proto__: null, value, enumerable: true };
  Object.defineProperty(WebSocket, name, desc);
  Object.defineProperty(WebSocket.prototype, name, desc);
}
for (const name of ['open', 'error', 'close', 'message']) {
  defineEventHandler(WebSocket.prototype, name);
}
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'WebSocket', configurable: true,
});

function state(ws) {
  const s = ws?.[kState];
  if (s === undefined) throw new TypeError('Illegal invocation');
  return s;
}

function isBlob(v) {
  return v !== null && typeof v === 'object' && typeof v.arrayBuffer === 'function' &&
    typeof v.size === 'number' && typeof v.slice === 'function';
}

function queueBlob(ws, s, pending, size) {
  const prev = s.blobQueue ?? Promise.resolve();
  const next = prev.then(() => pending).then(({ opcode, payload }) => {
    s.bufferedAmount -= size;
    if (s.readyState === OPEN) sendData(s, opcode, payload);
  }, () => {});
  s.blobQueue = next;
  next.then(() => {
    if (s.blobQueue === next) s.blobQueue = null;
  });
}

// ---------------------------------------------------------------------------
// Opening handshake

function connect(ws, record, protocols, extraHeaders) {
  const s = ws[kState];
  if (s.readyState !== CONNECTING) return;
  const secure = record.protocol === 'wss:';
  const key = require('crypto').randomBytes(16).toString('base64');
  const headers = {
    ...(extraHeaders || {}),
    'Sec-WebSocket-Key': key,
    'Sec-WebSocket-Version': '13',
    Upgrade: 'websocket',
    Connection: 'Upgrade',
  };
  if (protocols.length) headers['Sec-WebSocket-Protocol'] = protocols.join(', ');
  const http = require(secure ? 'https' : 'http');
  const req = http.request({
    host: record.hostname.startsWith('[') ? record.hostname.slice(1, -1) : record.hostname,
    port: record.port || (secure ? 443 : 80),
    path: record.pathname + record.search,
    method: 'GET',
    headers,
    agent: false,
  });
  s.request = req;
  req.on('upgrade', (res, socket, head) => {
    s.request = null;
    const expected = require('crypto').createHash('sha1').update(key + GUID).digest('base64');
    const protocol = res.headers['sec-websocket-protocol'];
    let problem = null;
    if (String(res.headers.upgrade).toLowerCase() !== 'websocket') {
      problem = 'Server did not set Upgrade header to "websocket".';
    } else if (!String(res.headers.connection).toLowerCase().split(/\s*,\s*/).includes('upgrade')) {
      problem = 'Server did not set Connection header to "upgrade".';
    } else if (res.headers['sec-websocket-accept'] !== expected) {
      problem = 'Incorrect hash received in Sec-WebSocket-Accept header.';
    } else if (res.headers['sec-websocket-extensions'] !== undefined) {
      problem = 'Received unexpected extensions.';
    } else if (protocol !== undefined && !protocols.includes(protocol)) {
      problem = 'Protocol was not set in the opening handshake.';
    }
    if (problem !== null) {
      socket.destroy();
      fail(ws, s, problem);
      return;
    }
    established(ws, s, socket, head, protocol ?? '');
  });
  req.on('response', (res) => {
    res.resume();
    fail(ws, s, 'Received network error or non-101 status code.');
  });
  req.on('error', () => {
    fail(ws, s, 'Received network error or non-101 status code.');
  });
  req.end();
}

function established(ws, s, socket, head, protocol) {
  if (s.readyState !== CONNECTING) {
    socket.destroy();
    return;
  }
  s.socket = socket;
  s.protocol = protocol;
  s.readyState = OPEN;
  s.parser = new FrameParser(ws, s);
  socket.setNoDelay?.(true);
  socket.on('data', (chunk) => s.parser.push(chunk));
  socket.on('error', () => {});
  socket.on('close', () => onSocketClose(ws, s));
  ws.dispatchEvent(new Event('open'));
  if (head && head.length) s.parser.push(head);
}

// ---------------------------------------------------------------------------
// Frames

function mask(payload, key) {
  const out = Buffer.allocUnsafe(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = payload[i] ^ key[i & 3];
  return out;
}

function writeFrame(s, opcode, payload, cb) {
  const len = payload.length;
  let headerLen = 6;
  if (len > 0xffff) headerLen += 8;
  else if (len > 125) headerLen += 2;
  const header = Buffer.allocUnsafe(headerLen);
  header[0] = 0x80 | opcode;
  let off = 2;
  if (len > 0xffff) {
    header[1] = 0x80 | 127;
    header.writeUInt32BE(Math.floor(len / 0x100000000), 2);
    header.writeUInt32BE(len >>> 0, 6);
    off = 10;
  } else if (len > 125) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(len, 2);
    off = 4;
  } else {
    header[1] = 0x80 | len;
  }
  const key = require('crypto').randomBytes(4);
  key.copy(header, off);
  const socket = s.socket;
  if (socket === null || socket.destroyed) return;
  socket.cork();
  socket.write(header);
  socket.write(mask(payload, key), cb);
  socket.uncork();
}

function sendData(s, opcode, payload) {
  if (s.readyState !== OPEN) {
    // Closing or closed: dropped, but counted (as the standard says).
    s.bufferedAmount += payload.length;
    return;
  }
  s.bufferedAmount += payload.length;
  writeFrame(s, opcode, payload, () => {
    s.bufferedAmount -= payload.length;
  });
}

class FrameParser {
  constructor(ws, s) {
    this.ws = ws;
    this.s = s;
    this.buffer = Buffer.alloc(0);
    this.fragments = null;
    this.fragmentOpcode = 0;
  }

  push(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    while (!this.s.failed && this.parseOne());
  }

  parseOne() {
    const b = this.buffer;
    if (b.length < 2) return false;
    const fin = (b[0] & 0x80) !== 0;
    const rsv = b[0] & 0x70;
    const opcode = b[0] & 0x0f;
    const masked = (b[1] & 0x80) !== 0;
    let len = b[1] & 0x7f;
    let off = 2;
    if (len === 126) {
      if (b.length < 4) return false;
      len = b.readUInt16BE(2);
      off = 4;
    } else if (len === 127) {
      if (b.length < 10) return false;
      const hi = b.readUInt32BE(2);
      if (hi > 0x1fffff) return this.protocolError('Received payload length > 2^53 bytes.');
      len = hi * 0x100000000 + b.readUInt32BE(6);
      off = 10;
    }
    if (rsv !== 0) return this.protocolError('RSV1, RSV2, RSV3 must be clear');
    if (masked) return this.protocolError('Frame cannot be masked');
    const control = opcode >= 0x8;
    if (control && (!fin || len > 125)) return this.protocolError('Invalid frame type was fragmented.');
    if (![OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG].includes(opcode)) {
      return this.protocolError('Invalid opcode received');
    }
    if (b.length < off + len) return false;
    const payload = b.subarray(off, off + len);
    this.buffer = b.subarray(off + len);
    if (control) return this.control(opcode, payload);
    if (opcode === OP_CONT) {
      if (this.fragments === null) return this.protocolError('Unexpected continuation frame');
      this.fragments.push(payload);
    } else {
      if (this.fragments !== null) return this.protocolError('Expected continuation frame');
      this.fragments = [payload];
      this.fragmentOpcode = opcode;
    }
    if (fin) {
      const data = this.fragments.length === 1 ? this.fragments[0] : Buffer.concat(this.fragments);
      const type = this.fragmentOpcode;
      this.fragments = null;
      return this.message(type, data);
    }
    return true;
  }

  message(type, data) {
    const s = this.s;
    if (s.readyState !== OPEN) return true;
    let value;
    if (type === OP_TEXT) {
      try {
        value = new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch {
        closeWithError(this.ws, s, 1007, 'Invalid UTF-8 in text frame.');
        return false;
      }
    } else if (s.binaryType === 'arraybuffer') {
      value = data.buffer.slice(data.byteOffset, data.byteOffset + data.length);
    } else {
      value = new Blob([data]);
    }
    const { MessageEvent } = require('internal/messaging');
    this.ws.dispatchEvent(new MessageEvent('message', {
      data: value,
      origin: new URL(s.url).origin,
    }));
    return true;
  }

  control(opcode, payload) {
    const s = this.s;
    if (opcode === OP_PING) {
      if (s.readyState === OPEN) writeFrame(s, OP_PONG, Buffer.from(payload));
      return true;
    }
    if (opcode === OP_PONG) return true;
    // Close.
    if (payload.length === 1) return this.protocolError('Received close frame with a 1-byte body.');
    let code = 1005;
    let reason = '';
    if (payload.length >= 2) {
      code = payload.readUInt16BE(0);
      try {
        reason = new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(2));
      } catch {
        closeWithError(this.ws, s, 1007, 'Invalid UTF-8 in close reason.');
        return false;
      }
    }
    s.receivedClose = true;
    s.closeCode = code;
    s.closeReason = reason;
    if (!s.sentClose) {
      // Echo the close, then the server closes the connection.
      s.sentClose = true;
      const body = code === 1005 ? Buffer.alloc(0) : Buffer.from(payload.subarray(0, 2));
      writeFrame(s, OP_CLOSE, body);
    }
    s.readyState = CLOSING;
    s.socket.end();
    return false;
  }

  protocolError(message) {
    closeWithError(this.ws, this.s, 1002, message);
    return false;
  }
}

// A protocol violation: the error event, a close frame with `code`, then the connection ends.
function closeWithError(ws, st, code, message) {
  if (st.failed) return;
  st.failed = true;
  if (!st.sentClose && st.socket !== null && !st.socket.destroyed) {
    st.sentClose = true;
    const body = Buffer.alloc(2);
    body.writeUInt16BE(code, 0);
    writeFrame(st, OP_CLOSE, body);
    st.socket.end();
  }
  st.readyState = CLOSING;
  ws.dispatchEvent(new ErrorEvent('error', { message, error: new Error(message) }));
  st.closeCode = 1006;
  st.closeReason = '';
  st.receivedClose = false;
  if (st.socket === null) fireClose(ws, st);
}

// "Fail the WebSocket connection" before it opened: 'error', then 'close' (1006).
function fail(ws, st, message) {
  if (st.failed) return;
  st.failed = true;
  if (st.request !== null) {
    st.request.destroy();
    st.request = null;
  }
  st.readyState = CLOSED;
  process.nextTick(() => {
    ws.dispatchEvent(new ErrorEvent('error', { message, error: new Error(message) }));
    fireClose(ws, st);
  });
}

function onSocketClose(ws, st) {
  if (!st.receivedClose) {
    st.closeCode = 1006;
    st.closeReason = '';
  }
  fireClose(ws, st);
}

function fireClose(ws, st) {
  if (st.closeEventFired) return;
  st.closeEventFired = true;
  st.readyState = CLOSED;
  const wasClean = st.sentClose && st.receivedClose && !st.failed;
  ws.dispatchEvent(new CloseEvent('close', {
    wasClean,
    code: st.closeCode,
    reason: st.closeReason,
  }));
}

module.exports = { WebSocket, CloseEvent };
