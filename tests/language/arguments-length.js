'use strict';
// `arguments.length` is the number of arguments passed, however the function uses
// `arguments` otherwise (rode answers a function that only reads `arguments.length`
// without making the arguments object).
const assert = require('assert');

function count() { return arguments.length; }
assert.strictEqual(count(), 0);
assert.strictEqual(count(undefined), 1);
assert.strictEqual(count(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 10);
assert.strictEqual(count.apply(null, new Array(300)), 300);
assert.strictEqual(count.call(null, 1, 2), 2);
assert.strictEqual(count.bind(null, 1)(2, 3), 3);
assert.strictEqual(Reflect.apply(count, null, [1, 2, 3]), 3);

// Fewer or more arguments than parameters; the parameters still read right.
function two(a, b) {
  if (arguments.length === 1) return `one:${a}`;
  return `${arguments.length}:${a}:${b}`;
}
assert.strictEqual(two('x'), 'one:x');
assert.strictEqual(two(), '0:undefined:undefined');
assert.strictEqual(two(1, 2, 3), '3:1:2');

// As a constructor, with new.target and this.
function Ctor(a) { this.n = arguments.length; this.a = a; }
const c = new Ctor(5, 6);
assert.strictEqual(c.n, 2);
assert.strictEqual(c.a, 5);

// In a class method and a getter-like method; typeof of it.
class K {
  m(x) { return typeof arguments.length === 'number' ? arguments.length + (x || 0) : -1; }
}
assert.strictEqual(new K().m(), 0);
assert.strictEqual(new K().m(10, 20), 12);

// Mixed with other uses: the object is still there and agrees.
function mixed(a) {
  const n = arguments.length;
  return [n, arguments[0], Array.prototype.slice.call(arguments, 1)];
}
assert.deepStrictEqual(mixed(1, 2, 3), [3, 1, [2, 3]]);

// An arrow function's `arguments` is its parent's.
function outer() {
  const inner = () => arguments.length;
  return inner(1, 2, 3, 4);
}
assert.strictEqual(outer(9), 1);

// A default parameter that reads arguments.length.
function withDefault(a, b = arguments.length) { return b; }
assert.strictEqual(withDefault(1), 1);
assert.strictEqual(withDefault(1, undefined), 2);
assert.strictEqual(withDefault(1, 'x'), 'x');

// A rest parameter and arguments.length.
function rest(a, ...more) { return [arguments.length, more.length]; }
assert.deepStrictEqual(rest(1, 2, 3), [3, 2]);

// Generators and async functions count the call's arguments.
function* gen() { yield arguments.length; yield arguments.length; }
assert.deepStrictEqual([...gen(1, 2)], [2, 2]);
async function later() { await null; return arguments.length; }
later(1, 2, 3).then((n) => assert.strictEqual(n, 3));

// Writing arguments.length changes what later reads see.
function shrink(a, b) { arguments.length = 1; return arguments.length; }
assert.strictEqual(shrink(1, 2), 1);
function grow() { arguments.length++; return arguments.length; }
assert.strictEqual(grow(1), 2);

// A shadowing binding named arguments is just a variable.
function shadow() {
  {
    const arguments_ = { length: 42 };
    return arguments_.length + arguments.length;
  }
}
assert.strictEqual(shadow(1), 43);
