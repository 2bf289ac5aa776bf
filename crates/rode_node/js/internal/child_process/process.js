'use strict';
// ChildProcess and its stdio plumbing (what Node keeps in lib/internal/child_process.js).
// The native half is internalBinding('process_wrap') (src/process_wrap.rs): it starts the
// child, hands back the parent's ends of the stdio pipes (Unix socketpairs, as libuv makes
// them) and reports the child's end through `onexit`. Each pipe end becomes a net.Socket,
// as in Node.

const EventEmitter = require('events');
const binding = internalBinding('process_wrap');

const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_ENOENT = -2;

const kOwner = Symbol('kOwner');

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}
let netModule;
function net() {
  return netModule ??= require('net');
}

// ---------------------------------------------------------------------------
// Signals

let signalTable;
let signalNames;
function signals() {
  return signalTable ??= require('os').constants.signals;
}
// Number → name; the first name of a number wins (SIGABRT over SIGIOT, SIGIO over SIGPOLL),
// as Node's signo_string.
function signalName(n) {
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    const t = signals();
    for (const k of Object.keys(t)) {
      if (signalNames[t[k]] === undefined) signalNames[t[k]] = k;
    }
  }
  return signalNames[n];
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals()[signal.toUpperCase()];
    if (n) return n;
  }
  throw new (errors().codes.ERR_UNKNOWN_SIGNAL)(signal);
}

// ---------------------------------------------------------------------------
// The native process handle (Node's `Process` from process_wrap): what child._handle is.

class Process {
  constructor() {
    this.id = 0;
    this.pid = undefined;
    this.onexit = null;
    this.fds = null;
  }

  // Returns 0 or a negative errno; on success (and on the errors reported through
  // 'error') `this.fds[i]` is the parent's end of the pipe made for slot i, or -1.
  spawn(options) {
    const self = this;
    const owner = {
      onexit(code, signo) {
        if (self.onexit) self.onexit(code, signo ? signalName(signo) || null : null);
      },
    };
    const r = binding.spawn(owner, options);
    const err = r[0];
    if (r[1] !== 0) {
      this.id = r[1];
      this.pid = r[2];
    }
    this.fds = r.slice(3);
    return err;
  }

  kill(signal) {
    if (this.id === 0) return UV_ESRCH;
    return binding.kill(this.id, signal);
  }

  ref() {
    if (this.id !== 0) binding.ref(this.id);
  }

  unref() {
    if (this.id !== 0) binding.unref(this.id);
  }

  hasRef() {
    return this.id !== 0 && binding.hasRef(this.id);
  }

  close() {
    if (this.id !== 0) binding.close(this.id);
    this.id = 0;
  }
}

// ---------------------------------------------------------------------------
// stdio

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      options.push(0, 1, 2);
      break;
    default:
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function isStreamHandle(h) {
  return h != null && typeof h === 'object' && h instanceof net()._StreamHandle;
}

function getHandle(stdio) {
  if (isStreamHandle(stdio)) return stdio;
  if (isStreamHandle(stdio.handle)) return stdio.handle;
  if (isStreamHandle(stdio._handle)) return stdio._handle;
  return null;
}

// Turns the `stdio` option into one descriptor per slot:
// { type: 'ignore' | 'pipe' | 'overlapped' | 'inherit' | 'fd' | 'wrap', … }.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);

  const acc = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      acc.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      acc.push({
        type: s === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new (errors().codes.ERR_IPC_ONE_PIPE)();
        throw new (errors().codes.ERR_IPC_SYNC_FORK)();
      }
      ipc = true;
      ipcFd = i;
      acc.push({ type: 'pipe', ipc: true });
    } else if (s === 'inherit') {
      acc.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      acc.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (getHandle(s) !== null) {
      acc.push({ type: 'wrap', handle: getHandle(s), _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        throw new (errors().codes.ERR_INVALID_SYNC_FORK_INPUT)(
          require('internal/util/inspect').inspect(s));
      }
      acc.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('stdio', s);
    }
  }
  return { stdio: acc, ipc, ipcFd };
}

// What the native side takes for each slot: -1 ignore, -2 pipe, or an fd to share.
function nativeStdio(stdio) {
  return stdio.map((s) => {
    switch (s.type) {
      case 'ignore': return -1;
      case 'pipe':
      case 'overlapped': return -2;
      case 'inherit':
      case 'fd': return s.fd;
      case 'wrap': {
        const fd = s.handle.fd;
        return typeof fd === 'number' && fd >= 0 ? fd : 0x7fffffff;
      }
      default: return -1;
    }
  });
}

function createSocket(fd, readable) {
  if (fd < 0) {
    // No pipe end (should not happen): an unconnected socket, as Node has for a pipe
    // whose process never started.
    return new (net().Socket)({ readable });
  }
  return new (net().Socket)({ fd, readable });
}

