'use strict';
// Histogram and RecordableHistogram (perf_hooks.createHistogram()), in JS.
//
// Node records into an HdrHistogram (HdrHistogram_c); HdrCore below is the same bucket
// layout and arithmetic, so min/max/mean/stddev/percentile(s) give Node's numbers: values
// are kept exactly up to 2 ** significant-figures, then in buckets whose width doubles with
// each power of two. Counts are kept sparsely (a Map from bucket index to count), since
// the dense array would have tens of thousands of slots.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { kInspect } = require('internal/perf/performance_entry');
const { hrtime } = internalBinding('process');

const kHandle = Symbol('kHandle');
const kMap = Symbol('kMap');
const kRecordable = Symbol('kRecordable');
const kSkipThrow = Symbol('kSkipThrow');

const INT64_MAX = 9223372036854775807n;
const INT64_MAX_NUMBER = Number(INT64_MAX);
const TWO_32 = 2 ** 32;

// Node's percentile maps are its internal SafeMap: a Map subclass whose prototype holds
// copies of Map's methods and has a null prototype (so not `instanceof Map`).
class SafeMap extends Map {}
for (const key of Reflect.ownKeys(Map.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(SafeMap.prototype, key, Object.getOwnPropertyDescriptor(Map.prototype, key));
  }
}
Object.setPrototypeOf(SafeMap.prototype, null);

// Number of significant bits of a non-negative integer below 2 ** 64.
function bitLength(value) {
  if (value < TWO_32) return 32 - Math.clz32(value);
  return 64 - Math.clz32(Math.floor(value / TWO_32));
}

// Monotonic nanoseconds (uv_hrtime), kept small enough to stay exact as a double.
const [kHrBase] = hrtime();
function hrtimeNs() {
  const [sec, nsec] = hrtime();
  return (sec - kHrBase + 1) * 1e9 + nsec;
}

class HdrCore {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log(largestSingleUnit) / Math.log(2));
    this.subBucketHalfCountMagnitude = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
    this.unitMagnitude = Math.floor(Math.log(lowest) / Math.log(2));
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    // Bit length of sub_bucket_mask, (subBucketCount - 1) << unitMagnitude.
    this.maskBits = this.subBucketHalfCountMagnitude + 1 + this.unitMagnitude;

    let smallestUntrackable = this.subBucketCount * 2 ** this.unitMagnitude;
    let bucketCount = 1;
    while (smallestUntrackable <= highest) {
      if (smallestUntrackable > 2 ** 62) {
        bucketCount++;
        break;
      }
      smallestUntrackable *= 2;
      bucketCount++;
    }
    this.countsLen = (bucketCount + 1) * this.subBucketHalfCount;
    this.highest = highest;
    this.counts = new Map();
    this.sorted = null;
    this.totalCount = 0;
    this.minValue = INT64_MAX_NUMBER;
    this.maxValue = 0;
    this.exceeds = 0;
    this.prev = 0;
  }

  bucketIndex(value) {
    const pow2ceiling = Math.max(bitLength(value), this.maskBits);
    return pow2ceiling - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucketIndex) {
    return Math.floor(value / 2 ** (bucketIndex + this.unitMagnitude));
  }

  countsIndexFor(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    return (bucketIndex + 1) * this.subBucketHalfCount + (subBucketIndex - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let bucketIndex = Math.floor(index / this.subBucketHalfCount) - 1;
    let subBucketIndex = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucketIndex < 0) {
      subBucketIndex -= this.subBucketHalfCount;
      bucketIndex = 0;
    }
    return subBucketIndex * 2 ** (bucketIndex + this.unitMagnitude);
  }

  sizeOfEquivalentRange(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    const adjusted = subBucketIndex >= this.subBucketCount ? bucketIndex + 1 : bucketIndex;
    return 2 ** (this.unitMagnitude + adjusted);
  }

  lowestEquivalent(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    return subBucketIndex * 2 ** (bucketIndex + this.unitMagnitude);
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + this.sizeOfEquivalentRange(value) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + Math.floor(this.sizeOfEquivalentRange(value) / 2);
  }

  // hdr_record_values: false when the value is outside the trackable range.
  recordValues(value, count) {
    if (value < 0 || value > this.highest) return false;
    const index = this.countsIndexFor(value);
    if (index < 0 || index >= this.countsLen) return false;
    const old = this.counts.get(index);
    if (old === undefined) this.sorted = null;
    this.counts.set(index, (old || 0) + count);
    this.totalCount += count;
    if (value < this.minValue && value !== 0) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  record(value) {
    if (!this.recordValues(value, 1)) this.exceeds++;
  }

  recordDelta() {
    const time = hrtimeNs();
    if (this.prev > 0) this.record(time - this.prev);
    this.prev = time;
  }

  add(other) {
    this.exceeds += other.exceeds;
    if (other.prev > this.prev) this.prev = other.prev;
    let dropped = 0;
    for (const index of other.indices()) {
      const count = other.counts.get(index);
      if (!this.recordValues(other.valueAtIndex(index), count)) dropped += count;
    }
    return dropped;
  }

  reset() {
    this.counts.clear();
    this.sorted = null;
    this.totalCount = 0;
    this.minValue = INT64_MAX_NUMBER;
    this.maxValue = 0;
    this.exceeds = 0;
    this.prev = 0;
  }

  // The indices with a count, ascending.
  indices() {
    if (this.sorted === null) this.sorted = Array.from(this.counts.keys()).sort((a, b) => a - b);
    return this.sorted;
  }

  min() {
    if (this.counts.get(0) > 0) return 0;
    if (this.minValue === INT64_MAX_NUMBER) return INT64_MAX_NUMBER;
    return this.lowestEquivalent(this.minValue);
  }

  minBigInt() {
    if (!(this.counts.get(0) > 0) && this.minValue === INT64_MAX_NUMBER) return INT64_MAX;
    return BigInt(this.min());
  }

  max() {
    if (this.maxValue === 0) return 0;
    return this.highestEquivalent(this.maxValue);
  }

  mean() {
    let total = 0;
    for (const index of this.indices()) {
      total += this.counts.get(index) * this.medianEquivalent(this.valueAtIndex(index));
    }
    return total / this.totalCount;
  }

  stddev() {
    const mean = this.mean();
    let geometricDevTotal = 0;
    for (const index of this.indices()) {
      const dev = this.medianEquivalent(this.valueAtIndex(index)) - mean;
      geometricDevTotal += dev * dev * this.counts.get(index);
    }
    return Math.sqrt(geometricDevTotal / this.totalCount);
  }

  // hdr_value_at_percentile
  percentile(percentile) {
    const requested = percentile < 100 ? percentile : 100;
    let countAtPercentile = Math.trunc((requested / 100) * this.totalCount + 0.5);
    if (countAtPercentile < 1) countAtPercentile = 1;
    let total = 0;
    for (const index of this.indices()) {
      total += this.counts.get(index);
      if (total >= countAtPercentile) return this.highestEquivalent(this.valueAtIndex(index));
    }
    return 0;
  }

  // hdr_iter_percentile_init(…, ticks_per_half_distance = 1): [percentile, value] pairs,
  // value being the lowest value of the bucket reaching that percentile.
  percentiles(fn) {
    let value = 0;
    if (this.totalCount > 0) {
      let cumulative = 0;
      let target = 0;
      outer:
      for (const index of this.indices()) {
        cumulative += this.counts.get(index);
        value = this.valueAtIndex(index);
        const current = (100 * cumulative) / this.totalCount;
        while (target <= current) {
          fn(target, value);
          const temp = Math.trunc(Math.log(100 / (100 - target)) / Math.log(2)) + 1;
          target += 100 / 2 ** temp;
          if (cumulative >= this.totalCount) break outer;
        }
      }
    }
    fn(100, value);
  }
}

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}

