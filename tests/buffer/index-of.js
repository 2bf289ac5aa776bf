'use strict';
// indexOf / lastIndexOf / includes: string, number, Buffer and Uint8Array needles;
// byteOffset counting from the end, past the ends, NaN and non-numbers; encodings,
// including ucs2's 16-bit alignment; empty needles and haystacks.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abcabcab');
function both(needle, offset, enc) {
  return [b.indexOf(needle, offset, enc), b.lastIndexOf(needle, offset, enc), b.includes(needle, offset, enc)];
}

// [needle, byteOffset, encoding] → [indexOf, lastIndexOf, includes]
const table = [
  [['c'], [2, 5, true]],
  [['c', 3], [5, 2, true]],
  [['c', -2], [-1, 5, false]],
  [['c', -100], [2, -1, true]],
  [['c', 100], [-1, 5, false]],
  [['c', NaN], [2, 5, true]],
  [['c', null], [2, -1, true]],
  [['c', {}], [2, 5, true]],
  [['c', []], [2, -1, true]],
  [['c', 2.7], [2, 2, true]],
  [['c', -2.7], [-1, 5, false]],
  [['c', Infinity], [-1, 5, false]],
  [['c', -Infinity], [2, -1, true]],
  [['', 0], [0, 0, true]],
  [['', 3], [3, 3, true]],
  [['', 100], [8, 8, true]],
  [['', -1], [7, 7, true]],
  [['', -100], [0, 0, true]],
  [[''], [0, 8, true]],
  [['abc'], [0, 3, true]],
  [['cab', 3], [5, 2, true]],
  [['abcabcabc'], [-1, -1, false]],
  [['x'], [-1, -1, false]],
  [[99], [2, 5, true]],
  [[99 + 256], [2, 5, true]],
  [[-157], [2, 5, true]],
  [[1.5], [-1, -1, false]],
  [[Buffer.from('ab')], [0, 6, true]],
  [[new Uint8Array([98, 99])], [1, 4, true]],
  [[Buffer.alloc(0), 2], [2, 2, true]],
  [['6263', 'hex'], [1, 4, true]],
  [['6263', 0, 'hex'], [1, -1, true]],
  [['YmM=', 'base64'], [1, 4, true]],
  [['YmM', 'base64url'], [1, 4, true]],
  [['bc', 0, 'latin1'], [1, -1, true]],
  [['bc', 'binary'], [1, 4, true]],
  [['bc', 'ascii'], [1, 4, true]],
  [['c', 0, 'hex'], [0, 0, true]], // 'c' is no hex at all: an empty needle
  [['zz', 3, 'hex'], [3, 3, true]],
  // ucs2: only matches at even byte offsets count.
  [['b', 0, 'ucs2'], [-1, -1, false]],
  [['\u6261', 'ucs2'], [0, 6, true]],
  [['\u6362', 'ucs2'], [4, 4, true]],
  [['\u6362', 1, 'ucs2'], [4, -1, true]],
  [['\u6362', 5, 'utf16le'], [4, 4, true]], // the offset is rounded down to a unit
  [[Buffer.from('bc'), 0, 'ucs2'], [4, -1, true]],
  [[Buffer.from('ca'), 0, 'ucs2'], [2, -1, true]],
  [[Buffer.from('ab'), 'bogus'], [0, 6, true]], // a Buffer needle ignores a bad encoding
];
for (const [args, want] of table) {
  assert.deepStrictEqual(both(...args), want, JSON.stringify(args));
}

