'use strict';
// fs.watch / fs.watchFile / fs.unwatchFile / fsPromises.watch.
//
// - FSWatcher: an EventEmitter over an inotify watch (binding.fsEventStart, src/fs/watch.rs).
// - Recursive watching (Linux): as Node 20 does it, one plain watcher per file and folder
//   under the root, added as entries appear and dropped as they go; names are relative to
//   the root.
// - StatWatcher (watchFile): stat polling, as libuv's uv_fs_poll: the first stat is taken
//   at start, then one every `interval` ms (counted from when the previous one started);
//   the listener gets (current, previous) Stats whenever a field other than atime/nlink
//   changed or the stat started/stopped failing (a missing file reads as zeroed Stats).

const EventEmitter = require('events');
const pathModule = require('path');
const {
  getOptions,
  copyObject,
  getStatsFromBinding,
  getValidatedPath,
  kEmptyObject,
} = require('internal/fs/utils');

const binding = internalBinding('fs');

const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kFSStatWatcherRefCount');
const kMaxRefCount = Symbol('kFSStatWatcherMaxRefCount');

const UV_ENOSPC = -28;

function errors() {
  return require('internal/errors');
}

function watchError(errno, filename) {
  const { UVException } = errors();
  const error = new UVException({
    errno,
    syscall: 'watch',
    path: filename,
    message: errno === UV_ENOSPC ? 'System limit for number of file watchers reached' : '',
  });
  // Node builds this one in JS: its keys come in ctx's order (errno, syscall, code, path).
  for (const key of ['code', 'path']) {
    const value = error[key];
    delete error[key];
    error[key] = value;
  }
  error.filename = filename;
  return error;
}

let BufferCtor;
// A filename from the native side (string, or raw bytes when `encoding` isn't utf8).
function decodeName(name, encoding) {
  if (typeof name === 'string') return name;
  BufferCtor ??= require('buffer').Buffer;
  const buf = BufferCtor.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function isUtf8(encoding) {
  if (encoding == null) return true;
  const e = `${encoding}`.toLowerCase();
  return e === 'utf8' || e === 'utf-8';
}

// ---------------------------------------------------------------------------------------
// The native handle behind an FSWatcher.

class FSEvent {
  constructor() {
    this.id = 0;
    this.initialized = false;
    this.onchange = null;
  }

  start(path, persistent, encoding) {
    const raw = !isUtf8(encoding);
    const id = binding.fsEventStart(path, raw, (eventType, filename) => {
      this.onchange?.(0, eventType, decodeName(filename, encoding));
    });
    if (id < 0) return id;
    this.id = id;
    this.initialized = true;
    if (!persistent) binding.fsEventRef(id, false);
    return 0;
  }

  close() {
    if (this.id) binding.fsEventClose(this.id);
    this.id = 0;
    this.initialized = false;
  }

  ref() {
    if (this.id) binding.fsEventRef(this.id, true);
  }

  unref() {
    if (this.id) binding.fsEventRef(this.id, false);
  }

  hasRef() {
    return this.id ? binding.fsEventHasRef(this.id) : false;
  }

  getAsyncId() {
    return -1;
  }
}

// ---------------------------------------------------------------------------------------
// FSWatcher

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = new FSEvent();
  this._handle.onchange = (status, eventType, filename) => {
    this.emit('change', eventType, filename);
  };
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  if (this._handle === null || this._handle.initialized) return;
  filename = getValidatedPath(filename, 'filename');
  // As Node's native handle: only `true` is persistent.
  const err = this._handle.start(pathModule.toNamespacedPath(filename), persistent === true, encoding);
  if (err) {
    this._handle.close();
    throw watchError(err, filename);
  }
};

FSWatcher.prototype.close = function() {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitCloseNT, this);
};

FSWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

function emitCloseNT(self) {
  self.emit('close');
}

// ---------------------------------------------------------------------------------------
// Recursive FSWatcher: a plain watcher on every file and folder under the root.

