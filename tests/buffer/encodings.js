'use strict';
// Every encoding both ways: round trips, Node's lenient decoding of bad input (hex stops
// at the first bad pair, base64 skips junk and stops at '='), lone surrogates, partial
// writes, byteLength, isEncoding, toString ranges and the C++-style slice/write methods.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');

// utf8: lone surrogates become EF BF BD; decoding replaces each bad sequence.
assert.strictEqual(hex(Buffer.from('h\u00e9\u20ac\ud83d\ude00')), '68c3a9e282acf09f9880');
assert.strictEqual(hex(Buffer.from('\ud800x\udc00')), 'efbfbd78efbfbd');
assert.strictEqual(hex(Buffer.from('a\ud83d')), '61efbfbd');
assert.strictEqual(Buffer.byteLength('\ud83d\ude00\ud800x\udc00'), 11);
assert.strictEqual(Buffer.byteLength('h\u00e9\u20ac'), 6);
assert.strictEqual(Buffer.from([0x61, 0xff, 0x80, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0x62]).toString(),
                   'a\ufffd\ufffd\u00e9\ufffd\ufffd\ufffdb');
assert.strictEqual(Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString(), '\ufffd'.repeat(4));
assert.strictEqual(Buffer.from([0xc0, 0x80]).toString(), '\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xe0, 0xa0]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xe0, 0xa0, 0x41]).toString(), '\ufffdA');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98]).toString('utf-8'), '\ufffd');
assert.strictEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x61]).toString(), '\ufeffa');
for (const s of ['', 'abc', 'h\u00e9llo w\u00f6rld', '\u20ac\ud83d\ude00', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
  assert.strictEqual(Buffer.from(s).toString(), s);
  assert.strictEqual(Buffer.from(s, 'utf8').toString('utf8'), s);
  assert.strictEqual(Buffer.byteLength(s), Buffer.from(s).length);
}

// utf8 writes never split a character.
function writeInto(size, str, enc) {
  const b = Buffer.alloc(size);
  const n = b.write(str, enc);
  return [n, hex(b)];
}
assert.deepStrictEqual(writeInto(3, '\ud83d\ude00'), [0, '000000']);
assert.deepStrictEqual(writeInto(4, '\ud83d\ude00'), [4, 'f09f9880']);
assert.deepStrictEqual(writeInto(5, 'a\ud83d\ude00'), [5, '61f09f9880']);
assert.deepStrictEqual(writeInto(3, '\ud83d'), [3, 'efbfbd']);
assert.deepStrictEqual(writeInto(2, '\ud83d'), [0, '0000']);
assert.deepStrictEqual(writeInto(2, '\u20ac'), [0, '0000']);
assert.deepStrictEqual(writeInto(4, 'a\u20acb'), [4, '61e282ac']);

// ucs2 / utf16le: code units little endian; a last odd byte is ignored.
for (const enc of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2', 'UTF16LE']) {
  assert.strictEqual(hex(Buffer.from('h\u00e9\u20ac\ud83d\ude00', enc)), '6800e900ac203dd800de');
  assert.strictEqual(Buffer.from('6100620063', 'hex').toString(enc), 'ab');
}
assert.strictEqual(Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42]).toString('ucs2'), 'A\ud800');
assert.strictEqual(Buffer.from('\ud800', 'utf16le').toString('utf16le'), '\ud800');
assert.deepStrictEqual(writeInto(3, 'abc', 'ucs2'), [2, '610000']);
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);

// latin1 / binary and ascii: the low byte of each code unit; ascii decoding drops bit 7.
for (const enc of ['latin1', 'binary', 'LATIN1', 'ascii', 'ASCII']) {
  assert.strictEqual(hex(Buffer.from('a\u00e9\u20ac\ud83d\ude00', enc)), '61e9ac3d00');
}
const high = Buffer.from([0x41, 0xe9, 0xff, 0x7f, 0x80, 0x00]);
assert.strictEqual(high.toString('latin1'), 'A\u00e9\u00ff\u007f\u0080\u0000');
assert.strictEqual(high.toString('binary'), 'A\u00e9\u00ff\u007f\u0080\u0000');
assert.strictEqual(high.toString('ascii'), 'Ai\u007f\u007f\u0000\u0000');
assert.strictEqual(Buffer.from(high.toString('latin1'), 'latin1').equals(high), true);
assert.strictEqual(Buffer.byteLength('\u00e9\u20ac', 'latin1'), 2);

