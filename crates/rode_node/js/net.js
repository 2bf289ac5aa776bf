'use strict';
// node:net — TCP and Unix-domain sockets. `Socket` is a Duplex over a native stream handle
// (internalBinding('net'), see src/net.rs); `Server` accepts connections on a native
// listening handle. The native side calls back into the small handle objects made here
// (`onread`, `onwrite`, `onconnect`, `onshutdown`, `onconnection`, `onclose`).

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { FastBuffer, fastBufferView } = require('internal/buffer');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { getTimerDuration, insert, insertGuarded, unenroll, getLibuvNow, refreshLazily } =
  require('internal/timers');
const binding = internalBinding('net');

const kHandle = Symbol('kHandle');
const kServer = Symbol('kServer');
const kPendingWrites = Symbol('kPendingWrites');
const kTimeout = Symbol('kTimeout');
// A disarmed timeout kept for reuse (HTTP keep-alive turns it off and on per request).
const kSpareTimeout = Symbol('kSpareTimeout');
const kBuffer = Symbol('kBuffer');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kAfterConnect = Symbol('kAfterConnect');
// A function that takes the socket's incoming data instead of its Readable side (the HTTP
// parser does this, as Node's parser consumes the stream handle): (nread, arrayBuffer).
const kConsumer = Symbol('kConsumer');

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}
let dnsModule;
function lazyDns() {
  return dnsModule ??= require('dns');
}

// ---------------------------------------------------------------------------
// Native handle wrappers

// A stream handle (Node's TCP/Pipe wrap): what `socket._handle` is.
class StreamHandle {
  constructor(owner, id) {
    this.owner = owner; // the net.Socket
    this.reading = false;
    this.id = id === undefined ? binding.createStream(this) : id;
    if (id !== undefined) binding.adopt(id, this);
  }
  get fd() { return binding.fd(this.id); }
  readStart() { this.reading = true; return binding.readStart(this.id); }
  readStop() { this.reading = false; return binding.readStop(this.id); }
  getsockname(out) { return fillAddress(binding.getsockname(this.id), out); }
  getpeername(out) { return fillAddress(binding.getpeername(this.id), out); }
  setNoDelay(on) { return binding.setNoDelay(this.id, !!on); }
  setKeepAlive(on, secs) { return binding.setKeepAlive(this.id, !!on, secs >>> 0); }
  ref() { binding.ref(this.id); }
  unref() { binding.unref(this.id); }
  hasRef() { return binding.hasRef(this.id); }
  close(cb) { this.closeCallback = cb; binding.close(this.id); }
  get bytesRead() { return binding.counters(this.id)[0]; }
  get bytesWritten() { return binding.counters(this.id)[1]; }
  get writeQueueSize() { return binding.counters(this.id)[2]; }

  setIpc() { return binding.setIpc(this.id); }
  // Writes `data` (a Uint8Array) with fd `fd` attached (IPC channels): see net.rs.
  writeHandle(data, fd) { return binding.writeHandle(this.id, data, fd); }

  onread(nread, ab, fds) {
    if (fds !== undefined) {
      // fds passed over an IPC channel: its owner takes them, or they are closed.
      if (typeof this.onfds === 'function') this.onfds(fds);
      else for (const fd of fds) binding.closeFd(fd);
    }
    const owner = this.owner;
    if (owner[kHandle] !== this) return;
    const consumer = owner[kConsumer];
    if (consumer !== null && nread > 0) {
      owner[kBytesRead] += nread;
      if (owner[kTimeoutFired]) owner._unrefTimer();
      consumer(fastBufferView(ab, 0, nread));
      return;
    }
    onStreamRead(owner, nread, ab);
  }
  onwrite(status, count) { this.owner[kHandle] === this && afterWrite(this.owner, status, count); }
  onconnect(status) { this.owner[kHandle] === this && this.owner[kAfterConnect](status); }
  onshutdown(status) {
    const cb = this.shutdownCallback;
    this.shutdownCallback = undefined;
    if (cb) cb(status);
  }
  onclose() {
    const cb = this.closeCallback;
    this.closeCallback = undefined;
    if (cb) cb();
  }
}

