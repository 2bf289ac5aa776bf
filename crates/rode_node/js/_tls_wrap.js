'use strict';
// node:_tls_wrap — TLSSocket, tls.Server and tls.connect.
//
// A TLSSocket is a net.Socket whose `_handle` is a TLSHandle (below): it owns a native TLS
// engine (internalBinding('tls'), src/tls.rs: OpenSSL over memory BIOs) and a transport, any
// Duplex — a net.Socket (its bytes arrive through net's consumer hook, without 'data'
// events) or a stream given as `options.socket`. Ciphertext from the transport goes into
// the engine; one call returns the plaintext, the ciphertext to send and the state changes.
// Plaintext writes are encrypted in one call and written to the transport.

const net = require('net');
const EventEmitter = require('events');
const { FastBuffer } = require('internal/buffer');
const common = require('_tls_common');
const binding = internalBinding('tls');

const kConsumer = net._kConsumer;
const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kSNICallback = Symbol('snicallback');
const kPendingSession = Symbol('pendingSession');
const kIsVerified = Symbol('verified');
const kRes = Symbol('res');
const kVerifyResult = Symbol('verifyResult');
const kPendingOut = Symbol('pendingOut');

const F_DONE = 1;
const F_CLOSED = 2;
const F_SESSION = 4;
const F_SNI = 8;
const F_KEYLOG = 16;

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}
function tlsModule() {
  return require('tls');
}

let warnedRejectUnauthorized = false;
function getAllowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !warnedRejectUnauthorized) {
    warnedRejectUnauthorized = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' ' +
      'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return allow;
}

// ---------------------------------------------------------------------------
// The handle

class TLSHandle {
  constructor(owner, transport, engine) {
    this.owner = owner;
    this.transport = transport;
    this.engine = engine;
    this.reading = false;
    this.closed = false;
  }
  get fd() {
    const h = this.transport._handle;
    return h && typeof h.fd === 'number' ? h.fd : -1;
  }
  readStart() {
    this.reading = true;
    if (this.transport.isPaused?.() || !this.transport.readableFlowing) this.transport.resume();
    return 0;
  }
  readStop() {
    this.reading = false;
    // The handshake reads regardless of the program's consumption.
    if (this.owner._secureEstablished) this.transport.pause();
    return 0;
  }
  getpeername(out) {
    const t = this.transport;
    if (typeof t._getpeername !== 'function') return -107;
    const r = t._getpeername();
    if (r.address === undefined) return -107;
    Object.assign(out, r);
    return 0;
  }
  getsockname(out) {
    const t = this.transport;
    if (typeof t._getsockname !== 'function') return -107;
    const r = t._getsockname();
    if (r.address === undefined) return -107;
    Object.assign(out, r);
    return 0;
  }
  setNoDelay(on) { this.transport.setNoDelay?.(on); }
  setKeepAlive(on, secs) { this.transport.setKeepAlive?.(on, secs * 1000); }
  ref() { this.transport.ref?.(); }
  unref() { this.transport.unref?.(); }
  hasRef() { return this.transport._handle?.hasRef?.() ?? true; }
  close(cb) {
    this.closed = true;
    const t = this.transport;
    if (!cb) cb = noop;
    if (t.destroyed && (t.closed || t._readableState?.closeEmitted)) {
      // Two ticks: after the error this socket is being destroyed with.
      process.nextTick(() => process.nextTick(cb));
      return;
    }
    let called = false;
    // A tick later: an error the socket is being destroyed with is emitted before 'close'.
    const once = () => {
      if (!called) {
        called = true;
        process.nextTick(cb);
      }
    };
    t.once('close', once);
    t.destroy();
  }
  get bytesRead() { return this.transport.bytesRead; }
  get bytesWritten() { return this.transport.bytesWritten; }
  get writeQueueSize() { return this.transport.writableLength || 0; }
}

function noop() {}

// ---------------------------------------------------------------------------
// TLSSocket

