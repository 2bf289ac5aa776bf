'use strict';
// internal/buffer — the pieces of node:buffer other built-ins may need: FastBuffer (the
// Uint8Array subclass every Buffer is), the encoding table, and the Buffer.prototype
// methods that read and write numbers and strings. `buffer.js` builds the public API on
// top. Numbers are read and written here in JS (a few bytes each); strings go to the
// native binding (src/buffer.rs).

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// ---------------------------------------------------------------------------
// Encodings

// The binding's encoding numbers.
const UTF8 = 0;
const UCS2 = 1;
const LATIN1 = 2;
const ASCII = 3;
const BASE64 = 4;
const BASE64URL = 5;
const HEX = 6;

const encodingNames = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// Node's getEncodingOps(): the encoding number for a name (any case), -1 if unknown.
// Non-strings are turned into strings first ('' + encoding), as Node does.
function encodingCode(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 3:
      return encoding === 'hex' || encoding.toLowerCase() === 'hex' ? HEX : -1;
    case 4:
      if (encoding === 'utf8') return UTF8;
      if (encoding === 'ucs2') return UCS2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return UTF8;
      if (encoding === 'ucs2') return UCS2;
      return -1;
    case 5:
      if (encoding === 'utf-8') return UTF8;
      if (encoding === 'ascii') return ASCII;
      if (encoding === 'ucs-2') return UCS2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return UTF8;
      if (encoding === 'ascii') return ASCII;
      if (encoding === 'ucs-2') return UCS2;
      return -1;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return LATIN1;
      if (encoding === 'base64') return BASE64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return LATIN1;
      if (encoding === 'base64') return BASE64;
      return -1;
    case 7:
      return encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le' ? UCS2 : -1;
    case 8:
      return encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le' ? UCS2 : -1;
    case 9:
      return encoding === 'base64url' || encoding.toLowerCase() === 'base64url' ? BASE64URL : -1;
    default:
      return -1;
  }
}

// Node's internal normalizeEncoding(): the canonical name ('utf8', 'utf16le', 'latin1',
// 'ascii', 'base64', 'base64url', 'hex'), undefined if unknown. null, undefined and ''
// mean utf8; other non-strings are unknown.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  const code = encodingCode(enc);
  return code === -1 ? undefined : encodingNames[code];
}

// Byte length of `string` in encoding `code` (Node's estimate for base64 and hex).
function byteLengthOf(string, code) {
  switch (code) {
    case UTF8: return binding.byteLengthUtf8(string);
    case UCS2: return string.length * 2;
    case LATIN1:
    case ASCII: return string.length;
    case HEX: return string.length >>> 1;
    default: return base64ByteLength(string, string.length);
  }
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// ---------------------------------------------------------------------------
// FastBuffer

class FastBuffer extends Uint8Array {
  // An explicit constructor: the implicit one would spread `arguments` through the
  // (user-modifiable) array iterator.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// `new FastBuffer(arrayBuffer, offset, length)` for internal callers with integer offsets
// and lengths, made natively without the derived-class constructor call (≈ 3× cheaper; every
// read from a socket and every slice makes one).
const fastBufferView = binding.makeFastBufferView(FastBuffer.prototype);

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// ---------------------------------------------------------------------------
// Errors shaped like the ones Node's C++ layer throws (message without the code).

function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// ---------------------------------------------------------------------------
// Bounds checks for the number methods

// Throws the error for a bad `value` of an offset-like argument named `type`
// ('offset' when undefined); `length` is the largest valid value.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `buf[offset..offset + last]` must exist: `offset` a number and an integer index.
function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// `value` must lie in [min, max]; then the bytes must exist.
function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// ---------------------------------------------------------------------------
// Reading integers. Each method first tries the common case inline (a number offset
// whose bytes exist); anything else goes through the checks, which throw.

function readUInt8(offset = 0) {
  if (typeof offset === 'number') {
    const val = this[offset];
    if (val !== undefined) return val;
  }
  checkBounds(this, offset, 0);
}

function readInt8(offset = 0) {
  if (typeof offset === 'number') {
    const val = this[offset];
    if (val !== undefined) return (val << 24) >> 24;
  }
  checkBounds(this, offset, 0);
}

function readUInt16LE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return a | (b << 8);
  }
  checkBounds(this, offset, 1);
}

