'use strict';
// The module's shape and constants, access/exists, chmod/chown/utimes/lutimes/futimes,
// file: URLs and Buffer paths, statfs.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('misc');
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');

// Shape.
assert.strictEqual(require('node:fs'), fs);
for (const name of ['readFile', 'readFileSync', 'writeFile', 'open', 'openSync', 'stat', 'statSync',
  'mkdir', 'mkdirSync', 'rm', 'rmSync', 'cp', 'cpSync', 'opendir', 'opendirSync', 'watch',
  'watchFile', 'unwatchFile', 'createReadStream', 'createWriteStream', 'realpath', 'realpathSync',
  'exists', 'existsSync', 'readv', 'writev', 'lutimes', 'statfs', 'statfsSync']) {
  assert.strictEqual(typeof fs[name], 'function', name);
}
assert.strictEqual(typeof fs.realpath.native, 'function');
assert.strictEqual(typeof fs.realpathSync.native, 'function');
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.ok('lchmod' in fs);
assert.strictEqual(typeof fs.Stats, 'function');
assert.strictEqual(typeof fs.Dirent, 'function');
assert.strictEqual(typeof fs.Dir, 'function');
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);
const c = fs.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.strictEqual(Object.getOwnPropertyDescriptor(fs, 'constants').configurable, false);
assert.deepStrictEqual(
  [c.O_RDONLY, c.O_WRONLY, c.O_RDWR, c.O_CREAT, c.O_EXCL, c.O_TRUNC, c.O_APPEND, c.O_SYNC, c.O_DIRECTORY, c.O_NOFOLLOW],
  [0, 1, 2, 64, 128, 512, 1024, 1052672, 65536, 131072]);
assert.deepStrictEqual(
  [c.S_IFMT, c.S_IFREG, c.S_IFDIR, c.S_IFLNK, c.S_IRWXU, c.COPYFILE_EXCL, c.COPYFILE_FICLONE, c.COPYFILE_FICLONE_FORCE],
  [0o170000, 0o100000, 0o40000, 0o120000, 0o700, 1, 2, 4]);
assert.deepStrictEqual(
  [c.UV_DIRENT_UNKNOWN, c.UV_DIRENT_FILE, c.UV_DIRENT_DIR, c.UV_DIRENT_LINK, c.UV_FS_SYMLINK_DIR],
  [0, 1, 2, 3, 1]);
const keys = Object.keys(fs);
assert.ok(keys.includes('promises'));
assert.ok(keys.includes('constants'));

// access / exists.
fs.accessSync(file);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(path.join(dir, 'nope')), false);
assert.strictEqual(fs.existsSync(pathToFileURL(file)), true);
assert.strictEqual(fs.existsSync(Buffer.from(file)), true);

// file: URLs and Buffer paths everywhere.
assert.strictEqual(fs.readFileSync(pathToFileURL(file), 'utf8'), 'x');
assert.strictEqual(fs.readFileSync(new URL(`file://${file}`), 'utf8'), 'x');
assert.strictEqual(fs.readFileSync(Buffer.from(file), 'utf8'), 'x');
assert.ok(fs.statSync(pathToFileURL(dir)).isDirectory());
assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file:///a%2Fb')), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => fs.readFileSync(Buffer.from('a\0b')), { code: 'ERR_INVALID_ARG_VALUE' });
// A name that is not UTF-8, through a Buffer path.
const odd = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x6f, 0xff, 0x64])]);
fs.writeFileSync(odd, 'odd');
assert.strictEqual(fs.readFileSync(odd, 'utf8'), 'odd');
assert.ok(fs.readdirSync(dir, 'buffer').some((b) => b.equals(Buffer.from([0x6f, 0xff, 0x64]))));
assert.ok(fs.readdirSync(dir).includes('o\ufffdd'));
fs.unlinkSync(odd);

// Lone surrogates in paths and string data are written as U+FFFD.
fs.writeFileSync(path.join(dir, 'sur-\ud800'), 'a\udc00b');
assert.ok(fs.existsSync(path.join(dir, 'sur-\ufffd')));
assert.deepStrictEqual([...fs.readFileSync(path.join(dir, 'sur-\ufffd'))], [0x61, 0xef, 0xbf, 0xbd, 0x62]);
fs.unlinkSync(path.join(dir, 'sur-\ud800'));

// chmod.
fs.chmodSync(file, 0o600);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
fs.chmodSync(file, '755');
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o755);
const fd = fs.openSync(file, 'r+');
fs.fchmodSync(fd, 0o644);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o644);
fs.accessSync(file, fs.constants.R_OK);

// chown to ourselves (-1 leaves an id as it is).
fs.chownSync(file, process.getuid(), process.getgid());
fs.fchownSync(fd, -1, -1);
fs.lchownSync(file, process.getuid(), -1);
assert.strictEqual(fs.statSync(file).uid, process.getuid());

// utimes: seconds, Dates, numeric strings.
fs.utimesSync(file, 100, 200);
let st = fs.statSync(file);
assert.strictEqual(st.atimeMs, 100000);
assert.strictEqual(st.mtimeMs, 200000);
fs.utimesSync(file, new Date(300000), '400');
st = fs.statSync(file);
assert.strictEqual(st.atimeMs, 300000);
assert.strictEqual(st.mtimeMs, 400000);
fs.futimesSync(fd, 500.5, 600.25);
st = fs.statSync(file);
assert.strictEqual(st.atimeMs, 500500);
assert.strictEqual(st.mtimeMs, 600250);
fs.closeSync(fd);
// A negative time means now.
fs.utimesSync(file, -1, -1);
assert.ok(Math.abs(fs.statSync(file).mtimeMs - Date.now()) < 10000);
// lutimes changes the link itself.
const link = path.join(dir, 'link');
fs.symlinkSync('f', link);
fs.lutimesSync(link, 10, 20);
assert.strictEqual(fs.lstatSync(link).mtimeMs, 20000);
assert.notStrictEqual(fs.statSync(link).mtimeMs, 20000);

// statfs.
const sfs = fs.statfsSync(dir);
assert.deepStrictEqual(Object.keys(sfs), ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.ok(sfs.bsize > 0);
assert.strictEqual(typeof fs.statfsSync(dir, { bigint: true }).blocks, 'bigint');

// openAsBlob.
assert.throws(() => fs.openAsBlob(path.join(dir, 'missing')), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Unable to open file as blob',
});
assert.throws(() => fs.openAsBlob(file, { type: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
const blobP = fs.openAsBlob(file, { type: 'text/plain' });
assert.ok(blobP instanceof Promise);

// Callback forms.
fs.chmod(file, 0o640, async (err) => {
  const blob = await blobP;
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(blob.size, 1);
  assert.strictEqual(await blob.text(), 'x');
  assert.strictEqual(err, null);
  fs.utimes(file, 1, 2, (err) => {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(file).mtimeMs, 2000);
    fs.access(file, fs.constants.W_OK, (err) => {
      assert.strictEqual(err, null);
      fs.statfs(dir, (err, s) => {
        assert.ifError(err);
        assert.ok(s.bsize > 0);
        console.log('ok');
      });
    });
  });
});
