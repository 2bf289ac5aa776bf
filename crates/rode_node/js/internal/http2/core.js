'use strict';
// node:http2's core: sessions, streams, servers and connect().
//
// A session is a native h2 connection (internalBinding('http2'), src/http2.rs) over any
// Duplex: the socket's bytes are fed to it, and its events come back in batches through
// `handle.onevents(list)` (five slots per event, see the E_* constants), starting with the
// bytes to write to the socket.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const net = require('net');
const binding = internalBinding('http2');
const {
  constants, kSensitiveHeaders, getDefaultSettings, initialPeerSettings, validateSettings,
  applySettingPairs, mapToHeaders, toHeaderObject, nameForErrorCode, utcDate,
} = require('internal/http2/util');

const {
  E_OUT, E_STREAM, E_HEADERS, E_DATA, E_TRAILERS, E_END, E_WRITE, E_CLOSE, E_READY,
  E_SETTINGS, E_SETTINGS_ACK, E_PING, E_GOAWAY, E_ERROR, E_DONE, E_PUSH,
} = binding.events;

const {
  NGHTTP2_NO_ERROR, NGHTTP2_INTERNAL_ERROR, NGHTTP2_CANCEL, NGHTTP2_SESSION_SERVER,
  NGHTTP2_SESSION_CLIENT, NGHTTP2_FLAG_END_STREAM, NGHTTP2_FLAG_END_HEADERS,
} = constants;

function errors() {
  return require('internal/errors');
}
function codes() {
  return errors().codes;
}
function validators() {
  return require('internal/validators');
}
function notImplemented(what) {
  return new (codes().ERR_NOT_IMPLEMENTED)(what);
}

const kID = Symbol('id');
const kKey = Symbol('key');
const kSession = Symbol('session');
const kState = Symbol('state');
const kType = Symbol('type');
const kSocket = Symbol('socket');
const kStreams = Symbol('streams');
const kHandle = Symbol('handle');
const kOptions = Symbol('options');
const kServer = Symbol('server');
const kAuthority = Symbol('authority');
const kProtocol = Symbol('protocol');
const kLocalSettings = Symbol('localSettings');
const kRemoteSettings = Symbol('remoteSettings');
const kPendingSettings = Symbol('pendingSettings');
const kOnEvents = Symbol('onEvents');
const kMaybeDestroy = Symbol('maybeDestroy');
const kSentHeaders = Symbol('sentHeaders');
const kRequestHeaders = Symbol('requestHeaders');
const kPushed = Symbol('pushed');
const kTimeout = Symbol('timeout');
const kBoundSession = Symbol('boundSession');

const kMaxPings = 10;
const kNoPayloadMethods = new Set(['DELETE', 'GET', 'HEAD']);

function headerFlags(end) {
  return NGHTTP2_FLAG_END_HEADERS | (end ? NGHTTP2_FLAG_END_STREAM : 0);
}

