'use strict';
// globalThis.crypto: getRandomValues and randomUUID.
const assert = require('assert');

assert.strictEqual(Object.prototype.toString.call(crypto), '[object Crypto]');
assert.ok(crypto instanceof Crypto);
assert.throws(() => new Crypto(), TypeError);

const a = new Uint8Array(64);
assert.strictEqual(crypto.getRandomValues(a), a);
assert.ok(a.some((x) => x !== 0));
const b = crypto.getRandomValues(new Uint8Array(64));
assert.notDeepStrictEqual(a, b);

for (const T of [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const arr = new T(8);
  assert.strictEqual(crypto.getRandomValues(arr), arr);
}
// A view into a larger buffer only fills its own bytes.
const big = new Uint8Array(32);
crypto.getRandomValues(new Uint8Array(big.buffer, 8, 8));
assert.ok(big.subarray(0, 8).every((x) => x === 0));
assert.ok(big.subarray(16).every((x) => x === 0));

assert.throws(() => crypto.getRandomValues(new Float64Array(2)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues([1, 2]), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)),
  { name: 'QuotaExceededError', message: 'The requested length exceeds 65,536 bytes' });
crypto.getRandomValues(new Uint8Array(65536));

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 100; i++) {
  const u = crypto.randomUUID();
  assert.match(u, re);
  seen.add(u);
}
assert.strictEqual(seen.size, 100);
console.log('ok');
