'use strict';
// PerformanceObserver and the performance timeline's buffers.
//
// Entries reach observers through enqueue(); each observer keeps its own list, and all
// observers with new entries are called together from one setImmediate, as in Node.
// Marks and measures are also kept in the global buffers read by performance.getEntries();
// resource timings in a bounded buffer ('resourcetimingbufferfull').
//
// Other built-ins report 'http', 'net', 'dns', … entries with enqueueNodeEntry() or
// startPerf()/stopPerf(), after checking hasObserver(type). rode has no GC hooks: 'gc'
// can be observed but no entry ever arrives.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateInternalField } = require('internal/validators');
const {
  createPerformanceNodeEntry,
  isPerformanceEntry,
  kEnumerableProperty,
  kInspect,
} = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');

const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDeprecatedFields = Symbol('kDeprecatedFields');
const kSkipThrow = Symbol('kSkipThrow');

const kTypeSingle = 0;
const kTypeMultiple = 1;

const kSupportedEntryTypes = Object.freeze([
  'dns',
  'function',
  'gc',
  'http',
  'http2',
  'mark',
  'measure',
  'net',
  'resource',
]);

let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
let resourceTimingSecondaryBuffer = [];
const kPerformanceEntryBufferWarnSize = 1e6;
let resourceTimingBufferSizeLimit = 250;
let dispatchBufferFull;
let resourceTimingBufferFullPending = false;

const kClearPerformanceEntryBuffers = Object.freeze({
  mark: 'performance.clearMarks',
  measure: 'performance.clearMeasures',
});
const kWarnedEntryTypes = new Map();

const kObservers = new Set();
const kPending = new Set();
let isPending = false;
// How many connected observers want each entry type (for hasObserver()).
const observerCounts = new Map();

function setImmediate(fn) {
  return require('timers').setImmediate(fn);
}

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const pendings = Array.from(kPending.values());
    kPending.clear();
    for (const pending of pendings) pending[kDispatch]();
  });
}

function incrementObserverCount(type) {
  observerCounts.set(type, (observerCounts.get(type) || 0) + 1);
}

function decrementObserverCounts(entryTypes) {
  for (const type of entryTypes) {
    const n = (observerCounts.get(type) || 0) - 1;
    if (n > 0) observerCounts.set(type, n);
    else observerCounts.delete(type);
  }
}

const sortByStartTime = (first, second) => first.startTime - second.startTime;

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = entries.sort(sortByStartTime);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}
Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'PerformanceObserverEntryList',
  },
});

