// Buffer.concat without a length (mixed Buffers and Uint8Arrays, Node's errors for other
// items) and the views Buffer makes: Buffer.from(array), slice and subarray are Buffers that
// share memory as Node's do.
'use strict';
const assert = require('assert');

const parts = [Buffer.from('ab'), new Uint8Array([67, 68]), Buffer.alloc(0), Buffer.from([69])];
const all = Buffer.concat(parts);
assert.ok(Buffer.isBuffer(all));
assert.strictEqual(all.toString(), 'abCDE');
assert.strictEqual(Buffer.concat(parts, 3).toString(), 'abC');
assert.deepStrictEqual([...Buffer.concat(parts, 7)], [97, 98, 67, 68, 69, 0, 0]);
assert.strictEqual(Buffer.concat([]).length, 0);

assert.throws(() => Buffer.concat([Buffer.from('a'), null]), {
  name: 'TypeError', message: "Cannot read properties of null (reading 'length')",
});
assert.throws(() => Buffer.concat([Buffer.from('a'), 5]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type number (5)',
});
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), { code: 'ERR_INVALID_ARG_TYPE' });

const small = Buffer.from([1, 2, 300, -1, 1.5, '7']);
assert.ok(small instanceof Buffer);
assert.strictEqual(Object.getPrototypeOf(small), Buffer.prototype);
assert.deepStrictEqual([...small], [1, 2, 44, 255, 1, 7]);
assert.strictEqual(small.byteOffset % 8, 0); // pooled, 8-byte aligned

const s = small.slice(1, 4);
const t = small.subarray(2);
assert.strictEqual(Object.getPrototypeOf(s), Buffer.prototype);
assert.strictEqual(s.buffer, small.buffer);
s[1] = 9;
assert.strictEqual(small[2], 9);
assert.strictEqual(t[0], 9);
assert.strictEqual(t.length, 4);
