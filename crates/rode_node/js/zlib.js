'use strict';
// node:zlib — deflate/inflate, gzip/gunzip, raw, unzip and brotli as Transform streams, the
// one-shot sync and callback forms, crc32, constants and codes, with Node 20's API, option
// checks and errors. The compression itself is native (internalBinding('zlib'), zlib-rs and
// the brotli crate). Streams run each step on the blocking pool, one step at a time per
// stream, as Node does on its thread pool; the one-shot forms run the whole buffer through
// the engine at once (on the pool for the callback forms).

const binding = internalBinding('zlib');
const { Transform, finished } = require('stream');
const { Buffer, kMaxLength: bufferMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  isArrayBufferView,
  isAnyArrayBuffer,
  isUint8Array,
} = require('internal/util/types');
const {
  checkRangesOrGetDefault,
  validateFunction,
  validateUint32,
  validateFiniteNumber,
} = require('internal/validators');
const constants = require('internal/zlib/constants');

// Node 20's buffer.kMaxLength (2 ** 32): the default and upper bound of maxOutputLength
// (rode's Buffers are smaller; the bound is kept for Node's option checks and messages).
const kMaxLength = Math.max(bufferMaxLength, 2 ** 32);

const owner_symbol = Symbol('owner_symbol');
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

function lazyErrors() {
  return require('internal/errors');
}

function internalAssert(ok, message) {
  if (!ok) throw new (lazyErrors().codes.ERR_INTERNAL_ASSERTION)(message);
}

// Return codes, both ways.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;

// ---------------------------------------------------------------------------------------
// The native handle: one engine on the Rust side, known by id. Closed explicitly by the
// stream (end, destroy, sync use) or, if a program drops a stream without ending it, when
// the handle is garbage-collected.

let handleRegistry;
function registry() {
  handleRegistry ??= new FinalizationRegistry((id) => binding.close(id));
  return handleRegistry;
}

class ZlibHandle {
  constructor(id) {
    this._id = id;
    this._token = {};
    this.onerror = null;
    this.buffer = null;
    this.cb = null;
    this.availOutBefore = 0;
    this.availInBefore = 0;
    this.inOff = 0;
    this.flushFlag = 0;
    registry().register(this, id, this._token);
  }

  // One step on the pool; processCallback runs with the handle as `this` when it is done.
  write(flushFlag, chunk, outLen) {
    binding.write(this._id, flushFlag, chunk, outLen, (err, out, availIn, availOut) => {
      if (err !== null) {
        this.onerror(err[0], err[1], err[2]);
        return;
      }
      const self = this[owner_symbol];
      const state = self._writeState;
      state[0] = availOut;
      state[1] = availIn;
      processCallback.call(this, out);
    });
  }

  params(level, strategy) {
    const err = binding.params(this._id, level, strategy);
    if (err !== null) this.onerror(err[0], err[1], err[2]);
  }

  reset() {
    const err = binding.reset(this._id);
    if (err !== null) this.onerror(err[0], err[1], err[2]);
  }

  close() {
    if (this._id === 0) return;
    binding.close(this._id);
    registry().unregister(this._token);
    this._id = 0;
  }
}

// ---------------------------------------------------------------------------------------
// One-shot helpers

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: view other ArrayBufferViews and ArrayBuffers as Buffers.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new (lazyErrors().codes.ERR_BUFFER_TOO_LARGE)(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = (bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread));
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
        'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function zlibOnError(message, errno, code) {
  const self = this[owner_symbol];
  // There is no way to cleanly recover: continuing only obscures problems.
  const error = engineError(message, errno, code);
  self.destroy(error);
  self[kError] = error;
}

// ---------------------------------------------------------------------------------------
// ZlibBase: what zlib and brotli streams share

