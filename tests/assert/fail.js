'use strict';
// assert.fail in all its forms, including the deprecated multi-argument form and
// its one-time DEP0094 warning, and the DEP0173 warning of assert.CallTracker.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code}: ${w.message}`));

let failures = 0;
function same(label, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    failures++;
    console.error(`${label}\n  actual:   ${a}\n  expected: ${e}`);
  }
}
function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}
function fields(e) {
  return [e.message, e.generatedMessage, e.operator, e.actual, e.expected];
}

same('fail()', fields(caught(() => assert.fail())), ['Failed', true, 'fail', undefined, undefined]);
same('fail(null)', fields(caught(() => assert.fail(null))), ['Failed', true, 'fail', null, undefined]);
same('fail(msg)', fields(caught(() => assert.fail('boom'))), ['boom', false, 'fail', undefined, undefined]);
const typeError = new TypeError('t');
same('fail(error)', caught(() => assert.fail(typeError)) === typeError, true);
same('no warning yet', warnings.length, 0);
same('fail(a, b)', fields(caught(() => assert.fail(1, 2))), ['1 != 2', true, '!=', 1, 2]);
same('fail(a, b, undefined)', fields(caught(() => assert.fail(1, 2, undefined))), ['1 fail 2', true, 'fail', 1, 2]);
same('fail(a, b, undefined, op)', fields(caught(() => assert.fail(1, 2, undefined, '>'))), ['1 > 2', true, '>', 1, 2]);
same('fail(a, b, msg, op)', fields(caught(() => assert.fail(1, 2, 'mm', '>'))), ['mm', false, '>', 1, 2]);
same('fail(a, b, error)', caught(() => assert.fail(1, 2, typeError)) === typeError, true);
same('fail(undefined, undefined)', fields(caught(() => assert.fail(undefined, undefined))),
     ['undefined != undefined', true, '!=', undefined, undefined]);
function start() {
  assert.fail(1, 2, 'x', '>', start);
}
const startErr = caught(() => start());
same('stackStartFn', startErr.stack.split('\n').some((l) => l.includes(' start ')), false);

assert.CallTracker && new assert.CallTracker();
new assert.CallTracker();

setImmediate(() => {
  same('warnings', warnings, [
    'DeprecationWarning DEP0094: assert.fail() with more than one argument is deprecated. ' +
      'Please use assert.strictEqual() instead or only pass a message.',
    'DeprecationWarning DEP0173: assert.CallTracker is deprecated.',
  ]);
  if (failures !== 0) {
    process.exitCode = 1;
    throw new Error(`${failures} assert.fail checks failed`);
  }
  console.log('done');
});
