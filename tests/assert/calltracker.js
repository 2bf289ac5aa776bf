'use strict';
// assert.CallTracker (deprecated, still present in Node 20).
const assert = require('assert');

process.on('warning', () => {});
let failures = 0;
function same(label, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    failures++;
    console.error(`${label}\n  actual:   ${a}\n  expected: ${e}`);
  }
}

const tracker = new assert.CallTracker();
same('instanceof', tracker instanceof assert.CallTracker, true);
function add(a, b) {
  return a + b;
}
const tracked = tracker.calls(add, 2);
same('wrapped call', tracked(1, 2), 3);
same('name kept', tracked.name, 'add');
const report = tracker.report();
same('report', report.map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]), [
  ['Expected the add function to be executed 2 time(s) but was executed 1 time(s).', 1, 2, 'add', true],
]);
let err;
try {
  tracker.verify();
} catch (e) {
  err = e;
}
same('verify message', [err.message, err.code, err.generatedMessage],
     ['Expected the add function to be executed 2 time(s) but was executed 1 time(s).', 'ERR_ASSERTION', false]);
same('verify details', [err.actual, err['message 0'], err['actual 0'], err['expected 0'], err['operator 0']],
     [undefined, 'Expected the add function to be executed 2 time(s) but was executed 1 time(s).', 1, 2, 'add']);
tracked.call('self', 3, 4);
same('getCalls', tracker.getCalls(tracked).map((c) => [c.thisArg === undefined ? 'undefined' : String(c.thisArg), c.arguments]),
     [['undefined', [1, 2]], ['self', [3, 4]]]);
same('frozen', Object.isFrozen(tracker.getCalls(tracked)) && Object.isFrozen(tracker.getCalls(tracked)[0]), true);
tracker.verify();
same('verified', tracker.report(), []);

const noop = tracker.calls();
noop();
const counted = tracker.calls(3);
const other = tracker.calls(() => {}, 1);
try {
  tracker.verify();
} catch (e) {
  err = e;
}
same('several', err.message, 'Functions were not called the expected number of times');
same('default name', tracker.report().map((r) => r.operator), ['calls', 'calls']);
tracker.reset(counted);
tracker.reset();
same('reset all', tracker.getCalls(tracked), []);
same('reset one', tracker.getCalls(noop), []);
void other;

try {
  tracker.getCalls(() => {});
} catch (e) {
  err = e;
}
same('untracked', [err.code, err.message],
     ['ERR_INVALID_ARG_VALUE', "The argument 'tracked' is not a tracked function. Received [Function (anonymous)]"]);
try {
  tracker.calls(add, -1);
} catch (e) {
  err = e;
}
same('bad expected', err.code, 'ERR_OUT_OF_RANGE');

if (failures !== 0) throw new Error(`${failures} CallTracker checks failed`);
