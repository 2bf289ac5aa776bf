'use strict';
// URLSearchParams: constructors, methods, ordering, encoding, iteration, errors.
const assert = require('assert');

// Constructors.
assert.strictEqual(new URLSearchParams().toString(), '');
assert.strictEqual(new URLSearchParams(undefined).size, 0);
assert.strictEqual(new URLSearchParams(null).size, 0);
assert.strictEqual(new URLSearchParams('').size, 0);
assert.strictEqual(new URLSearchParams('?').size, 0);
assert.deepStrictEqual([...new URLSearchParams('?a=1&b=2')], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...new URLSearchParams('??a=1')], [['?a', '1']]);
assert.deepStrictEqual([...new URLSearchParams('a=1&&b&=c&d=e=f&')], [['a', '1'], ['b', ''], ['', 'c'], ['d', 'e=f']]);
assert.deepStrictEqual([...new URLSearchParams('a+b=c+d&%20=%2B')], [['a b', 'c d'], [' ', '+']]);
assert.deepStrictEqual([...new URLSearchParams('e=%E2%82%AC&bad=%zz&half=%E2%82&pct=%')],
                       [['e', '\u20ac'], ['bad', '%zz'], ['half', '\ufffd'], ['pct', '%']]);
assert.deepStrictEqual([...new URLSearchParams([['a', 1], ['b', true], ['a', null]])],
                       [['a', '1'], ['b', 'true'], ['a', 'null']]);
assert.deepStrictEqual([...new URLSearchParams(new Map([['x', 'y'], ['z', 'w']]))], [['x', 'y'], ['z', 'w']]);
assert.deepStrictEqual([...new URLSearchParams([new Set(['k', 'v'])])], [['k', 'v']]);
assert.deepStrictEqual([...new URLSearchParams({ a: 1, b: [1, 2], c: undefined })],
                       [['a', '1'], ['b', '1,2'], ['c', 'undefined']]);
const hidden = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, nonEnum: { value: 3 } });
assert.deepStrictEqual([...new URLSearchParams(hidden)], [['own', '2']]);
// Two keys that become the same USVString: the first position, the last value.
assert.deepStrictEqual([...new URLSearchParams({ '\uD835x': '1', 'a': '2', '\uFFFDx': '3' })],
                       [['\uFFFDx', '3'], ['a', '2']]);
const original = new URLSearchParams('a=1&b=2');
const copy = new URLSearchParams(original);
copy.append('c', '3');
assert.strictEqual(original.toString(), 'a=1&b=2');
assert.strictEqual(copy.toString(), 'a=1&b=2&c=3');
assert.strictEqual(new URLSearchParams(12).toString(), '12=');

assert.throws(() => new URLSearchParams([['a']]), { code: 'ERR_INVALID_TUPLE', name: 'TypeError',
  message: 'Each query pair must be an iterable [name, value] tuple' });
assert.throws(() => new URLSearchParams([['a', 'b', 'c']]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([null]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([new Set(['a'])]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), { code: 'ERR_ARG_NOT_ITERABLE',
  message: 'Query pairs must be iterable' });

// Methods.
const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.deepStrictEqual(p.getAll('zz'), []);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
assert.strictEqual(p.has('a', undefined), true);
assert.strictEqual(p.has('zz'), false);
p.append('c', 'x y');
assert.strictEqual(p.toString(), 'a=1&b=2&a=3&c=x+y');
p.set('a', 'new');
assert.strictEqual(p.toString(), 'b=2&c=x+y'.replace('b=2', 'a=new&b=2'));
p.set('d', '4');
assert.strictEqual(p.toString(), 'a=new&b=2&c=x+y&d=4');
p.append('a', 'z');
p.delete('a', 'z');
assert.strictEqual(p.toString(), 'a=new&b=2&c=x+y&d=4');
p.delete('a', 'nope');
assert.strictEqual(p.toString(), 'a=new&b=2&c=x+y&d=4');
p.delete('a');
assert.strictEqual(p.toString(), 'b=2&c=x+y&d=4');
assert.strictEqual(p.size, 3);

// Sorting is stable and by UTF-16 code units.
const s = new URLSearchParams('z=1&a=2&z=0&b=1&a=1&\uFFFD=x&\uD83D\uDE00=y&\u00e9=1');
s.sort();
assert.deepStrictEqual([...s.keys()], ['a', 'a', 'b', 'z', 'z', '\u00e9', '\uD83D\uDE00', '\uFFFD']);
assert.deepStrictEqual([...s.values()], ['2', '1', '1', '1', '0', '1', 'y', 'x']);
const many = new URLSearchParams();
for (let i = 0; i < 300; i++) many.append(String.fromCharCode(97 + (i * 7) % 26), String(i));
many.sort();
const keys = [...many.keys()];
assert.deepStrictEqual(keys, [...keys].sort());
for (const k of new Set(keys)) {
  const vals = many.getAll(k).map(Number);
  assert.deepStrictEqual(vals, [...vals].sort((x, y) => x - y), `stable for ${k}`);
}

// Serialization: only *-._ and alphanumerics stay, space is '+', the rest UTF-8 %XX.
const enc = new URLSearchParams();
enc.append('k', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u00e9\u20ac\uD83D\uDE00');
assert.strictEqual(enc.toString(),
                   'k=+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D%7E%C3%A9%E2%82%AC%F0%9F%98%80');
const lone = new URLSearchParams();
lone.append('\uD800', 'x\uDC00');
assert.strictEqual(lone.toString(), '%EF%BF%BD=x%EF%BF%BD');
assert.strictEqual(lone.get('\uD800'), 'x\uFFFD');

// Iteration.
const it = new URLSearchParams('a=1&b=2').entries();
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.strictEqual(it[Symbol.iterator](), it);
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.deepStrictEqual(it.next(), { value: ['b', '2'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
const seen = [];
const ctx = { tag: 't' };
new URLSearchParams('a=1&b=2').forEach(function (value, key, params) {
  seen.push([value, key, this.tag, params instanceof URLSearchParams]);
}, ctx);
assert.deepStrictEqual(seen, [['1', 'a', 't', true], ['2', 'b', 't', true]]);
// Entries appended during iteration are visited.
const grow = new URLSearchParams('a=1');
const visited = [];
for (const [k] of grow) {
  visited.push(k);
  if (visited.length < 3) grow.append(`k${visited.length}`, '');
}
assert.deepStrictEqual(visited, ['a', 'k1', 'k2']);

// Shape.
assert.strictEqual(URLSearchParams.length, 0);
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
assert.deepStrictEqual(Object.keys(URLSearchParams.prototype),
                       ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
                        'forEach', 'keys', 'values', 'toString']);

// Errors.
const q = new URLSearchParams();
assert.throws(() => q.append('a'), { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
assert.throws(() => q.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => q.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => q.getAll(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => q.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => q.delete(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => q.forEach(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), { code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParams' });
assert.throws(() => URLSearchParams.prototype.toString.call(null), { code: 'ERR_INVALID_THIS' });
assert.throws(() => q.keys().next.call({}), { code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParamsIterator' });
assert.throws(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}),
              { code: 'ERR_INVALID_THIS' });