// Multi-byte and binary needles.
const text = Buffer.from('h\u00e9llo \u20ac w\u00f6rld \u20ac!');
assert.strictEqual(text.indexOf('\u20ac'), 7);
assert.strictEqual(text.lastIndexOf('\u20ac'), 18);
assert.strictEqual(text.indexOf('\u20ac', 8), 18);
assert.strictEqual(text.indexOf(Buffer.from([0x82, 0xac])), 8);
assert.strictEqual(text.indexOf(0xac), 9);
assert.strictEqual(text.indexOf('\u00e9', 0, 'latin1'), -1); // the byte e9 is not there
assert.strictEqual(Buffer.from('h\u00e9llo', 'latin1').indexOf('\u00e9', 0, 'latin1'), 1);
// A lone surrogate in a utf8 needle is searched as its 3 raw bytes (ED A0 80), not as the
// EF BF BD that Buffer.from() writes for it.
assert.strictEqual(Buffer.from('a\ud800b').indexOf('\ud800'), -1);
assert.strictEqual(Buffer.from([0x61, 0xed, 0xa0, 0x80]).indexOf('\ud800'), 1);
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98, 0x80]).indexOf('\ud83d\ude00'), 0);
// As ucs2, a string needle sees the haystack cut to an even length; a Buffer needle not.
assert.strictEqual(Buffer.from('abcdefg').indexOf('', 10, 'ucs2'), 6);
assert.strictEqual(Buffer.from('abcdefg').indexOf(Buffer.alloc(0), 10, 'ucs2'), 7);
assert.strictEqual(Buffer.from('abcdefg').lastIndexOf('\u6665', -1, 'ucs2'), 4);

// ucs2 haystacks.
const u = Buffer.from('xyzxyz', 'ucs2');
assert.strictEqual(u.indexOf('z', 'ucs2'), 4);
assert.strictEqual(u.lastIndexOf('z', 'ucs2'), 10);
assert.strictEqual(u.indexOf('zx', 0, 'ucs2'), 4);
assert.strictEqual(u.indexOf('z', 5, 'ucs2'), 4); // the offset rounds down to a unit
assert.strictEqual(u.indexOf('z', 6, 'ucs2'), 10);
assert.strictEqual(u.lastIndexOf('z', 9, 'ucs2'), 4);
assert.strictEqual(Buffer.from('xa\u0000b\u0000', 'latin1').indexOf('b', 'ucs2'), -1);
assert.strictEqual(Buffer.from('a\u0000b\u0000c\u0000', 'latin1').indexOf('b', 'ucs2'), 2);

// Empty haystacks.
const e = Buffer.alloc(0);
assert.deepStrictEqual([e.indexOf(''), e.lastIndexOf(''), e.indexOf('', 5), e.lastIndexOf('a'), e.indexOf(0)], [0, 0, 0, -1, -1]);

// Overlapping and repeated patterns.
const aaa = Buffer.from('aaa');
assert.deepStrictEqual(
  [aaa.lastIndexOf('aa', 1), aaa.lastIndexOf('aa', 5), aaa.lastIndexOf('aa', -1), aaa.lastIndexOf('aa', -3), aaa.lastIndexOf('aa', -4), aaa.indexOf('aa', -4)],
  [1, 1, 1, 0, -1, 0]);

// Long haystacks: search results agree with a plain scan.
let seed = 1;
const rand = (n) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
const big = Buffer.from(Array.from({ length: 5000 }, () => 97 + rand(3)));
const naive = (hay, needle, from, forward) => {
  if (forward) {
    for (let i = Math.max(from, 0); i + needle.length <= hay.length; i++) {
      if (hay.subarray(i, i + needle.length).equals(needle)) return i;
    }
  } else {
    for (let i = Math.min(from, hay.length - needle.length); i >= 0; i--) {
      if (hay.subarray(i, i + needle.length).equals(needle)) return i;
    }
  }
  return -1;
};
for (let i = 0; i < 300; i++) {
  const len = 1 + rand(8);
  const start = rand(big.length - len);
  const needle = rand(2) ? Buffer.from(big.subarray(start, start + len)) : Buffer.from(Array.from({ length: len }, () => 97 + rand(3)));
  const from = rand(big.length);
  assert.strictEqual(big.indexOf(needle, from), naive(big, needle, from, true));
  assert.strictEqual(big.lastIndexOf(needle, from), naive(big, needle, from, false));
}
const worst = Buffer.alloc(200000, 'a');
worst[150000] = 0x62;
assert.strictEqual(worst.indexOf(Buffer.from('a'.repeat(999) + 'b')), 150000 - 999);
assert.strictEqual(worst.lastIndexOf('b'), 150000);
assert.strictEqual(worst.indexOf('ba'), 150000);
assert.strictEqual(worst.indexOf('c'), -1);

// Errors.
assert.throws(() => b.indexOf({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => b.indexOf(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.lastIndexOf(true), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.indexOf('a', 0, 'bogus'), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => b.includes('a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
