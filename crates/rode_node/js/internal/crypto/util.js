'use strict';
// Shared pieces of node:crypto: the native binding, byte-input conversion, output
// encodings, and the algorithm lists (Node's: deduplicated case-insensitively and sorted).

const binding = internalBinding('crypto');
const { FastBuffer, encodingCode, encodings: { HEX } } = require('internal/buffer');

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

// Node's errors are built where they are thrown.
function codes() {
  return require('internal/errors').codes;
}

// An error as Node's C++ layer throws it: a plain Error/TypeError/RangeError with a `code`
// (its stack header has no "[CODE]", unlike errors from internal/errors).
function nativeError(Class, code, message) {
  const err = new Class(message);
  err.code = code;
  return err;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// A Uint8Array over the bytes of any ArrayBuffer or view (no copy).
function toU8(v) {
  if (v instanceof Uint8Array) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return new Uint8Array(v);
}

// Node's getArrayBufferOrView, returning a Uint8Array: strings are encoded with `encoding`
// ('buffer' meaning utf8), other types throw ERR_INVALID_ARG_TYPE naming `name`.
function toBytes(value, name, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) return toU8(value);
  throw new (codes().ERR_INVALID_ARG_TYPE)(
    name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

// Data for hash/hmac/cipher update(): a view, or a string with an input encoding. Strings in
// utf8 (or an unknown encoding, which Node reads as utf8) go to native code as they are.
function updateData(data, encoding) {
  if (encoding === undefined && typeof data === 'string') return data;
  if (typeof data === 'string') {
    const code = encoding == null ? 0 : encodingCode(encoding);
    if (code <= 0) return data;
    return Buffer.from(data, encoding);
  }
  return toU8(data);
}

// The buffer binding's number for an output encoding; -1 for a Buffer (also for names that
// are not encodings, as in Node).
function outputCode(encoding) {
  if (encoding === 'hex') return HEX;
  if (encoding === undefined || encoding === 'buffer') return -1;
  return encodingCode(encoding);
}

// Turns what the binding returned (a string, or an ArrayBuffer) into the encoding asked for.
function encodeOutput(result, encoding) {
  if (typeof result === 'string') return result;
  const buf = new FastBuffer(result);
  if (encoding === undefined || encoding === 'buffer' || outputCode(encoding) === -1) return buf;
  return buf.toString(encoding);
}

function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const key = items[i].toLowerCase();
    map.set(key, low ? key : items[i]);
  }
  return [...map.values()].sort();
}

function cached(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

const getHashes = cached(() => filterDuplicateStrings(binding.getHashes()));
const getCiphers = cached(() => filterDuplicateStrings(binding.getCiphers()));
const getCurves = cached(() => filterDuplicateStrings(binding.getCurves()));

// crypto.setEngine: rode has no engine support (OpenSSL 3 deprecates engines).
function setEngine(id, flags) {
  const { validateString, validateNumber } = require('internal/validators');
  validateString(id, 'id');
  if (flags !== undefined) validateNumber(flags, 'flags');
  throw new (codes().ERR_CRYPTO_ENGINE_UNKNOWN)(id);
}

function notImplemented(what) {
  return new (codes().ERR_NOT_IMPLEMENTED)(what);
}

module.exports = {
  binding,
  codes,
  nativeError,
  kHandle,
  kKeyObject,
  isAnyArrayBuffer,
  toU8,
  toBytes,
  updateData,
  outputCode,
  encodeOutput,
  getHashes,
  getCiphers,
  getCurves,
  setEngine,
  notImplemented,
};