// hex: lower case out; in, pairs until the first bad one; a lone last digit is dropped.
assert.strictEqual(Buffer.from([0, 1, 0xab, 0xff]).toString('hex'), '0001abff');
assert.strictEqual(hex(Buffer.from('DEADbeef', 'hex')), 'deadbeef');
assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('zz', 'hex')), '');
assert.strictEqual(hex(Buffer.from('0102zz03', 'hex')), '0102');
assert.strictEqual(hex(Buffer.from('0G', 'hex')), '');
assert.strictEqual(hex(Buffer.from('a z', 'hex')), '');
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);

// base64 / base64url: either alphabet is accepted, junk skipped, '=' ends the data.
const b64 = [
  ['YQ==YQ==', '61'], ['YQ=YQ', '61'], ['Y Q = =', '61'], ['YWJj\nZGVm', '616263646566'],
  ['YW=Jj', '61'], ['YWJ', '6162'], ['YW', '61'], ['Y', ''], ['-_-_', 'fbffbf'], ['+/+/', 'fbffbf'],
  ['YWJj!!ZGVm', '616263646566'], ['====', ''], ['ab=c', '69'], ['a=bc', ''], ['abc=d', '69b7'],
  ['YWJjZA==x', '61626364'], ['YWJjZGV', '6162636465'], ['\u0000YQ', '61'], ['Y=Q=', ''], ['YQ\t==', '61'],
  ['\u00ffYWJj', '616263'],
];
for (const [input, want] of b64) {
  assert.strictEqual(hex(Buffer.from(input, 'base64')), want, input);
  assert.strictEqual(hex(Buffer.from(input, 'base64url')), want, input);
}
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), '+/+/');
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), '-_-_');
for (const [bytes, std, url] of [['', '', ''], ['f', 'Zg==', 'Zg'], ['fo', 'Zm8=', 'Zm8'], ['foo', 'Zm9v', 'Zm9v'], ['foob', 'Zm9vYg==', 'Zm9vYg']]) {
  assert.strictEqual(Buffer.from(bytes).toString('base64'), std);
  assert.strictEqual(Buffer.from(bytes).toString('base64url'), url);
  assert.strictEqual(Buffer.from(std, 'base64').toString(), bytes);
  assert.strictEqual(Buffer.from(url, 'base64url').toString(), bytes);
}
assert.strictEqual(Buffer.byteLength('aGk=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('aGk', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('aG==', 'base64url'), 1);
assert.strictEqual(Buffer.byteLength('YWJj!!ZGVm', 'base64'), 7);
assert.strictEqual(Buffer.byteLength('=', 'base64'), 0);

// Random bytes survive every binary-safe encoding.
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
for (let n = 0; n < 70; n++) {
  const bytes = Buffer.from(Array.from({ length: n }, rand));
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
    assert.ok(Buffer.from(bytes.toString(enc), enc).equals(bytes), `${enc} ${n}`);
  }
  if (n % 2 === 0) assert.ok(Buffer.from(bytes.toString('ucs2'), 'ucs2').equals(bytes));
}

// Encoding names: any case; unknown ones throw where an encoding is required.
for (const e of ['utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Base64URL']) {
  assert.strictEqual(Buffer.isEncoding(e), true, e);
}
for (const e of ['', 'utf32', 'buffer', 'utf-16', null, undefined, 1, {}]) {
  assert.strictEqual(Buffer.isEncoding(e), false, String(e));
}
const unknown = { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' };
assert.throws(() => Buffer.from('x', 'bogus'), unknown);
assert.throws(() => Buffer.from('x').toString('bogus'), unknown);
assert.throws(() => Buffer.alloc(2).write('x', 'bogus'), unknown);
assert.throws(() => Buffer.from('x').toString(null), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: null' });
assert.strictEqual(Buffer.from('x', null).toString(), 'x'); // from() falls back to utf8
assert.strictEqual(Buffer.byteLength('\u00e9', 'bogus'), 2); // byteLength too

// toString(encoding, start, end) clamps instead of throwing.
const abc = Buffer.from('abcdef');
assert.strictEqual(abc.toString('utf8', 1, 3), 'bc');
assert.strictEqual(abc.toString(undefined, -5, 100), 'abcdef');
assert.strictEqual(abc.toString('utf8', 4, 2), '');
assert.strictEqual(abc.toString('utf8', 10), '');
assert.strictEqual(abc.toString('utf8', 1.9, 3.9), 'bc');
assert.strictEqual(abc.toString('utf8', '2', '4'), 'cd');
assert.strictEqual(abc.toString('utf8', NaN, NaN), '');
assert.strictEqual(abc.toString('hex', 0, 2), '6162');
assert.strictEqual(abc.toLocaleString('hex'), '616263646566');

// write(string, offset, length, encoding) and its argument shapes.
function write(...args) {
  const b = Buffer.alloc(6, '.');
  const n = b.write(...args);
  return [n, b.toString('latin1')];
}
assert.deepStrictEqual(write('abc'), [3, 'abc...']);
assert.deepStrictEqual(write('abc', 2), [3, '..abc.']);
assert.deepStrictEqual(write('abcdef', 2, 2), [2, '..ab..']);
assert.deepStrictEqual(write('6162', 'hex'), [2, 'ab....']);
assert.deepStrictEqual(write('6162', 1, 'hex'), [2, '.ab...']);
assert.deepStrictEqual(write('6162', 1, 1, 'hex'), [1, '.a....']);
assert.deepStrictEqual(write('abcdefgh', 4), [2, '....ab']);
assert.deepStrictEqual(write('abc', 6), [0, '......']);
const range = (name, max, received) => ({
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${max}. Received ${received}`,
});
assert.throws(() => write('abc', 7), range('offset', '>= 0 && <= 6', 7));
assert.throws(() => write('abc', -1), range('offset', '>= 0 && <= 6', -1));
assert.throws(() => write('abc', 0, 7), range('length', '>= 0 && <= 6', 7));
assert.throws(() => write('abc', 1.5), range('offset', 'an integer', 1.5));
assert.throws(() => write('abc', '1', 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => write(123), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });

// The C++-style methods: utf8Slice(start, end), latin1Write(string, offset, length), …
const s6 = Buffer.from('abcdef');
assert.strictEqual(s6.utf8Slice(1, 3), 'bc');
assert.strictEqual(s6.latin1Slice(), 'abcdef');
assert.strictEqual(s6.hexSlice(4), '6566');
assert.strictEqual(s6.base64Slice(0, 3), 'YWJj');
assert.strictEqual(s6.ucs2Slice(0, 2), '\u6261');
assert.strictEqual(s6.asciiSlice(2, 2), '');
assert.strictEqual(s6.utf8Slice(3, 1), '');
const indexError = { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' };
assert.throws(() => s6.utf8Slice(-1), indexError);
assert.throws(() => s6.hexSlice(0, 7), indexError);
assert.throws(() => s6.latin1Slice(8, 1), indexError);
const w = Buffer.alloc(4);
assert.strictEqual(w.utf8Write('abcdef', 1), 3);
assert.strictEqual(w.hexWrite('ffee', 0, 1), 1);
assert.strictEqual(w.toString('hex'), 'ff616263');
assert.strictEqual(w.latin1Write('xyz', 4), 0);
assert.throws(() => w.utf8Write('ab', 5), {
  name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds',
});
assert.throws(() => w.utf8Write('ab', -1), indexError);
assert.throws(() => w.ucs2Write(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });

// byteLength of non-strings.
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(7))), 7);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)',
});

// A long string is encoded outside the pool and comes back intact.
const long = 'x\u00e9\u20ac\ud83d\ude00'.repeat(5000);
assert.strictEqual(Buffer.from(long).toString(), long);
assert.strictEqual(Buffer.from(long, 'ucs2').toString('ucs2'), long);
assert.strictEqual(Buffer.byteLength(long), 5000 * 10);
