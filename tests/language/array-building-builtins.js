'use strict';
// Built-ins that make arrays element by element (Array.from/of, map with a species,
// split, JSON.parse, concat, filter, entries, matchAll, push): the elements, and the
// errors when the target array can't take them (frozen, not extensible, length
// read-only).
const assert = require('assert');

function make(f) {
  return function () { return f(); };
}
const nonWritableLength = make(() => {
  const a = [];
  Object.defineProperty(a, 'length', { writable: false });
  return a;
});
assert.throws(() => Array.from.call(nonWritableLength, [1]), TypeError);
assert.throws(() => Array.from.call(make(() => Object.freeze([])), [1]), TypeError);
assert.throws(() => Array.from.call(make(() => Object.preventExtensions([])), [1]), TypeError);
assert.throws(() => Array.of.call(make(() => Object.preventExtensions([])), 1), TypeError);

// A species array that already has elements: they are overwritten in place.
const a = [1, 2];
a.constructor = { [Symbol.species]: function () { return [9, 9, 9]; } };
assert.deepStrictEqual(a.map((x) => x * 2), [2, 4, 9]);
const frozen = [1, 2];
frozen.constructor = { [Symbol.species]: function () { return Object.freeze([]); } };
assert.throws(() => frozen.map((x) => x), TypeError);
// Into an existing element that is not writable: refused.
const fixed = [1, 2];
fixed.constructor = {
  [Symbol.species]: function () {
    const r = [0];
    Object.defineProperty(r, 0, { value: 0, writable: false, configurable: false });
    return r;
  },
};
assert.throws(() => fixed.map((x) => x), TypeError);

assert.deepStrictEqual(Array.of.call(make(() => { const x = []; x[5] = 1; return x; }), 1, 2), [1, 2]);
assert.deepStrictEqual('a,b,c'.split(',', 2), ['a', 'b']);
assert.deepStrictEqual('a,b,,c'.split(','), ['a', 'b', '', 'c']);
assert.deepStrictEqual('abc'.split(''), ['a', 'b', 'c']);
assert.deepStrictEqual(JSON.parse('[[],[1],[1,2,3,4,5,6,7,8,9]]'), [[], [1], [1, 2, 3, 4, 5, 6, 7, 8, 9]]);
assert.deepStrictEqual([1].concat([2, 3], 4), [1, 2, 3, 4]);
assert.deepStrictEqual([1, 2, 3, 4, 5].filter((x) => x & 1), [1, 3, 5]);
assert.deepStrictEqual(Object.entries({ a: 1, b: [2] }), [['a', 1], ['b', [2]]]);
assert.deepStrictEqual([...'a1b2c3'.matchAll(/\d/g)].map((m) => m[0]), ['1', '2', '3']);

// Object.entries/keys/values: pairs and results as Node makes them, with a Proxy's own key
// order and a getter that deletes a later key (skipped, as it is no longer there).
const o = { a: 1, b: [2], c: 'x' };
assert.deepStrictEqual(Object.entries(o), [['a', 1], ['b', [2]], ['c', 'x']]);
assert.deepStrictEqual(Object.keys(o), ['a', 'b', 'c']);
assert.deepStrictEqual(Object.values(o), [1, [2], 'x']);
assert.deepStrictEqual(Object.entries([5, 6]), [['0', 5], ['1', 6]]);
assert.deepStrictEqual(Object.entries('ab'), [['0', 'a'], ['1', 'b']]);
assert.deepStrictEqual(Object.entries({}), []);
const proxy = new Proxy({ x: 1, y: 2 }, {
  ownKeys: () => ['y', 'x'],
  getOwnPropertyDescriptor: (t, k) => ({ value: t[k], enumerable: true, configurable: true }),
});
assert.deepStrictEqual(Object.entries(proxy), [['y', 2], ['x', 1]]);
const deleting = {};
Object.defineProperty(deleting, 'a', { get() { delete this.b; return 1; }, enumerable: true });
deleting.b = 2;
assert.deepStrictEqual(Object.entries(deleting), [['a', 1]]);
const many = {};
for (let i = 0; i < 100; i++) many[`k${i}`] = i;
const entries = Object.entries(many);
assert.strictEqual(entries.length, 100);
assert.deepStrictEqual(entries[99], ['k99', 99]);
assert.deepStrictEqual(Object.entries(many).map(([, v]) => v), Object.values(many));

// Growing from empty, one push at a time, past the first allocations.
for (let n = 0; n < 40; n++) {
  const arr = [];
  for (let i = 0; i < n; i++) arr.push(i * 3);
  assert.strictEqual(arr.length, n);
  for (let i = 0; i < n; i++) assert.strictEqual(arr[i], i * 3);
  assert.deepStrictEqual(Array.from({ length: n }, (_, i) => i * 3), arr);
}
console.log('ok');
