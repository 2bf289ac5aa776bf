'use strict';
// node:buffer — Buffer (a Uint8Array subclass), SlowBuffer, the encoding helpers
// (isUtf8, isAscii, transcode, atob, btoa), Blob and File, with Node 20's argument
// checks and errors. Encoding, decoding, search, fill and compare run natively
// (internalBinding('buffer'), src/buffer.rs); see internal/buffer.js for the number
// read/write methods.

const binding = internalBinding('buffer');
const {
  FastBuffer,
  fastBufferView,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  encodingCode,
  normalizeEncoding,
  byteLengthOf,
  slice: sliceString,
  write: writeString,
  encodings: { UTF8, LATIN1, ASCII },
} = require('internal/buffer');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const { kMaxLength, kStringMaxLength } = binding;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const ArrayIsArray = Array.isArray;
const ObjectPrototypeValueOf = Object.prototype.valueOf;
const TypedArraySet = Uint8Array.prototype.set;

// validateInteger with kMaxLength as the default maximum.
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

// ---------------------------------------------------------------------------
// The allocation pool: small unsafe allocations share one ArrayBuffer.

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;
let allocBuffer;

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = allocBuffer.buffer;
  poolOffset = 0;
}
createPool();

// Keeps the next slice 8-byte aligned.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = fastBufferView(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---------------------------------------------------------------------------
// The Buffer() constructor (deprecated: DEP0005)

let bufferWarningEmitted = false;
let nodeModulesChecks = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() ' +
  'methods instead.';

const { calledFromNodeModules } = require('internal/util/node_modules');

function pendingDeprecation() {
  const has = (args) => Array.isArray(args) && args.includes('--pending-deprecation');
  return has(process.execArgv) ||
    (typeof process.env.NODE_OPTIONS === 'string' &&
     process.env.NODE_OPTIONS.includes('--pending-deprecation'));
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000 ||
      (!pendingDeprecation() && calledFromNodeModules())) {
    return;
  }
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

// ---------------------------------------------------------------------------
// Buffer.from and friends

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    // A plain array: what the probes below would conclude, without making them.
    if (ArrayIsArray(value) && value.valueOf === ObjectPrototypeValueOf) return fromArray(value);
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
};

