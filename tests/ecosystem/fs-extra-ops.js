'use strict';
// fs-extra 11 (which requires node:constants through graceful-fs): JSON files, copies of
// trees with a filter, moves, ensure*, emptyDir, and errors, in a temp dir; callback and
// promise forms.
const assert = require('assert');
const os = require('os');
const path = require('path');
const fse = require('fs-extra');

const root = fse.mkdtempSync(path.join(os.tmpdir(), 'rode-fse-'));
const p = (...parts) => path.join(root, ...parts);

(async () => {
  await fse.outputJson(p('a', 'b', 'data.json'), { x: 1, list: [1, 2] }, { spaces: 2 });
  assert.strictEqual(fse.readFileSync(p('a', 'b', 'data.json'), 'utf8'), '{\n  "x": 1,\n  "list": [\n    1,\n    2\n  ]\n}\n');
  await fse.outputFile(p('a', 'skip.tmp'), 'temporary');
  await fse.outputFile(p('a', 'keep.txt'), 'kept');
  await fse.copy(p('a'), p('copy'), { filter: (src) => !src.endsWith('.tmp') });
  assert.deepStrictEqual(fse.readdirSync(p('copy')).sort(), ['b', 'keep.txt']);
  assert.deepStrictEqual(await fse.readJson(p('copy', 'b', 'data.json')), { x: 1, list: [1, 2] });

  await fse.move(p('copy'), p('moved'));
  assert.strictEqual(await fse.pathExists(p('copy')), false);
  assert.strictEqual(await fse.pathExists(p('moved', 'keep.txt')), true);
  await assert.rejects(fse.move(p('a'), p('moved')), /dest already exists/);

  fse.ensureDirSync(p('deep', 'er', 'est'));
  await fse.ensureFile(p('deep', 'file.txt'));
  await fse.ensureSymlink(p('moved', 'keep.txt'), p('deep', 'link.txt'));
  assert.strictEqual(fse.readFileSync(p('deep', 'link.txt'), 'utf8'), 'kept');
  await fse.emptyDir(p('deep'));
  assert.deepStrictEqual(fse.readdirSync(p('deep')), []);

  await assert.rejects(fse.readJson(p('nope.json')), (e) => e.code === 'ENOENT');
  fse.writeFileSync(p('bad.json'), '{ not json');
  await assert.rejects(fse.readJson(p('bad.json')), SyntaxError);

  await new Promise((resolve, reject) => {
    fse.copy(p('moved', 'keep.txt'), p('cb.txt'), (err) => {
      if (err) return reject(err);
      assert.strictEqual(fse.readFileSync(p('cb.txt'), 'utf8'), 'kept');
      resolve();
    });
  });

  await fse.remove(root);
  assert.strictEqual(fse.existsSync(root), false);
  console.log('fs-extra ok');
})();