function readUInt16BE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return (a << 8) | b;
  }
  checkBounds(this, offset, 1);
}

function readInt16LE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return ((a | (b << 8)) << 16) >> 16;
  }
  checkBounds(this, offset, 1);
}

function readInt16BE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const b = this[offset + 1];
    if (a !== undefined && b !== undefined) return (((a << 8) | b) << 16) >> 16;
  }
  checkBounds(this, offset, 1);
}

function readInt32LE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined) {
      return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
    }
  }
  checkBounds(this, offset, 3);
}

function readInt32BE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined) {
      return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
    }
  }
  checkBounds(this, offset, 3);
}

function readUInt32LE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined) {
      return (a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24)) >>> 0;
    }
  }
  checkBounds(this, offset, 3);
}

function readUInt32BE(offset = 0) {
  if (typeof offset === 'number') {
    const a = this[offset];
    const d = this[offset + 3];
    if (a !== undefined && d !== undefined) {
      return ((a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d) >>> 0;
    }
  }
  checkBounds(this, offset, 3);
}

// Unsigned value of `n` bytes (1..6), little or big endian, after the bounds check.
function readUnsigned(buf, offset, n, le) {
  checkBounds(buf, offset, n - 1);
  let val = 0;
  if (le) {
    for (let i = n - 1; i >= 0; i--) val = val * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) val = val * 256 + buf[offset + i];
  }
  return val;
}

function readSigned(buf, offset, n, le) {
  const val = readUnsigned(buf, offset, n, le);
  const limit = 2 ** (8 * n - 1);
  return val >= limit ? val - limit * 2 : val;
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) return readUnsigned(this, offset, byteLength, true);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  byteLengthError(byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) return readUnsigned(this, offset, byteLength, false);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  byteLengthError(byteLength);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) return readSigned(this, offset, byteLength, true);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  byteLengthError(byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) return readSigned(this, offset, byteLength, false);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  byteLengthError(byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkBounds(this, offset, 7);
  const lo = (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24)) >>> 0;
  const hi = (this[offset + 4] | (this[offset + 5] << 8) | (this[offset + 6] << 16) | (this[offset + 7] << 24)) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function readBigUInt64BE(offset = 0) {
  checkBounds(this, offset, 7);
  const hi = ((this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]) >>> 0;
  const lo = ((this[offset + 4] << 24) | (this[offset + 5] << 16) | (this[offset + 6] << 8) | this[offset + 7]) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// ---------------------------------------------------------------------------
// Floats, through a scratch array in the machine's byte order (f32b/f64b[0] is the
// least significant byte on little-endian machines).

const float32 = new Float32Array(1);
const f32b = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const f64b = new Uint8Array(float64.buffer);
float32[0] = -1;
const bigEndian = f32b[3] === 0;

function readFloatForwards(offset = 0) {
  checkBounds(this, offset, 3);
  f32b[0] = this[offset];
  f32b[1] = this[offset + 1];
  f32b[2] = this[offset + 2];
  f32b[3] = this[offset + 3];
  return float32[0];
}

function readFloatBackwards(offset = 0) {
  checkBounds(this, offset, 3);
  f32b[3] = this[offset];
  f32b[2] = this[offset + 1];
  f32b[1] = this[offset + 2];
  f32b[0] = this[offset + 3];
  return float32[0];
}

function readDoubleForwards(offset = 0) {
  checkBounds(this, offset, 7);
  f64b[0] = this[offset];
  f64b[1] = this[offset + 1];
  f64b[2] = this[offset + 2];
  f64b[3] = this[offset + 3];
  f64b[4] = this[offset + 4];
  f64b[5] = this[offset + 5];
  f64b[6] = this[offset + 6];
  f64b[7] = this[offset + 7];
  return float64[0];
}

function readDoubleBackwards(offset = 0) {
  checkBounds(this, offset, 7);
  f64b[7] = this[offset];
  f64b[6] = this[offset + 1];
  f64b[5] = this[offset + 2];
  f64b[4] = this[offset + 3];
  f64b[3] = this[offset + 4];
  f64b[2] = this[offset + 5];
  f64b[1] = this[offset + 6];
  f64b[0] = this[offset + 7];
  return float64[0];
}

function writeFloatForwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 3);
  float32[0] = value;
  this[offset] = f32b[0];
  this[offset + 1] = f32b[1];
  this[offset + 2] = f32b[2];
  this[offset + 3] = f32b[3];
  return offset + 4;
}

function writeFloatBackwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 3);
  float32[0] = value;
  this[offset] = f32b[3];
  this[offset + 1] = f32b[2];
  this[offset + 2] = f32b[1];
  this[offset + 3] = f32b[0];
  return offset + 4;
}

function writeDoubleForwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 7);
  float64[0] = value;
  this[offset] = f64b[0];
  this[offset + 1] = f64b[1];
  this[offset + 2] = f64b[2];
  this[offset + 3] = f64b[3];
  this[offset + 4] = f64b[4];
  this[offset + 5] = f64b[5];
  this[offset + 6] = f64b[6];
  this[offset + 7] = f64b[7];
  return offset + 8;
}

function writeDoubleBackwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 7);
  float64[0] = value;
  this[offset] = f64b[7];
  this[offset + 1] = f64b[6];
  this[offset + 2] = f64b[5];
  this[offset + 3] = f64b[4];
  this[offset + 4] = f64b[3];
  this[offset + 5] = f64b[2];
  this[offset + 6] = f64b[1];
  this[offset + 7] = f64b[0];
  return offset + 8;
}

// ---------------------------------------------------------------------------
// Writing integers. The typed array stores each byte modulo 256, which also gives
// two's complement for negative values. The fixed-width methods skip the checks when
// the offset is a number, its bytes exist and the value is in range (the checks would
// pass); otherwise the checks run and throw, or pass for NaN, which is written as 0.

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Writes `n` bytes (2..6) of `value` (already range-checked as a number).
function writeBytes(buf, value, offset, n, le) {
  // The low 32 bits go byte by byte; the bits above come from the value scaled down.
  const low = n < 4 ? n : 4;
  const high = n > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < n; i++) {
    const byte = i < low ? value >>> (8 * i) : high >>> (8 * (i - 4));
    buf[le ? offset + i : offset + n - 1 - i] = byte;
  }
  return offset + n;
}

function writeU_Int(buf, value, offset, min, max, n, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  return writeBytes(buf, value, offset, n, le);
}

function writeUInt8(value, offset = 0) {
  if (typeof value === 'number' && typeof offset === 'number' && value >= 0 && value <= 0xff &&
      this[offset] !== undefined) {
    this[offset] = value;
    return offset + 1;
  }
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  if (typeof value === 'number' && typeof offset === 'number' && value >= -0x80 && value <= 0x7f &&
      this[offset] !== undefined) {
    this[offset] = value;
    return offset + 1;
  }
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

// Whether `buf[offset]` and `buf[offset + last]` exist (offset already a number).
function fits(buf, offset, last) {
  return buf[offset] !== undefined && buf[offset + last] !== undefined;
}

function writeUInt16LE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= 0 && value <= 0xffff && fits(this, offset, 1))) {
    checkInt(value, 0, 0xffff, this, offset, 1);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16BE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= 0 && value <= 0xffff && fits(this, offset, 1))) {
    checkInt(value, 0, 0xffff, this, offset, 1);
  }
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function writeInt16LE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= -0x8000 && value <= 0x7fff && fits(this, offset, 1))) {
    checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeInt16BE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= -0x8000 && value <= 0x7fff && fits(this, offset, 1))) {
    checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  }
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function write32(buf, value, offset, le) {
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
}

function writeUInt32LE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= 0 && value <= 0xffffffff && fits(this, offset, 3))) {
    checkInt(value, 0, 0xffffffff, this, offset, 3);
  }
  return write32(this, value, offset, true);
}

