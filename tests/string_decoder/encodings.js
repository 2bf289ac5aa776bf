'use strict';
// StringDecoder for utf16le/ucs2, base64/base64url, hex, latin1/binary and ascii;
// encoding names, argument errors and the object's shape.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const b = (...bytes) => new Uint8Array(bytes);

// utf16le: odd bytes and surrogate pairs wait for the rest.
let d = new StringDecoder('utf16le');
assert.strictEqual(d.write(b(0x41, 0x00, 0x42)), 'A');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 2);
assert.strictEqual(d.write(b(0x00)), 'B');
// U+1F600 = D83D DE00: a chunk ending in a high surrogate keeps it for the low one.
assert.strictEqual(d.write(b(0x3D, 0xD8)), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 4);
assert.strictEqual(d.write(b(0x00)), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(b(0xDE, 0x43, 0x00)), '\uD83D\uDE00C');
// A high surrogate completed from a held-back odd byte is emitted as it is.
assert.strictEqual(d.write(b(0x3D)), '');
assert.strictEqual(d.write(b(0xD8)), '\uD83D');
assert.strictEqual(d.write(b(0x00, 0xDE)), '\uDE00');
// end(): a lone trailing byte is dropped; a lone high surrogate is kept.
assert.strictEqual(d.write(b(0x44)), '');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(b(0x3D, 0xD8)), '');
assert.strictEqual(d.end(), '\uD83D');
assert.strictEqual(d.write(b(0x3D, 0xD8)), '');
assert.strictEqual(d.end(b(0x00)), '\uD83D');
assert.strictEqual(new StringDecoder('ucs2').encoding, 'utf16le');

// base64 and base64url: three-byte groups.
d = new StringDecoder('base64');
assert.strictEqual(d.write(b(0x61)), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.write(b(0x62)), '');
assert.strictEqual(d.write(b(0x63, 0x64)), 'YWJj');
assert.strictEqual(d.end(), 'ZA==');
assert.strictEqual(d.write(b(0xfb, 0xff, 0xbf, 0x61, 0x62)), '+/+/');
assert.strictEqual(d.end(b(0x63)), 'YWJj');
assert.strictEqual(new StringDecoder('base64').end(b(0x61, 0x62)), 'YWI=');
d = new StringDecoder('base64url');
assert.strictEqual(d.write(b(0xfb, 0xff, 0xbf, 0x61)), '-_-_');
assert.strictEqual(d.end(), 'YQ');

// hex, latin1, ascii: no state.
d = new StringDecoder('hex');
assert.strictEqual(d.write(b(0x00, 0xab, 0xff)), '00abff');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.end(b(0x10)), '10');
assert.strictEqual(new StringDecoder('latin1').write(b(0x41, 0xe9, 0xff)), 'A\u00e9\u00ff');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('ascii').write(b(0x41, 0xe9, 0xff, 0x80)), 'Ai\u007f\u0000');
const big = new Uint8Array(70000).map((_, i) => i & 0xff);
assert.strictEqual(new StringDecoder('latin1').write(big).length, 70000);
assert.strictEqual(new StringDecoder('hex').write(big).slice(0, 8), '00010203');

// Encoding names.
const names = [
  [undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['UTF8', 'utf8'], ['Utf-8', 'utf8'], ['UCS2', 'utf16le'],
  ['ucs-2', 'utf16le'], ['UTF16LE', 'utf16le'], ['utf-16le', 'utf16le'], ['Latin1', 'latin1'], ['BINARY', 'latin1'],
  ['base64', 'base64'], ['BASE64URL', 'base64url'], ['hex', 'hex'], ['ASCII', 'ascii'],
];
for (const [name, expected] of names) assert.strictEqual(new StringDecoder(name).encoding, expected, String(name));
for (const bad of ['utf16', 'raw', 'buffer', false, 0, 5, {}]) {
  assert.throws(() => new StringDecoder(bad), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' }, String(bad));
}
assert.throws(() => new StringDecoder('nope'), { message: 'Unknown encoding: nope' });

// Errors and shape.
d = new StringDecoder();
assert.throws(() => d.write(5), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)' });
assert.throws(() => d.write(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => d.end({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(Object.keys(d), ['encoding']);
assert.deepStrictEqual(Object.getOwnPropertyNames(StringDecoder.prototype),
                       ['constructor', 'write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);
assert.strictEqual(StringDecoder.length, 1);
assert.strictEqual(Object.getOwnPropertySymbols(d).length, 1);
assert.strictEqual(d.lastChar.length, 4);
assert.ok(d.lastChar instanceof Uint8Array);
assert.deepStrictEqual(Object.keys(require('string_decoder')), ['StringDecoder']);
