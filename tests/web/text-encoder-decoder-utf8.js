'use strict';
// TextEncoder/TextDecoder (utf-8): lone surrogates, invalid bytes, BOM, fatal mode, and
// large inputs, checked against known answers.
const assert = require('assert');

const enc = new TextEncoder();
const dec = new TextDecoder();
assert.deepStrictEqual([...enc.encode('a\ud800b')], [0x61, 0xef, 0xbf, 0xbd, 0x62]);
assert.deepStrictEqual([...enc.encode('\udfff')], [0xef, 0xbf, 0xbd]);
assert.deepStrictEqual([...enc.encode('\ud83d\ude00\ud83d')], [0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbf, 0xbd]);
assert.deepStrictEqual([...enc.encode('\ud7ff\ue000')], [0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80]);
assert.deepStrictEqual([...enc.encode('é€')], [0xc3, 0xa9, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual([...enc.encode()], []);
assert.ok(enc.encode('x') instanceof Uint8Array);

assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62])), 'a\ufffdb');
assert.strictEqual(dec.decode(new Uint8Array([0xed, 0xa0, 0x80])), '\ufffd\ufffd\ufffd');
assert.strictEqual(dec.decode(new Uint8Array([0xf0, 0x9f, 0x98])), '\ufffd');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf])), '\ufeff');
assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
              { code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError' });
assert.strictEqual(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82, 0xac])), '€');

// Large mixed text round-trips; the byte count is known.
const text = 'ascii text, ünïcödé ✓ and 𝄞 '.repeat(50000);
const bytes = enc.encode(text);
assert.strictEqual(bytes.length, 37 * 50000);
assert.strictEqual(dec.decode(bytes), text);
assert.strictEqual(dec.decode(bytes.subarray(0, 20)), 'ascii text, ünïcö');
assert.strictEqual(dec.decode(bytes.subarray(0, 22)), 'ascii text, ünïcöd\ufffd');
