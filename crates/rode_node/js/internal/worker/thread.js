'use strict';
// Boot of a worker thread: the worker_threads state (parentPort, workerData, threadId),
// process.env and the process methods that act on the whole process, the uncaught
// exception path (to the parent's 'error' event), then the worker's script or eval code.

const state = require('internal/worker/state');

let binding;

function unsupported(what) {
  return function() {
    const { ERR_WORKER_UNSUPPORTED_OPERATION } = require('internal/errors').codes;
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(what);
  };
}

function makeEnv(values) {
  const target = { __proto__: null };
  Object.assign(target, values);
  return new Proxy(target, {
    set(t, key, value) {
      t[key] = `${value}`;
      return true;
    },
    defineProperty(t, key, desc) {
      if ('value' in desc) desc = { ...desc, value: `${desc.value}` };
      return Reflect.defineProperty(t, key, desc);
    },
  });
}

// Atomics.wait in a worker waits in slices, so terminate() can stop a waiting worker.
function installAtomicsWait() {
  const wait = Atomics.wait;
  const slice = 50;
  Object.defineProperty(Atomics, 'wait', {
    __proto__: null,
    writable: true,
    configurable: true,
    enumerable: false,
    value: function wait_(typedArray, index, value, timeout) {
      let left = timeout === undefined ? Infinity : Number(timeout);
      if (Number.isNaN(left)) left = Infinity;
      for (;;) {
        const step = left < slice ? Math.max(left, 0) : slice;
        const r = Reflect.apply(wait, Atomics, [typedArray, index, value, step]);
        if (r !== 'timed-out') return r;
        if (binding.stopRequested()) binding.exitThread(1);
        if (left !== Infinity) {
          left -= step;
          if (left <= 0) return 'timed-out';
        }
      }
    },
  });
}

function onUncaught(err, fromPromise) {
  binding.checkOutOfMemory(err);
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', err, type);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, type);
      require('internal/process/execution').afterHandled();
      return;
    }
  } catch (er) {
    err = er;
  }
  // As Node: the error with its own properties (code, ...); else its structured clone;
  // else ERR_WORKER_UNSERIALIZABLE_ERROR.
  const { encodeWire, prepareForThread } = require('internal/messaging');
  let sent = false;
  try {
    const { out, special } = encodeWire(err, undefined);
    sent = binding.reportError(out, special, 0);
  } catch {
    // try the clone
  }
  if (!sent) {
    try {
      const { out, special } = prepareForThread(err, undefined);
      sent = binding.reportError(out, special, 0);
    } catch {
      // not cloneable
    }
  }
  if (!sent) binding.reportError(undefined, false, 2);
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // ignored: the worker exits with 1 anyway
    }
  }
  binding.exitThread(1);
}

function setup(options) {
  binding = internalBinding('worker');
  const messaging = require('internal/messaging');
  const init = binding.takeInit();
  const { data } = messaging.decodeWire(init.data, init.special);
  state.isMainThread = false;
  state.threadId = binding.threadId;
  state.workerData = data.workerData;
  state.resourceLimits = data.limits;
  state.environmentData = data.environmentData;
  state.parentPort = messaging.createRemotePort(init.port, init.peer);

  if (data.env !== 'share') {
    Object.defineProperty(process, 'env', {
      __proto__: null, value: makeEnv(data.env), writable: true, configurable: true,
      enumerable: true,
    });
  }
  process.reallyExit = function reallyExit(code) {
    binding.exitThread(code | 0);
  };
  process.abort = unsupported('process.abort()');
  process.chdir = unsupported('process.chdir()');
  for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
    if (typeof process[name] === 'function') process[name] = unsupported(`process.${name}()`);
  }
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) unsupported('Setting process.umask()')();
    return Reflect.apply(umask, process, []);
  };
  // Signals are not delivered to workers (their listeners are kept but never called).
  process.removeAllListeners('newListener');
  process.removeAllListeners('removeListener');
  if (data.stdin) {
    setupStdin();
  } else {
    // stdin is the parent's: a worker's own process.stdin has no data.
    noStdin();
  }
  require('internal/process/execution').triggerUncaughtException = onUncaught;
  installAtomicsWait();
  if (data.stdout || data.stderr) setupStdio(data);
}

