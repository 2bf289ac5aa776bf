'use strict';
// CommonJS loading: relative files, JSON, directory index, package "main", "exports"
// (conditions, patterns, null targets), "imports", cycles, the cache, and the module object.
const assert = require('assert');
const path = require('path');

const fx = path.join(__dirname, 'fixtures');

assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(__filename, path.join(__dirname, 'cjs-loading.js'));
assert.strictEqual(__dirname, path.dirname(__filename));
assert.strictEqual(this, module.exports);

assert.deepStrictEqual(require('./fixtures/data.json'), { a: [1, 2], b: { c: true } });
assert.strictEqual(require('./fixtures/data.json'), require('./fixtures/data'));
assert.strictEqual(require('./fixtures/dir-index'), 'index of dir');

// A package found by walking up to node_modules, with "main" missing its extension.
const main = require('pkg-main');
assert.deepStrictEqual(main, { name: 'pkg-main', file: 'lib/entry.js' });

// "exports" with the require condition, subpath conditions, patterns and imports.
assert.deepStrictEqual(require('pkg-exports'), { kind: 'cjs', internal: 'internal' });
assert.strictEqual(require('pkg-exports/feature'), 'feature-node');
assert.strictEqual(require('pkg-exports/utils/a'), 'util-a');
assert.throws(() => require('pkg-exports/private/x'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => require('pkg-exports/dist/feature.js'), (err) => {
  assert.strictEqual(err.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  assert.match(err.message, /^Package subpath '\.\/dist\/feature\.js' is not defined by "exports" in /);
  return true;
});

// Missing modules: Node's message with the require stack.
assert.throws(() => require('./fixtures/nope'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module './fixtures/nope'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});
assert.throws(() => require('no-such-package-anywhere'), { code: 'MODULE_NOT_FOUND' });

// Cycles see the partial exports of the module being loaded.
const a = require('./fixtures/cycle/a');
assert.deepStrictEqual(a, { loaded: true, fromB: false });

// The cache and require.resolve.
const resolved = require.resolve('./fixtures/dir-index');
assert.strictEqual(resolved, path.join(fx, 'dir-index', 'index.js'));
assert.ok(require.cache[resolved]);
assert.strictEqual(require.cache[resolved].exports, 'index of dir');
delete require.cache[resolved];
assert.strictEqual(require('./fixtures/dir-index'), 'index of dir');
assert.strictEqual(require.resolve('pkg-main', { paths: [fx] }), path.join(__dirname, 'node_modules', 'pkg-main', 'lib', 'entry.js'));
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');

// Built-ins by both names.
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('path'), path);
assert.throws(() => require('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });

// The module object.
const Module = require('module');
assert.strictEqual(module.constructor, Module);
assert.ok(module.paths.includes(path.join(__dirname, 'node_modules')));
assert.ok(module.children.some((m) => m.id === path.join(fx, 'data.json')));
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('fs/promises'), true);
assert.strictEqual(Module.isBuiltin('node:test'), true);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.ok(Module.builtinModules.includes('worker_threads'));
assert.strictEqual(typeof Module.wrap('x'), 'string');
assert.ok(Module.wrap('x').includes('(exports, require, module, __filename, __dirname)'));
const req2 = Module.createRequire(path.join(fx, 'x.js'));
assert.strictEqual(req2('./dir-index'), 'index of dir');
assert.deepStrictEqual(Module._nodeModulePaths('/a/b'), ['/a/b/node_modules', '/a/node_modules', '/node_modules']);

console.log('ok');
