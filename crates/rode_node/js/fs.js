'use strict';
// node:fs — the callback and synchronous API. Arguments are validated here with Node's
// errors; the work is done by internalBinding('fs') (src/fs.rs): synchronously when no
// callback is given, otherwise on the blocking pool with the callback called in the poll
// phase (never synchronously).

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const pathModule = require('path');
const utils = require('internal/fs/utils');
const {
  constants,
  kEmptyObject,
  kMaxUserId,
  asUint8,
  copyObject,
  Dirent,
  emitRecursiveRmdirWarning,
  encodeName,
  encodeNames,
  encodeString,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidModeChecked,
  isFd,
  isUtf8,
  lazyBuffer,
  Stats,
  stringToFlags,
  toBuffer,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
  validateStringAfterArrayBufferView,
  wantsRaw,
  warnOnNonPortableTemplate,
  wellFormed,
} = utils;

const binding = internalBinding('fs');
const { F_OK, R_OK, W_OK, X_OK } = constants;
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol.for('rode.util.promisify.customArgs');

const nsPath = pathModule.toNamespacedPath;

let fs;
let promises;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function makeStatsCallback(cb) {
  validateFunction(cb, 'cb');
  return (err, stats) => {
    if (err) return cb(err);
    cb(err, getStatsFromBinding(stats));
  };
}

function allocBuffer(size) {
  const B = lazyBuffer();
  return B ? B.alloc(size) : new Uint8Array(size);
}

// ---------------------------------------------------------------------------------------
// access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  mode = getValidModeChecked(mode, 'access');
  binding.access(nsPath(path), mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidModeChecked(mode, 'access');
  binding.access(nsPath(path), mode, undefined);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch {
    process.nextTick(callback, false);
  }
}

Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  __proto__: null,
  value: function exists(path) { // eslint-disable-line func-name-matching
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(nsPath(path));
}

// ---------------------------------------------------------------------------------------
// readFile / writeFile / appendFile

function readFileResult(data, encoding) {
  if (typeof data === 'number') throw new ERR_FS_FILE_TOO_LARGE(data);
  if (typeof data === 'string') return data;
  const buffer = toBuffer(data);
  return encoding ? buffer.toString(encoding) : buffer;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  const encoding = options.encoding;
  let target = path;
  let flags = 0;
  if (!isFd(path)) {
    if (signal?.aborted) {
      process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    flags = stringToFlags(options.flag, 'options.flag');
    target = nsPath(getValidatedPath(path));
  }
  binding.readFile(target, flags, isUtf8(encoding) && encoding != null, (err, data) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    let result;
    try {
      result = readFileResult(data, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const flags = stringToFlags(options.flag);
  const target = isFd(path) ? path : nsPath(getValidatedPath(path));
  const data = binding.readFile(target, flags, isUtf8(encoding) && encoding != null, undefined);
  return readFileResult(data, encoding);
}

// The bytes (or UTF-8 string) writeFile hands to the binding.
function writeFileData(data, encoding) {
  if (isArrayBufferView(data)) return asUint8(data);
  validateStringAfterArrayBufferView(data, 'data');
  return encodeString(data, encoding || 'utf8');
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeFileData(data, options.encoding);
  const signal = options.signal;
  if (isFd(path)) {
    if (signal?.aborted) {
      process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    binding.writeFile(path, data, 0, 0, flush, callback);
    return;
  }
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  path = nsPath(getValidatedPath(path));
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(flag);
  binding.writeFile(path, data, flags, mode, flush, callback);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  data = writeFileData(data, options.encoding);
  if (isFd(path)) {
    binding.writeFile(path, data, 0, 0, flush, undefined);
    return;
  }
  path = nsPath(getValidatedPath(path));
  binding.writeFile(path, data, stringToFlags(flag), parseFileMode(options.mode, 'mode', 0o666), flush, undefined);
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFileSync(path, data, options);
}

// ---------------------------------------------------------------------------------------
// open / close / read / write

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd), undefined);
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(nsPath(path), flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(nsPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), undefined);
}

// A Blob of the file's contents (read now: Node reads them lazily).
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let data;
  try {
    data = binding.readFile(nsPath(path), constants.O_RDONLY, false, undefined);
  } catch {
    data = undefined;
  }
  if (data === undefined || typeof data === 'number') {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([toBuffer(data)], { type }));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = allocBuffer(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = allocBuffer(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(function tick() {
      callback(null, 0, buffer);
    });
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, asUint8(buffer), offset, length, position, (err, bytesRead) => {
    callback(err, bytesRead || 0, buffer);
  });
}

Object.defineProperty(read, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return binding.read(fd, asUint8(buffer), offset, length, position, undefined);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers.map(asUint8), position, (err, read) => {
    callback(err, read || 0, buffers);
  });
}

Object.defineProperty(readv, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readBuffers(fd, buffers.map(asUint8), position, undefined);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback ||= position || length || offset;
    validateFunction(callback, 'cb');
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, asUint8(buffer), offset, length, position, (err, written) => {
      callback(err, written || 0, buffer);
    });
    return;
  }

  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = position;
  validateFunction(callback, 'cb');
  const done = (err, written) => callback(err, written || 0, str);
  writeStringAt(fd, str, offset, length, done);
}