// ---------------------------------------------------------------------------------------------
// Sessions

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    if (socket[kBoundSession] !== undefined) throw new (codes().ERR_HTTP2_SOCKET_BOUND)();
    socket[kBoundSession] = this;
    this[kType] = type;
    this[kSocket] = socket;
    this[kStreams] = new Map();
    this[kOptions] = options;
    const settings = options.settings !== undefined ? validateSettings(options.settings, 'options.settings') : {};
    this[kLocalSettings] = initialPeerSettings();
    this[kPendingSettings] = [{ settings: Object.assign(initialPeerSettings(), settings), cb: undefined }];
    this[kRemoteSettings] = initialPeerSettings();
    this[kState] = {
      destroyed: false,
      closed: false,
      connecting: false,
      goawayCode: null,
      destroyCode: NGHTTP2_NO_ERROR,
      pings: [],
      held: [],
      timer: null,
    };
    this[kTimeout] = 0;
    const native = {};
    for (const k of Object.keys(settings)) native[k] = settings[k];
    const session = this;
    this[kHandle] = binding.sessionNew({
      onevents(list) { session[kOnEvents](list); },
    }, type === NGHTTP2_SESSION_SERVER, native);

    const id = this[kHandle];
    socket.on('data', (chunk) => {
      if (!session[kState].destroyed) binding.sessionFeed(id, chunk);
    });
    socket.on('end', () => {
      if (!session[kState].destroyed) binding.sessionEnd(id);
    });
    socket.on('error', (err) => session.destroy(err));
    socket.on('close', () => session.destroy());
    socket.on('timeout', () => session.emit('timeout'));
    if (typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
  }

  get type() { return this[kType]; }
  get socket() { return this[kState].destroyed ? undefined : this[kSocket]; }
  get destroyed() { return this[kState].destroyed; }
  get closed() { return this[kState].closed; }
  get connecting() { return this[kState].connecting; }
  get encrypted() { return this[kSocket] ? !!this[kSocket].encrypted : undefined; }
  get alpnProtocol() {
    const s = this[kSocket];
    if (!s) return undefined;
    return s.encrypted ? s.alpnProtocol : 'h2c';
  }
  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    const s = this[kSocket];
    return [`https://${s.servername || s.remoteAddress}:${s.remotePort}`];
  }
  get localSettings() { return { ...this[kLocalSettings] }; }
  get remoteSettings() { return { ...this[kRemoteSettings] }; }
  get pendingSettingsAck() { return this[kPendingSettings].length > 0; }
  get state() { throw notImplemented('http2session.state'); }

  [kOnEvents](list) {
    const streams = this[kStreams];
    for (let i = 0; i < list.length; i += 5) {
      const t = list[i];
      const key = list[i + 1];
      const a = list[i + 2];
      const b = list[i + 3];
      const c = list[i + 4];
      switch (t) {
        case E_OUT: this._writeOut(Buffer.from(a)); break;
        case E_STREAM: this._onStream(key, a, b, c); break;
        case E_HEADERS: { const s = streams.get(key); if (s) s._onHeaders(a, b, c); break; }
        case E_DATA: { const s = streams.get(key); if (s) s._onData(Buffer.from(a)); break; }
        case E_TRAILERS: {
          const s = streams.get(key);
          if (s) s.emit('trailers', toHeaderObject(a), headerFlags(true), a);
          break;
        }
        case E_END: { const s = streams.get(key); if (s) s._onEnd(); break; }
        case E_WRITE: { const s = streams.get(key); if (s) s._onWritten(a); break; }
        case E_CLOSE: {
          const s = streams.get(key);
          streams.delete(key);
          if (s) s._onClose(a, b);
          break;
        }
        case E_READY: { const s = streams.get(key); if (s) s._onReady(a); break; }
        case E_SETTINGS:
          applySettingPairs(this[kRemoteSettings], a);
          this.emit('remoteSettings', this.remoteSettings);
          break;
        case E_SETTINGS_ACK: {
          const p = this[kPendingSettings].shift();
          if (p) {
            this[kLocalSettings] = p.settings;
            if (p.cb) p.cb(null, this.localSettings, 0);
          }
          this.emit('localSettings', this.localSettings);
          break;
        }
        case E_PING: this._onPing(Buffer.from(a), b); break;
        case E_GOAWAY: this._onGoaway(a, b, Buffer.from(c)); break;
        case E_ERROR: this._onError(a, b, c); break;
        case E_DONE: this.destroy(); break;
        case E_PUSH: this._onPush(key, a, b, c); break;
      }
      if (this[kState].destroyed) return;
    }
  }

  _writeOut(buf) {
    const s = this[kSocket];
    if (this[kState].connecting) {
      this[kState].held.push(buf);
      return;
    }
    if (s && !s.destroyed && s.writable) s.write(buf);
  }

  _connected() {
    const state = this[kState];
    state.connecting = false;
    const held = state.held;
    state.held = [];
    for (const b of held) this._writeOut(b);
    this.emit('connect', this, this[kSocket]);
  }

  _onPing(payload, ack) {
    if (!ack) {
      this.emit('ping', payload);
      return;
    }
    const pings = this[kState].pings;
    const i = pings.findIndex((p) => p.payload.equals(payload));
    if (i === -1) return;
    const [p] = pings.splice(i, 1);
    const duration = performance.now() - p.start;
    p.cb(null, duration, payload);
  }

  _onGoaway(code, last, data) {
    this.emit('goaway', code, last, data.length ? data : undefined);
    if (this[kState].destroyed) return;
    this[kState].goawayCode = code;
    if (code === NGHTTP2_NO_ERROR) this.close();
    else this.destroy(new (codes().ERR_HTTP2_SESSION_ERROR)(nameForErrorCode(code)), NGHTTP2_NO_ERROR);
  }

  _onError(code, message, kind) {
    if (this[kState].destroyed) return;
    if (kind === 1) {
      // A GOAWAY with an error: reported through 'goaway' already.
      this.destroy(new (codes().ERR_HTTP2_SESSION_ERROR)(nameForErrorCode(code)), NGHTTP2_NO_ERROR);
    } else if (kind === 2) {
      // The transport ended with streams open.
      this.destroy();
    } else {
      this.destroy(new (codes().ERR_HTTP2_SESSION_ERROR)(nameForErrorCode(code)), code);
    }
  }

  _onStream() {}
  _onPush() {}

  _checkOpen() {
    if (this[kState].destroyed) throw new (codes().ERR_HTTP2_INVALID_SESSION)();
  }

  settings(settings, callback) {
    this._checkOpen();
    const s = validateSettings(settings);
    if (callback !== undefined) validators().validateFunction(callback, 'callback');
    if (this[kPendingSettings].length >= (this[kOptions].maxPendingAck || 10)) {
      throw new (codes().ERR_HTTP2_MAX_PENDING_SETTINGS_ACK)();
    }
    for (const k of Object.keys(s)) {
      if (k === 'initialWindowSize' || k === 'maxHeaderSize' || k === 'maxHeaderListSize') continue;
      if (s[k] !== this[kLocalSettings][k]) throw notImplemented(`http2session.settings() changing ${k}`);
    }
    if (s.maxHeaderListSize !== undefined && s.maxHeaderListSize !== this[kLocalSettings].maxHeaderListSize) {
      throw notImplemented('http2session.settings() changing maxHeaderListSize');
    }
    const target = Object.assign({}, this[kLocalSettings], s);
    const sent = binding.sessionSettings(this[kHandle],
      s.initialWindowSize !== undefined ? s.initialWindowSize : -1);
    if (sent) {
      this[kPendingSettings].push({ settings: target, cb: callback });
    } else {
      // Nothing changes: answer after a round trip, as a SETTINGS ACK would come.
      this.ping((err) => {
        if (callback) callback(err || null, this.localSettings, 0);
      });
    }
  }

  ping(payload, callback) {
    this._checkOpen();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined) {
      const { isArrayBufferView } = require('internal/util/types');
      if (!isArrayBufferView(payload)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('payload', ['Buffer', 'TypedArray', 'DataView'], payload);
      }
      if (payload.byteLength !== 8) throw new (codes().ERR_HTTP2_PING_LENGTH)();
      payload = Buffer.from(payload.buffer, payload.byteOffset, 8);
    } else {
      payload = Buffer.alloc(8);
      const n = this[kState].pings.length + 1;
      payload.writeUInt32BE(n, 4);
    }
    validators().validateFunction(callback, 'callback');
    const pings = this[kState].pings;
    if (pings.length >= (this[kOptions].maxOutstandingPings || kMaxPings)) return false;
    pings.push({ payload: Buffer.from(payload), cb: callback, start: performance.now() });
    binding.sessionPing(this[kHandle], payload);
    return true;
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    this._checkOpen();
    const { validateNumber } = validators();
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    if (opaqueData !== undefined) {
      const { isArrayBufferView } = require('internal/util/types');
      if (!isArrayBufferView(opaqueData)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('opaqueData', ['Buffer', 'TypedArray', 'DataView'], opaqueData);
      }
    }
    binding.sessionGoaway(this[kHandle], code, lastStreamID, opaqueData);
  }

  setLocalWindowSize(windowSize) {
    this._checkOpen();
    validators().validateInteger(windowSize, 'windowSize', 0, 2 ** 31 - 1);
    binding.sessionSetLocalWindowSize(this[kHandle], windowSize);
  }

  setTimeout(msecs, callback) {
    if (this[kState].destroyed) return;
    if (callback !== undefined) {
      validators().validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    this[kTimeout] = msecs;
    if (this[kSocket]) this[kSocket].setTimeout(msecs);
    return this;
  }

  ref() {
    if (this[kSocket]) this[kSocket].ref();
  }

  unref() {
    if (this[kSocket]) this[kSocket].unref();
  }

  close(callback) {
    if (this[kState].closed || this[kState].destroyed) {
      if (typeof callback === 'function') {
        if (this[kState].destroyed) process.nextTick(callback);
        else this.once('close', callback);
      }
      return;
    }
    this[kState].closed = true;
    if (typeof callback === 'function') this.once('close', callback);
    binding.sessionClose(this[kHandle]);
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    const state = this[kState];
    if (state.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new (codes().ERR_HTTP2_SESSION_ERROR)(nameForErrorCode(code)) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    if (code === undefined) code = NGHTTP2_NO_ERROR;
    state.destroyed = true;
    state.closed = true;
    state.destroyCode = code;
    // Streams first, pending ones with a cancel error.
    const streams = [...this[kStreams].values()];
    this[kStreams].clear();
    if (streams.length > 0) {
      const cancel = new (codes().ERR_HTTP2_STREAM_CANCEL)(error);
      for (const s of streams) s.destroy(s.pending || state.connecting ? cancel : error);
    }
    for (const p of state.pings) process.nextTick(p.cb, new (codes().ERR_HTTP2_PING_CANCEL)());
    state.pings = [];
    for (const p of this[kPendingSettings]) {
      if (p.cb) process.nextTick(p.cb, new (codes().ERR_HTTP2_SETTINGS_CANCEL)());
    }
    this[kPendingSettings] = [];
    const socket = this[kSocket];
    const last = binding.sessionDestroy(this[kHandle], code, !state.connecting);
    const finish = () => {
      if (error) this.emit('error', error);
      this.emit('close');
    };
    if (socket && !socket.destroyed) {
      if (last && socket.writable && !state.connecting) socket.write(Buffer.from(last));
      if (error) socket.destroy(error);
      else socket.end();
      socket.destroy();
    }
    process.nextTick(finish);
  }
}

function emitReady(stream) {
  stream.emit('ready');
}

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
  }

  get server() { return this[kServer]; }

  _onStream(key, sid, flat, end) {
    const headers = toHeaderObject(flat);
    const stream = new ServerHttp2Stream(this, key, sid, headers, end);
    this[kStreams].set(key, stream);
    stream[kRequestHeaders] = headers;
    if (headers[':method'] === 'HEAD') stream.headRequest = true;
    this.emit('stream', stream, headers, headerFlags(end), flat);
  }

  altsvc(alt, originOrStream) {
    this._checkOpen();
    validators().validateString(alt, 'alt');
    let origin = '';
    let stream = 0;
    if (typeof originOrStream === 'number') {
      stream = originOrStream;
    } else if (typeof originOrStream === 'string' || (originOrStream && typeof originOrStream === 'object')) {
      const u = typeof originOrStream === 'string' ? new URL(originOrStream) : originOrStream;
      origin = u.origin;
      if (origin === 'null' || !origin) throw new (codes().ERR_HTTP2_ALTSVC_INVALID_ORIGIN)();
    } else {
      throw new (codes().ERR_INVALID_ARG_TYPE)('originOrStream', ['number', 'string', 'URL', 'object'], originOrStream);
    }
    if (origin.length + alt.length > 16382) throw new (codes().ERR_HTTP2_ALTSVC_LENGTH)();
    binding.sessionAltsvc(this[kHandle], stream, origin, alt);
  }

  origin(...origins) {
    this._checkOpen();
    const list = origins.map((o) => {
      const u = typeof o === 'string' ? new URL(o) : o;
      const origin = u && u.origin;
      if (!origin || origin === 'null') throw new (codes().ERR_HTTP2_INVALID_ORIGIN)();
      return origin;
    });
    if (list.join('').length + list.length * 2 > 16382) throw new (codes().ERR_HTTP2_ORIGIN_LENGTH)();
    binding.sessionOrigin(this[kHandle], list);
  }
}

