'use strict';
// The Worker class (parent side). The worker runs on its own thread (src/worker.rs); its
// messages arrive on an internal MessagePort whose other end is the worker's parentPort, and
// its online/error/exit events come from the thread's inbox (internal/messaging onInbox).

const EventEmitter = require('events');
const path = require('path');
const state = require('internal/worker/state');
const {
  createRemotePort,
  decodeWire,
  prepareForThread,
  workerHandlers,
} = require('internal/messaging');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kRefed = Symbol('kRefed');
const kExited = Symbol('kExited');
const kLimits = Symbol('kLimits');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

let binding;
function wb() {
  return binding ??= internalBinding('worker');
}

let processBinding;
function setRef(worker, refed) {
  if (worker[kRefed] === refed) return;
  worker[kRefed] = refed;
  processBinding ??= internalBinding('process');
  if (refed) processBinding.refHandle();
  else processBinding.unrefHandle();
}

function errors() {
  return require('internal/errors').codes;
}

// Flags Node accepts in a Worker's execArgv (per-thread options); others are refused.
const perThreadFlags = new Set([
  '--no-deprecation', '--throw-deprecation', '--trace-deprecation', '--no-warnings',
  '--trace-warnings', '--pending-deprecation', '--trace-uncaught', '--expose-gc',
  '--conditions', '-C', '--input-type', '--experimental-vm-modules', '--enable-source-maps',
  '--preserve-symlinks', '--preserve-symlinks-main', '--stack-trace-limit', '--require', '-r',
  '--import', '--unhandled-rejections', '--experimental-json-modules', '--no-addons',
  '--experimental-specifier-resolution', '--experimental-loader', '--loader',
  '--experimental-import-meta-resolve', '--inspect-brk', '--abort-on-uncaught-exception',
  '--experimental-global-webcrypto', '--experimental-fetch', '--no-experimental-fetch',
  '--title', '--max-http-header-size', '--experimental-wasm-modules',
]);

function checkExecArgv(execArgv) {
  const bad = [];
  for (const arg of execArgv) {
    if (typeof arg !== 'string' || !arg.startsWith('-')) continue;
    const flag = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (!perThreadFlags.has(flag) && !perThreadFlags.has(flag.replace(/_/g, '-'))) bad.push(arg);
  }
  if (bad.length > 0) throw new (errors().ERR_WORKER_INVALID_EXEC_ARGV)(bad);
}

function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.origin !== undefined;
}

function limitsOf(resourceLimits) {
  const pick = (key, dflt) => {
    const v = resourceLimits?.[key];
    return typeof v === 'number' && v > 0 ? v : dflt;
  };
  return {
    maxYoungGenerationSizeMb: pick('maxYoungGenerationSizeMb', -1),
    maxOldGenerationSizeMb: pick('maxOldGenerationSizeMb', -1),
    codeRangeSizeMb: pick('codeRangeSizeMb', -1),
    stackSizeMb: pick('stackSizeMb', 4),
  };
}

let stdio;
function makeStdio() {
  const { Readable, Writable } = require('stream');
  class ReadableWorkerStdio extends Readable {
    _read() {}
  }
  // worker.stdin: what is written appears on the worker's process.stdin.
  class WritableWorkerStdio extends Writable {
    constructor(port) {
      super({ decodeStrings: false });
      this.port = port;
    }

    _writev(chunks, cb) {
      this.port.postMessage({
        [kStdioMarker]: 'stdin',
        chunks: chunks.map(({ chunk, encoding }) => ({ chunk, encoding })),
      });
      cb();
    }

    _final(cb) {
      this.port.postMessage({ [kStdioMarker]: 'stdin', chunks: null });
      cb();
    }
  }
  return { ReadableWorkerStdio, WritableWorkerStdio };
}

