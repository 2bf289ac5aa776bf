'use strict';
// buf.toString(enc) and TextEncoder/TextDecoder against small reference codecs written
// here, at every length from 0 to 70 (every base64 tail, both sides of the native codecs'
// SIMD thresholds) and for long input: the text an encoder writes straight into a new
// string, and the UTF-8 TextEncoder makes from a string's own characters (Latin-1 or UTF-16,
// lone surrogates, strings built by concatenation).
const assert = require('assert');

let seed = 12345;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
const data = Buffer.alloc(5000);
for (let i = 0; i < data.length; i++) data[i] = rand();

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function refBase64(bytes, url) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = bytes.length - i;
    const v = (bytes[i] << 16) | ((n > 1 ? bytes[i + 1] : 0) << 8) | (n > 2 ? bytes[i + 2] : 0);
    out += B64[v >> 18] + B64[(v >> 12) & 63];
    out += n > 1 ? B64[(v >> 6) & 63] : '=';
    out += n > 2 ? B64[v & 63] : '=';
  }
  return url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
}
const refHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const refLatin1 = (bytes) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
const refAscii = (bytes) => Array.from(bytes, (b) => String.fromCharCode(b & 0x7f)).join('');

function check(bytes) {
  const b = Buffer.from(bytes);
  assert.strictEqual(b.toString('hex'), refHex(b));
  assert.strictEqual(b.toString('base64'), refBase64(b, false));
  assert.strictEqual(b.toString('base64url'), refBase64(b, true));
  assert.strictEqual(b.toString('latin1'), refLatin1(b));
  assert.strictEqual(b.toString('binary'), refLatin1(b));
  assert.strictEqual(b.toString('ascii'), refAscii(b));
  const seven = Buffer.from(b.map((x) => x & 0x7f));
  assert.strictEqual(seven.toString('utf8'), refAscii(seven));
  assert.strictEqual(new TextDecoder().decode(seven), refAscii(seven));
}

for (let len = 0; len <= 70; len++) check(data.subarray(0, len));
check(data);
// A view into the middle of a larger buffer, and the toString(enc, start, end) form.
check(data.subarray(3, 4003));
assert.strictEqual(data.toString('hex', 10, 20), refHex(data.subarray(10, 20)));
assert.strictEqual(data.toString('base64', 1, 50), refBase64(data.subarray(1, 50), false));
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');
assert.strictEqual(Buffer.from([0xff, 0xe9]).toString('latin1'), '\u00ff\u00e9');

// UTF-8 of JS strings.
function refUtf8(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Buffer.from(out);
}

const enc = new TextEncoder();
const samples = [
  '', 'a', 'plain ascii text', 'caf\u00e9 \u00ff\u00e9', // Latin-1 only
  'ascii text, \u00fcn\u00efc\u00f6d\u00e9 \u2713 and \ud834\udd1e ',
  '\ud800', '\udc00', 'a\ud800b', '\ud83d\ud83d\ude00', 'x\udbff', '\u0800\uffff\u07ff',
];
for (const s of samples) {
  assert.deepStrictEqual(Buffer.from(enc.encode(s)), refUtf8(s), JSON.stringify(s));
  assert.deepStrictEqual(Buffer.from(s, 'utf8'), refUtf8(s), JSON.stringify(s));
}
// Strings built piece by piece (the engine may keep them as concatenation trees).
let built = '';
for (let i = 0; i < 300; i++) built += samples[i % samples.length] + i;
assert.deepStrictEqual(Buffer.from(enc.encode(built)), refUtf8(built));
const long = samples[4].repeat(5000);
assert.deepStrictEqual(Buffer.from(enc.encode(long)), refUtf8(long));
assert.strictEqual(new TextDecoder().decode(enc.encode(long)), long);
