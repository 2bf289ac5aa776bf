'use strict';
// assert.rejects / assert.doesNotReject: promises, promise-returning functions,
// thenables, validation, and their messages. Plain checks, not assert, verify them.
const assert = require('assert');

let failures = 0;
function expect(label, actual, expected) {
  if (actual !== expected) {
    failures++;
    console.error(`${label}\n  actual:   ${JSON.stringify(actual)}\n  expected: ${JSON.stringify(expected)}`);
  }
}

async function outcome(promise) {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    const base = `${e && e.constructor && e.constructor.name} ${e && e.code}: ${e && e.message}`;
    return e instanceof assert.AssertionError ? `${base} [${e.operator}, ${e.generatedMessage}]` : base;
  }
}

const cases = [
  ['rejects(rejected)', () => assert.rejects(Promise.reject(new Error('x'))), 'resolved'],
  ['rejects(resolved)', () => assert.rejects(Promise.resolve(1)),
    'AssertionError ERR_ASSERTION: Missing expected rejection. [rejects, false]'],
  ['rejects(resolved, Error)', () => assert.rejects(Promise.resolve(1), Error),
    'AssertionError ERR_ASSERTION: Missing expected rejection (Error). [rejects, false]'],
  ['rejects(resolved, msg)', () => assert.rejects(Promise.resolve(1), 'msg'),
    'AssertionError ERR_ASSERTION: Missing expected rejection: msg [rejects, false]'],
  ['rejects(fn, class)', () => assert.rejects(() => Promise.reject(new TypeError('t')), RangeError),
    'AssertionError ERR_ASSERTION: The error is expected to be an instance of "RangeError". Received "TypeError"\n\nError message:\n\nt [rejects, true]'],
  ['rejects(fn, object)', () => assert.rejects(() => Promise.reject(new TypeError('t')), { message: 'u' }),
    "AssertionError ERR_ASSERTION: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 't'\n-   message: 'u'\n  } [rejects, true]"],
  ['rejects(fn, regexp)', () => assert.rejects(() => Promise.reject(new Error('abc')), /b/), 'resolved'],
  ['rejects(fn returning non-promise)', () => assert.rejects(() => 5),
    'TypeError ERR_INVALID_RETURN_VALUE: Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).'],
  ['rejects(5)', () => assert.rejects(5),
    'TypeError ERR_INVALID_ARG_TYPE: The "promiseFn" argument must be of type function or an instance of Promise. Received type number (5)'],
  ['rejects(sync throw)', () => assert.rejects(() => { throw new Error('sync'); }), 'Error undefined: sync'],
  ['rejects(thenable)', () => assert.rejects({ then(res, rej) { rej(new Error('th')); }, catch() {} }, /th/), 'resolved'],
  ['rejects(then without catch)', () => assert.rejects({ then() {} }),
    'TypeError ERR_INVALID_ARG_TYPE: The "promiseFn" argument must be of type function or an instance of Promise. Received an instance of Object'],
  ['doesNotReject(rejected)', () => assert.doesNotReject(Promise.reject(new Error('x'))),
    'AssertionError ERR_ASSERTION: Got unwanted rejection.\nActual message: "x" [doesNotReject, false]'],
  ['doesNotReject(rejected, msg)', () => assert.doesNotReject(Promise.reject(new Error('x')), 'mm'),
    'AssertionError ERR_ASSERTION: Got unwanted rejection: mm\nActual message: "x" [doesNotReject, false]'],
  ['doesNotReject(rejected, other class)', () => assert.doesNotReject(Promise.reject(new Error('x')), TypeError), 'Error undefined: x'],
  ['doesNotReject(fn)', () => assert.doesNotReject(() => Promise.resolve()), 'resolved'],
  ['doesNotReject(fn returning non-promise)', () => assert.doesNotReject(() => 1),
    'TypeError ERR_INVALID_RETURN_VALUE: Expected instance of Promise to be returned from the "promiseFn" function but got type number (1).'],
  ['doesNotReject(string)', () => assert.doesNotReject('x'),
    "TypeError ERR_INVALID_ARG_TYPE: The \"promiseFn\" argument must be of type function or an instance of Promise. Received type string ('x')"],
];

(async () => {
  for (const [label, run, expected] of cases) {
    const result = run();
    expect(`${label} returns a promise`, result instanceof Promise, true);
    expect(label, await outcome(result), expected);
  }
  expect('rejects.name', assert.rejects.name, 'rejects');
  expect('doesNotReject.name', assert.doesNotReject.name, 'doesNotReject');
  if (failures !== 0) {
    process.exitCode = 1;
    throw new Error(`${failures} rejects/doesNotReject checks failed`);
  }
  console.log('done');
})();
