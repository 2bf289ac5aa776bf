'use strict';
// fs.Stats and BigIntStats: every field, the type predicates, Date fields, bigint
// nanoseconds, throwIfNoEntry, lstat of links, fstat, and the three call forms agreeing.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('stats');
const file = path.join(dir, 'file.txt');
const link = path.join(dir, 'link');
fs.writeFileSync(file, 'hello stats');
fs.symlinkSync('file.txt', link);
fs.utimesSync(file, new Date('2020-01-02T03:04:05.678Z'), 1600000000.25);

const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime'];
const predicates = ['isFile', 'isDirectory', 'isSymbolicLink', 'isBlockDevice',
  'isCharacterDevice', 'isFIFO', 'isSocket'];

function kind(s) {
  return predicates.filter((p) => s[p]());
}

// A file.
const s = fs.statSync(file);
assert.ok(s instanceof fs.Stats);
assert.strictEqual(s.constructor, fs.Stats);
assert.deepStrictEqual(Object.keys(s), fields);
assert.deepStrictEqual(kind(s), ['isFile']);
assert.strictEqual(s.size, 11);
assert.strictEqual(s.nlink, 1);
assert.strictEqual(s.mode & 0o170000, fs.constants.S_IFREG);
assert.strictEqual(typeof s.dev, 'number');
assert.strictEqual(typeof s.ino, 'number');
assert.ok(s.ino > 0);
assert.strictEqual(s.uid, process.getuid());
assert.strictEqual(s.gid, process.getgid());
assert.ok(s.blksize > 0);
assert.ok(s.blocks >= 0);
assert.strictEqual(s.rdev, 0);
// libuv keeps microseconds, truncating: .678 s becomes .677999 s.
assert.strictEqual(s.atimeMs, 1577934245677.999);
assert.strictEqual(s.mtimeMs, 1600000000250);
assert.ok(s.atime instanceof Date);
assert.strictEqual(s.atime.toISOString(), '2020-01-02T03:04:05.678Z');
assert.strictEqual(s.mtime.getTime(), 1600000000250);
assert.strictEqual(s.ctime.getTime(), Math.round(s.ctimeMs));
assert.strictEqual(s.birthtime.getTime(), Math.round(s.birthtimeMs));
assert.ok(Math.abs(s.ctimeMs - Date.now()) < 60000);
for (const k of ['atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) assert.strictEqual(typeof s[k], 'number');

// Prototype shape: Stats.prototype carries isFile, the rest come from its parent.
assert.ok(Object.prototype.hasOwnProperty.call(fs.Stats.prototype, 'isFile'));
assert.ok(!Object.prototype.hasOwnProperty.call(fs.Stats.prototype, 'isDirectory'));
assert.strictEqual(typeof Object.getPrototypeOf(fs.Stats.prototype).isDirectory, 'function');

// A directory.
const d = fs.statSync(dir);
assert.deepStrictEqual(kind(d), ['isDirectory']);
assert.strictEqual(d.mode & 0o170000, fs.constants.S_IFDIR);

// stat follows links, lstat doesn't.
assert.deepStrictEqual(kind(fs.statSync(link)), ['isFile']);
const l = fs.lstatSync(link);
assert.deepStrictEqual(kind(l), ['isSymbolicLink']);
assert.strictEqual(l.size, 'file.txt'.length);
assert.strictEqual(fs.statSync(link).ino, s.ino);

// A character device.
assert.deepStrictEqual(kind(fs.statSync('/dev/null')), ['isCharacterDevice']);
assert.ok(fs.statSync('/dev/null').rdev > 0);

// throwIfNoEntry: false gives undefined for a missing path only.
const missing = path.join(dir, 'missing');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(file, 'below'), { throwIfNoEntry: false }), { code: 'ENOTDIR' });
assert.throws(() => fs.statSync(missing, { throwIfNoEntry: true }), { code: 'ENOENT' });

// BigIntStats.
const b = fs.statSync(file, { bigint: true });
assert.strictEqual(b.constructor.name, 'BigIntStats');
assert.ok(!(b instanceof fs.Stats));
assert.deepStrictEqual(Object.keys(b), [
  'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs',
  'atime', 'mtime', 'ctime', 'birthtime',
]);
for (const k of Object.keys(b)) {
  if (!['atime', 'mtime', 'ctime', 'birthtime'].includes(k)) assert.strictEqual(typeof b[k], 'bigint', k);
}
assert.deepStrictEqual(kind(b), ['isFile']);
assert.strictEqual(b.size, 11n);
assert.strictEqual(b.ino, BigInt(s.ino));
assert.strictEqual(b.atimeNs, 1577934245677999000n);
assert.strictEqual(b.mtimeNs, 1600000000250000000n);
assert.strictEqual(b.atimeMs, 1577934245677n);
assert.strictEqual(b.mtime.getTime(), 1600000000250);
assert.deepStrictEqual(kind(fs.lstatSync(link, { bigint: true })), ['isSymbolicLink']);

// fstat.
const fd = fs.openSync(file, 'r');
const f = fs.fstatSync(fd);
assert.deepStrictEqual(kind(f), ['isFile']);
assert.strictEqual(f.ino, s.ino);
assert.strictEqual(f.size, 11);
assert.strictEqual(typeof fs.fstatSync(fd, { bigint: true }).size, 'bigint');

// Callback and promise forms agree with the sync ones.
let sync = true;
fs.stat(file, (err, st) => {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.ino, s.ino);
  fs.lstat(link, { bigint: true }, (err, lst) => {
    assert.ifError(err);
    assert.strictEqual(typeof lst.size, 'bigint');
    assert.ok(lst.isSymbolicLink());
    fs.fstat(fd, async (err, fst) => {
      assert.ifError(err);
      assert.strictEqual(fst.size, 11);
      fs.closeSync(fd);
      const ps = await fsp.stat(file);
      assert.ok(ps instanceof fs.Stats);
      assert.strictEqual(ps.mtimeMs, s.mtimeMs);
      const pb = await fsp.lstat(link, { bigint: true });
      assert.ok(pb.isSymbolicLink());
      const fh = await fsp.open(file);
      const hs = await fh.stat({ bigint: true });
      assert.strictEqual(hs.size, 11n);
      await fh.close();
      console.log('ok');
    });
  });
});
sync = false;

// Stats can be built by hand (fs.Stats is a constructor).
const made = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 2, 3, 8, 1000, 2000, 3000, 4000);
assert.ok(made.isFile());
assert.strictEqual(made.mtime.getTime(), 2000);
