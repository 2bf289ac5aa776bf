'use strict';
// The checker shared by the assert message tests (not a test itself: files starting with
// '_' are helpers). The checks use plain comparisons, not assert, so a broken assert
// cannot hide its own failures.
const assert = require('assert');

let failures = 0;
function failureCount() {
  return failures;
}
function report(label, what, actual, expected) {
  failures++;
  console.error(`${label}: ${what}\n  actual:   ${JSON.stringify(actual)}\n  expected: ${JSON.stringify(expected)}`);
}
function check(label, fn, expected) {
  let err;
  let threw = false;
  try {
    fn();
  } catch (e) {
    threw = true;
    err = e;
  }
  if (expected === null) {
    if (threw) report(label, 'threw', String(err && err.message), 'no throw');
    return;
  }
  if (!threw) {
    report(label, 'did not throw', null, expected.message);
    return;
  }
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    if (expected.class !== null || expected.value !== err) report(label, 'thrown value', err, expected);
    return;
  }
  const got = {
    class: err && err.constructor && err.constructor.name,
    name: err && err.name,
    code: err && err.code,
    message: err && err.message,
  };
  if (got.class === 'AssertionError') {
    got.generatedMessage = err.generatedMessage;
    got.operator = err.operator;
    if (!(err instanceof assert.AssertionError)) report(label, 'instanceof', false, true);
  }
  for (const key of Object.keys(expected)) {
    if (got[key] !== expected[key]) report(label, key, got[key], expected[key]);
  }
}

module.exports = { assert, check, report, failureCount };