class ClientHttp2Session extends Http2Session {
  constructor(options, socket) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    const state = this[kState];
    const connectEvent = socket.encrypted || socket.alpnProtocol !== undefined ? 'secureConnect' : 'connect';
    if (socket.connecting || (connectEvent === 'secureConnect' && !socket._secureEstablished)) {
      state.connecting = true;
      socket.once(connectEvent, () => {
        if (state.destroyed) return;
        if (connectEvent === 'secureConnect' && socket.alpnProtocol !== 'h2') {
          const err = new (codes().ERR_HTTP2_ERROR)('Protocol error');
          err.errno = -505;
          this.destroy(err);
          return;
        }
        this._connected();
      });
    } else {
      process.nextTick(() => { if (!state.destroyed) this._connected(); });
    }
  }

  request(headers, options) {
    const { ERR_HTTP2_INVALID_SESSION, ERR_HTTP2_GOAWAY_SESSION, ERR_HTTP2_CONNECT_AUTHORITY,
      ERR_HTTP2_CONNECT_PATH, ERR_HTTP2_CONNECT_SCHEME } = codes();
    if (this[kState].destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this[kState].closed) throw new ERR_HTTP2_GOAWAY_SESSION();
    if (headers !== undefined && headers !== null) validators().validateObject(headers, 'headers');
    options = { ...options };
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[kSensitiveHeaders] === undefined && headers != null) {
      const src = arguments[0];
      if (src && src[kSensitiveHeaders] !== undefined) headers[kSensitiveHeaders] = src[kSensitiveHeaders];
    }
    if (headers[':authority'] === undefined && headers.host === undefined) headers[':authority'] = this[kAuthority];
    if (headers[':method'] === undefined) headers[':method'] = 'GET';
    const connect = headers[':method'] === 'CONNECT';
    if (connect && headers[':protocol'] === undefined) {
      if (headers[':authority'] === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
      if (headers[':scheme'] !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
      if (headers[':path'] !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
    } else {
      if (headers[':scheme'] === undefined) headers[':scheme'] = this[kProtocol].slice(0, -1);
      if (headers[':path'] === undefined) headers[':path'] = '/';
    }
    if (headers[':authority'] === undefined && headers.host !== undefined) {
      headers[':authority'] = headers.host;
      delete headers.host;
    }
    const { validateBoolean, validateAbortSignal } = validators();
    if (options.endStream !== undefined) validateBoolean(options.endStream, 'options.endStream');
    if (options.waitForTrailers !== undefined) validateBoolean(options.waitForTrailers, 'options.waitForTrailers');
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    if (options.endStream === undefined) options.endStream = kNoPayloadMethods.has(headers[':method']);
    const [flat, sensitive] = mapToHeaders(headers, 'request');
    const stream = new ClientHttp2Stream(this, options);
    stream[kSentHeaders] = headers;
    const [key, sid] = binding.sessionRequest(this[kHandle], flat, sensitive, options.endStream);
    stream[kKey] = key;
    this[kStreams].set(key, stream);
    if (sid) {
      stream[kID] = sid;
      process.nextTick(emitReady, stream);
    }
    if (options.endStream) stream.end();
    const signal = options.signal;
    if (signal) {
      const { AbortError } = errors();
      const abort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
      if (signal.aborted) abort();
      else {
        signal.addEventListener('abort', abort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', abort));
      }
    }
    return stream;
  }

  _onPush(key, parentKey, sid, flat) {
    const headers = toHeaderObject(flat);
    const stream = new ClientHttp2Stream(this, {});
    stream[kKey] = key;
    stream[kID] = sid;
    stream[kPushed] = true;
    stream[kRequestHeaders] = headers;
    stream.end();
    this[kStreams].set(key, stream);
    if (!this.emit('stream', stream, headers, NGHTTP2_FLAG_END_HEADERS, flat)) {
      stream.close(NGHTTP2_CANCEL);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Streams

class Http2Stream extends Duplex {
  constructor(session, options) {
    super({
      ...options,
      allowHalfOpen: true,
      decodeStrings: false,
      autoDestroy: false,
      emitClose: true,
    });
    this[kSession] = session;
    this[kKey] = undefined;
    this[kID] = undefined;
    this[kSentHeaders] = undefined;
    this[kState] = {
      rstCode: NGHTTP2_NO_ERROR,
      closed: false,
      aborted: false,
      didRead: false,
      paused: false,
      writeCbs: [],
      waitForTrailers: !!(options && options.waitForTrailers),
      trailersReady: false,
      sentTrailers: undefined,
      sentInfoHeaders: undefined,
      endAfterHeaders: false,
      timer: null,
      timeoutMs: 0,
    };
    this.on('end', this[kMaybeDestroy]);
    this.on('finish', this[kMaybeDestroy]);
  }

  get id() { return this[kID]; }
  get pending() { return this[kID] === undefined; }
  get session() { return this[kSession]; }
  get rstCode() { return this[kState].rstCode; }
  get closed() { return this[kState].closed; }
  get aborted() { return this[kState].aborted; }
  get endAfterHeaders() { return this[kState].endAfterHeaders; }
  get sentHeaders() { return this[kSentHeaders]; }
  get sentTrailers() { return this[kState].sentTrailers; }
  get sentInfoHeaders() { return this[kState].sentInfoHeaders; }
  get bufferSize() { return this.writableLength; }
  get state() { throw notImplemented('http2stream.state'); }

  priority() {
    throw notImplemented('http2stream.priority()');
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    const state = this[kState];
    validators().validateNumber(msecs, 'msecs', 0);
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    state.timeoutMs = msecs;
    if (callback !== undefined) {
      validators().validateFunction(callback, 'callback');
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    if (msecs > 0) {
      state.timer = setTimeout(() => {
        state.timer = null;
        this.emit('timeout');
      }, msecs);
      state.timer.unref();
    }
    return this;
  }

  _touch() {
    const t = this[kState].timer;
    if (t) t.refresh();
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validators().validateInteger(code, 'code', 0, 2 ** 32 - 1);
    if (callback !== undefined) {
      validators().validateFunction(callback, 'callback');
      this.once('close', callback);
    }
    if (this[kState].closed) return;
    closeStream(this, code, true);
  }

  sendTrailers(headers) {
    const { ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_TRAILERS_ALREADY_SENT, ERR_HTTP2_TRAILERS_NOT_READY } = codes();
    if (this.destroyed || this[kState].closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].sentTrailers) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    validators().validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    this[kState].sentTrailers = headers;
    const [flat, sensitive] = mapToHeaders(headers, 'trailers');
    if (flat.length === 0) binding.streamEnd(this[kSession][kHandle], this[kKey], undefined, undefined);
    else binding.streamEnd(this[kSession][kHandle], this[kKey], flat, sensitive);
  }

  _onReady(sid) {
    this[kID] = sid;
    this.emit('ready');
  }

  _onData(buf) {
    this._touch();
    if (!this.push(buf) && !this[kState].paused && this[kSession]) {
      this[kState].paused = true;
      binding.streamPause(this[kSession][kHandle], this[kKey], true);
    }
  }

  _onEnd() {
    this.push(null);
  }

  _onWritten(n) {
    this._touch();
    const cbs = this[kState].writeCbs;
    for (let i = 0; i < n && cbs.length > 0; i++) cbs.shift()();
  }

  _onClose(code, remote) {
    if (this.destroyed) return;
    const state = this[kState];
    if (!state.closed) closeStream(this, code, false);
    else state.rstCode = code;
    if (!this.readableEnded) {
      this.push(null);
      if (this[kSession] && this[kSession][kType] === NGHTTP2_SESSION_SERVER &&
          !state.didRead && this.readableFlowing === null) {
        this.resume();
      } else {
        this.read(0);
      }
    }
    this[kMaybeDestroy](code);
  }

  [kMaybeDestroy](code) {
    if (this.destroyed) return;
    const state = this[kState];
    if (!state.closed) return;
    if ((typeof code === 'number' && code !== NGHTTP2_NO_ERROR) || state.rstCode !== NGHTTP2_NO_ERROR) {
      this.destroy();
      return;
    }
    if (this.readableEnded && (this.writableFinished || !this.writable)) this.destroy();
  }

  _read() {
    const state = this[kState];
    state.didRead = true;
    if (state.paused && this[kSession] && !this[kSession].destroyed && this[kKey] !== undefined) {
      state.paused = false;
      binding.streamPause(this[kSession][kHandle], this[kKey], false);
    }
  }

  _beforeWrite() {}

  _write(chunk, encoding, cb) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    this._beforeWrite();
    const session = this[kSession];
    if (this[kState].closed || !session || session.destroyed) {
      cb(new (codes().ERR_HTTP2_INVALID_STREAM)());
      return;
    }
    this._touch();
    this[kState].writeCbs.push(cb);
    if (!binding.streamWrite(session[kHandle], this[kKey], chunk)) {
      this[kState].writeCbs.pop();
      cb(new (codes().ERR_HTTP2_INVALID_STREAM)());
    }
  }

  _final(cb) {
    this._beforeWrite();
    const session = this[kSession];
    if (this[kState].closed || !session || session.destroyed) {
      cb();
      return;
    }
    if (this[kState].waitForTrailers) {
      this[kState].trailersReady = true;
      cb();
      process.nextTick(() => {
        if (!this.destroyed && !this[kState].closed) this.emit('wantTrailers');
      });
      return;
    }
    binding.streamEnd(session[kHandle], this[kKey], undefined, undefined);
    cb();
  }

  _destroy(err, callback) {
    const session = this[kSession];
    const state = this[kState];
    if (state.timer) clearTimeout(state.timer);
    const sessionCode = session ? (session[kState].goawayCode || session[kState].destroyCode) : 0;
    let code = state.closed ? state.rstCode : sessionCode;
    if (err != null) {
      if (sessionCode) code = sessionCode;
      else if (err.name === 'AbortError') code = NGHTTP2_CANCEL;
      else code = NGHTTP2_INTERNAL_ERROR;
    }
    if (!state.closed) {
      closeStream(this, code, true);
    }
    this.push(null);
    if (session) session[kStreams].delete(this[kKey]);
    for (const cb of state.writeCbs.splice(0)) cb(new (codes().ERR_HTTP2_INVALID_STREAM)());
    if (err == null && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
      err = new (codes().ERR_HTTP2_STREAM_ERROR)(nameForErrorCode(code));
    }
    callback(err);
  }
}

// Marks `stream` closed with `code`; `reset`: send RST_STREAM (a local close).
function closeStream(stream, code, reset) {
  const state = stream[kState];
  state.closed = true;
  state.rstCode = code;
  if (state.timer) {
    clearTimeout(state.timer);
    state.timer = null;
  }
  const ending = stream._writableState.ending;
  if (!ending) {
    if (!state.aborted) {
      state.aborted = true;
      stream.emit('aborted');
    }
    stream.end();
  }
  const session = stream[kSession];
  if (reset && session && !session.destroyed && stream[kKey] !== undefined) {
    binding.streamReset(session[kHandle], stream[kKey], code);
  }
}

class ClientHttp2Stream extends Http2Stream {
  _onHeaders(flat, end, info) {
    const headers = toHeaderObject(flat);
    const flags = headerFlags(end);
    if (info) {
      if (headers[':status'] === 100) this.emit('continue');
      this.emit('headers', headers, flags, flat);
      return;
    }
    if (end) this[kState].endAfterHeaders = true;
    if (this[kPushed]) this.emit('push', headers, flags, flat);
    else this.emit('response', headers, flags, flat);
  }
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, key, sid, headers, end, options) {
    super(session, options);
    this[kKey] = key;
    this[kID] = sid;
    this[kState].endAfterHeaders = !!end;
    this[kState].headersSent = false;
    this[kRequestHeaders] = headers;
    this.headRequest = false;
  }

  get headersSent() { return this[kState].headersSent; }
  get pushAllowed() {
    const s = this[kSession];
    return !!s && !s.destroyed && s[kRemoteSettings].enablePush && !this[kPushed];
  }

  _beforeWrite() {
    if (!this[kState].headersSent && !this[kState].closed && !this.destroyed) this.respond();
  }

  respond(headers, options) {
    const { ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_STATUS_101,
      ERR_HTTP2_STATUS_INVALID, ERR_HTTP2_PAYLOAD_FORBIDDEN } = codes();
    if (this.destroyed || this[kState].closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    options = { ...options };
    const { validateBoolean } = validators();
    if (options.endStream !== undefined) validateBoolean(options.endStream, 'options.endStream');
    if (options.waitForTrailers !== undefined) validateBoolean(options.waitForTrailers, 'options.waitForTrailers');
    if (headers != null) validators().validateObject(headers, 'headers');
    const src = headers;
    headers = Object.assign({ __proto__: null }, headers);
    if (src && src[kSensitiveHeaders] !== undefined) headers[kSensitiveHeaders] = src[kSensitiveHeaders];
    if (headers[':status'] === undefined) headers[':status'] = 200;
    const status = headers[':status'] | 0;
    if (status === 101) throw new ERR_HTTP2_STATUS_101();
    if (status < 200 || status > 599) throw new ERR_HTTP2_STATUS_INVALID(headers[':status']);
    headers[':status'] = status;
    if (options.sendDate !== false && headers.date === undefined && headers.Date === undefined) {
      headers.date = utcDate();
    }
    let endStream = !!options.endStream;
    if (status === 204 || status === 205 || status === 304 || this.headRequest) {
      if (!endStream && status !== 204 && status !== 205 && status !== 304) endStream = true;
      else if (!endStream) endStream = true;
    }
    void ERR_HTTP2_PAYLOAD_FORBIDDEN;
    const [flat, sensitive] = mapToHeaders(headers, 'response');
    this[kState].headersSent = true;
    this[kSentHeaders] = headers;
    if (options.waitForTrailers) this[kState].waitForTrailers = true;
    binding.streamRespond(this[kSession][kHandle], this[kKey], flat, sensitive, endStream, false);
    if (endStream) this.end();
  }

  additionalHeaders(headers) {
    const { ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_HEADERS_AFTER_RESPOND, ERR_HTTP2_INVALID_INFO_STATUS,
      ERR_HTTP2_STATUS_101 } = codes();
    if (this.destroyed || this[kState].closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kState].headersSent) throw new ERR_HTTP2_HEADERS_AFTER_RESPOND();
    validators().validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[':status'] !== undefined) {
      const status = headers[':status'] | 0;
      if (status === 101) throw new ERR_HTTP2_STATUS_101();
      if (status < 100 || status >= 200) throw new ERR_HTTP2_INVALID_INFO_STATUS(headers[':status']);
      headers[':status'] = status;
    } else {
      headers[':status'] = 100;
    }
    const [flat, sensitive] = mapToHeaders(headers, 'response');
    if (!this[kState].sentInfoHeaders) this[kState].sentInfoHeaders = [];
    this[kState].sentInfoHeaders.push(headers);
    binding.streamRespond(this[kSession][kHandle], this[kKey], flat, sensitive, false, true);
  }

  pushStream(headers, options, callback) {
    const { ERR_HTTP2_PUSH_DISABLED, ERR_HTTP2_NESTED_PUSH, ERR_HTTP2_INVALID_STREAM } = codes();
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validators().validateFunction(callback, 'callback');
    if (!this.pushAllowed) {
      if (this[kPushed]) throw new ERR_HTTP2_NESTED_PUSH();
      if (this.destroyed || this[kState].closed) throw new ERR_HTTP2_INVALID_STREAM();
      throw new ERR_HTTP2_PUSH_DISABLED();
    }
    options = { ...options };
    const session = this[kSession];
    headers = Object.assign({ __proto__: null }, headers);
    const req = this[kRequestHeaders] || {};
    if (headers[':method'] === undefined) headers[':method'] = 'GET';
    if (headers[':authority'] === undefined) headers[':authority'] = req[':authority'];
    if (headers[':scheme'] === undefined) headers[':scheme'] = req[':scheme'];
    if (headers[':path'] === undefined) headers[':path'] = '/';
    const [flat, sensitive] = mapToHeaders(headers, 'request');
    let key;
    let sid;
    try {
      [key, sid] = binding.streamPush(session[kHandle], this[kKey], flat, sensitive);
    } catch (e) {
      const err = e.message === 'ERR_HTTP2_NESTED_PUSH' ? new ERR_HTTP2_NESTED_PUSH() : new (codes().ERR_HTTP2_ERROR)(e.message);
      process.nextTick(callback, err);
      return;
    }
    const stream = new ServerHttp2Stream(session, key, sid, headers, true, options);
    stream[kPushed] = true;
    stream[kRequestHeaders] = headers;
    if (headers[':method'] === 'HEAD') stream.headRequest = true;
    stream.push(null);
    session[kStreams].set(key, stream);
    process.nextTick(callback, null, stream, headers, 0);
  }

  respondWithFD(fd, headers, options) {
    respondWithFile(this, fd, undefined, headers, options);
  }

  respondWithFile(path, headers, options) {
    respondWithFile(this, undefined, path, headers, options);
  }
}

function respondWithFile(stream, fd, path, headers, options) {
  const fs = require('fs');
  const { ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_SEND_FILE,
    ERR_HTTP2_SEND_FILE_NOSEEK } = codes();
  if (stream.destroyed || stream[kState].closed) throw new ERR_HTTP2_INVALID_STREAM();
  if (stream.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
  options = { ...options };
  const { validateInteger, validateFunction } = validators();
  if (options.offset !== undefined) validateInteger(options.offset, 'options.offset', 0);
  if (options.length !== undefined) validateInteger(options.length, 'options.length', 0);
  if (options.statCheck !== undefined) validateFunction(options.statCheck, 'options.statCheck');
  if (options.onError !== undefined) validateFunction(options.onError, 'options.onError');
  if (path !== undefined) path = require('internal/fs/utils').toPathIfFileURL(path);
  headers = Object.assign({ __proto__: null }, headers);
  const opened = fd === undefined;
  const fail = (err) => {
    if (opened && fd !== undefined) fs.close(fd, () => {});
    if (options.onError) options.onError(err);
    else stream.destroy(err);
  };
  const withFd = (theFd) => {
    fd = theFd;
    fs.fstat(fd, (err, stat) => {
      if (err) return fail(err);
      if (stream.destroyed || stream[kState].closed) {
        if (opened) fs.close(fd, () => {});
        return;
      }
      if (stat.isDirectory()) return fail(new ERR_HTTP2_SEND_FILE());
      const regular = stat.isFile();
      if (!regular && (options.offset !== undefined || options.length !== undefined)) {
        return fail(new ERR_HTTP2_SEND_FILE_NOSEEK());
      }
      const offset = options.offset || 0;
      let length = options.length;
      if (regular) {
        const avail = Math.max(stat.size - offset, 0);
        if (length === undefined || length > avail) length = avail;
      }
      if (options.statCheck) {
        const r = options.statCheck(stat, headers, { offset, length });
        if (r === false) {
          if (opened) fs.close(fd, () => {});
          return;
        }
      }
      if (regular && headers['content-length'] === undefined) headers['content-length'] = length;
      try {
        stream.respond(headers, { waitForTrailers: options.waitForTrailers, endStream: false });
      } catch (e) {
        return fail(e);
      }
      const readOpts = { fd, autoClose: opened, start: offset };
      if (length !== undefined) {
        if (length === 0) {
          if (opened) fs.close(fd, () => {});
          stream.end();
          return;
        }
        readOpts.end = offset + length - 1;
      }
      const rs = fs.createReadStream(null, readOpts);
      rs.on('error', (e) => stream.destroy(e));
      rs.pipe(stream);
    });
  };
  if (fd !== undefined) {
    if (typeof fd === 'object' && fd !== null && typeof fd.fd === 'number') fd = fd.fd;
    validateInteger(fd, 'fd', 0, 2 ** 31 - 1);
    withFd(fd);
  } else {
    fs.open(path, 'r', (err, theFd) => {
      if (err) return fail(err);
      withFd(theFd);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

function initializeOptions(options) {
  if (options === undefined || options === null) options = {};
  else validators().validateObject(options, 'options');
  options = { ...options };
  if (options.settings !== undefined) validateSettings(options.settings, 'options.settings');
  if (options.maxSessionInvalidFrames !== undefined) {
    validators().validateInteger(options.maxSessionInvalidFrames, 'maxSessionInvalidFrames', 0);
  }
  options.Http2ServerRequest = options.Http2ServerRequest || require('internal/http2/compat').Http2ServerRequest;
  options.Http2ServerResponse = options.Http2ServerResponse || require('internal/http2/compat').Http2ServerResponse;
  return options;
}

function sessionOnStream(stream, headers, flags, rawHeaders) {
  const server = this[kServer];
  if (server !== undefined) server.emit('stream', stream, headers, flags, rawHeaders);
}

function sessionOnError(error) {
  const server = this[kServer];
  if (server !== undefined && server.listenerCount('sessionError') > 0) server.emit('sessionError', error, this);
}

function sessionOnTimeout() {
  const server = this[kServer];
  if (server !== undefined && server.emit('timeout', this)) return;
  if (!this.destroyed) this.destroy();
}

function connectionListener(socket) {
  const options = this[kOptions];
  if (socket.encrypted && socket.alpnProtocol !== 'h2') {
    if (options.allowHTTP1 === true) {
      const { _connectionListener } = require('_http_server');
      return _connectionListener.call(this, socket);
    }
    if (!this.emit('unknownProtocol', socket)) {
      const t = setTimeout(() => { if (!socket.destroyed) socket.destroy(); }, options.unknownProtocolTimeout ?? 10000);
      t.unref();
      socket.once('close', () => clearTimeout(t));
    }
    return;
  }
  const session = new ServerHttp2Session(options, socket, this);
  session.on('stream', sessionOnStream);
  session.on('error', sessionOnError);
  if (this.timeout) session.setTimeout(this.timeout, sessionOnTimeout);
  this.emit('session', session);
}

function setupCompat(ev) {
  if (ev === 'request') {
    this.removeListener('newListener', setupCompat);
    const options = this[kOptions];
    const { onServerStream } = require('internal/http2/compat');
    this.on('stream', onServerStream.bind(this, options.Http2ServerRequest, options.Http2ServerResponse));
  }
}

function serverSetTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback !== undefined) {
    validators().validateFunction(callback, 'callback');
    this.on('timeout', callback);
  }
  return this;
}

function serverUpdateSettings(settings) {
  const s = validateSettings(settings);
  this[kOptions].settings = { ...this[kOptions].settings, ...s };
}

class Http2Server extends net.Server {
  constructor(options, requestListener) {
    options = initializeOptions(options);
    super(options, connectionListener);
    this[kOptions] = options;
    this.timeout = 0;
    this.on('newListener', setupCompat);
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }
}
Http2Server.prototype.setTimeout = serverSetTimeout;
Http2Server.prototype.updateSettings = serverUpdateSettings;

let Http2SecureServer;
function secureServerClass() {
  if (Http2SecureServer !== undefined) return Http2SecureServer;
  const tls = require('tls');
  Http2SecureServer = class Http2SecureServer extends tls.Server {
    constructor(options, requestListener) {
      options = initializeOptions(options);
      const tlsOptions = { ...options };
      tlsOptions.ALPNProtocols = ['h2'];
      if (options.allowHTTP1 === true) tlsOptions.ALPNProtocols.push('http/1.1');
      super(tlsOptions, connectionListener);
      this[kOptions] = options;
      this.timeout = 0;
      this.on('newListener', setupCompat);
      if (options.allowHTTP1 === true) {
        const { storeHTTPOptions, setupConnectionsTracking } = require('_http_server');
        storeHTTPOptions.call(this, {
          ...options,
          IncomingMessage: options.Http1IncomingMessage,
          ServerResponse: options.Http1ServerResponse,
        });
        this.headersTimeout = 60000;
        this.requestTimeout = 300000;
        this.on('listening', setupConnectionsTracking);
      }
      if (typeof requestListener === 'function') this.on('request', requestListener);
      this.on('tlsClientError', (err, socket) => {
        if (!this.emit('sessionError', err, socket)) socket.destroy(err);
      });
    }
  };
  Http2SecureServer.prototype.setTimeout = serverSetTimeout;
  Http2SecureServer.prototype.updateSettings = serverUpdateSettings;
  return Http2SecureServer;
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  return new Http2Server(options, handler);
}

function createSecureServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  const Cls = secureServerClass();
  return new Cls(options, handler);
}

// ---------------------------------------------------------------------------------------------
// connect()

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options !== undefined) validators().validateObject(options, 'options');
  options = { ...options };
  if (typeof authority === 'string') authority = new URL(authority);
  else if (authority === null || typeof authority !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('authority', ['string', 'URL'], authority);
  }
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ? authority.port :
    (authority.protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else if (protocol === 'http:') {
    socket = net.connect({ ...options, port: Number(port), host });
  } else if (protocol === 'https:') {
    const tls = require('tls');
    const tlsOptions = { ...options, port: Number(port), host, ALPNProtocols: ['h2'] };
    if (tlsOptions.servername === undefined && !net.isIP(host)) tlsOptions.servername = host;
    socket = tls.connect(tlsOptions);
  } else {
    throw new (codes().ERR_HTTP2_UNSUPPORTED_PROTOCOL)(protocol);
  }
  const session = new ClientHttp2Session(options, socket);
  session[kAuthority] = `${options.servername || host}:${port}`;
  session[kProtocol] = protocol;
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

function performServerHandshake() {
  throw notImplemented('http2.performServerHandshake()');
}

module.exports = {
  connect,
  createServer,
  createSecureServer,
  performServerHandshake,
  Http2Session,
  ServerHttp2Session,
  ClientHttp2Session,
  Http2Stream,
  ServerHttp2Stream,
  ClientHttp2Stream,
  Http2Server,
  getDefaultSettings,
  kSession,
  kState,
};
