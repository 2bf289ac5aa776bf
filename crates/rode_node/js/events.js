'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.
// node:events — EventEmitter and its helpers (once, on, getEventListeners, …).
//
// Listener storage follows Node's, because programs and libraries look at it:
// `_events` is a null-prototype object mapping an event name to either one
// listener function or an array of them; `_eventsCount` counts the names.
// emit() calls a copy of the array, so listeners added or removed during an
// emit take effect from the next one.
//
// emit() runs for every chunk of every stream: keep its path short.


const kRejection = Symbol.for('nodejs.rejection');
const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kEmptyObject = Object.freeze({ __proto__: null });

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) {
    try {
      inspectFn = require('internal/util/inspect').inspect;
    } catch {
      inspectFn = require('util').inspect;
    }
  }
  return inspectFn(value, options);
}

function emitWarning(warning) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function')
    process.emitWarning(warning);
}

// EventTarget support comes from the web-platform side when it is there.
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) {
    try {
      eventTargetModule = require('internal/event_target');
    } catch {
      eventTargetModule = null;
    }
  }
  return eventTargetModule;
}

function isEventTarget(obj) {
  const mod = lazyEventTarget();
  if (mod && typeof mod.isEventTarget === 'function') return mod.isEventTarget(obj);
  return typeof EventTarget === 'function' && obj instanceof EventTarget;
}

// Options for addEventListener: `once`, and Node's "stopImmediatePropagation
// cannot stop this one" flag when the EventTarget implementation has it.
// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
// Backwards-compat with node 0.10.x
EventEmitter.EventEmitter = EventEmitter;

EventEmitter.usingDomains = false;

EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    require('internal/validators').validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

// captureRejections is off unless asked for.
Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// More listeners than this for one event prints a leak warning.
let defaultMaxListeners = 10;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get: function() {
    return defaultMaxListeners;
  },
  set: function(arg) {
    require('internal/validators').validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  },
});

// events.setMaxListeners(n, ...targets): with no targets, sets the default.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  require('internal/validators').validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // A subclass prepared its own _events: keep its keys (see removeListener).
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    require('internal/validators').validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // An own property: reading it in emit() skips a prototype walk.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// captureRejections: a listener returned a promise; route its rejection to
// Symbol.for('nodejs.rejection') or the 'error' event.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then; // May be a getter that throws.
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        // On the next tick, so that the rejection handler is not itself rejected.
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Without this, an 'error' listener returning a rejected promise would loop.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  require('internal/validators').validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

function stackFrames(stack) {
  if (typeof stack !== 'string') return [];
  const lines = stack.split('\n');
  let first = 0;
  while (first < lines.length && !lines[first].startsWith('    at ')) first++;
  let end = lines.length;
  while (end > first && lines[end - 1] === '') end--;
  return lines.slice(first, end);
}

// The longest run (over 3 lines) of `a` that also appears in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest > 3) {
      let len = 1;
      const maxLen = Math.min(a.length - i, rest);
      while (maxLen > len && a[i + len] === b[pos + len]) len++;
      if (len > 3) return { len, offset: i };
    }
  }
  return { len: 0, offset: 0 };
}

// For an unhandled 'error' event: the error's stack, then where it was emitted.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // Continue regardless of error.
  }
  const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;
  const errStack = stackFrames(err.stack);
  const ownStack = stackFrames(own.stack);
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) {
    ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  let stack = String(err.stack);
  if (stack.endsWith('\n')) stack = stack.slice(0, -1);
  return stack + sep + ownStack.join('\n');
}

// The whole of emit in JS; the native emit (below) calls it for 'error' and odd cases.
const emitJs = function emit(type, ...args) {
  let doError = (type === 'error');

  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      try {
        const capture = {};
        Error.captureStackTrace(capture, EventEmitter.prototype.emit);
        Object.defineProperty(er, require('internal/errors').kEnhanceStackBeforeInspector, {
          __proto__: null,
          value: enhanceStackTrace.bind(this, er, capture),
          configurable: true,
        });
      } catch {
        // Continue regardless of error.
      }
      throw er; // Unhandled 'error' event
    }

    let stringifiedEr;
    try {
      stringifiedEr = inspect(er);
    } catch {
      stringifiedEr = er;
    }
    // At least give some kind of context to the user.
    const err = new (require('internal/errors').codes.ERR_UNHANDLED_ERROR)(stringifiedEr);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;

  // (`f.call(this, x)` is cheaper than `f.apply(this, args)` for the common single argument.)
  const one = args.length === 1;
  if (typeof handler === 'function') {
    const result = one ? handler.call(this, args[0]) : handler.apply(this, args);
    // Most listeners return undefined: test that first.
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else if (handler.length === 2) {
    // Two listeners, without copying the list: both are read before either runs, which is
    // what the copy is for.
    const first = handler[0];
    const second = handler[1];
    let result = one ? first.call(this, args[0]) : first.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
    result = one ? second.call(this, args[0]) : second.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const len = handler.length;
    const listeners = arrayClone(handler);
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// emit itself: native for an object emitter, a non-'error' event and Node's listener storage
// (src/events.rs), with emitJs for the rest.
EventEmitter.prototype.emit = internalBinding('events').makeEmit(emitJs, addCatch);

function _addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') require('internal/validators').validateFunction(listener, 'listener');

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // Emit 'newListener' before adding, so a 'newListener' listener does not
    // see itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    // One listener is stored as the function itself.
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }

    // Leak check.
    const m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = require('internal/errors').genericNodeError(
        `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} ` +
        `listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. ` +
        'Use emitter.setMaxListeners() to increase limit',
        { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
      emitWarning(w);
    }
  }

  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// Bound to { fired, wrapFn, target, type, listener }.
function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, args);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') require('internal/validators').validateFunction(listener, 'listener');
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') require('internal/validators').validateFunction(listener, 'listener');
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

