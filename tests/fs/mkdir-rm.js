'use strict';
// mkdir (recursive: the first directory created, or undefined), mkdtemp, rm (force,
// recursive, retries accepted), rmdir, unlink.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('mkdir');
const j = (...p) => path.join(dir, ...p);

// Plain mkdir returns undefined; mode is applied (under the umask).
assert.strictEqual(fs.mkdirSync(j('plain')), undefined);
assert.ok(fs.statSync(j('plain')).isDirectory());
assert.strictEqual(fs.mkdirSync(j('m700'), 0o700), undefined);
assert.strictEqual(fs.statSync(j('m700')).mode & 0o777, 0o700);
fs.mkdirSync(j('m750'), { mode: '750' });
assert.strictEqual(fs.statSync(j('m750')).mode & 0o777, 0o750 & ~process.umask());

// Recursive: the first directory created.
assert.strictEqual(fs.mkdirSync(j('a', 'b', 'c'), { recursive: true }), j('a'));
assert.strictEqual(fs.mkdirSync(j('a', 'b', 'c', 'd'), { recursive: true }), j('a', 'b', 'c', 'd'));
assert.strictEqual(fs.mkdirSync(j('a', 'b'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(j('a', 'x', 'y') + '/', { recursive: true }), j('a', 'x'));
assert.strictEqual(fs.mkdirSync(j('a', 'b', '..', 'z'), { recursive: true }), j('a', 'b', '..', 'z'));
assert.ok(fs.statSync(j('a', 'z')).isDirectory());
process.chdir(dir);
assert.strictEqual(fs.mkdirSync('rel/one', { recursive: true }), 'rel');
assert.strictEqual(fs.mkdirSync('./rel2', { recursive: true }), './rel2');

// mkdtemp: six random characters after the prefix.
const t1 = fs.mkdtempSync(j('tmp-'));
assert.match(t1, /\/tmp-[A-Za-z0-9]{6}$/);
assert.ok(fs.statSync(t1).isDirectory());
assert.notStrictEqual(fs.mkdtempSync(j('tmp-')), t1);
const tb = fs.mkdtempSync(j('buf-'), 'buffer');
assert.ok(Buffer.isBuffer(tb));
assert.ok(fs.existsSync(tb));

// rm: files, trees, force.
fs.writeFileSync(j('file'), 'x');
assert.strictEqual(fs.rmSync(j('file')), undefined);
assert.strictEqual(fs.existsSync(j('file')), false);
assert.strictEqual(fs.rmSync(j('file'), { force: true }), undefined);
assert.throws(() => fs.rmSync(j('a')), { code: 'ERR_FS_EISDIR' });
fs.writeFileSync(j('a', 'b', 'c', 'f.txt'), 'x');
fs.symlinkSync('/', j('a', 'b', 'rootlink'));
fs.symlinkSync(j('plain'), j('a', 'dirlink'));
fs.rmSync(j('a'), { recursive: true });
assert.strictEqual(fs.existsSync(j('a')), false);
// Links are removed, not followed.
assert.ok(fs.existsSync(j('plain')));
fs.rmSync(j('a'), { recursive: true, force: true });
fs.rmSync(j('nothing', 'here'), { force: true, recursive: true, maxRetries: 3, retryDelay: 10 });
// A link to a directory is removed without `recursive`.
fs.symlinkSync(j('plain'), j('dl'));
fs.rmSync(j('dl'));
assert.ok(fs.existsSync(j('plain')));

// rmdir: empty directories only.
fs.rmdirSync(j('plain'));
assert.strictEqual(fs.existsSync(j('plain')), false);

// unlink.
fs.writeFileSync(j('u'), '');
fs.unlinkSync(j('u'));
assert.strictEqual(fs.existsSync(j('u')), false);

// Callback and promise forms.
let sync = true;
fs.mkdir(j('cb', 'x'), { recursive: true }, (err, first) => {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.strictEqual(first, j('cb'));
  fs.mkdir(j('cb', 'x'), { recursive: true }, function(err, first) {
    assert.ifError(err);
    assert.strictEqual(first, undefined);
    assert.strictEqual(arguments.length, 1);
    fs.mkdir(j('cb2'), function(err) {
      assert.strictEqual(err, null);
      assert.strictEqual(arguments.length, 1);
      fs.mkdtemp(j('cbt-'), (err, t) => {
        assert.ifError(err);
        assert.match(t, /cbt-\w{6}$/);
        fs.rm(j('cb'), { recursive: true }, function(err) {
          assert.strictEqual(err, null);
          assert.strictEqual(arguments.length, 1);
          assert.strictEqual(fs.existsSync(j('cb')), false);
          fs.rm(j('cb'), { force: true }, (err) => {
            assert.strictEqual(err, null);
            fs.rmdir(j('cb2'), (err) => {
              assert.strictEqual(err, null);
              promises().then(() => console.log('ok'));
            });
          });
        });
      });
    });
  });
});
sync = false;

async function promises() {
  assert.strictEqual(await fsp.mkdir(j('p', 'q'), { recursive: true }), j('p'));
  assert.strictEqual(await fsp.mkdir(j('p', 'q'), { recursive: true }), undefined);
  assert.strictEqual(await fsp.mkdir(j('p', 'r')), undefined);
  assert.match(await fsp.mkdtemp(j('pt-')), /pt-\w{6}$/);
  fs.writeFileSync(j('p', 'q', 'f'), 'x');
  await assert.rejects(fsp.rm(j('p')), { code: 'ERR_FS_EISDIR' });
  await assert.rejects(fsp.rmdir(j('p')), { code: 'ENOTEMPTY' });
  assert.strictEqual(await fsp.rm(j('p'), { recursive: true }), undefined);
  assert.strictEqual(fs.existsSync(j('p')), false);
  await fsp.rm(j('p'), { force: true });
  await assert.rejects(fsp.rm(j('p')), { code: 'ENOENT', syscall: 'lstat' });
}
