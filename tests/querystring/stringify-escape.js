'use strict';
// querystring.stringify / encode, escape, unescape and unescapeBuffer.
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.encode, qs.stringify);
const cases = [
  [{ foo: '918854443121279438895193' }, 'foo=918854443121279438895193'],
  [{ foo: 'bar' }, 'foo=bar'],
  [{ foo: ['bar', 'quux'] }, 'foo=bar&foo=quux'],
  [{ foo: '1', bar: '2' }, 'foo=1&bar=2'],
  [{ 'my weird field': 'q1!2"\'w$5&7/z8)?' }, 'my%20weird%20field=q1!2%22\'w%245%267%2Fz8)%3F'],
  [{ 'foo=baz': 'bar' }, 'foo%3Dbaz=bar'],
  [{ str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: '' }, 'str=foo&arr=1&arr=2&arr=3&somenull=&undef='],
  [{ a: [], b: 1 }, 'b=1'],
  [{ n: 1, neg: -0, big: 1e21, huge: 1.5e300, nan: NaN, inf: Infinity, t: true, f: false }, 'n=1&neg=0&big=1e%2B21&huge=1.5e%2B300&nan=&inf=&t=true&f=false'],
  [{ nul: null, undef: undefined, obj: {}, fn() {}, sym: Symbol('s'), bi: 10n }, 'nul=&undef=&obj=&fn=&sym=&bi=10'],
  [{ nested: [1, [2], 'x y'] }, 'nested=1&nested=&nested=x%20y'],
  [{ '\u00e9': '\u20ac\uD83D\uDE00' }, '%C3%A9=%E2%82%AC%F0%9F%98%80'],
  [{ '': '' }, '='],
];
for (const [input, expected] of cases) assert.strictEqual(qs.stringify(input), expected);
for (const input of [null, undefined, 'str', 5, true, () => {}]) assert.strictEqual(qs.stringify(input), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');

// Separators.
assert.strictEqual(qs.stringify({ foo: 'bar', baz: ['a', 'b'] }, ';', ':'), 'foo:bar;baz:a;baz:b');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, '', ''), 'a=1&b=2');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, 0, 0), 'a=1&b=2');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, 5, 6), 'a615b62');

// encodeURIComponent option: values go through it as strings.
const seen = [];
assert.strictEqual(qs.stringify({ a: 1, b: [true, null], c: 'x' }, null, null, {
  encodeURIComponent(s) {
    seen.push(s);
    return `[${s}]`;
  },
}), '[a]=[1]&[b]=[true]&[b]=[]&[c]=[x]');
assert.deepStrictEqual(seen, ['a', '1', 'b', 'true', '', 'c', 'x']);
assert.strictEqual(qs.stringify({ big: 1e21 }, null, null, { encodeURIComponent: encodeURIComponent }), 'big=1e%2B21');
// A lone surrogate cannot be encoded.
assert.throws(() => qs.stringify({ a: '\uD800' }), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });
assert.throws(() => qs.escape('\uDC00'), { code: 'ERR_INVALID_URI' });
// A high surrogate takes whatever follows as its pair.
assert.strictEqual(qs.escape('\uD800a'), '%F0%90%81%A1');

// escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) * stay.
let all = '';
for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
assert.strictEqual(qs.escape(all),
                   '%00%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14%15%16%17%18%19%1A%1B%1C%1D%1E%1F' +
                   "%20!%22%23%24%25%26'()*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_" +
                   '%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D~%7F');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape(null), 'null');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.strictEqual(qs.escape([1, 2]), '1%2C2');
assert.strictEqual(qs.escape(undefined), 'undefined');
assert.throws(() => qs.escape(Symbol('x')), TypeError);
// A replaced escape() is used by stringify().
const originalEscape = qs.escape;
qs.escape = (s) => s.toUpperCase();
try {
  assert.strictEqual(qs.stringify({ a: 'b c', n: 1 }), 'A=B C&N=1');
} finally {
  qs.escape = originalEscape;
}

// unescape(): decodeURIComponent, with a lenient byte-wise fallback.
assert.strictEqual(qs.unescape('a%20b+c'), 'a b+c');
assert.strictEqual(qs.unescape('a%20b+c', true), 'a b+c');
assert.strictEqual(qs.unescape('%zz+%20', true), '%zz  ');
assert.strictEqual(qs.unescape('%E2%82%AC%'), '\u20ac%');
assert.strictEqual(qs.unescape('%E2%82'), '\ufffd');
assert.strictEqual(qs.unescape('\u20ac%FF'), '\ufffd\ufffd');
assert.strictEqual(qs.unescape('%%41%4'), '%A%4');
assert.strictEqual(qs.unescape('%ef%bb%bfx%'), '\ufeffx%');
assert.strictEqual(qs.unescape(5), '5');

// unescapeBuffer(): bytes.
const { Buffer } = require('buffer');
const buf = qs.unescapeBuffer('a%20b+%zz%E2%82%AC');
assert.ok(Buffer.isBuffer(buf));
assert.deepStrictEqual([...buf], [0x61, 0x20, 0x62, 0x2b, 0x25, 0x7a, 0x7a, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [0x61, 0x20, 0x62]);
assert.deepStrictEqual([...qs.unescapeBuffer('%4')], [0x25, 0x34]);
assert.deepStrictEqual([...qs.unescapeBuffer('%4g%')], [0x25, 0x34, 0x67, 0x25]);
assert.strictEqual(qs.unescapeBuffer('plain').toString(), 'plain');
assert.strictEqual(qs.unescapeBuffer('').length, 0);
