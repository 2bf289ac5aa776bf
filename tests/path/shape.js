'use strict';
// The shape of node:path: posix on Linux, the win32/posix cross links, the
// path/posix and path/win32 modules, separators and function names.
const path = require('path');

function check(cond, what) {
  if (!cond) throw new Error(`check failed: ${what}`);
}
function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: got ${a}, expected ${e}`);
}

check(path === path.posix, 'path is path.posix on Linux');
check(path.posix.posix === path.posix, 'posix.posix');
check(path.posix.win32 === path.win32, 'posix.win32');
check(path.win32.posix === path.posix, 'win32.posix');
check(path.win32.win32 === path.win32, 'win32.win32');
check(require('node:path') === path, 'node:path');
check(require('path/posix') === path.posix, 'path/posix');
check(require('node:path/posix') === path.posix, 'node:path/posix');
check(require('path/win32') === path.win32, 'path/win32');
check(require('node:path/win32') === path.win32, 'node:path/win32');

same([path.sep, path.delimiter], ['/', ':'], 'posix separators');
same([path.win32.sep, path.win32.delimiter], ['\\', ';'], 'win32 separators');

const keys = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep', 'delimiter',
  'win32', 'posix', '_makeLong'];
same(Object.keys(path.posix), keys, 'posix keys');
same(Object.keys(path.win32), keys, 'win32 keys');

for (const p of [path.posix, path.win32]) {
  for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative',
    'toNamespacedPath', 'dirname', 'basename', 'extname', 'parse', 'matchesGlob']) {
    same(typeof p[name], 'function', name);
    same(p[name].name, name, `${name}.name`);
  }
  same(typeof p.format, 'function', 'format');
  check(p._makeLong === p.toNamespacedPath, '_makeLong alias');
  same([p.resolve.length, p.join.length, p.relative.length, p.basename.length,
    p.normalize.length, p.format.length], [0, 0, 2, 2, 1, 1], 'lengths');
}

// toNamespacedPath: identity on posix, even for non-strings.
const obj = {};
check(path.posix.toNamespacedPath(obj) === obj, 'posix toNamespacedPath(obj)');
same(path.posix.toNamespacedPath('/a/../b'), '/a/../b', 'posix toNamespacedPath');
check(path.win32.toNamespacedPath(obj) === obj, 'win32 toNamespacedPath(obj)');
same(path.win32.toNamespacedPath(''), '', 'win32 toNamespacedPath("")');
same(path.win32.toNamespacedPath('C:\\foo'), '\\\\?\\C:\\foo', 'drive path');
same(path.win32.toNamespacedPath('\\\\srv\\share\\x'), '\\\\?\\UNC\\srv\\share\\x', 'UNC path');
same(path.win32.toNamespacedPath('\\\\?\\c:\\Windows'), '\\\\?\\c:\\Windows', 'already long');

// parse() returns a fresh plain object with its keys in Node's order.
const parsed = path.parse('/home/u/file.txt');
same(Object.keys(parsed), ['root', 'dir', 'base', 'ext', 'name'], 'parse keys');
check(Object.getPrototypeOf(parsed) === Object.prototype, 'parse result is a plain object');
check(path.parse('/x') !== path.parse('/x'), 'fresh objects');
