'use strict';
// Boots a Node environment: V8-shaped error stacks, the process object, the globals, and
// the functions the native event loop calls. `start(options)` returns those functions.

// First, before anything captures Error.captureStackTrace or creates errors.
require('internal/stack').install();

const { process, setup, napiCleanup } = require('internal/process/object');

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) {
      defineGlobal(name, value, enumerable);
    },
    configurable: true,
    enumerable,
  });
}

function installGlobals() {
  // The engine's own versions of these are replaced below, at their place in Node's order.
  for (const name of ['queueMicrotask', 'atob', 'btoa', 'performance', 'navigator']) delete globalThis[name];
  defineGlobal('global', globalThis, true);
  defineGlobal('process', process);
  // Node's enumerable globals, in Node's order (Object.keys(globalThis) lists them so).
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
    defineLazyGlobal(name, () => require('timers')[name], true);
  }
  const { queueMicrotask } = require('internal/process/task_queues');
  defineGlobal('queueMicrotask', queueMicrotask, true);
  defineLazyGlobal('console', () => {
    const { Console } = require('internal/console/constructor');
    const { consoleStream } = require('internal/process/stdio_access');
    const c = new Console({ stdout: consoleStream(1), stderr: consoleStream(2) });
    // Like Node's global console, bind the streams lazily: process.stdout is only made when
    // the program asks for it.
    Object.defineProperty(c, '_stdout', { get: () => consoleStream(1), configurable: true, enumerable: false });
    Object.defineProperty(c, '_stderr', { get: () => consoleStream(2), configurable: true, enumerable: false });
    c.Console = Console;
    return c;
  });
  defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
  const optional = [
    // [name, module, export, enumerable]. The enumerable ones come first, in Node's order right
    // after queueMicrotask (Object.keys(globalThis) lists them so).
    ['structuredClone', 'internal/structured_clone', 'structuredClone', true],
    ['atob', 'buffer', 'atob', true],
    ['btoa', 'buffer', 'btoa', true],
    ['performance', 'internal/perf/performance', 'performance', true],
    ['fetch', 'internal/fetch/fetch', 'fetch', true],
    ['crypto', 'internal/webcrypto', 'crypto', true],
    ['navigator', 'internal/navigator', 'navigator', true],
    ['Buffer', 'buffer', 'Buffer'],
    ['Blob', 'buffer', 'Blob'],
    ['File', 'buffer', 'File'],
    ['URL', 'internal/url', 'URL'],
    ['URLSearchParams', 'internal/url', 'URLSearchParams'],
    ['EventTarget', 'internal/event_target', 'EventTarget'],
    ['Event', 'internal/event_target', 'Event'],
    ['CustomEvent', 'internal/event_target', 'CustomEvent'],
    ['AbortController', 'internal/abort_controller', 'AbortController'],
    ['AbortSignal', 'internal/abort_controller', 'AbortSignal'],
    ['DOMException', 'internal/domexception', 'DOMException'],
    ['WebAssembly', 'internal/wasm', 'WebAssembly'],
    ['PerformanceEntry', 'internal/perf/performance_entry', 'PerformanceEntry'],
    ['PerformanceMark', 'internal/perf/usertiming', 'PerformanceMark'],
    ['PerformanceMeasure', 'internal/perf/usertiming', 'PerformanceMeasure'],
    ['PerformanceObserver', 'internal/perf/observe', 'PerformanceObserver'],
    ['PerformanceObserverEntryList', 'internal/perf/observe', 'PerformanceObserverEntryList'],
    ['PerformanceResourceTiming', 'internal/perf/resource_timing', 'PerformanceResourceTiming'],
    ['Crypto', 'internal/webcrypto', 'Crypto'],
    ['CryptoKey', 'internal/crypto/webcrypto_keys', 'CryptoKey'],
    ['SubtleCrypto', 'internal/crypto/webcrypto', 'SubtleCrypto'],
    ['MessageChannel', 'internal/messaging', 'MessageChannel'],
    ['MessagePort', 'internal/messaging', 'MessagePort'],
    ['MessageEvent', 'internal/messaging', 'MessageEvent'],
    ['BroadcastChannel', 'internal/messaging', 'BroadcastChannel'],
    // WHATWG streams: the code loads when one of these is first touched.
    ['ReadableStream', 'internal/streams/readablestream', 'ReadableStream'],
    ['ReadableStreamDefaultReader', 'internal/streams/readablestream', 'ReadableStreamDefaultReader'],
    ['ReadableStreamBYOBReader', 'internal/streams/readablestream', 'ReadableStreamBYOBReader'],
    ['ReadableStreamBYOBRequest', 'internal/streams/readablestream', 'ReadableStreamBYOBRequest'],
    ['ReadableByteStreamController', 'internal/streams/readablestream', 'ReadableByteStreamController'],
    ['ReadableStreamDefaultController', 'internal/streams/readablestream', 'ReadableStreamDefaultController'],
    ['TransformStream', 'internal/streams/transformstream', 'TransformStream'],
    ['TransformStreamDefaultController', 'internal/streams/transformstream', 'TransformStreamDefaultController'],
    ['WritableStream', 'internal/streams/writablestream', 'WritableStream'],
    ['WritableStreamDefaultWriter', 'internal/streams/writablestream', 'WritableStreamDefaultWriter'],
    ['WritableStreamDefaultController', 'internal/streams/writablestream', 'WritableStreamDefaultController'],
    ['ByteLengthQueuingStrategy', 'internal/streams/queuingstrategies', 'ByteLengthQueuingStrategy'],
    ['CountQueuingStrategy', 'internal/streams/queuingstrategies', 'CountQueuingStrategy'],
    ['TextEncoderStream', 'internal/streams/encodingstreams', 'TextEncoderStream'],
    ['TextDecoderStream', 'internal/streams/encodingstreams', 'TextDecoderStream'],
    ['CompressionStream', 'internal/streams/compressionstreams', 'CompressionStream'],
    ['DecompressionStream', 'internal/streams/compressionstreams', 'DecompressionStream'],
    // fetch and friends (undici's globals): loaded on first use.
    ['Headers', 'internal/fetch/headers', 'Headers'],
    ['Request', 'internal/fetch/request', 'Request'],
    ['Response', 'internal/fetch/response', 'Response'],
    ['FormData', 'internal/fetch/formdata', 'FormData'],
    ['WebSocket', 'internal/websocket', 'WebSocket'],
    ['Intl', 'internal/intl/index', 'Intl'],
    ['Navigator', 'internal/navigator', 'Navigator'],
  ];
  const { builtinExists, requireBuiltin } = require('internal/bootstrap/realm');
  for (const [name, id, key, enumerable = false] of optional) {
    if (builtinExists(id)) defineLazyGlobal(name, () => requireBuiltin(id)[key], enumerable);
  }
  if (builtinExists('internal/intl/index')) {
    let intl;
    installLocaleMethods(() => intl || (intl = requireBuiltin('internal/intl/index')));
  }
  // Object.prototype.toString.call(process) is '[object process]' (axios tells Node apart
  // by it).
  Object.defineProperty(process, Symbol.toStringTag, {
    __proto__: null, value: 'process', writable: true, enumerable: false, configurable: false,
  });
  const stdio = require('internal/process/stdio_access');
  Object.defineProperty(process, 'stdout', { get: stdio.getStdout, configurable: true, enumerable: false });
  Object.defineProperty(process, 'stderr', { get: stdio.getStderr, configurable: true, enumerable: false });
  Object.defineProperty(process, 'stdin', { get: stdio.getStdin, configurable: true, enumerable: false });
}