function invalidModification(message) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, 'InvalidModificationError');
}

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with ' +
                                      'options.type together');
    }

    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw invalidModification('PerformanceObserver can not change to multiple observations');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw invalidModification('PerformanceObserver can not change to single observation');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      decrementObserverCounts(this.#entryTypes);
      this.#entryTypes.clear();
      for (let n = 0; n < entryTypes.length; n++) {
        if (kSupportedEntryTypes.includes(entryTypes[n]) && !this.#entryTypes.has(entryTypes[n])) {
          this.#entryTypes.add(entryTypes[n]);
          incrementObserverCount(entryTypes[n]);
        }
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      if (!this.#entryTypes.has(type)) {
        this.#entryTypes.add(type);
        incrementObserverCount(type);
      }
      if (buffered) {
        const entries = filterBufferMapByNameAndType(undefined, type);
        for (const entry of entries) this.#buffer.push(entry);
        kPending.add(this);
        queuePending();
      }
    }

    if (this.#entryTypes.size) kObservers.add(this);
    else this.disconnect();
  }

  disconnect() {
    decrementObserverCounts(this.#entryTypes);
    kObservers.delete(this);
    kPending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    kPending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const entryList = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(entryList, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, opts)}`;
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'PerformanceObserver',
  },
});

// Queues `entry` for every observer watching its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) {
    throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  }
  for (const obs of kObservers) obs[kMaybeBuffer](entry);
}

// Adds a mark or measure to the global buffer (warns once per type past a million).
function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') buffer = markEntryBuffer;
  else if (entryType === 'measure') buffer = measureEntryBuffer;
  else return;

  buffer.push(entry);
  const count = buffer.length;
  if (count > kPerformanceEntryBufferWarnSize && !kWarnedEntryTypes.has(entryType)) {
    kWarnedEntryTypes.set(entryType, true);
    // A warning: no error code.
    const w = new Error('Possible perf_hooks memory leak detected. ' +
                        `${count} ${entryType} entries added to the global ` +
                        'performance entry buffer. Use ' +
                        `${kClearPerformanceEntryBuffers[entryType]} to ` +
                        'clear the buffer.');
    w.name = 'MaxPerformanceEntryBufferExceededWarning';
    w.entryType = entryType;
    w.count = count;
    process.emitWarning(w);
  }
}

// Adds a resource timing to its bounded buffer; past the limit, entries wait in a
// secondary buffer while 'resourcetimingbufferfull' gives listeners a chance to make room.
function bufferResourceTiming(entry) {
  if (resourceTimingBuffer.length < resourceTimingBufferSizeLimit &&
      !resourceTimingBufferFullPending) {
    resourceTimingBuffer.push(entry);
    return;
  }

  if (!resourceTimingBufferFullPending) {
    resourceTimingBufferFullPending = true;
    setImmediate(() => {
      while (resourceTimingSecondaryBuffer.length > 0) {
        const excessNumberBefore = resourceTimingSecondaryBuffer.length;
        (dispatchBufferFull || require('internal/perf/performance').dispatchBufferFull)(
          'resourcetimingbufferfull');
        const numbersToPreserve = Math.max(
          Math.min(resourceTimingBufferSizeLimit - resourceTimingBuffer.length,
                   resourceTimingSecondaryBuffer.length),
          0);
        const excessNumberAfter = resourceTimingSecondaryBuffer.length - numbersToPreserve;
        for (let idx = 0; idx < numbersToPreserve; idx++) {
          resourceTimingBuffer.push(resourceTimingSecondaryBuffer[idx]);
        }
        if (excessNumberBefore <= excessNumberAfter) resourceTimingSecondaryBuffer = [];
      }
      resourceTimingBufferFullPending = false;
    });
  }

  resourceTimingSecondaryBuffer.push(entry);
}

function setResourceTimingBufferSize(maxSize) {
  resourceTimingBufferSizeLimit = maxSize;
}

function setDispatchBufferFull(fn) {
  dispatchBufferFull = fn;
}

function clearEntriesFromBuffer(type, name) {
  if (type === 'mark') {
    markEntryBuffer = name === undefined ?
      [] : markEntryBuffer.filter((entry) => entry.name !== name);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ?
      [] : measureEntryBuffer.filter((entry) => entry.name !== name);
  } else if (type === 'resource') {
    resourceTimingBuffer = name === undefined ?
      [] : resourceTimingBuffer.filter((entry) => entry.name !== name);
  }
}

// The buffered entries, optionally of one name and/or type, sorted by startTime.
function filterBufferMapByNameAndType(name, type) {
  let bufferList;
  if (type === 'mark') {
    bufferList = markEntryBuffer;
  } else if (type === 'measure') {
    bufferList = measureEntryBuffer;
  } else if (type === 'resource') {
    bufferList = resourceTimingBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    bufferList = markEntryBuffer.concat(measureEntryBuffer, resourceTimingBuffer);
  }
  if (name !== undefined) {
    bufferList = bufferList.filter((entry) => entry.name === name);
  } else if (type !== undefined) {
    bufferList = bufferList.slice();
  }
  return bufferList.sort(sortByStartTime);
}

const kDeprecationMessage =
  'Custom PerformanceEntry accessors are deprecated. Please use the detail property.';

// Creates a Node entry (gc, http, net, dns, …) and queues it. The keys of `details` are
// also readable off the entry itself, deprecated (DEP0152), as in Node.
function enqueueNodeEntry(name, type, startTime, duration, details) {
  const entry = createPerformanceNodeEntry(name, type, startTime, duration, details);
  if (details !== undefined && details !== null) {
    const { deprecate } = require('util');
    entry[kDeprecatedFields] = new Map();
    const props = {};
    for (const key of Object.keys(details)) {
      entry[kDeprecatedFields].set(key, details[key]);
      props[key] = {
        configurable: true,
        enumerable: true,
        get: deprecate(() => entry[kDeprecatedFields].get(key), kDeprecationMessage, 'DEP0152'),
        set: deprecate((value) => {
          entry[kDeprecatedFields].set(key, value);
        }, kDeprecationMessage, 'DEP0152'),
      };
    }
    Object.defineProperties(entry, props);
  }
  enqueue(entry);
  return entry;
}

function hasObserver(type) {
  return (observerCounts.get(type) || 0) > 0;
}

function startPerf(target, key, context = {}) {
  target[key] = { ...context, startTime: now() };
}

function stopPerf(target, key, context = {}) {
  const ctx = target[key];
  if (!ctx) return;
  const startTime = ctx.startTime;
  const entry = createPerformanceNodeEntry(ctx.name, ctx.type, startTime, now() - startTime,
                                           { ...ctx.detail, ...context.detail });
  enqueue(entry);
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  enqueueNodeEntry,
  hasObserver,
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
  startPerf,
  stopPerf,
  bufferUserTiming,
  bufferResourceTiming,
  setResourceTimingBufferSize,
  setDispatchBufferFull,
};
