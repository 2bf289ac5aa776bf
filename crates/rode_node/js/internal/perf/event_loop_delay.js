'use strict';
// perf_hooks.monitorEventLoopDelay(): an IntervalHistogram (ELDHistogram) of event loop
// delays in nanoseconds.
//
// Method, as Node's: while enabled, an unref'd repeating timer fires every `resolution` ms
// and records the time since its previous firing (recordDelta on a monotonic ns clock).
// A blocked loop delays the timer, so the samples are resolution + lateness. Node runs the
// timer in libuv; here it is a setInterval, so the sample is taken when the JS callback runs
// (the timers phase), which is the same moment.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateInteger, validateObject } = require('internal/validators');
const { HdrCore, Histogram, SafeMap, kHandle, kMap } = require('internal/perf/histogram');

const kEnabled = Symbol('kEnabled');

class ELDHistogram extends Histogram {
  constructor(i) {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  enable() {
    if (this[kEnabled] === undefined) throw new ERR_INVALID_THIS('ELDHistogram');
    if (this[kEnabled]) return false;
    this[kEnabled] = true;
    const handle = this[kHandle];
    handle.timer = require('timers').setInterval(() => handle.recordDelta(), handle.resolution);
    handle.timer.unref();
    return true;
  }

  disable() {
    if (this[kEnabled] === undefined) throw new ERR_INVALID_THIS('ELDHistogram');
    if (!this[kEnabled]) return false;
    this[kEnabled] = false;
    const handle = this[kHandle];
    require('timers').clearInterval(handle.timer);
    handle.timer = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return Reflect.construct(function() {
    this[kEnabled] = false;
    // Node's event loop delay histogram: lowest 1000 ns, highest INT64_MAX, 3 figures.
    const handle = new HdrCore(1000, 2 ** 63, 3);
    handle.resolution = resolution;
    handle.timer = undefined;
    this[kHandle] = handle;
    this[kMap] = new SafeMap();
  }, [], ELDHistogram);
}

module.exports = monitorEventLoopDelay;
