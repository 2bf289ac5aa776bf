'use strict';
// node:_http_incoming — IncomingMessage: a request on the server or a response on the
// client, a Readable of the body. `headers`/`trailers` are built from rawHeaders on first
// read with Node's rules for duplicates.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// An IncomingMessage builds its Readable state on first use (`_readableState` below): most
// requests have no body and are never read, and building stream state costs more than the
// rest of a request under an interpreter. Until then `kLazy` says what the stream owes:
// `push(null)` (the body ended), `_dump()` (the response finished with nobody reading), or
// the end of both (the ticks in which Node emits 'end' and 'close' have passed).
const kLazy = Symbol('kLazy');
const kLazyUnbuilt = 1;
const kLazyEnded = 2;
const kLazyDumped = 4;
const kLazyClosed = 8;

function IncomingMessage(socket) {
  this[kLazy] = kLazyUnbuilt;
  this.socket = socket;
  this.client = socket;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// Defaults every message starts with, kept on the prototype so that creating one sets only
// what differs (a property store is the dear part of object creation in QuickJS).
Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: null,
  httpVersionMinor: null,
  httpVersion: null,
  complete: false,
  joinDuplicateHeaders: null,
  aborted: false,
  upgrade: null,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _consuming: false,
  _dumped: false,
  [kHeaders]: null,
  [kHeadersCount]: 0,
  [kTrailers]: null,
  [kTrailersCount]: 0,
  [kLazy]: 0,
});

function defineOwn(obj, name, value) {
  Object.defineProperty(obj, name, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
  return value;
}

// No headers or trailers (yet): one frozen empty array for all; the parser's arrays replace
// it as own properties.
IncomingMessage.prototype.rawHeaders = Object.freeze([]);
IncomingMessage.prototype.rawTrailers = IncomingMessage.prototype.rawHeaders;

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  __proto__: null,
  configurable: true,
  get() { return buildReadable(this); },
  set(val) { defineOwn(this, '_readableState', val); },
});

// Builds the Readable state a message would have had from the start, then replays what it
// owes.
function buildReadable(msg) {
  const socket = msg.socket;
  const state = new Readable.ReadableState(
    socket ? { highWaterMark: socket.readableHighWaterMark } : undefined, msg, false);
  state.readingMore = true;
  defineOwn(msg, '_readableState', state);
  const owed = msg[kLazy];
  msg[kLazy] = 0;
  if (owed & kLazyClosed) {
    state.ended = true;
    state.endEmitted = true;
    state.flowing = true;
    state.paused = false;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
  } else if (owed & kLazyEnded) {
    msg.push(null);
    if (owed & kLazyDumped) msg.resume();
  }
  return state;
}

// Node's own properties in Node's order, for util.inspect (see internal/http/own-shape).
const ownNames = ['_events', '_readableState', '_maxListeners', 'socket', 'httpVersionMajor',
  'httpVersionMinor', 'httpVersion', 'complete', 'rawHeaders', 'rawTrailers',
  'joinDuplicateHeaders', 'aborted', 'upgrade', 'url', 'method', 'statusCode',
  'statusMessage', 'client', '_consuming', '_dumped'];
const ownSymbols = [kHeaders, kHeadersCount, kTrailers, kTrailersCount];
const { kRestoreShape } = require('internal/http/own-shape');
IncomingMessage.prototype[kRestoreShape] = function restoreIncomingShape() {
  if (!Object.hasOwn(this, kLazy)) return; // Not an instance (a prototype, app.request …).
  // The listener table a Readable starts with, then EventEmitter's own fields.
  this._events ??= {
    __proto__: null, close: undefined, error: undefined, data: undefined, end: undefined,
    readable: undefined,
  };
  require('events').init.call(this);
  if (!Object.hasOwn(this, 'rawHeaders')) this.rawHeaders = [];
  if (!Object.hasOwn(this, 'rawTrailers')) this.rawTrailers = [];
  require('internal/http/own-shape').restoreShape(this, ownNames, ownSymbols, [kLazy]);
};

// The body ended: push(null), or owe it while the stream is unbuilt.
function pushEnd(msg) {
  if (msg[kLazy] & kLazyUnbuilt) msg[kLazy] |= kLazyEnded;
  else msg.push(null);
}

// Whether `_dump()` can be settled without building the stream: the body has ended and
// nobody listens to anything.
function canDumpLazily(msg) {
  return (msg[kLazy] & (kLazyUnbuilt | kLazyEnded)) === (kLazyUnbuilt | kLazyEnded) &&
    msg._eventsCount === 0;
}

// The ticks in which Node ends and closes a dumped message have passed (see _http_server).
function settleDumped(msg) {
  if (msg[kLazy] & kLazyDumped) msg[kLazy] = kLazyUnbuilt | kLazyClosed;
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        this._addHeaderLine(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        this._addHeaderLineDistinct(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) {
        this._addHeaderLine(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  __proto__: null,
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < this[kTrailersCount]; n += 2) {
        this._addHeaderLineDistinct(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// Lower-cased name, and how duplicates combine: 0 keep first, 1 array (set-cookie),
// 2 join '; ' (cookie), 3 join ', '.
const keepFirst = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from',
  'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age',
  'expires']);

function joinMode(lower) {
  if (keepFirst.has(lower)) return 0;
  if (lower === 'set-cookie') return 1;
  if (lower === 'cookie') return 2;
  return 3;
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const name = field.toLowerCase();
  const mode = joinMode(name);
  if (mode === 1) {
    if (dest[name] !== undefined) dest[name].push(value);
    else dest[name] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[name] === undefined) dest[name] = value;
    else dest[name] += (mode === 2 ? '; ' : ', ') + value;
  } else if (dest[name] === undefined) {
    dest[name] = value;
  } else if (mode === 2) {
    dest[name] += '; ' + value;
  } else if (mode === 3) {
    dest[name] += ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const name = field.toLowerCase();
  if (!dest[name]) dest[name] = [value];
  else dest[name].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    if (canDumpLazily(this)) {
      this[kLazy] |= kLazyDumped;
      return;
    }
    this.removeAllListeners('data');
    this.resume();
  }
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

module.exports = {
  IncomingMessage,
  pushEnd,
  settleDumped,
  isUnbuilt: (msg) => (msg[kLazy] & kLazyUnbuilt) !== 0,
  readStart,
  readStop,
  kHeadersCount,
  kTrailersCount,
};
