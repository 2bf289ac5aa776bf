'use strict';
// node:async_hooks — AsyncLocalStorage and AsyncResource over the async context frame
// (internal/async_context_frame): a frame is an immutable Map of storage → store that
// follows timers, immediates, nextTick, promise reactions and native callbacks.
// createHook (the low-level resource hooks) is not provided: it throws ERR_NOT_IMPLEMENTED.

function frames() {
  const f = require('internal/async_context_frame');
  f.enable();
  return f;
}

// Runs `fn` with `thisArg` and `args` inside `frame`, then restores the current one.
function runInFrame(frame, fn, thisArg, args) {
  const f = frames();
  const prev = f.getFrame();
  f.setFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    f.setFrame(prev);
  }
}

function errors() {
  return require('internal/errors');
}

class AsyncLocalStorage {
  #enabled = true;

  constructor() {
    frames();
  }

  static bind(fn) {
    require('internal/validators').validateFunction(fn, 'fn');
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = frames().getFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    this.#enabled = false;
    const f = frames();
    const frame = f.getFrame();
    if (frame !== undefined && frame.has(this)) {
      const next = new Map(frame);
      next.delete(this);
      f.setFrame(next.size ? next : undefined);
    }
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const frame = frames().getFrame();
    return frame === undefined ? undefined : frame.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    const f = frames();
    const next = new Map(f.getFrame());
    next.set(this, store);
    f.setFrame(next);
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const next = new Map(frames().getFrame());
    next.set(this, store);
    return runInFrame(next, callback, null, args);
  }

  exit(callback, ...args) {
    const f = frames();
    const prev = f.getFrame();
    if (prev === undefined || !prev.has(this)) return Reflect.apply(callback, null, args);
    const next = new Map(prev);
    next.delete(this);
    return runInFrame(next.size ? next : undefined, callback, null, args);
  }
}

let warnedAsyncResource = false;
function warnAsyncResource() {
  if (warnedAsyncResource) return;
  warnedAsyncResource = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated',
    'DeprecationWarning', 'DEP0172');
}

let asyncIdCounter = 1;
const kFrame = Symbol('kFrame');
const kAsyncId = Symbol('asyncId');
const kTriggerAsyncId = Symbol('triggerAsyncId');

class AsyncResource {
  constructor(type, opts = {}) {
    require('internal/validators').validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new (errors().codes.ERR_INVALID_ASYNC_ID)('triggerAsyncId', triggerAsyncId);
    }
    this[kFrame] = frames().getFrame();
    this[kAsyncId] = ++asyncIdCounter;
    this[kTriggerAsyncId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInFrame(this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    require('internal/validators').validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      'length': { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      'asyncResource': {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() {
          warnAsyncResource();
          return self;
        },
        set(val) {
          warnAsyncResource();
          self = val;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

function executionAsyncId() {
  return 1;
}

function triggerAsyncId() {
  return 0;
}

function executionAsyncResource() {
  return {};
}

function createHook() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('async_hooks.createHook()');
}

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19,
  JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24,
  PROCESSWRAP: 25, PROMISE: 26, QUERYWRAP: 27, SHUTDOWNWRAP: 28, SIGNALWRAP: 29,
  STATWATCHER: 30, STREAMPIPE: 31, TCPCONNECTWRAP: 32, TCPSERVERWRAP: 33, TCPWRAP: 34,
  TTYWRAP: 35, UDPSENDWRAP: 36, UDPWRAP: 37, SIGINTWATCHDOG: 38, WORKER: 39,
  WORKERHEAPSNAPSHOT: 40, WRITEWRAP: 41, ZLIB: 42,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
