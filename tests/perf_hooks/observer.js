'use strict';
// PerformanceObserver: entryTypes vs type (+buffered), batched asynchronous delivery from a
// setImmediate, takeRecords/disconnect, errors, PerformanceObserverEntryList, and the
// 'function' entries of performance.timerify().
const assert = require('assert');
const util = require('util');
const {
  performance,
  PerformanceObserver,
  PerformanceObserverEntryList,
  createHistogram,
} = require('perf_hooks');

assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes,
                       ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
assert.ok(Object.isFrozen(PerformanceObserver.supportedEntryTypes));
assert.strictEqual(PerformanceObserver.supportedEntryTypes, PerformanceObserver.supportedEntryTypes);

// Errors
assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const probe = new PerformanceObserver(() => {});
assert.throws(() => probe.observe(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => probe.observe(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => probe.observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});
assert.throws(() => probe.observe({ entryTypes: ['mark'], type: 'mark' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.entryTypes' options.entryTypes can not set with " +
    "options.type together. Received [ 'mark' ]",
});
{
  const o = new PerformanceObserver(() => {});
  o.observe({ type: 'mark' });
  assert.throws(() => o.observe({ entryTypes: ['mark'] }), (err) => err instanceof DOMException &&
    err.name === 'InvalidModificationError' && err.code === 13 &&
    err.message === 'PerformanceObserver can not change to multiple observations');
  o.disconnect();
  const p = new PerformanceObserver(() => {});
  p.observe({ entryTypes: ['mark'] });
  assert.throws(() => p.observe({ type: 'mark' }), {
    name: 'InvalidModificationError',
    message: 'PerformanceObserver can not change to single observation',
  });
  p.disconnect();
}

assert.strictEqual(util.inspect(new PerformanceObserver(() => {})),
                   'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');

// Delivery: one batch per observer, from a setImmediate queued by the first entry, after
// the current nextTicks and microtasks.
const order = [];
const batches = [];
const obs = new PerformanceObserver((list, observer) => {
  order.push('observer');
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.strictEqual(observer, obs);
  batches.push(list);
});
obs.observe({ entryTypes: ['mark', 'function', 'bogus'] });
assert.strictEqual(util.inspect(obs, { breakLength: Infinity }),
                   "PerformanceObserver { connected: true, pending: false, entryTypes: [ 'mark', 'function' ], buffer: [] }");

performance.mark('late');
performance.mark('early', { startTime: 0.5 });
performance.measure('not observed');
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
assert.strictEqual(util.inspect(obs).includes('pending: true'), true);

// timerify
const histogram = createHistogram();
function add(a, b) { return a + b; }
const timed = performance.timerify(add, { histogram });
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'name'),
                       { value: 'timerified add', writable: false, enumerable: true, configurable: false });
assert.strictEqual(timed(2, 3), 5);
assert.strictEqual(histogram.count, 1);
assert.ok(histogram.min >= 1);
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
const pt = new TimedPoint(4);
assert.ok(pt instanceof Point);
assert.strictEqual(pt.x, 4);
const timedAsync = performance.timerify(async function later(v) { return v * 2; });
const asyncResult = timedAsync(21);

assert.throws(() => performance.timerify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
assert.throws(() => performance.timerify(add, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(add, { histogram: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. ' +
    'Received type number (1)',
});

// Queued after the observer's immediate and the one above.
setImmediate(async () => {
  assert.strictEqual(await asyncResult, 42);
  assert.deepStrictEqual(order, ['tick', 'microtask', 'observer', 'immediate']);
  assert.strictEqual(batches.length, 1);
  const list = batches[0];
  // Sorted by startTime.
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['early', 'late', 'add', 'Point', 'later']);
  assert.deepStrictEqual(list.getEntriesByType('mark').map((e) => e.name), ['early', 'late']);
  assert.deepStrictEqual(list.getEntriesByName('add').map((e) => e.entryType), ['function']);
  assert.deepStrictEqual(list.getEntriesByName('add', 'mark'), []);
  assert.throws(() => list.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => list.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
  assert.strictEqual(util.inspect(list).startsWith('PerformanceObserverEntryList [\n  PerformanceMark {'), true);

  const fnEntry = list.getEntriesByName('add')[0];
  assert.strictEqual(fnEntry.constructor.name, 'PerformanceNodeEntry');
  assert.deepStrictEqual(fnEntry.detail, [2, 3]);
  assert.strictEqual(fnEntry[0], 2);
  assert.strictEqual(fnEntry[1], 3);
  assert.ok(fnEntry.duration >= 0);
  assert.deepStrictEqual(Object.keys(fnEntry.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);

  // takeRecords empties the observer's list without a callback.
  performance.mark('taken');
  const taken = obs.takeRecords();
  assert.deepStrictEqual(taken.map((e) => e.name), ['taken']);
  assert.deepStrictEqual(obs.takeRecords(), []);
  obs.disconnect();
  assert.strictEqual(util.inspect(obs).includes('connected: false'), true);

  // type + buffered gets the marks already in the global buffer.
  const seen = [];
  const buffered = new PerformanceObserver((l) => {
    seen.push(...l.getEntries().map((e) => e.name));
    buffered.disconnect();
    afterBuffered(seen);
  });
  buffered.observe({ type: 'mark', buffered: true });

  // Unsupported single type: ignored.
  const ignored = new PerformanceObserver(() => assert.fail('no entries expected'));
  ignored.observe({ type: 'bogus' });
  assert.strictEqual(util.inspect(ignored).includes('connected: false'), true);
  performance.mark('after');
  ignored.disconnect();
});

let multiCalled = false;
let bufferedCalled = false;
process.on('exit', () => {
  assert.strictEqual(bufferedCalled, true);
  assert.strictEqual(multiCalled, true);
});

function afterBuffered(seen) {
  bufferedCalled = true;
  assert.deepStrictEqual(seen, ['early', 'late', 'taken', 'after']);
  // Several single-type observations add up.
  const multi = new PerformanceObserver((l) => {
    multiCalled = true;
    assert.deepStrictEqual(l.getEntries().map((e) => e.entryType).sort(), ['mark', 'measure']);
    multi.disconnect();
  });
  multi.observe({ type: 'mark' });
  multi.observe({ type: 'measure' });
  assert.strictEqual(util.inspect(multi, { breakLength: Infinity }).includes("entryTypes: [ 'mark', 'measure' ]"), true);
  performance.mark('m');
  performance.measure('mm');
}
