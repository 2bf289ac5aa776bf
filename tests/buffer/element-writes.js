'use strict';
// Integer element writes into Uint8Array, Int8Array and Buffer keep the low byte, are
// ignored out of bounds and on a detached buffer, and leave other typed arrays' rules alone.
const assert = require('assert');

const u = new Uint8Array(4);
u[0] = 257; u[1] = -1; u[2] = -256; u[3] = 0x7fffffff;
assert.deepStrictEqual([...u], [1, 255, 0, 255]);
u[4] = 9; u[-1] = 9; u[100] = 9;
assert.strictEqual(u.length, 4);
assert.strictEqual(u[4], undefined);
assert.strictEqual(Object.keys(u).length, 4);

const i8 = new Int8Array(3);
i8[0] = 200; i8[1] = -129; i8[2] = 127;
assert.deepStrictEqual([...i8], [-56, 127, 127]);

const c = new Uint8ClampedArray(3);
c[0] = 300; c[1] = -5; c[2] = 1.5;
assert.deepStrictEqual([...c], [255, 0, 2]);

const b = Buffer.alloc(8);
for (let i = 0; i < 8; i++) b[i] = i * 37 + 250;
assert.strictEqual(b.toString('hex'), 'fa1f44698eb3d8fd');
// A Buffer view into a pool: writes land at its offset only.
const pooled = Buffer.from([1, 2, 3]);
const after = Buffer.from([4, 5, 6]);
pooled[2] = 33;
assert.deepStrictEqual([...pooled], [1, 2, 33]);
assert.deepStrictEqual([...after], [4, 5, 6]);

// A detached buffer takes no writes.
const d = new Uint8Array(new ArrayBuffer(4));
structuredClone(d.buffer, { transfer: [d.buffer] });
d[0] = 1;
assert.strictEqual(d[0], undefined);
assert.strictEqual(d.length, 0);

// A subarray's writes reach the parent; a loop masking bytes as ws does.
const parent = new Uint8Array(8);
const view = parent.subarray(4);
view[0] = 0xab;
assert.strictEqual(parent[4], 0xab);
const data = Buffer.from('hello world');
const mask = [0x12, 0x34, 0x56, 0x78];
for (let i = 0; i < data.length; i++) data[i] ^= mask[i & 3];
for (let i = 0; i < data.length; i++) data[i] ^= mask[i & 3];
assert.strictEqual(data.toString(), 'hello world');
