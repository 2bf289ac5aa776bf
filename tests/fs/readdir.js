'use strict';
// readdir: sorted names, withFileTypes Dirents (name, parentPath, path, predicates),
// recursive listings in Node's order for each form, encodings, Buffer and URL paths.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { pathToFileURL } = require('url');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('readdir');
for (const name of ['b.txt', 'a.txt', 'Z', '_u']) fs.writeFileSync(path.join(dir, name), name);
fs.mkdirSync(path.join(dir, 'sub', 'deep'), { recursive: true });
fs.writeFileSync(path.join(dir, 'sub', 'x.js'), '');
fs.writeFileSync(path.join(dir, 'sub', 'deep', 'y.js'), '');
fs.mkdirSync(path.join(dir, 'empty'));
fs.symlinkSync('sub', path.join(dir, 'ln'));
fs.symlinkSync('a.txt', path.join(dir, 'lf'));

const top = ['Z', '_u', 'a.txt', 'b.txt', 'empty', 'lf', 'ln', 'sub'];

// Names, sorted by code unit.
assert.deepStrictEqual(fs.readdirSync(dir), top);
assert.deepStrictEqual(fs.readdirSync(dir, 'utf8'), top);
assert.deepStrictEqual(fs.readdirSync(dir, { encoding: 'utf-8' }), top);
assert.deepStrictEqual(fs.readdirSync(Buffer.from(dir)), top);
assert.deepStrictEqual(fs.readdirSync(pathToFileURL(dir)), top);
assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'empty')), []);

// Encodings.
const bufs = fs.readdirSync(dir, { encoding: 'buffer' });
assert.ok(bufs.every((b) => Buffer.isBuffer(b)));
assert.deepStrictEqual(bufs.map(String), top);
assert.deepStrictEqual(fs.readdirSync(dir, 'hex'), top.map((n) => Buffer.from(n).toString('hex')));
assert.deepStrictEqual(fs.readdirSync(dir, 'base64'), top.map((n) => Buffer.from(n).toString('base64')));

// Dirents.
const ents = fs.readdirSync(dir, { withFileTypes: true });
assert.deepStrictEqual(ents.map((e) => e.name), top);
for (const e of ents) {
  assert.ok(e instanceof fs.Dirent);
  assert.deepStrictEqual(Object.keys(e), ['name', 'parentPath', 'path']);
  assert.strictEqual(e.parentPath, dir);
  assert.strictEqual(e.path, dir);
}
const kinds = (e) => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
  'isBlockDevice', 'isCharacterDevice'].filter((k) => e[k]());
assert.deepStrictEqual(ents.map(kinds), [
  ['isFile'], ['isFile'], ['isFile'], ['isFile'], ['isDirectory'], ['isSymbolicLink'],
  ['isSymbolicLink'], ['isDirectory'],
]);
const bufEnts = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
assert.ok(Buffer.isBuffer(bufEnts[0].name));
assert.strictEqual(bufEnts[0].name.toString(), 'Z');

// Recursive, sync: breadth first; the names form descends into linked directories.
const recNames = [
  'Z', '_u', 'a.txt', 'b.txt', 'empty', 'lf', 'ln', 'sub',
  'ln/deep', 'ln/x.js', 'sub/deep', 'sub/x.js',
  'ln/deep/y.js', 'sub/deep/y.js',
];
assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }), recNames);
const recEnts = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
assert.deepStrictEqual(recEnts.map((e) => path.relative(dir, path.join(e.parentPath, e.name))), [
  'Z', '_u', 'a.txt', 'b.txt', 'empty', 'lf', 'ln', 'sub', 'sub/deep', 'sub/x.js', 'sub/deep/y.js',
]);
assert.strictEqual(recEnts[9].parentPath, path.join(dir, 'sub'));
assert.strictEqual(recEnts[9].path, path.join(dir, 'sub'));

// Relative paths work from the cwd.
process.chdir(dir);
assert.deepStrictEqual(fs.readdirSync('.'), top);
assert.deepStrictEqual(fs.readdirSync('sub', { recursive: true }), ['deep', 'x.js', 'deep/y.js']);
assert.deepStrictEqual(fs.readdirSync('sub', { withFileTypes: true }).map((e) => e.parentPath), ['sub', 'sub']);

// Callback and promise forms.
let sync = true;
fs.readdir(dir, (err, names) => {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.deepStrictEqual(names, top);
  fs.readdir(dir, { withFileTypes: true }, (err, list) => {
    assert.ifError(err);
    assert.deepStrictEqual(list, ents);
    fs.readdir(dir, { recursive: true }, async (err, all) => {
      assert.ifError(err);
      assert.deepStrictEqual(all.slice().sort(), recNames.slice().sort());
      assert.deepStrictEqual(await fsp.readdir(dir), top);
      assert.deepStrictEqual((await fsp.readdir(dir, { withFileTypes: true })).map(kinds), ents.map(kinds));
      assert.deepStrictEqual((await fsp.readdir(dir, 'buffer')).map(String), top);
      // The promise form walks a stack: the last directory found is listed first.
      assert.deepStrictEqual(await fsp.readdir(dir, { recursive: true }), [
        'Z', '_u', 'a.txt', 'b.txt', 'empty', 'lf', 'ln', 'sub',
        'sub/deep', 'sub/x.js', 'sub/deep/y.js', 'ln/deep', 'ln/x.js', 'ln/deep/y.js',
      ]);
      const pr = await fsp.readdir(dir, { recursive: true, withFileTypes: true });
      assert.deepStrictEqual(pr.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort(),
                             recEnts.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort());
      console.log('ok');
    });
  });
});
sync = false;
