'use strict';
// CompressionStream and DecompressionStream (WHATWG Compression standard): a node:zlib
// stream seen through the node:stream <-> web stream adapters, as Node builds them.

const { kInspect, codes, invalidThis, customInspect } = require('internal/streams/webutil');

const kCompressionState = Symbol('kCompressionState');
const kDecompressionState = Symbol('kDecompressionState');

const compressors = { 'deflate': 'createDeflate', 'deflate-raw': 'createDeflateRaw', 'gzip': 'createGzip' };
const decompressors = { 'deflate': 'createInflate', 'deflate-raw': 'createInflateRaw', 'gzip': 'createGunzip' };

function makePair(table, format) {
  const factory = Object.hasOwn(table, format) ? table[format] : undefined;
  if (factory === undefined) throw new (codes().ERR_INVALID_ARG_VALUE)('format', format);
  const handle = require('zlib')[factory]();
  return require('internal/streams/adapters').newReadableWritablePairFromDuplex(handle);
}

function isCompressionStream(value) {
  return value != null && value[kCompressionState] !== undefined;
}

function isDecompressionStream(value) {
  return value != null && value[kDecompressionState] !== undefined;
}

class CompressionStream {
  constructor(format) {
    this[kCompressionState] = makePair(compressors, format);
  }

  get readable() {
    if (!isCompressionStream(this)) throw invalidThis('CompressionStream');
    return this[kCompressionState].readable;
  }

  get writable() {
    if (!isCompressionStream(this)) throw invalidThis('CompressionStream');
    return this[kCompressionState].writable;
  }

  [kInspect](depth, options) {
    if (!isCompressionStream(this)) throw invalidThis('CompressionStream');
    return customInspect(depth, options, 'CompressionStream', {
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    this[kDecompressionState] = makePair(decompressors, format);
  }

  get readable() {
    if (!isDecompressionStream(this)) throw invalidThis('DecompressionStream');
    return this[kDecompressionState].readable;
  }

  get writable() {
    if (!isDecompressionStream(this)) throw invalidThis('DecompressionStream');
    return this[kDecompressionState].writable;
  }

  [kInspect](depth, options) {
    if (!isDecompressionStream(this)) throw invalidThis('DecompressionStream');
    return customInspect(depth, options, 'DecompressionStream', {
      readable: this.readable,
      writable: this.writable,
    });
  }
}

for (const cls of [CompressionStream, DecompressionStream]) {
  for (const name of ['readable', 'writable']) {
    Object.defineProperty(cls.prototype, name, { __proto__: null, enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  CompressionStream,
  DecompressionStream,
};
