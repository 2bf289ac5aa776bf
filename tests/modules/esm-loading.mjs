// ES modules: importing CommonJS (default + named exports found statically), JSON through
// require, packages with "exports" import conditions, "type": "module" directories,
// built-ins with named exports, import.meta, dynamic import() and top-level await.
import assert from 'node:assert';
import path, { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import cjs, { alpha, beta, gamma } from './fixtures/cjs-named.js';
import { where } from './fixtures/type-module/mod.js';

assert.strictEqual(alpha, 1);
assert.strictEqual(beta, 'two');
assert.strictEqual(gamma, 3);
assert.deepStrictEqual(cjs, { alpha: 1, beta: 'two', gamma: 3 });
assert.strictEqual(where, true);
assert.strictEqual(join, path.join);

assert.ok(import.meta.url.startsWith('file:///'));
assert.ok(import.meta.url.endsWith('/tests/modules/esm-loading.mjs'));
assert.strictEqual(import.meta.filename, join(import.meta.dirname, 'esm-loading.mjs'));
assert.strictEqual(dirname(import.meta.filename), import.meta.dirname);
assert.strictEqual(import.meta.resolve('./fixtures/data.json'),
  new URL('./fixtures/data.json', import.meta.url).href);
assert.strictEqual(import.meta.resolve('node:fs'), 'node:fs');

const require = createRequire(import.meta.url);
assert.deepStrictEqual(require('./fixtures/data.json').b, { c: true });

// Top-level await and dynamic import of ESM and CJS packages.
const esmPkg = await import('pkg-esm');
assert.strictEqual(esmPkg.answer, 42);
assert.strictEqual(esmPkg.default(), 'hello');
const viaExports = await import('pkg-exports');
assert.strictEqual(viaExports.kind, 'esm');
const dyn = await import('./fixtures/cycle/a.js');
assert.deepStrictEqual(dyn.default, { loaded: true, fromB: false });

await assert.rejects(import('./fixtures/missing.mjs'), (err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
  assert.ok(err.message.startsWith("Cannot find module '"));
  assert.ok(err.message.includes('missing.mjs'));
  return true;
});
await assert.rejects(import('./fixtures/dir-index'), { code: 'ERR_UNSUPPORTED_DIR_IMPORT' });

console.log('ok');
