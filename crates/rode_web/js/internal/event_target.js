'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.
// Event, CustomEvent, EventTarget and NodeEventTarget: the WHATWG DOM event classes as
// Node 20 has them. There is no tree: every dispatch is at the target (eventPhase 2), and
// capture/bubbles/composed are recorded but change nothing.
//
// Node's behaviour is kept where it differs from the DOM standard, because programs
// written for Node see it:
//  - a listener that throws does not stop the others; the error is rethrown from a
//    process.nextTick callback (an uncaught exception), and a listener's rejected promise
//    is reported the same way;
//  - listeners live in a linked list per type, so one added during a dispatch, after the
//    one running, is called by that dispatch;
//  - handleEvent objects are called through an async wrapper (their errors arrive late);
//  - removeEventListener(type, fn, true) removes the non-capture listener (only
//    `{ capture: true }` means capture);
//  - after the first listener has run, currentTarget/eventPhase/composedPath() read as
//    if the dispatch were over;
//  - preventDefault() works in passive listeners.
// NodeEventTarget adds Node's EventEmitter-like methods (on/once/emit/...), with
// "Node-style" listeners that receive the emitted value rather than an Event.

const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const { hrtimeMs } = internalBinding('timers');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kEvents = Symbol('kEvents');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');

const kType = Symbol('type');
const kTimestamp = Symbol('timestamp');
// An Event's booleans, as bits of one number (fewer properties to create per event).
const kFlags = Symbol('flags');
const CANCELABLE = 1;
const BUBBLES = 2;
const COMPOSED = 4;
const DEFAULT_PREVENTED = 8;
const PROPAGATION_STOPPED = 16;
const STOP_IMMEDIATE = 32;
const TRUSTED = 64;
const DISPATCHING = 128;
const kDetail = Symbol('detail');

const kEmptyObject = Object.freeze({ __proto__: null });
const ReflectApply = Reflect.apply;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// The options util.inspect passes to a custom inspector, one level deeper.
function innerInspectOptions(options) {
  return Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
}

// ---------------------------------------------------------------------------
// Event

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(self) {
  if (!isEvent(self)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('Event');
}

class Event {
  constructor(type, options = null) {
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type');
    require('internal/validators').validateObject(options, 'options', require('internal/validators').kValidateObjectAllowNullable);
    let flags = 0;
    if (options !== null) {
      if (options.cancelable) flags |= CANCELABLE;
      if (options.bubbles) flags |= BUBBLES;
      if (options.composed) flags |= COMPOSED;
      if (options[kTrustEvent] === true) flags |= TRUSTED;
    }
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kFlags] = flags;
    this[kTimestamp] = hrtimeMs();
  }

  // Legacy: re-initializes an event that is not being dispatched.
  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type');
    if (this[kFlags] & DISPATCHING) return;
    this[kType] = `${type}`;
    this[kFlags] = (this[kFlags] & ~(BUBBLES | CANCELABLE)) |
      (bubbles ? BUBBLES : 0) | (cancelable ? CANCELABLE : 0);
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: (this[kFlags] & DEFAULT_PREVENTED) !== 0,
      cancelable: (this[kFlags] & CANCELABLE) !== 0,
      timeStamp: this[kTimestamp],
    }, innerInspectOptions(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    // Sets both the "stop propagation" and the "stop immediate propagation" flags.
    this.stopPropagation();
    this[kFlags] |= STOP_IMMEDIATE;
  }

  preventDefault() {
    checkEvent(this);
    this[kFlags] |= DEFAULT_PREVENTED;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kFlags] & DISPATCHING ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return (this[kFlags] & CANCELABLE) !== 0;
  }

  get defaultPrevented() {
    checkEvent(this);
    return (this[kFlags] & (CANCELABLE | DEFAULT_PREVENTED)) === (CANCELABLE | DEFAULT_PREVENTED);
  }

  get timeStamp() {
    checkEvent(this);
    return this[kTimestamp];
  }

  composedPath() {
    checkEvent(this);
    return this[kFlags] & DISPATCHING ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return (this[kFlags] & (CANCELABLE | DEFAULT_PREVENTED)) !== (CANCELABLE | DEFAULT_PREVENTED);
  }

  get bubbles() {
    checkEvent(this);
    return (this[kFlags] & BUBBLES) !== 0;
  }

  get composed() {
    checkEvent(this);
    return (this[kFlags] & COMPOSED) !== 0;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kFlags] & DISPATCHING ? 2 : 0; // AT_TARGET : NONE
  }

  get cancelBubble() {
    checkEvent(this);
    return (this[kFlags] & PROPAGATION_STOPPED) !== 0;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.stopPropagation();
  }

  stopPropagation() {
    checkEvent(this);
    this[kFlags] |= PROPAGATION_STOPPED;
  }

  // True only for events Node itself dispatches (AbortSignal's 'abort').
  get isTrusted() {
    return ((this?.[kFlags] ?? 0) & TRUSTED) !== 0;
  }
}

