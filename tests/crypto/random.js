'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues: shapes, ranges,
// offsets and Node's errors.

const assert = require('assert');
const crypto = require('crypto');
const { throwsLike } = require('./_util');

// randomBytes
{
  const a = crypto.randomBytes(32);
  const b = crypto.randomBytes(32);
  assert.ok(Buffer.isBuffer(a));
  assert.strictEqual(a.length, 32);
  assert.notDeepStrictEqual(a, b);
  assert.strictEqual(crypto.randomBytes(0).length, 0);
  // Roughly uniform: 64 KiB of bytes has every value.
  const seen = new Set(crypto.randomBytes(65536));
  assert.strictEqual(seen.size, 256);
}

// randomFillSync writes only [offset, offset + size), counted in elements.
{
  const buf = Buffer.alloc(16);
  crypto.randomFillSync(buf, 4, 8);
  assert.deepStrictEqual(buf.subarray(0, 4), Buffer.alloc(4));
  assert.deepStrictEqual(buf.subarray(12), Buffer.alloc(4));
  const u32 = new Uint32Array(8);
  assert.strictEqual(crypto.randomFillSync(u32, 2, 2), u32);
  assert.strictEqual(u32[0] | u32[1] | u32[4] | u32[5] | u32[6] | u32[7], 0);
  const ab = new ArrayBuffer(8);
  assert.strictEqual(crypto.randomFillSync(ab), ab);
  const dv = new DataView(new ArrayBuffer(8), 4);
  crypto.randomFillSync(dv);
  assert.deepStrictEqual(new Uint8Array(dv.buffer, 0, 4), new Uint8Array(4));
}

// randomUUID: version 4, variant 10xx.
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const seen = new Set();
  for (let i = 0; i < 300; i++) {
    const u = crypto.randomUUID();
    assert.match(u, re);
    seen.add(u);
  }
  assert.strictEqual(seen.size, 300);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
}

// randomInt: [min, max), safe integers only.
{
  const counts = new Map();
  for (let i = 0; i < 3000; i++) {
    const n = crypto.randomInt(-3, 3);
    assert.ok(Number.isInteger(n) && n >= -3 && n < 3, String(n));
    counts.set(n, (counts.get(n) || 0) + 1);
  }
  assert.strictEqual(counts.size, 6);
  assert.strictEqual(crypto.randomInt(1), 0);
  const big = crypto.randomInt(2 ** 48 - 1);
  assert.ok(big >= 0 && big < 2 ** 48 - 1);
}

// getRandomValues: the Web Crypto method, usable without a receiver.
{
  const { getRandomValues } = crypto;
  const a = new Int16Array(4);
  assert.strictEqual(getRandomValues(a), a);
  assert.strictEqual(crypto.webcrypto, globalThis.crypto);
  throwsLike(() => getRandomValues(new Float32Array(1)), { name: 'TypeMismatchError' });
}

// Callback forms.
process.exitCode = 1;
let pending = 4;
const done = () => { if (--pending === 0) process.exitCode = 0; };
crypto.randomBytes(16, (err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 16);
  done();
});
{
  const target = Buffer.alloc(8);
  crypto.randomFill(target, 6, (err, buf) => {
    assert.strictEqual(err, null);
    assert.strictEqual(buf, target);
    assert.deepStrictEqual(buf.subarray(0, 6), Buffer.alloc(6));
    done();
  });
}
crypto.randomInt(5, 10, (err, n) => {
  assert.strictEqual(err, undefined);
  assert.ok(n >= 5 && n < 10);
  done();
});
crypto.randomFill(new Uint8Array(0), (err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 0);
  done();
});

// Errors.
throwsLike(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
throwsLike(() => crypto.randomBytes('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
throwsLike(() => crypto.randomBytes(1, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (5)',
});
throwsLike(() => crypto.randomInt(5, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). ' +
    'Received 1',
});
throwsLike(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
throwsLike(() => crypto.randomInt(0, 2 ** 48 + 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max - min" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_657',
});
throwsLike(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
throwsLike(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
});
throwsLike(() => crypto.randomFillSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. ' +
    'Received type number (5)',
});
throwsLike(() => crypto.randomFill(Buffer.alloc(4)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
throwsLike(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
    'Received type number (1)',
});
throwsLike(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });

// timingSafeEqual compares bytes of any views of equal byte length.
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array(1), new Uint8Array(2)), true);
throwsLike(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  message: 'Input buffers must have the same byte length',
});
throwsLike(() => crypto.timingSafeEqual('a', Buffer.from('a')), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or ' +
    'DataView.',
});
