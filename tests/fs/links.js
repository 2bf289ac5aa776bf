'use strict';
// symlink, readlink, realpath (JS walk and .native), link, copyFile (COPYFILE_EXCL,
// same file), rename, with encodings and all three call forms.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = fs.realpathSync(tmpdir('links'));
const j = (...p) => path.join(dir, ...p);
fs.mkdirSync(j('real', 'inner'), { recursive: true });
fs.writeFileSync(j('real', 'inner', 'f.txt'), 'content');

// symlink / readlink.
assert.strictEqual(fs.symlinkSync('real', j('rel')), undefined);
fs.symlinkSync(j('real', 'inner'), j('abs'), 'dir');
fs.symlinkSync('rel/inner/f.txt', j('chain'));
fs.symlinkSync('nowhere', j('dangling'));
fs.symlinkSync('loop2', j('loop1'));
fs.symlinkSync('loop1', j('loop2'));
assert.strictEqual(fs.readlinkSync(j('rel')), 'real');
assert.strictEqual(fs.readlinkSync(j('abs')), j('real', 'inner'));
assert.strictEqual(fs.readlinkSync(j('dangling')), 'nowhere');
assert.ok(Buffer.isBuffer(fs.readlinkSync(j('rel'), 'buffer')));
assert.strictEqual(fs.readlinkSync(j('rel'), { encoding: 'hex' }), Buffer.from('real').toString('hex'));
assert.strictEqual(fs.readFileSync(j('chain'), 'utf8'), 'content');

// realpath resolves every link, relative ones against their directory.
assert.strictEqual(fs.realpathSync(j('chain')), j('real', 'inner', 'f.txt'));
assert.strictEqual(fs.realpathSync(j('rel', 'inner', '..', 'inner')), j('real', 'inner'));
assert.strictEqual(fs.realpathSync(j('abs', '.')), j('real', 'inner'));
assert.strictEqual(fs.realpathSync.native(j('chain')), j('real', 'inner', 'f.txt'));
assert.strictEqual(fs.realpathSync(j('real')), j('real'));
assert.strictEqual(fs.realpathSync('/'), '/');
assert.ok(Buffer.isBuffer(fs.realpathSync(j('chain'), 'buffer')));
assert.strictEqual(fs.realpathSync(Buffer.from(j('chain'))), j('real', 'inner', 'f.txt'));
process.chdir(dir);
assert.strictEqual(fs.realpathSync('chain'), j('real', 'inner', 'f.txt'));
assert.strictEqual(fs.realpathSync('.'), dir);
assert.strictEqual(fs.realpathSync.native('rel'), j('real'));
// Errors: a dangling link fails on stat of the link, a loop with ELOOP.
assert.throws(() => fs.realpathSync(j('dangling')), {
  code: 'ENOENT', syscall: 'stat', path: j('dangling'),
  message: `ENOENT: no such file or directory, stat '${j('dangling')}'`,
});
assert.throws(() => fs.realpathSync(j('loop1')), {
  code: 'ELOOP', syscall: 'stat', errno: -40,
  message: `ELOOP: too many symbolic links encountered, stat '${j('loop1')}'`,
});
assert.throws(() => fs.realpathSync.native(j('loop1')), { code: 'ELOOP', syscall: 'realpath' });
assert.throws(() => fs.realpathSync(j('real', 'inner', 'f.txt', 'x')), {
  code: 'ENOTDIR', syscall: 'lstat', path: j('real', 'inner', 'f.txt', 'x'),
});

// link.
fs.linkSync(j('real', 'inner', 'f.txt'), j('hard'));
assert.strictEqual(fs.statSync(j('hard')).nlink, 2);
assert.strictEqual(fs.statSync(j('hard')).ino, fs.statSync(j('real', 'inner', 'f.txt')).ino);

// copyFile.
fs.copyFileSync(j('hard'), j('copy'));
assert.strictEqual(fs.readFileSync(j('copy'), 'utf8'), 'content');
assert.notStrictEqual(fs.statSync(j('copy')).ino, fs.statSync(j('hard')).ino);
fs.chmodSync(j('copy'), 0o640);
fs.copyFileSync(j('copy'), j('copy2'), 0);
assert.strictEqual(fs.statSync(j('copy2')).mode & 0o777, 0o640);
fs.writeFileSync(j('copy2'), 'longer content than before');
fs.copyFileSync(j('copy'), j('copy2'));
assert.strictEqual(fs.readFileSync(j('copy2'), 'utf8'), 'content');
assert.throws(() => fs.copyFileSync(j('copy'), j('copy2'), fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: j('copy'), dest: j('copy2'),
});
fs.copyFileSync(j('copy'), j('copy'));
assert.strictEqual(fs.readFileSync(j('copy'), 'utf8'), 'content');
fs.copyFileSync(j('copy'), j('clone'), fs.constants.COPYFILE_FICLONE);
assert.strictEqual(fs.readFileSync(j('clone'), 'utf8'), 'content');
fs.copyFileSync(j('chain'), j('through-link'));
assert.ok(fs.lstatSync(j('through-link')).isFile());
const big = Buffer.alloc(1 << 20, 'xyz');
fs.writeFileSync(j('big'), big);
fs.copyFileSync(j('big'), j('big2'));
assert.ok(fs.readFileSync(j('big2')).equals(big));

// rename.
fs.renameSync(j('copy2'), j('renamed'));
assert.strictEqual(fs.existsSync(j('copy2')), false);
assert.strictEqual(fs.readFileSync(j('renamed'), 'utf8'), 'content');
fs.renameSync(j('renamed'), j('copy'));
assert.strictEqual(fs.readFileSync(j('copy'), 'utf8'), 'content');

// Callback and promise forms.
fs.symlink('copy', j('cb-link'), (err) => {
  assert.strictEqual(err, null);
  fs.readlink(j('cb-link'), (err, target) => {
    assert.ifError(err);
    assert.strictEqual(target, 'copy');
    fs.realpath(j('chain'), (err, p) => {
      assert.ifError(err);
      assert.strictEqual(p, j('real', 'inner', 'f.txt'));
      fs.realpath.native(j('chain'), 'buffer', (err, p) => {
        assert.ifError(err);
        assert.ok(Buffer.isBuffer(p));
        fs.realpath(j('dangling'), (err) => {
          assert.strictEqual(err.code, 'ENOENT');
          assert.strictEqual(err.syscall, 'stat');
          fs.link(j('copy'), j('cb-hard'), (err) => {
            assert.strictEqual(err, null);
            fs.copyFile(j('copy'), j('cb-copy'), fs.constants.COPYFILE_EXCL, (err) => {
              assert.strictEqual(err, null);
              fs.rename(j('cb-copy'), j('cb-moved'), (err) => {
                assert.strictEqual(err, null);
                promises().then(() => console.log('ok'));
              });
            });
          });
        });
      });
    });
  });
});

async function promises() {
  await fsp.symlink('copy', j('p-link'));
  assert.strictEqual(await fsp.readlink(j('p-link')), 'copy');
  assert.ok(Buffer.isBuffer(await fsp.readlink(j('p-link'), 'buffer')));
  assert.strictEqual(await fsp.realpath(j('chain')), j('real', 'inner', 'f.txt'));
  await fsp.link(j('copy'), j('p-hard'));
  await fsp.copyFile(j('copy'), j('p-copy'));
  await assert.rejects(fsp.copyFile(j('copy'), j('p-copy'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
  await fsp.rename(j('p-copy'), j('p-moved'));
  assert.strictEqual(await fsp.readFile(j('p-moved'), 'utf8'), 'content');
}
