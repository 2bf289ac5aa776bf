'use strict';
// util.deprecate: one warning per wrapper, one per code across wrappers, the warning's
// shape, process.noDeprecation, and what the wrapper returns and constructs.
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

function add(a, b) { return a + b; }
const first = util.deprecate(add, 'first() is deprecated', 'DEP_RODE_TEST_1');
const second = util.deprecate(() => 'second', 'second() is deprecated too', 'DEP_RODE_TEST_1');
const noCode = util.deprecate(() => 'noCode', 'noCode() is deprecated');
const noCodeSameMsg = util.deprecate(() => 'other', 'noCode() is deprecated');

assert.strictEqual(first(1, 2), 3);
assert.strictEqual(first(3, 4), 7);
assert.strictEqual(second(), 'second'); // same code: no second warning
assert.strictEqual(noCode(), 'noCode');
assert.strictEqual(noCode(), 'noCode');
assert.strictEqual(noCodeSameMsg(), 'other'); // no code: each wrapper warns once

// The wrapper: named `deprecated`, keeps fn as its prototype, passes `this` through.
assert.strictEqual(first.name, 'deprecated');
assert.strictEqual(first.length, 0);
assert.strictEqual(Object.getPrototypeOf(first), add);
assert.strictEqual(first.prototype, add.prototype);
const obj = { v: 'this', m: util.deprecate(function () { return this.v; }, 'm', 'DEP_RODE_TEST_2') };
assert.strictEqual(obj.m(), 'this');

// Constructors.
class Old {
  constructor(x) { this.x = x; }
  get twice() { return this.x * 2; }
}
const Deprecated = util.deprecate(Old, 'Old is deprecated', 'DEP_RODE_TEST_3');
assert.strictEqual(Object.getPrototypeOf(Deprecated), Old);
assert.strictEqual(Deprecated.prototype, Old.prototype);
const inst = new Deprecated(21);
assert.ok(inst instanceof Old);
assert.ok(inst instanceof Deprecated);
assert.ok(new Old(1) instanceof Deprecated);
assert.strictEqual(inst.twice, 42);
class Sub extends Deprecated {}
const sub = new Sub(2);
assert.ok(sub instanceof Sub);
assert.strictEqual(sub.twice, 4);

// The code must be a string.
assert.throws(() => util.deprecate(() => {}, 'msg', 123), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (123)',
});

// noDeprecation: no warning while it is set; the wrapper warns later once it is cleared.
const quiet = util.deprecate(() => 'quiet', 'quiet() is deprecated', 'DEP_RODE_TEST_4');
process.noDeprecation = true;
assert.strictEqual(quiet(), 'quiet');
process.noDeprecation = false;

assert.strictEqual(warnings.length, 0); // warnings are emitted on a later tick

setImmediate(() => {
  assert.strictEqual(quiet(), 'quiet');
  setImmediate(() => {
    const seen = warnings.map((w) => [w.name, w.code, w.message]);
    assert.deepStrictEqual(seen, [
      ['DeprecationWarning', 'DEP_RODE_TEST_1', 'first() is deprecated'],
      ['DeprecationWarning', undefined, 'noCode() is deprecated'],
      ['DeprecationWarning', undefined, 'noCode() is deprecated'],
      ['DeprecationWarning', 'DEP_RODE_TEST_2', 'm'],
      ['DeprecationWarning', 'DEP_RODE_TEST_3', 'Old is deprecated'],
      ['DeprecationWarning', 'DEP_RODE_TEST_4', 'quiet() is deprecated'],
    ]);
    for (const w of warnings) {
      assert.ok(w instanceof Error);
      assert.strictEqual(typeof w.stack, 'string');
      assert.ok(w.stack.startsWith(`DeprecationWarning: ${w.message}`), w.stack);
      assert.deepStrictEqual(Object.keys(w), w.code === undefined ? ['name'] : ['name', 'code']);
    }
    // The stack starts at the caller of the deprecated function, not inside it.
    assert.ok(!/\n\s+at deprecated\b/.test(warnings[0].stack), warnings[0].stack);
    console.log('deprecate ok');
  });
});