Object.defineProperty(write, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

// Writes `str` in `encoding` at `position` (current position unless a number).
function writeStringAt(fd, str, position, encoding, req) {
  if (typeof position !== 'number') position = null;
  const data = encodeString(str, encoding);
  if (typeof data === 'string') return binding.writeString(fd, data, position, req);
  return binding.writeBuffer(fd, data, 0, data.byteLength, position, req);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, asUint8(buffer), offset, length, position, undefined);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  return writeStringAt(fd, buffer, offset, length, undefined);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers.map(asUint8), position, (err, written) => {
    callback(err, written || 0, buffers);
  });
}

Object.defineProperty(writev, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers.map(asUint8), position, undefined);
}

// ---------------------------------------------------------------------------------------
// rename / truncate / rm / rmdir / sync

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(nsPath(oldPath), nsPath(newPath), callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(nsPath(oldPath), nsPath(newPath), undefined);
}

let truncateWarn = true;
function showTruncateDeprecation() {
  if (truncateWarn) {
    process.emitWarning(
      'Using fs.truncate with a file descriptor is deprecated. Please use ' +
      'fs.ftruncate with a file descriptor instead.',
      'DeprecationWarning', 'DEP0081');
    truncateWarn = false;
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateFunction(callback, 'cb');
  fs.open(path, 'r+', (er, fd) => {
    if (er) return callback(er);
    binding.ftruncate(fd, len, (er) => {
      fs.close(fd, (er2) => {
        callback(aggregateTwoErrors(er2, er));
      });
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  binding.ftruncate(fd, len, undefined);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = nsPath(getValidatedPath(path));
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true, (err, options) => {
      if (err === false) return binding.rmdir(path, callback);
      if (err) return callback(err);
      binding.rmrf(path, options.maxRetries, options.retryDelay, callback);
    });
  } else {
    validateRmdirOptions(options);
    binding.rmdir(path, callback);
  }
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (options !== false) {
      binding.rmrf(nsPath(path), options.maxRetries, options.retryDelay, undefined);
      return;
    }
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(nsPath(path), undefined);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, (err, options) => {
    if (err) return callback(err);
    binding.rmrf(nsPath(path), options.maxRetries, options.retryDelay, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options, false);
  binding.rmrf(nsPath(path), options.maxRetries, options.retryDelay, undefined);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd), undefined);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd), undefined);
}

// ---------------------------------------------------------------------------------------
// mkdir / readdir / stat

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirArgs(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(nsPath(path), parseFileMode(mode, 'mode'), recursive, callback);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = binding.mkdir(nsPath(path), parseFileMode(mode, 'mode'), recursive, undefined);
  if (recursive) return result;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    utils.readdirRecursiveCallback(path, options, callback);
    return;
  }
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  binding.readdir(nsPath(path), withFileTypes, wantsRaw(encoding), (err, result) => {
    if (err) return callback(err);
    if (withFileTypes) {
      encodeNames(result[0], encoding);
      return callback(null, getDirents(path, result));
    }
    callback(null, encodeNames(result, encoding));
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return utils.readdirRecursiveSync(path, options);
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  const result = binding.readdir(nsPath(path), withFileTypes, wantsRaw(encoding), undefined);
  if (withFileTypes) {
    encodeNames(result[0], encoding);
    return getDirents(path, result);
  }
  return encodeNames(result, encoding);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeStatsCallback(callback);
  binding.fstat(fd, !!options.bigint, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(nsPath(path), !!options.bigint, true, callback);
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  binding.stat(nsPath(path), !!options.bigint, true, callback);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  binding.statfs(nsPath(path), !!options.bigint, (err, stats) => {
    if (err) return callback(err);
    callback(err, getStatFsFromBinding(stats));
  });
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd, !!options.bigint, undefined));
}

function statSyncImpl(path, options, nofollow) {
  path = getValidatedPath(path);
  const throwIfNoEntry = options.throwIfNoEntry !== false;
  const f = nofollow ? binding.lstat : binding.stat;
  const stats = f(nsPath(path), !!options.bigint, throwIfNoEntry, undefined);
  if (stats === undefined) return undefined;
  return getStatsFromBinding(stats);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(path, options, true);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(path, options, false);
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfs(nsPath(path), !!options.bigint, undefined));
}