const FLUSH_BOUND = [
  [Z_NO_FLUSH, Z_BLOCK],
  [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
];
const FLUSH_BOUND_IDX_NORMAL = 0;
const FLUSH_BOUND_IDX_BROTLI = 1;

// ZlibBase's option checks, in Node's order.
function baseOptions(opts, mode, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const flushBoundIdx = (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) ?
    FLUSH_BOUND_IDX_BROTLI : FLUSH_BOUND_IDX_NORMAL;

  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('options.chunkSize',
                                                      `>= ${Z_MIN_CHUNK}`, chunkSize);
    }

    flush = checkRangesOrGetDefault(
      opts.flush, 'options.flush',
      FLUSH_BOUND[flushBoundIdx][0], FLUSH_BOUND[flushBoundIdx][1], flush);

    finishFlush = checkRangesOrGetDefault(
      opts.finishFlush, 'options.finishFlush',
      FLUSH_BOUND[flushBoundIdx][0], FLUSH_BOUND[flushBoundIdx][1], finishFlush);

    maxOutputLength = checkRangesOrGetDefault(
      opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  return { chunkSize, flush, finishFlush, fullFlush, maxOutputLength };
}

function ZlibBase(opts, mode, handle, defaults) {
  internalAssert(typeof mode === 'number');
  internalAssert(mode >= DEFLATE && mode <= BROTLI_ENCODE);
  const { chunkSize, flush, finishFlush, fullFlush, maxOutputLength } =
    baseOptions(opts, mode, defaults);

  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts };
    opts.encoding = null;
    opts.objectMode = false;
    opts.writableObjectMode = false;
  }

  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[owner_symbol] = this;
  handle.onerror = zlibOnError;
  this._outOffset = 0;

  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// `bytesRead` is the old name of bytesWritten (DEP0108).
let bytesReadGet;
let bytesReadSet;
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  get() {
    bytesReadGet ??= require('util').deprecate(function() {
      return this.bytesWritten;
    }, 'zlib.bytesRead is deprecated and will change its meaning in the ' +
       'future. Use zlib.bytesWritten instead.', 'DEP0108');
    return Reflect.apply(bytesReadGet, this, []);
  },
  set(value) {
    bytesReadSet ??= require('util').deprecate(function(v) {
      this.bytesWritten = v;
    }, 'Setting zlib.bytesRead is deprecated. ' +
       'This feature will be removed in the future.', 'DEP0108');
    Reflect.apply(bytesReadSet, this, [value]);
  },
});

ZlibBase.prototype.reset = function() {
  internalAssert(this._handle, 'zlib binding closed');
  return this._handle.reset();
};

// Transform's _flush: the last chunk has been written.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Force Transform compat behavior.
ZlibBase.prototype._final = function(callback) {
  callback();
};

// Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH: which
// of two pending flushes is "stronger" (used for the last chunk).
const flushiness = [];
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH,
                        Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
for (let i = 0; i < kFlushFlagList.length; i++) {
  flushiness[kFlushFlagList[i]] = i;
}

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty buffers tagged with a flush flag: .flush() writes one of them so the flush takes
// its place in the write sequence.
const kFlushBuffers = [];
{
  const dummyArrayBuffer = new ArrayBuffer(0);
  for (const flushFlag of kFlushFlagList) {
    kFlushBuffers[flushFlag] = Buffer.from(dummyArrayBuffer);
    kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
  }
}

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }

  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  // A 'fake' empty chunk carries a flush from .flush() to here.
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  }

  // The last chunk also gets `_finishFlushFlag`.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  // Kept for backwards compatibility.
  if (typeof cb === 'function')
    processChunk(this, chunk, flushFlag, cb);
  else
    return processChunkSync(this, chunk, flushFlag);
};

