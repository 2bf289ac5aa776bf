'use strict';
// resolve() and relative() against the real working directory.
const path = require('path');

function same(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

const cwd = process.cwd();
same(path.resolve(), cwd, 'resolve()');
same(path.resolve(''), cwd, "resolve('')");
same(path.resolve('.'), cwd, "resolve('.')");
same(path.resolve('a', 'b'), path.join(cwd, 'a', 'b'), 'resolve relative');
same(path.resolve('/x', 'y', '..', 'z'), '/x/z', 'resolve absolute');
same(path.resolve('/a/b', '/c'), '/c', 'later absolute wins');
same(path.relative('', ''), '', "relative('', '')");
same(path.relative('', 'x'), 'x', "relative('', 'x')");
same(path.relative('x', ''), '..', "relative('x', '')");
same(path.relative(cwd, '/'), path.relative(cwd, '/'), 'relative to root');
same(path.relative('/', cwd), cwd.slice(1), 'relative from root');
same(path.resolve(__filename), __filename, 'resolve(__filename)');
same(path.dirname(__filename), __dirname, 'dirname(__filename)');
same(path.basename(__filename), 'resolve-cwd.js', 'basename(__filename)');
same(path.basename(__filename, '.js'), 'resolve-cwd', 'basename with ext');
same(path.extname(__filename), '.js', 'extname(__filename)');

// process.cwd() is read on every call.
const real = process.cwd;
process.cwd = () => '/pinned/dir';
try {
  same(path.resolve('x'), '/pinned/dir/x', 'posix resolve uses process.cwd()');
  same(path.relative('a', '/pinned'), '../..', 'relative uses process.cwd()');
  same(path.win32.resolve('x'), '\\pinned\\dir\\x', 'win32 resolve of a posix cwd');
  process.cwd = () => 'C:\\work';
  same(path.win32.resolve('x'), 'C:\\work\\x', 'win32 resolve uses process.cwd()');
  same(path.win32.resolve('d:x'), 'd:\\x', 'other drive: its root');
  same(path.win32.resolve('c:x'), 'c:\\work\\x', 'same drive: cwd');
} finally {
  process.cwd = real;
}
