'use strict';
// fs.ReadStream and fs.WriteStream: node:stream's Readable/Writable over the callback fs
// API (or a caller's `fs` option, or a FileHandle's promise methods). The file is opened in
// _construct, so 'open' and 'ready' come before any data; reads and writes run on the
// blocking pool like every async fs call, and the fd is closed in _destroy once no read or
// write is in flight (closing an fd a pool thread is still using could hit a reused fd).

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { finished } = require('internal/streams/end-of-stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  copyObject,
  getOptions,
  getValidatedFd,
  kEmptyObject,
  toPathIfFileURL,
  validatePath,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

let BufferCtor;
function allocUnsafeSlow(n) {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor.allocUnsafeSlow(n);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function validateInteger(value, name, min) {
  require('internal/validators').validateInteger(value, name, min);
}

// The deprecated no-op `open()` of both classes (DEP0135). Node calls them only if a
// program replaced them (see _construct).
let openDeprecationWarned = false;
function deprecatedOpen(which) {
  return function open() {
    if (!openDeprecationWarned) {
      openDeprecationWarned = true;
      process.emitWarning(`${which}.prototype.open() is deprecated`, 'DeprecationWarning', 'DEP0135');
    }
  };
}
const openReadFs = deprecatedOpen('ReadStream');
const openWriteFs = deprecatedOpen('WriteStream');

// The fs operations a stream over a FileHandle uses: its promise methods, shaped as
// callbacks. The stream holds a reference on the handle until it closes.
function fileHandleOperations(handle) {
  const { kUnref } = require('internal/fs/promises');
  return {
    open() {
      const { codes } = require('internal/errors');
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesRead, r.buffer),
        (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffer),
        (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffers),
        (err) => cb(err, 0, buffers));
    },
  };
}

// `options.fd`: a number (used as is) or a FileHandle (its fd; the stream closes when
// the handle does).
function importFd(stream, options) {
  const fd = options.fd;
  if (typeof fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return fd;
  }
  const { FileHandle, kRef } = require('internal/fs/promises');
  if (typeof fd === 'object' && fd instanceof FileHandle) {
    if (options.fs) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    }
    stream[kHandle] = fd;
    stream[kFs] = fileHandleOperations(fd);
    fd[kRef]();
    fd.on('close', stream.close.bind(stream));
    return fd.fd;
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
}

// Path, flags and mode when the stream opens the file itself; the fd otherwise.
function setupTarget(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || lazyFs();
    validateFunction(stream[kFs].open, 'options.fs.open');
    // The path is ignored when an fd is given, so only checked here.
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(stream.path);
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
}

// Opens the file (unless an fd was given): 'open' and 'ready' follow the constructed
// callback, so they are emitted before the first read or write starts.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // A program that replaced open() (old API): it opens and emits 'open' itself.
    const realEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = realEmit;
        callback();
        Reflect.apply(realEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = realEmit;
        callback(args[1]);
      } else {
        Reflect.apply(realEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeFd(stream, err, cb) {
  // fd 0 is never closed here (Node's `!stream.fd`).
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
  stream.fd = null;
}

// _destroy for both classes: wait for the read/write in flight before closing.
function destroyStream(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeFd(this, err || ioErr, cb));
  } else {
    closeFd(this, err, cb);
  }
}

// ---------------------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  setupTarget(this, path, options, 'r');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');

  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return this._readableState.autoDestroy;
  },
  set(val) {
    this._readableState.autoDestroy = val;
  },
});

ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  // `end` is inclusive.
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }

  const buf = allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    // Destroyed meanwhile: _destroy is waiting to close the fd.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = data || buf;
      if (bytesRead !== chunk.length) {
        // A short read: copy, so the big buffer is not kept alive by a small chunk.
        const dst = allocUnsafeSlow(bytesRead);
        chunk.copy(dst, 0, 0, bytesRead);
        chunk = dst;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  configurable: true,
  get() {
    return this.fd === null;
  },
});

// ---------------------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  // Only Buffers reach _write.
  options.decodeStrings = true;

  setupTarget(this, path, options, 'w');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  const ops = this[kFs];
  if (!ops.write && !ops.writev) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  }
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');

  // Overriding either one is enough: the stream uses what is there.
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  const flush = options.flush ?? false;
  require('internal/validators').validateBoolean(flush, 'options.flush');
  this.flush = flush;
  if (flush) validateFunction(ops.fsync, 'options.fs.fsync');

  Reflect.apply(Writable, this, [options]);

  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return this._writableState.autoDestroy;
  },
  set(val) {
    this._writableState.autoDestroy = val;
  },
});

WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

// Writes all of `size` bytes of `data`, retrying short writes (EAGAIN counts as zero
// bytes); five zero-byte writes in a row fail.
function writeAll(stream, data, size, pos, cb, retries) {
  stream[kFs].write(stream.fd, data, 0, size, pos, (err, bytesWritten, buffer) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) {
      const { codes } = require('internal/errors');
      cb(err || new codes.ERR_STREAM_DESTROYED('write'));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null) pos += bytesWritten;
    if (retries > 5) {
      const { codes } = require('internal/errors');
      cb(new codes.ERR_SYSTEM_ERROR('write failed'));
    } else if (size) {
      writeAll(stream, (buffer || data).subarray(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writevAll(stream, chunks, size, pos, cb, retries) {
  stream[kFs].writev(stream.fd, chunks, pos, (err, bytesWritten) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) {
      const { codes } = require('internal/errors');
      cb(err || new codes.ERR_STREAM_DESTROYED('writev'));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null) pos += bytesWritten;
    if (retries > 5) {
      const { codes } = require('internal/errors');
      cb(new codes.ERR_SYSTEM_ERROR('writev failed'));
    } else if (size) {
      // Drop what was written and go on with the rest.
      let skip = bytesWritten;
      const rest = [];
      for (const c of chunks) {
        if (skip >= c.length) {
          skip -= c.length;
        } else {
          rest.push(skip ? c.subarray(skip) : c);
          skip = 0;
        }
      }
      writevAll(stream, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function afterIo(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      // _destroy is waiting for this to close the fd.
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    cb(err);
  };
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, afterIo(this, cb), 0);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, afterIo(this, cb), 0);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, 'finish' is what destroys (and so closes) the stream.
  if (!this.autoClose) this.on('finish', this.destroy);
  // end(), not destroy(): data already written must still reach the file.
  this.end();
};

// Files have no shutdown(): destroySoon is end.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  configurable: true,
  get() {
    return this.fd === null;
  },
});

module.exports = {
  available: true,
  ReadStream,
  WriteStream,
};