// (Named FSWatcher like Node's: inside the class body that name is the class itself.)
const PlainFSWatcher = FSWatcher;
const RecursiveFSWatcher = class FSWatcher extends EventEmitter {
  #options;
  #closed = false;
  #root = '';
  #rootIsFile = false;
  // path -> last Stats; path -> FSWatcher; paths that are symbolic links.
  #stats = new Map();
  #watchers = new Map();
  #links = new Set();
  #refed = true;

  constructor(options = kEmptyObject) {
    super();
    const { persistent, recursive, signal, encoding } = options;
    const { validateBoolean, validateAbortSignal } = require('internal/validators');
    if (recursive != null) validateBoolean(recursive, 'options.recursive');
    if (persistent != null) validateBoolean(persistent, 'options.persistent');
    if (signal != null) validateAbortSignal(signal, 'options.signal');
    if (encoding != null && typeof encoding !== 'string') {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options.encoding', encoding);
    }
    this.#options = { persistent, recursive, signal, encoding };
  }

  get closed() {
    return this.#closed;
  }

  [kFSWatchStart](filename) {
    filename = pathModule.resolve(getValidatedPath(filename));
    const fs = require('fs');
    let stats;
    try {
      stats = fs.statSync(filename);
    } catch (error) {
      if (error.code === 'ENOENT') {
        error.filename = filename;
        throw error;
      }
      return;
    }
    this.#root = filename;
    this.#closed = false;
    this.#rootIsFile = stats.isFile();
    this.#watchPath(filename);
    if (stats.isDirectory()) this.#scanFolder(filename);
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const w of this.#watchers.values()) w.close();
    this.#watchers.clear();
    this.#stats.clear();
    this.#links.clear();
    this.emit('close');
  }

  ref() {
    this.#refed = true;
    for (const w of this.#watchers.values()) w.ref();
    return this;
  }

  unref() {
    this.#refed = false;
    for (const w of this.#watchers.values()) w.unref();
    return this;
  }

  #relative(p) {
    return pathModule.relative(this.#root, p);
  }

  // Drops `prefix` and everything under it.
  #forget(prefix) {
    this.#links.delete(prefix);
    for (const p of [...this.#stats.keys()]) {
      if (p.startsWith(prefix)) {
        this.#stats.delete(p);
        this.#watchers.get(p)?.close();
        this.#watchers.delete(p);
      }
    }
  }

  // Reports (as 'rename') and starts watching every entry of `folder` not seen before.
  #scanFolder(folder) {
    const fs = require('fs');
    try {
      const entries = fs.readdirSync(folder, { withFileTypes: true });
      for (const entry of entries) {
        if (this.#closed) break;
        const p = pathModule.join(folder, entry.name);
        if (this.#stats.has(p)) continue;
        this.emit('change', 'rename', this.#relative(p));
        if (entry.isSymbolicLink()) this.#links.add(p);
        try {
          this.#watchPath(p);
          if (entry.isDirectory() && !entry.isSymbolicLink()) this.#scanFolder(p);
        } catch (err) {
          if (err.code !== 'ENOENT') throw err;
        }
      }
    } catch (error) {
      this.emit('error', error);
    }
  }

  #watchPath(p) {
    if (this.#closed || this.#stats.has(p)) return;
    const fs = require('fs');
    this.#stats.set(p, fs.statSync(p));
    const watcher = new PlainFSWatcher();
    watcher[kFSWatchStart](p, this.#options.persistent !== false, false, undefined);
    if (!this.#refed) watcher.unref();
    watcher.on('change', () => this.#onEvent(p, watcher));
    this.#watchers.set(p, watcher);
  }

  #onEvent(p, watcher) {
    const fs = require('fs');
    const before = this.#stats.get(p);
    let now;
    try {
      now = fs.statSync(p);
      this.#stats.set(p, now);
    } catch {
      // Gone.
    }
    if (now === undefined || (now.birthtimeMs === 0 && before?.birthtimeMs !== 0)) {
      this.#stats.delete(p);
      this.#watchers.delete(p);
      watcher.close();
      this.emit('change', 'rename', this.#relative(p));
      this.#forget(p);
    } else if (p === this.#root && this.#rootIsFile) {
      this.emit('change', 'change', pathModule.basename(p));
    } else if (this.#links.has(p)) {
      this.emit('change', 'rename', this.#relative(p));
    } else if (now.isDirectory()) {
      this.#scanFolder(p);
    } else {
      this.emit('change', 'change', this.#relative(p));
    }
  }
};

// ---------------------------------------------------------------------------------------
// fs.watch

let kResistStopPropagation;

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  options = copyObject(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;

  let watcher;
  const path = getValidatedPath(filename);
  if (options.recursive) {
    watcher = new RecursiveFSWatcher(options);
    watcher[kFSWatchStart](path);
  } else {
    watcher = new FSWatcher();
    watcher[kFSWatchStart](path, options.persistent, options.recursive, options.encoding);
  }

  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
      signal.addEventListener('abort', onAbort, { __proto__: null, [kResistStopPropagation]: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---------------------------------------------------------------------------------------
// StatWatcher (fs.watchFile)

// The binding's stat fields (Float64Array or BigInt64Array of 18) compared by uv_fs_poll:
// everything but atime, nlink, rdev, blksize and blocks.
const kCompared = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17];

function sameStat(a, b) {
  for (const i of kCompared) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// The polling handle: stat now, then again after each interval.
class StatPoller {
  constructor(bigint) {
    this.bigint = !!bigint;
    this.onchange = null;
    this.path = null;
    this.interval = 0;
    this.timer = null;
    this.refed = true;
    this.active = false;
    this.startedAt = 0;
    // uv_fs_poll's state: 0 before the first stat, 1 after a good one, -errno after a bad one.
    this.status = 0;
    this.last = this.zero();
  }

  zero() {
    return this.bigint ? new BigInt64Array(18) : new Float64Array(18);
  }

  start(path, interval) {
    this.path = path;
    this.interval = interval || 1;
    this.active = true;
    this.poll();
    return 0;
  }

  poll() {
    this.timer = null;
    if (!this.active) return;
    this.startedAt = Date.now();
    binding.stat(this.path, this.bigint, true, (err, stats) => this.polled(err, stats));
  }

  polled(err, stats) {
    if (!this.active) return;
    if (err) {
      const status = err.errno ?? -1;
      if (this.status !== status) {
        this.notify(status, this.zero(), this.last);
        this.status = status;
      }
    } else {
      if (this.status !== 0 && (this.status < 0 || !sameStat(this.last, stats))) {
        this.notify(0, stats, this.last);
      }
      this.last = stats;
      this.status = 1;
    }
    if (!this.active) return;
    const wait = this.interval - ((Date.now() - this.startedAt) % this.interval);
    this.timer = setTimeout(() => this.poll(), wait);
    if (!this.refed) this.timer.unref();
  }

  notify(status, curr, prev) {
    const both = this.bigint ? new BigInt64Array(36) : new Float64Array(36);
    both.set(curr, 0);
    both.set(prev, 18);
    this.onchange?.(status, both);
  }

  close() {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  ref() {
    this.refed = true;
    this.timer?.ref();
  }

  unref() {
    this.refed = false;
    this.timer?.unref();
  }

  hasRef() {
    return this.refed;
  }

  getAsyncId() {
    return -1;
  }
}

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[kRefCount] = 1;
  this[kMaxRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

function statChange(self, newStatus, stats) {
  // Node skips this one case (its check compares the new nlink with the new birthtime).
  if (self[kOldStatus] === -1 && newStatus === -1 && stats[2] === stats[16]) return;
  self[kOldStatus] = newStatus;
  self.emit('change', getStatsFromBinding(stats.subarray(0, 18)),
            getStatsFromBinding(stats.subarray(18, 36)));
}

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle !== null) return;
  this._handle = new StatPoller(this[kUseBigint]);
  this._handle.onchange = (status, stats) => statChange(this, status, stats);
  if (!persistent) this.unref();
  this[kOldStatus] = -1;
  filename = getValidatedPath(filename, 'filename');
  require('internal/validators').validateUint32(interval, 'interval');
  this._handle.start(pathModule.toNamespacedPath(filename), interval);
};

StatWatcher.prototype.stop = function() {
  if (this._handle === null) return;
  process.nextTick(emitStop, this);
  this._handle.close();
  this._handle = null;
};

function emitStop(self) {
  self.emit('stop');
}

StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kRefCount]++;
    this[kMaxRefCount]++;
  } else if (operate === 'clean') {
    this[kMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[kMaxRefCount] = 0;
    this[kRefCount] = 0;
    this._handle?.unref();
  }
};

StatWatcher.prototype.ref = function() {
  // Each watchFile() listener holds one reference; ref() beyond that count does nothing.
  if (this[kRefCount] === this[kMaxRefCount]) return this;
  if (this._handle && this[kRefCount]++ === 0) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this[kRefCount] === 0) return this;
  if (this._handle && --this[kRefCount] === 0) this._handle.unref();
  return this;
};

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(filename);
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  // 5007 ms: libev's old default, kept by Node.
  options = { interval: 5007, persistent: true, ...options };
  require('internal/validators').validateFunction(listener, 'listener');

  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(filename);
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---------------------------------------------------------------------------------------
// fsPromises.watch: an async iterator of { eventType, filename }. Events that arrive
// between two next() calls are queued (up to maxQueue; then dropped with a warning, or
// the iterator fails with ERR_FS_WATCH_QUEUE_OVERFLOW when overflow is 'error').

async function* promisesWatch(filename, options = kEmptyObject) {
  const path = getValidatedPath(filename);
  const {
    validateAbortSignal,
    validateBoolean,
    validateInteger,
    validateObject,
    validateOneOf,
  } = require('internal/validators');
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
    maxQueue = 2048,
    overflow = 'ignore',
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  if (encoding && !require('buffer').Buffer.isEncoding(encoding)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(encoding, 'encoding', 'is invalid encoding');
  }
  const { AbortError } = errors();
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let failure = null;
  let wake = null;
  let warned = false;
  const push = (item) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'error') {
        failure ??= new (errors().codes.ERR_FS_WATCH_QUEUE_OVERFLOW)(maxQueue);
      } else if (!warned) {
        warned = true;
        process.emitWarning('fs.watch maxQueue exceeded');
      }
    } else {
      queue.push(item);
    }
    wake?.();
  };
  const onAbort = () => {
    failure ??= new AbortError(undefined, { cause: signal.reason });
    wake?.();
  };

  let watcher;
  if (recursive) {
    watcher = new RecursiveFSWatcher({ persistent, recursive, encoding });
    watcher[kFSWatchStart](path);
  } else {
    watcher = new FSWatcher();
    watcher[kFSWatchStart](path, persistent, false, encoding);
  }
  watcher.on('change', (eventType, name) => push({ eventType, filename: name }));
  watcher.on('error', (err) => {
    failure ??= err;
    wake?.();
  });
  signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
  try {
    while (true) {
      if (failure) throw failure;
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      await new Promise((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

module.exports = {
  FSWatcher,
  RecursiveFSWatcher,
  StatWatcher,
  kFSWatchStart,
  kFSStatWatcherStart,
  kFSStatWatcherAddOrCleanRef,
  watch,
  watchFile,
  unwatchFile,
  promisesWatch,
};
