'use strict';
// stream.Writable, with Node 20's semantics: one _write() at a time, the rest buffered
// (handed to _writev() in one batch when there is one), write() returning false past the
// highWaterMark and 'drain' once emptied, cork/uncork, end() → _final() → 'prefinish' →
// 'finish' → (autoDestroy) 'close'.
//
// Write callbacks for a _write() that completes synchronously run on the next tick;
// consecutive ones with the same callback share a single tick (a counter), and writes
// without a callback schedule no tick at all unless a 'drain' is due.
//
// The flags live in the bits of state.flags; the field names Node programs read
// (`state.ending`, `state.finished`, ...) are accessors.
//
// An object-mode write() without callback that can start at once, and its synchronous
// completion, have fast paths (write(), onwriteCallback). Like readable.js, the per-chunk
// code and the flag constants use `var`: QuickJS checks each let/const access for the
// temporal dead zone.

module.exports = Writable;
Writable.WritableState = WritableState;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
var {
  kOnConstructed,
  kWritableIdle,
  nop,
  bitAccessor,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  kWritableEnded,
} = require('internal/streams/utils');

// process.stdout is a Writable made at start-up: buffer and internal/errors load only
// when needed (a Buffer or non-utf8 string written, an encoding named, an error).
let Buffer;
let FastBuffer;
function loadBuffer() {
  if (Buffer === undefined) {
    Buffer = require('buffer').Buffer;
    FastBuffer = require('internal/buffer').FastBuffer;
  }
  return Buffer;
}
let codes;
function E() {
  codes ??= require('internal/errors').codes;
  return codes;
}

const { errorOrDestroy } = destroyImpl;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

// Writable's own flags (bits 0-8 are shared with ReadableState, see utils).
var kSync = 1 << 9; // Inside _write(): its callback defers to the next tick.
var kFinalCalled = 1 << 10;
var kNeedDrain = 1 << 11;
var kEnding = 1 << 12; // end() was called ...
var kEnded = kWritableEnded; // ... and has returned (bit 13).
var kFinished = 1 << 14; // 'finish' was emitted.
var kDecodeStrings = 1 << 15;
var kWriting = 1 << 16;
var kBufferProcessing = 1 << 17;
var kPrefinished = 1 << 18;
var kAllBuffers = 1 << 19;
var kAllNoop = 1 << 20;
var kOnFinished = 1 << 21; // end() callbacks are waiting.
var kHasWritable = 1 << 22; // `writable` was set (a Duplex side switched off) ...
var kWritable = 1 << 23; // ... to this.
var kCorked = 1 << 24;
var kDefaultUTF8 = 1 << 25;
var kWriteCb = 1 << 26; // The write in progress has a callback.
var kExpectWriteCb = 1 << 27;
var kAfterWriteTickInfo = 1 << 28;
var kAfterWritePending = 1 << 29;
var kBuffered = 1 << 30; // Writes are queued.

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');
const kOnFinishedValue = Symbol('kOnFinishedValue');

function WritableState(options, stream, isDuplex) {
  this.flags = kSync | kConstructed | kEmitClose | kAutoDestroy | kDefaultUTF8 | kAllBuffers | kAllNoop;
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) {
    this.flags |= kObjectMode;
  }
  // write() returns false once this much is buffered (0: whenever anything is).
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  if (!options || options.decodeStrings !== false) this.flags |= kDecodeStrings;
  if (options) {
    if (options.emitClose === false) this.flags &= ~kEmitClose;
    if (options.autoDestroy === false) this.flags &= ~kAutoDestroy;
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!loadBuffer().isEncoding(defaultEncoding)) throw new (E().ERR_UNKNOWN_ENCODING)(defaultEncoding);
      this.flags &= ~kDefaultUTF8;
      this[kDefaultEncodingValue] = defaultEncoding;
    }
  }
  // Bytes (or objects) written but not yet acknowledged by _write()'s callback.
  this.length = 0;
  this.corked = 0;
  // The callback every _write() gets.
  this.onwrite = newOnwrite(stream);
  this.writelen = 0;
  this.bufferedIndex = 0;
  // Pending write callbacks (and _final); 'finish' waits for 0.
  this.pendingcb = 0;
}

