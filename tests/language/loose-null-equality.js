'use strict';
// `x == null`, `x != null`, `x == undefined` and `x != undefined` are true exactly for
// undefined and null, in value and branch positions, and never call valueOf/toString.
const assert = require('assert');

let calls = 0;
const tricky = { valueOf() { calls++; return null; }, toString() { calls++; return 'null'; } };
const values = [undefined, null, 0, -0, '', 'null', 'undefined', false, true, NaN, 0n, [], {},
  Symbol('s'), () => {}, tricky, new Boolean(false), Object(null)];

for (const v of values) {
  const nullish = v === undefined || v === null;
  // value positions
  assert.strictEqual(v == null, nullish);
  assert.strictEqual(v != null, !nullish);
  assert.strictEqual(v == undefined, nullish);
  assert.strictEqual(v != undefined, !nullish);
  assert.strictEqual(null == v, nullish);
  assert.strictEqual(undefined != v, !nullish);
  assert.strictEqual(!(v == null), !nullish);
  // branch positions
  let a = 0;
  if (v == null) a |= 1;
  if (v != null) a |= 2;
  if (v == undefined) a |= 4;
  if (v != undefined) a |= 8;
  while (v != null) { a |= 16; break; }
  assert.strictEqual(a, nullish ? 5 : 26);
  assert.strictEqual(v == null ? 'y' : 'n', nullish ? 'y' : 'n');
  assert.strictEqual(v != null && 'set', nullish ? false : 'set');
}
assert.strictEqual(calls, 0);

// Results of calls and property reads, and a default-argument pattern.
const o = { a: null, b: 0 };
assert.strictEqual(o.a == null, true);
assert.strictEqual(o.b == null, false);
assert.strictEqual(o.c == null, true);
function pick(x, fallback) { return x != null ? x : fallback; }
assert.strictEqual(pick(undefined, 7), 7);
assert.strictEqual(pick(0, 7), 0);
assert.strictEqual(pick('', 7), '');