// A listening handle: what `server._handle` is.
class ServerHandle {
  constructor(owner) {
    this.owner = owner;
    this.id = binding.createServer(this);
  }
  get fd() { return binding.fd(this.id); }
  getsockname(out) { return fillAddress(binding.getsockname(this.id), out); }
  ref() { binding.ref(this.id); }
  unref() { binding.unref(this.id); }
  hasRef() { return binding.hasRef(this.id); }
  close(cb) { this.closeCallback = cb; binding.close(this.id); }
  stopAccepting() { binding.stopAccepting(this.id); }
  onconnection(status, id) { onConnection(this.owner, this, status, id); }
  onclose() {
    const cb = this.closeCallback;
    this.closeCallback = undefined;
    if (cb) cb();
  }
}

function fillAddress(r, out) {
  if (typeof r === 'number') return r;
  if (r.length === 1) {
    out.address = r[0];
    return 0;
  }
  out.address = r[0];
  out.family = r[1];
  out.port = r[2];
  return 0;
}

// ---------------------------------------------------------------------------
// Argument normalization (exported as net._normalizeArgs, as in Node)

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// Returns [options, cb]; `options` has port/host or path.
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}
const normalizedArgsSymbol = Symbol('normalizedArgs');

// ---------------------------------------------------------------------------
// Socket

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === undefined) options = {};
  else if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.objectMode) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options.objectMode', options.objectMode,
      'is not supported');
  }
  if (options.readableObjectMode || options.writableObjectMode) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validators().validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kConsumer] = null;
  this[kPendingWrites] = [];
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kServer] = null;
  this._server = null;
  this._peername = undefined;
  this._sockname = undefined;
  this._pendingData = null;
  this._pendingEncoding = '';

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.autoDestroy = true;
  options.decodeStrings = false;
  options.emitClose = false;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
    this._handle.owner = this;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validators().validateInt32(fd, 'fd', 0);
    this._handle = new StreamHandle(this);
    const err = binding.open(this._handle.id, fd);
    if (err) throw errors().errnoException(err, 'open');
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object') {
    this._onread = onread;
    this[kBuffer] = true;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);

  if (options.signal) addAbortSignal(this, options.signal);

  // A socket made from a handle (accepted, or fd) that should start paused.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Object.defineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this[kHandle]; },
  set(h) {
    this[kHandle] = h;
    if (h) h.owner = this;
  },
});

function addAbortSignal(socket, signal) {
  validators().validateAbortSignal(signal, 'options.signal');
  const onAbort = () => socket.destroy(new (errors().AbortError)(undefined, { cause: signal.reason }));
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// A socket's idle timeout is a JS timer (it fires in the timers phase, in order with the
// others). Over a native stream handle, reads, writes and connect stamp the handle's activity
// natively, so they don't restart the timer: when it expires it reads the stamp and, if
// there was activity since it started, waits out the rest (onSocketTimeout). 'timeout' is
// emitted once per idle period, as in Node; the next activity restarts the timer
// (kTimeoutFired, checked where the handle reports activity).
const kTimeoutFired = Symbol('kTimeoutFired');
Socket.prototype[kTimeoutFired] = false;

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    const timer = s[kTimeout];
    if (timer && !s[kTimeoutSuspended]) {
      if (s[kTimeoutFired]) s[kTimeoutFired] = false;
      refreshLazily(timer);
    }
  }
};

// HTTP servers switch a connection's keep-alive timeout off for each request and on again
// after the response (setTimeout(0), then setTimeout(keepAliveTimeout)). Suspending keeps
// the timer in its list instead: it reads as off (`timeout` 0, no 'timeout' event) until
// setTimeout() turns it back on.
const kTimeoutSuspended = Symbol('kTimeoutSuspended');
Socket.prototype[kTimeoutSuspended] = false;

function suspendTimeout(socket) {
  if (socket[kTimeout] !== null && socket[kTimeout] !== undefined && !socket[kTimeoutSuspended]) {
    socket[kTimeoutSuspended] = true;
    socket.timeout = 0;
    return true;
  }
  return false;
}