function convertALPN(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  const out = {};
  tlsModule().convertALPNProtocols(protocols, out);
  return out.ALPNProtocols;
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };

  if (tlsOptions.ALPNProtocols) tlsOptions.ALPNProtocols = convertALPN(tlsOptions.ALPNProtocols);

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kRes] = null;
  this[kIsVerified] = false;
  this[kPendingSession] = null;
  this[kPendingOut] = undefined;
  this.encrypted = true;

  let transport = socket;
  const ownTransport = !(socket && typeof socket.write === 'function' && typeof socket.on === 'function');
  if (ownTransport) {
    transport = new net.Socket({ allowHalfOpen: true });
  }

  let context = tlsOptions.secureContext;
  if (!context) context = tlsModule().createSecureContext(tlsOptions);
  if (!(context instanceof common.SecureContext) && !context.context) {
    throw new (errors().codes.ERR_TLS_INVALID_CONTEXT)('context');
  }
  const isServer = !!tlsOptions.isServer;
  const server = tlsOptions.server;
  const engineOpts = {
    servername: undefined,
    alpn: tlsOptions.ALPNProtocols,
    requestCert: isServer ? !!tlsOptions.requestCert : true,
    rejectUnauthorized: tlsOptions.rejectUnauthorized !== false,
    session: undefined,
    sni: false,
  };
  if (isServer) {
    this._SNICallback = tlsOptions.SNICallback || null;
    // Pause after the ClientHello only when something may pick another context.
    engineOpts.sni = server ? !!(server[kSNICallback] || server._contexts.length) :
      !!tlsOptions.SNICallback;
  } else {
    engineOpts.servername = tlsOptions.servername;
    if (tlsOptions.session) engineOpts.session = toU8(tlsOptions.session);
  }
  const engine = binding.engineNew(context.context, isServer, engineOpts);
  const handle = new TLSHandle(this, transport, engine);

  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : !!tlsOptions.allowHalfOpen,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: tlsOptions.onread,
    signal: tlsOptions.signal,
  });
  this._handle.reading = false;
  this.ssl = handle;
  if (transport instanceof net.Socket) {
    this._parent = ownTransport ? null : transport;
  } else {
    // Node wraps such a transport in a JSStreamSocket, its handle's `_parentWrap`; rode's
    // engine reads the stream itself, so the wrapper (a second reader) is made only if
    // asked for.
    let parentWrap;
    Object.defineProperty(handle, '_parentWrap', {
      get() {
        if (parentWrap === undefined) {
          const { JSStreamSocket } = require('internal/js_stream_socket');
          parentWrap = new JSStreamSocket(transport);
        }
        return parentWrap;
      },
      configurable: true,
      enumerable: false,
    });
  }
  if (isServer) {
    this.server = server;
    if (server && server.listenerCount('keylog') > 0) binding.engineSetKeylog(engine);
  } else {
    this.on('newListener', keylogNewListener);
  }
  this.connecting = ownTransport ? false : !!socket.connecting;

  attachTransport(this, transport, isServer);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function toU8(v) {
  if (typeof v === 'string') return Buffer.from(v, 'latin1');
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function attachTransport(tls, t, isServer) {
  const onData = (chunk) => onCipher(tls, chunk);
  if (t instanceof net.Socket && !(t instanceof TLSSocket)) {
    net._setConsumer(t, onData);
  } else {
    t.on('data', onData);
  }
  t.on('end', () => onTransportEnd(tls));
  t.on('error', (err) => {
    if (tls.destroyed) return;
    if (!tls._secureEstablished && !isServer && err && err.code === 'ECONNRESET' &&
        err.syscall === 'read') {
      onTransportEnd(tls);
      return;
    }
    tls.destroy(err);
  });
  t.on('close', () => {
    if (!tls.destroyed) {
      if (!tls._secureEstablished) onTransportEnd(tls);
      else tls.destroy();
    }
  });
  t.on('timeout', () => {
    // A transport timeout is the TLS socket's own (tls.connect({ timeout }) sets it here).
  });
  if (!t.connecting && t.readable !== false) {
    if (typeof t.resume === 'function') t.resume();
  }
}

function onTransportEnd(tls) {
  if (tls.destroyed) return;
  if (!tls._secureEstablished) {
    if (tls._tlsOptions.isServer) {
      tls.destroy(new (errors().ConnResetException)('socket hang up'));
    } else if (!tls._hadError) {
      const options = tls[kConnectOptions] || {};
      tls._hadError = true;
      const error = new (errors().ConnResetException)(
        'Client network socket disconnected before secure TLS connection was established');
      error.path = options.path;
      error.host = options.host;
      error.port = options.port;
      error.localAddress = options.localAddress;
      tls.destroy(error);
    }
    return;
  }
  // End of the transport without close_notify: end of the plaintext too.
  pushEOF(tls);
}

function pushEOF(tls) {
  if (tls._readableState.ended) return;
  if (tls._handle) tls._handle.reading = false;
  tls.push(null);
  tls.read(0);
}

function sendCipher(tls, ab, cb) {
  if (tls[kPendingOut] !== undefined) flushPending(tls);
  writeTransport(tls, ab, cb);
}

function writeTransport(tls, ab, cb) {
  const handle = tls._handle;
  if (!handle) {
    if (cb) cb(new (errors().codes.ERR_SOCKET_CLOSED)());
    return;
  }
  const t = handle.transport;
  const buf = ab instanceof ArrayBuffer ? new FastBuffer(ab) : ab;
  if (t.destroyed || t.writableEnded) {
    if (cb) cb(new (errors().codes.ERR_SOCKET_CLOSED)());
    return;
  }
  if (t instanceof net.Socket && net._tryDirectWrite(t, buf, undefined, cb)) return;
  t.write(buf, cb);
}

function onCipher(tls, chunk) {
  const handle = tls._handle;
  if (!handle || tls.destroyed) return;
  if (tls[kTimeoutActive]) tls._unrefTimer();
  runCycle(tls, binding.engineCycle(handle.engine, chunk));
}
const kTimeoutActive = Symbol('timeoutActive');

function runCycle(tls, r) {
  const flags = r[0];
  const plain = r[1];
  const out = r[2];
  const err = r[3];
  if (out !== undefined) {
    // Sent after this cycle's events (a client that rejects the server never sends its
    // Finished), or before any write those events make.
    const prev = tls[kPendingOut];
    tls[kPendingOut] = prev === undefined ? new FastBuffer(out) : Buffer.concat([prev, new FastBuffer(out)]);
  }
  // Key log lines come first: OpenSSL makes them while it handshakes, before any outcome.
  if (flags & F_KEYLOG) onKeylog(tls);
  if (err !== undefined) {
    flushPending(tls);
    onTLSError(tls, err);
    return;
  }
  if (flags & F_DONE) {
    onHandshakeDone(tls);
    // A client that rejects the server's certificate closes without sending its Finished.
    if (!tls._tlsOptions.isServer) {
      const verr = clientVerify(tls);
      tls[kVerifyResult] = verr;
      if (verr && tls[kConnectOptions]?.rejectUnauthorized) {
        tls.authorized = false;
        tls.authorizationError = verr.code || verr.message;
        tls.destroy(verr);
        return;
      }
    }
  }
  if (flags & F_SNI) {
    flushPending(tls);
    onSNI(tls);
    return;
  }
  if (flags & F_DONE) tls.emit('secure');
  if (tls.destroyed) return;
  if (flags & F_SESSION) onSessions(tls);
  if (plain !== undefined) deliver(tls, new FastBuffer(plain));
  if (flags & F_CLOSED) pushEOF(tls);
  if (!tls.destroyed) flushPending(tls);
}

function flushPending(tls) {
  const p = tls[kPendingOut];
  if (p !== undefined) {
    tls[kPendingOut] = undefined;
    writeTransport(tls, p);
  }
}

function deliver(tls, buf) {
  const consumer = tls[kConsumer];
  if (consumer) {
    consumer(buf);
    return;
  }
  const onread = tls._onread;
  if (onread) {
    const target = typeof onread.buffer === 'function' ? onread.buffer() : onread.buffer;
    let off = 0;
    while (off < buf.length) {
      const n = Math.min(target.length, buf.length - off);
      target.set(buf.subarray(off, off + n));
      off += n;
      if (onread.callback(n, target) === false) tls._handle?.readStop();
    }
    return;
  }
  if (!tls.push(buf) && tls._handle) tls._handle.readStop();
}

function onTLSError(tls, err) {
  if (tls._tlsOptions.isServer && !tls._secureEstablished) {
    // The server reports failed handshakes as 'tlsClientError' (see onSocketTLSError).
    tls.destroy(err);
    return;
  }
  tls.destroy(err);
}

function onSNI(tls) {
  const engine = tls._handle.engine;
  const name = binding.engineInfo(engine, 'sniName');
  const resume = () => {
    if (tls.destroyed || !tls._handle) return;
    binding.engineResume(engine);
    runCycle(tls, binding.engineCycle(engine, undefined));
  };
  if (!name || typeof tls._SNICallback !== 'function') {
    resume();
    return;
  }
  let called = false;
  tls._SNICallback(name, (err, context) => {
    if (called) return;
    called = true;
    if (err) {
      tls.destroy(err);
      return;
    }
    if (tls.destroyed) return;
    if (context) {
      const native = context.context ?? context;
      try {
        binding.engineSetContext(engine, native);
      } catch {
        tls.destroy(new (errors().codes.ERR_TLS_INVALID_CONTEXT)('context'));
        return;
      }
    }
    resume();
  });
}

// 'keylog' with each NSS key log line (a Buffer ending in '\n'): on the server object, with
// the socket, for a server's connection; on the socket for a client.
function onKeylog(tls) {
  const list = binding.engineInfo(tls._handle.engine, 'keylog');
  for (const ab of list) {
    const line = new FastBuffer(ab);
    if (tls._tlsOptions.isServer) tls.server?.emit('keylog', line, tls);
    else tls.emit('keylog', line);
  }
}

// A client makes key log lines once something listens for them (as in Node).
function keylogNewListener(event) {
  if (event !== 'keylog' || !this._handle) return;
  binding.engineSetKeylog(this._handle.engine);
  this.removeListener('newListener', keylogNewListener);
}

function onSessions(tls) {
  const list = binding.engineInfo(tls._handle.engine, 'sessions');
  for (const ab of list) {
    const session = new FastBuffer(ab);
    if (tls._tlsOptions.isServer) continue;
    if (!tls[kIsVerified]) {
      tls[kPendingSession] = session;
    } else {
      tls.emit('session', session);
    }
  }
}

function onHandshakeDone(tls) {
  const engine = tls._handle.engine;
  tls._secureEstablished = true;
  tls.secureConnecting = false;
  tls._securePending = false;
  tls.alpnProtocol = binding.engineInfo(engine, 'alpn');
  tls.servername = binding.engineInfo(engine, 'servername');
  if (tls[kHandshakeTimeout]) {
    clearTimeout(tls[kHandshakeTimeout]);
    tls[kHandshakeTimeout] = null;
  }
  // Plaintext flows from now on unless the program paused.
  if (tls._readableState.flowing !== false) tls._handle.reading = true;
}

TLSSocket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (!this._secureEstablished) {
    const onSecure = () => {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    };
    const onClose = () => {
      this.off('secure', onSecure);
      cb(new (errors().codes.ERR_SOCKET_CLOSED)());
    };
    this.once('secure', onSecure);
    this.once('close', onClose);
    return;
  }
  const handle = this._handle;
  if (!handle) {
    cb(new (errors().codes.ERR_SOCKET_CLOSED)());
    return;
  }
  let bytes;
  if (writev) {
    const chunks = [];
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk);
    }
    bytes = Buffer.concat(chunks);
  } else if (typeof data === 'string') {
    bytes = encoding === 'utf8' || encoding === 'utf-8' || !encoding || encoding === 'buffer' ?
      data : Buffer.from(data, encoding);
  } else {
    bytes = data;
  }
  let out;
  try {
    out = binding.engineWrite(handle.engine, bytes);
  } catch (err) {
    cb(err);
    this.destroy(err);
    return;
  }
  if (this[kTimeoutActive]) this._unrefTimer();
  if (out === undefined) {
    process.nextTick(cb);
    return;
  }
  sendCipher(this, out, cb);
};