// ---------------------------------------------------------------------------------------
// links

function encodedNameCallback(callback, encoding) {
  return (err, name) => {
    if (err) return callback(err);
    let out;
    try {
      out = encodeName(name, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  };
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(nsPath(path), wantsRaw(options.encoding), encodedNameCallback(callback, options.encoding));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(nsPath(path), wantsRaw(options.encoding), undefined), options.encoding);
}

function symlink(target, path, type_, callback_) {
  const callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, nsPath(path), callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, nsPath(path), undefined);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(nsPath(existingPath), nsPath(newPath), callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(nsPath(existingPath), nsPath(newPath), undefined);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(nsPath(path), callback);
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  binding.unlink(nsPath(path), undefined);
}

// ---------------------------------------------------------------------------------------
// chmod / chown / utimes

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, callback);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'), undefined);
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(nsPath(path), mode, callback);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(nsPath(path), mode, undefined);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.lchown(nsPath(path), uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.lchown(nsPath(path), uid, gid, undefined);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.fchown(fd, uid, gid, undefined);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.chown(nsPath(path), uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.chown(nsPath(path), uid, gid, undefined);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(nsPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(nsPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, callback);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), undefined);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(nsPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(nsPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
}

// ---------------------------------------------------------------------------------------
// realpath / mkdtemp / copyFile / cp

function realpathArg(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return pathModule.resolve(wellFormed(p));
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = realpathArg(p);
  return encodeName(binding.realpathJs(p, wantsRaw(options.encoding), undefined), options.encoding);
}

realpathSync.native = (path, options) => {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(nsPath(path), wantsRaw(options.encoding), undefined), options.encoding);
};

function realpath(p, options, callback) {
  if (typeof options === 'function') {
    callback = options;
  } else {
    validateFunction(callback, 'cb');
  }
  options = getOptions(options);
  p = realpathArg(p);
  binding.realpathJs(p, wantsRaw(options.encoding), encodedNameCallback(callback, options.encoding));
}

realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(nsPath(path), wantsRaw(options.encoding), encodedNameCallback(callback, options.encoding));
};

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, wantsRaw(options.encoding), encodedNameCallback(callback, options.encoding));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(binding.mkdtemp(prefix, wantsRaw(options.encoding), undefined), options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  mode = getValidModeChecked(mode, 'copyFile');
  binding.copyFile(nsPath(src), nsPath(dest), mode, callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidModeChecked(mode, 'copyFile');
  binding.copyFile(nsPath(src), nsPath(dest), mode, undefined);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = nsPath(getValidatedPath(src, 'src'));
  dest = nsPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpAsync(src, dest, options).then(
    (value) => process.nextTick(callback, null, value),
    (err) => process.nextTick(callback, err),
  );
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = nsPath(getValidatedPath(src, 'src'));
  dest = nsPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpSync(src, dest, options);
}

// ---------------------------------------------------------------------------------------
// streams and watchers

function lazyStreams() {
  return require('internal/fs/streams');
}

function createReadStream(path, options) {
  const { ReadStream, available } = lazyStreams();
  if (!available) throw new ERR_NOT_IMPLEMENTED('fs.createReadStream');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream, available } = lazyStreams();
  if (!available) throw new ERR_NOT_IMPLEMENTED('fs.createWriteStream');
  return new WriteStream(path, options);
}

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

module.exports = fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  // Linux has no lchmod (Node defines these only where O_SYMLINK exists).
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(val) {
    Object.defineProperty(fs, 'ReadStream', { __proto__: null, value: val, writable: true, configurable: true, enumerable: true });
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(val) {
    Object.defineProperty(fs, 'WriteStream', { __proto__: null, value: val, writable: true, configurable: true, enumerable: true });
  },
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  set FileReadStream(val) {
    Object.defineProperty(fs, 'FileReadStream', { __proto__: null, value: val, writable: true, configurable: true, enumerable: true });
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  set FileWriteStream(val) {
    Object.defineProperty(fs, 'FileWriteStream', { __proto__: null, value: val, writable: true, configurable: true, enumerable: true });
  },

  _toUnixTimestamp: toUnixTimestamp,
};

for (const name of ['Dir', 'opendir', 'opendirSync']) {
  Object.defineProperty(fs, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require('internal/fs/dir')[name];
      Object.defineProperty(fs, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(fs, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}

Object.defineProperties(fs, {
  F_OK: { __proto__: null, enumerable: true, value: F_OK },
  R_OK: { __proto__: null, enumerable: true, value: R_OK },
  W_OK: { __proto__: null, enumerable: true, value: W_OK },
  X_OK: { __proto__: null, enumerable: true, value: X_OK },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      promises ??= require('internal/fs/promises').exports;
      return promises;
    },
  },
});
