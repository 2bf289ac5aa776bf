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
  drainPort,
  prepareForThread,
  workerHandlers,
} = require('internal/messaging');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kRefed = Symbol('kRefed');
const kExited = Symbol('kExited');
const kLimits = Symbol('kLimits');
const kOnline = Symbol('kOnline');
const kLoopStart = Symbol('kLoopStart');

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

// A Worker's execArgv: Node's per-thread ("environment") options are accepted and apply to
// the worker; V8's and the process's (--title, --stack-trace-limit, --expose-gc, ...) are
// refused with ERR_WORKER_INVALID_EXEC_ARGV. Options that take a value, by spelling, with
// rode's name for them:
const kWithValue = new Map([
  ['--conditions', 'conditions'], ['-C', 'conditions'], ['--require', 'require'],
  ['-r', 'require'], ['--import', 'import'], ['--input-type', 'input-type'],
  ['--unhandled-rejections', 'unhandled-rejections'],
  ['--max-http-header-size', 'max-http-header-size'], ['--eval', 'eval'], ['-e', 'eval'],
  ['--print', 'print'], ['-p', 'print'], ['--experimental-loader', 'loader'],
  ['--loader', 'loader'], ['--experimental-specifier-resolution', 'specifier-resolution'],
  ['--es-module-specifier-resolution', 'specifier-resolution'],
  ['--experimental-default-type', 'experimental-default-type'],
  ['--dns-result-order', 'dns-result-order'], ['--diagnostic-dir', 'diagnostic-dir'],
  ['--disable-warning', 'disable-warning'], ['--redirect-warnings', 'redirect-warnings'],
  ['--heapsnapshot-signal', 'heapsnapshot-signal'],
  ['--heapsnapshot-near-heap-limit', 'heapsnapshot-near-heap-limit'],
  ['--inspect-port', 'inspect-port'], ['--debug-port', 'inspect-port'],
  ['--env-file', 'env-file'], ['--experimental-policy', 'experimental-policy'],
  ['--policy-integrity', 'policy-integrity'], ['--test-reporter', 'test-reporter'],
  ['--test-reporter-destination', 'test-reporter-destination'],
  ['--test-name-pattern', 'test-name-pattern'], ['--test-concurrency', 'test-concurrency'],
  ['--test-timeout', 'test-timeout'], ['--test-shard', 'test-shard'],
  ['--cpu-prof-dir', 'cpu-prof-dir'], ['--cpu-prof-name', 'cpu-prof-name'],
  ['--cpu-prof-interval', 'cpu-prof-interval'], ['--heap-prof-dir', 'heap-prof-dir'],
  ['--heap-prof-name', 'heap-prof-name'], ['--heap-prof-interval', 'heap-prof-interval'],
  ['--tls-keylog', 'tls-keylog'], ['--allow-fs-read', 'allow-fs-read'],
  ['--allow-fs-write', 'allow-fs-write'],
]);
// Boolean per-thread options (each also as --no-<name>; `deprecation`, `warnings`, `addons`
// ... are on by default, so only their --no- forms do something).
const kBoolean = new Set([
  'deprecation', 'warnings', 'addons', 'global-search-paths', 'force-async-hooks-checks',
  'throw-deprecation', 'trace-deprecation', 'pending-deprecation', 'trace-warnings',
  'trace-uncaught', 'trace-exit', 'trace-sync-io', 'trace-atomics-wait', 'trace-tls',
  'trace-sigint', 'enable-source-maps', 'preserve-symlinks', 'preserve-symlinks-main',
  'frozen-intrinsics', 'expose-internals', 'insecure-http-parser', 'verify-base-objects',
  'prof-process', 'cpu-prof', 'heap-prof', 'report-on-signal', 'inspect', 'inspect-brk',
  'inspect-wait', 'test', 'test-only', 'check', 'interactive', 'tls-min-v1.0',
  'tls-min-v1.1', 'tls-min-v1.2', 'tls-min-v1.3', 'tls-max-v1.2', 'tls-max-v1.3',
  'allow-addons', 'allow-child-process', 'allow-worker', 'experimental-vm-modules',
  'experimental-wasm-modules', 'experimental-json-modules',
  'experimental-import-meta-resolve', 'experimental-require-module',
  'experimental-detect-module', 'experimental-network-imports', 'experimental-permission',
  'experimental-report', 'experimental-eventsource', 'experimental-websocket',
  'experimental-global-webcrypto', 'experimental-global-customevent',
  'experimental-global-navigator', 'experimental-fetch', 'experimental-abortcontroller',
  'experimental-top-level-await', 'experimental-repl-await', 'experimental-modules',
  'experimental-worker', 'experimental-wasi-unstable-preview1',
  'experimental-test-coverage',
]);
const kShortBoolean = new Map([['-c', 'check'], ['-i', 'interactive']]);
const kRejectionModes = ['strict', 'warn', 'none', 'throw', 'warn-with-error-code'];
// rode's process-wide flags: set on the command line, they apply to every thread (as V8's
// flags do in Node), whatever the worker's execArgv.
const kProcessWide = [
  'stack-trace-limit', 'expose-gc', 'max-old-space-size', 'stack-size', 'title',
  'zero-fill-buffers', 'disable-proto', 'abort-on-uncaught-exception',
];