{
  const enumerable = { __proto__: null, enumerable: true };
  const props = { __proto__: null };
  for (const key of Object.getOwnPropertyNames(Event.prototype)) {
    if (key !== 'constructor') props[key] = enumerable;
  }
  props.isTrusted = { __proto__: null, enumerable: true, configurable: false };
  props[Symbol.toStringTag] = {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
  };
  Object.defineProperties(Event.prototype, props);
  const phases = [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]];
  for (const [name, value] of phases) {
    Object.defineProperty(Event, name, {
      __proto__: null, value, writable: false, enumerable: true, configurable: false,
    });
  }
}

function isCustomEvent(value) {
  return isEvent(value) && kDetail in value;
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('CustomEvent');
    return this[kDetail];
  }
}

Object.defineProperties(CustomEvent.prototype, {
  detail: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
  },
});

// The event NodeEventTarget#emit() makes for listeners that want an Event.
class NodeCustomEvent extends Event {
  constructor(type, options) {
    super(type, options);
    if (options?.detail) this.detail = options.detail;
  }
}

// ---------------------------------------------------------------------------
// Listeners: per type, a linked list that starts at a root { size, next,
// resistStopPropagation }.

// Weak listeners (options[kWeakHandler] = an owner object): the list holds the function
// through a WeakRef, the owner keeps it alive (a WeakMap of owner -> functions), and a
// FinalizationRegistry unlinks it once it is gone. Used for the abort listener behind `addEventListener(..., { signal })`, so
// a long-lived signal does not keep every target alive.
let weakRegistry = null;
let weakRetainers = null;
function weakListeners() {
  if (weakRegistry === null) {
    weakRegistry = new FinalizationRegistry((listener) => listener.remove());
    weakRetainers = new WeakMap();
  }
  return { registry: weakRegistry, retainers: weakRetainers };
}

// A listener object is called through this wrapper: handleEvent is looked up at each
// call, and an error from it is reported asynchronously (as in Node).
function makeHandleEventCaller(listener) {
  return async function(...args) {
    const handleEvent = listener.handleEvent;
    if (handleEvent) {
      if (typeof handleEvent !== 'function') {
        throw new TypeError(`Function.prototype.apply was called on ${describe(handleEvent)}, ` +
                            `which is ${typeArticle(handleEvent)} and not a function`);
      }
      await Reflect.apply(handleEvent, listener, args);
    }
  };
}

function describe(value) {
  return require('internal/structured_clone').describeValue(value);
}

function typeArticle(value) {
  if (value === null) return 'null';
  const t = typeof value;
  return t === 'object' ? 'an object' : `a ${t}`;
}

class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture, passive,
              isNodeStyleListener, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);

    if (this.weak) {
      const { registry, retainers } = weakListeners();
      this.callback = new WeakRef(listener);
      this.owner = new WeakRef(weak);
      registry.register(listener, this, this);
      let retained = retainers.get(weak);
      if (retained === undefined) {
        retained = new Set();
        retainers.set(weak, retained);
      }
      retained.add(listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      this.callback = makeHandleEventCaller(listener);
    }
  }

  // The listener as the program gave it.
  get userListener() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.userListener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) {
      const { registry, retainers } = weakListeners();
      registry.unregister(this);
      const owner = this.owner.deref();
      if (owner !== undefined) retainers.get(owner)?.delete(this.callback.deref());
    }
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] === true;
}

// A listener is a function or an object (whose handleEvent is looked up when called).
// null/undefined are allowed and do nothing; anything else is an error.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  require('internal/validators').validateObject(options, 'options', require('internal/validators').kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// WebIDL DOMString conversion: anything but a symbol.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('value', value);
  return `${value}`;
}

// A listener's error becomes an uncaught exception, after the dispatch.
function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    ReflectApply(then, promise, [undefined, emitUncaughtException]);
  }
}