function asUint8(chunk) {
  return isUint8Array(chunk) ?
    chunk : new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// The whole chunk at once, natively: output windows of chunkSize as Node's loop uses them,
// the output checked against maxOutputLength as it grows. Closes the handle.
function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  const r = binding.writeSync(handle._id, flushFlag, asUint8(chunk),
                              self._chunkSize - self._outOffset, self._chunkSize,
                              self._maxOutputLength);
  if (r[0] === false) {
    _close(self);
    throw new (lazyErrors().codes.ERR_BUFFER_TOO_LARGE)(self._maxOutputLength);
  }
  if (r[0] === null) {
    handle.onerror(r[1], r[2], r[3]);
    if (error) throw error;
    throw self[kError];
  }

  self.bytesWritten = r[1];
  _close(self);

  if (r[0].byteLength === 0) return Buffer.alloc(0);
  return new FastBuffer(r[0]);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);

  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;

  handle.write(flushFlag, asUint8(chunk), handle.availOutBefore);
}

// A step finished (`this` is the handle); `out` holds what it produced.
function processCallback(out) {
  const handle = this;
  const self = this[owner_symbol];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];

  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    self._outOffset += have;
    streamBufferIsFull = !self.push(new FastBuffer(out));
  } else {
    internalAssert(have === 0, 'have should not go down');
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  // The output window is used up, or all the input: start a new window.
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
  }

  if (availOutAfter === 0) {
    // Not done: go on with the rest of the input (kept natively).
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;

    if (!streamBufferIsFull) {
      this.write(handle.flushFlag, null, self._chunkSize);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        this.write(handle.flushFlag, null, self._chunkSize);
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Input left but output room too: the compressed stream ended before the input did
    // (trailing data after a deflate/brotli stream). End the readable side.
    self.push(null);
  }

  // Finished with the chunk.
  this.buffer = null;
  this.cb();
}

function _close(engine) {
  // .close() may come after an error, which already dropped the handle.
  engine._handle?.close();
  engine._handle = null;
}

// ---------------------------------------------------------------------------------------
// zlib streams

const zlibDefaultOpts = {
  flush: Z_NO_FLUSH,
  finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH,
};

// Zlib's option checks, in Node's order: the engine's init arguments.
function zlibInitArgs(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // windowBits 0 is invalid for compression, but for decompression it means "take the
    // window size from the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not for gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(
        opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }

    level = checkRangesOrGetDefault(
      opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);

    memLevel = checkRangesOrGetDefault(
      opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);

    strategy = checkRangesOrGetDefault(
      opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);

    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
          'options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
    if (dictionary !== undefined) dictionary = asUint8(dictionary);
  }
  return [windowBits, level, memLevel, strategy, dictionary];
}

