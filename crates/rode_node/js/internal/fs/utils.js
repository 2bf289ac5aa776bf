'use strict';
// Shared pieces of node:fs and node:fs/promises: constants, argument validation with
// Node's errors, flags, Stats/Dirent, and the conversions between the native binding's
// values (strings, ArrayBuffers, stat arrays) and what Node's API returns (Buffers,
// encoded strings, Stats).

const {
  AbortError,
  codes: {
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_OUT_OF_RANGE,
  },
  trimStack,
} = require('internal/errors');
const {
  isInt32,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView, isDate, isUint8Array } = require('internal/util/types');
const { builtinExists } = require('internal/bootstrap/realm');
const pathModule = require('path');

const binding = internalBinding('fs');
const kUsePromises = binding.kUsePromises;

// fs.constants: Linux values, as Node reports them.
const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o40000,
  S_IFCHR: 0o20000,
  S_IFBLK: 0o60000,
  S_IFIFO: 0o10000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  F_OK, R_OK, W_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;
const kWriteFileMaxChunkSize = 512 * 1024;
const kEmptyObject = Object.freeze({ __proto__: null });

// ---------------------------------------------------------------------------------------
// Buffer (node:buffer may not be there yet: results are then plain Uint8Arrays)

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) {
    BufferCtor = builtinExists('buffer') ? require('buffer').Buffer : null;
  }
  return BufferCtor;
}

function needBuffer(what) {
  const B = lazyBuffer();
  if (!B) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_IMPLEMENTED(`${what} without node:buffer`);
  }
  return B;
}

// An ArrayBuffer from the binding as a Buffer (no copy). FastBuffer directly: what
// Buffer.from(ab) makes, without its argument dispatch (a large part of a small readFile).
let FastBufferCtor;
function toBuffer(ab) {
  if (FastBufferCtor === undefined) {
    FastBufferCtor = lazyBuffer() ? require('internal/buffer').FastBuffer : Uint8Array;
  }
  return new FastBufferCtor(ab);
}

const encodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'], ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'],
  ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'], ['latin1', 'latin1'], ['binary', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'], ['ascii', 'ascii'],
]);

// The canonical name of a Buffer encoding, or undefined.
function normalizeEncoding(enc) {
  if (typeof enc !== 'string') return undefined;
  return encodings.get(enc) ?? encodings.get(enc.toLowerCase());
}

function isUtf8(enc) {
  return enc == null || normalizeEncoding(enc) === 'utf8';
}

// Bytes from the binding (ArrayBuffer) in the caller's encoding.
function decodeBytes(ab, encoding) {
  if (!encoding || encoding === 'buffer') return toBuffer(ab);
  return needBuffer(`encoding '${encoding}'`).from(ab, 0, ab.byteLength).toString(encoding);
}

// A string as the binding takes it: strings are written as UTF-8; other encodings go
// through Buffer.
function encodeString(str, encoding) {
  if (isUtf8(encoding)) return wellFormed(str);
  return needBuffer(`encoding '${encoding}'`).from(str, encoding);
}

// Lone surrogates become U+FFFD, as UTF-8 encoding them does in Node.
function wellFormed(str) {
  return str.isWellFormed() ? str : str.toWellFormed();
}