// Turns a suspended timeout back on with the same duration, counting from the handle's last
// activity (the response just written): what setTimeout(msecs) does then, without restarting
// the timer from JS. False when that doesn't apply (then setTimeout() is the way).
function resumeTimeout(socket, msecs) {
  const timer = socket[kTimeout];
  if (!socket[kTimeoutSuspended] || !(socket[kHandle] instanceof StreamHandle) ||
      timer._destroyed || timer._idleTimeout !== msecs || socket[kTimeoutFired]) {
    return false;
  }
  socket[kTimeoutSuspended] = false;
  socket.timeout = msecs;
  return true;
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  msecs = getTimerDuration(msecs, 'msecs');
  if (this[kTimeoutFired]) this[kTimeoutFired] = false;
  if (this[kTimeoutSuspended]) {
    this[kTimeoutSuspended] = false;
    const timer = this[kTimeout];
    if (msecs !== 0 && msecs === timer._idleTimeout && !timer._destroyed && callback === undefined) {
      this.timeout = msecs;
      refreshLazily(timer);
      return this;
    }
    this.timeout = timer._destroyed ? 0 : timer._idleTimeout;
  }
  if (msecs !== 0 && msecs === this.timeout && this[kTimeout] !== null && callback === undefined) {
    // Same duration again (HTTP keep-alive does this per request): restart the timer.
    refreshLazily(this[kTimeout]);
    return this;
  }
  this.timeout = msecs;
  const old = this[kTimeout];
  if (old !== null && old !== undefined) {
    unenroll(old);
    this[kSpareTimeout] = old;
  }
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validators().validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    const spare = this[kSpareTimeout];
    if (spare !== undefined && spare !== null) {
      this[kSpareTimeout] = null;
      spare._idleTimeout = msecs;
      spare._onTimeout = onSocketTimeout;
      insertGuarded(spare, false, getLibuvNow());
      this[kTimeout] = spare;
    } else {
      this[kTimeout] = globalThis.setTimeout(onSocketTimeout, msecs, this);
      this[kTimeout].unref();
    }
    if (callback !== undefined) {
      validators().validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

// `this` is the timer.
function onSocketTimeout(socket) {
  if (socket[kTimeoutSuspended]) return; // Off: setTimeout() re-enrolls it (see above).
  const handle = socket[kHandle];
  if (handle instanceof StreamHandle) {
    const last = binding.lastActivity(handle.id);
    if (last > this._idleStart && last + this._idleTimeout > getLibuvNow()) {
      insert(this, this._idleTimeout, last);
      return;
    }
  }
  socket[kTimeoutFired] = true;
  socket.emit('timeout');
}

Socket.prototype._onTimeout = function() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (this._handle.setKeepAlive && enable !== this[kSetKeepAlive]) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null,
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  __proto__: null,
  get() { return this[kBytesRead]; },
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  __proto__: null,
  get() {
    let bytes = this[kBytesWritten];
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    const writableBuffer = this.writableBuffer;
    if (!writableBuffer) return undefined;
    for (const el of writableBuffer) {
      bytes += el.chunk instanceof Uint8Array ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) {
        const chunk = data[i];
        if (data.allBuffers || chunk instanceof Uint8Array) bytes += chunk.length;
        else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
      }
    } else if (data) {
      if (typeof data !== 'string') bytes += data.length;
      else bytes += Buffer.byteLength(data, encoding);
    }
    return bytes;
  },
});

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

function protoGetter(name, callback) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: callback,
  });
}

protoGetter('remoteAddress', function remoteAddress() {
  return this._getpeername().address;
});
protoGetter('remoteFamily', function remoteFamily() {
  return this._getpeername().family;
});
protoGetter('remotePort', function remotePort() {
  return this._getpeername().port;
});

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) return out;
    this._sockname = out;
  }
  return this._sockname;
};

protoGetter('localAddress', function localAddress() {
  return this._getsockname().address;
});
protoGetter('localPort', function localPort() {
  return this._getsockname().port;
});
protoGetter('localFamily', function localFamily() {
  return this._getsockname().family;
});

Socket.prototype[kAfterConnect] = function(status) {
  if (this.destroyed) return;
  this.connecting = false;
  this._sockname = null;
  if (status === 0) {
    if (this[kSetNoDelay] && this._handle.setNoDelay) this._handle.setNoDelay(true);
    if (this[kSetKeepAlive] && this._handle.setKeepAlive) {
      this._handle.setKeepAlive(true, this[kSetKeepAliveInitialDelay]);
    }
    this._unrefTimer();
    this.emit('connect');
    this.emit('ready');
    // Start reading if the program is consuming (or hasn't paused).
    if (this.readable && !this.isPaused()) this.read(0);
  } else {
    const addr = this._connectAddress;
    const ex = errors().exceptionWithHostPort(status, 'connect', addr?.address, addr?.port);
    this.destroy(ex);
  }
};

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errors().errnoException(err, 'read'));
}