Object.defineProperties(WritableState.prototype, {
  objectMode: bitAccessor(kObjectMode),
  finalCalled: bitAccessor(kFinalCalled),
  needDrain: bitAccessor(kNeedDrain),
  ending: bitAccessor(kEnding),
  ended: bitAccessor(kEnded),
  finished: bitAccessor(kFinished),
  destroyed: bitAccessor(kDestroyed),
  decodeStrings: bitAccessor(kDecodeStrings),
  writing: bitAccessor(kWriting),
  sync: bitAccessor(kSync),
  bufferProcessing: bitAccessor(kBufferProcessing),
  constructed: bitAccessor(kConstructed),
  prefinished: bitAccessor(kPrefinished),
  errorEmitted: bitAccessor(kErrorEmitted),
  emitClose: bitAccessor(kEmitClose),
  autoDestroy: bitAccessor(kAutoDestroy),
  closed: bitAccessor(kClosed),
  closeEmitted: bitAccessor(kCloseEmitted),
  allBuffers: bitAccessor(kAllBuffers),
  allNoop: bitAccessor(kAllNoop),
  errored: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kErrored) !== 0 ? this[kErroredValue] : null; },
    set(value) {
      if (value) {
        this[kErroredValue] = value;
        this.flags |= kErrored;
      } else {
        this.flags &= ~kErrored;
      }
    },
  },
  // undefined, or false for a Duplex whose writable side was switched off.
  writable: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kHasWritable) !== 0 ? (this.flags & kWritable) !== 0 : undefined; },
    set(value) {
      if (value == null) {
        this.flags &= ~(kHasWritable | kWritable);
      } else if (value) {
        this.flags |= kHasWritable | kWritable;
      } else {
        this.flags = (this.flags | kHasWritable) & ~kWritable;
      }
    },
  },
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kDefaultUTF8) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this.flags |= kDefaultUTF8;
      } else {
        this.flags &= ~kDefaultUTF8;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  writecb: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kWriteCb) !== 0 ? this[kWriteCbValue] : nop; },
    set(value) {
      if (value) {
        this[kWriteCbValue] = value;
        this.flags |= kWriteCb;
      } else {
        this.flags &= ~kWriteCb;
      }
    },
  },
  afterWriteTickInfo: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kAfterWriteTickInfo) !== 0 ? this[kAfterWriteTickInfoValue] : null; },
    set(value) {
      this[kAfterWriteTickInfoValue] = value;
      if (value) this.flags |= kAfterWriteTickInfo;
      else this.flags &= ~kAfterWriteTickInfo;
    },
  },
  buffered: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      this[kBufferedValue] = value;
      if (value) this.flags |= kBuffered;
      else this.flags &= ~kBuffered;
    },
  },
  bufferedRequestCount: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kBuffered) !== 0 ? this[kBufferedValue].length - this.bufferedIndex : 0; },
  },
});

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state.flags = (state.flags | kAllBuffers | kAllNoop) & ~kBuffered;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return (this.flags & kBuffered) !== 0 ? this[kBufferedValue].slice(this.bufferedIndex) : [];
};

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this.flags & kWriting) === 0) clearBuffer(stream, this);
  if ((this.flags & kEnding) !== 0) finishMaybe(stream, this);
};

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState[kOnConstructed](this);
    });
  }
}

// A Duplex is a Writable too, though it does not inherit from it.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new (E().ERR_STREAM_CANNOT_PIPE)());
};

