'use strict';
// stream.Readable, with Node 20's semantics: paused/flowing modes, 'readable' and 'data',
// read(n), push/unshift, setEncoding, pipe with backpressure, async iteration.
//
// The buffer is an array used as a queue: `bufferIndex` is its head; taken slots are
// nulled and the array is reset when it empties (or compacted when the head runs far).
// State lives in plain fields of ReadableState (the names Node programs read).

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { kOnConstructed, SymbolAsyncDispose, nop } = require('internal/streams/utils');
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

// paused: null until pause()/resume() are called, then true/false.
const kPaused = Symbol('kPaused');

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.readableObjectMode)));
  // Where _read() stops being called ahead of demand; 0 means never read ahead.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // False while an async _construct() runs.
  this.constructed = true;
  // True while _read() runs: data pushed then is emitted later, not re-entrantly.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !(options && options.emitClose === false);
  this.autoDestroy = !(options && options.autoDestroy === false);
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  // The pipe destinations we wait a 'drain' from: null, one stream, or a Set (multiAwaitDrain).
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.dataListening = false;
  this.decoder = null;
  this.encoding = null;
  this[kPaused] = null;
  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
  paused: {
    __proto__: null,
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  },
});

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
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
    if (options.signal) addAbortSignal(options.signal, this);
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
  return new FastBuffer(view.buffer, view.byteOffset, view.byteLength);
}

function invalidChunk(stream, chunk) {
  errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
  return false;
}

// push(chunk[, encoding]): queue data (or end it with null). Returns whether more
// can be pushed before the highWaterMark.
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  if (state.objectMode) return pushObject(this, state, chunk, encoding);

  if (chunk === null) {
    state.reading = false;
    onEofChunk(this, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
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

  if (!chunk || chunk.length <= 0) {
    state.reading = false;
    maybeReadMore(this, state);
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(this, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder !== null && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(this, state);
      return canPushMore(state);
    }
  }
  addChunk(this, state, chunk, false);
  return canPushMore(state);
};

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder !== null && !encoding) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// unshift(chunk[, encoding]): put data back at the front (something read() returned).
Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state.reading = false;
    onEofChunk(this, state);
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        // With an encoding set the queue holds strings in that encoding.
        chunk = state.encoding ?
          Buffer.from(chunk, encoding).toString(state.encoding) :
          Buffer.from(chunk, encoding);
      }
    } else if (ArrayBuffer.isView(chunk)) {
      if (!(chunk instanceof Buffer)) chunk = toBuffer(chunk);
    } else if (chunk !== undefined) {
      return invalidChunk(this, chunk);
    }
    if (!(chunk && chunk.length > 0)) return canPushMore(state);
  }
  if (state.endEmitted) {
    errorOrDestroy(this, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    addChunk(this, state, chunk, true);
  }
  return canPushMore(state);
};

function canPushMore(state) {
  // Below the mark, or empty (so a highWaterMark of 0 still moves data).
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && state.dataListening) {
    // Flowing with nothing queued: hand the chunk straight to 'data'.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (!addToFront) {
      state.buffer.push(chunk);
    } else if (state.bufferIndex > 0) {
      state.buffer[--state.bufferIndex] = chunk;
    } else {
      state.buffer.unshift(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = newDecoder(enc);
  state.decoder = decoder;
  // setEncoding(null) means utf8: take the decoder's name.
  state.encoding = decoder.encoding;
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
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    // read(): flowing takes one chunk at a time, otherwise everything.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough queued (or ended): just make sure 'readable' comes.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() when a 'readable' is awaited or the queue would fall under the mark,
  // unless ended, already reading, constructing, destroyed or errored. _read() may push
  // synchronously, so decide what to return only after it.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    // Empty: tell us as soon as something arrives.
    if (!state.ended) state.needReadable = true;
    // Asked past the end: 'end' comes next.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  const decoder = state.decoder;
  if (decoder !== null) {
    const chunk = decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read(): emit on the next tick, not re-entrantly.
    emitReadable(stream);
  } else {
    // Emit 'readable' now (some modules rely on it being synchronous at EOF).
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' will be wanted when paused, not ended and under the mark.
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

// Schedule reading ahead up to the highWaterMark.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Keep reading while under the mark (or, when flowing, while nothing is queued), as long
  // as _read() pushes synchronously; stop when it goes async, the stream ends, or a
  // read(0) brings nothing.
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
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
        state.multiAwaitDrain = false;
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
  } else if (!state.flowing) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && state.dataListening) {
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
    state.dataListening = true;
    // So that resume() below is a no-op when once('readable') is also listening.
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
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
    state.dataListening = false;
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
  state.readableListening = self.listenerCount('readable') > 0;

  if (state.resumeScheduled && state[kPaused] === false) {
    // A resume() is pending: it must find the stream flowing.
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // Flow only when nobody listens to 'readable'; resume() must still be scheduled.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
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
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
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
    get() { return this._readableState ? this._readableState.objectMode : false; },
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
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      // Ignored before the state exists; afterwards the user manages it.
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// Takes n bytes (or characters, or one object) off the queue. The caller has checked that
// n is available; read() updates state.length.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const len = buf.length;
  let idx = state.bufferIndex;
  let ret;

  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // All of it.
    if (state.decoder !== null) {
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
  } else if (n < buf[idx].length) {
    // Part of the first chunk.
    const first = buf[idx];
    if (typeof first === 'string') {
      ret = first.slice(0, n);
      buf[idx] = first.slice(n);
    } else {
      ret = new FastBuffer(first.buffer, first.byteOffset, n);
      buf[idx] = new FastBuffer(first.buffer, first.byteOffset + n, first.length - n);
    }
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder !== null) {
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
          ret.set(new FastBuffer(data.buffer, data.byteOffset, want), off);
          buf[idx] = new FastBuffer(data.buffer, data.byteOffset + want, data.length - want);
        }
        break;
      }
    }
  }

  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // Emit 'end' unless errored, closed, or something was unshifted meanwhile.
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
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
