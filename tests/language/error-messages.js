'use strict';
// V8's wording for common runtime errors in plain JS: destructuring undefined or null,
// assigning to a const or to a frozen object's property, `in` and `instanceof` on the wrong operands, BigInt in JSON, and
// range errors that show the offending value (repeat, toFixed, fromCodePoint, toISOString).
const assert = require('assert');

const obj = {};
let u;
const n = null;

function message(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof TypeError, e);
    return e.message;
  }
  assert.fail(`no error: ${fn}`);
}

const cases = [
  [() => { const { a } = u; }, "Cannot destructure property 'a' of 'u' as it is undefined."],
  [() => { const { a } = n; }, "Cannot destructure property 'a' of 'n' as it is null."],
  [() => { const { b } = obj.a; }, "Cannot destructure property 'b' of 'obj.a' as it is undefined."],
  [() => { const {} = u; }, "Cannot destructure 'u' as it is undefined."],
  [() => { let b; ({ b } = u); }, "Cannot destructure property 'b' of 'u' as it is undefined."],
  [() => { const f = ({ a }) => a; f(); }, "Cannot destructure property 'a' of 'undefined' as it is undefined."],
  [() => { (function ({ a }) {})(null); }, "Cannot destructure property 'a' of 'object null' as it is null."],
  [() => { const { a: { b } } = obj; }, "Cannot read properties of undefined (reading 'b')"],
  [() => { const { a: { b } } = { a: null }; }, "Cannot read properties of null (reading 'b')"],
  [function () { const { a } = this; }, "Cannot destructure property 'a' of 'this' as it is undefined."],
  [() => { const c = 1; c = 2; }, 'Assignment to constant variable.'],
  [() => { const f = function g() { g = 1; }; f(); }, 'Assignment to constant variable.'],
  [() => 'a' in 'b', "Cannot use 'in' operator to search for 'a' in b"],
  [() => 1 in 5, "Cannot use 'in' operator to search for '1' in 5"],
  [() => 'x' in u, "Cannot use 'in' operator to search for 'x' in undefined"],
  [() => Symbol('s') in n, "Cannot use 'in' operator to search for 'Symbol(s)' in null"],
  [() => ({}) instanceof 5, "Right-hand side of 'instanceof' is not an object"],
  [() => ({}) instanceof {}, "Right-hand side of 'instanceof' is not callable"],
  [() => JSON.stringify({ a: 1n }), 'Do not know how to serialize a BigInt'],
  [() => { Object.freeze({ a: 1 }).a = 2; }, "Cannot assign to read only property 'a' of object '#<Object>'"],
  [() => { Object.freeze([1])[0] = 2; }, "Cannot assign to read only property '0' of object '[object Array]'"],
  [() => { class Foo { constructor() { Object.defineProperty(this, 'x', { value: 1 }); } } new Foo().x = 2; },
    "Cannot assign to read only property 'x' of object '#<Foo>'"],
  [() => { Math.PI = 3; }, "Cannot assign to read only property 'PI' of object '#<Object>'"],
  [() => { 'abc'.length = 1; }, "Cannot assign to read only property 'length' of string 'abc'"],
  [() => { Object.freeze({}).b = 2; }, 'Cannot add property b, object is not extensible'],
  [() => { Object.freeze([1]).push(3); }, 'Cannot add property 1, object is not extensible'],
  [() => { Object.preventExtensions({})[Symbol('k')] = 1; }, 'Cannot add property Symbol(k), object is not extensible'],
  [() => new Promise(), 'Promise resolver undefined is not a function'],
  [() => new Promise(5), 'Promise resolver 5 is not a function'],
  [() => new Promise({}), 'Promise resolver #<Object> is not a function'],
  [() => new Promise([1]), 'Promise resolver [object Array] is not a function'],
  [() => new Promise(new Map()), 'Promise resolver #<Map> is not a function'],
  [() => { class Foo {} new Promise(new Foo()); }, 'Promise resolver #<Foo> is not a function'],
  [() => new Promise(Object.create(null)), 'Promise resolver [object Object] is not a function'],
];
for (const [fn, expected] of cases) assert.strictEqual(message(fn), expected, `${fn}`);

// Range errors that show the offending value or the method's bounds.
const ranges = [
  [() => 'abc'.repeat(-1), 'Invalid count value: -1'],
  [() => 'a'.repeat(Infinity), 'Invalid count value: Infinity'],
  [() => 'a'.repeat(2 ** 40), 'Invalid string length'],
  [() => 'ab'.repeat(2 ** 30), 'Invalid string length'],
  [() => (1).toFixed(101), 'toFixed() digits argument must be between 0 and 100'],
  [() => (1).toExponential(-1), 'toExponential() argument must be between 0 and 100'],
  [() => (1).toPrecision(0), 'toPrecision() argument must be between 1 and 100'],
  [() => String.fromCodePoint(-1), 'Invalid code point -1'],
  [() => String.fromCodePoint(1.5), 'Invalid code point 1.5'],
  [() => new Date(NaN).toISOString(), 'Invalid time value'],
];
for (const [fn, expected] of ranges) {
  assert.throws(fn, (e) => e instanceof RangeError && e.message === expected, `${fn}`);
}

// `this` before super() in a derived constructor.
class Base {}
class Early extends Base { constructor() { this.x = 1; super(); } }
class NoSuper extends Base { constructor() { } } // eslint-disable-line constructor-super
for (const C of [Early, NoSuper]) {
  assert.throws(() => new C(), {
    name: 'ReferenceError',
    message: "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
  });
}

// `with` still converts its object as before (sloppy code only).
assert.throws(() => new Function('with (undefined) {}')(), {
  name: 'TypeError',
  message: 'Cannot convert undefined or null to object',
});
console.log('ok');