// Returns true/false (write() result) or the Error it failed with (end() wants to know).
function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new (E().ERR_STREAM_NULL_VALUES)();

  let bits = state.flags;
  if ((bits & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (bits & kDefaultUTF8) !== 0 ? 'utf8' : state[kDefaultEncodingValue];
    } else if (encoding !== 'buffer' && !loadBuffer().isEncoding(encoding)) {
      throw new (E().ERR_UNKNOWN_ENCODING)(encoding);
    }
    if (typeof chunk === 'string') {
      if ((bits & kDecodeStrings) !== 0) {
        chunk = loadBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (Buffer !== undefined && chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      if (!(chunk instanceof loadBuffer())) chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new (E().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  if ((bits & (kEnding | kDestroyed)) !== 0) {
    const err = (bits & kEnding) !== 0 ?
      new (E().ERR_STREAM_WRITE_AFTER_END)() :
      new (E().ERR_STREAM_DESTROYED)('write');
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  state.pendingcb++;
  // Write now, or queue behind the write in progress (or while corked, errored or
  // still constructing).
  const len = (bits & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  if ((bits & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    if ((bits & kBuffered) === 0) {
      bits |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback: cb });
    if (encoding !== 'buffer') bits &= ~kAllBuffers;
    if (cb !== nop) bits &= ~kAllNoop;
    state.flags = bits;
  } else {
    state.writelen = len;
    if (cb !== nop) {
      state[kWriteCbValue] = cb;
      bits |= kWriteCb;
    }
    state.flags = bits | kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state.flags &= ~kSync;
  }

  const ret = state.length < state.highWaterMark;
  if (!ret) state.flags |= kNeedDrain;
  // False when errored or destroyed, to break while (stream.write(x)) loops.
  return ret && (state.flags & (kDestroyed | kErrored)) === 0;
}

Writable.prototype.write = function(chunk, encoding, cb) {
  var state = this._writableState;
  var bits = state.flags;
  // An object-mode write without callback that can start now: writeImpl(), inlined.
  if ((bits & (kObjectMode | kEnding | kDestroyed | kWriting | kErrored | kCorked | kConstructed)) ===
      (kObjectMode | kConstructed) && cb === undefined && chunk !== null && typeof encoding !== 'function') {
    state.pendingcb++;
    state.length++;
    state.writelen = 1;
    state.flags = bits | kWriting | kSync | kExpectWriteCb;
    this._write(chunk, encoding, state.onwrite);
    var after = (state.flags &= ~kSync);
    if (state.length < state.highWaterMark) return (after & (kDestroyed | kErrored)) === 0;
    state.flags = after | kNeedDrain;
    return false;
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  const state = this._writableState;
  state.flags |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state.flags &= ~kCorked;
    if ((state.flags & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!loadBuffer().isEncoding(encoding)) throw new (E().ERR_UNKNOWN_ENCODING)(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) {
    state[kWriteCbValue] = cb;
    state.flags |= kWriteCb;
  }
  state.flags |= kWriting | kSync | kExpectWriteCb;
  if ((state.flags & kDestroyed) !== 0) state.onwrite(new (E().ERR_STREAM_DESTROYED)('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.flags &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Fail what is buffered too (their callbacks must not be lost without autoDestroy);
  // then the error, which always follows the callback.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback every _write() gets: onwrite() for the stream.
function newOnwrite(stream) {
  return function onwriteCallback(er) {
    var state = stream._writableState;
    var bits = state.flags;
    // A write without callback that completed synchronously while an afterWrite tick is
    // already pending, nothing buffered and not ending: only the counters change.
    if ((bits & (kExpectWriteCb | kSync | kWriteCb | kBuffered | kAfterWritePending | kEnding)) ===
        (kExpectWriteCb | kSync | kAfterWritePending) && !er) {
      state.flags = bits & ~(kWriting | kExpectWriteCb);
      state.length -= state.writelen;
      state.writelen = 0;
      state.pendingcb--;
    } else {
      onwrite(stream, er);
    }
  };
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const bits = state.flags;
  if ((bits & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, new (E().ERR_MULTIPLE_CALLBACK)());
    return;
  }

  const sync = (bits & kSync) !== 0;
  const cb = (bits & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;
  state.flags = bits & ~(kWriting | kExpectWriteCb | kWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if ((state.flags & kErrored) === 0) {
      state[kErroredValue] = er;
      state.flags |= kErrored;
    }
    // A Duplex's readable side learns of the error too.
    const rState = stream._readableState;
    if (rState && !rState.errored) rState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if ((state.flags & kBuffered) !== 0) clearBuffer(stream, state);

  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // Node 20 also takes the tick for every object-mode write (its check meant to test
  // `destroyed` tests the objectMode bit); kept for the same event order.
  const needTick = ((state.flags & kNeedDrain) !== 0 && state.length === 0) ||
    (state.flags & kObjectMode) !== 0 || cb !== nop;
  if (cb === nop) {
    if ((state.flags & kAfterWritePending) === 0 && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state.flags |= kAfterWritePending;
    } else {
      state.pendingcb--;
      if ((state.flags & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else if ((state.flags & kAfterWriteTickInfo) !== 0 && state[kAfterWriteTickInfoValue].cb === cb) {
    state[kAfterWriteTickInfoValue].count++;
  } else if (needTick) {
    const info = { count: 1, cb, stream, state };
    state[kAfterWriteTickInfoValue] = info;
    process.nextTick(afterWriteTick, info);
    state.flags |= kAfterWritePending | kAfterWriteTickInfo;
  } else {
    state.pendingcb--;
    if ((state.flags & kEnding) !== 0) finishMaybe(stream, state, true);
  }
}

function afterWriteTick(info) {
  const state = info.state;
  state.flags &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(info.stream, state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.flags &= ~kAfterWritePending;
  if ((state.flags & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain && state.length === 0) {
    state.flags &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state.flags & kDestroyed) !== 0) errorBuffer(state);
  if ((state.flags & kEnding) !== 0) finishMaybe(stream, state, true);
}

// Fails every buffered write and pending end() callback (destroyed or errored).
function errorBuffer(state) {
  if ((state.flags & kWriting) !== 0) return;
  if ((state.flags & kBuffered) !== 0) {
    const buffered = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      state.length -= (state.flags & kObjectMode) !== 0 ? 1 : chunk.length;
      callback(state.errored ?? new (E().ERR_STREAM_DESTROYED)('write'));
    }
  }
  callFinishedCallbacks(state, state.errored ?? new (E().ERR_STREAM_DESTROYED)('end'));
  resetBuffer(state);
}

// Writes out what is buffered: all at once through _writev() when there is more than
// one entry and a _writev(), else one by one while each completes synchronously.
function clearBuffer(stream, state) {
  if ((state.flags & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !==
      (kBuffered | kConstructed)) return;
  const buffered = state[kBufferedValue];
  const start = state.bufferedIndex;
  const count = buffered.length - start;
  if (count <= 0) return;

  const objectMode = (state.flags & kObjectMode) !== 0;
  let i = start;
  state.flags |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const allNoop = (state.flags & kAllNoop) !== 0;
    const callback = allNoop ? nop : (err) => {
      for (let n = start; n < buffered.length; ++n) buffered[n].callback(err);
    };
    // The array itself when nothing else needs it (resetBuffer drops our reference).
    const chunks = allNoop && start === 0 ? buffered : buffered.slice(start);
    chunks.allBuffers = (state.flags & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && (state.flags & kWriting) === 0);

    if (state[kBufferedValue] === buffered) {
      if (i === buffered.length) {
        resetBuffer(state);
      } else if (i > 256) {
        // A copy loop: splice() would delete and re-set each element one at a time.
        const len = buffered.length;
        for (let j = i; j < len; j++) buffered[j - i] = buffered[j];
        buffered.length = len - i;
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
  }
  state.flags &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new (E().ERR_METHOD_NOT_IMPLEMENTED)('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks fully.
  if ((state.flags & kCorked) !== 0) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write failed: that error is reported already.
  } else if ((state.flags & (kEnding | kErrored)) === 0) {
    // Calling end() more than once is forgiven.
    state.flags |= kEnding;
    finishMaybe(this, state, true);
    state.flags |= kEnded;
  } else if ((state.flags & kFinished) !== 0) {
    err = new (E().ERR_STREAM_ALREADY_FINISHED)('end');
  } else if ((state.flags & kDestroyed) !== 0) {
    err = new (E().ERR_STREAM_DESTROYED)('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if ((state.flags & kErrored) !== 0) {
      process.nextTick(cb, state[kErroredValue]);
    } else if ((state.flags & kFinished) !== 0) {
      process.nextTick(cb, null);
    } else {
      state.flags |= kOnFinished;
      (state[kOnFinishedValue] ??= []).push(cb);
    }
  }
  return this;
};

// Ended, constructed, nothing left to write, and not destroyed/finished/errored yet.
function needFinish(state) {
  return (state.flags & (kEnding | kDestroyed | kConstructed | kFinished | kWriting |
    kErrorEmitted | kCloseEmitted | kErrored | kBuffered)) === (kEnding | kConstructed) &&
    state.length === 0;
}

function onFinish(stream, state, err) {
  if ((state.flags & kPrefinished) !== 0) {
    errorOrDestroy(stream, err ?? new (E().ERR_MULTIPLE_CALLBACK)());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state.flags & kSync) !== 0);
  } else if (needFinish(state)) {
    state.flags |= kPrefinished;
    stream.emit('prefinish');
    // 'finish' always comes on a later tick than _final's callback.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if ((state.flags & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state.flags & kDestroyed) === 0) {
    state.flags |= kFinalCalled | kSync;
    state.pendingcb++;
    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }
    state.flags &= ~kSync;
  } else {
    state.flags |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishMaybeNT, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishMaybeNT(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.flags |= kFinished;
  callFinishedCallbacks(state, null);
  stream.emit('finish');

  if ((state.flags & kAutoDestroy) !== 0) {
    // A Duplex is destroyed once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if ((state.flags & kOnFinished) === 0) return;
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state.flags &= ~kOnFinished;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState.flags & kClosed) !== 0 : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState.flags & kDestroyed) !== 0 : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // writable === false: a Duplex whose writable side was switched off.
      return !!w && (w.flags & (kHasWritable | kWritable)) !== kHasWritable &&
        (w.flags & (kErrored | kEnding | kEnded | kDestroyed)) === 0;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState.flags & kFinished) !== 0 : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState.flags & kObjectMode) !== 0 : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState.flags & kEnding) !== 0 : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return w ? (w.flags & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain : false;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return (w.flags & (kHasWritable | kWritable)) !== kHasWritable &&
        (w.flags & (kDestroyed | kErrored)) !== 0 &&
        (w.flags & kFinished) === 0;
    },
  },
});

// For a byte stream whose _write() completes synchronously (process.stdout): when idle,
// a write without callback may be done directly, with the same outcome as the full path.
Writable[kWritableIdle] = function isIdle(state) {
  return (state.flags & (kObjectMode | kWriting | kErrored | kCorked | kConstructed | kEnding |
    kDestroyed | kBuffered | kNeedDrain)) === kConstructed && state.length === 0;
};

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Fail pending writes and end() callbacks (Node 20: only those already queued when
  // first destroyed; an end() callback added later is never called).
  if ((state.flags & (kBuffered | kOnFinished)) !== 0 && (state.flags & kDestroyed) === 0) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.fromWeb = function(writableStream, options) {
  return require('internal/streams/readable')._webAdapters('Writable.fromWeb()')
    .newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return require('internal/streams/readable')._webAdapters('Writable.toWeb()')
    .newWritableStreamFromStreamWritable(streamWritable);
};