TLSSocket.prototype._final = function(cb) {
  if (!this._secureEstablished && !this.destroyed) {
    // Nothing to close yet: finish once the handshake has.
    const onSecure = () => {
      this.off('close', onClose);
      this._final(cb);
    };
    const onClose = () => {
      this.off('secure', onSecure);
      cb();
    };
    this.once('secure', onSecure);
    this.once('close', onClose);
    return;
  }
  const handle = this._handle;
  if (!handle) return cb();
  const out = binding.engineShutdown(handle.engine);
  const t = handle.transport;
  if (out !== undefined) sendCipher(this, out);
  if (t.destroyed || t.writableFinished) {
    cb();
    return;
  }
  // Finished once the transport has sent everything and shut down its side.
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    t.off('finish', finish);
    t.off('close', finish);
    cb();
  };
  t.once('finish', finish);
  t.once('close', finish);
  if (!t.writableEnded) t.end();
};

TLSSocket.prototype.setTimeout = function(msecs, callback) {
  this[kTimeoutActive] = msecs > 0;
  return net.Socket.prototype.setTimeout.call(this, msecs, callback);
};

TLSSocket.prototype.connect = function(...args) {
  const handle = this._handle;
  const t = handle.transport;
  this.connecting = true;
  t.on('lookup', (err, ip, family, host) => this.emit('lookup', err, ip, family, host));
  t.once('connect', () => {
    this.connecting = false;
    this._sockname = null;
    this.emit('connect');
    this.emit('ready');
    if (t.readable !== false) t.resume();
  });
  net.Socket.prototype.connect.apply(t, args);
  return this;
};

