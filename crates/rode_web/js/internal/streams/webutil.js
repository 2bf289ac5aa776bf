'use strict';
// Shared pieces of the WHATWG Streams implementation (https://streams.spec.whatwg.org):
// the internal-slot key, promises the algorithms settle by hand, the queue-with-sizes
// operations, strategy extraction, callback wrapping, and the inspect/property helpers.
//
// Every stream object keeps its internal slots in one plain object under `kState`; the
// object's `kind` field is the brand checked by the public methods.

const kState = Symbol('kState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Shared with node:stream (internal/streams/utils), which reads them from web streams.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');

function errors() {
  return require('internal/errors');
}

function codes() {
  return require('internal/errors').codes;
}

// The error's stack starts at the caller, as if the error were made there.
function invalidState(message) {
  const e = errors();
  return e.trimStack(new e.codes.ERR_INVALID_STATE.TypeError(message), invalidState);
}

function invalidThis(name) {
  const e = errors();
  return e.trimStack(new e.codes.ERR_INVALID_THIS(name), invalidThis);
}

function isKind(value, kind) {
  return value != null && value[kState] !== undefined && value[kState].kind === kind;
}

// A promise with its settle functions and whether it is still pending (the spec asks
// "is [[PromiseState]] pending" of writer promises).
class Deferred {
  constructor() {
    const { promise, resolve, reject } = Promise.withResolvers();
    this.promise = promise;
    this.pending = true;
    this.res = resolve;
    this.rej = reject;
  }

  resolve(value) {
    if (!this.pending) return;
    this.pending = false;
    this.res(value);
  }

  reject(reason) {
    if (!this.pending) return;
    this.pending = false;
    this.rej(reason);
  }
}

function noop() {}

// The same holder shape as Deferred for a promise that is already settled.
function settledResolved(value) {
  return { promise: Promise.resolve(value), pending: false, resolve: noop, reject: noop };
}

function settledRejected(reason) {
  const promise = Promise.reject(reason);
  promise.then(undefined, noop);
  return { promise, pending: false, resolve: noop, reject: noop };
}

// Marks a promise as handled: its rejection is not reported as unhandled.
function setPromiseHandled(promise) {
  promise.then(noop, noop);
}

// A FIFO whose shift() does not move the remaining items (QuickJS's Array#shift does).
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  peek() {
    return this.items[this.head];
  }

  shift() {
    const items = this.items;
    const item = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  // Removes and returns all items, leaving the queue empty.
  drain() {
    const out = this.head === 0 ? this.items : this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return out;
  }
}

// Queue-with-sizes (spec "Queue-with-sizes"), on a controller's state.
function dequeueValue(state) {
  const pair = state.queue.shift();
  state.queueTotalSize -= pair.size;
  if (state.queueTotalSize < 0) state.queueTotalSize = 0;
  return pair.value;
}

function enqueueValueWithSize(state, value, size) {
  size = +size;
  if (!(size >= 0) || size === Infinity) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('size', size);
  }
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

function peekQueueValue(state) {
  return state.queue.peek().value;
}

function resetQueue(state) {
  state.queue = new Queue();
  state.queueTotalSize = 0;
}

function extractHighWaterMark(value, defaultValue) {
  if (value === undefined) return defaultValue;
  value = +value;
  if (Number.isNaN(value) || value < 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('strategy.highWaterMark', value);
  }
  return value;
}

function countSize() {
  return 1;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return countSize;
  require('internal/validators').validateFunction(size, 'strategy.size');
  return size;
}

// A promise for a callback's result, settled as an async function returning it would be:
// a thenable is adopted (two microtasks later), anything else fulfills it at once.
const kResolvedUndefined = Promise.resolve();

function promiseFor(result) {
  if (result === undefined) return kResolvedUndefined;
  if ((typeof result === 'object' && result !== null) || typeof result === 'function') {
    return new Promise((resolve) => resolve(result));
  }
  return Promise.resolve(result);
}

// "Invoke a callback function" whose result is a promise (WebIDL): a synchronous throw
// becomes a rejection. `arity` is how many arguments the algorithm passes on.
function promiseCallback(name, fn, thisArg, arity) {
  require('internal/validators').validateFunction(fn, name);
  switch (arity) {
    case 0:
      return function() {
        try {
          return promiseFor(Reflect.apply(fn, thisArg, []));
        } catch (error) {
          return Promise.reject(error);
        }
      };
    case 1:
      return function(a) {
        try {
          return promiseFor(Reflect.apply(fn, thisArg, [a]));
        } catch (error) {
          return Promise.reject(error);
        }
      };
    default:
      return function(a, b) {
        try {
          return promiseFor(Reflect.apply(fn, thisArg, [a, b]));
        } catch (error) {
          return Promise.reject(error);
        }
      };
  }
}

// An underlying source's/sink's start(), called synchronously with the controller.
function startCallback(fn, thisArg) {
  if (typeof fn !== 'function') throw new TypeError('Bind must be called on a function');
  return (controller) => Reflect.apply(fn, thisArg, [controller]);
}

function resolvedUndefined() {
  return kResolvedUndefined;
}

function returnUndefined() {}

let lazyInspect;
// Node's shape for the classes: `Name { field: value, ... }`, one level deeper.
function customInspect(depth, options, name, data) {
  if (depth < 0) return undefined;
  lazyInspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${lazyInspect(data, opts)}`;
}

// Public methods and accessors are enumerable, and the prototype has a non-writable,
// configurable Symbol.toStringTag, as WebIDL interfaces do.
function defineInterface(cls, names, tag = true) {
  const proto = cls.prototype;
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
  if (tag) {
    Object.defineProperty(proto, Symbol.toStringTag, {
      __proto__: null, value: cls.name, writable: false, enumerable: false, configurable: true,
    });
  }
}

function isDetached(buffer) {
  return buffer.detached === true;
}

function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer !== 'function' || buffer.detached) {
    throw new (codes().ERR_OPERATION_FAILED.TypeError)('The ArrayBuffer could not be transferred');
  }
  return buffer.transfer();
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isDataView(value) {
  return value instanceof DataView;
}

module.exports = {
  kState,
  kInspect,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  errors,
  codes,
  invalidState,
  invalidThis,
  isKind,
  Deferred,
  noop,
  settledResolved,
  settledRejected,
  setPromiseHandled,
  Queue,
  dequeueValue,
  enqueueValueWithSize,
  peekQueueValue,
  resetQueue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  countSize,
  promiseCallback,
  startCallback,
  resolvedUndefined,
  returnUndefined,
  customInspect,
  defineInterface,
  isDetached,
  transferArrayBuffer,
  isArrayBufferView,
  isDataView,
};
