'use strict';

// v8.Serializer / v8.Deserializer: V8's ValueSerializer wire format (version 15), written
// in JS. The byte layout follows V8's documented tags so that data written here reads in
// Node and the other way round. Where V8 picks an encoding from hidden engine state (packed
// vs. holey arrays, Smi vs. heap number, one- vs. two-byte strings) we choose from what JS
// can see: an array with no holes is written dense, one with holes sparse; an int32 (not
// -0) is written as Int32; a string whose code units all fit in a byte is one-byte.

const types = require('internal/util/types');

const LATEST_VERSION = 15;
const MIN_VERSION = 13;

// Tags (one byte each), as constants: the hot paths compare against them often.
const T_VERSION = 0xFF;
const T_PADDING = 0x00;
const T_VERIFY_OBJECT_COUNT = 0x3F; // ?
const T_THE_HOLE = 0x2D; // -
const T_UNDEFINED = 0x5F; // _
const T_NULL = 0x30; // 0
const T_TRUE = 0x54; // T
const T_FALSE = 0x46; // F
const T_INT32 = 0x49; // I
const T_UINT32 = 0x55; // U
const T_DOUBLE = 0x4E; // N
const T_BIGINT = 0x5A; // Z
const T_UTF8_STRING = 0x53; // S
const T_ONE_BYTE_STRING = 0x22; // "
const T_TWO_BYTE_STRING = 0x63; // c
const T_OBJECT_REFERENCE = 0x5E; // ^
const T_BEGIN_OBJECT = 0x6F; // o
const T_END_OBJECT = 0x7B; // {
const T_BEGIN_SPARSE_ARRAY = 0x61; // a
const T_END_SPARSE_ARRAY = 0x40; // @
const T_BEGIN_DENSE_ARRAY = 0x41; // A
const T_END_DENSE_ARRAY = 0x24; // $
const T_DATE = 0x44; // D
const T_TRUE_OBJECT = 0x79; // y
const T_FALSE_OBJECT = 0x78; // x
const T_NUMBER_OBJECT = 0x6E; // n
const T_BIGINT_OBJECT = 0x7A; // z
const T_STRING_OBJECT = 0x73; // s
const T_REGEXP = 0x52; // R
const T_BEGIN_MAP = 0x3B; // ;
const T_END_MAP = 0x3A; // :
const T_BEGIN_SET = 0x27; // '
const T_END_SET = 0x2C; // ,
const T_ARRAY_BUFFER = 0x42; // B
const T_RESIZABLE_ARRAY_BUFFER = 0x7E; // ~
const T_ARRAY_BUFFER_TRANSFER = 0x74; // t
const T_ARRAY_BUFFER_VIEW = 0x56; // V
const T_SHARED_ARRAY_BUFFER = 0x75; // u
const T_HOST_OBJECT = 0x5C; // \
const T_ERROR = 0x72; // r

// Error sub-tags.
const E = {
  EVAL: 0x45, RANGE: 0x52, REFERENCE: 0x46, SYNTAX: 0x53, TYPE: 0x54, URI: 0x55,
  MESSAGE: 0x6D, CAUSE: 0x63, STACK: 0x73, END: 0x2E,
};
const errorProtoTags = [
  ['EvalError', E.EVAL, EvalError], ['RangeError', E.RANGE, RangeError],
  ['ReferenceError', E.REFERENCE, ReferenceError], ['SyntaxError', E.SYNTAX, SyntaxError],
  ['TypeError', E.TYPE, TypeError], ['URIError', E.URI, URIError],
];

// ArrayBufferView sub-tags, in the order of their constructors.
const viewTags = [
  [0x62 /* b */, Int8Array], [0x42 /* B */, Uint8Array], [0x43 /* C */, Uint8ClampedArray],
  [0x77 /* w */, Int16Array], [0x57 /* W */, Uint16Array], [0x64 /* d */, Int32Array],
  [0x44 /* D */, Uint32Array], [0x66 /* f */, Float32Array], [0x46 /* F */, Float64Array],
  [0x71 /* q */, BigInt64Array], [0x51 /* Q */, BigUint64Array], [0x3F /* ? */, DataView],
];

