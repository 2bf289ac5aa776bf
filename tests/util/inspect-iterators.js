// util.inspect previews Map/Set iterators (what they still hold, without advancing them)
// and, with showHidden, the live entries of WeakMap/WeakSet.
'use strict';
const assert = require('assert');
const { inspect } = require('util');

const m = new Map([['a', 1], ['b', { c: 2 }]]);
const s = new Set([1, 'x']);
assert.strictEqual(inspect(m.entries()), "[Map Entries] { [ 'a', 1 ], [ 'b', { c: 2 } ] }");
assert.strictEqual(inspect(m.keys()), "[Map Iterator] { 'a', 'b' }");
assert.strictEqual(inspect(m.values()), '[Map Iterator] { 1, { c: 2 } }');
assert.strictEqual(inspect(s.values()), "[Set Iterator] { 1, 'x' }");
assert.strictEqual(inspect(s.entries()), "[Set Entries] { [ 1, 1 ], [ 'x', 'x' ] }");

const it = m.keys();
it.next();
assert.strictEqual(inspect(it), "[Map Iterator] { 'b' }");
// Inspecting did not advance it.
assert.deepStrictEqual([...it], ['b']);
assert.strictEqual(inspect(it), '[Map Iterator] {  }');
const done = m.entries();
[...done];
assert.strictEqual(inspect(done), '[Map Entries] {  }');

const big = new Set(Array.from({ length: 120 }, (_, i) => i));
assert.match(inspect(big.values()), /\.\.\. 20 more items\n\}$/);

const k1 = { k: 1 };
const k2 = [2];
const wm = new WeakMap([[k1, 'one']]);
const ws = new WeakSet([k2]);
assert.strictEqual(inspect(wm), 'WeakMap { <items unknown> }');
assert.strictEqual(inspect(wm, { showHidden: true }), "WeakMap { { k: 1 } => 'one' }");
assert.strictEqual(inspect(ws, { showHidden: true }), 'WeakSet { [ 2, [length]: 1 ] }');
