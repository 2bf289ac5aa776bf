'use strict';
// createHistogram(): HdrHistogram numbers exactly as Node computes them, BigInt variants,
// add/reset/recordDelta, errors; monitorEventLoopDelay(): an interval histogram of loop
// delays in nanoseconds.
const assert = require('assert');
const util = require('util');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

// Empty
const empty = createHistogram();
assert.strictEqual(empty.count, 0);
assert.strictEqual(empty.min, 9223372036854776000);
assert.strictEqual(empty.minBigInt, 9223372036854775807n);
assert.strictEqual(empty.max, 0);
assert.ok(Number.isNaN(empty.mean));
assert.ok(Number.isNaN(empty.stddev));
assert.strictEqual(empty.exceeds, 0);
assert.deepStrictEqual([...empty.percentiles], [[100, 0]]);
assert.strictEqual(empty.percentile(50), 0);
assert.strictEqual(JSON.stringify(empty),
                   '{"count":0,"min":9223372036854776000,"max":0,"mean":null,"exceeds":0,' +
                   '"stddev":null,"percentiles":{"100":0}}');
assert.strictEqual(util.inspect(empty),
                   'Histogram {\n  min: 9223372036854776000,\n  max: 0,\n  mean: NaN,\n  exceeds: 0,\n' +
                   '  stddev: NaN,\n  count: 0,\n  percentiles: SafeMap(1) [Map] { 100 => 0 }\n}');
assert.strictEqual(empty.constructor.name, 'RecordableHistogram');
assert.deepStrictEqual(Object.getOwnPropertyNames(empty), ['constructor']);

// Values spread over many buckets: bucket edges and rounding are Node's.
const h = createHistogram();
for (const v of [1, 5, 100, 2047, 2048, 2049, 3000, 123456, 9999999, 1e12]) h.record(v);
assert.strictEqual(h.count, 10);
assert.strictEqual(h.countBigInt, 10n);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 1000190509055);
assert.strictEqual(h.maxBigInt, 1000190509055n);
assert.strictEqual(h.mean, 99993220467.6);
assert.strictEqual(h.stddev, 299976284392.2308);
assert.deepStrictEqual([1, 10, 50, 99, 100].map((p) => h.percentile(p)),
                       [1, 1, 2049, 1000190509055, 1000190509055]);
assert.strictEqual(h.percentileBigInt(50), 2049n);
assert.deepStrictEqual([...h.percentiles], [
  [0, 1], [50, 2048], [75, 123456], [87.5, 9994240], [93.75, 999653638144], [100, 999653638144],
]);
assert.deepStrictEqual([...h.percentilesBigInt].map(([k, v]) => [k, typeof v]),
                       [[0, 'bigint'], [50, 'bigint'], [75, 'bigint'], [87.5, 'bigint'],
                        [93.75, 'bigint'], [100, 'bigint']]);
assert.strictEqual(h.percentiles, h.percentiles);
assert.ok(util.types.isMap(h.percentiles));
assert.strictEqual(h.percentiles instanceof Map, false);

// Options: lowest/highest/figures change the buckets; values above highest are "exceeds".
const coarse = createHistogram({ lowest: 1000, highest: 1e9, figures: 2 });
coarse.record(5);
coarse.record(123456);
coarse.record(1e10);
assert.strictEqual(coarse.count, 2);
assert.strictEqual(coarse.exceeds, 1);
assert.strictEqual(coarse.exceedsBigInt, 1n);
assert.strictEqual(coarse.min, 0);
assert.strictEqual(coarse.max, 123903);
assert.strictEqual(coarse.mean, 61952);
assert.strictEqual(coarse.stddev, 61696);
assert.deepStrictEqual([...coarse.percentiles], [[0, 0], [50, 0], [75, 123392], [100, 123392]]);
const bounded = createHistogram({ highest: 1000 });
bounded.record(5000);
assert.strictEqual(bounded.count, 0);
assert.strictEqual(bounded.exceeds, 1);
const small = createHistogram({ figures: 1, highest: 1e6 });
small.record(1000000);
small.record(1000001);
assert.strictEqual(small.count, 1);
assert.strictEqual(small.exceeds, 1);
assert.strictEqual(small.max, 1015807);