TLSSocket.prototype._start = function() {
  if (this.connecting) {
    this.once('connect', () => this._start());
    return;
  }
  if (!this._handle || this.destroyed) return;
  runCycle(this, binding.engineCycle(this._handle.engine, undefined));
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype.setServername = function(name) {
  validators().validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new (errors().codes.ERR_TLS_SNI_FROM_SERVER)();
  this._tlsOptions.servername = name;
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this._tlsOptions.session = session;
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (!this._handle) return null;
  const chain = binding.enginePeerChain(this._handle.engine);
  if (chain.length === 0) return {};
  const certs = chain.map(legacyCert);
  if (detailed) {
    for (let i = 0; i < certs.length; i++) {
      if (chain[i].selfIssued) certs[i].issuerCertificate = certs[i];
      else if (i + 1 < certs.length) certs[i].issuerCertificate = certs[i + 1];
    }
  }
  return certs[0];
};

function nameObject(pairs) {
  const o = { __proto__: null };
  for (const [k, v] of pairs) {
    if (o[k] === undefined) o[k] = v;
    else if (Array.isArray(o[k])) o[k].push(v);
    else o[k] = [o[k], v];
  }
  return o;
}

// The native certificate object in the shape Node's getPeerCertificate() returns.
function legacyCert(raw) {
  const o = {};
  o.subject = nameObject(raw.subject);
  o.issuer = nameObject(raw.issuer);
  if (raw.subjectaltname !== undefined) o.subjectaltname = raw.subjectaltname;
  o.ca = raw.ca;
  if (raw.modulus !== undefined) {
    o.modulus = raw.modulus;
    o.bits = raw.bits;
    o.exponent = raw.exponent;
    o.pubkey = new FastBuffer(raw.pubkey);
  } else if (raw.pubkey !== undefined) {
    o.bits = raw.bits;
    o.pubkey = new FastBuffer(raw.pubkey);
    if (raw.asn1Curve !== undefined) o.asn1Curve = raw.asn1Curve;
    if (raw.nistCurve !== undefined) o.nistCurve = raw.nistCurve;
  }
  o.valid_from = raw.valid_from;
  o.valid_to = raw.valid_to;
  o.fingerprint = raw.fingerprint;
  o.fingerprint256 = raw.fingerprint256;
  o.fingerprint512 = raw.fingerprint512;
  if (raw.ext_key_usage !== undefined) o.ext_key_usage = raw.ext_key_usage;
  o.serialNumber = raw.serialNumber;
  o.raw = new FastBuffer(raw.raw);
  return o;
}

// The local certificate: {} without one, null once the socket is gone (as in Node).
TLSSocket.prototype.getCertificate = function() {
  if (!this._handle) return null;
  const raw = binding.engineOwnCert(this._handle.engine);
  return raw === null ? {} : legacyCert(raw);
};

TLSSocket.prototype.getX509Certificate = function() {
  if (!this._handle) return undefined;
  const raw = binding.engineOwnCert(this._handle.engine);
  if (raw === null) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(new FastBuffer(raw.raw));
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  const c = this.getPeerCertificate();
  if (!c || !c.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(c.raw);
};

TLSSocket.prototype.getProtocol = function() {
  if (!this._handle) return null;
  return binding.engineInfo(this._handle.engine, 'protocol');
};

TLSSocket.prototype.getCipher = function() {
  if (!this._handle) return null;
  return binding.engineInfo(this._handle.engine, 'cipher');
};

TLSSocket.prototype.getSession = function() {
  if (!this._handle) return undefined;
  const ab = binding.engineInfo(this._handle.engine, 'session');
  return ab === undefined ? undefined : new FastBuffer(ab);
};

TLSSocket.prototype.getTLSTicket = function() {
  if (!this._handle) return undefined;
  const ab = binding.engineInfo(this._handle.engine, 'ticket');
  return ab === undefined ? undefined : new FastBuffer(ab);
};

TLSSocket.prototype.isSessionReused = function() {
  if (!this._handle) return false;
  return binding.engineInfo(this._handle.engine, 'reused');
};

TLSSocket.prototype.getEphemeralKeyInfo = function() {
  if (!this._handle) return null;
  if (this._tlsOptions.isServer) return null;
  return binding.engineInfo(this._handle.engine, 'ephemeral');
};

TLSSocket.prototype.getFinished = function() {
  if (!this._handle) return undefined;
  const ab = binding.engineInfo(this._handle.engine, 'finished');
  return ab === undefined ? undefined : new FastBuffer(ab);
};

TLSSocket.prototype.getPeerFinished = function() {
  if (!this._handle) return undefined;
  const ab = binding.engineInfo(this._handle.engine, 'peerFinished');
  return ab === undefined ? undefined : new FastBuffer(ab);
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validators().validateUint32(length, 'length', true);
  validators().validateString(label, 'label');
  if (context !== undefined) validators().validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new (errors().codes.ERR_TLS_INVALID_STATE)();
  return new FastBuffer(binding.engineExportKeyingMaterial(this._handle.engine, length, label,
    context === undefined ? undefined : toU8(context)));
};

TLSSocket.prototype.renegotiate = function() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('tlsSocket.renegotiate()');
};

TLSSocket.prototype.setMaxSendFragment = function(size) {
  validators().validateInt32(size, 'size');
  if (!this._handle) return false;
  return binding.engineSetMaxSendFragment(this._handle.engine, size);
};

TLSSocket.prototype.disableRenegotiation = function() {
  this._disableRenegotiation = true;
};

TLSSocket.prototype.enableTrace = function() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('tlsSocket.enableTrace()');
};

