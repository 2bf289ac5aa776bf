'use strict';
// node:fs/promises and FileHandle. Each operation asks the binding for a promise
// (`kUsePromises`), settled in the poll phase when the blocking work is done.

const {
  aggregateTwoErrors,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const EventEmitter = require('events');
const pathModule = require('path');
const utils = require('internal/fs/utils');
const {
  constants,
  kEmptyObject,
  kMaxUserId,
  kUsePromises,
  kWriteFileMaxChunkSize,
  asUint8,
  checkAborted,
  copyObject,
  toBuffer,
  emitRecursiveRmdirWarning,
  encodeName,
  encodeNames,
  encodeString,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedPath,
  getValidModeChecked,
  isUtf8,
  lazyBuffer,
  stringToFlags,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateRmdirOptions,
  validateRmOptions,
  validateStringAfterArrayBufferView,
  wantsRaw,
  warnOnNonPortableTemplate,
} = utils;

const binding = internalBinding('fs');
const { F_OK } = constants;
const nsPath = pathModule.toNamespacedPath;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kGcToken = Symbol('kGcToken');

function allocBuffer(size) {
  const B = lazyBuffer();
  return B ? B.alloc(size) : new Uint8Array(size);
}

// EventEmitter's methods on a base class (Node's EventEmitterMixin): a FileHandle emits
// 'close' without being an EventEmitter instance.
function EventEmitterMixin(Base) {
  class MixedEventEmitter extends Base {
    constructor(...args) {
      super(...args);
      EventEmitter.call(this);
    }
  }
  for (const key of Reflect.ownKeys(EventEmitter.prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(MixedEventEmitter.prototype, key,
                          Object.getOwnPropertyDescriptor(EventEmitter.prototype, key));
  }
  return MixedEventEmitter;
}

// A FileHandle collected while open closes its fd, with Node's warnings.
let gcDeprecationWarned = false;
const fdRegistry = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd, undefined);
  } catch {
    // Already gone.
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!gcDeprecationWarned) {
    gcDeprecationWarned = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
      'In the future, an error will be thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
});

class FileHandle extends EventEmitterMixin(Object) {
  constructor(fd) {
    super();
    this[kFd] = fd ?? -1;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    // The unregister token is a separate object: QuickJS holds tokens strongly.
    this[kGcToken] = {};
    if (this[kFd] >= 0) fdRegistry.register(this, this[kFd], this[kGcToken]);
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFile, this, options);
  }

  readLines(options = undefined) {
    const { builtinExists } = require('internal/bootstrap/realm');
    if (!builtinExists('readline') || !builtinExists('stream')) {
      throw new ERR_NOT_IMPLEMENTED('filehandle.readLines()');
    }
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      fdRegistry.unregister(this[kGcToken]);
      this[kClosePromise] = binding.close(fd, kUsePromises).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    throw new ERR_NOT_IMPLEMENTED('filehandle.readableWebStream()');
  }

  createReadStream(options = undefined) {
    const { ReadStream, available } = require('internal/fs/streams');
    if (!available) throw new ERR_NOT_IMPLEMENTED('filehandle.createReadStream()');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream, available } = require('internal/fs/streams');
    if (!available) throw new ERR_NOT_IMPLEMENTED('filehandle.createWriteStream()');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      fdRegistry.unregister(this[kGcToken]);
      binding.close(fd, kUsePromises).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle[kRefs] === undefined) {
    throw new TypeError('handle must be an instance of FileHandle');
  }
  if (handle.fd === -1) {
    // eslint-disable-next-line no-restricted-syntax
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

// Runs `fileOp`, then `closeFunc`; the op's error wins, a close error is added to it.
async function handleFdClose(fileOpPromise, closeFunc) {
  return fileOpPromise.then(
    (result) => closeFunc().then(() => result),
    (opError) => closeFunc().then(
      () => Promise.reject(opError),
      (closeError) => Promise.reject(aggregateTwoErrors(closeError, opError)),
    ),
  );
}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.iterator] === 'function' ||
                         typeof obj[Symbol.asyncIterator] === 'function');
}

function isCustomIterable(obj) {
  return isIterable(obj) && !isArrayBufferView(obj) && typeof obj !== 'string';
}

// ---------------------------------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidModeChecked(mode, 'access');
  return binding.access(nsPath(path), mode, kUsePromises);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = nsPath(getValidatedPath(src, 'src'));
  dest = nsPath(getValidatedPath(dest, 'dest'));
  return require('internal/fs/cp').cpAsync(src, dest, options);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidModeChecked(mode, 'copyFile');
  return binding.copyFile(nsPath(src), nsPath(dest), mode, kUsePromises);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await binding.open(nsPath(path), flagsNumber, mode, kUsePromises));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // fh.read(params)
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = allocBuffer(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // fh.read(buffer, options)
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (!Number.isSafeInteger(position)) position = -1;
  const bytesRead = (await binding.read(handle.fd, asUint8(buffer), offset, length, position, kUsePromises)) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await binding.readBuffers(handle.fd, buffers.map(asUint8), position, kUsePromises)) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten =
      (await binding.writeBuffer(handle.fd, asUint8(buffer), offset, length, position, kUsePromises)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const pos = typeof offset === 'number' ? offset : null;
  const data = encodeString(buffer, length);
  const bytesWritten = (typeof data === 'string' ?
    await binding.writeString(handle.fd, data, pos, kUsePromises) :
    await binding.writeBuffer(handle.fd, data, 0, data.byteLength, pos, kUsePromises)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten =
    (await binding.writeBuffers(handle.fd, buffers.map(asUint8), position, kUsePromises)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return binding.rename(nsPath(oldPath), nsPath(newPath), kUsePromises);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleFdClose(ftruncate(fd, len), fd.close);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return binding.ftruncate(handle.fd, len, kUsePromises);
}

async function rm(path, options) {
  path = nsPath(getValidatedPath(path));
  options = await new Promise((resolve, reject) => {
    validateRmOptions(path, options, false, (err, opts) => (err ? reject(err) : resolve(opts)));
  });
  return binding.rmrf(path, options.maxRetries, options.retryDelay, kUsePromises);
}

async function rmdir(path, options) {
  path = nsPath(getValidatedPath(path));
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) {
      return binding.rmrf(path, options.maxRetries, options.retryDelay, kUsePromises);
    }
  }
  return binding.rmdir(path, kUsePromises);
}

