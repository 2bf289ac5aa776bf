'use strict';
// fs.cp / fs.cpSync / fsPromises.cp, with Node's checks and errors. The algorithm is one
// generator that yields the file operations it needs; `cpSync` performs them with the
// sync API, `cpAsync` with fs/promises.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { dirname, isAbsolute, join, parse, resolve, sep } = require('path');

// Linux errno values, positive as Node's os.constants.errno has them.
const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

function cpError(Ctor, message, path, errno, code) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

const normalizePathToArray = (path) => resolve(path).split(sep).filter(Boolean);

// Whether dest is src or below it (path strings only).
function isSrcSubdir(src, dest) {
  const srcArr = normalizePathToArray(src);
  const destArr = normalizePathToArray(dest);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

// The operations the generator yields: [name, ...args]. 'statOrNull' gives null for ENOENT.

function* cpGen(src, dest, opts) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = dirname(dest);
  if ((yield ['statOrNull', destParent, false]) === null) {
    yield ['mkdir', destParent, { recursive: true }];
  }
  yield* copyEntry(destStat, src, dest, opts);
}

function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return { __proto__: null, skipped: true };
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src, { bigint: true }];
  const destStat = yield ['statOrNull', dest, !opts.dereference];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  return { __proto__: null, srcStat, destStat, skipped: false };
}

// Refuses to copy src into a directory below itself (by inode, so links count).
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  const destStat = yield ['statOrNull', destParent, false];
  if (destStat === null) return;
  if (areIdentical(srcStat, destStat)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src, {}];
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts);
      yield ['chmod', dest, srcStat.mode];
      return;
    }
    yield* copyDir(src, dest, opts);
    return;
  }
  if (srcStat.isDirectory()) {
    throw new ERR_FS_EISDIR({
      message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: EINVAL, code: 'EISDIR',
    });
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield ['unlink', dest];
      } else if (opts.errorOnExist) {
        throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
      } else {
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
      const updated = yield ['stat', src, {}];
      yield ['utimes', dest, updated.atime, updated.mtime];
    }
    yield ['chmod', dest, srcStat.mode];
    return;
  }
  if (srcStat.isSymbolicLink()) {
    yield* onLink(destStat, src, dest, opts);
    return;
  }
  if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
}

function* copyDir(src, dest, opts) {
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) {
    yield ['symlink', resolvedSrc, dest];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', resolvedSrc, dest];
      return;
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
                  dest, EINVAL, 'EINVAL');
  }
  const destTarget = yield ['stat', dest, {}];
  if (destTarget.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
                  dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

function isThenable(v) {
  return v != null && typeof v.then === 'function';
}

function syncOp(fs, opts, op) {
  switch (op[0]) {
    case 'filter': {
      const r = opts.filter(op[1], op[2]);
      if (isThenable(r)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
      return r;
    }
    case 'statOrNull':
      return (op[2] ? fs.lstatSync : fs.statSync)(op[1], { bigint: true, throwIfNoEntry: false }) ?? null;
    case 'stat': return fs.statSync(op[1], op[2]);
    case 'lstat': return fs.lstatSync(op[1], op[2]);
    case 'mkdir': return fs.mkdirSync(op[1], op[2]);
    case 'readdir': return fs.readdirSync(op[1]);
    case 'readlink': return fs.readlinkSync(op[1]);
    case 'symlink': return fs.symlinkSync(op[1], op[2]);
    case 'unlink': return fs.unlinkSync(op[1]);
    case 'copyFile': return fs.copyFileSync(op[1], op[2], op[3]);
    case 'chmod': return fs.chmodSync(op[1], op[2]);
    case 'utimes': return fs.utimesSync(op[1], op[2], op[3]);
  }
}

async function asyncOp(fsp, opts, op) {
  switch (op[0]) {
    case 'filter': return opts.filter(op[1], op[2]);
    case 'statOrNull':
      try {
        return await (op[2] ? fsp.lstat : fsp.stat)(op[1], { bigint: true });
      } catch (err) {
        if (err.code === 'ENOENT') return null;
        throw err;
      }
    case 'stat': return fsp.stat(op[1], op[2]);
    case 'lstat': return fsp.lstat(op[1], op[2]);
    case 'mkdir': return fsp.mkdir(op[1], op[2]);
    case 'readdir': return fsp.readdir(op[1]);
    case 'readlink': return fsp.readlink(op[1]);
    case 'symlink': return fsp.symlink(op[1], op[2]);
    case 'unlink': return fsp.unlink(op[1]);
    case 'copyFile': return fsp.copyFile(op[1], op[2], op[3]);
    case 'chmod': return fsp.chmod(op[1], op[2]);
    case 'utimes': return fsp.utimes(op[1], op[2], op[3]);
  }
}

function cpSync(src, dest, opts) {
  const fs = require('fs');
  const gen = cpGen(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = syncOp(fs, opts, step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

async function cpAsync(src, dest, opts) {
  const fsp = require('internal/fs/promises').exports;
  const gen = cpGen(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = await asyncOp(fsp, opts, step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

module.exports = { cpSync, cpAsync };
