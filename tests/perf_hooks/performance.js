'use strict';
// The `performance` object: an EventTarget with now()/timeOrigin/toJSON(), nodeTiming's
// milestones over the life of the process, eventLoopUtilization(), the globals, the
// module's exports and constants, and how they print.
const assert = require('assert');
const util = require('util');
const perfHooks = require('perf_hooks');
const { performance, Performance } = perfHooks;

// Module shape
assert.deepStrictEqual(Object.keys(perfHooks), [
  'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
  'monitorEventLoopDelay', 'createHistogram', 'performance', 'constants',
]);
assert.strictEqual(require('node:perf_hooks'), perfHooks);
assert.deepStrictEqual(perfHooks.constants, {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(perfHooks, 'constants').writable, false);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(perfHooks.constants, 'NODE_PERFORMANCE_GC_MAJOR'),
                       { value: 4, writable: false, enumerable: true, configurable: false });

// Globals are the module's.
assert.strictEqual(globalThis.performance, performance);
for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
                    'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  assert.strictEqual(globalThis[name], perfHooks[name], name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false);
}

// The object
assert.ok(performance instanceof EventTarget);
assert.ok(performance instanceof Performance);
assert.strictEqual(Object.getPrototypeOf(Performance.prototype), EventTarget.prototype);
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.deepStrictEqual(Object.keys(performance), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(Performance.prototype), [
  'constructor', 'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now',
  'setResourceTimingBufferSize', 'timeOrigin', 'toJSON', 'eventLoopUtilization',
  'nodeTiming', 'markResourceTiming', 'timerify', 'onresourcetimingbufferfull',
]);
for (const [key, enumerable] of [['now', true], ['timeOrigin', true], ['toJSON', true],
  ['nodeTiming', false], ['timerify', false], ['eventLoopUtilization', false], ['markResourceTiming', false]]) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(Performance.prototype, key).enumerable, enumerable, key);
}
let events = 0;
performance.addEventListener('custom', () => events++);
performance.dispatchEvent(new Event('custom'));
assert.strictEqual(events, 1);
assert.strictEqual(performance.onresourcetimingbufferfull, null);
assert.throws(() => performance.setResourceTimingBufferSize(), { code: 'ERR_MISSING_ARGS' });

// Clock: ms since the time origin, monotonic, sub-millisecond.
const t1 = performance.now();
const t2 = performance.now();
assert.ok(t1 > 0 && t2 >= t1);
assert.strictEqual(typeof performance.timeOrigin, 'number');
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 20);
assert.ok(performance.timeOrigin <= Date.now());
let fractional = false;
for (let i = 0; i < 20 && !fractional; i++) fractional = !Number.isInteger(performance.now());
assert.ok(fractional);
// process.uptime() counts from the same start (within a few milliseconds).
assert.ok(Math.abs(process.uptime() * 1000 - performance.now()) < 50);

// nodeTiming during the main script: the loop has not started.
const nt = performance.nodeTiming;
assert.strictEqual(nt, performance.nodeTiming);
assert.ok(nt instanceof perfHooks.PerformanceEntry);
assert.strictEqual(nt.constructor.name, 'PerformanceNodeTiming');
assert.deepStrictEqual(Object.keys(nt), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'environment',
  'loopStart', 'loopExit', 'bootstrapComplete', 'idleTime', 'uvMetricsInfo',
]);
assert.strictEqual(nt.name, 'node');
assert.strictEqual(nt.entryType, 'node');
assert.strictEqual(nt.startTime, 0);
assert.ok(nt.duration > 0 && nt.duration <= performance.now());
assert.ok(nt.nodeStart >= 0);
assert.ok(nt.v8Start >= nt.nodeStart);
assert.ok(nt.environment >= nt.nodeStart);
assert.ok(nt.bootstrapComplete >= nt.environment);
assert.ok(nt.bootstrapComplete < performance.now());
assert.strictEqual(nt.loopStart, -1);
assert.strictEqual(nt.loopExit, -1);
assert.strictEqual(nt.idleTime, 0);
assert.deepStrictEqual(Object.keys(nt.uvMetricsInfo), ['loopCount', 'events', 'eventsWaiting']);
assert.deepStrictEqual(Object.keys(nt.toJSON()), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete',
  'environment', 'loopStart', 'loopExit', 'idleTime',
]);

// eventLoopUtilization before the loop starts: all zero.
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });

// toJSON and inspect
const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.nodeTiming, nt);
assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(performance))),
                       ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
const numbers = (s) => s.replace(/-?\d+(\.\d+)?(e[-+]\d+)?/g, 'N');
assert.strictEqual(numbers(util.inspect(performance)),
                   'Performance {\n' +
                   '  nodeTiming: PerformanceNodeTiming {\n' +
                   "    name: 'node',\n" +
                   "    entryType: 'node',\n" +
                   '    startTime: N,\n' +
                   '    duration: N,\n' +
                   '    nodeStart: N,\n' +
                   '    vNStart: N,\n' +
                   '    bootstrapComplete: N,\n' +
                   '    environment: N,\n' +
                   '    loopStart: N,\n' +
                   '    loopExit: N,\n' +
                   '    idleTime: N\n' +
                   '  },\n' +
                   '  timeOrigin: N\n' +
                   '}');
assert.strictEqual(util.inspect(performance, { depth: 0 }), 'Performance [Object]');

setTimeout(() => {
  // The loop is running now.
  const loopStart = performance.nodeTiming.loopStart;
  assert.ok(loopStart > nt.bootstrapComplete, `loopStart ${loopStart}`);
  assert.ok(loopStart < performance.now());
  assert.strictEqual(performance.nodeTiming.loopExit, -1);
  assert.strictEqual(performance.measure('sinceLoop', 'loopStart').startTime, loopStart);

  const u1 = performance.eventLoopUtilization();
  assert.deepStrictEqual(Object.keys(u1), ['idle', 'active', 'utilization']);
  assert.ok(u1.idle >= 0);
  assert.ok(u1.active > 0);
  assert.ok(u1.utilization > 0 && u1.utilization <= 1);
  assert.strictEqual(u1.idle, performance.nodeTiming.idleTime);

  const s = Date.now();
  while (Date.now() - s < 30);
  // Since u1: busy the whole time.
  const u2 = performance.eventLoopUtilization(u1);
  assert.ok(u2.active >= 25, `active ${u2.active}`);
  assert.ok(u2.utilization > 0.9 && u2.utilization <= 1, `utilization ${u2.utilization}`);
  // Between two readings.
  const u3 = performance.eventLoopUtilization();
  const diff = performance.eventLoopUtilization(u3, u1);
  assert.strictEqual(diff.idle, u3.idle - u1.idle);
  assert.strictEqual(diff.active, u3.active - u1.active);
  assert.strictEqual(diff.utilization, diff.active / (diff.idle + diff.active));
}, 20);

process.on('exit', () => {
  const { loopStart, loopExit } = performance.nodeTiming;
  assert.ok(loopExit > loopStart, `loopExit ${loopExit}`);
  assert.ok(loopExit <= performance.now());
});
