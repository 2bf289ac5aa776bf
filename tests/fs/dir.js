'use strict';
// fs.opendir / opendirSync / fs.promises.opendir and fs.Dir: read, readSync, close,
// closeSync, async iteration, bufferSize, encodings, errors after close.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('dir');
const names = [];
for (let i = 0; i < 50; i++) {
  const n = `f${String(i).padStart(2, '0')}`;
  names.push(n);
  fs.writeFileSync(path.join(dir, n), '');
}
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'inside'), '');
names.push('sub');

// Sync reading: every entry once, then null.
const d = fs.opendirSync(dir);
assert.ok(d instanceof fs.Dir);
assert.strictEqual(d.path, dir);
const seen = [];
let ent;
while ((ent = d.readSync()) !== null) {
  assert.ok(ent instanceof fs.Dirent);
  assert.strictEqual(ent.parentPath, dir);
  assert.strictEqual(ent.isDirectory(), ent.name === 'sub');
  assert.strictEqual(ent.isFile(), ent.name !== 'sub');
  seen.push(ent.name);
}
assert.deepStrictEqual(seen.sort(), names);
assert.strictEqual(d.readSync(), null);
d.closeSync();
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => d.read(() => {}), { code: 'ERR_DIR_CLOSED' });

// Buffer names.
const db = fs.opendirSync(dir, { encoding: 'buffer', bufferSize: 1 });
const first = db.readSync();
assert.ok(Buffer.isBuffer(first.name));
db.closeSync();

// Recursive.
const dr = fs.opendirSync(dir, { recursive: true });
const all = [];
while ((ent = dr.readSync()) !== null) all.push(path.relative(dir, path.join(ent.parentPath, ent.name)));
dr.closeSync();
assert.deepStrictEqual(all.sort(), [...names, 'sub/inside'].sort());

// Callbacks and promises.
fs.opendir(dir, { bufferSize: 4 }, (err, d2) => {
  assert.ifError(err);
  let sync = true;
  d2.read((err, e) => {
    assert.strictEqual(sync, false);
    assert.ifError(err);
    assert.ok(names.includes(e.name));
    // A second read while the buffer has entries, and one after it, in order.
    d2.read((err, e2) => {
      assert.ifError(err);
      assert.notStrictEqual(e2.name, e.name);
      d2.close((err) => {
        assert.ifError(err);
        d2.close((err) => {
          assert.strictEqual(err.code, 'ERR_DIR_CLOSED');
          promises().then(() => console.log('ok'));
        });
      });
    });
  });
  sync = false;
});

async function promises() {
  const d3 = await fsp.opendir(dir);
  assert.ok(d3 instanceof fs.Dir);
  const got = [];
  for await (const e of d3) got.push(e.name);
  assert.deepStrictEqual(got.sort(), names);
  // Iteration closed it.
  await assert.rejects(d3.close(), { code: 'ERR_DIR_CLOSED' });

  const d4 = await fsp.opendir(dir, { bufferSize: 7 });
  const e1 = await d4.read();
  assert.ok(e1 instanceof fs.Dirent);
  const rest = [];
  let e;
  while ((e = await d4.read()) !== null) rest.push(e.name);
  assert.strictEqual(rest.length, names.length - 1);
  await d4.close();

  await assert.rejects(fsp.opendir(path.join(dir, 'missing')), {
    code: 'ENOENT', syscall: 'opendir', path: path.join(dir, 'missing'),
    message: `ENOENT: no such file or directory, opendir '${path.join(dir, 'missing')}'`,
  });
  await assert.rejects(fsp.opendir(path.join(dir, 'f00')), { code: 'ENOTDIR', syscall: 'opendir' });
  assert.throws(() => fs.opendirSync(path.join(dir, 'missing')), { code: 'ENOENT', syscall: 'opendir' });
}