function onStreamRead(socket, nread, ab) {
  if (socket[kTimeoutFired]) socket._unrefTimer();
  if (nread > 0) {
    socket[kBytesRead] += nread;
    const buf = fastBufferView(ab, 0, nread);
    const onread = socket._onread;
    if (onread) {
      // onread: { buffer, callback } — copy into the program's buffer.
      const target = typeof onread.buffer === 'function' ? onread.buffer() : onread.buffer;
      let off = 0;
      while (off < nread) {
        const n = Math.min(target.length, nread - off);
        target.set(buf.subarray(off, off + n));
        off += n;
        if (onread.callback(n, target) === false) {
          socket._handle.readStop();
          socket._handle.reading = false;
        }
      }
      return;
    }
    if (!socket.push(buf)) {
      socket._handle.reading = false;
      if (!socket.destroyed) socket._handle.readStop();
    }
    return;
  }
  if (nread === binding.UV_EOF) {
    socket._handle.reading = false;
    if (socket.readableLength === 0) {
      socket.readable = false;
    }
    socket.push(null);
    socket.read(0);
    return;
  }
  socket.destroy(errors().errnoException(nread, 'read'));
}

// One native write of `data` (bytes, or a string in `encoding`) on handle `id`: 0 written,
// 1 queued, or -errno. UTF-8 and latin1 strings go to the native side as they are.
function writeGeneric(id, data, encoding) {
  if (typeof data === 'string') {
    if (encoding === 'latin1' || encoding === 'binary') {
      return binding.write(id, data, true);
    }
    if (encoding !== 'utf8' && encoding !== 'utf-8' && encoding && encoding !== 'buffer') {
      data = Buffer.from(data, encoding);
    }
  }
  return binding.write(id, data, false);
}

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._pendingData = null;
      this._writeGeneric(writev, data, encoding, cb);
    });
    function onClose() {
      cb(new (errors().codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION)());
    }
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new (errors().codes.ERR_SOCKET_CLOSED)());
    return false;
  }
  if (this[kTimeoutFired] || !(this._handle instanceof StreamHandle)) this._unrefTimer();
  let r;
  let bytes = 0;
  if (writev) {
    const chunks = new Array(data.length);
    if (data.allBuffers) {
      for (let i = 0; i < data.length; i++) {
        chunks[i] = data[i].chunk;
        bytes += data[i].chunk.length;
      }
    } else {
      for (let i = 0; i < data.length; i++) {
        const { chunk, encoding: enc } = data[i];
        const b = typeof chunk === 'string' && enc !== 'utf8' && enc !== 'utf-8' ? Buffer.from(chunk, enc) : chunk;
        chunks[i] = b;
        bytes += typeof b === 'string' ? Buffer.byteLength(b) : b.length;
      }
    }
    r = binding.writev(this._handle.id, chunks);
  } else {
    bytes = typeof data === 'string' ? Buffer.byteLength(data, encoding) : data.length;
    r = writeGeneric(this._handle.id, data, encoding);
  }
  if (r < 0) {
    const ex = errors().errnoException(r, 'write');
    cb(ex);
    return;
  }
  this[kBytesWritten] += bytes;
  if (r === 0) {
    cb();
  } else {
    this[kPendingWrites].push(cb);
    this[kLastWriteQueueSize] = bytes;
  }
};

function afterWrite(socket, status, count) {
  const pending = socket[kPendingWrites];
  const cbs = pending.splice(0, count);
  socket[kLastWriteQueueSize] = 0;
  if (status < 0) {
    const ex = errors().errnoException(status, 'write');
    for (const cb of cbs) cb(ex);
    socket.destroy(ex);
    return;
  }
  if (socket[kTimeoutFired]) socket._unrefTimer();
  for (const cb of cbs) cb();
}

