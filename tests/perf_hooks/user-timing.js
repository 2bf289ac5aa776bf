'use strict';
// performance.mark()/measure() and their overloads and errors, the global entry buffer
// (getEntries*, clear*), PerformanceMark/PerformanceMeasure shapes.
const assert = require('assert');
const util = require('util');
const {
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
} = require('perf_hooks');

const code = (c) => (err) => err.code === c;

// mark()
const a = performance.mark('a', { detail: { x: [1, 2] } });
assert.ok(a instanceof PerformanceMark);
assert.ok(a instanceof PerformanceEntry);
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.duration, 0);
assert.ok(a.startTime > 0 && a.startTime <= performance.now());
assert.deepStrictEqual(a.detail, { x: [1, 2] });
assert.deepStrictEqual(Object.keys(a.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
assert.deepStrictEqual(JSON.parse(JSON.stringify(a)).detail, { x: [1, 2] });
assert.strictEqual(Object.prototype.toString.call(a), '[object PerformanceMark]');
assert.deepStrictEqual(Object.keys(a), []);

// detail is a structured clone, not the object given.
const detail = { d: 1 };
const cloned = performance.mark('cloned', { detail });
assert.notStrictEqual(cloned.detail, detail);
assert.deepStrictEqual(cloned.detail, detail);
assert.strictEqual(performance.mark('nodetail').detail, null);
assert.strictEqual(performance.mark('nulloptions', null).detail, null);
assert.throws(() => performance.mark('x', { detail: () => 1 }),
              (err) => err.name === 'DataCloneError' && err.code === 25);

assert.strictEqual(performance.mark('at5', { startTime: 5 }).startTime, 5);
assert.strictEqual(performance.mark(42).name, '42');

// mark() errors
assert.throws(() => performance.mark(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.mark('nodeStart'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'name' is invalid. Received 'nodeStart'",
});
assert.throws(() => performance.mark('x', 1), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name: 'TypeError', message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('x', { startTime: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'a\')',
});

// Constructors
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceMark(), { code: 'ERR_MISSING_ARGS' });
const standalone = new PerformanceMark('standalone', { startTime: 7, detail: 'd' });
assert.strictEqual(standalone.startTime, 7);
assert.strictEqual(standalone.detail, 'd');
// Not buffered, but measure() can use its name.
assert.deepStrictEqual(performance.getEntriesByName('standalone'), []);
assert.strictEqual(performance.measure('fromStandalone', 'standalone', 'at5').duration, -2);

// Brand checks
assert.throws(() => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceEntry. Received an instance of Object',
});
assert.throws(() => PerformanceMark.prototype.detail, code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
});

// measure() overloads
const m1 = performance.measure('m1', 'a');
assert.ok(m1 instanceof PerformanceMeasure);
assert.strictEqual(m1.entryType, 'measure');
assert.strictEqual(m1.startTime, a.startTime);
assert.ok(m1.duration >= 0);
assert.strictEqual(m1.detail, null);
assert.strictEqual(Object.prototype.toString.call(m1), '[object PerformanceMeasure]');

const m2 = performance.measure('m2');
assert.strictEqual(m2.startTime, 0);
assert.ok(m2.duration >= a.startTime);

assert.deepStrictEqual(pick(performance.measure('m3', { start: 1, end: 'at5', detail: 'd' })),
                       { startTime: 1, duration: 4, detail: 'd' });
assert.deepStrictEqual(pick(performance.measure('m4', { start: 1, duration: 2 })),
                       { startTime: 1, duration: 2, detail: null });
assert.deepStrictEqual(pick(performance.measure('m5', { end: 10, duration: 2 })),
                       { startTime: 8, duration: 2, detail: null });
assert.deepStrictEqual(pick(performance.measure('m6', undefined, 'at5')),
                       { startTime: 0, duration: 5, detail: null });
assert.deepStrictEqual(pick(performance.measure('m7', 2, 3)),
                       { startTime: 0, duration: 3, detail: null });
assert.deepStrictEqual(pick(performance.measure('m8', { start: 'at5', end: 'a' })),
                       { startTime: 5, duration: a.startTime - 5, detail: null });
// A number as second argument is not a start mark.
assert.strictEqual(performance.measure('m9', -1).startTime, 0);
// Options without start or end only give a detail.
const m10 = performance.measure('m10', { duration: 3, detail: [1] });
assert.strictEqual(m10.startTime, 0);
assert.deepStrictEqual(m10.detail, [1]);
// nodeTiming milestones can be marks.
const boot = performance.measure('boot', 'nodeStart', 'bootstrapComplete');
assert.strictEqual(boot.startTime, performance.nodeTiming.nodeStart);
assert.ok(boot.duration >= 0);

function pick(e) {
  return { startTime: e.startTime, duration: e.duration, detail: e.detail };
}

// measure() errors
assert.throws(() => performance.measure(), code('ERR_MISSING_ARGS'));
assert.throws(() => performance.measure(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => performance.measure('x', { start: 1 }, 'a'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  name: 'TypeError',
  message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure('x', { start: -1 }), code('ERR_PERFORMANCE_INVALID_TIMESTAMP'));
assert.throws(() => performance.measure('x', 'a', -3), { message: '-3 is not a valid timestamp' });
assert.throws(() => performance.measure('x', 'nope'), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'SyntaxError');
  assert.strictEqual(err.code, 12);
  assert.strictEqual(err.message, 'The "nope" performance mark has not been set');
  return true;
});
assert.throws(() => performance.measure('x', { start: 'q' }),
              { name: 'SyntaxError', message: 'The "q" performance mark has not been set' });
assert.throws(() => performance.measure('x', { start: 1, detail: () => 1 }), { name: 'DataCloneError' });

// The buffer: getEntries sorts by startTime (stable), by name and/or type.
const all = performance.getEntries();
for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);
assert.ok(all.every((e) => e.entryType === 'mark' || e.entryType === 'measure'));
assert.deepStrictEqual(performance.getEntriesByName('a').map((e) => e.entryType), ['mark']);
assert.deepStrictEqual(performance.getEntriesByName('m1', 'mark'), []);
assert.strictEqual(performance.getEntriesByName('m1', 'measure').length, 1);
assert.deepStrictEqual(performance.getEntriesByType('bogus'), []);
const marks = performance.getEntriesByType('mark');
assert.deepStrictEqual(marks.map((e) => e.name).sort(),
                       ['42', 'a', 'at5', 'cloned', 'nodetail', 'nulloptions'].sort());
