'use strict';
// The shape of node:assert and node:assert/strict, and the AssertionError class.
const assert = require('assert');
const util = require('util');

let failures = 0;
function same(label, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    failures++;
    console.error(`${label}\n  actual:   ${a}\n  expected: ${e}`);
  }
}

// Module shape.
const names = ['fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws', 'rejects',
  'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch', 'CallTracker', 'strict'];
same('typeof assert', typeof assert, 'function');
same('assert keys', Object.keys(assert), names);
same('assert.strict keys', Object.keys(assert.strict), names);
same('assert is ok', assert === assert.ok, true);
same('assert.name', [assert.name, assert.length], ['ok', 0]);
same('strict.name', [assert.strict.name, assert.strict.length], ['strict', 0]);
same('strict.strict', assert.strict.strict === assert.strict, true);
same('strict.ok', assert.strict.ok === assert.ok, true);
same('node:assert', require('node:assert') === assert, true);
same('assert/strict', require('assert/strict') === assert.strict, true);
same('node:assert/strict', require('node:assert/strict') === assert.strict, true);
for (const name of names.slice(2, 18)) {
  if (name === 'ok') continue;
  same(`${name}.name`, assert[name].name, name);
}
same('lengths', [assert.fail.length, assert.equal.length, assert.deepStrictEqual.length,
  assert.throws.length, assert.match.length, assert.ifError.length], [5, 3, 3, 1, 3, 1]);
// Strict mode swaps in the strict comparisons under the loose names.
same('strict.equal', assert.strict.equal === assert.strictEqual, true);
same('strict.deepEqual', assert.strict.deepEqual === assert.deepStrictEqual, true);
same('strict.notEqual', assert.strict.notEqual === assert.notStrictEqual, true);
same('strict.notDeepEqual', assert.strict.notDeepEqual === assert.notDeepStrictEqual, true);
same('strict.throws', assert.strict.throws === assert.throws, true);
same('strict AssertionError', assert.strict.AssertionError === assert.AssertionError, true);

// AssertionError built by hand.
const { AssertionError } = assert;
same('AssertionError.name', [AssertionError.name, AssertionError.length], ['AssertionError', 1]);
const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
same('instanceof Error', err instanceof Error, true);
same('fields', [err.name, err.code, err.actual, err.expected, err.operator, err.generatedMessage],
     ['AssertionError', 'ERR_ASSERTION', 1, 2, 'strictEqual', true]);
same('keys', Object.keys(err), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
same('name not enumerable', Object.prototype.propertyIsEnumerable.call(err, 'name'), false);
same('message', err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
same('toString', String(err),
     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
same('stack first line', err.stack.split('\n')[0],
     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
same('prototype', Object.getOwnPropertyNames(AssertionError.prototype).sort(), ['constructor', 'toString']);
same('inspect.custom', typeof AssertionError.prototype[util.inspect.custom], 'function');
const custom = new AssertionError({ message: 'custom', actual: 'a', expected: 'b', operator: 'op' });
same('custom message', [custom.message, custom.generatedMessage, custom.operator], ['custom', false, 'op']);
const legacy = new AssertionError({ message: 'm', stackStartFunction: function f() {} });
same('stackStartFunction', legacy.message, 'm');
for (const bad of [undefined, null, 'x', 1]) {
  try {
    new AssertionError(bad);
    same(`new AssertionError(${bad})`, 'no throw', 'ERR_INVALID_ARG_TYPE');
  } catch (e) {
    same(`new AssertionError(${bad})`, e.code, 'ERR_INVALID_ARG_TYPE');
  }
}

// Thrown assertion errors start their stack at the caller, not inside assert.
try {
  assert.strictEqual(1, 2);
} catch (e) {
  const firstFrame = e.stack.split('\n').find((l) => l.startsWith('    at '));
  same('stack starts at the caller', firstFrame.includes(__filename), true);
  same('thrown error name', e.name, 'AssertionError');
}

// Inspecting an AssertionError shortens long string values.
const long = new AssertionError({ actual: 'a\n'.repeat(20), expected: 'b', operator: 'x' });
const shown = util.inspect(long);
same('inspect shows actual cut to 10 lines',
     shown.includes("actual: 'a\\na\\na\\na\\na\\na\\na\\na\\na\\na\\n...'"), true);
same('inspect restores actual', long.actual, 'a\n'.repeat(20));

if (failures !== 0) throw new Error(`${failures} assert API checks failed`);
