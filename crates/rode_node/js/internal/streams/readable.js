'use strict';
// stream.Readable, with Node 20's semantics: paused/flowing modes, 'readable' and 'data',
// read(n), push/unshift, setEncoding, pipe with backpressure, async iteration.
//
// The buffer is an array used as a queue: `bufferIndex` is its head; taken slots are
// nulled and the array is reset when it empties (or compacted when the head runs far).
// The flags live in the bits of state.flags (one read tests several of them); the
// field names Node programs read (`state.flowing`, `state.ended`, ...) are accessors.
//
// Object mode has fast paths (readObject, push, emitData): on QuickJS a property access
// costs about ten simple operations and a call about twenty, so they keep the state's
// fields in locals and write the flags once. The per-chunk functions and the flag
// constants are declared with `var`: QuickJS checks every access to a let/const binding
// for its temporal dead zone, and that check is a measurable part of a hot function.

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { FastBuffer, fastBufferView } = require('internal/buffer');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
var {
  kOnConstructed,
  SymbolAsyncDispose,
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
  kReadableEnded,
} = require('internal/streams/utils');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;

let StringDecoder;
function newDecoder(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

// Readable's own flags (bits 0-8 are shared with WritableState, see utils).
var kEnded = kReadableEnded; // push(null) was called (bit 9).
var kEndEmitted = 1 << 10;
var kReading = 1 << 11; // _read() was called and has not pushed yet.
var kSync = 1 << 12; // Inside _read(): pushed data is emitted later, not re-entrantly.
var kNeedReadable = 1 << 13;
var kEmittedReadable = 1 << 14;
var kReadableListening = 1 << 15;
var kResumeScheduled = 1 << 16;
var kMultiAwaitDrain = 1 << 17; // awaitDrainWriters is a Set.
var kReadingMore = 1 << 18; // A maybeReadMore tick is scheduled.
var kDataEmitted = 1 << 19;
var kDecoder = 1 << 20; // An encoding is set (decoder and encoding values present).
var kHasFlowing = 1 << 21; // flowing is true/false rather than null ...
var kFlowing = 1 << 22; // ... and this is its value.
var kHasPaused = 1 << 23; // pause()/resume() were called ...
var kPaused = 1 << 24; // ... and paused is this.
var kDataListening = 1 << 25;
var kDefaultUTF8 = 1 << 26; // defaultEncoding is utf8.

const kErroredValue = Symbol('kErroredValue');

// 'data' goes straight to a single listener when emit() is EventEmitter's own and
// captureRejections is off: what emit() would do, without its rest array and apply(). The
// listener pipe() adds ignores `this` and returns nothing: it is called plainly.
var EEemit = EE.prototype.emit;
var kCapture = Object.getOwnPropertySymbols(EE.prototype)
  .find((s) => s.description === 'kCapture');
function emitData(stream, state, chunk) {
  var events = stream._events;
  var handler = events !== undefined ? events.data : undefined;
  if (handler === state.pipeOnData && handler !== null) {
    if (stream.emit === EEemit) {
      handler(chunk);
      return;
    }
  } else if (typeof handler === 'function' && stream.emit === EEemit && kCapture !== undefined &&
             !stream[kCapture]) {
    handler.call(stream, chunk);
    return;
  }
  stream.emit('data', chunk);
}

const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');

function ReadableState(options, stream, isDuplex) {
  this.flags = kEmitClose | kAutoDestroy | kConstructed | kSync | kDefaultUTF8;
  if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) {
    this.flags |= kObjectMode;
  }
  // Where _read() stops being called ahead of demand; 0 means never read ahead.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // The pipe destinations we wait a 'drain' from: null, one stream, or a Set.
  this.awaitDrainWriters = null;
  // The 'data' listener of the one pipe() destination (see emitData).
  this.pipeOnData = null;
  if (options) {
    if (options.emitClose === false) this.flags &= ~kEmitClose;
    if (options.autoDestroy === false) this.flags &= ~kAutoDestroy;
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
      this.flags &= ~kDefaultUTF8;
      this[kDefaultEncodingValue] = defaultEncoding;
    }
    if (options.encoding) {
      this[kDecoderValue] = newDecoder(options.encoding);
      this[kEncodingValue] = options.encoding;
      this.flags |= kDecoder;
    }
  }
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: bitAccessor(kObjectMode),
  ended: bitAccessor(kEnded),
  endEmitted: bitAccessor(kEndEmitted),
  reading: bitAccessor(kReading),
  // False while an async _construct() runs.
  constructed: bitAccessor(kConstructed),
  sync: bitAccessor(kSync),
  needReadable: bitAccessor(kNeedReadable),
  emittedReadable: bitAccessor(kEmittedReadable),
  readableListening: bitAccessor(kReadableListening),
  resumeScheduled: bitAccessor(kResumeScheduled),
  errorEmitted: bitAccessor(kErrorEmitted),
  emitClose: bitAccessor(kEmitClose),
  autoDestroy: bitAccessor(kAutoDestroy),
  destroyed: bitAccessor(kDestroyed),
  closed: bitAccessor(kClosed),
  closeEmitted: bitAccessor(kCloseEmitted),
  multiAwaitDrain: bitAccessor(kMultiAwaitDrain),
  readingMore: bitAccessor(kReadingMore),
  dataEmitted: bitAccessor(kDataEmitted),
  // Once set, no more _read(), 'data' or 'readable' (the stream may not auto-destroy).
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
  decoder: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kDecoder) !== 0 ? this[kDecoderValue] : null; },
    set(value) {
      if (value) {
        this[kDecoderValue] = value;
        this.flags |= kDecoder;
      } else {
        this.flags &= ~kDecoder;
      }
    },
  },
  encoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kDecoder) !== 0 ? this[kEncodingValue] : null; },
    set(value) {
      this[kEncodingValue] = value || null;
    },
  },
  // null (neither mode chosen yet), true or false.
  flowing: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kHasFlowing) !== 0 ? (this.flags & kFlowing) !== 0 : null; },
    set(value) {
      if (value == null) {
        this.flags &= ~(kHasFlowing | kFlowing);
      } else if (value) {
        this.flags |= kHasFlowing | kFlowing;
      } else {
        this.flags = (this.flags | kHasFlowing) & ~kFlowing;
      }
    },
  },
  paused: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this.flags & kPaused) !== 0; },
    set(value) {
      this.flags |= kHasPaused;
      if (value) this.flags |= kPaused;
      else this.flags &= ~kPaused;
    },
  },
  pipesCount: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this.pipes.length; },
  },
});

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this.flags & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Keys kept in _events so listeners come and go without reshaping the object.
  this._events ??= {
    __proto__: null,
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

function toBuffer(view) {
  return fastBufferView(view.buffer, view.byteOffset, view.byteLength);
}

function invalidChunk(stream, chunk) {
  errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
  return false;
}

// push(chunk[, encoding]): queue data (or end it with null). Returns whether more
// can be pushed before the highWaterMark.
Readable.prototype.push = function(chunk, encoding) {
  var state = this._readableState;
  var bits = state.flags;
  if ((bits & kObjectMode) !== 0) {
    if ((bits & (kEnded | kDestroyed | kErrored | kDecoder)) !== 0 || chunk === null) {
      return pushObject(this, state, chunk, encoding);
    }
    // pushObject() and addChunk(), inlined for the common case.
    var len = state.length;
    if ((bits & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) && len === 0) {
      if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
      else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
      state.flags = (bits & ~kReading) | kDataEmitted;
      emitData(this, state, chunk);
      len = state.length;
    } else {
      // Queued: emitReadable() and maybeReadMore() inlined, the flags written once.
      var after = bits & ~kReading;
      state.length = ++len;
      var buf = state.buffer;
      buf[buf.length] = chunk;
      if ((after & kNeedReadable) !== 0) {
        after &= ~kNeedReadable;
        if ((after & kEmittedReadable) === 0) {
          after |= kEmittedReadable;
          process.nextTick(emitReadable_, this);
        }
      }
      if ((after & (kReadingMore | kConstructed)) === kConstructed) {
        after |= kReadingMore;
        process.nextTick(maybeReadMore_, this, state);
      }
      state.flags = after;
      return len < state.highWaterMark;
    }
    // maybeReadMore(), with its test inlined.
    var flagsNow = state.flags;
    if ((flagsNow & (kReadingMore | kConstructed)) === kConstructed) {
      state.flags = flagsNow | kReadingMore;
      process.nextTick(maybeReadMore_, this, state);
    }
    return (flagsNow & kEnded) === 0 && (len < state.highWaterMark || len === 0);
  }

  if (chunk === null) {
    state.flags &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || ((bits & kDefaultUTF8) !== 0 ? 'utf8' : state[kDefaultEncodingValue]);
    if (((bits & kDecoder) !== 0 ? state[kEncodingValue] : null) !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof Buffer) {
    encoding = '';
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = toBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    return invalidChunk(this, chunk);
  }

  var len;
  if (!chunk || (len = chunk.length) <= 0) {
    state.flags &= ~kReading;
    maybeReadMore(this, state);
    return canPushMore(state);
  }
  if ((bits & kEnded) !== 0) {
    errorOrDestroy(this, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((bits & (kDestroyed | kErrored)) !== 0) return false;

  state.flags = bits & ~kReading;
  if ((bits & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    len = chunk.length;
    if (len === 0) {
      maybeReadMore(this, state);
      return canPushMore(state);
    }
  }
  addChunk(this, state, chunk, len, false);
  // canPushMore(), inlined.
  return (state.flags & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
};

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.flags &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  const bits = state.flags;
  if ((bits & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((bits & (kDestroyed | kErrored)) !== 0) return false;
  state.flags = bits & ~kReading;
  if ((bits & kDecoder) !== 0 && !encoding) chunk = state[kDecoderValue].write(chunk);
  addChunk(stream, state, chunk, 1, false);
  return canPushMore(state);
}

// unshift(chunk[, encoding]): put data back at the front (something read() returned).
Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state.flags &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  if ((state.flags & kObjectMode) === 0) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      const current = state.encoding;
      if (current !== encoding) {
        // With an encoding set the queue holds strings in that encoding.
        chunk = current ?
          Buffer.from(chunk, encoding).toString(current) :
          Buffer.from(chunk, encoding);
      }
    } else if (ArrayBuffer.isView(chunk)) {
      if (!(chunk instanceof Buffer)) chunk = toBuffer(chunk);
    } else if (chunk !== undefined) {
      return invalidChunk(this, chunk);
    }
    if (!(chunk && chunk.length > 0)) return canPushMore(state);
  }
  if ((state.flags & kEndEmitted) !== 0) {
    errorOrDestroy(this, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if ((state.flags & (kDestroyed | kErrored)) !== 0) {
    return false;
  } else {
    addChunk(this, state, chunk, (state.flags & kObjectMode) !== 0 ? 1 : chunk.length, true);
  }
  return canPushMore(state);
};

function canPushMore(state) {
  // Below the mark, or empty (so a highWaterMark of 0 still moves data).
  return (state.flags & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

// `len`: the chunk's length (1 in object mode).
function addChunk(stream, state, chunk, len, addToFront) {
  const bits = state.flags;
  if ((bits & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) && state.length === 0) {
    // Flowing with nothing queued: hand the chunk straight to 'data'.
    if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.flags = bits | kDataEmitted;
    emitData(stream, state, chunk);
  } else {
    state.length += len;
    if (!addToFront) {
      state.buffer.push(chunk);
    } else if (state.bufferIndex > 0) {
      state.buffer[--state.bufferIndex] = chunk;
    } else {
      state.buffer.unshift(chunk);
    }
    if ((bits & kNeedReadable) !== 0) emitReadable(stream);
  }
  // maybeReadMore(), with its test inlined.
  if ((state.flags & (kReadingMore | kConstructed)) === kConstructed) {
    state.flags |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

Readable.prototype.isPaused = function() {
  const bits = this._readableState.flags;
  return (bits & kPaused) !== 0 || (bits & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = newDecoder(enc);
  state[kDecoderValue] = decoder;
  // setEncoding(null) means utf8: take the decoder's name.
  state[kEncodingValue] = decoder.encoding;
  state.flags |= kDecoder;
  // Re-decode what is queued.
  const buf = state.buffer;
  let content = '';
  for (let i = state.bufferIndex; i < buf.length; i++) content += decoder.write(buf[i]);
  buf.length = 0;
  state.bufferIndex = 0;
  if (content !== '') buf.push(content);
  state.length = content.length;
  return this;
};

// read(n) asking for more than the highWaterMark raises it to the next power of two.
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

// How much read(n) may return now.
function howMuchToRead(n, state) {
  const bits = state.flags;
  if (n <= 0 || (state.length === 0 && (bits & kEnded) !== 0)) return 0;
  if ((bits & kObjectMode) !== 0) return 1;
  if (n !== n) {
    // read(): flowing takes one chunk at a time, otherwise everything.
    if ((bits & kFlowing) !== 0 && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (bits & kEnded) !== 0 ? state.length : 0;
}

// read() in object mode: what read(NaN) below does, for one object, with the state's
// fields kept in locals (each property access costs about as much as ten simple
// operations). A function of its own: the engine clears every local of a function at
// each call, so the small one is cheaper.
function readObject(stream, state) {
  var bits = state.flags & ~kEmittedReadable;
  var len = state.length;
  if (len === 0 && (bits & kEnded) !== 0) {
    state.flags = bits;
    endReadable(stream);
    return null;
  }
  var hwm;
  if ((bits & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) === kConstructed &&
      ((bits & kNeedReadable) !== 0 || len <= (hwm = state.highWaterMark))) {
    state.flags = bits | (len === 0 ? kReading | kSync | kNeedReadable : kReading | kSync);
    try {
      stream._read(hwm ?? state.highWaterMark);
    } catch (err) {
      errorOrDestroy(stream, err);
    }
    bits = state.flags & ~kSync;
    len = state.length;
  }

  if (len === 0) {
    state.flags = bits | kNeedReadable;
    if ((bits & kEnded) !== 0) endReadable(stream);
    return null;
  }
  // fromList(), for one object.
  var buf = state.buffer;
  var idx = state.bufferIndex;
  var ret = buf[idx];
  buf[idx++] = null;
  dropTaken(state, buf, idx);
  state.length = --len;
  if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
  if (len === 0 && (bits & kEnded) === 0) bits |= kNeedReadable;
  if ((bits & (kErrorEmitted | kCloseEmitted)) === 0) bits |= kDataEmitted;
  state.flags = bits;
  if (len === 0 && (bits & kEnded) !== 0) endReadable(stream);
  if ((bits & (kErrorEmitted | kCloseEmitted)) === 0) emitData(stream, state, ret);
  return ret;
}

Readable.prototype.read = readableRead;
function readableRead(n) {
  const state = this._readableState;
  if (n === undefined && (state.flags & kObjectMode) !== 0) return readObject(this, state);
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.flags &= ~kEmittedReadable;

  // read(0) with enough queued (or ended): just make sure 'readable' comes.
  if (n === 0 && (state.flags & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state.flags & kEnded) !== 0)) {
    if (state.length === 0 && (state.flags & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && (state.flags & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() when a 'readable' is awaited or the queue would fall under the mark,
  // unless ended, already reading, constructing, destroyed or errored. _read() may push
  // synchronously, so decide what to return only after it.
  let doRead = (state.flags & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if ((state.flags & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    state.flags |= kReading | kSync;
    if (state.length === 0) state.flags |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.flags &= ~kSync;
    if ((state.flags & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    if (state.length <= state.highWaterMark) state.flags |= kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((state.flags & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    // Empty: tell us as soon as something arrives.
    if ((state.flags & kEnded) === 0) state.flags |= kNeedReadable;
    // Asked past the end: 'end' comes next.
    else if (nOrig !== n) endReadable(this);
  }

  if (ret !== null && (state.flags & (kErrorEmitted | kCloseEmitted)) === 0) {
    state.flags |= kDataEmitted;
    emitData(this, state, ret);
  }
  return ret;
}

function onEofChunk(stream, state) {
  if ((state.flags & kEnded) !== 0) return;
  if ((state.flags & kDecoder) !== 0) {
    const chunk = state[kDecoderValue].end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state.flags & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state.flags |= kEnded;

  if ((state.flags & kSync) !== 0) {
    // Inside _read(): emit on the next tick, not re-entrantly.
    emitReadable(stream);
  } else {
    // Emit 'readable' now (some modules rely on it being synchronous at EOF).
    state.flags = (state.flags & ~kNeedReadable) | kEmittedReadable;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.flags &= ~kNeedReadable;
  if ((state.flags & kEmittedReadable) === 0) {
    state.flags |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state.flags & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state.flags & kEnded) !== 0)) {
    stream.emit('readable');
    state.flags &= ~kEmittedReadable;
  }
  // Another 'readable' will be wanted when paused, not ended and under the mark.
  if ((state.flags & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state.flags |= kNeedReadable;
  }
  flow(stream);
}

// Schedule reading ahead up to the highWaterMark.
function maybeReadMore(stream, state) {
  if ((state.flags & (kReadingMore | kConstructed)) === kConstructed) {
    state.flags |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Keep reading while under the mark (or, when flowing, while nothing is queued), as long
  // as _read() pushes synchronously; stop when it goes async, the stream ends, or a
  // read(0) brings nothing.
  while ((state.flags & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state.flags & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.flags &= ~kReadingMore;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state.flags & kMultiAwaitDrain) === 0) {
    state.flags |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state.flags & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting for this destination's 'drain', stop waiting (or we would
    // never flow again).
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    // The destination may have been unpiped inside its write().
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.flags &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  // The only 'data' listener: emitData() calls it directly.
  state.pipeOnData = state.pipes.length === 1 ? ondata : null;
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // Stop piping into a destination that fails, without hiding the error.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if ((state.flags & kFlowing) === 0) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state.flags & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        (state.flags & kDataListening) !== 0) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// Adding a 'data' listener starts the flow (unless paused explicitly); adding a
// 'readable' listener switches to paused mode and makes sure 'readable' will come.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state.flags |= kDataListening;
    // So that resume() below is a no-op when once('readable') is also listening.
    if (this.listenerCount('readable') > 0) state.flags |= kReadableListening;
    if ((state.flags & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state.flags & (kEndEmitted | kReadableListening)) === 0) {
      state.flags = (state.flags | kReadableListening | kNeedReadable | kHasFlowing) &
        ~(kFlowing | kEmittedReadable);
      if (state.length) {
        emitReadable(this);
      } else if ((state.flags & kReading) === 0) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // Re-evaluated on the next tick, after the current 'readable' round (once('readable')
    // loops remove and re-add their listener).
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    state.flags &= ~kDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state.flags |= kReadableListening;
  else state.flags &= ~kReadableListening;

  if ((state.flags & (kHasPaused | kPaused | kResumeScheduled)) === (kHasPaused | kResumeScheduled)) {
    // A resume() is pending: it must find the stream flowing.
    state.flags |= kHasFlowing | kFlowing;
  } else if ((state.flags & kDataListening) !== 0) {
    self.resume();
  } else if ((state.flags & kReadableListening) === 0) {
    state.flags &= ~(kHasFlowing | kFlowing);
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if ((state.flags & kFlowing) === 0) {
    // Flow only when nobody listens to 'readable'; resume() must still be scheduled.
    state.flags |= kHasFlowing;
    if ((state.flags & kReadableListening) === 0) state.flags |= kFlowing;
    else state.flags &= ~kFlowing;
    if ((state.flags & kResumeScheduled) === 0) {
      state.flags |= kResumeScheduled;
      process.nextTick(resume_, this, state);
    }
  }
  state.flags = (state.flags | kHasPaused) & ~kPaused;
  return this;
};

function resume_(stream, state) {
  // Ended with nothing buffered (http's IncomingMessage of a bodyless request, dumped after
  // the response) and nobody listens to 'resume', 'data' or 'readable': reading and flowing
  // would only schedule the 'end' tick, so schedule it directly.
  if ((state.flags & (kEnded | kEndEmitted | kErrored | kDestroyed | kReading)) === kEnded &&
      state.length === 0 && (state.flags & kFlowing) !== 0 && stream._eventsCount <= 2 &&
      stream.listenerCount('resume') === 0 && stream.listenerCount('data') === 0 &&
      stream.listenerCount('readable') === 0) {
    state.flags &= ~kResumeScheduled;
    endReadable(stream);
    return;
  }
  if ((state.flags & kReading) === 0) stream.read(0);
  state.flags &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state.flags & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if ((state.flags & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state.flags = (state.flags | kHasFlowing) & ~kFlowing;
    this.emit('pause');
  }
  state.flags |= kHasPaused | kPaused;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  if ((state.flags & kObjectMode) !== 0) {
    // read() itself unless a subclass or the instance replaced it.
    var ret;
    do {
      if ((state.flags & kFlowing) === 0) return;
      ret = stream.read === readableRead ? readObject(stream, state) : stream.read();
    } while (ret !== null);
    return;
  }
  while ((state.flags & kFlowing) !== 0 && stream.read() !== null);
}

// Wraps an old-style stream (only 'data'/'end' events) as this Readable's source.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's other methods.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let wake = nop;

  // As a 'readable' listener (this === stream) it wakes the loop; as a promise executor
  // it parks the loop's resolve.
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // readable === false: a Duplex whose readable side was switched off.
      return !!r && r.readable !== false &&
        (r.flags & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return (this._readableState.flags & kDataEmitted) !== 0; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return r.readable !== false && (r.flags & (kDestroyed | kErrored)) !== 0 &&
        (r.flags & kEndEmitted) === 0;
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? (this._readableState.flags & kObjectMode) !== 0 : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? (this._readableState.flags & kClosed) !== 0 : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? (this._readableState.flags & kDestroyed) !== 0 : false; },
    set(value) {
      // Ignored before the state exists; afterwards the user manages it.
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? (this._readableState.flags & kEndEmitted) !== 0 : false; },
  },
});

// Takes n bytes (or characters, or one object) off the queue. The caller has checked that
// n is available; read() updates state.length.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const len = buf.length;
  const strings = (state.flags & kDecoder) !== 0;
  let idx = state.bufferIndex;
  let ret;
  let firstLen;

  if ((state.flags & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // All of it.
    if (strings) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let off = 0;
      while (idx < len) {
        const b = buf[idx];
        ret.set(b, off);
        off += b.length;
        buf[idx++] = null;
      }
    }
  } else if (n < (firstLen = buf[idx].length)) {
    // Part of the first chunk.
    const first = buf[idx];
    if (typeof first === 'string') {
      ret = first.slice(0, n);
      buf[idx] = first.slice(n);
    } else {
      ret = fastBufferView(first.buffer, first.byteOffset, n);
      buf[idx] = fastBufferView(first.buffer, first.byteOffset + n, firstLen - n);
    }
  } else if (n === firstLen) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (strings) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    let off = 0;
    while (idx < len) {
      const data = buf[idx];
      const want = n - off;
      if (want > data.length) {
        ret.set(data, off);
        off += data.length;
        buf[idx++] = null;
      } else {
        if (want === data.length) {
          ret.set(data, off);
          buf[idx++] = null;
        } else {
          ret.set(fastBufferView(data.buffer, data.byteOffset, want), off);
          buf[idx] = fastBufferView(data.buffer, data.byteOffset + want, data.length - want);
        }
        break;
      }
    }
  }

  dropTaken(state, buf, idx);
  return ret;
}

// The queue's first `idx` slots have been taken: empty it when all are, move the rest to
// the front when many are (a copy loop: splice() on the engine's arrays deletes and re-sets
// every element one property at a time), else just advance the head.
function dropTaken(state, buf, idx) {
  const len = buf.length;
  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
    return;
  }
  if (idx <= 1024) {
    state.bufferIndex = idx;
    return;
  }
  state.bufferIndex = 0;
  for (let i = idx; i < len; i++) buf[i - idx] = buf[i];
  buf.length = len - idx;
}

Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if ((state.flags & kEndEmitted) === 0) {
    state.flags |= kEnded;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // Emit 'end' unless errored, closed, or something was unshifted meanwhile.
  if ((state.flags & (kErrored | kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state.flags |= kEndEmitted;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if ((state.flags & kAutoDestroy) !== 0) {
      // A Duplex is destroyed once its writable side has finished too.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

let from;
Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

function webAdapters(api) {
  const { builtinExists } = require('internal/bootstrap/realm');
  if (!builtinExists('internal/webstreams/adapters')) throw new ERR_NOT_IMPLEMENTED(api);
  return require('internal/webstreams/adapters');
}

Readable.fromWeb = function(readableStream, options) {
  return webAdapters('Readable.fromWeb()').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return webAdapters('Readable.toWeb()').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

Readable._webAdapters = webAdapters;