// The locale-sensitive built-in methods (QuickJS's ignore locales) call Intl (rode_intl),
// which loads on the first call.
function installLocaleMethods(intl) {
  const set = (proto, fn) => Object.defineProperty(proto, fn.name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
  const valueOf = (fn, v, message) => {
    try {
      return fn.call(v);
    } catch {
      throw new TypeError(message);
    }
  };
  const time = (v, name) => {
    const receiver = typeof v === 'object' && v !== null ? '#<Object>' : String(v);
    return valueOf(Date.prototype.getTime, v, `Method Date.prototype.${name} called on incompatible receiver ${receiver}`);
  };
  const str = (s, name) => {
    if (s === null || s === undefined) throw new TypeError(`String.prototype.${name} called on null or undefined`);
    return String(s);
  };
  set(Number.prototype, function toLocaleString() {
    const x = valueOf(Number.prototype.valueOf, this, "Number.prototype.toLocaleString requires that 'this' be a Number");
    return intl().numberToLocaleString(x, arguments[0], arguments[1]);
  });
  set(BigInt.prototype, function toLocaleString() {
    const x = valueOf(BigInt.prototype.valueOf, this, "BigInt.prototype.toLocaleString requires that 'this' be a BigInt");
    return intl().numberToLocaleString(x, arguments[0], arguments[1]);
  });
  set(Date.prototype, function toLocaleString() {
    return intl().dateToLocaleString('any', time(this, 'toLocaleString'), arguments[0], arguments[1]);
  });
  set(Date.prototype, function toLocaleDateString() {
    return intl().dateToLocaleString('date', time(this, 'toLocaleDateString'), arguments[0], arguments[1]);
  });
  set(Date.prototype, function toLocaleTimeString() {
    return intl().dateToLocaleString('time', time(this, 'toLocaleTimeString'), arguments[0], arguments[1]);
  });
  set(String.prototype, function localeCompare(that) {
    return intl().localeCompare(str(this, 'localeCompare'), String(that), arguments[1], arguments[2]);
  });
  set(String.prototype, function toLocaleUpperCase() {
    return intl().toLocaleUpperCase(str(this, 'toLocaleUpperCase'), arguments[0]);
  });
  set(String.prototype, function toLocaleLowerCase() {
    return intl().toLocaleLowerCase(str(this, 'toLocaleLowerCase'), arguments[0]);
  });
  set(Array.prototype, function toLocaleString() {
    const a = Object(this);
    const len = Math.min(Math.max(Math.trunc(Number(a.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
    let r = '';
    for (let i = 0; i < len; i++) {
      if (i > 0) r += ',';
      const e = a[i];
      if (e !== undefined && e !== null) r += String(e.toLocaleString(arguments[0], arguments[1]));
    }
    return r;
  });
}

function start(options) {
  setup(options);
  installGlobals();
  internalBinding('modules').initResolver(options.conditions,
    'preserve-symlinks' in options.flags, 'preserve-symlinks-main' in options.flags);
  if (options.flags['stack-trace-limit'] !== undefined) {
    Error.stackTraceLimit = Number(options.flags['stack-trace-limit']);
  }
  installUvException();
  process.moduleLoadList = require('internal/bootstrap/realm').moduleLoadList;
  Object.defineProperty(process, 'report', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('internal/process/report').report; },
  });
  // What only some programs need loads on first use: warnings, timers, the fatal error
  // reporter, and the ES module loader's JS half.
  process.on('warning', function onWarning(warning) {
    require('internal/process/warning').onWarning(warning);
  });
  const esm = () => require('internal/modules/esm');
  internalBinding('modules').setEsmHooks({
    loadCjs: (filename) => esm().loadCjs(filename),
    builtinExports: (id) => esm().builtinExports(id),
    initMeta: (meta, url) => esm().initMeta(meta, url),
    resolveError: (code, fields) => esm().makeResolveError(code, fields),
    registerBuiltinSync: (sync) => esm().registerBuiltinSync(sync),
  });

  const { processTicksAndRejections } = require('internal/process/task_queues');
  const runMainModule = require('internal/modules/run_main');

  return {
    processTimers: (now) => require('internal/timers').processTimers(now),
    processImmediate: (outstandingOnly) => require('internal/timers').processImmediate(outstandingOnly),
    processTicksAndRejections,
    triggerUncaughtException: (err, fromPromise) =>
      require('internal/process/execution').triggerUncaughtException(err, fromPromise),
    emitBeforeExit() {
      if (process._exiting) return;
      process.emit('beforeExit', process.exitCode || 0);
    },
    emitExit() {
      if (runMainModule.mainPending() && process.exitCode === undefined) {
        const msg = 'Warning: Detected unsettled top-level await at ';
        internalBinding('process').writeSync(2, `${msg}${process.argv[1] || ''}\n`);
        process.exitCode = 13;
      }
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode || 0);
      }
      napiCleanup();
      return process.exitCode || 0;
    },
    runMain() {
      if (options.worker) {
        const thread = require('internal/worker/thread');
        thread.setup(options);
        return thread.runMain(options);
      }
      // Started by child_process.fork(): set up process.send() and friends.
      if (process.env.NODE_CHANNEL_FD !== undefined) {
        require('internal/child_process/ipc').setupChildFromEnv();
      }
      // A cluster worker (forked by cluster.fork()).
      if (process.env.NODE_UNIQUE_ID !== undefined) require('cluster')._setupWorker();
      runMainModule.runMain(options);
    },
  };
}

// Native code builds Node's system errors through this (internal/errors loads on first use).
function installUvException() {
  const { setUvException } = internalBinding('errors_native');
  setUvException((ctx) => require('internal/errors').uvException(ctx));
}

module.exports = { start };
