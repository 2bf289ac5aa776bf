'use strict';
// fs.cp / cpSync / fsPromises.cp: files, recursive trees, filter, force, errorOnExist,
// links, preserveTimestamps, and Node's ERR_FS_CP_* errors.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('cp');
const j = (...p) => path.join(dir, ...p);
const src = j('src');
fs.mkdirSync(j('src', 'a', 'b'), { recursive: true });
fs.writeFileSync(j('src', 'top.txt'), 'top');
fs.writeFileSync(j('src', 'a', 'mid.txt'), 'mid');
fs.writeFileSync(j('src', 'a', 'b', 'deep.txt'), 'deep');
fs.writeFileSync(j('src', 'skip.log'), 'log');
fs.symlinkSync('top.txt', j('src', 'link'));
fs.chmodSync(j('src', 'top.txt'), 0o640);
fs.utimesSync(j('src', 'top.txt'), 1000, 2000);

function tree(root) {
  return fs.readdirSync(root, { recursive: true }).sort();
}

// A single file.
fs.cpSync(j('src', 'top.txt'), j('one.txt'));
assert.strictEqual(fs.readFileSync(j('one.txt'), 'utf8'), 'top');
assert.strictEqual(fs.statSync(j('one.txt')).mode & 0o777, 0o640);
// Into a directory that doesn't exist yet.
fs.cpSync(j('src', 'top.txt'), j('new', 'dir', 'top.txt'));
assert.strictEqual(fs.readFileSync(j('new', 'dir', 'top.txt'), 'utf8'), 'top');

// A directory needs `recursive`.
assert.throws(() => fs.cpSync(src, j('d0')), {
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${src} is a directory (not copied)) ${src}`,
});
fs.cpSync(src, j('d1'), { recursive: true });
assert.deepStrictEqual(tree(j('d1')), tree(src));
assert.strictEqual(fs.readFileSync(j('d1', 'a', 'b', 'deep.txt'), 'utf8'), 'deep');
assert.ok(fs.lstatSync(j('d1', 'link')).isSymbolicLink());
// Relative link targets are made absolute unless verbatimSymlinks.
assert.strictEqual(fs.readlinkSync(j('d1', 'link')), j('src', 'top.txt'));
fs.cpSync(src, j('d1v'), { recursive: true, verbatimSymlinks: true });
assert.strictEqual(fs.readlinkSync(j('d1v', 'link')), 'top.txt');
fs.cpSync(src, j('d1d'), { recursive: true, dereference: true });
assert.ok(fs.lstatSync(j('d1d', 'link')).isFile());

// filter.
const seen = [];
fs.cpSync(src, j('d2'), {
  recursive: true,
  filter(s, d) {
    seen.push([path.relative(dir, s), path.relative(dir, d)]);
    return !s.endsWith('.log');
  },
});
assert.deepStrictEqual(seen[0], ['src', 'd2']);
assert.ok(seen.some(([s, d]) => s === 'src/a/b/deep.txt' && d === 'd2/a/b/deep.txt'));
assert.strictEqual(fs.existsSync(j('d2', 'skip.log')), false);
assert.ok(fs.existsSync(j('d2', 'a', 'mid.txt')));
assert.throws(() => fs.cpSync(src, j('d3'), { recursive: true, filter: async () => true }), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected boolean to be returned from the "filter" function but got an instance of Promise.',
});

// Existing destinations: force (default) overwrites, force: false skips, errorOnExist throws.
fs.writeFileSync(j('d1', 'a', 'mid.txt'), 'changed');
fs.cpSync(j('src', 'a'), j('d1', 'a'), { recursive: true, force: false });
assert.strictEqual(fs.readFileSync(j('d1', 'a', 'mid.txt'), 'utf8'), 'changed');
assert.throws(() => fs.cpSync(j('src', 'a'), j('d1', 'a'), { recursive: true, force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST', name: 'SystemError', errno: 17, syscall: 'cp',
  message: `Target already exists: cp returned EEXIST (${j('d1', 'a', 'b', 'deep.txt')} already exists) ${j('d1', 'a', 'b', 'deep.txt')}`,
});
fs.cpSync(j('src', 'a'), j('d1', 'a'), { recursive: true });
assert.strictEqual(fs.readFileSync(j('d1', 'a', 'mid.txt'), 'utf8'), 'mid');
// A link already there pointing where the source link points.
assert.throws(() => fs.cpSync(src, j('d1'), { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });

// preserveTimestamps.
fs.cpSync(j('src', 'top.txt'), j('ts.txt'), { preserveTimestamps: true });
assert.strictEqual(fs.statSync(j('ts.txt')).mtimeMs, 2000000);

// Errors.
assert.throws(() => fs.cpSync(src, src, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${src}`,
});
assert.throws(() => fs.cpSync(src, j('src', 'a', 'inside'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (cannot copy ${src} to a subdirectory of self ${j('src', 'a', 'inside')}) ${j('src', 'a', 'inside')}`,
});
assert.throws(() => fs.cpSync(src, j('one.txt'), { recursive: true }), {
  code: 'ERR_FS_CP_DIR_TO_NON_DIR', errno: 21,
});
assert.throws(() => fs.cpSync(j('one.txt'), j('d1')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR', errno: 20 });
assert.throws(() => fs.cpSync(j('missing'), j('x')), { code: 'ENOENT', syscall: 'lstat' });

// Callback and promise forms.
fs.cp(src, j('cb'), { recursive: true }, (err) => {
  assert.ifError(err);
  assert.deepStrictEqual(tree(j('cb')), tree(src));
  fs.cp(src, j('cb-f'), { recursive: true, filter: async (s) => !s.endsWith('.log') }, async (err) => {
    assert.ifError(err);
    assert.strictEqual(fs.existsSync(j('cb-f', 'skip.log')), false);
    await fsp.cp(src, j('p'), { recursive: true });
    assert.deepStrictEqual(tree(j('p')), tree(src));
    await assert.rejects(fsp.cp(src, j('p2')), { code: 'ERR_FS_EISDIR' });
    await assert.rejects(fsp.cp(j('src', 'a'), j('p', 'a'), { recursive: true, force: false, errorOnExist: true }), {
      code: 'ERR_FS_CP_EEXIST',
    });
    fs.cp(src, src, { recursive: true }, (err) => {
      assert.strictEqual(err.code, 'ERR_FS_CP_EINVAL');
      console.log('ok');
    });
  });
});