const REGEXP_FLAGS = [
  ['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['l', 64], ['d', 128], ['v', 256],
];

const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const getter = (proto, name) => uncurryThis(Object.getOwnPropertyDescriptor(proto, name).get);
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayBuffer = getter(TypedArrayPrototype, 'buffer');
const typedArrayByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const typedArrayByteLength = getter(TypedArrayPrototype, 'byteLength');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const dataViewByteOffset = getter(DataView.prototype, 'byteOffset');
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const rabDesc = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable');
const arrayBufferResizable = rabDesc ? uncurryThis(rabDesc.get) : () => false;
const maxDesc = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'maxByteLength');
const arrayBufferMaxByteLength = maxDesc ? uncurryThis(maxDesc.get) : arrayBufferByteLength;
const regExpSource = getter(RegExp.prototype, 'source');
const regExpFlags = getter(RegExp.prototype, 'flags');
const dateGetTime = uncurryThis(Date.prototype.getTime);
const mapEntries = uncurryThis(Map.prototype.entries);
const setValues = uncurryThis(Set.prototype.values);
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigintValueOf = uncurryThis(BigInt.prototype.valueOf);
const hasOwn = uncurryThis(Object.prototype.hasOwnProperty);
const functionToString = uncurryThis(Function.prototype.toString);
const symbolToString = uncurryThis(Symbol.prototype.toString);

// Object kinds, found from QuickJS's class id (one native call) instead of a chain of
// brand checks. The ids are learnt from sample objects.
const classId = internalBinding('v8').classId;
const K_OBJECT = 1;
const K_ARRAY = 2;
const K_ERROR = 3;
const K_NUMBER = 4;
const K_STRING = 5;
const K_BOOLEAN = 6;
const K_BIGINT = 7;
const K_DATE = 8;
const K_REGEXP = 9;
const K_MAP = 10;
const K_SET = 11;
const K_ARRAY_BUFFER = 12;
const K_SHARED_ARRAY_BUFFER = 13;
const K_TYPED_ARRAY = 14;
const K_DATA_VIEW = 15;
const K_PROXY = 16;
const K_SYMBOL = 17;
const kindById = []; // indexed by class id
{
  const samples = [
    [{}, K_OBJECT], [[], K_ARRAY], [new Error(), K_ERROR], [Object(1), K_NUMBER],
    [Object(''), K_STRING], [Object(true), K_BOOLEAN], [Object(1n), K_BIGINT],
    [new Date(0), K_DATE], [/x/, K_REGEXP], [new Map(), K_MAP], [new Set(), K_SET],
    [new ArrayBuffer(0), K_ARRAY_BUFFER], [new DataView(new ArrayBuffer(0)), K_DATA_VIEW],
    [new Proxy({}, {}), K_PROXY], [new Proxy(function() {}, {}), K_PROXY],
    [Object(Symbol()), K_SYMBOL],
  ];
  if (typeof SharedArrayBuffer === 'function') {
    samples.push([new SharedArrayBuffer(0), K_SHARED_ARRAY_BUFFER]);
  }
  for (const [, C] of [[0, Int8Array], [0, Uint8Array], [0, Uint8ClampedArray], [0, Int16Array],
    [0, Uint16Array], [0, Int32Array], [0, Uint32Array], [0, Float32Array], [0, Float64Array],
    [0, BigInt64Array], [0, BigUint64Array]]) {
    samples.push([new C(0), K_TYPED_ARRAY]);
  }
  if (typeof Float16Array === 'function') samples.push([new Float16Array(0), K_TYPED_ARRAY]);
  for (const [v, k] of samples) kindById[classId(v)] = k;
}
const kindOf = (obj) => kindById[classId(obj)] || 0;

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

// A canonical array index ("0" … "4294967294") as a number, or -1.
function arrayIndex(key) {
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return -1;
  const n = +key;
  if (n >= 0 && n <= 4294967294 && Number.isInteger(n) && String(n) === key) return n;
  return -1;
}

function isSmi(v) {
  return typeof v === 'number' && (v | 0) === v && !Object.is(v, -0);
}

function varintSize(n) {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function describe(value) {
  if (typeof value === 'function') return functionToString(value);
  if (typeof value === 'symbol') return symbolToString(value);
  let name = 'Object';
  try {
    const ctor = value.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name) name = ctor.name;
  } catch {
    // keep 'Object'
  }
  return `#<${name}>`;
}

function bufferSourceBytes(view) {
  if (kindOf(view) === K_DATA_VIEW) {
    return new Uint8Array(dataViewBuffer(view), dataViewByteOffset(view), dataViewByteLength(view));
  }
  return new Uint8Array(typedArrayBuffer(view), typedArrayByteOffset(view), typedArrayByteLength(view));
}