function Zlib(opts, mode) {
  const args = zlibInitArgs(opts, mode);
  const handle = new ZlibHandle(binding.create(mode, ...args));
  this._writeState = new Uint32Array(2);

  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);

  this._level = args[1];
  this._strategy = args[3];
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// .params() waits for a sync flush, so the parameters never change under a step in flight.
function paramsAfterFlushCallback(level, strategy, callback) {
  internalAssert(this._handle, 'zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);

  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH,
               paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

function Deflate(opts) {
  if (!(this instanceof Deflate)) return new Deflate(opts);
  Reflect.apply(Zlib, this, [opts, DEFLATE]);
}
Object.setPrototypeOf(Deflate.prototype, Zlib.prototype);
Object.setPrototypeOf(Deflate, Zlib);

function Inflate(opts) {
  if (!(this instanceof Inflate)) return new Inflate(opts);
  Reflect.apply(Zlib, this, [opts, INFLATE]);
}
Object.setPrototypeOf(Inflate.prototype, Zlib.prototype);
Object.setPrototypeOf(Inflate, Zlib);

function Gzip(opts) {
  if (!(this instanceof Gzip)) return new Gzip(opts);
  Reflect.apply(Zlib, this, [opts, GZIP]);
}
Object.setPrototypeOf(Gzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Gzip, Zlib);

function Gunzip(opts) {
  if (!(this instanceof Gunzip)) return new Gunzip(opts);
  Reflect.apply(Zlib, this, [opts, GUNZIP]);
}
Object.setPrototypeOf(Gunzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Gunzip, Zlib);

function DeflateRaw(opts) {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  Reflect.apply(Zlib, this, [opts, DEFLATERAW]);
}
Object.setPrototypeOf(DeflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(DeflateRaw, Zlib);

function InflateRaw(opts) {
  if (!(this instanceof InflateRaw)) return new InflateRaw(opts);
  Reflect.apply(Zlib, this, [opts, INFLATERAW]);
}
Object.setPrototypeOf(InflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(InflateRaw, Zlib);

function Unzip(opts) {
  if (!(this instanceof Unzip)) return new Unzip(opts);
  Reflect.apply(Zlib, this, [opts, UNZIP]);
}
Object.setPrototypeOf(Unzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Unzip, Zlib);

// ---------------------------------------------------------------------------------------
// brotli streams

// The highest BROTLI_PARAM_* value (BROTLI_PARAM_NDIRECT).
const kMaxBrotliParam = Math.max(
  ...Object.entries(constants)
    .map(({ 0: key, 1: value }) => (key.startsWith('BROTLI_PARAM_') ? value : 0)));

const brotliInitParamsArray = new Uint32Array(kMaxBrotliParam + 1);

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

// Brotli's parameter checks, then the engine (ERR_ZLIB_INITIALIZATION_FAILED when brotli
// refuses a parameter): its id.
function brotliCreate(opts, mode) {
  brotliInitParamsArray.fill(-1);
  if (opts?.params) {
    Object.keys(opts.params).forEach((origKey) => {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam ||
          (brotliInitParamsArray[key] | 0) !== -1) {
        throw new (lazyErrors().codes.ERR_BROTLI_INVALID_PARAM)(origKey);
      }

      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options.params[key]',
                                                            'number', opts.params[origKey]);
      }
      brotliInitParamsArray[key] = value;
    });
  }

  const id = binding.createBrotli(mode, brotliInitParamsArray);
  if (id < 0) {
    throw new (lazyErrors().codes.ERR_ZLIB_INITIALIZATION_FAILED)();
  }
  return id;
}

function Brotli(opts, mode) {
  internalAssert(mode === BROTLI_DECODE || mode === BROTLI_ENCODE);
  const handle = new ZlibHandle(brotliCreate(opts, mode));
  this._writeState = new Uint32Array(2);

  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_ENCODE]);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_DECODE]);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// ---------------------------------------------------------------------------------------
// One-shot forms. They make the same option checks as the stream constructors, in the same
// order, then run the engine directly (natively, in one go) without building a stream —
// unless an option needs the stream (`info`, or anything a Transform reads), in which case
// they go through one, as Node does.

const kEngineOptions = new Set(['level', 'windowBits', 'memLevel', 'strategy', 'dictionary',
                                'chunkSize', 'flush', 'finishFlush', 'maxOutputLength', 'params']);

function needsStream(opts) {
  if (opts === undefined || opts === null) return false;
  if (typeof opts !== 'object') return true;
  for (const key of Object.keys(opts)) {
    if (!kEngineOptions.has(key)) return true;
  }
  return false;
}

// A native engine and ZlibBase's settings for it.
function createEngine(mode, opts) {
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
  const id = brotli ? brotliCreate(opts, mode) : binding.create(mode, ...zlibInitArgs(opts, mode));
  try {
    return [id, baseOptions(opts, mode, brotli ? brotliDefaultOpts : zlibDefaultOpts)];
  } catch (err) {
    binding.close(id);
    throw err;
  }
}

function engineError(message, errno, code) {
  const error = lazyErrors().genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  return error;
}

function outputBuffer(ab) {
  return ab.byteLength === 0 ? Buffer.alloc(0) : new FastBuffer(ab);
}

