'use strict';
// node:vm contexts: a context object stands for the global of a new realm. Names resolve on
// the context object first, then on the realm's own built-ins; assignments, `var` (once
// assigned) and function declarations land on the context object, `let`/`const`/`class`
// stay in the context; values from the realm are that realm's (not this one's) objects.
const assert = require('assert');
const vm = require('vm');

// Reads and writes go through the context object.
const sb = { a: 2, Array: 5 };
const self = vm.runInNewContext('x = 1; var y = a + 1; function f() { return y; } let z = 3; this', sb);
assert.notStrictEqual(self, sb);
assert.deepStrictEqual(Object.keys(sb), ['a', 'Array', 'f', 'x', 'y']);
assert.strictEqual(sb.y, 3);
assert.strictEqual(sb.f(), 3);
assert.strictEqual(vm.runInContext('Array', sb), 5, 'the context object shadows a built-in');
assert.strictEqual(vm.runInContext('typeof Object', sb), 'function');
assert.strictEqual(vm.runInContext('z', sb), 3, 'let stays in the context');
assert.ok(!('z' in sb));
assert.strictEqual(vm.runInContext('globalThis', sb), self);
sb.a = 100;
assert.strictEqual(vm.runInContext('a', sb), 100, 'later changes to the object are seen');
vm.runInContext('delete a', sb);
assert.ok(!('a' in sb));
assert.deepStrictEqual(vm.runInContext('var a2 = 5; Object.getOwnPropertyDescriptor(globalThis, "a2")', sb),
  vm.runInContext('({ value: 5, writable: true, enumerable: true, configurable: true })', sb));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(sb, 'a2'),
  { value: 5, writable: true, enumerable: true, configurable: true });

// A var that is never assigned is a binding of the context's global, not of the object.
const vars = {};
vm.runInNewContext('var unset; var set = 1', vars);
assert.deepStrictEqual(Object.keys(vars), ['set']);
assert.strictEqual(vm.runInContext('typeof unset', vars), 'undefined');
assert.ok(vm.runInContext('"unset" in globalThis', vars));
vm.runInContext('unset = 2', vars);
assert.strictEqual(vars.unset, 2);

// Missing names, typeof, strict mode.
assert.throws(() => vm.runInNewContext('nope'), (e) => e.name === 'ReferenceError' && e.message === 'nope is not defined');
assert.strictEqual(vm.runInNewContext('typeof nope'), 'undefined');
assert.throws(() => vm.runInNewContext('"use strict"; undeclared = 1'), { name: 'ReferenceError' });
assert.strictEqual(vm.runInNewContext('"use strict"; x = 2; x', { x: 1 }), 2);
assert.strictEqual(vm.runInNewContext('[1, 2].map((v) => v + y).join()', { y: 10 }), '11,12');
assert.strictEqual(vm.runInNewContext('a.b.c', { a: { b: { c: 'deep' } } }), 'deep');
assert.strictEqual(vm.runInNewContext('Object.keys(this).join()', { a: 1, b: 2 }), 'a,b');

// Lexical declarations persist in the context and can't be declared twice.
const keep = vm.createContext({});
vm.runInContext('let l = 5; const cc = 6; class K {}', keep);
assert.strictEqual(vm.runInContext('l + cc + typeof K', keep), '11function');
assert.deepStrictEqual(Object.keys(keep), []);
assert.throws(() => vm.runInContext('let l = 6', keep),
  (e) => e.name === 'SyntaxError' && e.message === "Identifier 'l' has already been declared");

// The realm's globals: the language's built-ins and a console, nothing of Node's.
assert.strictEqual(vm.runInNewContext('typeof require + typeof process + typeof setTimeout + typeof Buffer'),
  'undefinedundefinedundefinedundefined');
assert.strictEqual(vm.runInNewContext('typeof console + typeof console.log + typeof Intl'), 'objectfunctionobject');
assert.strictEqual(vm.runInNewContext('new Intl.NumberFormat("en-US").format(1234.5)'), '1,234.5');
for (const name of ['Object', 'Array', 'Promise', 'Map', 'JSON', 'Math', 'Reflect', 'Proxy', 'eval', 'globalThis',
  'parseInt', 'Symbol', 'WeakRef', 'SharedArrayBuffer', 'Atomics']) {
  assert.ok(vm.runInNewContext(`Object.getOwnPropertyNames(globalThis).includes(${JSON.stringify(name)})`), name);
}
for (const name of ['atob', 'btoa', 'performance', 'navigator', 'queueMicrotask', 'process', 'global']) {
  assert.ok(!vm.runInNewContext(`Object.getOwnPropertyNames(globalThis).includes(${JSON.stringify(name)})`), name);
}

