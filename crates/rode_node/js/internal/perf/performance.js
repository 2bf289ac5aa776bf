'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.
// The Performance class (an EventTarget, not constructible) and the one `performance`.
// This module is what the `performance` global loads: only the clock and nodeTiming load
// with it; user timing, observers, timerify and the rest load on first use, so
// `performance.now()` stays cheap at start-up.

const {
  EventTarget,
  Event,
  kTrustEvent,
  initEventTarget,
  defineEventHandler,
} = require('internal/event_target');
const { now, getTimeOriginTimestamp } = require('internal/perf/utils');
const { kEnumerableProperty, kInspect, validateInternalField } = require('internal/perf/performance_entry');

const kPerformanceBrand = Symbol('performance');

let usertiming;
function lazyUserTiming() {
  usertiming ??= require('internal/perf/usertiming');
  return usertiming;
}

let observe;
function lazyObserve() {
  observe ??= require('internal/perf/observe');
  return observe;
}

const nodeTiming = require('internal/perf/nodetiming');

// WebIDL `unsigned long` conversion (no clamping, no range check).
function toUnsignedLong(value) {
  let x = +value;
  if (!Number.isFinite(x) || x === 0) return 0;
  x = Math.trunc(x) % 2 ** 32;
  return x < 0 ? x + 2 ** 32 : x;
}

class Performance extends EventTarget {
  constructor() {
    throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, opts)}`;
  }

  clearMarks(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    lazyUserTiming().clearMarkTimings(name);
    lazyObserve().clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    lazyObserve().clearEntriesFromBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    lazyObserve().clearEntriesFromBuffer('resource', name);
  }

  getEntries() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return lazyObserve().filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return lazyObserve().filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type');
    type = `${type}`;
    return lazyObserve().filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options = {}) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('name');
    return lazyUserTiming().mark(name, options);
  }

  measure(name, startOrMeasureOptions = {}, endMark = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('name');
    return lazyUserTiming().measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('maxSize');
    return lazyObserve().setResourceTimingBufferSize(toUnsignedLong(maxSize));
  }

  get timeOrigin() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return getTimeOriginTimestamp();
  }

  toJSON() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}

function eventLoopUtilization(util1, util2) {
  return require('internal/perf/event_loop_utilization').eventLoopUtilization(util1, util2);
}

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  return require('internal/perf/resource_timing')
    .markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode);
}

function timerify(fn, options = {}) {
  return require('internal/perf/timerify')(fn, options);
}

Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  clearResourceTimings: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  setResourceTimingBufferSize: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'Performance',
  },
  // Node.js extensions: not enumerable.
  eventLoopUtilization: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: eventLoopUtilization,
  },
  nodeTiming: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: nodeTiming,
  },
  markResourceTiming: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: markResourceTiming,
  },
  timerify: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: timerify,
  },
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

const performance = Reflect.construct(function Performance() {
  initEventTarget(this);
  this[kPerformanceBrand] = true;
}, [], Performance);

function dispatchBufferFull(type) {
  performance.dispatchEvent(new Event(type, { [kTrustEvent]: true }));
}

module.exports = {
  Performance,
  performance,
  dispatchBufferFull,
};
