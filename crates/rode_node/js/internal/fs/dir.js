'use strict';
// fs.Dir, fs.opendir, fs.opendirSync: a directory stream read in batches of `bufferSize`
// entries (unsorted, as readdir(3) returns them). Operations on one Dir are serialized.

const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const pathModule = require('path');
const {
  Dirent,
  encodeName,
  getOptions,
  getValidatedPath,
  wantsRaw,
} = require('internal/fs/utils');

const binding = internalBinding('fs');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirOperationQueue = Symbol('kDirOperationQueue');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    // null, or the operations waiting for the current one to finish.
    this[kDirOperationQueue] = null;
    this[kDirOptions] = {
      bufferSize: 32,
      ...getOptions(options, { encoding: 'utf8' }),
    };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this[kDirReadImpl](false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this[kDirReadImpl](maybeSync, callback));
      return;
    }
    if (this[kDirBufferedEntries].length > 0) {
      try {
        const dirent = this.shiftEntry();
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
      } catch (error) {
        callback(error);
      }
      return;
    }
    this[kDirOperationQueue] = [];
    const { encoding, bufferSize } = this[kDirOptions];
    binding.dirRead(this[kDirHandle], bufferSize, wantsRaw(encoding), (err, result) => {
      process.nextTick(() => {
        const queue = this[kDirOperationQueue];
        this[kDirOperationQueue] = null;
        for (const op of queue) op();
      });
      if (err || result === null) return callback(err, result);
      try {
        this.processReadResult(this[kDirPath], result);
        callback(null, this.shiftEntry());
      } catch (error) {
        callback(error);
      }
    });
  }

  shiftEntry() {
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  processReadResult(path, result) {
    const encoding = this[kDirOptions].encoding;
    for (let i = 0; i < result.length; i += 2) {
      this[kDirBufferedEntries].push(new Dirent(encodeName(result[i], encoding), result[i + 1], path));
    }
  }

  readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = binding.opendir(pathModule.toNamespacedPath(path), undefined);
    try {
      const { encoding } = this[kDirOptions];
      for (;;) {
        const result = binding.dirRead(handle, 1024, wantsRaw(encoding), undefined);
        if (result === null) break;
        this.processReadResult(path, result);
      }
    } finally {
      binding.dirClose(handle, undefined);
    }
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kDirBufferedEntries].length > 0) return this.shiftEntry();
    const { encoding, bufferSize } = this[kDirOptions];
    const result = binding.dirRead(this[kDirHandle], bufferSize, wantsRaw(encoding), undefined);
    if (result === null) return result;
    this.processReadResult(this[kDirPath], result);
    return this.shiftEntry();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    binding.dirClose(this[kDirHandle], callback);
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    binding.dirClose(this[kDirHandle], undefined);
  }

  async* entries() {
    try {
      while (true) {
        const result = await this[kDirReadImpl](false);
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(pathModule.toNamespacedPath(path), (error, handle) => {
    if (error) return callback(error);
    let dir;
    try {
      dir = new Dir(handle, path, options);
    } catch (e) {
      binding.dirClose(handle, undefined);
      return callback(e);
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = binding.opendir(pathModule.toNamespacedPath(path), undefined);
  try {
    return new Dir(handle, path, options);
  } catch (e) {
    binding.dirClose(handle, undefined);
    throw e;
  }
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
};
