'use strict';
// zlib.crc32(data, value): known vectors, chaining, strings as UTF-8, views, checks.
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('The quick brown fox jumps over the lazy dog'), 0x414fa339);
assert.strictEqual(zlib.crc32(Buffer.alloc(32)), 0x190a55ad);
assert.strictEqual(zlib.crc32(Buffer.alloc(32, 0xff)), 0xff6cab0b);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32('hello world'), 222957957);
// Strings are UTF-8 (lone surrogates become U+FFFD).
assert.strictEqual(zlib.crc32('héllo ✓'), zlib.crc32(Buffer.from('héllo ✓')));
assert.strictEqual(zlib.crc32('\ud800'), zlib.crc32(Buffer.from([0xef, 0xbf, 0xbd])));
// Views: only the view's bytes.
const b = Buffer.from('xx123456789yy');
assert.strictEqual(zlib.crc32(b.subarray(2, 11)), 0xcbf43926);
assert.strictEqual(zlib.crc32(new DataView(b.buffer, b.byteOffset + 2, 9)), 0xcbf43926);
assert.strictEqual(zlib.crc32(new Uint32Array([0x34333231, 0x38373635])), zlib.crc32('12345678'));
// value is the running CRC; the gzip trailer's CRC of a member matches.
const gz = zlib.gzipSync('some data');
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32('some data'));
assert.strictEqual(zlib.crc32('', 12345), 12345);
assert.strictEqual(zlib.crc32('a', 0xffffffff), 3310005809);
// A large input, in pieces or at once.
const big = Buffer.alloc(3 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 10)) & 0xff;
let running = 0;
for (let off = 0; off < big.length; off += 65536) running = zlib.crc32(big.subarray(off, off + 65536), running);
assert.strictEqual(running, zlib.crc32(big));

assert.throws(() => zlib.crc32(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (1)',
});
assert.throws(() => zlib.crc32(new ArrayBuffer(4)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32('a', -1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => zlib.crc32('a', 2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.crc32('a', 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => zlib.crc32('a', 'x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type number. Received type string (\'x\')',
});