async function fdatasync(handle) {
  return binding.fdatasync(handle.fd, kUsePromises);
}

async function fsync(handle) {
  return binding.fsync(handle.fd, kUsePromises);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return binding.mkdir(nsPath(path), parseFileMode(mode, 'mode', 0o777), recursive, kUsePromises);
}

async function readdir(path, options) {
  options = getOptions(options);
  options = copyObject(options);
  path = getValidatedPath(path);
  if (options.recursive) return utils.readdirRecursivePromise(path, options);
  const withFileTypes = !!options.withFileTypes;
  const result = await binding.readdir(nsPath(path), withFileTypes, wantsRaw(options.encoding), kUsePromises);
  if (withFileTypes) {
    encodeNames(result[0], options.encoding);
    return getDirents(path, result);
  }
  return encodeNames(result, options.encoding);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await binding.readlink(nsPath(path), wantsRaw(options.encoding), kUsePromises),
                    options.encoding);
}

async function symlink(target, path, type_) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return binding.symlink(target, nsPath(path), kUsePromises);
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await binding.fstat(handle.fd, !!options.bigint, kUsePromises));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await binding.lstat(nsPath(path), !!options.bigint, true, kUsePromises));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await binding.stat(nsPath(path), !!options.bigint, true, kUsePromises));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await binding.statfs(nsPath(path), !!options.bigint, kUsePromises));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return binding.link(nsPath(existingPath), nsPath(newPath), kUsePromises);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return binding.unlink(nsPath(path), kUsePromises);
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return binding.fchmod(handle.fd, mode, kUsePromises);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return binding.chmod(nsPath(path), mode, kUsePromises);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return binding.lchown(nsPath(path), uid, gid, kUsePromises);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return binding.fchown(handle.fd, uid, gid, kUsePromises);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return binding.chown(nsPath(path), uid, gid, kUsePromises);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.utimes(nsPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), kUsePromises);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return binding.futimes(handle.fd, atime, mtime, kUsePromises);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.lutimes(nsPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), kUsePromises);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await binding.realpath(nsPath(path), wantsRaw(options.encoding), kUsePromises),
                    options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(await binding.mkdtemp(prefix, wantsRaw(options.encoding), kUsePromises),
                    options.encoding);
}

// Writes chunks from an (async) iterable through a FileHandle.
async function writeIterable(handle, data, signal, encoding) {
  checkAborted(signal);
  for await (const buf of data) {
    checkAborted(signal);
    const toWrite = isArrayBufferView(buf) ? asUint8(buf) : encodeString(String(buf), encoding || 'utf8');
    if (typeof toWrite === 'string') {
      await binding.writeFile(handle.fd, toWrite, 0, 0, false, kUsePromises);
      continue;
    }
    let remaining = toWrite.byteLength;
    while (remaining > 0) {
      const writeSize = Math.min(kWriteFileMaxChunkSize, remaining);
      const bytesWritten = await binding.writeBuffer(handle.fd, toWrite, toWrite.byteLength - remaining,
                                                     writeSize, null, kUsePromises);
      remaining -= bytesWritten;
      checkAborted(signal);
    }
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const iterable = !isArrayBufferView(data) && isCustomIterable(data);
  if (!isArrayBufferView(data) && !iterable) {
    validateStringAfterArrayBufferView(data, 'data');
    data = encodeString(data, options.encoding || 'utf8');
  } else if (!iterable) {
    data = asUint8(data);
  }
  const signal = options.signal;
  if (path instanceof FileHandle) {
    if (iterable) return writeIterable(path, data, signal, options.encoding);
    checkAborted(signal);
    return binding.writeFile(path.fd, data, 0, 0, false, kUsePromises);
  }
  checkAborted(signal);
  if (iterable) {
    const fd = await open(path, flag, options.mode);
    let op = writeIterable(fd, data, signal, options.encoding);
    if (flush) op = op.then(() => fd.sync());
    return handleFdClose(op, fd.close);
  }
  path = nsPath(getValidatedPath(path));
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  return binding.writeFile(path, data, stringToFlags(flag), mode, flush, kUsePromises);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  const signal = options.signal;
  const encoding = options.encoding;
  let target;
  let flags = 0;
  if (path instanceof FileHandle) {
    checkAborted(signal);
    target = path.fd;
  } else {
    checkAborted(signal);
    path = getValidatedPath(path);
    flags = stringToFlags(flag);
    target = nsPath(path);
  }
  const data = await binding.readFile(target, flags, isUtf8(encoding) && encoding != null, kUsePromises);
  checkAborted(signal);
  if (typeof data === 'number') throw new ERR_FS_FILE_TOO_LARGE(data);
  if (typeof data === 'string') return data;
  const buffer = toBuffer(data);
  return encoding ? buffer.toString(encoding) : buffer;
}

function watch(filename, options = kEmptyObject) {
  return require('internal/fs/watchers').promisesWatch(filename, options);
}

async function opendir(path, options) {
  const { opendir: opendirCb } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCb(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },
  FileHandle,
  kRef,
  kUnref,
};