let writableIsIdle;
function tryDirectWrite(socket, data, encoding, cb) {
  const handle = socket[kHandle];
  writableIsIdle ??= require('internal/streams/writable')[require('internal/streams/utils').kWritableIdle];
  if (!(handle instanceof StreamHandle) || socket.connecting || socket._pendingData !== null ||
      !writableIsIdle(socket._writableState)) {
    return false;
  }
  if (typeof data === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8' &&
      encoding !== 'latin1' && encoding !== 'binary') {
    return false; // Other encodings take the socket's own write path.
  }
  const r = writeGeneric(handle.id, data, encoding);
  if (r < 0) {
    const ex = errors().errnoException(r, 'write');
    if (cb) process.nextTick(cb, ex);
    socket.destroy(ex);
    return true;
  }
  socket[kBytesWritten] += typeof data !== 'string' ? data.length :
    encoding === 'latin1' || encoding === 'binary' ? data.length : Buffer.byteLength(data, 'utf8');
  if (socket[kTimeoutFired]) socket._unrefTimer();
  if (r === 0) {
    if (cb) process.nextTick(cb);
  } else {
    socket[kPendingWrites].push(cb || noop);
  }
  return true;
}

// An HTTP message's end as one native write (see _http_outgoing's end()): `head` ('' when
// already sent) and the last chunk (a non-empty string or Uint8Array), framed with the
// terminating chunk and `trailer` when `chunked`. The same conditions and bookkeeping as
// tryDirectWrite; false when they don't hold (nothing done).
function tryDirectMessageEnd(socket, head, chunk, latin1, chunked, trailer, cb) {
  const handle = socket[kHandle];
  writableIsIdle ??= require('internal/streams/writable')[require('internal/streams/utils').kWritableIdle];
  if (!(handle instanceof StreamHandle) || socket.connecting || socket._pendingData !== null ||
      !writableIsIdle(socket._writableState)) {
    return false;
  }
  const r = binding.writeMessageEnd(handle.id, head, chunk, latin1, chunked, trailer);
  if (r < 0) {
    const ex = errors().errnoException(r, 'write');
    process.nextTick(cb, ex);
    socket.destroy(ex);
    return true;
  }
  const queued = r % 2;
  socket[kBytesWritten] += (r - queued) / 2;
  if (socket[kTimeoutFired]) socket._unrefTimer();
  if (queued === 0) process.nextTick(cb);
  else socket[kPendingWrites].push(cb);
  return true;
}

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  this._handle.shutdownCallback = (status) => {
    if (status < 0 && status !== -107 /* ENOTCONN */) {
      cb(errors().errnoException(status, 'shutdown'));
      return;
    }
    cb();
  };
  const err = binding.shutdown(this._handle.id);
  if (err === 1 || err === 0) return;
  this._handle.shutdownCallback = undefined;
  if (err !== -107) return cb(errors().errnoException(err, 'shutdown'));
  cb();
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof StreamHandle)) throw new (errors().codes.ERR_INVALID_HANDLE_TYPE)();
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
    } else {
      this.destroy(new (errors().codes.ERR_SOCKET_CLOSED)());
    }
  } else {
    this.destroy(new (errors().codes.ERR_SOCKET_CLOSED)());
  }
  return this;
};

Socket.prototype.pause = function() {
  if ((this[kBuffer] || this[kConsumer]) && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) this._handle.readStop();
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if ((this[kBuffer] || this[kConsumer]) && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if ((this[kBuffer] || this[kConsumer]) && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return Duplex.prototype.read.call(this, n);
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) clearTimeout(s[kTimeout]);

  const pending = this[kPendingWrites];
  if (pending.length) {
    const cbs = pending.splice(0);
    const err = exception || new (errors().codes.ERR_SOCKET_CLOSED)();
    for (const wcb of cbs) process.nextTick(wcb, err);
  }

  if (this._handle) {
    const isException = exception ? true : false;
    this._handle.close(() => {
      this.emit('close', isException);
    });
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }

  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function noop() {}

function emitCloseNT(self) {
  self.emit('close', false);
}

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this.destroyed) {
    const { promise, resolve } = Promise.withResolvers();
    this.once('close', resolve);
    this.destroy();
    await promise;
  }
};

