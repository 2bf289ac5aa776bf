'use strict';
// System errors from fs: exact messages, errno, code, syscall, path and dest, the same
// through the sync, callback and promise forms.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('errors');
const file = path.join(dir, 'file.txt');
const sub = path.join(dir, 'sub');
const missing = path.join(dir, 'missing');
fs.writeFileSync(file, 'data');
fs.mkdirSync(sub);
fs.writeFileSync(path.join(sub, 'inner'), 'x');

function expected(code, errno, desc, syscall, p, dest) {
  let message = `${code}: ${desc}, ${syscall}`;
  if (p !== undefined) message += ` '${p}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const e = { errno, code, syscall, message };
  if (p !== undefined) e.path = p;
  if (dest !== undefined) e.dest = dest;
  return e;
}

const ENOENT = (syscall, p, dest) => expected('ENOENT', -2, 'no such file or directory', syscall, p, dest);
const EEXIST = (syscall, p, dest) => expected('EEXIST', -17, 'file already exists', syscall, p, dest);
const ENOTDIR = (syscall, p, dest) => expected('ENOTDIR', -20, 'not a directory', syscall, p, dest);
const EISDIR = (syscall, p, dest) => expected('EISDIR', -21, 'illegal operation on a directory', syscall, p, dest);
const ENOTEMPTY = (syscall, p) => expected('ENOTEMPTY', -39, 'directory not empty', syscall, p);
const EACCES = (syscall, p) => expected('EACCES', -13, 'permission denied', syscall, p);
const EBADF = (syscall) => expected('EBADF', -9, 'bad file descriptor', syscall);
const EINVAL = (syscall, p) => expected('EINVAL', -22, 'invalid argument', syscall, p);

function check(err, exp) {
  assert.ok(err instanceof Error, `not an error: ${err}`);
  assert.strictEqual(err.message, exp.message);
  assert.strictEqual(err.name, 'Error');
  for (const k of ['errno', 'code', 'syscall', 'path', 'dest']) {
    assert.strictEqual(err[k], exp[k], `${k} of ${exp.message}`);
  }
  const keys = ['errno', 'code', 'syscall'];
  if (exp.path !== undefined) keys.push('path');
  if (exp.dest !== undefined) keys.push('dest');
  assert.deepStrictEqual(Object.keys(err), keys);
  assert.strictEqual(String(err), `Error: ${exp.message}`);
}

// [sync thunk, callback-form starter, promise thunk, expected]
const cases = [
  [() => fs.openSync(missing), (cb) => fs.open(missing, cb), () => fsp.open(missing), ENOENT('open', missing)],
  [() => fs.readFileSync(missing, 'utf8'), (cb) => fs.readFile(missing, 'utf8', cb), () => fsp.readFile(missing, 'utf8'), ENOENT('open', missing)],
  [() => fs.readFileSync(sub), (cb) => fs.readFile(sub, cb), () => fsp.readFile(sub), EISDIR('read')],
  [() => fs.writeFileSync(sub, 'x'), (cb) => fs.writeFile(sub, 'x', cb), () => fsp.writeFile(sub, 'x'), EISDIR('open', sub)],
  [() => fs.appendFileSync(path.join(missing, 'a'), 'x'), (cb) => fs.appendFile(path.join(missing, 'a'), 'x', cb), () => fsp.appendFile(path.join(missing, 'a'), 'x'), ENOENT('open', path.join(missing, 'a'))],
  [() => fs.statSync(missing), (cb) => fs.stat(missing, cb), () => fsp.stat(missing), ENOENT('stat', missing)],
  [() => fs.lstatSync(missing), (cb) => fs.lstat(missing, cb), () => fsp.lstat(missing), ENOENT('lstat', missing)],
  [() => fs.statSync(path.join(file, 'x')), (cb) => fs.stat(path.join(file, 'x'), cb), () => fsp.stat(path.join(file, 'x')), ENOTDIR('stat', path.join(file, 'x'))],
  [() => fs.mkdirSync(sub), (cb) => fs.mkdir(sub, cb), () => fsp.mkdir(sub), EEXIST('mkdir', sub)],
  [() => fs.mkdirSync(path.join(missing, 'a')), (cb) => fs.mkdir(path.join(missing, 'a'), cb), () => fsp.mkdir(path.join(missing, 'a')), ENOENT('mkdir', path.join(missing, 'a'))],
  [() => fs.mkdirSync(file, { recursive: true }), (cb) => fs.mkdir(file, { recursive: true }, cb), () => fsp.mkdir(file, { recursive: true }), EEXIST('mkdir', file)],
  [() => fs.mkdirSync(path.join(file, 'a', 'b'), { recursive: true }), (cb) => fs.mkdir(path.join(file, 'a', 'b'), { recursive: true }, cb), () => fsp.mkdir(path.join(file, 'a', 'b'), { recursive: true }), ENOTDIR('mkdir', path.join(file, 'a', 'b'))],
  [() => fs.readdirSync(file), (cb) => fs.readdir(file, cb), () => fsp.readdir(file), ENOTDIR('scandir', file)],
  [() => fs.readdirSync(missing), (cb) => fs.readdir(missing, cb), () => fsp.readdir(missing), ENOENT('scandir', missing)],
  [() => fs.rmdirSync(sub), (cb) => fs.rmdir(sub, cb), () => fsp.rmdir(sub), ENOTEMPTY('rmdir', sub)],
  [() => fs.rmdirSync(file), (cb) => fs.rmdir(file, cb), () => fsp.rmdir(file), ENOTDIR('rmdir', file)],
  [() => fs.unlinkSync(sub), (cb) => fs.unlink(sub, cb), () => fsp.unlink(sub), EISDIR('unlink', sub)],
  [() => fs.unlinkSync(missing), (cb) => fs.unlink(missing, cb), () => fsp.unlink(missing), ENOENT('unlink', missing)],
  [() => fs.rmSync(missing), (cb) => fs.rm(missing, cb), () => fsp.rm(missing), ENOENT('lstat', missing)],
  [() => fs.renameSync(missing, file), (cb) => fs.rename(missing, file, cb), () => fsp.rename(missing, file), ENOENT('rename', missing, file)],
  [() => fs.renameSync(sub, file), (cb) => fs.rename(sub, file, cb), () => fsp.rename(sub, file), ENOTDIR('rename', sub, file)],
  [() => fs.linkSync(missing, path.join(dir, 'l')), (cb) => fs.link(missing, path.join(dir, 'l'), cb), () => fsp.link(missing, path.join(dir, 'l')), ENOENT('link', missing, path.join(dir, 'l'))],
  [() => fs.symlinkSync('x', file), (cb) => fs.symlink('x', file, cb), () => fsp.symlink('x', file), EEXIST('symlink', 'x', file)],
  [() => fs.readlinkSync(file), (cb) => fs.readlink(file, cb), () => fsp.readlink(file), EINVAL('readlink', file)],
  [() => fs.copyFileSync(missing, path.join(dir, 'c')), (cb) => fs.copyFile(missing, path.join(dir, 'c'), cb), () => fsp.copyFile(missing, path.join(dir, 'c')), ENOENT('copyfile', missing, path.join(dir, 'c'))],
  [() => fs.copyFileSync(file, file, fs.constants.COPYFILE_EXCL), (cb) => fs.copyFile(file, file, fs.constants.COPYFILE_EXCL, cb), () => fsp.copyFile(file, file, fs.constants.COPYFILE_EXCL), EEXIST('copyfile', file, file)],
  [() => fs.copyFileSync(file, sub), (cb) => fs.copyFile(file, sub, cb), () => fsp.copyFile(file, sub), EISDIR('copyfile', file, sub)],
  [() => fs.accessSync(missing), (cb) => fs.access(missing, cb), () => fsp.access(missing), ENOENT('access', missing)],
  [() => fs.accessSync(file, fs.constants.X_OK), (cb) => fs.access(file, fs.constants.X_OK, cb), () => fsp.access(file, fs.constants.X_OK), EACCES('access', file)],
  [() => fs.chmodSync(missing, 0o644), (cb) => fs.chmod(missing, 0o644, cb), () => fsp.chmod(missing, 0o644), ENOENT('chmod', missing)],
  [() => fs.chownSync(missing, 0, 0), (cb) => fs.chown(missing, 0, 0, cb), () => fsp.chown(missing, 0, 0), ENOENT('chown', missing)],
  [() => fs.lchownSync(missing, 0, 0), (cb) => fs.lchown(missing, 0, 0, cb), () => fsp.lchown(missing, 0, 0), ENOENT('lchown', missing)],
  [() => fs.utimesSync(missing, 1, 1), (cb) => fs.utimes(missing, 1, 1, cb), () => fsp.utimes(missing, 1, 1), ENOENT('utime', missing)],
  [() => fs.lutimesSync(missing, 1, 1), (cb) => fs.lutimes(missing, 1, 1, cb), () => fsp.lutimes(missing, 1, 1), ENOENT('lutime', missing)],
  [() => fs.truncateSync(missing), (cb) => fs.truncate(missing, cb), () => fsp.truncate(missing), ENOENT('open', missing)],
  [() => fs.realpathSync.native(missing), (cb) => fs.realpath.native(missing, cb), () => fsp.realpath(missing), ENOENT('realpath', missing)],
  [() => fs.realpathSync(path.join(missing, 'a')), (cb) => fs.realpath(path.join(missing, 'a'), cb), null, ENOENT('lstat', missing)],
  [() => fs.closeSync(2 ** 30), (cb) => fs.close(2 ** 30, cb), null, EBADF('close')],
  [() => fs.fstatSync(2 ** 30), (cb) => fs.fstat(2 ** 30, cb), null, EBADF('fstat')],
  [() => fs.readSync(2 ** 30, Buffer.alloc(4)), (cb) => fs.read(2 ** 30, Buffer.alloc(4), 0, 4, null, cb), null, EBADF('read'), 3],
  [() => fs.ftruncateSync(2 ** 30), (cb) => fs.ftruncate(2 ** 30, cb), null, EBADF('ftruncate')],
  [() => fs.fsyncSync(2 ** 30), (cb) => fs.fsync(2 ** 30, cb), null, EBADF('fsync')],
  [() => fs.fdatasyncSync(2 ** 30), (cb) => fs.fdatasync(2 ** 30, cb), null, EBADF('fdatasync')],
  [() => fs.fchmodSync(2 ** 30, 0o644), (cb) => fs.fchmod(2 ** 30, 0o644, cb), null, EBADF('fchmod')],
  [() => fs.fchownSync(2 ** 30, 0, 0), (cb) => fs.fchown(2 ** 30, 0, 0, cb), null, EBADF('fchown')],
  [() => fs.futimesSync(2 ** 30, 1, 1), (cb) => fs.futimes(2 ** 30, 1, 1, cb), null, EBADF('futime')],
];

// The sync forms throw.
for (const [sync, , , exp] of cases) {
  let threw = false;
  try {
    sync();
  } catch (err) {
    threw = true;
    check(err, exp);
    assert.strictEqual(err.stack.split('\n')[0], `Error: ${exp.message}`);
  }
  assert.ok(threw, `expected a throw: ${exp.message}`);
}

// mkdtemp: the sync error names the template; the async ones the attempted name.
assert.throws(() => fs.mkdtempSync(path.join(missing, 'x-')), ENOENT('mkdtemp', path.join(missing, 'x-XXXXXX')));
fs.mkdtemp(path.join(missing, 'x-'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'mkdtemp');
  assert.match(err.message, /^ENOENT: no such file or directory, mkdtemp '.*\/missing\/x-\w{6}'$/);
});

// writeSync's error (keys in a different order in Node: errno, syscall, code).
assert.throws(() => fs.writeSync(2 ** 30, 'abc'), {
  message: 'EBADF: bad file descriptor, write', code: 'EBADF', errno: -9, syscall: 'write',
});

// rm of a directory without `recursive`: a SystemError.
for (const run of [
  (cb) => { try { fs.rmSync(sub); } catch (e) { cb(e); } },
  (cb) => fs.rm(sub, cb),
  (cb) => fsp.rm(sub).catch(cb),
]) {
  run((err) => {
    assert.strictEqual(err.code, 'ERR_FS_EISDIR');
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.message, `Path is a directory: rm returned EISDIR (is a directory) ${sub}`);
    assert.strictEqual(err.errno, 21);
    assert.strictEqual(err.syscall, 'rm');
    assert.strictEqual(err.path, sub);
    assert.deepStrictEqual(err.info, {
      code: 'EISDIR', message: 'is a directory', path: sub, syscall: 'rm', errno: 21,
    });
  });
}

// The callback forms report the same errors, asynchronously, as the only argument.
let pending = 0;
for (const [, start, , exp, argc = 1] of cases) {
  pending++;
  let sync = true;
  start(function(err) {
    assert.strictEqual(sync, false, `callback called synchronously: ${exp.message}`);
    assert.strictEqual(arguments.length, argc, exp.message);
    check(err, exp);
    pending--;
  });
  sync = false;
}

// The promise forms reject with them.
const promised = cases.filter((c) => c[2]).map(([, , p, exp]) => p().then(
  () => assert.fail(`should reject: ${exp.message}`),
  (err) => check(err, exp),
));

// Callback and promise forms run on the thread pool and may finish in any order: check
// that every callback came once all work is done.
Promise.all(promised).then(() => {
  process.on('exit', (code) => {
    if (code === 0) {
      assert.strictEqual(pending, 0);
      console.log('ok');
    }
  });
});
