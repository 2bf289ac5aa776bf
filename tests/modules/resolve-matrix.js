'use strict';
// Node's module resolution, end to end: builds a package tree in a temp dir
// (packages with "main", "exports" maps with conditions and patterns,
// "imports", "type": "module", symlinks, nested node_modules, broken mains)
// and checks what require.resolve and import.meta.resolve answer for ~400
// requests, including the ones that must fail (by error code).
//
// The expectations were recorded from Node 20.20; import.meta.resolve returns
// the URL of a missing file or a directory instead of throwing (Node's rule for
// ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT that name a URL).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');
const { pathToFileURL, fileURLToPath } = require('url');

process.noDeprecation = true;

function write(root, rel, content) {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

function build(root) {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  const w = (rel, c = '') => write(root, rel, c);

  w('package.json', {
    name: 'root-pkg',
    type: 'commonjs',
    exports: {
      '.': './main.js',
      './feature': { import: './feature.mjs', require: './feature.cjs' },
      './missing': './missing.js',
    },
    imports: {
      '#internal/*': './src/internal/*.js',
      '#internal/special': './src/special.js',
      '#dep': { node: 'dep-a', default: './polyfill.js' },
      '#depsub': 'dep-a/sub.js',
      '#cond': { require: './c.cjs', import: './c.mjs' },
      '#null': null,
      '#bad': '../escape.js',
      '#arr': ['invalid:x', './a.js'],
      '#arrnull': [null, './a.js'],
      '#fs': 'fs',
      '#nodefs': 'node:fs',
      '#nested/*.js': './src/nested/*.js',
      '#pkg/*': 'plain/*',
      '#missing': './nope.js',
      '#abs': '/etc/passwd',
      '#dir': './src',
    },
  });
  for (const f of ['main.js', 'feature.mjs', 'feature.cjs', 'c.cjs', 'c.mjs', 'a.js', 'polyfill.js',
    'src/internal/x.js', 'src/internal/deep/y.js', 'src/special.js', 'src/nested/y.js']) w(f);

  // app/: most queries come from app/index.js
  for (const f of ['app/index.js', 'app/index.mjs', 'app/lib.js', 'app/addon.node', 'app/dir/index.js',
    'app/x.js', 'app/x', 'app/with space.js', 'app/100%.js', 'app/q#hash.js', 'app/ümlaut.js',
    'app/both.js', 'app/both.json', 'app/only.node', 'app/dotted.name.js', 'app/dir-js.js/index.js',
    'app/sub/deeper/file.js', 'app/nodir.js']) w(f);
  w('app/data.json', '{}');
  w('app/only.json', '{}');
  w('app/dir2/package.json', { main: 'lib/entry' });
  w('app/dir2/lib/entry.js');
  w('app/dir3/package.json', { main: 'missing.js' });
  w('app/dir3/index.js');
  w('app/dir4/package.json', { main: 'missing.js' });
  w('app/dir5/package.json', '{ "main": ');
  w('app/dir5/index.js');
  w('app/dir6/package.json', { main: '' });
  w('app/dir6/index.json', '{}');
  w('app/dir7/package.json', { main: './lib' });
  w('app/dir7/lib/index.js');
  w('app/dir8/package.json', { main: 42 });
  w('app/dir8/index.js');
  w('app/dir9/package.json', { main: 'entry' });
  w('app/dir9/entry.json', '{}');
  w('app/dir9/index.js');
  w('app/emptydir/.keep');
  fs.symlinkSync(path.join(root, 'app/lib.js'), path.join(root, 'app/link-file.js'));
  fs.symlinkSync(path.join(root, 'app/dir'), path.join(root, 'app/link-dir'));

  const nm = (rel, c = '') => w('node_modules/' + rel, c);
  nm('plain/package.json', { name: 'plain', main: 'lib/index.js' });
  nm('plain/lib/index.js');
  nm('plain/other.js');
  nm('plain/data.json', '{}');
  nm('plain-nomain/index.js');
  nm('plain-nomain/x.js');
  nm('exp-sugar/package.json', { exports: './dist/index.js' });
  nm('exp-sugar/dist/index.js');
  nm('exp-sugar/dist/hidden.js');
  nm('exp-cond/package.json', { exports: { import: './esm.mjs', require: './cjs.cjs', default: './def.js' } });
  for (const f of ['esm.mjs', 'cjs.cjs', 'def.js']) nm('exp-cond/' + f);
  nm('exp-order/package.json', { exports: { default: './def.js', node: './node.js' } });
  nm('exp-node-first/package.json', { exports: { node: './node.js', default: './def.js' } });
  for (const p of ['exp-order', 'exp-node-first']) { nm(p + '/def.js'); nm(p + '/node.js'); }
  nm('exp-map/package.json', {
    name: 'exp-map',
    exports: {
      '.': './index.js',
      './sub': './lib/sub.js',
      './features/*': './lib/features/*.js',
      './features/*.json': './lib/features/*.json',
      './features/private/*': null,
      './arr': ['not-relative', './lib/sub.js'],
      './arr-all-bad': ['not-relative', 'also-bad'],
      './arr-empty': [],
      './nested': { node: { import: './n.mjs', require: './n.cjs' } },
      './nested-none': { browser: './b.js' },
      './bad': 'lib/bad.js',
      './num': 5,
      './escape': './../x.js',
      './nm': './node_modules/x.js',
      './dotdot': './lib/../index.js',
      './folder/': './lib/folder/',
      './package.json': './package.json',
      './missing': './lib/missing.js',
      './dir': './lib',
      './dirslash': './lib/',
      './enc': './lib/%2Fx.js',
      './pct': './lib/a%20b.js',
      './star/*/x': './lib/star/*/x.js',
      './p/*': './lib/p/*',
      './numkeys': { 0: './a.js' },
      './double/*': './lib/double/*/*.js',
      './trail/*': './lib/trail/*.js',
      './seg/*': './lib/seg/*',
      './q': './lib/q.js?query#frag',
    },
  });
  for (const f of ['index.js', 'lib/sub.js', 'lib/features/a.js', 'lib/features/b.json', 'lib/features/private/p.js',
    'lib/features/dir/c.js', 'n.mjs', 'n.cjs', 'lib/folder/f.js', 'lib/missing-not.js', 'lib/a b.js',
    'lib/star/one/x.js', 'lib/p/file.js', 'lib/p/sub/file.js', 'lib/double/z/z.js', 'lib/seg/node_modules/x.js',
    'lib/q.js', 'lib/index.js']) nm('exp-map/' + f);
  nm('exp-mixed/package.json', { exports: { '.': './a.js', import: './b.js' } });
  nm('exp-mixed/a.js');
  nm('exp-null/package.json', { exports: null, main: 'm.js' });
  nm('exp-null/m.js');
  nm('exp-false/package.json', { exports: false, main: 'm.js' });
  nm('exp-false/m.js');
  nm('exp-dotonly/package.json', { exports: { './x': './x.js' } });
  nm('exp-dotonly/x.js');
  nm('exp-dotonly/index.js');
  nm('@scope/pkg/package.json', { name: '@scope/pkg', exports: { '.': './i.js', './x': './x.js' } });
  nm('@scope/pkg/i.js');
  nm('@scope/pkg/x.js');
  nm('@scope/plain/index.js');
  nm('@scope/plain/f.js');
  nm('type-mod/package.json', { type: 'module', main: 'index.js' });
  nm('type-mod/index.js');
  nm('type-mod/noext');
  nm('broken-pjson/package.json', '{ invalid');
  nm('broken-pjson/index.js');
  nm('nested-parent/index.js');
  nm('nested-parent/node_modules/child/index.js');
  nm('nested-parent/node_modules/plain/index.js');
  nm('dep-a/index.js');
  nm('dep-a/sub.js');
  nm('main-dir/package.json', { main: 'lib' });
  nm('main-dir/lib/index.js');
  nm('main-noext/package.json', { main: './main' });
  nm('main-noext/main.js');
  nm('main-json/package.json', { main: 'data' });
  nm('main-json/data.json', '{}');
  nm('main-missing/package.json', { main: 'nope.js' });
  nm('main-missing/index.js');
  nm('main-missing-all/package.json', { main: 'nope.js' });
  nm('esm-legacy/package.json', { main: 'lib/entry', type: 'module' });
  nm('esm-legacy/lib/entry.js');
  nm('esm-index/package.json', { type: 'module' });
  nm('esm-index/index.js');
  nm('nopkg/index.js');
  nm('nopkg/x.js');
  nm('emptydir/.keep');
  nm('.hidden/index.js');
  nm('file.js');
  nm('pct%pkg/index.js');
  write(root, 'real/linked-target/package.json', { main: 'entry.js' });
  write(root, 'real/linked-target/entry.js', '');
  fs.symlinkSync(path.join(root, 'real/linked-target'), path.join(root, 'node_modules/linked'));
  nm('addon-pkg/package.json', { exports: { 'node-addons': './native.node', default: './fallback.js' } });
  nm('addon-pkg/native.node');
  nm('addon-pkg/fallback.js');
  nm('sync-pkg/package.json', { exports: { 'module-sync': './sync.mjs', default: './def.js' } });
  nm('sync-pkg/sync.mjs');
  nm('sync-pkg/def.js');

  nm('custom-cond/package.json', { exports: { custom: './custom.js', default: './def.js' }, imports: {} });
  nm('custom-cond/custom.js');
  nm('custom-cond/def.js');
  w('global/gpkg/index.js');
  w('global/gfile.js');

  // A package that self-references by name from inside.
  nm('selfie/package.json', { name: 'selfie', exports: { '.': './i.js', './x': './x.js' }, imports: { '#y': './y.js' } });
  for (const f of ['i.js', 'x.js', 'y.js', 'lib/inner.js']) nm('selfie/' + f);

  // typed/: format detection
  write(root, 'typed/package.json', { type: 'module' });
  for (const f of ['typed/a.js', 'typed/b.mjs', 'typed/c.cjs', 'typed/noext', 'typed/x.ts', 'typed/y.txt', 'typed/.dot']) write(root, f, '');
  write(root, 'typed/data.json', '{}');
  write(root, 'typed/wasmfile', '\0asm\x01\0\0\0');
  write(root, 'typed/node_modules/dep/index.js', '');
  write(root, 'untyped/package.json', { name: 'u' });
  write(root, 'untyped/a.js', '');
  write(root, 'untyped/noext', '');
  write(root, 'untyped/m.mts', '');

  // A different scope with no package.json above except the root one.
  write(root, 'other/package.json', { name: 'other', imports: { '#x': './x.js' } });
  write(root, 'other/x.js', '');
  write(root, 'other/index.js', '');
  write(root, 'other/broken/package.json', '{');
  write(root, 'other/broken/index.js', '');

  // Broken package.json as the scope of the requiring file.
  write(root, 'badscope/package.json', 'not json');
  write(root, 'badscope/index.js', '');
  write(root, 'badscope/x.js', '');
}

// [kind, parent (relative to the tree), request, expected[, paths option]]
// expected: "file:<rel>" (require), "url:<rel>[?query#hash]" (import),
// "builtin:<id as returned>", "node:<id>" (import), "error:<code>".
const cases = [
  ["require", "app/index.js", "./lib", "file:app/lib.js"],
  ["require", "app/index.js", "./lib.js", "file:app/lib.js"],
  ["require", "app/index.js", "./x", "file:app/x"],
  ["require", "app/index.js", "./data", "file:app/data.json"],
  ["require", "app/index.js", "./data.json", "file:app/data.json"],
  ["require", "app/index.js", "./addon", "file:app/addon.node"],
  ["require", "app/index.js", "./only", "file:app/only.json"],
  ["require", "app/index.js", "./both", "file:app/both.js"],
  ["require", "app/index.js", "./dir", "file:app/dir/index.js"],
  ["require", "app/index.js", "./dir/", "file:app/dir/index.js"],
  ["require", "app/index.js", "./dir/index", "file:app/dir/index.js"],
  ["require", "app/index.js", ".", "file:app/index.js"],
  ["require", "app/index.js", "..", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "./", "file:app/index.js"],
  ["require", "app/index.js", "../", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "../app", "file:app/index.js"],
  ["require", "app/index.js", "../app/", "file:app/index.js"],
  ["require", "app/index.js", "./nope", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "./dir2", "file:app/dir2/lib/entry.js"],
  ["require", "app/index.js", "./dir3", "file:app/dir3/index.js"],
  ["require", "app/index.js", "./dir4", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "./dir6", "file:app/dir6/index.json"],
  ["require", "app/index.js", "./dir7", "file:app/dir7/lib/index.js"],
  ["require", "app/index.js", "./dir8", "file:app/dir8/index.js"],
  ["require", "app/index.js", "./dir9", "file:app/dir9/entry.json"],
  ["require", "app/index.js", "./emptydir", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "./link-file.js", "file:app/lib.js"],
  ["require", "app/index.js", "./link-file", "file:app/lib.js"],
  ["require", "app/index.js", "./link-dir", "file:app/dir/index.js"],
  ["require", "app/index.js", "./link-dir/index.js", "file:app/dir/index.js"],
  ["require", "app/index.js", "./with space.js", "file:app/with space.js"],
  ["require", "app/index.js", "./with space", "file:app/with space.js"],
  ["require", "app/index.js", "./100%.js", "file:app/100%.js"],
  ["require", "app/index.js", "./q#hash.js", "file:app/q#hash.js"],
  ["require", "app/index.js", "./ümlaut.js", "file:app/ümlaut.js"],
  ["require", "app/index.js", "./dotted.name", "file:app/dotted.name.js"],
  ["require", "app/index.js", "./dotted.name.js", "file:app/dotted.name.js"],
  ["require", "app/index.js", "./dir-js.js", "file:app/dir-js.js/index.js"],
  ["require", "app/index.js", "./sub/deeper/file", "file:app/sub/deeper/file.js"],
  ["require", "app/index.js", "./sub/deeper/../deeper/file.js", "file:app/sub/deeper/file.js"],
  ["require", "app/index.js", "./sub//deeper/file.js", "file:app/sub/deeper/file.js"],
  ["require", "app/index.js", "./lib.js/", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "./nodir.js/x", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "..foo", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", ".foo", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "../main.js", "file:main.js"],
  ["require", "app/index.js", "../node_modules/plain", "file:node_modules/plain/lib/index.js"],
  ["require", "app/index.js", "./", "file:app/index.js"],
  ["require", "app/index.js", "../src/internal/x.js", "file:src/internal/x.js"],
  ["require", "app/index.js", "fs", "builtin:fs"],
  ["require", "app/index.js", "node:fs", "builtin:node:fs"],
  ["require", "app/index.js", "fs/promises", "builtin:fs/promises"],
  ["require", "app/index.js", "node:fs/promises", "builtin:node:fs/promises"],
  ["require", "app/index.js", "test", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "node:test", "builtin:node:test"],
  ["require", "app/index.js", "path/posix", "builtin:path/posix"],
  ["require", "app/index.js", "plain", "file:node_modules/plain/lib/index.js"],
  ["require", "app/index.js", "plain/", "file:node_modules/plain/lib/index.js"],
  ["require", "app/index.js", "plain/other", "file:node_modules/plain/other.js"],
  ["require", "app/index.js", "plain/other.js", "file:node_modules/plain/other.js"],
  ["require", "app/index.js", "plain/data", "file:node_modules/plain/data.json"],
  ["require", "app/index.js", "plain/lib", "file:node_modules/plain/lib/index.js"],
  ["require", "app/index.js", "plain/nope", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "plain-nomain", "file:node_modules/plain-nomain/index.js"],
  ["require", "app/index.js", "plain-nomain/x", "file:node_modules/plain-nomain/x.js"],
  ["require", "app/index.js", "exp-sugar", "file:node_modules/exp-sugar/dist/index.js"],
  ["require", "app/index.js", "exp-sugar/dist/hidden.js", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-sugar/package.json", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-cond", "file:node_modules/exp-cond/cjs.cjs"],
  ["require", "app/index.js", "exp-order", "file:node_modules/exp-order/def.js"],
  ["require", "app/index.js", "exp-node-first", "file:node_modules/exp-node-first/node.js"],
  ["require", "app/index.js", "exp-map", "file:node_modules/exp-map/index.js"],
  ["require", "app/index.js", "exp-map/sub", "file:node_modules/exp-map/lib/sub.js"],
  ["require", "app/index.js", "exp-map/sub.js", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/features/a", "file:node_modules/exp-map/lib/features/a.js"],
  ["require", "app/index.js", "exp-map/features/b.json", "file:node_modules/exp-map/lib/features/b.json"],
  ["require", "app/index.js", "exp-map/features/private/p", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/features/dir/c", "file:node_modules/exp-map/lib/features/dir/c.js"],
  ["require", "app/index.js", "exp-map/features/", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/features/nope", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "exp-map/arr", "file:node_modules/exp-map/lib/sub.js"],
  ["require", "app/index.js", "exp-map/arr-all-bad", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "exp-map/arr-empty", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/nested", "file:node_modules/exp-map/n.cjs"],
  ["require", "app/index.js", "exp-map/nested-none", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/bad", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "exp-map/num", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "exp-map/escape", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "exp-map/nm", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "exp-map/dotdot", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "exp-map/folder/f.js", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/package.json", "file:node_modules/exp-map/package.json"],
  ["require", "app/index.js", "exp-map/missing", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "exp-map/dir", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "exp-map/dirslash", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "exp-map/enc", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "exp-map/pct", "file:node_modules/exp-map/lib/a b.js"],
  ["require", "app/index.js", "exp-map/star/one/x", "file:node_modules/exp-map/lib/star/one/x.js"],
  ["require", "app/index.js", "exp-map/p/file.js", "file:node_modules/exp-map/lib/p/file.js"],
  ["require", "app/index.js", "exp-map/p/sub/file.js", "file:node_modules/exp-map/lib/p/sub/file.js"],
  ["require", "app/index.js", "exp-map/p/../index.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "exp-map/p/%2e%2e/index.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "exp-map/p/node_modules/x", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "exp-map/p//file.js", "file:node_modules/exp-map/lib/p/file.js"],
  ["require", "app/index.js", "exp-map/numkeys", "error:ERR_INVALID_PACKAGE_CONFIG"],
  ["require", "app/index.js", "exp-map/double/z", "file:node_modules/exp-map/lib/double/z/z.js"],
  ["require", "app/index.js", "exp-map/trail/", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-map/seg/node_modules/x.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "exp-map/q", "file:node_modules/exp-map/lib/q.js"],
  ["require", "app/index.js", "exp-map/nope", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-mixed", "error:ERR_INVALID_PACKAGE_CONFIG"],
  ["require", "app/index.js", "exp-null", "file:node_modules/exp-null/m.js"],
  ["require", "app/index.js", "exp-false", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-dotonly", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "exp-dotonly/x", "file:node_modules/exp-dotonly/x.js"],
  ["require", "app/index.js", "@scope/pkg", "file:node_modules/@scope/pkg/i.js"],
  ["require", "app/index.js", "@scope/pkg/x", "file:node_modules/@scope/pkg/x.js"],
  ["require", "app/index.js", "@scope/pkg/y", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "@scope/plain", "file:node_modules/@scope/plain/index.js"],
  ["require", "app/index.js", "@scope/plain/f", "file:node_modules/@scope/plain/f.js"],
  ["require", "app/index.js", "@scope", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "@scope/", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "@scope/nope", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "type-mod", "file:node_modules/type-mod/index.js"],
  ["require", "app/index.js", "type-mod/noext", "file:node_modules/type-mod/noext"],
  ["require", "app/index.js", "nested-parent", "file:node_modules/nested-parent/index.js"],
  ["require", "app/index.js", "dep-a", "file:node_modules/dep-a/index.js"],
  ["require", "app/index.js", "main-dir", "file:node_modules/main-dir/lib/index.js"],
  ["require", "app/index.js", "main-noext", "file:node_modules/main-noext/main.js"],
  ["require", "app/index.js", "main-json", "file:node_modules/main-json/data.json"],
  ["require", "app/index.js", "main-missing", "file:node_modules/main-missing/index.js"],
  ["require", "app/index.js", "main-missing-all", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "esm-legacy", "file:node_modules/esm-legacy/lib/entry.js"],
  ["require", "app/index.js", "esm-index", "file:node_modules/esm-index/index.js"],
  ["require", "app/index.js", "nopkg", "file:node_modules/nopkg/index.js"],
  ["require", "app/index.js", "nopkg/x", "file:node_modules/nopkg/x.js"],
  ["require", "app/index.js", "emptydir", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", ".hidden", "file:node_modules/.hidden/index.js"],
  ["require", "app/index.js", "file.js", "file:node_modules/file.js"],
  ["require", "app/index.js", "file", "file:node_modules/file.js"],
  ["require", "app/index.js", "pct%pkg", "file:node_modules/pct%pkg/index.js"],
  ["require", "app/index.js", "linked", "file:real/linked-target/entry.js"],
  ["require", "app/index.js", "linked/entry.js", "file:real/linked-target/entry.js"],
  ["require", "app/index.js", "addon-pkg", "file:node_modules/addon-pkg/native.node"],
  ["require", "app/index.js", "nonexistent", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "nonexistent/sub", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "@nope/x", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "exp-map\\sub", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "file:///etc/passwd", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "root-pkg", "file:main.js"],
  ["require", "app/index.js", "root-pkg/feature", "file:feature.cjs"],
  ["require", "app/index.js", "root-pkg/missing", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "root-pkg/nope", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "root-pkg/", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "app/index.js", "#internal/x", "file:src/internal/x.js"],
  ["require", "app/index.js", "#internal/deep/y", "file:src/internal/deep/y.js"],
  ["require", "app/index.js", "#internal/special", "file:src/special.js"],
  ["require", "app/index.js", "#internal/nope", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "#dep", "file:node_modules/dep-a/index.js"],
  ["require", "app/index.js", "#depsub", "file:node_modules/dep-a/sub.js"],
  ["require", "app/index.js", "#cond", "file:c.cjs"],
  ["require", "app/index.js", "#null", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["require", "app/index.js", "#bad", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "#arr", "file:a.js"],
  ["require", "app/index.js", "#arrnull", "file:a.js"],
  ["require", "app/index.js", "#nodefs", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "#nested/y.js", "file:src/nested/y.js"],
  ["require", "app/index.js", "#nested/y", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["require", "app/index.js", "#pkg/other.js", "file:node_modules/plain/other.js"],
  ["require", "app/index.js", "#missing", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "#abs", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["require", "app/index.js", "#dir", "error:MODULE_NOT_FOUND"],
  ["require", "app/index.js", "#undefined", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["require", "app/index.js", "#", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "#/x", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["require", "app/index.js", "#internal/", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "./lib", "url:app/lib"],
  ["import", "app/index.mjs", "./lib.js", "url:app/lib.js"],
  ["import", "app/index.mjs", "./x", "url:app/x"],
  ["import", "app/index.mjs", "./data", "url:app/data"],
  ["import", "app/index.mjs", "./data.json", "url:app/data.json"],
  ["import", "app/index.mjs", "./addon", "url:app/addon"],
  ["import", "app/index.mjs", "./only", "url:app/only"],
  ["import", "app/index.mjs", "./both", "url:app/both"],
  ["import", "app/index.mjs", "./dir", "url:app/dir"],
  ["import", "app/index.mjs", "./dir/", "url:app/dir"],
  ["import", "app/index.mjs", "./dir/index", "url:app/dir/index"],
  ["import", "app/index.mjs", ".", "url:app"],
  ["import", "app/index.mjs", "..", "url:."],
  ["import", "app/index.mjs", "./", "url:app"],
  ["import", "app/index.mjs", "../", "url:."],
  ["import", "app/index.mjs", "../app", "url:app"],
  ["import", "app/index.mjs", "../app/", "url:app"],
  ["import", "app/index.mjs", "./nope", "url:app/nope"],
  ["import", "app/index.mjs", "./dir2", "url:app/dir2"],
  ["import", "app/index.mjs", "./dir3", "url:app/dir3"],
  ["import", "app/index.mjs", "./dir4", "url:app/dir4"],
  ["import", "app/index.mjs", "./dir5", "url:app/dir5"],
  ["import", "app/index.mjs", "./dir6", "url:app/dir6"],
  ["import", "app/index.mjs", "./dir7", "url:app/dir7"],
  ["import", "app/index.mjs", "./dir8", "url:app/dir8"],
  ["import", "app/index.mjs", "./dir9", "url:app/dir9"],
  ["import", "app/index.mjs", "./emptydir", "url:app/emptydir"],
  ["import", "app/index.mjs", "./link-file.js", "url:app/lib.js"],
  ["import", "app/index.mjs", "./link-file", "url:app/link-file"],
  ["import", "app/index.mjs", "./link-dir", "url:app/link-dir"],
  ["import", "app/index.mjs", "./link-dir/index.js", "url:app/dir/index.js"],
  ["import", "app/index.mjs", "./with space.js", "url:app/with space.js"],
  ["import", "app/index.mjs", "./with space", "url:app/with space"],
  ["import", "app/index.mjs", "./q#hash.js", "url:app/q#hash.js"],
  ["import", "app/index.mjs", "./ümlaut.js", "url:app/ümlaut.js"],
  ["import", "app/index.mjs", "./dotted.name", "url:app/dotted.name"],
  ["import", "app/index.mjs", "./dotted.name.js", "url:app/dotted.name.js"],
  ["import", "app/index.mjs", "./dir-js.js", "url:app/dir-js.js"],
  ["import", "app/index.mjs", "./sub/deeper/file", "url:app/sub/deeper/file"],
  ["import", "app/index.mjs", "./sub/deeper/../deeper/file.js", "url:app/sub/deeper/file.js"],
  ["import", "app/index.mjs", "./sub//deeper/file.js", "url:app/sub/deeper/file.js"],
  ["import", "app/index.mjs", "./lib.js/", "url:app/lib.js"],
  ["import", "app/index.mjs", "./nodir.js/x", "url:app/nodir.js/x"],
  ["import", "app/index.mjs", "..foo", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", ".foo", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "../main.js", "url:main.js"],
  ["import", "app/index.mjs", "../node_modules/plain", "url:node_modules/plain"],
  ["import", "app/index.mjs", "./", "url:app"],
  ["import", "app/index.mjs", "../src/internal/x.js", "url:src/internal/x.js"],
  ["import", "app/index.mjs", "fs", "node:fs"],
  ["import", "app/index.mjs", "node:fs", "node:fs"],
  ["import", "app/index.mjs", "fs/promises", "node:fs/promises"],
  ["import", "app/index.mjs", "node:fs/promises", "node:fs/promises"],
  ["import", "app/index.mjs", "test", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "node:test", "node:test"],
  ["import", "app/index.mjs", "path/posix", "node:path/posix"],
  ["import", "app/index.mjs", "plain", "url:node_modules/plain/lib/index.js"],
  ["import", "app/index.mjs", "plain/", "url:node_modules/plain"],
  ["import", "app/index.mjs", "plain/other", "url:node_modules/plain/other"],
  ["import", "app/index.mjs", "plain/other.js", "url:node_modules/plain/other.js"],
  ["import", "app/index.mjs", "plain/data", "url:node_modules/plain/data"],
  ["import", "app/index.mjs", "plain/lib", "url:node_modules/plain/lib"],
  ["import", "app/index.mjs", "plain/nope", "url:node_modules/plain/nope"],
  ["import", "app/index.mjs", "plain-nomain", "url:node_modules/plain-nomain/index.js"],
  ["import", "app/index.mjs", "plain-nomain/x", "url:node_modules/plain-nomain/x"],
  ["import", "app/index.mjs", "exp-sugar", "url:node_modules/exp-sugar/dist/index.js"],
  ["import", "app/index.mjs", "exp-sugar/dist/hidden.js", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-sugar/package.json", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-cond", "url:node_modules/exp-cond/esm.mjs"],
  ["import", "app/index.mjs", "exp-order", "url:node_modules/exp-order/def.js"],
  ["import", "app/index.mjs", "exp-node-first", "url:node_modules/exp-node-first/node.js"],
  ["import", "app/index.mjs", "exp-map", "url:node_modules/exp-map/index.js"],
  ["import", "app/index.mjs", "exp-map/sub", "url:node_modules/exp-map/lib/sub.js"],
  ["import", "app/index.mjs", "exp-map/sub.js", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/features/a", "url:node_modules/exp-map/lib/features/a.js"],
  ["import", "app/index.mjs", "exp-map/features/b.json", "url:node_modules/exp-map/lib/features/b.json"],
  ["import", "app/index.mjs", "exp-map/features/private/p", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/features/dir/c", "url:node_modules/exp-map/lib/features/dir/c.js"],
  ["import", "app/index.mjs", "exp-map/features/", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/features/nope", "url:node_modules/exp-map/lib/features/nope.js"],
  ["import", "app/index.mjs", "exp-map/arr", "url:node_modules/exp-map/lib/sub.js"],
  ["import", "app/index.mjs", "exp-map/arr-all-bad", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "exp-map/arr-empty", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/nested", "url:node_modules/exp-map/n.mjs"],
  ["import", "app/index.mjs", "exp-map/nested-none", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/bad", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "exp-map/num", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "exp-map/escape", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "exp-map/nm", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "exp-map/dotdot", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "exp-map/folder/f.js", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/package.json", "url:node_modules/exp-map/package.json"],
  ["import", "app/index.mjs", "exp-map/missing", "url:node_modules/exp-map/lib/missing.js"],
  ["import", "app/index.mjs", "exp-map/dir", "url:node_modules/exp-map/lib"],
  ["import", "app/index.mjs", "exp-map/dirslash", "url:node_modules/exp-map/lib"],
  ["import", "app/index.mjs", "exp-map/enc", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "exp-map/pct", "url:node_modules/exp-map/lib/a b.js"],
  ["import", "app/index.mjs", "exp-map/star/one/x", "url:node_modules/exp-map/lib/star/one/x.js"],
  ["import", "app/index.mjs", "exp-map/p/file.js", "url:node_modules/exp-map/lib/p/file.js"],
  ["import", "app/index.mjs", "exp-map/p/sub/file.js", "url:node_modules/exp-map/lib/p/sub/file.js"],
  ["import", "app/index.mjs", "exp-map/p/../index.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "exp-map/p/%2e%2e/index.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "exp-map/p/node_modules/x", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "exp-map/p//file.js", "url:node_modules/exp-map/lib/p/file.js"],
  ["import", "app/index.mjs", "exp-map/numkeys", "error:ERR_INVALID_PACKAGE_CONFIG"],
  ["import", "app/index.mjs", "exp-map/double/z", "url:node_modules/exp-map/lib/double/z/z.js"],
  ["import", "app/index.mjs", "exp-map/trail/", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-map/seg/node_modules/x.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "exp-map/q", "url:node_modules/exp-map/lib/q.js?query#frag"],
  ["import", "app/index.mjs", "exp-map/nope", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-mixed", "error:ERR_INVALID_PACKAGE_CONFIG"],
  ["import", "app/index.mjs", "exp-null", "url:node_modules/exp-null/m.js"],
  ["import", "app/index.mjs", "exp-false", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-dotonly", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "exp-dotonly/x", "url:node_modules/exp-dotonly/x.js"],
  ["import", "app/index.mjs", "@scope/pkg", "url:node_modules/@scope/pkg/i.js"],
  ["import", "app/index.mjs", "@scope/pkg/x", "url:node_modules/@scope/pkg/x.js"],
  ["import", "app/index.mjs", "@scope/pkg/y", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "@scope/plain", "url:node_modules/@scope/plain/index.js"],
  ["import", "app/index.mjs", "@scope/plain/f", "url:node_modules/@scope/plain/f"],
  ["import", "app/index.mjs", "@scope", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "@scope/", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "@scope/nope", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "type-mod", "url:node_modules/type-mod/index.js"],
  ["import", "app/index.mjs", "type-mod/noext", "url:node_modules/type-mod/noext"],
  ["import", "app/index.mjs", "nested-parent", "url:node_modules/nested-parent/index.js"],
  ["import", "app/index.mjs", "dep-a", "url:node_modules/dep-a/index.js"],
  ["import", "app/index.mjs", "main-dir", "url:node_modules/main-dir/lib/index.js"],
  ["import", "app/index.mjs", "main-noext", "url:node_modules/main-noext/main.js"],
  ["import", "app/index.mjs", "main-json", "url:node_modules/main-json/data.json"],
  ["import", "app/index.mjs", "main-missing", "url:node_modules/main-missing/index.js"],
  ["import", "app/index.mjs", "main-missing-all", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "esm-legacy", "url:node_modules/esm-legacy/lib/entry.js"],
  ["import", "app/index.mjs", "esm-index", "url:node_modules/esm-index/index.js"],
  ["import", "app/index.mjs", "nopkg", "url:node_modules/nopkg/index.js"],
  ["import", "app/index.mjs", "nopkg/x", "url:node_modules/nopkg/x"],
  ["import", "app/index.mjs", "emptydir", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", ".hidden", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "file.js", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "file", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "pct%pkg", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "linked", "url:real/linked-target/entry.js"],
  ["import", "app/index.mjs", "linked/entry.js", "url:real/linked-target/entry.js"],
  ["import", "app/index.mjs", "addon-pkg", "url:node_modules/addon-pkg/native.node"],
  ["import", "app/index.mjs", "nonexistent", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "nonexistent/sub", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "@nope/x", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "exp-map\\sub", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "root-pkg", "url:main.js"],
  ["import", "app/index.mjs", "root-pkg/feature", "url:feature.mjs"],
  ["import", "app/index.mjs", "root-pkg/missing", "url:missing.js"],
  ["import", "app/index.mjs", "root-pkg/nope", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "root-pkg/", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "app/index.mjs", "#internal/x", "url:src/internal/x.js"],
  ["import", "app/index.mjs", "#internal/deep/y", "url:src/internal/deep/y.js"],
  ["import", "app/index.mjs", "#internal/special", "url:src/special.js"],
  ["import", "app/index.mjs", "#internal/nope", "url:src/internal/nope.js"],
  ["import", "app/index.mjs", "#dep", "url:node_modules/dep-a/index.js"],
  ["import", "app/index.mjs", "#depsub", "url:node_modules/dep-a/sub.js"],
  ["import", "app/index.mjs", "#cond", "url:c.mjs"],
  ["import", "app/index.mjs", "#null", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["import", "app/index.mjs", "#bad", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "#arr", "url:a.js"],
  ["import", "app/index.mjs", "#arrnull", "url:a.js"],
  ["import", "app/index.mjs", "#fs", "node:fs"],
  ["import", "app/index.mjs", "#nodefs", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "#nested/y.js", "url:src/nested/y.js"],
  ["import", "app/index.mjs", "#nested/y", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["import", "app/index.mjs", "#pkg/other.js", "url:node_modules/plain/other.js"],
  ["import", "app/index.mjs", "#missing", "url:nope.js"],
  ["import", "app/index.mjs", "#abs", "error:ERR_INVALID_PACKAGE_TARGET"],
  ["import", "app/index.mjs", "#dir", "url:src"],
  ["import", "app/index.mjs", "#undefined", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["import", "app/index.mjs", "#", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "#/x", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "#internal/", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "./lib.js?x=1#frag", "url:app/lib.js?x=1#frag"],
  ["import", "app/index.mjs", "./with%20space.js", "url:app/with space.js"],
  ["import", "app/index.mjs", "./100%25.js", "url:app/100%.js"],
  ["import", "app/index.mjs", "./q%23hash.js", "url:app/q#hash.js"],
  ["import", "app/index.mjs", "./%C3%BCmlaut.js", "url:app/ümlaut.js"],
  ["import", "app/index.mjs", "//host/x.js", "error:ERR_INVALID_FILE_URL_HOST"],
  ["import", "app/index.mjs", "./dir/index.js", "url:app/dir/index.js"],
  ["import", "app/index.mjs", "./nope.js", "url:app/nope.js"],
  ["import", "app/index.mjs", "./sub/deeper/../deeper/file.js", "url:app/sub/deeper/file.js"],
  ["import", "app/index.mjs", "./a%2Fb.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "./a%5cb.js", "error:ERR_INVALID_MODULE_SPECIFIER"],
  ["import", "app/index.mjs", "./%2e/lib.js", "url:app/lib.js"],
  ["import", "app/index.mjs", "./lib.js\t", "url:app/lib.js"],
  ["import", "app/index.mjs", "  ./lib.js", "error:ERR_MODULE_NOT_FOUND"],
  ["import", "app/index.mjs", "exp-map/p/sub\\file.js", "url:node_modules/exp-map/lib/p/sub/file.js"],
  ["require", "node_modules/nested-parent/index.js", "child", "file:node_modules/nested-parent/node_modules/child/index.js"],
  ["import", "node_modules/nested-parent/index.js", "child", "url:node_modules/nested-parent/node_modules/child/index.js"],
  ["require", "node_modules/nested-parent/index.js", "plain", "file:node_modules/nested-parent/node_modules/plain/index.js"],
  ["import", "node_modules/nested-parent/index.js", "plain", "url:node_modules/nested-parent/node_modules/plain/index.js"],
  ["require", "node_modules/nested-parent/index.js", "plain/other.js", "file:node_modules/plain/other.js"],
  ["import", "node_modules/nested-parent/index.js", "plain/other.js", "url:node_modules/nested-parent/node_modules/plain/other.js"],
  ["require", "node_modules/nested-parent/index.js", "root-pkg", "error:MODULE_NOT_FOUND"],
  ["import", "node_modules/nested-parent/index.js", "root-pkg", "error:ERR_MODULE_NOT_FOUND"],
  ["require", "node_modules/nested-parent/index.js", "#internal/x", "error:MODULE_NOT_FOUND"],
  ["import", "node_modules/nested-parent/index.js", "#internal/x", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["require", "node_modules/nested-parent/index.js", "nested-parent", "file:node_modules/nested-parent/index.js"],
  ["import", "node_modules/nested-parent/index.js", "nested-parent", "url:node_modules/nested-parent/index.js"],
  ["require", "node_modules/selfie/lib/inner.js", "selfie", "file:node_modules/selfie/i.js"],
  ["import", "node_modules/selfie/lib/inner.js", "selfie", "url:node_modules/selfie/i.js"],
  ["require", "node_modules/selfie/lib/inner.js", "selfie/x", "file:node_modules/selfie/x.js"],
  ["import", "node_modules/selfie/lib/inner.js", "selfie/x", "url:node_modules/selfie/x.js"],
  ["require", "node_modules/selfie/lib/inner.js", "selfie/y", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["import", "node_modules/selfie/lib/inner.js", "selfie/y", "error:ERR_PACKAGE_PATH_NOT_EXPORTED"],
  ["require", "node_modules/selfie/lib/inner.js", "#y", "file:node_modules/selfie/y.js"],
  ["import", "node_modules/selfie/lib/inner.js", "#y", "url:node_modules/selfie/y.js"],
  ["require", "node_modules/selfie/lib/inner.js", "#z", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["import", "node_modules/selfie/lib/inner.js", "#z", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["require", "node_modules/selfie/lib/inner.js", "plain", "file:node_modules/plain/lib/index.js"],
  ["import", "node_modules/selfie/lib/inner.js", "plain", "url:node_modules/plain/lib/index.js"],
  ["require", "other/index.js", "#x", "file:other/x.js"],
  ["import", "other/index.js", "#x", "url:other/x.js"],
  ["require", "other/index.js", "#y", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["import", "other/index.js", "#y", "error:ERR_PACKAGE_IMPORT_NOT_DEFINED"],
  ["require", "other/index.js", "other", "error:MODULE_NOT_FOUND"],
  ["import", "other/index.js", "other", "error:ERR_MODULE_NOT_FOUND"],
  ["require", "other/index.js", "plain", "file:node_modules/plain/lib/index.js"],
  ["import", "other/index.js", "plain", "url:node_modules/plain/lib/index.js"],
  ["require", "other/index.js", "root-pkg", "error:MODULE_NOT_FOUND"],
  ["import", "other/index.js", "root-pkg", "error:ERR_MODULE_NOT_FOUND"],
  ["require", "typed/a.js", "dep", "file:typed/node_modules/dep/index.js"],
  ["import", "typed/a.js", "dep", "url:typed/node_modules/dep/index.js"],
  ["require", "typed/a.js", "./b.mjs", "file:typed/b.mjs"],
  ["import", "typed/a.js", "./b.mjs", "url:typed/b.mjs"],
  ["require", "app/index.js", "plain", "file:node_modules/plain/lib/index.js", ["app"]],
  ["require", "app/index.js", "./lib.js", "file:app/lib.js", ["app"]],
  ["require", "app/index.js", "./lib.js", "file:app/lib.js", ["app/dir","app"]],
  ["require", "app/index.js", "child", "file:node_modules/nested-parent/node_modules/child/index.js", ["node_modules/nested-parent/x"]],
  ["require", "app/index.js", "child", "error:MODULE_NOT_FOUND", ["app"]],
  ["require", "app/index.js", "../app/lib.js", "error:MODULE_NOT_FOUND", ["app/dir"]],
  ["require", "app/index.js", "..foo", "error:MODULE_NOT_FOUND", ["app"]],
  ["require", "app/index.js", "plain", "error:MODULE_NOT_FOUND", []],
];

async function main() {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rode-resolve-matrix-')));
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  build(root);
  const resolvers = new Map();
  let passed = 0;
  const failures = [];
  for (const [kind, parentRel, request, expected, paths] of cases) {
    const parent = path.join(root, parentRel);
    let actual;
    if (kind === 'require') {
      try {
        const opts = paths ? { paths: paths.map((p) => path.join(root, p)) } : undefined;
        const r = createRequire(parent).resolve(request, opts);
        actual = path.isAbsolute(r) ? 'file:' + (path.relative(root, r) || '.') : 'builtin:' + r;
      } catch (e) {
        actual = 'error:' + (e.code || e.name);
      }
    } else {
      const modPath = parent.replace(/\.[cm]?js$/, '') + '.resolver.mjs';
      if (!resolvers.has(modPath)) {
        fs.writeFileSync(modPath, 'export const resolve = (s) => import.meta.resolve(s);\n');
        resolvers.set(modPath, (await import(pathToFileURL(modPath).href)).resolve);
      }
      try {
        const u = resolvers.get(modPath)(request);
        actual = u.startsWith('file:') ?
          'url:' + (path.relative(root, fileURLToPath(u)) || '.') + ((u.match(/[?#].*$/) || [''])[0]) :
          u;
      } catch (e) {
        actual = 'error:' + (e.code || e.name);
      }
    }
    if (actual === expected) passed++;
    else failures.push(`${kind} ${JSON.stringify(request)} from ${parentRel}${paths ? ' paths=' + JSON.stringify(paths) : ''}: expected ${expected}, got ${actual}`);
  }
  assert.deepStrictEqual(failures, []);
  console.log(`resolve-matrix: ${passed} cases passed`);
}

main();
