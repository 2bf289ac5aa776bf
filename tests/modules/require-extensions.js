'use strict';
// require.extensions (Module._extensions) decides which extensions resolution tries, in its
// keys' order, as ts-node and @babel/register rely on; Module._preloadModules loads modules
// as -r does.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-exts-'));
fs.writeFileSync(path.join(dir, 'only.conf'), 'answer = 42');
fs.writeFileSync(path.join(dir, 'both.js'), "module.exports = 'from js';");
fs.writeFileSync(path.join(dir, 'both.conf'), 'answer = 1');
fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'index.conf'), 'answer = 7');

assert.throws(() => require(path.join(dir, 'only')), { code: 'MODULE_NOT_FOUND' });

// A loader for .conf files: "key = value" lines.
require.extensions['.conf'] = (module, filename) => {
  const out = {};
  for (const line of fs.readFileSync(filename, 'utf8').split('\n')) {
    const m = /^(\w+) = (.*)$/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  module.exports = out;
};
assert.deepStrictEqual(require(path.join(dir, 'only')), { answer: 42 });
assert.strictEqual(require(path.join(dir, 'both')), 'from js', '.js comes first among the keys');
assert.deepStrictEqual(require(path.join(dir, 'pkg')), { answer: 7 }, 'index.<ext> too');
assert.strictEqual(require.resolve(path.join(dir, 'only')), path.join(dir, 'only.conf'));
assert.strictEqual(Module._findPath(path.join(dir, 'only'), []), path.join(dir, 'only.conf'));

// Put first, an extension wins over .js for a new request.
const saved = Module._extensions;
const reordered = { __proto__: null, '.conf': saved['.conf'] };
for (const key of Object.keys(saved)) if (key !== '.conf') reordered[key] = saved[key];
fs.writeFileSync(path.join(dir, 'other.js'), "module.exports = 'js';");
fs.writeFileSync(path.join(dir, 'other.conf'), 'answer = 3');
for (const key of Object.keys(saved)) delete saved[key];
Object.assign(saved, reordered);
assert.deepStrictEqual(require(path.join(dir, 'other')), { answer: 3 });

// Removed again, it is no longer tried.
delete require.extensions['.conf'];
fs.writeFileSync(path.join(dir, 'late.conf'), 'answer = 5');
assert.throws(() => require(path.join(dir, 'late')), { code: 'MODULE_NOT_FOUND' });

// Module._preloadModules: loads each request from the current directory; ignores non-arrays.
fs.writeFileSync(path.join(dir, 'pre.js'), 'globalThis.preloadedCount = (globalThis.preloadedCount || 0) + 1;');
Module._preloadModules([path.join(dir, 'pre.js')]);
Module._preloadModules(undefined);
Module._preloadModules('not an array');
assert.strictEqual(globalThis.preloadedCount, 1);

fs.rmSync(dir, { recursive: true });