// ---------------------------------------------------------------------------
// connect

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (cb !== null) this.once('connect', cb);

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }

  const { path } = options;
  const pipe = !!path;

  if (options.timeout) this.setTimeout(options.timeout);

  if (!this._handle) {
    this._handle = new StreamHandle(this);
  }

  this.connecting = true;

  if (pipe) {
    validators().validateString(path, 'options.path');
    defaultTriggerConnect(this, { path });
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function defaultTriggerConnect(self, target) {
  if (target.path !== undefined) {
    self._connectAddress = { address: target.path };
    const err = binding.connectUnix(self._handle.id, target.path);
    if (err) self.destroy(errors().exceptionWithHostPort(err, 'connect', target.path));
    return;
  }
  self._connectAddress = { address: target.address, port: target.port };
  const err = binding.connectTcp(self._handle.id, target.address, target.port);
  if (err) {
    self.destroy(errors().exceptionWithHostPort(err, 'connect', target.address, target.port));
  }
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new (errors().codes.ERR_INVALID_IP_ADDRESS)(localAddress);
  }
  if (localPort) validators().validateNumber(localPort, 'options.localPort');

  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options.port', ['number', 'string'], port);
    }
    port = validators().validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validators().validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  if (autoSelectFamilyAttemptTimeout != null) {
    validators().validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) defaultTriggerConnect(self, { address: host, port });
    });
    return;
  }

  if (options.lookup != null) validators().validateFunction(options.lookup, 'options.lookup');

  const dnsopts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = lazyDns().ADDRCONFIG;
  }

  self._host = host;
  const lookup = options.lookup || lazyDns().lookup;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if ((typeof ip !== 'string') || !isIP(ip)) {
      err = new (errors().codes.ERR_INVALID_IP_ADDRESS)(ip);
      process.nextTick(connectErrorNT, self, err);
    } else if (addressType !== 4 && addressType !== 6) {
      err = new (errors().codes.ERR_INVALID_ADDRESS_FAMILY)(addressType, options.host, options.port);
      process.nextTick(connectErrorNT, self, err);
    } else {
      self._unrefTimer();
      defaultTriggerConnect(self, { address: ip, port });
    }
  });
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---------------------------------------------------------------------------
// Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validators().validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validators().validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = require('internal/streams/state').getDefaultHighWaterMark();
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? require('internal/streams/state').getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// Creates the listening handle; returns the handle or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  const backlog = (flags && flags.backlog) || 511;
  const handle = new ServerHandle(null);
  let err;
  if (typeof fd === 'number' && fd >= 0) {
    err = binding.listenFd(handle.id, fd, backlog);
  } else if (port === undefined && typeof address === 'string' && addressType === undefined) {
    err = binding.listenUnix(handle.id, address, backlog);
  } else {
    let addr = address;
    if (!addr) {
      // Try IPv6 dual-stack first, then IPv4, as libuv-based Node does.
      err = binding.listenTcp(handle.id, '::', port, backlog, !!flags?.ipv6Only,
        !!flags?.reusePort);
      if (err === 0) return handle;
      if (err !== -97 /* EAFNOSUPPORT */ && err !== -22) {
        handle.close();
        return err;
      }
      addr = '0.0.0.0';
    }
    err = binding.listenTcp(handle.id, addr, port, backlog, !!flags?.ipv6Only,
      !!flags?.reusePort);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (this._handle) {
    // A handle was passed in.
  } else {
    const rval = createServerHandle(address, port, addressType, fd, { ...flags, backlog });
    if (typeof rval === 'number') {
      const error = errors().uvExceptionWithHostPort(rval, 'listen', address || (addressType === 4 ? '0.0.0.0' : '::'), port);
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = rval;
  }
  this._handle.owner = this;
  this[kServerHandleSymbol] = this._handle;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}
const kServerHandleSymbol = Symbol('kServerHandle');

Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

// In a cluster worker (not `exclusive`), the primary owns the listening socket: it hands
// connections over (round-robin) or sends the socket itself (SCHED_NONE).
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  const clusterChild = require('internal/cluster/role').child;
  if (clusterChild === null || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const query = { address, port, addressType, fd, flags, backlog };
  const listeningId = server._listeningId;
  clusterChild._getServer(server, query, (err, handle) => {
    if (listeningId !== server._listeningId) return;
    if (err === 0 && port > 0 && handle?.getsockname) {
      // EADDRINUSE when the primary had to pick another port for an explicit one.
      const out = {};
      if (handle.getsockname(out) === 0 && out.port !== port) err = -98;
    }
    if (err) {
      server.emit('error', errors().uvExceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];

  if (this._handle) {
    throw new (errors().codes.ERR_SERVER_ALREADY_LISTEN)();
  }
  if (cb !== null) this.once('listening', cb);

  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  const flags = {
    ipv6Only: !!options.ipv6Only,
    reusePort: !!options.reusePort,
  };

  if (options instanceof StreamHandle || options instanceof ServerHandle) {
    this._handle = options;
    this[kServerHandleSymbol] = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs);
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }

  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) ||
      options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validators().validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.reusePort === true) flags.reusePort = true;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }

  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, undefined, undefined, backlog, undefined, options.exclusive);
    return this;
  }

  if (!('port' in options || 'path' in options)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options', options,
      'must have the property "port" or "path"');
  }
  throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options', options);
};

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  lazyDns().lookup(address, function doListen(err, ip, addressType) {
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!this._handle; },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errors().errnoException(err, 'address');
    if (this._pipeName !== undefined) return this._pipeName;
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onConnection(self, handle, status, id) {
  if (status < 0) {
    self.emit('error', errors().errnoException(status, 'accept'));
    return;
  }
  const clientHandle = new StreamHandle(null, id);
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    if (self.listenerCount('drop') > 0) {
      const data = {};
      const local = {};
      const remote = {};
      if (!clientHandle.getsockname(local)) {
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (!clientHandle.getpeername(remote)) {
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
      self.emit('drop', data);
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function(cb) {
  const self = this;
  function end(err, connections) {
    process.nextTick(cb, err, connections);
  }
  end(null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new (errors().codes.ERR_SERVER_NOT_RUNNING)());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT2, this);
};

function emitCloseNT2(self) {
  self.emit('close');
}

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Object.defineProperty(Server.prototype, 'connections', {
  __proto__: null,
  get: function() { return this._connections; },
  set: function(val) { return (this._connections = val); },
  configurable: true,
  enumerable: false,
});

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// ---------------------------------------------------------------------------

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}
function setDefaultAutoSelectFamily(value) {
  validators().validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validators().validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  get BlockList() {
    return require('internal/net/blocklist').BlockList;
  },
  get SocketAddress() {
    return require('internal/net/socketaddress').SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
// Used by http and child_process.
Object.defineProperty(module.exports, '_StreamHandle', {
  __proto__: null, value: StreamHandle, enumerable: false,
});
// For the IPC layer (handles passed with child.send) and cluster: handles made from fds.
Object.defineProperty(module.exports, '_handleFromFd', {
  __proto__: null,
  enumerable: false,
  value(fd, kind) {
    if (kind === 'server') {
      const h = new ServerHandle(null);
      const err = binding.listenFd(h.id, fd, 511);
      if (err) {
        h.close();
        return err;
      }
      return h;
    }
    const h = new StreamHandle(null);
    const err = binding.open(h.id, fd);
    if (err) {
      h.close();
      return err;
    }
    return h;
  },
});
// A connection accepted elsewhere (a cluster primary) arrives at `server` as if accepted here.
Object.defineProperty(module.exports, '_acceptHandle', {
  __proto__: null,
  enumerable: false,
  value(server, handle) {
    onConnection(server, null, 0, handle.id);
  },
});
// Routes a socket's incoming data to `fn(buffer)` (or back to its Readable side with null).
Object.defineProperty(module.exports, '_setConsumer', {
  __proto__: null,
  enumerable: false,
  value(socket, fn) {
    socket[kConsumer] = fn;
  },
});
// Turns a socket's timeout off until its next setTimeout() while keeping its timer (HTTP
// keep-alive, see suspendTimeout). False when there was no timeout to suspend.
Object.defineProperty(module.exports, '_suspendTimeout', {
  __proto__: null,
  enumerable: false,
  value: (socket) => socket instanceof Socket && suspendTimeout(socket),
});
// Turns a suspended timeout back on (see resumeTimeout).
Object.defineProperty(module.exports, '_resumeTimeout', {
  __proto__: null,
  enumerable: false,
  value: (socket, msecs) => socket instanceof Socket && resumeTimeout(socket, msecs),
});
// The consumer's key, for sockets that deliver data themselves (tls's TLSSocket).
Object.defineProperty(module.exports, '_kConsumer', {
  __proto__: null, value: kConsumer, enumerable: false,
});
// An HTTP message's end as one native write (see tryDirectMessageEnd).
Object.defineProperty(module.exports, '_tryDirectMessageEnd', {
  __proto__: null,
  enumerable: false,
  value: tryDirectMessageEnd,
});
// Writes `data` straight to the socket's handle when nothing is queued in its Writable
// side, as one native write. Returns false (nothing done) when the fast path doesn't apply.
Object.defineProperty(module.exports, '_tryDirectWrite', {
  __proto__: null,
  enumerable: false,
  value: tryDirectWrite,
});