// add() merges counts and exceeds; reset() empties.
h.add(coarse);
assert.strictEqual(h.count, 12);
assert.strictEqual(h.exceeds, 1);
assert.strictEqual(h.min, 0);
h.reset();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.exceeds, 0);
assert.strictEqual(h.max, 0);

// BigInt values
const big = createHistogram();
big.record(5n);
assert.strictEqual(big.min, 5);
for (const bad of [0n, -1n, 2n ** 63n]) {
  assert.throws(() => big.record(bad), (err) => err instanceof RangeError &&
    err.code === 'ERR_OUT_OF_RANGE' && err.message === 'value is out of range');
}

// recordDelta: nanoseconds between calls (the first call only starts the clock).
const delta = createHistogram();
delta.recordDelta();
assert.strictEqual(delta.count, 0);
const start = Date.now();
while (Date.now() - start < 3);
delta.recordDelta();
assert.strictEqual(delta.count, 1);
assert.ok(delta.min >= 2e6, `delta ${delta.min}`);

// Errors
assert.throws(() => h.record(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => h.record(1.5), {
  message: 'The value of "val" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => h.record('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.percentile(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0',
});
assert.throws(() => h.percentile(101), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile(NaN), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.add({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. Received an instance of Object',
});
assert.throws(() => Object.getPrototypeOf(h).record.call({}, 1), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type RecordableHistogram',
});
assert.throws(() => Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Object.getPrototypeOf(h)), 'min').get.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Histogram',
});
assert.throws(() => new (Object.getPrototypeOf(h).constructor)(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => createHistogram(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ lowest: 0 }), {
  message: 'The value of "options.lowest" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => createHistogram({ lowest: 10, highest: 15 }), {
  message: 'The value of "options.highest" is out of range. It must be >= 20 && <= 9007199254740991. Received 15',
});
assert.throws(() => createHistogram({ figures: 6 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => createHistogram({ lowest: 10n, highest: 15n }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highest' is invalid. Received 15n",
});

// monitorEventLoopDelay
assert.throws(() => monitorEventLoopDelay(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), {
  message: 'The value of "options.resolution" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
const eld = monitorEventLoopDelay({ resolution: 10 });
assert.strictEqual(Object.getPrototypeOf(eld).constructor.name, 'ELDHistogram');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(eld)), ['constructor', 'enable', 'disable']);
assert.strictEqual(typeof eld.record, 'undefined');
assert.throws(() => Object.getPrototypeOf(eld).enable.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ELDHistogram',
});
assert.throws(() => h.add(eld), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(eld.count, 0);
assert.strictEqual(eld.enable(), true);
assert.strictEqual(eld.enable(), false);

let ticks = 0;
const iv = setInterval(() => {
  ticks++;
  if (ticks === 3) {
    const s = Date.now();
    while (Date.now() - s < 80);
  }
  if (ticks === 8) {
    clearInterval(iv);
    assert.strictEqual(eld.disable(), true);
    assert.strictEqual(eld.disable(), false);
    const count = eld.count;
    assert.ok(count >= 3, `count ${count}`);
    // Each sample is the time between two timer firings: about the resolution, more when
    // the loop was blocked (and less when a late timer is re-armed from a stale loop time).
    assert.ok(eld.min > 0, `min ${eld.min}`);
    assert.ok(eld.percentile(50) >= 1e6, `median ${eld.percentile(50)}`);
    assert.ok(eld.max >= 70e6, `max ${eld.max}`);
    assert.ok(eld.mean > eld.min && eld.mean < eld.max);
    assert.strictEqual(eld.exceeds, 0);
    // Disabled: no more samples.
    setTimeout(() => {
      assert.strictEqual(eld.count, count);
      eld.reset();
      assert.strictEqual(eld.count, 0);
    }, 40);
  }
}, 15);