// Parses a Worker's execArgv as Node does: options up to the first argument that is not
// one (or `--`). Returns what it sets and the arguments that make process.execArgv in the
// worker; `errors` and `invalid` list what Node refuses.
function parseExecArgv(execArgv) {
  const out = {
    flags: { __proto__: null }, requires: [], imports: [], conditions: [],
    inputType: undefined, recorded: [], errors: [], invalid: [],
  };
  for (let i = 0; i < execArgv.length;) {
    const arg = execArgv[i];
    if (arg === '--' || arg === '-' || !arg.startsWith('-')) break;
    const start = i++;
    let name = arg;
    let inline;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 2) {
      name = arg.slice(0, eq);
      inline = arg.slice(eq + 1);
    }
    if (name.startsWith('--')) name = `--${name.slice(2).replace(/_/g, '-')}`;
    const canon = kWithValue.get(name);
    if (canon !== undefined) {
      let value = inline;
      if (value === undefined) {
        if (i >= execArgv.length) {
          out.errors.push(`${name} requires an argument`);
          continue;
        }
        value = execArgv[i++];
      }
      switch (canon) {
        case 'require': out.requires.push(value); break;
        case 'import': out.imports.push(value); break;
        case 'conditions': out.conditions.push(value); break;
        case 'input-type':
          if (value !== 'module' && value !== 'commonjs') {
            out.errors.push('--input-type must be "module" or "commonjs"');
          }
          out.inputType = value;
          break;
        case 'unhandled-rejections':
          if (!kRejectionModes.includes(value)) {
            out.errors.push('invalid value for --unhandled-rejections');
          }
          out.flags[canon] = value;
          break;
        default:
          out.flags[canon] = value;
      }
      for (let k = start; k < i; k++) out.recorded.push(execArgv[k]);
      continue;
    }
    let flag = kShortBoolean.get(name);
    let on = true;
    if (flag === undefined && name.startsWith('--')) {
      flag = name.slice(2);
      if (!kBoolean.has(flag) && flag.startsWith('no-') && kBoolean.has(flag.slice(3))) {
        flag = flag.slice(3);
        on = false;
      }
      if (!kBoolean.has(flag)) flag = undefined;
    }
    if (flag === undefined) {
      if (name === '--watch' || name === '--watch-path') {
        out.errors.push('--watch requires specifying a file');
      } else {
        out.invalid.push(arg);
      }
      continue;
    }
    // Options that are on by default are recorded by their --no- form.
    if (flag === 'deprecation' || flag === 'warnings' || flag === 'addons' ||
        flag === 'global-search-paths' || flag === 'force-async-hooks-checks') {
      if (on) delete out.flags[`no-${flag}`];
      else out.flags[`no-${flag}`] = 'true';
    } else if (on) {
      out.flags[flag] = 'true';
    } else {
      delete out.flags[flag];
    }
    out.recorded.push(arg);
  }
  return out;
}