TLSSocket.prototype.getSharedSigalgs = function() {
  if (!this._handle) return null;
  return binding.engineInfo(this._handle.engine, 'sharedSigalgs');
};

// The verification result of the peer's certificate: an Error with Node's code, or null.
function verifyError(tls) {
  const r = binding.engineInfo(tls._handle.engine, 'verifyError');
  if (r === null) return null;
  const [code, reason] = r;
  const err = new Error(code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ?
    'unable to verify the first certificate' : reason);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------
// Server

function onServerSocketSecure() {
  if (this._tlsOptions.requestCert) {
    const err = verifyError(this);
    if (err) {
      this.authorizationError = err.code;
      if (this._tlsOptions.rejectUnauthorized) {
        this.destroy();
        return;
      }
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose() {
  if (this[kHandshakeTimeout]) clearTimeout(this[kHandshakeTimeout]);
}

function onHandshakeTimeout(socket) {
  socket[kHandshakeTimeout] = null;
  if (socket._secureEstablished || socket.destroyed) return;
  socket._tlsOptions.server.emit('tlsClientError',
    new (errors().codes.ERR_TLS_HANDSHAKE_TIMEOUT)(), socket);
  socket[kErrorEmitted] = true;
  socket.destroy();
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback] || SNICallback,
  });
  socket.on('secure', onServerSocketSecure);
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('error', onSocketTLSError);
  if (this[kHandshakeTimeout] > 0) {
    socket[kHandshakeTimeout] = setTimeout(onHandshakeTimeout, this[kHandshakeTimeout], socket);
    socket[kHandshakeTimeout].unref();
  }
}

function SNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; --i) {
    const elem = contexts[i];
    if (elem[0].test(servername)) {
      callback(null, elem[1]);
      return;
    }
  }
  callback(null, undefined);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  }

  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;

  if (options.ALPNProtocols) {
    this.ALPNProtocols = convertALPN(options.ALPNProtocols);
  }
  if (options.ALPNCallback) {
    throw new (errors().codes.ERR_NOT_IMPLEMENTED)('tls.Server option ALPNCallback');
  }
  if (options.pskCallback) {
    throw new (errors().codes.ERR_NOT_IMPLEMENTED)('tls.Server option pskCallback');
  }

  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  validators().validateNumber(this[kHandshakeTimeout], 'options.handshakeTimeout');
  if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options.SNICallback', 'Function',
      options.SNICallback);
  }
  this[kSNICallback] = options.SNICallback;

  this.setSecureContext(options);

  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