function hasEventListener(self, type) {
  if (type === undefined) return self._events !== undefined;
  return self._events !== undefined && self._events[type] !== undefined;
}

// Remove list[index] in place.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') require('internal/validators').validateFunction(listener, 'listener');

  if (!hasEventListener(this, type)) return this;

  const events = this._events;
  const list = events[type];

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) list.shift();
    else spliceOne(list, position);

    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }

  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (!hasEventListener(this)) return this;
  const events = this._events;

  // Nobody listens for 'removeListener': no events to emit.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Emit 'removeListener' for every listener, 'removeListener' ones last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last added is removed first.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  if (!hasEventListener(target, type)) return [];
  const evlistener = target._events[type];
  if (typeof evlistener === 'function')
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
}

// A copy of the listeners, once() wrappers replaced by the original functions.
EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

// A copy of the listeners, once() wrappers included.
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

// Deprecated static form: EventEmitter.listenerCount(emitter, type).
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.listenerCount = listenerCount;

// The number of listeners for `type` (only those equal to `listener`, if given).
function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null)
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
  }
  return arr.slice();
}

function unwrapListeners(arr) {
  const ret = arrayClone(arr);
  for (let i = 0; i < ret.length; ++i) {
    const orig = ret[i].listener;
    if (typeof orig === 'function') ret[i] = orig;
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Module-level helpers

// Listeners of an EventEmitter or an EventTarget.
function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const mod = lazyEventTarget();
    if (mod && typeof mod.getEventListeners === 'function')
      return mod.getEventListeners(emitterOrTarget, type);
    if (mod && mod.kEvents !== undefined) {
      // Node's layout: a Map of type -> linked list of handlers.
      const root = emitterOrTarget[mod.kEvents].get(type);
      const listeners = [];
      let handler = root?.next;
      while (handler?.listener !== undefined) {
        const listener = handler.listener?.deref ? handler.listener.deref() : handler.listener;
        listeners.push(listener);
        handler = handler.next;
      }
      return listeners;
    }
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('events.getEventListeners() for an EventTarget');
  }
  throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  } else if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  } else if (emitterOrTarget != null && isEventTarget(emitterOrTarget) &&
             emitterOrTarget[kMaxEventTargetListeners] === undefined) {
    // An EventTarget that never had a limit set has the default.
    return defaultMaxListeners;
  }
  throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// once, on and addAbortListener live in internal/events/iterators, loaded on first use.
async function once(emitter, name, options = kEmptyObject) {
  return require('internal/events/iterators').once(emitter, name, options);
}

function on(emitter, event, options = kEmptyObject) {
  return require('internal/events/iterators').on(emitter, event, options);
}

function addAbortListener(signal, listener) {
  return require('internal/events/iterators').addAbortListener(signal, listener);
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource: an EventEmitter whose listeners run in the async
// context it was created in. Needs async_hooks' AsyncResource.

function lazyAsyncResource() {
  let AsyncResource;
  try {
    AsyncResource = require('async_hooks').AsyncResource;
  } catch {
    // Reported below.
  }
  if (typeof AsyncResource !== 'function')
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('events.EventEmitterAsyncResource');
  return AsyncResource;
}

function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;

  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');
  let EventEmitterReferencingAsyncResource;

  function referencingClass() {
    if (EventEmitterReferencingAsyncResource === undefined) {
      EventEmitterReferencingAsyncResource = class EventEmitterReferencingAsyncResource
        extends lazyAsyncResource() {
        constructor(ee, type, options) {
          super(type, options);
          this[kEventEmitter] = ee;
        }

        get eventEmitter() {
          if (this[kEventEmitter] === undefined)
            throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventEmitterReferencingAsyncResource');
          return this[kEventEmitter];
        }
      };
    }
    return EventEmitterReferencingAsyncResource;
  }

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      const Referencing = referencingClass();
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          require('internal/validators').validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new Referencing(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined)
        throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      const { asyncResource } = this;
      return asyncResource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined)
        throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      if (this[kAsyncResource] === undefined)
        throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined)
        throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined)
        throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      return this[kAsyncResource];
    }
  };
  return EventEmitterAsyncResource;
}