assert.notStrictEqual(performance.getEntriesByType('mark'), performance.getEntriesByType('mark'));
assert.throws(() => performance.getEntriesByName(), code('ERR_MISSING_ARGS'));
assert.throws(() => performance.getEntriesByType(), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});

performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByName('a'), []);
assert.throws(() => performance.measure('y', 'a'), { name: 'SyntaxError' });
assert.throws(() => performance.clearMarks('loopStart'), code('ERR_INVALID_ARG_VALUE'));
performance.clearMarks();
assert.deepStrictEqual(performance.getEntriesByType('mark'), []);
assert.throws(() => performance.measure('y', 'standalone'), { name: 'SyntaxError' });
performance.clearMeasures('m1');
assert.deepStrictEqual(performance.getEntriesByName('m1'), []);
assert.ok(performance.getEntriesByType('measure').length > 0);
performance.clearMeasures();
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntries(), []);

// inspect shape
const shown = util.inspect(performance.mark('shown', { startTime: 1.5, detail: { k: 'v' } }));
assert.strictEqual(shown,
                   "PerformanceMark {\n  name: 'shown',\n  entryType: 'mark',\n  startTime: 1.5,\n" +
                   "  duration: 0,\n  detail: { k: 'v' }\n}");
assert.strictEqual(util.inspect(performance.measure('sm', { start: 1, end: 3 }), { breakLength: Infinity }),
                   "PerformanceMeasure { name: 'sm', entryType: 'measure', startTime: 1, duration: 2, detail: null }");
assert.strictEqual(util.inspect({ e: performance.mark('deep') }, { depth: 0 }), '{ e: [PerformanceMark] }');
