'use strict';
// Builds the `process` object: an EventEmitter whose class is named `process`, with Node's
// fields and methods over internalBinding('process').

const EventEmitter = require('events');
const binding = internalBinding('process');
const { nextTick } = require('internal/process/task_queues');

const NODE_VERSION = 'v22.12.0';

// As in Node, the class is a plain function named `process` (callable without `new`: jest
// calls every prototype's constructor on its copy of process) whose prototype inherits
// EventEmitter's.
function process() {}
Object.setPrototypeOf(process.prototype, EventEmitter.prototype);
const proc = new process();
EventEmitter.call(proc);
// The instance should not carry EventEmitter's own fields visibly beyond Node's.

function errors() {
  return require('internal/errors');
}

function makeEnv() {
  const target = {};
  return new Proxy(target, {
    get(_, key) {
      if (typeof key === 'symbol') return undefined;
      return binding.getEnv(key);
    },
    set(_, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      binding.setEnv(key, `${value}`);
      return true;
    },
    has(_, key) {
      return typeof key === 'string' && binding.getEnv(key) !== undefined;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_, key, desc) {
      if (desc.get || desc.set) {
        const { codes } = errors();
        throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      binding.setEnv(key, `${desc.value}`);
      return true;
    },
  });
}

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function setup(options) {
  const flags = options.flags || {};
  proc.version = NODE_VERSION;
  proc.versions = {
    node: NODE_VERSION.slice(1),
    rode: '0.1.0',
    quickjs: '0.16.2',
    modules: '127',
    napi: '9',
    uv: '1.49.1',
  };
  proc.arch = 'x64';
  proc.platform = 'linux';
  proc.release = {
    name: 'node',
    lts: 'Jod',
    sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
  };
  proc.argv = options.argv.slice();
  proc.execArgv = options.execArgv.slice();
  proc.argv0 = options.argv0;
  proc.execPath = options.execPath;
  proc.pid = binding.pid;
  proc.env = makeEnv();
  proc.title = flags.title || 'rode';
  if (flags.title) binding.setTitle(flags.title);
  proc.features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
    tls_ocsp: false, tls: false, cached_builtins: true, require_module: true, typescript: false,
  };
  proc.config = { target_defaults: {}, variables: {} };
  proc.debugPort = 9229;
  // Node defines these only when the flag is given.
  if ('no-deprecation' in flags) proc.noDeprecation = true;
  if ('throw-deprecation' in flags) proc.throwDeprecation = true;
  if ('trace-deprecation' in flags) proc.traceDeprecation = true;
  proc._rodeFlags = flags;
  Object.defineProperty(proc, '_rodeFlags', { enumerable: false });
  proc.exitCode = undefined;
  proc._exiting = false;
  proc.domain = null;
  if ('expose-gc' in flags) {
    // V8's gc(): collects now; `{ execution: 'async' }` returns a promise settled after.
    globalThis.gc = function gc(options) {
      binding.gc();
      if (options !== null && typeof options === 'object' && options.execution === 'async') {
        return Promise.resolve();
      }
    };
  }
}

let exitCodeValue;
Object.defineProperty(proc, 'exitCode', {
  get() { return exitCodeValue; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        const { codes } = errors();
        throw new codes.ERR_INVALID_ARG_TYPE('code', 'integer', code);
      }
    }
    exitCodeValue = code;
  },
  enumerable: true,
  configurable: false,
});

Object.defineProperty(proc, 'ppid', {
  get() { return binding.ppid(); },
  enumerable: true,
  configurable: true,
});

proc.cwd = function cwd() {
  return binding.cwd();
};

proc.chdir = function chdir(directory) {
  if (typeof directory !== 'string') {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  }
  const from = binding.cwd();
  const rc = binding.chdir(directory);
  if (rc < 0) {
    const { uvException } = errors();
    throw uvException({ errno: rc, syscall: 'chdir', path: from, dest: directory });
  }
};

proc.umask = function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      const { codes } = errors();
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  return binding.umask(mask);
};

function hrtime(time) {
  const [sec, nsec] = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) {
      const { codes } = errors();
      throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
    }
    if (time.length !== 2) {
      const { codes } = errors();
      throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    let s = sec - time[0];
    let n = nsec - time[1];
    if (n < 0) {
      s -= 1;
      n += 1e9;
    }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  const [sec, nsec] = binding.hrtime();
  return BigInt(sec) * 1000000000n + BigInt(nsec);
};
proc.hrtime = hrtime;