// Any ArrayBufferView as a Uint8Array over the same memory.
function asUint8(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Whether the binding should hand back raw bytes for names in `encoding`.
function wantsRaw(encoding) {
  return !isUtf8(encoding);
}

// A name from the binding (string, or ArrayBuffer when raw) in the caller's encoding.
function encodeName(name, encoding) {
  if (typeof name === 'string') return name;
  return decodeBytes(name, encoding);
}

function encodeNames(names, encoding) {
  if (!wantsRaw(encoding)) return names;
  for (let i = 0; i < names.length; i++) names[i] = decodeBytes(names[i], encoding);
  return names;
}

// ---------------------------------------------------------------------------------------
// Argument validation

// internal/errors' hideStackFrames for the validators here (none takes more than three
// arguments): the same stack trimming, without a rest array and Reflect.apply on every fs
// call, which cost more than the checks themselves.
function hideStackFrames(fn) {
  function wrappedFn(a, b, c) {
    try {
      return fn(a, b, c);
    } catch (error) {
      throw trimStack(error, wrappedFn);
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

function assertEncoding(encoding) {
  if (encoding && normalizeEncoding(encoding) === undefined) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function fileURLToPath(url) {
  if (builtinExists('url')) return require('url').fileURLToPath(url);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(p) {
  if (typeof p === 'string') return p;
  return isURL(p) ? fileURLToPath(p) : p;
}

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (typeof path === 'string' ? path.includes('\u0000') : path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(propName, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
});

// Not through hideStackFrames: its rest-args wrapper costs more than the checks on every
// fs call. Errors are trimmed the same way (the stack starts at the caller).
function getValidatedPath(fileURLOrPath, propName = 'path') {
  try {
    const path = toPathIfFileURL(fileURLOrPath);
    validatePath.withoutStackTrace(path, propName);
    return typeof path === 'string' ? wellFormed(path) : path;
  } catch (error) {
    throw trimStack(error, getValidatedPath);
  }
}
getValidatedPath.withoutStackTrace = getValidatedPath;

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
});

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validatePosition = hideStackFrames((position, name, length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

const validateStringAfterArrayBufferView = hideStackFrames((buffer, name) => {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags + 0;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

// Seconds since the epoch from a Date, a number of seconds or a numeric string.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const kMinimumAccessMode = Math.min(F_OK, W_OK, R_OK, X_OK);
const kMaximumAccessMode = F_OK | W_OK | R_OK | X_OK;
const kMaximumCopyMode = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;

const getValidMode = hideStackFrames((mode, type) => {
  let min = kMinimumAccessMode;
  let max = kMaximumAccessMode;
  let def = F_OK;
  if (type === 'copyFile') {
    min = 0;
    max = kMaximumCopyMode;
    def = mode || 0;
  }
  if (mode == null) return def;
  validateInteger(mode, 'mode', min, max);
  return mode;
});

// The mode of access()/copyFile(), checked as Node's binding does (its own messages).
function getValidModeChecked(mode, type) {
  if (mode == null) return type === 'copyFile' ? 0 : F_OK;
  const max = type === 'copyFile' ? kMaximumCopyMode : kMaximumAccessMode;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (!Number.isInteger(mode) || mode < 0 || mode > max) {
    const err = new RangeError(`mode is out of range: >= 0 && <= ${max}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// ---------------------------------------------------------------------------------------
// rm / rmdir options

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

const validateRmdirOptions = hideStackFrames((options, defaults = defaultRmdirOptions) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

function rmEISDIR(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: 21,
  });
}

// rm's checks (Node's validateRmOptions): a missing path is fine with `force`; a directory
// needs `recursive`. `cb(err, options)`; `cb(false)` when `expectDir` and not a directory.
function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  binding.lstat(pathModule.toNamespacedPath(path), false, true, (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    const isDir = (stats[1] & S_IFMT) === S_IFDIR;
    if (expectDir && !isDir) return cb(false);
    if (isDir && !options.recursive) return cb(rmEISDIR(path));
    return cb(null, options);
  });
}

function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    const stats = binding.lstat(pathModule.toNamespacedPath(path), false, !options.force, undefined);
    const isDir = stats !== undefined && (stats[1] & S_IFMT) === S_IFDIR;
    if (expectDir && !isDir) return false;
    if (isDir && !options.recursive) throw rmEISDIR(path);
  }
  return options;
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (!recursiveRmdirWarned && !process.noDeprecation) {
    process.emitWarning(
      'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
      'DeprecationWarning',
      'DEP0147',
    );
  }
  recursiveRmdirWarned = true;
}

let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn &&
      ((typeof template === 'string' && template.endsWith('X')) ||
       (typeof template !== 'string' && template.at(-1) === 0x58))) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

// ---------------------------------------------------------------------------------------
// cp options

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

const validateCpOptions = hideStackFrames((options) => {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
});

// ---------------------------------------------------------------------------------------
// Stats

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function() {
  return this._checkModeProperty(S_IFSOCK);
};

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}

Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

// A Stats (or BigIntStats) from the binding's 18 fields.
function getStatsFromBinding(s) {
  if (s instanceof BigInt64Array) {
    return new BigIntStats(
      s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
      s[10] * 1000000000n + s[11], s[12] * 1000000000n + s[13],
      s[14] * 1000000000n + s[15], s[16] * 1000000000n + s[17],
    );
  }
  return new Stats(
    s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
    s[10] * 1000 + s[11] / 1000000, s[12] * 1000 + s[13] / 1000000,
    s[14] * 1000 + s[15] / 1000000, s[16] * 1000 + s[17] / 1000000,
  );
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(s) {
  return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
}

// ---------------------------------------------------------------------------------------
// Dirent

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}

// Dirents from the binding's [names, types] (names already encoded).
function getDirents(path, result) {
  const names = result[0];
  const types = result[1];
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], path);
  return out;
}

// ---------------------------------------------------------------------------------------
// Recursive readdir (Node 20's order: breadth-first for the sync and callback forms, a
// stack for the promise form)

function joinName(dir, name) {
  if (typeof name !== 'string') return name;
  return pathModule.join(dir, name);
}

// Whether an entry of `type` at `full` is a directory to descend into (the names form
// follows symlinks, as Node's internalModuleStat does).
function descends(type, full, withFileTypes) {
  if (type === UV_DIRENT_DIR) return true;
  if (withFileTypes || typeof full !== 'string') return false;
  if (type === UV_DIRENT_LINK || type === 0) return binding.internalModuleStat(full) === 1;
  return false;
}

function collectEntries(base, dir, result, encoding, withFileTypes, out, queue) {
  const names = encodeNames(result[0], encoding);
  const types = result[1];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const full = joinName(dir, name);
    if (withFileTypes) {
      out.push(new Dirent(name, types[i], dir));
    } else {
      out.push(typeof full === 'string' ? pathModule.relative(base, full) : name);
    }
    if (descends(types[i], full, withFileTypes) && typeof full === 'string') queue.push(full);
  }
}

function readdirRecursiveSync(base, options) {
  const encoding = options.encoding;
  const withFileTypes = Boolean(options.withFileTypes);
  const out = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const result = binding.readdir(pathModule.toNamespacedPath(dir), true, wantsRaw(encoding), undefined);
    collectEntries(base, dir, result, encoding, withFileTypes, out, queue);
  }
  return out;
}

function readdirRecursiveCallback(base, options, callback) {
  const encoding = options.encoding;
  const withFileTypes = Boolean(options.withFileTypes);
  const out = [];
  const queue = [base];
  let i = 0;
  const next = () => {
    if (i >= queue.length) return callback(null, out);
    const dir = queue[i++];
    binding.readdir(pathModule.toNamespacedPath(dir), true, wantsRaw(encoding), (err, result) => {
      if (err) return callback(err);
      try {
        collectEntries(base, dir, result, encoding, withFileTypes, out, queue);
      } catch (e) {
        return callback(e);
      }
      next();
    });
  };
  next();
}

async function readdirRecursivePromise(base, options) {
  const encoding = options.encoding;
  const withFileTypes = Boolean(options.withFileTypes);
  const raw = wantsRaw(encoding);
  const read = (dir) => binding.readdir(pathModule.toNamespacedPath(dir), true, raw, kUsePromises);
  const out = [];
  const stack = [[base, await read(base)]];
  while (stack.length > 0) {
    const { 0: dir, 1: result } = stack.pop();
    const subdirs = [];
    collectEntries(base, dir, result, encoding, withFileTypes, out, subdirs);
    for (const sub of subdirs) stack.push([sub, await read(sub)]);
  }
  return out;
}

module.exports = {
  constants,
  kUsePromises,
  kIoMaxLength,
  kMaxUserId,
  kWriteFileMaxChunkSize,
  kEmptyObject,
  kType,
  abortError,
  asUint8,
  assertEncoding,
  BigIntStats,
  checkAborted,
  copyObject,
  decodeBytes,
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
  getValidMode,
  getValidModeChecked,
  isFd: isInt32,
  isUtf8,
  lazyBuffer,
  needBuffer,
  normalizeEncoding,
  readdirRecursiveCallback,
  readdirRecursivePromise,
  readdirRecursiveSync,
  Stats,
  StatFs,
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
};
