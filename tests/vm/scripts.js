'use strict';
// node:vm scripts: vm.Script compiled once and run in this realm or in contexts, the
// run* shortcuts, compileFunction, filenames and line offsets in stacks, the decorated
// stack of displayErrors, and timeouts.
const assert = require('assert');
const vm = require('vm');

assert.deepStrictEqual(Object.keys(vm), ['Script', 'createContext', 'createScript', 'runInContext',
  'runInNewContext', 'runInThisContext', 'isContext', 'compileFunction', 'measureMemory', 'constants']);
assert.deepStrictEqual(Object.getOwnPropertyNames(vm.Script.prototype),
  ['constructor', 'runInThisContext', 'runInContext', 'runInNewContext']);
assert.strictEqual(typeof vm.Script.prototype.createCachedData, 'function');
assert.deepStrictEqual([vm.Script.length, vm.Script.prototype.runInContext.length, vm.createContext.length,
  vm.compileFunction.length, vm.runInNewContext.length], [1, 2, 0, 2, 3]);
assert.throws(() => vm.Script('1'), TypeError);
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');

// One script, several contexts; state stays in each.
const counter = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const c1 = vm.createContext({});
const c2 = vm.createContext({ count: 10 });
counter.runInContext(c1);
counter.runInContext(c1);
counter.runInContext(c2);
assert.deepStrictEqual([c1.count, c2.count], [2, 11]);
assert.strictEqual(counter.runInNewContext({ count: 41 }), 42);
assert.ok(counter instanceof vm.Script);
assert.strictEqual(new vm.Script('1').sourceMapURL, undefined);
assert.strictEqual(new vm.Script('1\n//# sourceMappingURL=app.js.map\n').sourceMapURL, 'app.js.map');
assert.strictEqual(vm.createScript('6 * 7').runInThisContext(), 42);
assert.strictEqual(new vm.Script(42).runInThisContext(), 42, 'code is converted to a string');

// runInThisContext: this realm's globals, but not the module's scope.
assert.strictEqual(vm.runInThisContext('typeof require + typeof module + typeof process'),
  'undefinedundefinedobject');
vm.runInThisContext('var fromVm = 40; assignedInVm = 2');
assert.strictEqual(globalThis.fromVm + globalThis.assignedInVm, 42);
assert.strictEqual(vm.runInThisContext('[]') instanceof Array, true);
assert.strictEqual(vm.runInThisContext('this'), globalThis);

// Filenames and line offsets reach stacks; displayErrors puts the line above the stack.
function stackOf(fn) {
  try {
    fn();
  } catch (e) {
    return e.stack.split('\n');
  }
  assert.fail('no throw');
}
let lines = stackOf(() => vm.runInNewContext('\n\n  throw new Error("x")', {}, { filename: 'f.js', lineOffset: 3 }));
assert.deepStrictEqual(lines.slice(0, 5), ['f.js:6', '  throw new Error("x")', '  ^', '', 'Error: x']);
assert.match(lines[5], /^ {4}at f\.js:6:\d+$/);
lines = stackOf(() => vm.runInNewContext('nope'));
assert.deepStrictEqual(lines.slice(0, 5),
  ['evalmachine.<anonymous>:1', 'nope', '^', '', 'ReferenceError: nope is not defined']);
lines = stackOf(() => vm.runInNewContext('null.x', {}, { displayErrors: false }));
assert.strictEqual(lines[0], "TypeError: Cannot read properties of null (reading 'x')");
assert.match(lines[1], /^ {4}at evalmachine\.<anonymous>:1:\d+$/);
lines = stackOf(() => vm.runInThisContext('throw new Error("here")', 'named.js'));
assert.deepStrictEqual(lines.slice(0, 5), ['named.js:1', 'throw new Error("here")', '^', '', 'Error: here']);
lines = stackOf(() => new vm.Script('a b', { filename: 'bad.js' }));
assert.deepStrictEqual(lines.slice(0, 3), ['bad.js:1', 'a b', '  ^']);
// new vm.Script parses in this realm; the run* shortcuts and compileFunction in the context's.
assert.throws(() => new vm.Script('a b'), SyntaxError);
assert.throws(() => vm.runInThisContext('a b'), SyntaxError);
const parsing = vm.createContext({});
assert.throws(() => vm.runInContext('a b', parsing), vm.runInContext('SyntaxError', parsing));
assert.throws(() => vm.compileFunction('a b', [], { parsingContext: parsing }), vm.runInContext('SyntaxError', parsing));
assert.throws(() => vm.runInNewContext('a b'), (e) => e.name === 'SyntaxError' && !(e instanceof SyntaxError));
// An error from a function the script called points into that function's file.
lines = stackOf(() => vm.runInNewContext('f()', { f() {
  throw new Error('outside');
} }));
assert.deepStrictEqual(lines.slice(0, 5), [`${__filename}:${__line() - 2}`, "  throw new Error('outside');", '  ^', '',
  'Error: outside']);
