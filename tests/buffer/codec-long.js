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

// Strings stored as UTF-16 (any character above U+00FF makes one) decode the low byte of
// each code unit for base64, hex and latin1, as Node does: U+0151 reads as 'Q' (0x51),
// U+2713 as 0x13 (junk, skipped by base64).
const wide = `${b64.slice(0, 600)}\u2713${b64.slice(600)}`;
assert.deepStrictEqual(Buffer.from(wide, 'base64'), data);
const q = b64.indexOf('Q');
assert.ok(q > 0);
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, q)}\u0151${b64.slice(q + 1)}\u2713`, 'base64'), data);
assert.deepStrictEqual(Buffer.from(`${hex.slice(0, 300)}\u0161${hex.slice(301)}\u2713`, 'hex'),
  Buffer.from(`${hex.slice(0, 300)}a${hex.slice(301)}`, 'hex'));
assert.deepStrictEqual([...Buffer.from('a\u0100b\u2713\u00ff', 'latin1')], [0x61, 0x00, 0x62, 0x13, 0xff]);
assert.deepStrictEqual([...Buffer.from('a\u0100b\u2713\u00ff', 'ascii')], [0x61, 0x00, 0x62, 0x13, 0xff]);
// UTF-8 and UTF-16LE of such strings; a lone surrogate is U+FFFD in UTF-8.
assert.deepStrictEqual([...Buffer.from('a\u00e9\u2713\ud834\udd1e\ud800z', 'utf8')],
  [0x61, 0xc3, 0xa9, 0xe2, 0x9c, 0x93, 0xf0, 0x9d, 0x84, 0x9e, 0xef, 0xbf, 0xbd, 0x7a]);
assert.deepStrictEqual([...Buffer.from('a\u00e9\u2713', 'utf16le')], [0x61, 0, 0xe9, 0, 0x13, 0x27]);
// A rope (a long concatenation) gives the same bytes as a flat string.
let rope = '';
for (let i = 0; i < 40; i++) rope += b64.slice(i * 33, i * 33 + 33);
assert.deepStrictEqual(Buffer.from(rope, 'base64'), Buffer.from(b64.slice(0, 1320), 'base64'));
// fill() with a pattern string in these encodings.
assert.deepStrictEqual([...Buffer.alloc(5).fill('\u0141B', 'latin1')], [0x41, 0x42, 0x41, 0x42, 0x41]);
