'use strict';
// AbortController and AbortSignal as Node 20 has them.
//
// - abort() dispatches a trusted 'abort' Event on the signal, then aborts the signals made
//   from it by AbortSignal.any() (Node's order: the standard marks them aborted first).
// - AbortSignal.timeout(ms) uses an unref'd timer: it does not keep the process alive.
// - A signal from any() holds its sources; they (and a timeout's timer) hold it weakly. A
//   timeout or any() signal with an 'abort' listener is kept alive until it aborts or
//   loses its listeners (as in Node).

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignalArray,
  validateUint32,
} = require('internal/validators');
const {
  EventTarget,
  Event,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/domexception');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kSelfRef = Symbol('kSelfRef');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function customInspect(self, obj, depth, options) {
  // Past the depth: util.inspect shows `[AbortSignal]`.
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// Timeout and composite signals with 'abort' listeners: kept alive until they abort.
const persistentSignals = new Set();

// A timeout signal that was collected needs no timer.
let clearTimeoutRegistry;
function timeoutRegistry() {
  clearTimeoutRegistry ??= new FinalizationRegistry((timer) => lazyTimers().clearTimeout(timer));
  return clearTimeoutRegistry;
}

let dependantsCleanup;
function dependantsRegistry() {
  dependantsCleanup ??= new FinalizationRegistry(forgetDependant);
  return dependantsCleanup;
}

function forgetDependant({ ref, sources }) {
  for (const source of sources) source[kDependantSignals]?.delete(ref);
}

let timers;
function lazyTimers() {
  timers ??= require('timers');
  return timers;
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, options = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = options || {};
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    const ref = new WeakRef(signal);
    const timer = lazyTimers().setTimeout(() => {
      const target = ref.deref();
      if (target === undefined) return;
      persistentSignals.delete(target);
      abortSignal(target, new DOMException('The operation was aborted due to timeout',
                                           'TimeoutError'));
    }, delay);
    timer.unref();
    timeoutRegistry().register(signal, timer);
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!signals.length) return result;
    const resultRef = new WeakRef(result);
    // The new signal holds its sources; they hold it weakly.
    result[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      if (!signal[kComposite]) {
        result[kSourceSignals].add(signal);
        (signal[kDependantSignals] ??= new Set()).add(resultRef);
      } else if (signal[kSourceSignals] !== undefined) {
        // A composite signal's sources feed the new one directly.
        for (const source of signal[kSourceSignals]) {
          result[kSourceSignals].add(source);
          (source[kDependantSignals] ??= new Set()).add(resultRef);
        }
      }
    }
    if (result[kSourceSignals].size > 0) {
      // Once the new signal is gone or aborted, its sources forget it.
      result[kSelfRef] = resultRef;
      dependantsRegistry().register(result, { ref: resultRef, sources: result[kSourceSignals] },
                                    resultRef);
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size === 1 && !weak && !this[kAborted] && isPersistable(this)) {
      persistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) persistentSignals.delete(this);
  }
}

function isPersistable(signal) {
  return signal[kTimeout] === true ||
    (signal[kComposite] === true && signal[kSourceSignals]?.size > 0);
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
  },
});
defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  persistentSignals.delete(signal);
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const selfRef = signal[kSelfRef];
  if (selfRef !== undefined) {
    signal[kSelfRef] = undefined;
    dependantsRegistry().unregister(selfRef);
    forgetDependant({ ref: selfRef, sources: signal[kSourceSignals] });
    signal[kSourceSignals] = undefined;
  }
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    signal[kDependantSignals] = undefined;
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kDontThrowSymbol);
  }

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
  },
});

// An AbortSignal for internal use; options: { aborted, reason }.
function newAbortSignal(options) {
  return new AbortSignal(kDontThrowSymbol, options);
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  newAbortSignal,
};
