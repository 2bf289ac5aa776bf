'use strict';
// Calling what is not a function names the callee as V8 does: "obj.foo is not a function",
// "f is not a constructor", "JSON.parse(...) is not a function", also in argument lists,
// branches, loops, spread calls and async functions. Forms rode can't name keep a TypeError
// ending in "not a function" (checked loosely, with node's exact text where both agree).
// Iterating what is not iterable: "obj is not iterable" for for-of and declarations, V8's
// "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))" for built-ins.
const assert = require('assert');

const obj = { a: { b: 1 }, b: { c: { d: 4 } }, q: 7 };
const arr = [1, 2];
const k = 'a';
const five = 5;
let c = true;
function ok() { return 1; }

function message(fn, self) {
  try {
    fn.call(self);
  } catch (e) {
    assert.ok(e instanceof TypeError, e);
    return e.message;
  }
  assert.fail('no error');
}

const exact = [
  [() => obj.foo(), 'obj.foo is not a function'],
  [() => obj.a.b(), 'obj.a.b is not a function'],
  [() => obj.b.c.d(1, 2), 'obj.b.c.d is not a function'],
  [() => obj[k](), 'obj[k] is not a function'],
  [() => obj[0](), 'obj[0] is not a function'],
  [() => obj[-1](), 'obj[-1] is not a function'],
  [() => arr[1](), 'arr[1] is not a function'],
  [() => obj['q'](), 'obj.q is not a function'],
  [() => obj[obj.q](), 'obj[obj.q] is not a function'],
  [() => obj[arr.length](), 'obj[arr.length] is not a function'],
  [() => arr.length(), 'arr.length is not a function'],
  [() => obj[Symbol.iterator](), 'obj[Symbol.iterator] is not a function'],
  [() => five(), 'five is not a function'],
  [() => obj.a.toString()(), 'obj.a.toString(...) is not a function'],
  [() => JSON.parse('1')(), 'JSON.parse(...) is not a function'],
  [() => globalThis.nope(), 'globalThis.nope is not a function'],
  [() => String.nope(), 'String.nope is not a function'],
  [() => Math.max.call.x(), 'Math.max.call.x is not a function'],
  [function () { return this.zz(); }, 'this.zz is not a function'],
  [() => { const { q } = obj; q(); }, 'q is not a function'],
  [() => new obj.a(), 'obj.a is not a constructor'],
  [() => new five(), 'five is not a constructor'],
  [() => new obj.b.c(1), 'obj.b.c is not a constructor'],
  [() => obj.foo(...arr), 'obj.foo is not a function'],
  [() => new obj.q(...arr), 'obj.q is not a constructor'],
  [() => ok(c ? 1 : 2, obj.foo()), 'obj.foo is not a function'],
  [() => obj.foo(c ? 1 : 2, ok() || 3, [1].map((v) => v)), 'obj.foo is not a function'],
  [() => (c ? obj.a : obj.b)(), null],
  [() => c && obj.q(), 'obj.q is not a function'],
  [() => { if (c) { ok(); } else { ok(); } obj.q(); }, 'obj.q is not a function'],
  [() => { for (let i = 0; i < 3; i++) if (i === 2) obj.a.b(i); }, 'obj.a.b is not a function'],
  [() => { try { throw new Error('x'); } catch { obj.q(); } }, 'obj.q is not a function'],
  [() => { try { ok(); } finally { obj.q(); } }, 'obj.q is not a function'],
  [() => { switch (arr.length) { case 1: ok(); break; case 2: obj.q(); } }, 'obj.q is not a function'],
  [() => `${ok()}-${obj.q()}`, 'obj.q is not a function'],
  [() => ({ p: ok(), r: obj.q() }), 'obj.q is not a function'],
  [() => (0, obj.q)(), null],
  [() => (() => 1)()(), null],
  [() => [1][0](), null],
  [() => obj?.q(), null],
  [() => { for (const v of [1]) obj.a.b(v); }, 'obj.a.b is not a function'],
  [() => { for (const key in obj) if (key === 'q') obj[key](); }, 'obj[key] is not a function'],
  [() => { const [a = obj.q()] = []; }, 'obj.q is not a function'],
];

for (const [fn, expected] of exact) {
  const got = message(fn, obj);
  if (expected === null) {
    assert.match(got, /not a function$/, `${fn}`);
  } else {
    assert.strictEqual(got, expected, `${fn}`);
  }
}

const notIterable = [
  [() => { for (const x of obj) {} }, 'obj is not iterable'],
  [() => { for (const x of obj.a) {} }, 'obj.a is not iterable'],
  [() => { for (const x of five) {} }, 'five is not iterable'],
  [() => { for (const x of 5) {} }, '5 is not iterable'],
  [() => { let u; for (const x of u) {} }, 'u is not iterable'],
  [() => { const [a] = obj; }, 'obj is not iterable'],
  [() => { let u; const [a] = u; }, 'u is not iterable'],
  [() => { const [a] = obj.a; }, 'object is not iterable (cannot read property Symbol(Symbol.iterator))'],
  [() => new Set(5), 'number 5 is not iterable (cannot read property Symbol(Symbol.iterator))'],
  [() => new Set(true), 'boolean true is not iterable (cannot read property Symbol(Symbol.iterator))'],
  [() => new Map({}), 'object is not iterable (cannot read property Symbol(Symbol.iterator))'],
  [() => Array.from(undefined), 'undefined is not iterable (cannot read property Symbol(Symbol.iterator))'],
  [() => Array.from(null), 'object null is not iterable (cannot read property Symbol(Symbol.iterator))'],
];
for (const [fn, expected] of notIterable) {
  const got = message(fn, obj);
  assert.strictEqual(got, expected, `${fn}`);
}

// In an async function, after an await.
(async () => {
  await ok();
  obj.a.b();
})().then(() => assert.fail('no error'), (e) => {
  assert.strictEqual(e.message, 'obj.a.b is not a function');
  console.log('ok');
});

// Calls made by built-ins keep their own messages.
assert.throws(() => [1].map(5), TypeError);
assert.throws(() => Reflect.apply(5, null, []), TypeError);
c = false;