// A copy of the bytes a TypedArray's elements span (not a conversion of its values).
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);

  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.slice(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

// Like %TypedArray%.of, but never through the deprecated constructor. An arrow function,
// so it has no `prototype` and cannot be called with `new`.
const of = (...items) => {
  const b = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};
Buffer.of = of;

Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

// Deprecated (DEP0030): a Buffer that is never taken from the pool.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// Encodes into the pool when the result is small, else into a buffer of its own.
function fromStringFast(string, code) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return new FastBuffer(binding.encode(string, code));
  length *= 4; // The most bytes a code unit can take.
  if (length >= maxLength) length = byteLengthOf(string, code);
  if (length >= maxLength) return new FastBuffer(binding.encode(string, code));
  if (length > poolSize - poolOffset) createPool();
  const actual = binding.write(allocBuffer, string, poolOffset, length, code);
  const b = fastBufferView(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let code = UTF8;
  if (encoding && encoding !== 'utf8' && typeof encoding === 'string') {
    code = encodingCode(encoding);
    if (code === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, code);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > poolSize - poolOffset) createPool();
    const b = fastBufferView(allocPool, poolOffset, obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

// fromArrayLike for an Array (its length is a plain number).
function fromArray(arr) {
  const len = arr.length;
  if (len === 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    if (len > poolSize - poolOffset) createPool();
    const b = fastBufferView(allocPool, poolOffset, len);
    TypedArraySet.call(b, arr, 0);
    poolOffset = (poolOffset + len + 7) & ~7;
    return b;
  }
  return new FastBuffer(arr);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// ---------------------------------------------------------------------------
// Static methods

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = binding.byteLengthOfList(list);
    if (length < 0) {
      // Not all Uint8Arrays: Node's loop, with its errors (a null item throws here).
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  const pos = binding.concat(buffer, list, 0);
  if (pos < 0) {
    const i = -pos - 1;
    throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return binding.byteLengthUtf8(string);
  if (encoding === 'ascii') return len;
  const code = encodingCode(encoding);
  // An unknown encoding counts as utf8, as in Node.
  return byteLengthOf(string, code === -1 ? UTF8 : code);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype

Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Number of an integer-like argument, or `def` when it is not a safe number.
function toInteger(n, def) {
  n = +n;
  if (n === n && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return def;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// Copies source[sourceStart..sourceEnd] to target at targetStart, cut to what fits.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  Uint8Array.prototype.set.call(target, source, targetStart);
  return nb;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

// Out-of-range start/end are clamped rather than thrown, as in Node.
Buffer.prototype.toString = function toString(encoding, start, end) {
  // (Checking the arguments one by one avoids making an `arguments` object; the answer
  // is the same when they are given as undefined.)
  if (encoding === undefined && start === undefined && end === undefined) {
    return sliceString(this, UTF8, 0, this.length);
  }

  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;

  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;

  if (end <= start) return '';
  if (encoding === undefined) return sliceString(this, UTF8, start, end);
  const code = encodingCode(encoding);
  if (code === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  return sliceString(this, code, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

let INSPECT_MAX_BYTES = 50;
let lazyInspect;
function utilInspect(value, options) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, options);
}

// How util.inspect() shows a Buffer: `<Buffer 68 69 ... 8 more bytes, extra: 1>`.
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  const hex = actualMax > 0 ? this.hexSlice(0, actualMax) : '';
  let str = '';
  for (let i = 0; i < hex.length; i += 2) {
    str += i === 0 ? hex.slice(0, 2) : ` ${hex.slice(i, i + 2)}`;
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown too.
  if (ctx) {
    let extras = false;
    const { getOwnNonIndexProperties } = internalBinding('util');
    const obj = { __proto__: null };
    for (const key of getOwnNonIndexProperties(this, !ctx.showHidden)) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      // Drop "[Object: null prototype] {" and " }" around the properties.
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined && targetEnd === undefined &&
      sourceStart === undefined && sourceEnd === undefined) {
    return binding.compare(this, target);
  }

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

// The first index of `val` at or after `byteOffset` (dir true), or the last one at or
// before it (dir false). `byteOffset` is clamped to the int32 range; NaN means the whole
// buffer; a string in its place is the encoding.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') return binding.indexOf(buffer, (val >>> 0) & 255, byteOffset, UTF8, dir);

  const code = encoding === undefined ? UTF8 : encodingCode(encoding);
  if (typeof val === 'string') {
    if (code === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
    // ascii is searched as latin1 bytes, as Node does.
    return binding.indexOf(buffer, val, byteOffset, code === ASCII ? LATIN1 : code, dir);
  }
  if (isUint8Array(val)) {
    return binding.indexOf(buffer, val, byteOffset, code === -1 ? UTF8 : code, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// buf.fill(number[, offset[, end]]), buf.fill(buffer[, offset[, end]]),
// buf.fill(string[, offset[, end]][, encoding])
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  let code = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    code = encodingCode(normalized);
    if (value.length === 0) {
      value = 0; // An empty string fills with zeros.
    } else if (value.length === 1) {
      // One character that is one byte: fill with its number.
      if (code === UTF8) {
        const c = value.charCodeAt(0);
        if (c < 128) value = c;
      } else if (code === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    if (offset > end || end - offset + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }

  let res;
  if (typeof value === 'string') {
    res = binding.fill(buf, value, offset, end, code);
  } else if (isArrayBufferView(value)) {
    const bytes = isUint8Array(value) ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    res = binding.fill(buf, bytes, offset, end, UTF8);
  } else {
    // Anything else fills with its number's low byte.
    Uint8Array.prototype.fill.call(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (res < 0) {
    if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
    throw new ERR_BUFFER_OUT_OF_BOUNDS();
  }
  return buf;
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return writeString(this, string, 0, this.length, UTF8);

  if (length === undefined && typeof offset === 'string') {
    // write(string, encoding)
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    // write(string, offset[, length][, encoding])
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === 'utf8') return writeString(this, string, offset, length, UTF8);
  const code = encodingCode(encoding);
  if (code === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeString(this, string, offset, length, code);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) return { type: 'Buffer', data: Array.prototype.slice.call(this) };
  return { type: 'Buffer', data: [] };
};

// An index into a buffer of `length`: negatives count from the end, then clamped.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return offset !== offset ? 0 : length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return fastBufferView(this.buffer, this.byteOffset + start, newLength);
};

// Deprecated alias of subarray(): the result shares memory with this buffer.
Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

Buffer.prototype.swap16 = function swap16() {
  if (this.length % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  binding.swap16(this);
  return this;
};

Buffer.prototype.swap32 = function swap32() {
  if (this.length % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  binding.swap32(this);
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  if (this.length % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  binding.swap64(this);
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---------------------------------------------------------------------------
// transcode, atob, btoa, isUtf8, isAscii

const icuErrors = { 1: 'U_ILLEGAL_ARGUMENT_ERROR', 10: 'U_INVALID_CHAR_FOUND' };
const transcodable = ['utf8', 'utf16le', 'latin1', 'ascii'];

// Re-encodes `source` from one of utf8, ucs2/utf16le, latin1/binary, ascii to another.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  let result = 1; // U_ILLEGAL_ARGUMENT_ERROR: an encoding ICU is not asked about.
  if (transcodable.includes(from) && transcodable.includes(to)) {
    result = binding.transcode(source, encodingCode(from), encodingCode(to));
  }
  if (typeof result !== 'number') return new FastBuffer(result);
  const code = icuErrors[result];
  throw genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno: result });
}

// Stands in for a DOMException named InvalidCharacterError (code 5) when there is no
// DOMException global: an Error with the same name and code.
function invalidCharacterError(message) {
  const err = new Error(message);
  Object.defineProperty(err, 'name', {
    __proto__: null, value: 'InvalidCharacterError', writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(err, 'code', {
    __proto__: null, value: 5, writable: true, configurable: true, enumerable: false,
  });
  require('internal/errors').setStackHeader(err, `InvalidCharacterError: ${message}`);
  return err;
}

// The DOMExceptions are made right here, so that their stacks start at atob/btoa.
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const result = binding.btoa(`${input}`);
  if (result === -1) {
    const message = 'Invalid character';
    throw typeof DOMException === 'function' ?
      new DOMException(message, 'InvalidCharacterError') : invalidCharacterError(message);
  }
  return result;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const result = binding.atob(`${input}`);
  if (typeof result === 'number') {
    const message = result === -2 ? 'Invalid character' :
      'The string to be decoded is not correctly encoded.';
    throw typeof DOMException === 'function' ?
      new DOMException(message, 'InvalidCharacterError') : invalidCharacterError(message);
  }
  return result;
}

// A Uint8Array over the bytes of a TypedArray or (Shared)ArrayBuffer.
function bytesOf(input) {
  if (isUint8Array(input)) return input;
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(bytesOf(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isAscii(bytesOf(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

// Blob, resolveObjectURL and File load on first use.
function defineLazy(target, id, keys) {
  let mod;
  for (const key of keys) {
    let value;
    const set = {
      [`set ${key}`](v) {
        Object.defineProperty(target, key, { __proto__: null, writable: true, value: v });
      },
    }[`set ${key}`];
    const get = {
      [`get ${key}`]() {
        mod ??= require(id);
        if (value === undefined) {
          value = mod[key];
          set(value);
        }
        return value;
      },
    }[`get ${key}`];
    Object.defineProperty(target, key, { __proto__: null, configurable: true, enumerable: true, get, set });
  }
}
defineLazy(module.exports, 'internal/buffer_blob', ['Blob', 'resolveObjectURL', 'File']);