// What the worker's runtime gets from its execArgv (or, without one, from this thread's).
function workerOptions(execArgv) {
  const { ERR_WORKER_INVALID_EXEC_ARGV } = errors();
  if (execArgv !== undefined) {
    const parsed = parseExecArgv(execArgv);
    if (parsed.errors.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(parsed.errors);
    if (parsed.invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(parsed.invalid);
    const own = process._rodeFlags || {};
    for (const name of kProcessWide) {
      if (own[name] !== undefined) parsed.flags[name] = own[name];
    }
    return parsed;
  }
  // Inherited: this thread's flags, preloads and conditions.
  const parsed = parseExecArgv(process.execArgv);
  parsed.flags = { __proto__: null, ...(process._rodeFlags || {}) };
  parsed.recorded = process.execArgv.slice();
  return parsed;
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

// worker.performance.eventLoopUtilization([util1[, util2]]): the worker's loop, measured
// on this thread's clock; zeros before 'online' and after 'exit', as in Node.
function eventLoopUtilization(util1, util2) {
  const zeros = { idle: 0, active: 0, utilization: 0 };
  if (!this[kOnline] || this[kExited]) return zeros;
  const times = wb().loopTimes(this[kHandle]);
  if (times === undefined || times[0] < 0) return zeros;
  const { now } = require('internal/perf/utils');
  if (this[kLoopStart] === -1) this[kLoopStart] = now() - times[0];
  const { internalEventLoopUtilization } = require('internal/perf/event_loop_utilization');
  return internalEventLoopUtilization(this[kLoopStart], times[1], util1, util2);
}

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
    let execArgv;
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      execArgv = options.execArgv.map(String);
    }
    const threadOptions = workerOptions(execArgv);
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
    this[kOnline] = false;
    this[kLoopStart] = -1;
    this.performance = { eventLoopUtilization: eventLoopUtilization.bind(this) };

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
      execArgv: threadOptions.recorded,
      argv0: process.argv0,
      execPath: process.execPath,
      conditions: threadOptions.conditions,
      requires: threadOptions.requires,
      imports: threadOptions.imports,
      inputType: threadOptions.inputType,
      flagNames: Object.keys(threadOptions.flags),
      flagValues: Object.values(threadOptions.flags),
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
      online: () => {
        this[kOnline] = true;
        this.emit('online');
      },
      error: (value, kind, special) => {
        let err;
        if (kind === 1) {
          err = new codes.ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory');
        } else if (kind === 2) {
          err = new codes.ERR_WORKER_UNSERIALIZABLE_ERROR();
        } else {
          err = decodeWire(value, special).data;
        }
        // After the messages sent before it.
        drainPort(port);
        this.emit('error', err);
      },
      exit: (code) => this.#onExit(code),
    });
  }

  #onExit(code) {
    // Messages already received are delivered first, as Node drains the port.
    drainPort(this[kPort]);
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

  postMessage(message, transfer) {
    if (this[kExited]) return;
    // Passed on as given (no rest/spread, which costs more than the call here): only a call
    // with no arguments needs telling apart, and the port throws for it.
    if (message === undefined && transfer === undefined && arguments.length === 0) {
      this[kPort].postMessage();
    } else {
      this[kPort].postMessage(message, transfer);
    }
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
// Node's takes rest parameters: no named ones.
Object.defineProperty(Worker.prototype.postMessage, 'length', { __proto__: null, value: 0 });

module.exports = { Worker, SHARE_ENV, kStdioMarker };
