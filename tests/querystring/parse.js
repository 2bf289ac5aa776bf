'use strict';
// querystring.parse / decode: separators, repeated keys, maxKeys, custom decoders and
// Node's fallback for malformed escapes.
const assert = require('assert');
const qs = require('querystring');

function parsed(...args) {
  const obj = qs.parse(...args);
  assert.strictEqual(Object.getPrototypeOf(obj), null);
  return { ...obj };
}

assert.strictEqual(qs.decode, qs.parse);
const cases = [
  ['', {}],
  ['foo=918854443121279438895193', { foo: '918854443121279438895193' }],
  ['foo=bar', { foo: 'bar' }],
  ['foo=bar&foo=quux', { foo: ['bar', 'quux'] }],
  ['foo=1&bar=2', { foo: '1', bar: '2' }],
  ['my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F', { 'my weird field': 'q1!2"\'w$5&7/z8)?' }],
  ['foo%3Dbaz=bar', { 'foo=baz': 'bar' }],
  ['foo=baz=bar', { foo: 'baz=bar' }],
  ['str=foo&arr=1&arr=2&arr=3&somenull=&undef=', { str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: '' }],
  [' foo = bar ', { ' foo ': ' bar ' }],
  ['foo=%zx', { foo: '%zx' }],
  ['foo=%EF%BF%BD', { foo: '\ufffd' }],
  ['hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz',
   { hasOwnProperty: 'x', toString: 'foo', valueOf: 'bar', __defineGetter__: 'baz' }],
  ['foo&bar=baz', { foo: '', bar: 'baz' }],
  ['a=b&c&d=e', { a: 'b', c: '', d: 'e' }],
  ['a&&b', { a: '', b: '' }],
  ['&&&&', {}],
  ['&=&', { '': '' }],
  ['&=&=', { '': ['', ''] }],
  ['=', { '': '' }],
  ['+', { ' ': '' }],
  ['+=+', { ' ': ' ' }],
  ['a=1+2', { a: '1 2' }],
  ['a=%20+%2B', { a: '  +' }],
  ['%E2%82%AC=%E2%82%AC', { '\u20ac': '\u20ac' }],
  ['a=%E2%82', { a: '\ufffd' }],
  ['a=\u20ac%FF', { a: '\ufffd\ufffd' }],
  ['a=%', { a: '%' }],
  ['a=%2', { a: '%2' }],
  ['a=%%20', { a: '% ' }],
  ['__proto__=1', { ['__proto__']: '1' }],
  ['a=1&a=2&a=3', { a: ['1', '2', '3'] }],
];
for (const [input, expected] of cases) assert.deepStrictEqual(parsed(input), expected, input);
assert.strictEqual(Object.keys(qs.parse('__proto__=1'))[0], '__proto__');

// Not a string, or empty: an empty object.
for (const input of [undefined, null, 1, {}, [], true]) assert.deepStrictEqual(parsed(input), {});

// Custom separators, of any length.
assert.deepStrictEqual(parsed('foo=>bar&&bar=>baz', '&&', '=>'), { foo: 'bar', bar: 'baz' });
assert.deepStrictEqual(parsed('foo:bar;baz:quux', ';', ':'), { foo: 'bar', baz: 'quux' });
assert.deepStrictEqual(parsed('a==b&&c==d', '&&', '=='), { a: 'b', c: 'd' });
assert.deepStrictEqual(parsed('a=b;c=d', ';'), { a: 'b', c: 'd' });
assert.deepStrictEqual(parsed('a:b&c:d', null, ':'), { a: 'b', c: 'd' });
assert.deepStrictEqual(parsed('a1b2c', 1, 2), { a: '', b: 'c' });
assert.deepStrictEqual(parsed('a&b', '', ''), { a: '', b: '' });

// maxKeys.
const many = Array.from({ length: 2000 }, (_, i) => `k${i}=${i}`).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 2000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: -1 })).length, 2000);
assert.deepStrictEqual(parsed('a=1&b=2&c=3', null, null, { maxKeys: 2 }), { a: '1', b: '2' });
assert.deepStrictEqual(parsed('a=1&&b=2', null, null, { maxKeys: 2 }), { a: '1' });
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: '5' })).length, 1000);

// decodeURIComponent option: called for every non-empty part; '+' arrives as %20.
const calls = [];
const custom = parsed('a+b=c%20d&e=&=f', null, null, {
  decodeURIComponent(s) {
    calls.push(s);
    return s.toUpperCase();
  },
});
assert.deepStrictEqual(custom, { 'A%20B': 'C%20D', E: '', '': 'F' });
assert.deepStrictEqual(calls, ['a%20b', 'c%20d', 'e', 'f']);
// A throwing decoder falls back to querystring.unescape(s, true).
assert.deepStrictEqual(parsed('a=%41+b', null, null, { decodeURIComponent() { throw new Error('no'); } }),
                       { a: 'A b' });
// The module's own unescape can be replaced: it then decodes every part.
const original = qs.unescape;
qs.unescape = (s) => `<${s}>`;
try {
  assert.deepStrictEqual(parsed('a=%41&plain=x+y'), { '<a>': '<%41>', '<plain>': '<x%20y>' });
} finally {
  qs.unescape = original;
}
