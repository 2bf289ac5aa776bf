'use strict';
// performance.nodeTiming: the one PerformanceNodeTiming, with the process milestones in
// milliseconds from the time origin (-1 for one not reached yet). How each value is
// obtained (some are approximations) is explained in internal/perf/utils.

const { PerformanceEntry, inspectAs, kInspect } = require('internal/perf/performance_entry');
const { now, getMilestone, loopIdleTime } = require('internal/perf/utils');

function milestone(name) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return getMilestone(name);
    },
  };
}

class PerformanceNodeTiming {
  constructor() {
    Object.defineProperties(this, {
      name: { __proto__: null, enumerable: true, configurable: true, value: 'node' },
      entryType: { __proto__: null, enumerable: true, configurable: true, value: 'node' },
      startTime: { __proto__: null, enumerable: true, configurable: true, value: 0 },
      duration: { __proto__: null, enumerable: true, configurable: true, get: now },
      nodeStart: milestone('nodeStart'),
      v8Start: milestone('v8Start'),
      environment: milestone('environment'),
      loopStart: milestone('loopStart'),
      loopExit: milestone('loopExit'),
      bootstrapComplete: milestone('bootstrapComplete'),
      idleTime: { __proto__: null, enumerable: true, configurable: true, get: loopIdleTime },
      // libuv's counters: rode's loop does not keep them.
      uvMetricsInfo: {
        __proto__: null,
        enumerable: true,
        configurable: true,
        get: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
      },
    });
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);

module.exports = new PerformanceNodeTiming();