function noStdin() {
  Object.defineProperty(process, 'stdin', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      const { Readable } = require('stream');
      const stdin = new Readable({ read() { this.push(null); } });
      stdin.fd = 0;
      Object.defineProperty(process, 'stdin', { __proto__: null, value: stdin, configurable: true });
      return stdin;
    },
  });
}

// stdin: true: what the parent writes to worker.stdin arrives on process.stdin.
function setupStdin() {
  const { Readable } = require('stream');
  const { kStdioMarker } = require('internal/worker/worker');
  // Reading keeps the worker alive until the parent ends worker.stdin.
  let refed = false;
  let ended = false;
  const setRef = (r) => {
    if (refed === r) return;
    refed = r;
    if (r) internalBinding('process').refHandle();
    else internalBinding('process').unrefHandle();
  };
  const stdin = new Readable({ read() { if (!ended) setRef(true); } });
  stdin.fd = 0;
  Object.defineProperty(process, 'stdin', { __proto__: null, value: stdin, configurable: true });
  require('internal/messaging').setInternalFilter(state.parentPort, (m) => {
    if (m === null || typeof m !== 'object' || m[kStdioMarker] !== 'stdin') return false;
    if (m.chunks === null) {
      ended = true;
      setRef(false);
      stdin.push(null);
    } else {
      for (const { chunk, encoding } of m.chunks) stdin.push(chunk, encoding);
    }
    return true;
  });
}

// stdout/stderr: true: the worker's output goes to the parent's worker.stdout/stderr.
function setupStdio(data) {
  const { Writable } = require('stream');
  const { kStdioMarker } = require('internal/worker/worker');
  const port = state.parentPort;
  const make = (name) => {
    const stream = new Writable({
      decodeStrings: false,
      writev(chunks, cb) {
        port.postMessage({
          [kStdioMarker]: name,
          chunks: chunks.map(({ chunk, encoding }) => ({ chunk, encoding })),
        });
        cb();
      },
    });
    stream.isTTY = false;
    stream.fd = name === 'stdout' ? 1 : 2;
    return stream;
  };
  const out = data.stdout ? make('stdout') : process.stdout;
  const err = data.stderr ? make('stderr') : process.stderr;
  Object.defineProperty(process, 'stdout', { __proto__: null, value: out, configurable: true });
  Object.defineProperty(process, 'stderr', { __proto__: null, value: err, configurable: true });
  const { Console } = require('internal/console/constructor');
  Object.defineProperty(globalThis, 'console', {
    __proto__: null, value: new Console({ stdout: out, stderr: err }), writable: true,
    configurable: true,
  });
}

function uncaught(err, fromPromise) {
  require('internal/process/execution').triggerUncaughtException(err, fromPromise);
}

// The worker's -r/--import preloads (from its execArgv, or its parent's), then its script.
function runMain(options) {
  binding.markLoopStart();
  if (options.requires.length > 0) {
    const { Module } = require('internal/modules/cjs');
    for (const request of options.requires) {
      const parent = new Module('internal/preload', null);
      parent.paths = Module._nodeModulePaths(process.cwd());
      Module._load(request, parent, false);
    }
  }
  if (options.imports.length === 0) return runEntry(options);
  const modules = internalBinding('modules');
  const referrer = modules.pathToFileURL(require('path').join(process.cwd(), '[preload]'));
  let p = Promise.resolve();
  for (const spec of options.imports) p = p.then(() => modules.importModule(spec, referrer));
  p.then(() => {
    try {
      runEntry(options);
    } catch (err) {
      uncaught(err, false);
    }
  }, (err) => uncaught(err, true));
}

function runEntry(options) {
  if (options.mode === 'eval') {
    const name = '[worker eval]';
    if (options.inputType === 'module') {
      const modules = internalBinding('modules');
      const url = modules.pathToFileURL(require('path').join(process.cwd(), name));
      modules.evalModule(options.entry, url).then(undefined, (err) => uncaught(err, true));
      return;
    }
    const { Module, makeRequireFunction } = require('internal/modules/cjs');
    const m = new Module(name);
    m.filename = require('path').join(process.cwd(), name);
    m.paths = Module._nodeModulePaths(process.cwd());
    globalThis.module = m;
    globalThis.exports = m.exports;
    globalThis.require = makeRequireFunction(m);
    globalThis.__filename = name;
    globalThis.__dirname = '.';
    internalBinding('modules').evalScript(options.entry, name);
    return;
  }
  require('internal/modules/run_main').executeUserEntryPoint(options.entry);
}

module.exports = { setup, runMain };
