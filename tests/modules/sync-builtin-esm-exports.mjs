// module.syncBuiltinESMExports(): the named exports of built-in ES modules take the current
// values of the CommonJS exports' properties; names are neither added nor removed, and the
// default export stays the exports object.
import assert from 'node:assert';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import fsDefault, { readFile, existsSync } from 'node:fs';
import * as pathNs from 'path';

const require = createRequire(import.meta.url);
const fs = require('fs');
const path = require('path');
assert.strictEqual(typeof syncBuiltinESMExports, 'function');
assert.strictEqual(require('module').syncBuiltinESMExports, syncBuiltinESMExports);

const original = fs.readFile;
const originalJoin = path.join;
fs.readFile = 'patched';
path.join = (...parts) => parts.join('+');
fs.addedByTest = 1;

// Not yet synced: the bindings keep their values.
assert.strictEqual(typeof readFile, 'function');
assert.strictEqual(pathNs.join('a', 'b'), `a${path.sep}b`);

syncBuiltinESMExports();
assert.strictEqual(readFile, 'patched');
assert.strictEqual(typeof existsSync, 'function');
assert.strictEqual(pathNs.join('a', 'b'), 'a+b');
assert.strictEqual(fsDefault, fs);
assert.strictEqual((await import('node:fs')).readFile, 'patched');
assert.strictEqual('addedByTest' in (await import('fs')), false);

fs.readFile = original;
path.join = originalJoin;
delete fs.addedByTest;
syncBuiltinESMExports();
assert.strictEqual(readFile, original);
assert.strictEqual(pathNs.join('a', 'b'), `a${path.sep}b`);
console.log('ok');