class EventTarget {
  // How isEventTarget() recognizes EventTargets, across realms too.
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Called after a listener was added: the max-listeners leak warning.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      // A warning: no error code.
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners ` +
                          `added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use ` +
                          'events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventTarget');
    if (arguments.length < 2) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type', 'listener');

    // The options' getters run before the listener is checked (as the standard says).
    const {
      once,
      capture,
      passive,
      signal,
      isNodeStyleListener,
      weak,
      resistStopPropagation,
    } = validateEventListenerOptions(options);

    require('internal/validators').validateAbortSignal(signal, 'options.signal');

    if (!validateEventListener(listener)) {
      // The DOM accepts null/undefined silently; Node warns.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(this, type, root, listener, once, capture, passive,
                   isNodeStyleListener, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // Already there.

    new Listener(this, type, previous, listener, once, capture, passive,
                 isNodeStyleListener, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventTarget');
    if (arguments.length < 2) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    // As in Node: only `{ capture: true }` selects the capture listener.
    const capture = options?.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventTarget');
    if (arguments.length < 1) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('event');
    if (!(event instanceof Event)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('event', 'Event', event);
    if (event[kFlags] & DISPATCHING) throw new (require('internal/errors').codes.ERR_EVENT_RECURSION)(event.type);

    this[kHybridDispatch](event, event.type, event);

    return event.defaultPrevented !== true;
  }

  // Calls the `type` listeners: Node-style ones with `nodeValue`, the others with `event`
  // (made by kCreateEvent when not given).
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kFlags] |= DISPATCHING;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kFlags] &= ~DISPATCHING;
      return true;
    }

    let handler = root.next;
    let next;

    while (handler !== undefined &&
           (root.resistStopPropagation || handler.passive ||
            event === undefined || (event[kFlags] & STOP_IMMEDIATE) === 0)) {
      // Kept before the call: the listener may remove itself.
      next = handler.next;

      if (handler.removed ||
          (event !== undefined && (event[kFlags] & STOP_IMMEDIATE) !== 0 &&
           !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      // Read before remove(): a weak listener may lose its last strong reference there.
      const callback = handler.weak ? handler.callback.deref() : handler.callback;
      if (handler.once) {
        handler.remove();
        root.size--;
        this[kRemoveListener](root.size, type, handler.listener, handler.capture);
      }

      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kFlags] |= DISPATCHING;
          }
          arg = event;
        }
        if (callback !== undefined) {
          const result = ReflectApply(callback, this, [arg]);
          // Node's quirk: after the first listener, the event reads as not dispatching.
          if (!handler.isNodeStyleListener) arg[kFlags] &= ~DISPATCHING;
          if (result !== undefined && result !== null) addCatch(result);
        }
      } catch (err) {
        emitUncaughtException(err);
      }

      handler = next;
    }

    if (event !== undefined) event[kFlags] &= ~DISPATCHING;
  }

  [kCreateEvent](nodeValue, type) {
    return new NodeCustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, innerInspectOptions(options))}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: { __proto__: null, enumerable: true },
  removeEventListener: { __proto__: null, enumerable: true },
  dispatchEvent: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

// ---------------------------------------------------------------------------
// NodeEventTarget

function initNodeEventTarget(self) {
  initEventTarget(self);
}

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    require('internal/validators').validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

{
  const enumerable = { __proto__: null, enumerable: true };
  const props = { __proto__: null };
  for (const key of Object.getOwnPropertyNames(NodeEventTarget.prototype)) {
    if (key !== 'constructor') props[key] = enumerable;
  }
  Object.defineProperties(NodeEventTarget.prototype, props);
}

// ---------------------------------------------------------------------------
// Event handler attributes (onabort, onmessage, ...).

// The function registered for an `on<event>` attribute: it stays in its place in the
// list while the attribute changes, and calls whatever the attribute holds.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function isRegistered(target, type, listener) {
  let handler = target[kEvents].get(type)?.next;
  while (handler !== undefined) {
    if (handler.listener === listener) return true;
    handler = handler.next;
  }
  return false;
}

// Defines the `on<name>` accessor on `emitter` (a prototype) for the `event` type.
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    require('internal/validators').validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers].get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    require('internal/validators').validateInternalField(this, kHandlers, 'EventTarget');
    let wrappedHandler = this[kHandlers].get(event);
    // removeAllListeners() may have dropped it: then it is added again.
    if (wrappedHandler && isRegistered(this, event, wrappedHandler)) {
      const root = this[kEvents].get(event);
      if (typeof wrappedHandler.handler === 'function' && root !== undefined) {
        root.size--;
        this[kRemoveListener](root.size, event, wrappedHandler.handler, false);
      }
      wrappedHandler.handler = value;
      if (typeof value === 'function' && root !== undefined) {
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrappedHandler = makeEventHandler(value);
      this.addEventListener(event, wrappedHandler);
    }
    this[kHandlers].set(event, wrappedHandler);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  Object.defineProperty(emitter, propName, {
    __proto__: null,
    get,
    set,
    configurable: true,
    enumerable: true,
  });
}

// The listeners of `type` (for events.getEventListeners()).
function getEventListeners(target, type) {
  const root = target[kEvents]?.get(type);
  const listeners = [];
  let handler = root?.next;
  while (handler !== undefined) {
    const listener = handler.userListener;
    if (listener !== undefined) listeners.push(listener);
    handler = handler.next;
  }
  return listeners;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getEventListeners,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
