'use strict';
// performance.markResourceTiming() (what fetch calls): PerformanceResourceTiming entries,
// the bounded resource buffer and its 'resourcetimingbufferfull' event.
const assert = require('assert');
const { performance, PerformanceResourceTiming, PerformanceObserver } = require('perf_hooks');

function timingInfo(start) {
  return {
    startTime: start,
    endTime: start + 10,
    finalServiceWorkerStartTime: 0,
    redirectStartTime: 0,
    redirectEndTime: 0,
    postRedirectStartTime: start,
    finalConnectionTimingInfo: {
      domainLookupStartTime: start + 1,
      domainLookupEndTime: start + 2,
      connectionStartTime: start + 3,
      connectionEndTime: start + 4,
      secureConnectionStartTime: 0,
      ALPNNegotiatedProtocol: 'http/1.1',
    },
    finalNetworkRequestStartTime: start + 5,
    finalNetworkResponseStartTime: start + 6,
    encodedBodySize: 100,
    decodedBodySize: 200,
  };
}

assert.throws(() => new PerformanceResourceTiming(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

let observed = 0;
const obs = new PerformanceObserver((list) => {
  observed += list.getEntriesByType('resource').length;
  obs.disconnect();
});
obs.observe({ type: 'resource' });

const r = performance.markResourceTiming(timingInfo(100), 'http://example.test/a', 'fetch', globalThis, '');
assert.ok(r instanceof PerformanceResourceTiming);
assert.strictEqual(Object.prototype.toString.call(r), '[object PerformanceResourceTiming]');
assert.strictEqual(r.name, 'http://example.test/a');
assert.strictEqual(r.entryType, 'resource');
assert.strictEqual(r.startTime, 100);
assert.strictEqual(r.duration, 10);
assert.strictEqual(r.initiatorType, 'fetch');
assert.strictEqual(r.nextHopProtocol, 'http/1.1');
assert.strictEqual(r.domainLookupStart, 101);
assert.strictEqual(r.connectEnd, 104);
assert.strictEqual(r.requestStart, 105);
assert.strictEqual(r.responseStart, 106);
assert.strictEqual(r.responseEnd, 110);
assert.strictEqual(r.transferSize, 400);
assert.strictEqual(r.encodedBodySize, 100);
assert.strictEqual(r.decodedBodySize, 200);
assert.deepStrictEqual(Object.keys(r.toJSON()), [
  'name', 'entryType', 'startTime', 'duration', 'initiatorType', 'nextHopProtocol',
  'workerStart', 'redirectStart', 'redirectEnd', 'fetchStart', 'domainLookupStart',
  'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart', 'requestStart',
  'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize',
]);
const local = performance.markResourceTiming(timingInfo(50), 'http://example.test/b', 'fetch', globalThis, 'local');
assert.strictEqual(local.transferSize, 0);
assert.throws(() => performance.markResourceTiming(timingInfo(1), 'x', 'fetch', globalThis, 'bad'),
              { code: 'ERR_INTERNAL_ASSERTION' });

// Sorted by startTime, with marks.
performance.mark('m', { startTime: 75 });
assert.deepStrictEqual(performance.getEntries().map((e) => e.entryType), ['resource', 'mark', 'resource']);
assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name),
                       ['http://example.test/b', 'http://example.test/a']);
performance.clearResourceTimings('http://example.test/b');
assert.strictEqual(performance.getEntriesByType('resource').length, 1);
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);

// A full buffer: extra entries wait, 'resourcetimingbufferfull' fires (asynchronously), and
// entries that still do not fit are dropped.
performance.setResourceTimingBufferSize(2);
let fullEvents = 0;
performance.onresourcetimingbufferfull = (event) => {
  fullEvents++;
  assert.strictEqual(event.type, 'resourcetimingbufferfull');
  if (fullEvents === 1) performance.clearResourceTimings();
};
for (let i = 0; i < 5; i++) {
  performance.markResourceTiming(timingInfo(i), `http://example.test/${i}`, 'fetch', globalThis, '');
}
assert.strictEqual(performance.getEntriesByType('resource').length, 2);
assert.strictEqual(fullEvents, 0);

setImmediate(() => {
  assert.ok(fullEvents >= 1);
  // Cleared once: two of the three waiting entries moved in.
  assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name),
                         ['http://example.test/2', 'http://example.test/3']);
  // The observer saw every entry, buffered or not, in one batch.
  assert.strictEqual(observed, 7);
});
