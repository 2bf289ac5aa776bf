'use strict';
// Headers: case-insensitive names, sorted iteration, set-cookie, validation errors (undici's
// messages), immutable guard.
const assert = require('assert');

const h = new Headers({ b: '2', A: ' 1\t', 'set-cookie': 'x=1' });
h.append('Set-Cookie', 'y=2');
h.append('b', '3');
assert.deepStrictEqual([...h], [['a', '1'], ['b', '2, 3'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
assert.deepStrictEqual([...h.keys()], ['a', 'b', 'set-cookie', 'set-cookie']);
assert.deepStrictEqual([...h.values()], ['1', '2, 3', 'x=1', 'y=2']);
assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
assert.strictEqual(h.get('SET-COOKIE'), 'x=1, y=2');
assert.strictEqual(h.get('B'), '2, 3');
assert.strictEqual(h.get('nope'), null);
assert.strictEqual(h.has('a'), true);
h.set('b', 'z');
assert.strictEqual(h.get('b'), 'z');
h.delete('A');
assert.strictEqual(h.has('a'), false);
const seen = [];
h.forEach(function(v, k, o) { seen.push([k, v, o === h, this]); }, 7);
assert.deepStrictEqual(seen, [['b', 'z', true, 7], ['set-cookie', 'x=1', true, 7], ['set-cookie', 'y=2', true, 7]]);
assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');
assert.strictEqual(Object.prototype.toString.call(h.keys()), '[object Headers Iterator]');
assert.deepStrictEqual([...new Headers([['k', 'v'], ['K', 'w']])], [['k', 'v, w']]);
assert.deepStrictEqual([...new Headers(new Headers({ q: '1' }))], [['q', '1']]);
// Iteration sees changes made while iterating.
const it = new Headers({ a: '1' }).entries();
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });

function throwsType(fn, message) {
  assert.throws(fn, (e) => e instanceof TypeError && e.message === message && e.code === undefined);
}
throwsType(() => h.append('x y', '1'), 'Headers.append: "x y" is an invalid header name.');
throwsType(() => h.append('a', '\0'), 'Headers.append: "\0" is an invalid header value.');
throwsType(() => h.set('a', 'b\nc'), 'Headers.set: "b\nc" is an invalid header value.');
throwsType(() => h.get('a b'), 'Headers.get: "a b" is an invalid header name.');
throwsType(() => h.append('a'), 'Headers.append: 2 arguments required, but only 1 found.');
throwsType(() => new Headers([['a']]), 'Headers constructor: expected name/value pair to be length 2, found 1.');
throwsType(() => new Headers(5), 'Headers constructor: Argument 1 could not be converted to one of: ' +
  'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
throwsType(() => Response.error().headers.set('a', 'b'), 'immutable');
throwsType(() => Response.redirect('http://a/').headers.delete('location'), 'immutable');
// No forbidden names server-side.
const f = new Headers({ host: 'x', connection: 'close', 'content-length': '3' });
assert.deepStrictEqual([...f], [['connection', 'close'], ['content-length', '3'], ['host', 'x']]);
console.log('ok');