function invalidArgType(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class Serializer {
  constructor() {
    this._buf = new Uint8Array(64);
    this._len = 0;
    this._ids = new Map();
    this._nextId = 0;
    this._transfers = new Map();
    this._viewsAsHost = false;
  }

  _reserve(n) {
    if (this._len + n <= this._buf.length) return;
    let cap = this._buf.length * 2;
    while (cap < this._len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this._buf.subarray(0, this._len));
    this._buf = next;
  }

  _byte(b) {
    this._reserve(1);
    this._buf[this._len++] = b;
  }

  _varint(n) {
    // n is a non-negative integer up to 2^53.
    this._reserve(10);
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this._buf[this._len++] = b;
    } while (n > 0);
  }

  _bigVarint(n) {
    this._reserve(10);
    do {
      let b = Number(n & 0x7Fn);
      n >>= 7n;
      if (n > 0n) b |= 0x80;
      this._buf[this._len++] = b;
    } while (n > 0n);
  }

  _double(d) {
    f64[0] = d;
    this._reserve(8);
    this._buf.set(f64Bytes, this._len);
    this._len += 8;
  }

  _raw(bytes) {
    this._reserve(bytes.length);
    this._buf.set(bytes, this._len);
    this._len += bytes.length;
  }

  // Node calls _getDataCloneError as a plain function on the serializer.
  _cloneError(message) {
    return this._getDataCloneError(message);
  }

  writeHeader() {
    this._byte(T_VERSION);
    this._varint(LATEST_VERSION);
  }

  writeValue(value) {
    this._writeObject(value);
    return true;
  }

  releaseBuffer() {
    const { Buffer } = require('buffer');
    const out = Buffer.from(this._buf.buffer, 0, this._len);
    this._buf = new Uint8Array(64);
    this._len = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isArrayBuffer(arrayBuffer)) {
      throw invalidArgType('arrayBuffer must be an ArrayBuffer');
    }
    this._transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    this._varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this._bigVarint((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this._double(+value);
  }

  writeRawBytes(source) {
    if (!types.isArrayBufferView(source)) {
      throw invalidArgType('source must be a TypedArray or a DataView');
    }
    this._raw(bufferSourceBytes(source));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this._viewsAsHost = !!flag;
  }

  _writeString(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this._byte(T_ONE_BYTE_STRING);
      this._varint(s.length);
      this._reserve(s.length);
      for (let i = 0; i < s.length; i++) this._buf[this._len++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    // Two-byte strings are aligned so their payload starts at an even offset.
    if ((this._len + 1 + varintSize(byteLength)) & 1) this._byte(T_PADDING);
    this._byte(T_TWO_BYTE_STRING);
    this._varint(byteLength);
    this._reserve(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this._buf[this._len++] = c & 0xFF;
      this._buf[this._len++] = c >> 8;
    }
  }

  _writeNumber(n) {
    if (isSmi(n)) {
      this._byte(T_INT32);
      this._varint(((n << 1) ^ (n >> 31)) >>> 0);
    } else {
      this._byte(T_DOUBLE);
      this._double(n);
    }
  }

  _writeBigIntBody(b) {
    const negative = b < 0n;
    let mag = negative ? -b : b;
    const bytes = [];
    while (mag > 0n) {
      bytes.push(Number(mag & 0xFFn));
      mag >>= 8n;
    }
    while (bytes.length % 8 !== 0) bytes.push(0);
    this._varint(bytes.length * 2 + (negative ? 1 : 0));
    this._raw(bytes);
  }

  _writeObject(value) {
    switch (typeof value) {
      case 'undefined': return this._byte(T_UNDEFINED);
      case 'boolean': return this._byte(value ? T_TRUE : T_FALSE);
      case 'number': return this._writeNumber(value);
      case 'bigint':
        this._byte(T_BIGINT);
        return this._writeBigIntBody(value);
      case 'string': return this._writeString(value);
      case 'symbol':
      case 'function':
        throw this._cloneError(`${describe(value)} could not be cloned.`);
      default:
        break;
    }
    if (value === null) return this._byte(T_NULL);
    const kind = kindOf(value);
    if (!this._viewsAsHost && (kind === K_TYPED_ARRAY || kind === K_DATA_VIEW) &&
        !this._ids.has(value)) {
      // A view's buffer is written (and numbered) before the view itself.
      this._writeReceiver(kind === K_DATA_VIEW ? dataViewBuffer(value) : typedArrayBuffer(value),
                          K_ARRAY_BUFFER);
    }
    return this._writeReceiver(value, kind);
  }

  _writeReceiver(obj, kind) {
    const seen = this._ids.get(obj);
    if (seen !== undefined) {
      this._byte(T_OBJECT_REFERENCE);
      return this._varint(seen);
    }
    this._ids.set(obj, this._nextId++);
    switch (kind) {
      case K_OBJECT: {
        this._byte(T_BEGIN_OBJECT);
        const count = this._writeProperties(obj, Object.keys(obj), false);
        this._byte(T_END_OBJECT);
        return this._varint(count);
      }
      case K_ARRAY: return this._writeArray(obj);
      case K_TYPED_ARRAY:
      case K_DATA_VIEW:
        if (this._viewsAsHost) return this._writeHost(obj);
        return this._writeView(obj, kind);
      case K_DATE:
        this._byte(T_DATE);
        return this._double(dateGetTime(obj));
      case K_BOOLEAN: return this._byte(booleanValueOf(obj) ? T_TRUE_OBJECT : T_FALSE_OBJECT);
      case K_NUMBER:
        this._byte(T_NUMBER_OBJECT);
        return this._double(numberValueOf(obj));
      case K_BIGINT:
        this._byte(T_BIGINT_OBJECT);
        return this._writeBigIntBody(bigintValueOf(obj));
      case K_STRING:
        this._byte(T_STRING_OBJECT);
        return this._writeString(stringValueOf(obj));
      case K_REGEXP: {
        this._byte(T_REGEXP);
        this._writeString(regExpSource(obj));
        const flags = regExpFlags(obj);
        let bits = 0;
        for (const [ch, bit] of REGEXP_FLAGS) if (flags.includes(ch)) bits |= bit;
        return this._varint(bits);
      }
      case K_MAP: {
        const entries = [...mapEntries(obj)];
        this._byte(T_BEGIN_MAP);
        for (const [k, v] of entries) {
          this._writeObject(k);
          this._writeObject(v);
        }
        this._byte(T_END_MAP);
        return this._varint(entries.length * 2);
      }
      case K_SET: {
        const values = [...setValues(obj)];
        this._byte(T_BEGIN_SET);
        for (const v of values) this._writeObject(v);
        this._byte(T_END_SET);
        return this._varint(values.length);
      }
      case K_ARRAY_BUFFER: return this._writeArrayBuffer(obj);
      case K_SHARED_ARRAY_BUFFER:
        if (typeof this._getSharedArrayBufferId !== 'function') break;
        this._byte(T_SHARED_ARRAY_BUFFER);
        return this._varint(this._getSharedArrayBufferId(obj) >>> 0);
      case K_ERROR: return this._writeError(obj);
      default:
        break;
    }
    // Proxies, functions, promises, weak collections, iterators, arguments objects, …
    const what = kind === K_SYMBOL ? '[object Symbol]' : describe(obj);
    throw this._cloneError(`${what} could not be cloned.`);
  }

  _writeKey(key) {
    const index = arrayIndex(key);
    if (index >= 0) this._writeNumber(index);
    else this._writeString(key);
  }

  _writeProperties(obj, keys, skipIndices) {
    let count = 0;
    for (const key of keys) {
      if (skipIndices && arrayIndex(key) >= 0) continue;
      if (!hasOwn(obj, key)) continue;
      this._writeKey(key);
      this._writeObject(obj[key]);
      count++;
    }
    return count;
  }

  _writeArray(arr) {
    const length = arr.length;
    const keys = Object.keys(arr);
    let indexCount = 0;
    for (const key of keys) if (arrayIndex(key) >= 0) indexCount++;
    let dense = indexCount === length;
    if (dense) {
      for (let i = 0; i < length; i++) {
        if (!hasOwn(arr, i)) {
          dense = false;
          break;
        }
      }
    }
    if (!dense) {
      this._byte(T_BEGIN_SPARSE_ARRAY);
      this._varint(length);
      const count = this._writeProperties(arr, keys, false);
      this._byte(T_END_SPARSE_ARRAY);
      this._varint(count);
      return this._varint(length);
    }
    this._byte(T_BEGIN_DENSE_ARRAY);
    this._varint(length);
    // An array of numbers that are not all small integers is stored as doubles by V8.
    let doubles = length > 0;
    let anyNonSmi = false;
    for (let i = 0; i < length && doubles; i++) {
      const v = arr[i];
      if (typeof v !== 'number') doubles = false;
      else if (!isSmi(v)) anyNonSmi = true;
    }
    if (doubles && anyNonSmi) {
      for (let i = 0; i < length; i++) {
        this._byte(T_DOUBLE);
        this._double(arr[i]);
      }
    } else {
      for (let i = 0; i < length; i++) this._writeObject(arr[i]);
    }
    const count = this._writeProperties(arr, keys, true);
    this._byte(T_END_DENSE_ARRAY);
    this._varint(count);
    return this._varint(length);
  }

  _writeArrayBuffer(ab) {
    const id = this._transfers.get(ab);
    if (id !== undefined) {
      this._byte(T_ARRAY_BUFFER_TRANSFER);
      return this._varint(id);
    }
    if (ab.detached === true) {
      throw this._cloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const length = arrayBufferByteLength(ab);
    if (arrayBufferResizable(ab)) {
      this._byte(T_RESIZABLE_ARRAY_BUFFER);
      this._varint(length);
      this._varint(arrayBufferMaxByteLength(ab));
    } else {
      this._byte(T_ARRAY_BUFFER);
      this._varint(length);
    }
    return this._raw(new Uint8Array(ab, 0, length));
  }

  _writeView(view, kind) {
    this._byte(T_ARRAY_BUFFER_VIEW);
    let tag = 0x3F;
    let offset;
    let length;
    if (kind === K_DATA_VIEW) {
      offset = dataViewByteOffset(view);
      length = dataViewByteLength(view);
    } else {
      const name = typedArrayTag(view);
      for (const [t, ctor] of viewTags) if (ctor.name === name) tag = t;
      offset = typedArrayByteOffset(view);
      length = typedArrayByteLength(view);
    }
    this._byte(tag);
    this._varint(offset);
    this._varint(length);
    this._varint(0);
  }

  _writeHost(obj) {
    this._byte(T_HOST_OBJECT);
    if (typeof this._writeHostObject !== 'function') {
      throw this._cloneError(`${describe(obj)} could not be cloned.`);
    }
    this._writeHostObject(obj);
  }

  _writeError(err) {
    this._byte(T_ERROR);
    let name;
    try {
      name = err.name;
    } catch {
      name = undefined;
    }
    for (const [n, tag] of errorProtoTags) {
      if (name === n) this._byte(tag);
    }
    const desc = Object.getOwnPropertyDescriptor(err, 'message');
    if (desc && 'value' in desc) {
      this._byte(E.MESSAGE);
      this._writeString(String(desc.value));
    }
    const causeDesc = Object.getOwnPropertyDescriptor(err, 'cause');
    if (causeDesc) {
      this._byte(E.CAUSE);
      this._writeObject('value' in causeDesc ? causeDesc.value : err.cause);
    }
    const stack = err.stack;
    if (typeof stack === 'string') {
      this._byte(E.STACK);
      this._writeString(stack);
    }
    this._byte(E.END);
  }
}

Serializer.prototype._getDataCloneError = Error;

function deserializeError() {
  return new Error('Unable to deserialize cloned data.');
}

class Deserializer {
  constructor(buffer) {
    if (!types.isArrayBufferView(buffer)) {
      throw invalidArgType('buffer must be a TypedArray or a DataView');
    }
    this.buffer = buffer;
    this._bytes = bufferSourceBytes(buffer);
    this._pos = 0;
    this._version = 0;
    this._ids = new Map();
    this._nextId = 0;
    this._transfers = new Map();
  }

  readHeader() {
    const b = this._bytes;
    let version = 0;
    if (this._pos < b.length && b[this._pos] === T_VERSION) {
      this._pos++;
      version = this._readVarint();
    }
    if (version === undefined || version < MIN_VERSION || version > LATEST_VERSION) {
      throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    this._version = version;
    return true;
  }

  getWireFormatVersion() {
    return this._version;
  }

  readValue() {
    return this._readObject();
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer)) {
      throw invalidArgType('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this._transfers.set(id >>> 0, arrayBuffer);
  }

  readUint32() {
    const v = this._readVarint();
    if (v === undefined) throw new Error('ReadUint32() failed');
    return v;
  }

  readUint64() {
    const v = this._readBigVarint();
    if (v === undefined) throw new Error('ReadUint64() failed');
    return [Number(v >> 32n), Number(v & 0xFFFFFFFFn)];
  }

  readDouble() {
    const v = this._readDouble();
    if (v === undefined) throw new Error('ReadDouble() failed');
    return v;
  }

  _readRawBytes(length) {
    length = Number(length);
    if (!(length >= 0) || this._pos + length > this._bytes.length) {
      throw new Error('ReadRawBytes() failed');
    }
    const offset = this._pos;
    this._pos += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const { Buffer } = require('buffer');
    return Buffer.from(this._bytes.buffer, this._bytes.byteOffset + offset, length);
  }

  // A varint of `bits` (32 or 64) bits, or undefined at the end. Like V8: with more than
  // `max` bytes left at most `max` bytes are read (a last continuation bit is ignored);
  // nearer the end bytes are read until one has no continuation bit. Bits above `bits` are
  // dropped.
  _readVarintBig(bits, max) {
    const b = this._bytes;
    const fast = b.length - this._pos > max;
    let result = 0n;
    for (let i = 0, shift = 0; !fast || i < max; i++, shift += 7) {
      if (this._pos >= b.length) return undefined;
      const byte = b[this._pos++];
      if (shift < bits) result |= BigInt(byte & 0x7F) << BigInt(shift);
      if (!(byte & 0x80)) break;
    }
    return BigInt.asUintN(bits, result);
  }

  _readVarint() {
    const b = this._bytes;
    // Fast path for the common one-byte case.
    if (this._pos < b.length && b[this._pos] < 0x80) return b[this._pos++];
    const v = this._readVarintBig(32, 5);
    return v === undefined ? undefined : Number(v);
  }

  _readBigVarint() {
    return this._readVarintBig(64, 10);
  }

  _readDouble() {
    if (this._pos + 8 > this._bytes.length) return undefined;
    f64Bytes.set(this._bytes.subarray(this._pos, this._pos + 8));
    this._pos += 8;
    return f64[0];
  }

  _need(v) {
    if (v === undefined) throw deserializeError();
    return v;
  }

  _peekTag() {
    const b = this._bytes;
    let p = this._pos;
    while (p < b.length && b[p] === T_PADDING) p++;
    return p < b.length ? b[p] : undefined;
  }

  _readTag() {
    const b = this._bytes;
    while (this._pos < b.length && b[this._pos] === T_PADDING) this._pos++;
    if (this._pos >= b.length) throw deserializeError();
    return b[this._pos++];
  }

  _readObject() {
    return this._readObjectInner();
  }

  // A buffer followed by a view record stands for the view.
  _maybeView(buffer) {
    if (this._peekTag() !== T_ARRAY_BUFFER_VIEW) return buffer;
    this._readTag();
    return this._readView(buffer);
  }

  _readString() {
    const s = this._readObject();
    if (typeof s !== 'string') throw deserializeError();
    return s;
  }

  _readStringBody(tag) {
    const length = this._need(this._readVarint());
    const start = this._pos;
    if (start + length > this._bytes.length) throw deserializeError();
    this._pos += length;
    if (tag === T_TWO_BYTE_STRING && length % 2 !== 0) throw deserializeError();
    if (this._buf === undefined) {
      const { Buffer } = require('buffer');
      this._buf = Buffer.from(this._bytes.buffer, this._bytes.byteOffset, this._bytes.length);
    }
    if (tag === T_ONE_BYTE_STRING) return this._buf.latin1Slice(start, start + length);
    if (tag === T_TWO_BYTE_STRING) return this._buf.ucs2Slice(start, start + length);
    return this._buf.utf8Slice(start, start + length);
  }

  _readBigInt() {
    const bitfield = this._need(this._readVarint());
    const byteLength = (bitfield >>> 1) & 0x3FFFFFFF;
    // A negative sign with no digits is not a valid BigInt.
    if ((byteLength === 0 && (bitfield & 1)) || this._pos + byteLength > this._bytes.length) {
      throw deserializeError();
    }
    let v = 0n;
    for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(this._bytes[this._pos + i]);
    this._pos += byteLength;
    return bitfield & 1 ? -v : v;
  }

  _addId(id, obj) {
    this._ids.set(id, obj);
    return obj;
  }

  _readObjectInner() {
    const tag = this._readTag();
    switch (tag) {
      // The common tags first: QuickJS tests switch cases one by one.
      case T_ONE_BYTE_STRING:
      case T_TWO_BYTE_STRING:
      case T_UTF8_STRING:
        return this._readStringBody(tag);
      case T_INT32: {
        const z = this._need(this._readVarint());
        return (z >>> 1) ^ -(z & 1);
      }
      case T_DOUBLE: return this._need(this._readDouble());
      case T_UNDEFINED: return undefined;
      case T_NULL: return null;
      case T_TRUE: return true;
      case T_FALSE: return false;
      case T_VERIFY_OBJECT_COUNT:
        this._need(this._readVarint());
        return this._readObject();
      case T_UINT32: return this._need(this._readVarint());
      case T_BIGINT: return this._readBigInt();
      case T_OBJECT_REFERENCE: {
        const id = this._need(this._readVarint());
        if (!this._ids.has(id)) throw deserializeError();
        return this._ids.get(id);
      }
      case T_BEGIN_OBJECT: {
        const obj = this._addId(this._nextId++, {});
        const count = this._readProperties(obj, T_END_OBJECT);
        if (this._need(this._readVarint()) !== count) throw deserializeError();
        return obj;
      }
      case T_BEGIN_SPARSE_ARRAY: {
        const length = this._need(this._readVarint());
        const arr = this._addId(this._nextId++, []);
        arr.length = length;
        const count = this._readProperties(arr, T_END_SPARSE_ARRAY);
        if (this._need(this._readVarint()) !== count) throw deserializeError();
        if (this._need(this._readVarint()) !== length) throw deserializeError();
        return arr;
      }
      case T_BEGIN_DENSE_ARRAY: {
        const length = this._need(this._readVarint());
        if (length > this._bytes.length - this._pos) throw deserializeError();
        const arr = this._addId(this._nextId++, new Array(length));
        for (let i = 0; i < length; i++) {
          if (this._peekTag() === T_THE_HOLE) {
            this._readTag();
            continue;
          }
          const v = this._readObject();
          Object.defineProperty(arr, i, { value: v, writable: true, enumerable: true, configurable: true });
        }
        const count = this._readProperties(arr, T_END_DENSE_ARRAY);
        if (this._need(this._readVarint()) !== count) throw deserializeError();
        if (this._need(this._readVarint()) !== length) throw deserializeError();
        return arr;
      }
      case T_DATE:
        return this._addId(this._nextId++, new Date(this._need(this._readDouble())));
      case T_TRUE_OBJECT: return this._addId(this._nextId++, Object(true));
      case T_FALSE_OBJECT: return this._addId(this._nextId++, Object(false));
      case T_NUMBER_OBJECT: {
        const id = this._nextId++;
        return this._addId(id, Object(this._need(this._readDouble())));
      }
      case T_BIGINT_OBJECT: {
        const id = this._nextId++;
        return this._addId(id, Object(this._readBigInt()));
      }
      case T_STRING_OBJECT: {
        const id = this._nextId++;
        return this._addId(id, Object(this._readString()));
      }
      case T_REGEXP: {
        const id = this._nextId++;
        const source = this._readString();
        const bits = this._need(this._readVarint());
        let flags = '';
        for (const [ch, bit] of REGEXP_FLAGS) if (bits & bit) flags += ch;
        // Unknown bits, the linear engine flag (off in Node) and u with v are rejected.
        if ((bits & ~0x1FF) || (bits & 64) || ((bits & 16) && (bits & 256))) {
          throw deserializeError();
        }
        // An invalid pattern throws RegExp's own SyntaxError, as in V8.
        return this._addId(id, new RegExp(source, flags));
      }
      case T_BEGIN_MAP: {
        const map = this._addId(this._nextId++, new Map());
        let count = 0;
        while (this._peekTag() !== T_END_MAP) {
          const k = this._readObject();
          const v = this._readObject();
          map.set(k, v);
          count += 2;
        }
        this._readTag();
        if (this._need(this._readVarint()) !== count) throw deserializeError();
        return map;
      }
      case T_BEGIN_SET: {
        const set = this._addId(this._nextId++, new Set());
        let count = 0;
        while (this._peekTag() !== T_END_SET) {
          set.add(this._readObject());
          count++;
        }
        this._readTag();
        if (this._need(this._readVarint()) !== count) throw deserializeError();
        return set;
      }
      case T_ARRAY_BUFFER: {
        const id = this._nextId++;
        const length = this._need(this._readVarint());
        if (this._pos + length > this._bytes.length) throw deserializeError();
        const ab = new ArrayBuffer(length);
        new Uint8Array(ab).set(this._bytes.subarray(this._pos, this._pos + length));
        this._pos += length;
        return this._maybeView(this._addId(id, ab));
      }
      case T_RESIZABLE_ARRAY_BUFFER: {
        const id = this._nextId++;
        const length = this._need(this._readVarint());
        const max = this._need(this._readVarint());
        if (length > max || this._pos + length > this._bytes.length) throw deserializeError();
        let ab;
        try {
          ab = new ArrayBuffer(length, { maxByteLength: max });
        } catch {
          throw deserializeError();
        }
        new Uint8Array(ab).set(this._bytes.subarray(this._pos, this._pos + length));
        this._pos += length;
        return this._maybeView(this._addId(id, ab));
      }
      case T_ARRAY_BUFFER_TRANSFER: {
        const id = this._nextId++;
        const transferId = this._need(this._readVarint());
        if (!this._transfers.has(transferId)) throw deserializeError();
        return this._maybeView(this._addId(id, this._transfers.get(transferId)));
      }
      case T_HOST_OBJECT: {
        const id = this._nextId++;
        if (typeof this._readHostObject !== 'function') throw deserializeError();
        const obj = this._readHostObject();
        if ((typeof obj !== 'object' || obj === null) && typeof obj !== 'function') {
          throw deserializeError();
        }
        return this._addId(id, obj);
      }
      case T_ERROR: return this._readError();
      default:
        throw deserializeError();
    }
  }

  _readProperties(obj, endTag) {
    let count = 0;
    for (;;) {
      const tag = this._peekTag();
      if (tag === undefined) throw deserializeError();
      if (tag === endTag) {
        this._readTag();
        return count;
      }
      const key = this._readObject();
      if (typeof key !== 'string' && typeof key !== 'number') throw deserializeError();
      const value = this._readObject();
      try {
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
      } catch {
        throw deserializeError();
      }
      count++;
    }
  }

  _readView(buffer) {
    const id = this._nextId++;
    const b = this._bytes;
    if (this._pos >= b.length) throw deserializeError();
    const sub = b[this._pos++];
    const offset = this._need(this._readVarint());
    const length = this._need(this._readVarint());
    if (this._version >= 14) this._need(this._readVarint());
    const total = types.isArrayBuffer(buffer) ? arrayBufferByteLength(buffer) : buffer.byteLength;
    if (offset + length > total) throw deserializeError();
    let ctor;
    for (const [t, c] of viewTags) if (t === sub) ctor = c;
    if (ctor === undefined) throw deserializeError();
    if (ctor === DataView) return this._addId(id, new DataView(buffer, offset, length));
    const size = ctor.BYTES_PER_ELEMENT;
    if (offset % size !== 0 || length % size !== 0) throw deserializeError();
    return this._addId(id, new ctor(buffer, offset, length / size));
  }

  _readError() {
    const id = this._nextId++;
    let Ctor = Error;
    let message;
    let stack;
    let hasCause = false;
    let cause;
    for (;;) {
      // Sub-tags are uint8 varints in V8.
      const sub = Number(this._need(this._readVarintBig(8, 2)));
      if (sub === E.END) break;
      const proto = errorProtoTags.find((e) => e[1] === sub);
      if (proto) {
        Ctor = proto[2];
      } else if (sub === E.MESSAGE) {
        message = this._readString();
      } else if (sub === E.STACK) {
        stack = this._readString();
      } else if (sub === E.CAUSE) {
        hasCause = true;
        cause = this._readObject();
      } else {
        throw deserializeError();
      }
    }
    const err = message === undefined ? new Ctor() : new Ctor(message);
    const hidden = { writable: true, enumerable: false, configurable: true };
    // Without a serialized stack the error has an own, undefined `stack`, as in V8.
    Object.defineProperty(err, 'stack', { ...hidden, value: stack });
    if (hasCause) Object.defineProperty(err, 'cause', { ...hidden, value: cause });
    return this._addId(id, err);
  }
}

module.exports = { Serializer, Deserializer };