function engineSync(mode, buffer, opts) {
  const { 0: id, 1: base } = createEngine(mode, opts);
  try {
    if (typeof buffer === 'string') {
      buffer = Buffer.from(buffer);
    } else if (!isArrayBufferView(buffer)) {
      if (isAnyArrayBuffer(buffer)) {
        buffer = Buffer.from(buffer);
      } else {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
          'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
      }
    }
    const r = binding.writeSync(id, base.finishFlush, asUint8(buffer), base.chunkSize,
                                base.chunkSize, base.maxOutputLength);
    if (r[0] === false) throw new (lazyErrors().codes.ERR_BUFFER_TOO_LARGE)(base.maxOutputLength);
    if (r[0] === null) throw engineError(r[1], r[2], r[3]);
    return outputBuffer(r[0]);
  } finally {
    binding.close(id);
  }
}

function engineAsync(mode, buffer, opts, callback) {
  const { 0: id, 1: base } = createEngine(mode, opts);
  try {
    validateFunction(callback, 'callback');
    // What the stream's end(buffer) would accept.
    if (buffer === undefined || buffer === null) {
      buffer = Buffer.alloc(0);
    } else if (typeof buffer === 'string') {
      buffer = Buffer.from(buffer);
    } else if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else if (!isArrayBufferView(buffer)) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
  } catch (err) {
    binding.close(id);
    throw err;
  }
  binding.writeAll(id, base.finishFlush, asUint8(buffer), base.chunkSize,
                   base.maxOutputLength, (err, out) => {
                     binding.close(id);
                     if (err === null) {
                       callback(null, outputBuffer(out));
                     } else if (err === false) {
                       callback(new (lazyErrors().codes.ERR_BUFFER_TOO_LARGE)(base.maxOutputLength));
                     } else {
                       callback(engineError(err[0], err[1], err[2]));
                     }
                   });
}

function createConvenienceMethod(ctor, mode, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      if (needsStream(opts)) return zlibBufferSync(new ctor(opts), buffer);
      return engineSync(mode, buffer, opts);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    if (needsStream(opts)) return zlibBuffer(new ctor(opts), buffer, callback);
    return engineAsync(mode, buffer, opts, callback);
  };
}

// ---------------------------------------------------------------------------------------

function createProperty(ctor) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function(options) {
      return new ctor(options);
    },
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
      'data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? Buffer.from(data) : asUint8(data), value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  // Convenience methods: compress/decompress a string or buffer in one step.
  deflate: createConvenienceMethod(Deflate, DEFLATE, false),
  deflateSync: createConvenienceMethod(Deflate, DEFLATE, true),
  gzip: createConvenienceMethod(Gzip, GZIP, false),
  gzipSync: createConvenienceMethod(Gzip, GZIP, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, DEFLATERAW, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, DEFLATERAW, true),
  unzip: createConvenienceMethod(Unzip, UNZIP, false),
  unzipSync: createConvenienceMethod(Unzip, UNZIP, true),
  inflate: createConvenienceMethod(Inflate, INFLATE, false),
  inflateSync: createConvenienceMethod(Inflate, INFLATE, true),
  gunzip: createConvenienceMethod(Gunzip, GUNZIP, false),
  gunzipSync: createConvenienceMethod(Gunzip, GUNZIP, true),
  inflateRaw: createConvenienceMethod(InflateRaw, INFLATERAW, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, INFLATERAW, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, BROTLI_ENCODE, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, BROTLI_ENCODE, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, BROTLI_DECODE, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, BROTLI_DECODE, true),
};

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  codes: {
    __proto__: null,
    enumerable: true,
    writable: false,
    value: Object.freeze(codes),
  },
});

// The legacy top-level constants (deprecated aliases of zlib.constants, brotli's excluded).
for (const { 0: key, 1: value } of Object.entries(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null,
    enumerable: false,
    value,
    writable: false,
  });
}
