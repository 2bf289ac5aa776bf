'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.
// PerformanceEntry (not constructible by users) and Node's PerformanceNodeEntry, the class
// of 'function', 'gc', 'http', … entries, which adds `detail`.

// A brand check (used by performance too) that loads internal/validators only to throw.
function validateInternalField(obj, key, name) {
  if (obj === null || typeof obj !== 'object' || !(key in obj)) {
    require('internal/validators').validateInternalField(obj, key, name);
  }
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEnumerableProperty = { __proto__: null, enumerable: true };

const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('NodePerformanceEntry.Detail');
const kSkipThrow = Symbol('kSkipThrow');

function isPerformanceEntry(obj) {
  return obj?.[kName] !== undefined;
}

// `ClassName { …toJSON() }`, one level deeper, as Node prints entries.
function inspectAs(name, value, depth, options) {
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(value, opts)}`;
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    validateInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs(this.constructor.name, this.toJSON(), depth, options);
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
Object.defineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

function createPerformanceEntry(name, type, start, duration) {
  return new PerformanceEntry(kSkipThrow, name, type, start, duration);
}

class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    validateInternalField(this, kDetail, 'NodePerformanceEntry');
    return this[kDetail];
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

module.exports = {
  validateInternalField,
  PerformanceEntry,
  PerformanceNodeEntry,
  createPerformanceEntry,
  createPerformanceNodeEntry,
  isPerformanceEntry,
  inspectAs,
  kEnumerableProperty,
  kInspect,
  kSkipThrow,
};
