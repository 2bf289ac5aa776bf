'use strict';
// Long base64/hex strings (the sizes that take the SIMD paths) encode and decode like
// short ones, and junk anywhere in them is handled leniently, as Node does.
const assert = require('assert');

const data = Buffer.alloc(1000);
let seed = 99;
for (let i = 0; i < data.length; i++) data[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;

// Known answers (from node): the digests pin the exact text.
const crypto = require('crypto');
const sha = (s) => crypto.createHash('sha256').update(s).digest('hex');
const b64 = data.toString('base64');
const b64url = data.toString('base64url');
const hex = data.toString('hex');
assert.strictEqual(b64.length, 1336);
assert.strictEqual(b64.slice(0, 16), 'bxhX4i2wRC/dmNHV');
assert.strictEqual(b64.slice(-8), 'mEhfqw==');
assert.strictEqual(b64url, b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
assert.strictEqual(hex.slice(0, 16), '6f1857e22db0442f');
assert.strictEqual(hex, Array.from(data, (b) => b.toString(16).padStart(2, '0')).join(''));
assert.strictEqual(sha(b64), '979a085dabc8bce5cb6a6003db3966ccdd54d7f93cc44123af95b65eca5ec807');
assert.strictEqual(sha(hex), 'b69e90e7945fdccdef4ef0fa87e29806928dd0771c8c18aa988f10589de3bb8c');

for (let len = 0; len <= 200; len += 7) {
  const d = data.subarray(0, len);
  assert.deepStrictEqual(Buffer.from(d.toString('base64'), 'base64'), Buffer.from(d));
  assert.deepStrictEqual(Buffer.from(d.toString('base64url'), 'base64url'), Buffer.from(d));
  assert.deepStrictEqual(Buffer.from(d.toString('base64url'), 'base64'), Buffer.from(d));
  assert.deepStrictEqual(Buffer.from(d.toString('hex'), 'hex'), Buffer.from(d));
}

// Junk in a long base64 string is skipped; '=' ends it.
const withSpaces = b64.replace(/(.{76})/g, '$1\n');
assert.deepStrictEqual(Buffer.from(withSpaces, 'base64'), data);
assert.deepStrictEqual(Buffer.from(` ${b64.slice(0, 500)}!${b64.slice(500)}`, 'base64'), data);
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, 400)}=${b64.slice(400)}`, 'base64'), data.subarray(0, 300));
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, 401)}é${b64.slice(401)}`, 'base64'), data);
// A hex string stops at the first bad pair.
assert.deepStrictEqual(Buffer.from(`${hex.slice(0, 301)}g${hex.slice(302)}`, 'hex'), data.subarray(0, 150));
assert.deepStrictEqual(Buffer.from(hex.slice(0, 501), 'hex'), data.subarray(0, 250));

// Writing into a short buffer takes what fits.
const small = Buffer.alloc(100);
assert.strictEqual(small.write(b64, 'base64'), 100);
assert.deepStrictEqual(small, data.subarray(0, 100));
assert.strictEqual(small.fill(0).write(hex, 'hex'), 100);
assert.deepStrictEqual(small, data.subarray(0, 100));
assert.strictEqual(small.fill(0).write(hex, 10, 'hex'), 90);
assert.deepStrictEqual(small.subarray(10), data.subarray(0, 90));

// Buffer.from(array) for plain arrays, including values needing conversion.
assert.deepStrictEqual([...Buffer.from([1, 256, -1, 3.7, '9', null])], [1, 0, 255, 3, 9, 0]);
const a = [1, 2, 3];
a.valueOf = () => 'abc';
assert.deepStrictEqual([...Buffer.from(a)], [97, 98, 99]);
const pooled = Buffer.from([1, 2, 3, 4, 5]);
const next = Buffer.from([6]);
assert.strictEqual(pooled.buffer, next.buffer);
assert.strictEqual(next.byteOffset % 8, 0);
assert.deepStrictEqual([...Buffer.concat([pooled, next])], [1, 2, 3, 4, 5, 6]);