const kSecureOptionNames = ['key', 'cert', 'ca', 'pfx', 'passphrase', 'ciphers', 'ecdhCurve',
  'dhparam', 'minVersion', 'maxVersion', 'secureProtocol', 'secureOptions', 'honorCipherOrder',
  'sessionIdContext', 'sessionTimeout', 'crl', 'sigalgs', 'privateKeyEngine',
  'privateKeyIdentifier', 'clientCertEngine', 'ticketKeys'];

Server.prototype.setSecureContext = function(options) {
  if (options === null || typeof options !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  }
  for (const name of kSecureOptionNames) {
    if (options[name] !== undefined) this[name] = options[name];
  }
  const ctxOpts = {};
  for (const name of kSecureOptionNames) {
    if (this[name] !== undefined) ctxOpts[name] = this[name];
  }
  this._sharedCreds = tlsModule().createSecureContext(ctxOpts);
};

Server.prototype._getServerData = function() {
  return { ticketKeys: this.getTicketKeys().toString('hex') };
};

Server.prototype.getTicketKeys = function() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('server.getTicketKeys()');
};

Server.prototype.setTicketKeys = function() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('server.setTicketKeys()');
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) {
    throw new (errors().codes.ERR_TLS_REQUIRED_SERVER_NAME)();
  }
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1')
    .replaceAll('*', '[^.]*') + '$');
  const sc = context instanceof common.SecureContext ? context : tlsModule().createSecureContext(context);
  this._contexts.push([re, sc.context]);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  switch (event) {
    case 'secureConnection':
      sock.destroy(err);
      break;
    default:
      net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, sock);
  }
};

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---------------------------------------------------------------------------
// connect

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