// Key of the internal messages that carry a worker's stdio (on the same port as the
// program's messages, never shown to it).
const kStdioMarker = '\u0000rodeStdio';

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    const { validateObject, validateArray } = require('internal/validators');
    const codes = errors();
    if (options === null || typeof options !== 'object') {
      validateObject(options, 'options');
    }
    let mode;
    let entry;
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.eval', options.eval,
                                              'must be false when \'filename\' is not a string');
      }
      mode = 'eval';
      entry = filename;
    } else {
      if (isURL(filename)) {
        if (filename.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
        filename = require('url').fileURLToPath(filename);
      } else if (typeof filename !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      } else if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        throw new codes.ERR_WORKER_PATH(filename);
      }
      mode = 'file';
      entry = path.resolve(filename);
    }

    const env = options.env;
    if (env !== undefined && env !== null && env !== SHARE_ENV && typeof env !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.env',
                                           ['object', 'undefined', 'null',
                                            'worker_threads.SHARE_ENV'], env);
    }
    let execArgv = process.execArgv;
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      checkExecArgv(options.execArgv);
      execArgv = options.execArgv.map(String);
    }
    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    if (options.resourceLimits !== undefined) {
      validateObject(options.resourceLimits, 'options.resourceLimits');
    }
    let transferList = options.transferList;
    if (transferList !== undefined) {
      validateArray(transferList, 'options.transferList');
    } else {
      transferList = [];
    }
    const limits = limitsOf(options.resourceLimits);

    let envData;
    if (env === SHARE_ENV) {
      envData = 'share';
    } else {
      envData = { __proto__: null };
      const source = env === undefined || env === null ? process.env : env;
      for (const key of Object.keys(source)) envData[key] = `${source[key]}`;
    }
    const init = {
      workerData: options.workerData,
      environmentData: state.environmentData,
      env: envData,
      limits,
      name: options.name === undefined ? '' : `${options.name}`,
      stdout: !!options.stdout,
      stderr: !!options.stderr,
      stdin: !!options.stdin,
      argv,
    };
    const { out, special, ports } = prepareForThread(init, transferList);

    const b = wb();
    const own = b.newPortId();
    const peer = b.newPortId();
    const port = createRemotePort(own, peer);
    this[kPort] = port;
    this[kRefed] = false;
    this[kExited] = false;
    this[kLimits] = limits;

    const argv1 = mode === 'eval' ? '[worker eval]' : entry;
    const threadId = b.spawnWorker({
      port: peer,
      peer: own,
      ports,
      name: init.name,
      data: out,
      special,
      mode,
      entry,
      argv: [process.execPath, argv1, ...argv],
      execArgv,
      argv0: process.argv0,
      execPath: process.execPath,
      conditions: [],
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
      stackSizeMb: limits.stackSizeMb,
    });
    this[kHandle] = threadId;

    stdio ??= makeStdio();
    this.stdin = init.stdin ? new stdio.WritableWorkerStdio(port) : null;
    this.stdout = new stdio.ReadableWorkerStdio();
    this.stderr = new stdio.ReadableWorkerStdio();
    if (!init.stdout) this.stdout.on('data', (c) => process.stdout.write(c));
    if (!init.stderr) this.stderr.on('data', (c) => process.stderr.write(c));

    port.on('message', (value) => {
      if (value !== null && typeof value === 'object' && Object.hasOwn(value, kStdioMarker)) {
        const stream = value[kStdioMarker] === 'stdout' ? this.stdout : this.stderr;
        for (const { chunk, encoding } of value.chunks) stream.push(chunk, encoding);
        return;
      }
      this.emit('message', value);
    });
    port.on('messageerror', (err) => this.emit('messageerror', err));
    port.unref();
    setRef(this, true);

    workerHandlers.set(threadId, {
      online: () => this.emit('online'),
      error: (value, kind, special) => {
        let err;
        if (kind === 1) {
          err = new codes.ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory');
        } else if (kind === 2) {
          err = new codes.ERR_WORKER_UNSERIALIZABLE_ERROR();
        } else {
          err = decodeWire(value, special).data;
        }
        require('timers').setImmediate(() => this.emit('error', err));
      },
      exit: (code) => {
        // After the messages and errors already on their way.
        require('timers').setImmediate(() => this.#onExit(code));
      },
    });
  }

  #onExit(code) {
    workerHandlers.delete(this[kHandle]);
    this[kExited] = true;
    this[kHandle] = -1;
    setRef(this, false);
    this[kPort].close();
    this.stdout.push(null);
    this.stderr.push(null);
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
    this.removeAllListeners('online');
  }

  get threadId() {
    return this[kHandle];
  }

  get resourceLimits() {
    return this[kExited] ? {} : this[kLimits];
  }

  get performance() {
    return {
      eventLoopUtilization() {
        return { idle: 0, active: 0, utilization: 0 };
      },
    };
  }

  postMessage(...args) {
    if (this[kExited]) return;
    this[kPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kExited]) return Promise.resolve();
    wb().terminate(this[kHandle]);
    return new Promise((resolve) => this.once('exit', resolve));
  }

  ref() {
    if (!this[kExited]) setRef(this, true);
  }

  unref() {
    setRef(this, false);
  }

  getHeapSnapshot() {
    throw new (errors().ERR_NOT_IMPLEMENTED)('worker.getHeapSnapshot()');
  }
}

module.exports = { Worker, SHARE_ENV, kStdioMarker };
