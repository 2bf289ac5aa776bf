'use strict';
// The rest of node:buffer: what it exports, constants, atob/btoa (with DOMException-style
// errors), transcode between the encodings Node supports, isUtf8 and isAscii.
const assert = require('assert');
const buffer = require('buffer');
const { Buffer, atob, btoa, transcode, isUtf8, isAscii } = buffer;

assert.strictEqual(require('node:buffer'), buffer);
assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength',
  'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);
assert.strictEqual(buffer.constants.MAX_LENGTH, buffer.kMaxLength);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);
assert.ok(buffer.kMaxLength >= 2 ** 31 - 1);
assert.ok(buffer.kStringMaxLength >= 2 ** 28);
assert.throws(() => { 'use strict'; buffer.constants.MAX_LENGTH = 1; }, TypeError);
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
assert.strictEqual(typeof buffer.Blob, 'function');
assert.strictEqual(typeof buffer.File, 'function');
assert.strictEqual(buffer.Blob, globalThis.Blob);
assert.strictEqual(typeof globalThis.atob, 'function');
assert.strictEqual(globalThis.Buffer, Buffer);

// ---- atob / btoa (forgiving base64, latin1 strings)
const decode = (s) => {
  try {
    return atob(s);
  } catch (e) {
    return `${e.name}(${e.code}): ${e.message}`;
  }
};
const bad = 'InvalidCharacterError(5): Invalid character';
const badLength = 'InvalidCharacterError(5): The string to be decoded is not correctly encoded.';
assert.strictEqual(decode(''), '');
assert.strictEqual(decode('YQ=='), 'a');
assert.strictEqual(decode('YQ'), 'a');
assert.strictEqual(decode('YWJj'), 'abc');
assert.strictEqual(decode(' Y W\tJ\nj\f\r'), 'abc');
assert.strictEqual(decode('YR=='), 'a'); // leftover bits are ignored
assert.strictEqual(decode('//4='), '\u00ff\u00fe');
assert.strictEqual(decode('a'), badLength);
assert.strictEqual(decode('abcde'), badLength);
assert.strictEqual(decode('YQ='), bad);
assert.strictEqual(decode('YQ==='), bad);
assert.strictEqual(decode('YQ=a'), bad);
assert.strictEqual(decode('===='), bad);
assert.strictEqual(decode('YQ-_'), bad); // no base64url alphabet
assert.strictEqual(decode('YW\vJj'), bad);
assert.strictEqual(decode('abcd!'), bad);
assert.strictEqual(decode('\u00ff'), bad);
assert.strictEqual(decode(null), '\u009e\u00e9e');
assert.strictEqual(decode(undefined), badLength);
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('abc'), 'YWJj');
assert.strictEqual(btoa('\u00ff\u00fe'), '//4=');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(12), 'MTI=');
assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError', code: 5, message: 'Invalid character' });
assert.throws(() => btoa('a\ud83d\ude00'), { name: 'InvalidCharacterError' });
for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
}
for (let i = 0; i < 256; i++) {
  const s = String.fromCharCode(i, 255 - i, i >> 1);
  assert.strictEqual(atob(btoa(s)), s);
  assert.strictEqual(btoa(s), Buffer.from(s, 'latin1').toString('base64'));
}