// The client's verdict on the server: the verification error, the identity check's error,
// or null.
function clientVerify(tls) {
  const options = tls[kConnectOptions];
  if (!options) return null;
  let err = verifyError(tls);
  if (!err && !tls.isSessionReused()) {
    const hostname = options.servername || options.host ||
      (options.socket && options.socket._host) || 'localhost';
    const cert = tls.getPeerCertificate(true);
    err = options.checkServerIdentity(hostname, cert) || null;
  }
  return err;
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  // A server's DHE parameters below the client's minDHSize end the connection.
  const ekeyinfo = this.getEphemeralKeyInfo();
  if (ekeyinfo.type === 'DH' && ekeyinfo.size < options.minDHSize) {
    this.emit('error', new (errors().codes.ERR_TLS_DH_PARAM_SIZE)(ekeyinfo.size));
    this.destroy();
    return;
  }
  const err = this[kVerifyResult];
  if (err) {
    this.authorized = false;
    this.authorizationError = err.code || err.message;
    if (options.rejectUnauthorized) {
      this.destroy(err);
      return;
    }
    this.emit('secureConnect');
  } else {
    this.authorized = true;
    this.emit('secureConnect');
  }
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = getAllowUnauthorized();

  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tlsModule().DEFAULT_CIPHERS,
    checkServerIdentity: tlsModule().checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validators().validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validators().validateNumber(options.minDHSize, 'options.minDHSize', 1);

  const context = options.secureContext || tlsModule().createSecureContext(options);
  let servername = options.servername;
  if (servername === undefined && !options.socket) {
    const host = options.host || 'localhost';
    if (!net.isIP(host)) servername = host;
  } else if (servername === undefined && options.socket && options.host && !net.isIP(options.host)) {
    servername = options.host;
  }
  if (servername !== undefined && servername !== null) {
    validators().validateString(servername, 'options.servername');
    if (net.isIP(servername)) servername = '';
  }

  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    servername: servername || undefined,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options);
  }
  tlssock._releaseControl();
  tlssock.on('secure', onConnectSecure);
  process.nextTick(() => tlssock._start());
  return tlssock;
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
};