function writeUInt32BE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= 0 && value <= 0xffffffff && fits(this, offset, 3))) {
    checkInt(value, 0, 0xffffffff, this, offset, 3);
  }
  return write32(this, value, offset, false);
}

function writeInt32LE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= -0x80000000 && value <= 0x7fffffff && fits(this, offset, 3))) {
    checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  }
  return write32(this, value, offset, true);
}

function writeInt32BE(value, offset = 0) {
  value = +value;
  if (!(typeof offset === 'number' && value >= -0x80000000 && value <= 0x7fffffff && fits(this, offset, 3))) {
    checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  }
  return write32(this, value, offset, false);
}

// 2, 3, 4, 5 or 6 (the 1-byte case is handled apart).
function isMultiByteLength(n) {
  return n === 2 || n === 3 || n === 4 || n === 5 || n === 6;
}

const unsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const signedMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  if (isMultiByteLength(byteLength)) {
    return writeU_Int(this, value, offset, 0, unsignedMax[byteLength], byteLength, true);
  }
  byteLengthError(byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  if (isMultiByteLength(byteLength)) {
    return writeU_Int(this, value, offset, 0, unsignedMax[byteLength], byteLength, false);
  }
  byteLengthError(byteLength);
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  if (isMultiByteLength(byteLength)) {
    const max = signedMax[byteLength];
    return writeU_Int(this, value, offset, -max - 1, max, byteLength, true);
  }
  byteLengthError(byteLength);
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  if (isMultiByteLength(byteLength)) {
    const max = signedMax[byteLength];
    return writeU_Int(this, value, offset, -max - 1, max, byteLength, false);
  }
  byteLengthError(byteLength);
}

function writeBig64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  write32(buf, le ? lo : hi, offset, le);
  write32(buf, le ? hi : lo, offset + 4, le);
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

// ---------------------------------------------------------------------------
// The string methods Node's C++ layer puts on Buffer.prototype (utf8Slice, hexWrite, …),
// with that layer's argument rules: indices are coerced to integers, negatives throw.

function argIndex(value, def) {
  if (value === undefined) return def;
  const n = Math.trunc(+value);
  if (n < 0) throw indexOutOfRange();
  return n !== n ? 0 : n;
}

// `buf.toString()` for bytes start..end of `buf`, end included-exclusive, already valid.
function slice(buf, code, start, end) {
  const str = binding.toString(buf, code, start, end);
  if (str === undefined) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_STRING_TOO_LONG(binding.kStringMaxLength);
  }
  return str;
}

function makeSlice(code) {
  return function(start, end) {
    const len = this.length;
    if (len === 0) return '';
    start = argIndex(start, 0);
    end = argIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw indexOutOfRange();
    return slice(this, code, start, end);
  };
}

// Writes `string` at `offset`, at most `length` bytes; both already valid.
function write(buf, string, offset, length, code) {
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  if (length === 0) return 0;
  return binding.write(buf, string, offset, length, code);
}

function makeWrite(code) {
  return function(string, offset, length) {
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const len = this.length;
    offset = argIndex(offset, 0);
    if (offset > len) {
      throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    }
    length = argIndex(length, len - offset);
    if (length > len - offset) length = len - offset;
    return write(this, string, offset, length, code);
  };
}

function addBufferPrototypeMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;

  proto.readUIntLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUintLE = readUIntLE;
  proto.readUint32LE = readUInt32LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUint8 = readUInt8;
  proto.readUintBE = readUIntBE;
  proto.readUint32BE = readUInt32BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;

  proto.writeUIntLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUint8 = writeUInt8;
  proto.writeUintBE = writeUIntBE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;

  // The 8/16/32-bit integer and the float/double methods run C-level for the common case,
  // and call the JS method above for anything else (see src/buffer/int_access.rs); the
  // float ones are added to the list below, after they are assigned.
  const intMethods = [
    ['readUInt8', 1, 0, 1, 0], ['readInt8', 1, 1, 1, 0],
    ['readUInt16LE', 2, 0, 1, 0], ['readUInt16BE', 2, 0, 0, 0],
    ['readInt16LE', 2, 1, 1, 0], ['readInt16BE', 2, 1, 0, 0],
    ['readUInt32LE', 4, 0, 1, 0], ['readUInt32BE', 4, 0, 0, 0],
    ['readInt32LE', 4, 1, 1, 0], ['readInt32BE', 4, 1, 0, 0],
    ['writeUInt8', 1, 0, 1, 1], ['writeInt8', 1, 1, 1, 1],
    ['writeUInt16LE', 2, 0, 1, 1], ['writeUInt16BE', 2, 0, 0, 1],
    ['writeInt16LE', 2, 1, 1, 1], ['writeInt16BE', 2, 1, 0, 1],
    ['writeUInt32LE', 4, 0, 1, 1], ['writeUInt32BE', 4, 0, 0, 1],
    ['writeInt32LE', 4, 1, 1, 1], ['writeInt32BE', 4, 1, 0, 1],
  ];
  proto.readFloatLE = bigEndian ? readFloatBackwards : readFloatForwards;
  proto.readFloatBE = bigEndian ? readFloatForwards : readFloatBackwards;
  proto.readDoubleLE = bigEndian ? readDoubleBackwards : readDoubleForwards;
  proto.readDoubleBE = bigEndian ? readDoubleForwards : readDoubleBackwards;
  proto.writeFloatLE = bigEndian ? writeFloatBackwards : writeFloatForwards;
  proto.writeFloatBE = bigEndian ? writeFloatForwards : writeFloatBackwards;
  proto.writeDoubleLE = bigEndian ? writeDoubleBackwards : writeDoubleForwards;
  proto.writeDoubleBE = bigEndian ? writeDoubleForwards : writeDoubleBackwards;
  intMethods.push(
    ['readFloatLE', 4, 0, 1, 0, 1], ['readFloatBE', 4, 0, 0, 0, 1],
    ['readDoubleLE', 8, 0, 1, 0, 1], ['readDoubleBE', 8, 0, 0, 0, 1],
    ['writeFloatLE', 4, 0, 1, 1, 1], ['writeFloatBE', 4, 0, 0, 1, 1],
    ['writeDoubleLE', 8, 0, 1, 1, 1], ['writeDoubleBE', 8, 0, 0, 1, 1],
  );
  for (const { 0: name, 1: width, 2: signed, 3: le, 4: write, 5: float = 0 } of intMethods) {
    const js = proto[name];
    const code = width | (signed << 4) | (le << 5) | (write << 6) | (float << 7);
    const fast = binding.intAccess(js, code, js.length);
    // (the JS function's own name: Node's float methods are named readFloatForwards etc.)
    Object.defineProperty(fast, 'name', { __proto__: null, value: js.name, configurable: true });
    proto[name] = fast;
    // the Uint spellings are the same functions
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = fast;
  }

  proto.asciiSlice = makeSlice(ASCII);
  proto.base64Slice = makeSlice(BASE64);
  proto.base64urlSlice = makeSlice(BASE64URL);
  proto.latin1Slice = makeSlice(LATIN1);
  proto.hexSlice = makeSlice(HEX);
  proto.ucs2Slice = makeSlice(UCS2);
  proto.utf8Slice = makeSlice(UTF8);
  proto.asciiWrite = makeWrite(ASCII);
  proto.base64Write = makeWrite(BASE64);
  proto.base64urlWrite = makeWrite(BASE64URL);
  proto.latin1Write = makeWrite(LATIN1);
  proto.hexWrite = makeWrite(HEX);
  proto.ucs2Write = makeWrite(UCS2);
  proto.utf8Write = makeWrite(UTF8);
}

module.exports = {
  FastBuffer,
  fastBufferView,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  encodingCode,
  normalizeEncoding,
  byteLengthOf,
  nativeError,
  slice,
  write,
  encodings: { UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX },
  readUInt16BE,
  readUInt32BE,
};