// ---- transcode
const tc = (hex, from, to) => {
  try {
    return transcode(Buffer.from(hex, 'hex'), from, to).toString('hex');
  } catch (e) {
    assert.strictEqual(e.message, `Unable to transcode Buffer [${e.code}]`);
    return `${e.code}/${e.errno}`;
  }
};
const text = Buffer.from('h\u00e9\u20ac\ud83d\ude00').toString('hex');
assert.strictEqual(tc(text, 'utf8', 'ucs2'), '6800e900ac203dd800de');
assert.strictEqual(tc(text, 'utf8', 'utf16le'), '6800e900ac203dd800de');
assert.strictEqual(tc(text, 'utf8', 'latin1'), '68e93f3f');
assert.strictEqual(tc(text, 'utf8', 'ascii'), '683f3f3f');
assert.strictEqual(tc(text, 'utf8', 'utf8'), text);
assert.strictEqual(tc('6800e900ac203dd800de', 'ucs2', 'utf8'), text);
assert.strictEqual(tc('6800e900ac203dd800de', 'ucs2', 'latin1'), '68e93f3f');
assert.strictEqual(tc('6800e900ac203dd800de', 'ucs2', 'binary'), '68e93f3f');
assert.strictEqual(tc('6800e900ac203dd800de', 'ucs2', 'ascii'), '683f3f3f');
assert.strictEqual(tc('68e9ff', 'latin1', 'utf8'), '68c3a9c3bf');
assert.strictEqual(tc('68e9ff', 'latin1', 'ucs2'), '6800e900ff00');
assert.strictEqual(tc('68e9ff', 'latin1', 'ascii'), '683f3f');
assert.strictEqual(tc('68e9ff', 'ascii', 'utf8'), '68efbfbdefbfbd');
assert.strictEqual(tc('68e9ff', 'ascii', 'ucs2'), '6800e900ff00');
assert.strictEqual(tc('68e9ff', 'ascii', 'latin1'), '683f3f');
// Bad input: ICU substitutes, except utf8 <-> ucs2, which is strict.
assert.strictEqual(tc('61ff80c3a9eda08062', 'utf8', 'utf8'), '61efbfbdefbfbdc3a9efbfbdefbfbdefbfbd62');
assert.strictEqual(tc('61ff80c3a9eda08062', 'utf8', 'latin1'), '613f3fe93f3f3f62');
assert.strictEqual(tc('61ff80', 'utf8', 'ucs2'), 'U_INVALID_CHAR_FOUND/10');
assert.strictEqual(tc('00d8', 'ucs2', 'utf8'), 'U_INVALID_CHAR_FOUND/10');
assert.strictEqual(tc('41', 'ucs2', 'utf8'), 'U_INVALID_CHAR_FOUND/10');
assert.strictEqual(tc('00d84100', 'ucs2', 'ucs2'), 'fdff4100');
assert.strictEqual(tc('410042', 'ucs2', 'ucs2'), '4100fdff'); // a last odd byte
assert.strictEqual(tc('00d84100', 'ucs2', 'latin1'), '3f41');
assert.strictEqual(tc('410042', 'ucs2', 'latin1'), '41');
for (const [from, to] of [['hex', 'utf8'], ['utf8', 'base64'], ['bogus', 'utf8'], ['utf8', 'buffer']]) {
  assert.strictEqual(tc('61', from, to), 'U_ILLEGAL_ARGUMENT_ERROR/1');
}
assert.strictEqual(tc('61', undefined, 'ucs2'), '6100'); // no encoding means utf8
assert.strictEqual(transcode(Buffer.alloc(0), 'bogus', 'x').length, 0);
assert.ok(transcode(Buffer.from('a'), 'utf8', 'ucs2') instanceof Buffer);
assert.strictEqual(tc('61', 'UTF-8', 'UCS-2'), '6100');
assert.throws(() => transcode('a', 'utf8', 'ucs2'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. Received type string (\'a\')',
});
{
  let err;
  try {
    transcode(Buffer.from('a'), 'hex', 'utf8');
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.name, 'Error');
  assert.deepStrictEqual(Object.keys(err), ['code', 'errno']);
}

// ---- isUtf8 / isAscii on any TypedArray or ArrayBuffer
assert.strictEqual(isUtf8(Buffer.from('h\u00e9\u20ac\ud83d\ude00')), true);
assert.strictEqual(isUtf8(Buffer.alloc(0)), true);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xc0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xe2, 0x82])), false);
assert.strictEqual(isUtf8(new Uint16Array([0x6161])), true);
assert.strictEqual(isUtf8(new Uint16Array([0xd800])), false);
assert.strictEqual(isUtf8(new Uint8Array([0x61, 0xff]).buffer), false);
assert.strictEqual(isAscii(Buffer.from('abc\x7f')), true);
assert.strictEqual(isAscii(Buffer.from([0x80])), false);
assert.strictEqual(isAscii(new ArrayBuffer(3)), true);
assert.strictEqual(isAscii(new Float32Array([1])), false); // bytes 00 00 80 3f
assert.strictEqual(isAscii(Buffer.from('xx\u00e9').subarray(0, 2)), true);
for (const fn of [isUtf8, isAscii]) {
  assert.throws(() => fn('abc'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string (\'abc\')',
  });
  assert.throws(() => fn(new DataView(new ArrayBuffer(1))), { code: 'ERR_INVALID_ARG_TYPE' });
}