function outOfRangeValue() {
  // Node's native check throws this plain message (no "The value of ..." form).
  const err = new RangeError('value is out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  Error.captureStackTrace(err, outOfRangeValue);
  return err;
}

class Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }

  get count() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].totalCount;
  }

  get countBigInt() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return BigInt(this[kHandle].totalCount);
  }

  get min() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].min();
  }

  get minBigInt() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].minBigInt();
  }

  get max() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].max();
  }

  get maxBigInt() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return BigInt(this[kHandle].max());
  }

  get mean() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].mean();
  }

  get exceeds() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].exceeds;
  }

  get exceedsBigInt() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return BigInt(this[kHandle].exceeds);
  }

  get stddev() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    return this[kHandle].stddev();
  }

  percentile(percentile) {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return this[kHandle].percentile(percentile);
  }

  percentileBigInt(percentile) {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return BigInt(this[kHandle].percentile(percentile));
  }

  get percentiles() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    const map = this[kMap];
    map.clear();
    this[kHandle].percentiles((key, value) => map.set(key, value));
    return map;
  }

  get percentilesBigInt() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    const map = this[kMap];
    map.clear();
    this[kHandle].percentiles((key, value) => map.set(key, BigInt(value)));
    return map;
  }

  reset() {
    if (!isHistogram(this)) throw new ERR_INVALID_THIS('Histogram');
    this[kHandle].reset();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles.entries()),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol);
  }

  record(val) {
    if (this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > INT64_MAX) throw outOfRangeValue();
      this[kHandle].record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kHandle].record(val);
  }

  recordDelta() {
    if (this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    this[kHandle].recordDelta();
  }

  add(other) {
    if (this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (other?.[kRecordable] === undefined) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kHandle].add(other[kHandle]);
  }
}

function createRecordableHistogram(handle) {
  const histogram = new RecordableHistogram(kSkipThrow);
  histogram[kRecordable] = true;
  histogram[kMap] = new SafeMap();
  histogram[kHandle] = handle;
  // Node sets this as an own property too.
  histogram.constructor = RecordableHistogram;
  return histogram;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = Number.MAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  if (typeof lowest !== 'bigint') {
    validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  }
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * lowest) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return createRecordableHistogram(new HdrCore(Number(lowest), Number(highest), figures));
}

module.exports = {
  HdrCore,
  Histogram,
  RecordableHistogram,
  SafeMap,
  createHistogram,
  isHistogram,
  kHandle,
  kMap,
  kSkipThrow,
};