function __line() {
  return Number(new Error().stack.split('\n')[2].match(/:(\d+):\d+\)?$/)[1]);
}
// Decorated once: thrown again, the stack stays as it is.
const again = new Error('again');
lines = stackOf(() => vm.runInNewContext('throw e', { e: again }));
assert.deepStrictEqual(stackOf(() => vm.runInNewContext('throw e', { e: again })), lines);
assert.strictEqual(lines.filter((l) => l === 'Error: again').length, 1);

// Timeouts: ERR_SCRIPT_EXECUTION_TIMEOUT, also in nested runs.
const timeout = (ms) => (e) => e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' && e.name === 'Error' &&
  e.message === `Script execution timed out after ${ms}ms`;
assert.throws(() => vm.runInNewContext('while (true) {}', {}, { timeout: 30 }), timeout(30));
assert.throws(() => vm.runInThisContext('for (;;) {}', { timeout: 20 }), timeout(20));
assert.throws(() => new vm.Script('for (;;) {}').runInContext(vm.createContext({}), { timeout: 10 }), timeout(10));
const outer = vm.createContext({
  inner: () => vm.runInNewContext('while (true) {}', {}, { timeout: 10000 }),
});
assert.throws(() => vm.runInContext('inner()', outer, { timeout: 50 }), timeout(50),
  'the outer deadline ends an inner run with a later one');
const catching = vm.createContext({
  inner() {
    try {
      vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
    } catch (e) {
      return e.code;
    }
  },
});
assert.strictEqual(vm.runInContext('inner()', catching, { timeout: 5000 }), 'ERR_SCRIPT_EXECUTION_TIMEOUT');
assert.strictEqual(vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {}, { timeout: 1000 }),
  499500);

// compileFunction.
const add = vm.compileFunction('return a + b + c + typeof d', ['a', 'b'], { contextExtensions: [{ c: 10 }, { d: 1 }] });
assert.strictEqual(add(1, 2), '13number');
assert.strictEqual(add.length, 2);
assert.strictEqual(add.name, '');
assert.strictEqual(vm.compileFunction('return this')(), globalThis);
assert.strictEqual(vm.compileFunction('"use strict"; return this')(), undefined);
assert.strictEqual(vm.compileFunction('return arguments.length')(1, 2, 3), 3);
const pc = vm.createContext({ k: 7 });
const inContext = vm.compileFunction('return k + (x instanceof Array) + (x instanceof arr)', ['x', 'arr'],
  { parsingContext: pc });
assert.strictEqual(inContext([], Array), 8);
lines = stackOf(() => vm.compileFunction('\nthrow new Error("boom")', [], { filename: 'cf.js', lineOffset: 10 })());
assert.strictEqual(lines[0], 'Error: boom');
assert.match(lines[1], /^ {4}at cf\.js:12:\d+$/);
assert.throws(() => vm.compileFunction('return ]'), SyntaxError);

// Code cache options are accepted: with cachedData, the script says whether it used it.
assert.strictEqual(typeof new vm.Script('1', { cachedData: Buffer.from('not a cache') }).cachedDataRejected, 'boolean');
assert.strictEqual(new vm.Script('1').cachedDataRejected, undefined);

// measureMemory: a promise of V8's result shape.
process.on('warning', (w) => assert.strictEqual(w.name, 'ExperimentalWarning'));
vm.measureMemory().then((m) => {
  assert.strictEqual(typeof m.total.jsMemoryEstimate, 'number');
  assert.ok(Array.isArray(m.total.jsMemoryRange) && m.total.jsMemoryRange.length === 2);
});

// A script run again and again, in turns in different realms, starts afresh each time.
const turns = new vm.Script('var hits = (typeof hits === "number" ? hits : 0) + 1; [] instanceof Array');
const r1 = vm.createContext({});
const r2 = vm.createContext({ hits: 100 });
const seen = [];
for (const where of [r1, undefined, r1, r2, undefined, r2, r1]) {
  seen.push(where === undefined ? turns.runInThisContext() : turns.runInContext(where));
}
assert.deepStrictEqual(seen, [true, true, true, true, true, true, true]);
assert.deepStrictEqual([r1.hits, r2.hits, globalThis.hits], [3, 102, 2]);
const lexical = new vm.Script('let once = 1');
const lc = vm.createContext({});
lexical.runInContext(lc);
assert.throws(() => lexical.runInContext(lc),
  (e) => e.name === 'SyntaxError' && e.message === "Identifier 'once' has already been declared");
lexical.runInContext(vm.createContext({}));