// Another realm: its objects are not instances of this realm's classes.
const arr = vm.runInNewContext('[1, 2, 3]');
assert.ok(!(arr instanceof Array));
assert.ok(Array.isArray(arr));
assert.strictEqual(JSON.stringify(arr), '[1,2,3]');
assert.notStrictEqual(vm.runInNewContext('Object'), Object);
assert.strictEqual(vm.runInNewContext('Symbol.iterator'), Symbol.iterator);
assert.strictEqual(vm.runInNewContext('Symbol.for("x")'), Symbol.for('x'));
const realmError = vm.runInNewContext('new RangeError("r")');
assert.ok(!(realmError instanceof RangeError));
assert.strictEqual(realmError.name, 'RangeError');
assert.strictEqual(vm.runInNewContext('(x) => x * 2')(21), 42);
const fromContext = vm.createContext({});
assert.ok(vm.runInContext('[] instanceof Array', fromContext));
assert.strictEqual(vm.runInContext('Object', fromContext), vm.runInContext('Object', fromContext));
try {
  vm.runInNewContext('null.x');
  assert.fail('no throw');
} catch (e) {
  assert.ok(!(e instanceof TypeError));
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.message, "Cannot read properties of null (reading 'x')");
}

// createContext: returns its argument, which isContext() then recognizes.
const obj = { u: 1 };
assert.strictEqual(vm.createContext(obj), obj);
assert.strictEqual(vm.createContext(obj), obj);
assert.ok(vm.isContext(obj));
assert.ok(!vm.isContext({}));
assert.deepStrictEqual(Object.getOwnPropertySymbols(obj), []);
assert.deepStrictEqual(Object.keys(obj), ['u']);
assert.strictEqual(require('util').inspect(obj), '{ u: 1 }');
const fresh = vm.createContext();
assert.ok(vm.isContext(fresh));
assert.deepStrictEqual(Object.keys(fresh), []);

// DONT_CONTEXTIFY: the context is the realm's own ordinary global object.
const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(vm.runInContext('globalThis', plain), plain);
assert.ok(vm.isContext(plain));
assert.deepStrictEqual(Object.keys(plain), []);
assert.notStrictEqual(plain.Array, Array);
vm.runInContext('var q = 1', plain);
assert.strictEqual(plain.q, 1);

// codeGeneration.strings: false — eval and the Function constructors throw EvalError.
const noStrings = { contextCodeGeneration: { strings: false } };
for (const code of ['eval("1 + 1")', 'new Function("return 1")()', '(function () {}).constructor("return 1")',
  '(async function () {}).constructor("return 1")', '(function* () {}).constructor("return 1")']) {
  assert.throws(() => vm.runInNewContext(code, {}, noStrings),
    (e) => e.name === 'EvalError' && e.message === 'Code generation from strings disallowed for this context', code);
}
assert.strictEqual(vm.runInNewContext('[typeof Function, (() => {}) instanceof Function].join()', {}, noStrings),
  'function,true');
assert.strictEqual(vm.runInNewContext('eval("1 + 1")', {}, { contextCodeGeneration: { strings: true } }), 2);

// Promises, async functions and timers the context object provides.
const out = [];
const pctx = vm.createContext({ setTimeout, out });
vm.runInContext('Promise.resolve(1).then((v) => out.push("then " + v));' +
  '(async () => { await null; out.push("async"); })();' +
  'setTimeout(() => out.push("timer"), 1)', pctx);
out.push('sync');
setTimeout(() => {
  assert.deepStrictEqual(out, ['sync', 'then 1', 'async', 'timer']);
}, 30);

// Many contexts, each used once.
for (let i = 0; i < 300; i++) {
  const s = { i, out: null };
  vm.runInNewContext('out = i * 2; var v = [1, 2, 3].map((x) => x + i); function f() { return v; }', s);
  assert.strictEqual(s.out, i * 2);
  assert.strictEqual(s.f()[0], i + 1);
}