proc.uptime = function uptime() {
  return binding.uptime();
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() {
  return binding.rss();
};
proc.memoryUsage = memoryUsage;

proc.cpuUsage = function cpuUsage(prev) {
  const [user, system] = binding.cpuUsage();
  if (prev !== undefined) {
    if (prev === null || typeof prev !== 'object') {
      const { codes } = errors();
      throw new codes.ERR_INVALID_ARG_TYPE('prevValue', 'object', prev);
    }
    return { user: user - prev.user, system: system - prev.system };
  }
  return { user, system };
};

// getrusage(2) of the process, or of the calling thread (process.report's
// uvthreadResourceUsage), under process.resourceUsage()'s names.
function usage(thread) {
  const r = binding.resourceUsage(thread);
  return {
    userCPUTime: r[0], systemCPUTime: r[1], maxRSS: r[2], sharedMemorySize: r[3],
    unsharedDataSize: r[4], unsharedStackSize: r[5], minorPageFault: r[6],
    majorPageFault: r[7], swappedOut: r[8], fsRead: r[9], fsWrite: r[10], ipcSent: r[11],
    ipcReceived: r[12], signalsCount: r[13], voluntaryContextSwitches: r[14],
    involuntaryContextSwitches: r[15],
  };
}

proc.resourceUsage = function resourceUsage() {
  return usage(false);
};

proc.kill = function kill(pid, sig = 'SIGTERM') {
  const { codes } = errors();
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signo;
  if (typeof sig === 'number') {
    signo = sig;
  } else if (typeof sig === 'string' && signals[sig] !== undefined) {
    signo = signals[sig];
  } else {
    throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const rc = binding.kill(pid, signo);
  if (rc < 0) {
    const { errnoException } = errors();
    throw errnoException(rc, 'kill');
  }
  return true;
};

proc.getuid = () => binding.getIds()[0];
proc.geteuid = () => binding.getIds()[1];
proc.getgid = () => binding.getIds()[2];
proc.getegid = () => binding.getIds()[3];
proc.getgroups = () => binding.getGroups();

proc.nextTick = nextTick;

proc.abort = function abort() {
  binding.abort();
};

proc.reallyExit = function reallyExit(code) {
  binding.reallyExit(code | 0);
};

proc.exit = function exit(code) {
  if (code !== undefined) proc.exitCode = code;
  if (!proc._exiting) {
    proc._exiting = true;
    proc.emit('exit', proc.exitCode || 0);
  }
  proc.reallyExit(proc.exitCode || 0);
};

proc.emitWarning = function emitWarning(...args) {
  return require('internal/process/warning').emitWarning(...args);
};

proc.binding = function binding_(name) {
  const { codes } = errors();
  throw new codes.ERR_NOT_IMPLEMENTED(`process.binding('${name}')`);
};

proc.setUncaughtExceptionCaptureCallback = function (fn) {
  captureCallback = fn;
};
proc.hasUncaughtExceptionCaptureCallback = function () {
  return captureCallback !== null;
};
let captureCallback = null;

proc.constrainedMemory = () => 0;

proc._rawDebug = function _rawDebug(...args) {
  binding.writeSync(2, `${require('internal/util/inspect').format(...args)}\n`);
};

proc._tickCallback = function _tickCallback() {
  require('internal/process/task_queues').processTicksAndRejections();
};

proc._kill = function _kill(pid, sig) {
  return binding.kill(pid, sig);
};

proc.getBuiltinModule = function getBuiltinModule(id) {
  if (typeof id !== 'string') {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  const { isBuiltin, loadBuiltin } = require('internal/modules/cjs');
  if (!isBuiltin(id)) return undefined;
  return loadBuiltin(id.startsWith('node:') ? id.slice(5) : id);
};

// Native addons over Node-API (crates/rode_napi). The binding loads the library and runs
// its init with `module.exports`; a load failure is Node's plain Error with a `code`.
let napi;
proc.dlopen = function dlopen(module, filename, flags) {
  // Node's native checks throw plain errors with a code.
  const fail = (Ctor, code, message) => {
    const err = new Ctor(message);
    err.code = code;
    return err;
  };
  if (arguments.length < 2) {
    throw fail(TypeError, 'ERR_MISSING_ARGS', 'process.dlopen needs at least 2 arguments');
  }
  flags = flags === undefined ? 1 : flags | 0; // os.constants.dlopen.RTLD_LAZY by default
  if (napi === undefined) {
    napi = internalBinding('napi');
    napi.bufferPrototype = require('buffer').Buffer.prototype;
    napi.setBufferPrototype(napi.bufferPrototype);
  }
  module = Object(module);
  if (module.exports == null) throw new TypeError('Cannot convert undefined or null to object');
  const failure = napi.dlopen(module, `${filename}`, flags);
  if (failure !== undefined) throw fail(Error, 'ERR_DLOPEN_FAILED', failure);
};

// The addons' environment teardown (cleanup hooks, instance data), after 'exit' at the
// natural end of the program; `process.exit()` ends the process without it, as node's does.
function napiCleanup() {
  if (napi !== undefined) napi.runCleanupHooks();
}

let sourceMapsEnabled = false;
proc.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
  if (typeof enabled !== 'boolean') {
    const { codes } = errors();
    throw new codes.ERR_INVALID_ARG_TYPE('enabled', 'boolean', enabled);
  }
  sourceMapsEnabled = enabled;
};
Object.defineProperty(proc, 'sourceMapsEnabled', {
  get() { return sourceMapsEnabled; },
  enumerable: true,
  configurable: true,
});
proc.availableMemory = () => require('os').freemem();

// Signal listeners: the first listener for a signal starts delivery, the last one stops it.
const signalNames = Object.keys(signals);
function isSignal(type) {
  return typeof type === 'string' && signals[type] !== undefined;
}
proc.on('newListener', (type) => {
  if (isSignal(type) && proc.listenerCount(type) === 0) {
    const signo = signals[type];
    const rc = binding.signalStart(signo, () => proc.emit(type, type, signo));
    if (rc < 0) {
      const { errnoException } = errors();
      throw errnoException(rc, 'uv_signal_start');
    }
  }
});
proc.on('removeListener', (type) => {
  if (isSignal(type) && proc.listenerCount(type) === 0) binding.signalStop(signals[type]);
});

module.exports = {
  process: proc, setup, signals, signalNames, usage, getCaptureCallback: () => captureCallback,
  napiCleanup,
};
