'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID: OpenSSL's CSPRNG through the binding;
// the async forms generate on the blocking pool.

const { binding, codes, isAnyArrayBuffer, toU8 } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const {
  validateNumber, validateFunction, validateObject, validateBoolean,
} = require('internal/validators');

const kMaxPossibleLength = 2 ** 31 - 1;

function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new (codes().ERR_OUT_OF_RANGE)('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// Fills bytes [offset, offset + size) of buf's memory.
function fillNow(buf, offset, size) {
  if (size === 0) return;
  const u8 = toU8(buf);
  binding.randomFill(u8.subarray(offset, offset + size));
}

function randomBytes(size, callback) {
  size = checkSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) {
    const buf = new FastBuffer(size);
    fillNow(buf, 0, size);
    return buf;
  }
  binding.randomBytes(size, function(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, new FastBuffer(ab));
  });
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = checkOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = checkSize(size, elementSize, offset, buf.byteLength);
  }
  fillNow(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = checkOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = checkSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomBytes(size, function(err, ab) {
    if (err) return callback.call(this, err);
    toU8(buf).set(new Uint8Array(ab), offset);
    callback.call(this, null, buf);
  });
}

// randomInt draws 48-bit numbers from a cache of random bytes, discarding the ones that
// would bias the result.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let cacheFilling = false;
const pendingInts = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw new (codes().ERR_OUT_OF_RANGE)(
      'max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new (codes().ERR_OUT_OF_RANGE)(
      `max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  // The cache ran out: refill it off-thread, then serve the waiting calls.
  pendingInts.push([min, max, callback]);
  refillCache();
}

function refillCache() {
  if (cacheFilling) return;
  cacheFilling = true;
  binding.randomBytes(randomCache.length, (err, ab) => {
    cacheFilling = false;
    const waiting = pendingInts.splice(0);
    if (err) {
      for (const [, , cb] of waiting) cb(err);
      return;
    }
    randomCache.set(new Uint8Array(ab));
    randomCacheOffset = 0;
    for (const [min, max, cb] of waiting) randomInt(min, max, cb);
  });
}

// randomUUID: version 4 UUIDs from a cache of random bytes (unless disableEntropyCache).
const kUuidBatch = 128;
let uuidData;
let uuidOffset = kUuidBatch * 16;
const hexBytes = [];
for (let i = 0; i < 256; i++) hexBytes.push((i < 16 ? '0' : '') + i.toString(16));

function serializeUuid(b, o) {
  return hexBytes[b[o]] + hexBytes[b[o + 1]] + hexBytes[b[o + 2]] + hexBytes[b[o + 3]] + '-' +
    hexBytes[b[o + 4]] + hexBytes[b[o + 5]] + '-' +
    hexBytes[(b[o + 6] & 0x0f) | 0x40] + hexBytes[b[o + 7]] + '-' +
    hexBytes[(b[o + 8] & 0x3f) | 0x80] + hexBytes[b[o + 9]] + '-' +
    hexBytes[b[o + 10]] + hexBytes[b[o + 11]] + hexBytes[b[o + 12]] +
    hexBytes[b[o + 13]] + hexBytes[b[o + 14]] + hexBytes[b[o + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const b = new Uint8Array(16);
    binding.randomFill(b);
    return serializeUuid(b, 0);
  }
  if (uuidData === undefined) uuidData = new Uint8Array(kUuidBatch * 16);
  if (uuidOffset === uuidData.length) {
    binding.randomFill(uuidData);
    uuidOffset = 0;
  }
  const s = serializeUuid(uuidData, uuidOffset);
  uuidOffset += 16;
  return s;
}

// crypto.getRandomValues: the global Crypto's method, callable without a receiver.
function getRandomValues(array) {
  const { crypto } = require('internal/webcrypto');
  return crypto.getRandomValues(array);
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
};
