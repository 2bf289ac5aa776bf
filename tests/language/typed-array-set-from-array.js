'use strict';
// TypedArray.prototype.set and Buffer.from with a plain Array: every kind of element is
// converted as the spec says (rode stores runs of int32 directly into 8-bit arrays and
// converts the rest one by one), and the checks and side effects happen in Node's order.
const assert = require('assert');

const u8 = new Uint8Array(12);
u8.set([1, 255, 256, -1, 257, 0x7fffffff, -0x80000000], 2);
assert.deepStrictEqual(Array.from(u8), [0, 0, 1, 255, 0, 255, 1, 255, 0, 0, 0, 0]);

const i8 = new Int8Array(6);
i8.set([127, 128, 255, -129, -1, 0]);
assert.deepStrictEqual(Array.from(i8), [127, -128, -1, 127, -1, 0]);

// Non-int32 elements anywhere in the array: doubles, strings, booleans, null, undefined,
// objects with valueOf; the int32 elements before and after them are stored too.
const order = [];
const obj = { valueOf() { order.push('valueOf'); return 300; } };
const mixed = [1, 2.9, -3.5, '7', true, null, undefined, obj, 1e10, NaN, Infinity, 9];
const m8 = new Uint8Array(mixed.length);
m8.set(mixed);
assert.deepStrictEqual(Array.from(m8), [1, 2, 253, 7, 1, 0, 0, 44, 0, 0, 0, 9]);
assert.deepStrictEqual(order, ['valueOf']);

// A throwing valueOf stops the copy there: earlier elements are stored, later ones not.
const t8 = new Uint8Array(4);
assert.throws(() => t8.set([5, 6, { valueOf() { throw new Error('boom'); } }, 8]), /boom/);
assert.deepStrictEqual(Array.from(t8), [5, 6, 0, 0]);

// Holes read through the prototype chain (a getter here), as any array with holes.
const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
Object.defineProperty(Array.prototype, 1, { get() { return 42; }, configurable: true });
try {
  const h8 = new Uint8Array(3);
  h8.set(holes);
  assert.deepStrictEqual(Array.from(h8), [1, 42, 3]);
} finally {
  delete Array.prototype[1];
}

// Range checks come before any element is stored.
const r8 = new Uint8Array(3);
assert.throws(() => r8.set([1, 2, 3], 1), RangeError);
assert.throws(() => r8.set([1], -1), RangeError);
assert.deepStrictEqual(Array.from(r8), [0, 0, 0]);

// Other element types take the generic conversion.
const c8 = new Uint8ClampedArray(4);
c8.set([300, -5, 1.5, 2.5]);
assert.deepStrictEqual(Array.from(c8), [255, 0, 2, 2]);
const f32 = new Float32Array(2);
f32.set([1, 0.5]);
assert.deepStrictEqual(Array.from(f32), [1, 0.5]);
const big = new BigInt64Array(1);
assert.throws(() => big.set([1]), TypeError);

// Buffer.from(array) and a view at an offset into a shared pool.
const b = Buffer.from([104, 105, 256 + 33, -1]);
assert.strictEqual(b.toString('latin1'), 'hi!\u00ff');
const pool = new Uint8Array(16);
const view = new Uint8Array(pool.buffer, 5, 4);
view.set([1, 2, 3, 4]);
assert.deepStrictEqual(Array.from(pool), [0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0]);
// A long array (many int32 elements) round-trips.
const long = Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff);
assert.deepStrictEqual(Array.from(Buffer.from(long)), long);