// ---------------------------------------------------------------------------
// ChildProcess

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle[kOwner] = this;
  this._handle.onexit = (exitCode, signalCode) => {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = errors().errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

const kUsedAsStdio = Symbol('kIsUsedAsStdio');

// Lets unread output flow so that the pipes end and 'close' can come.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    // A stream handed to another child as its stdio is that child's to read (Node's
    // kIsUsedAsStdio): resuming it here would steal the bytes.
    if (!stream || !stream.readable || stream._readableState.readableListening ||
        stream[kUsedAsStdio]) continue;
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

ChildProcess.prototype.spawn = function spawn(options) {
  const v = validators();
  v.validateObject(options, 'options');
  let stdio = options.stdio || 'pipe';
  stdio = getValidStdio(stdio, false);
  const ipc = stdio.ipc;
  const ipcFd = stdio.ipcFd;
  stdio = options.stdio = stdio.stdio;

  v.validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  if (ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    else v.validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }

  v.validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    v.validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(nativeOptions(options, this.spawnargs, stdio));
  const fds = this._handle.fds || [];

  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
      err === UV_ENOENT) {
    process.nextTick(onErrorNT, this, err);
    if (err === UV_EMFILE || err === UV_ENFILE) {
      for (const fd of fds) if (fd >= 0) binding.closeFd(fd);
      return err;
    }
  } else if (err) {
    this._handle.close();
    this._handle = null;
    throw errors().errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = this._handle.pid;

  let ipcSocketFd = -1;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (stream.type === 'ignore') continue;
    if (stream.ipc) {
      ipcSocketFd = fds[i];
      this._closesNeeded++;
      continue;
    }
    if (stream.type === 'wrap') {
      // The child has the stream's fd now: stop reading it here, or both would.
      const h = stream.handle;
      if (h.reading && typeof h.readStop === 'function') {
        h.reading = false;
        h.readStop();
      }
      const s = stream._stdio;
      if (s && typeof s === 'object') s[kUsedAsStdio] = true;
      if (s && typeof s.pause === 'function' && s.readable) {
        s.pause();
        s.readableFlowing = false;
        if (s._readableState) s._readableState.reading = false;
      }
      continue;
    }
    if (stream.type === 'pipe' || stream.type === 'overlapped') {
      stream.socket = createSocket(fds[i] === undefined ? -1 : fds[i], i > 0);
      if (i > 0) {
        this._closesNeeded++;
        stream.socket.on('close', () => {
          maybeClose(this);
        });
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
  }

  if (ipc !== undefined) {
    require('internal/child_process/ipc').setupChannel(this, ipcSocketFd, serialization);
  }
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errors().errnoException(err, 'kill');
    } else {
      this.emit('error', errors().errnoException(err, 'kill'));
    }
  }
  return false;
};

if (typeof Symbol.dispose === 'symbol') {
  ChildProcess.prototype[Symbol.dispose] = function() {
    if (!this.killed) this.kill();
  };
}

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

// What the native spawn and spawnSync both take from the normalized options.
function nativeOptions(options, args, stdio) {
  return {
    file: options.file,
    args: args.map(String),
    envPairs: options.envPairs || [],
    cwd: options.cwd == null ? null : String(options.cwd),
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    stdio: nativeStdio(stdio),
  };
}

// ---------------------------------------------------------------------------
// spawnSync

function spawnSync(options) {
  const stdio = options.stdio;
  const input = stdio.map((s) => {
    const inp = s && s.input;
    if (inp == null) return undefined;
    return new Uint8Array(inp.buffer, inp.byteOffset, inp.byteLength);
  });
  const r = binding.spawnSync({
    ...nativeOptions(options, options.args, stdio),
    input,
    timeout: options.timeout || 0,
    maxBuffer: options.maxBuffer == null ? Infinity : options.maxBuffer,
    killSignal: options.killSignal === undefined ? 15 : options.killSignal,
  });
  const [err, pid, code, signo, rawOutput] = r;
  const result = {};
  if (err) result.error = err;
  result.status = signo ? null : code;
  result.signal = signo ? (signalName(signo) || null) : null;
  let output = null;
  if (rawOutput !== null) {
    output = [];
    for (let i = 0; i < rawOutput.length; i++) {
      const ab = rawOutput[i];
      output.push(ab === null || ab === undefined ? null : Buffer.from(ab));
    }
  }
  result.output = output;
  result.pid = pid;

  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (!result.output[i]) continue;
      result.output[i] = result.output[i].toString(options.encoding);
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errors().errnoException(result.error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  ChildProcess,
  Process,
  getValidStdio,
  stdioStringToArray,
  spawnSync,
  convertToValidSignal,
  signalName,
};
