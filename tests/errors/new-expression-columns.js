'use strict';
// Stack positions V8 gives: a `new X(…)` frame is at the `new` keyword (whatever the
// arguments do), a property read at the property's name (a computed one at its `[`), and
// first lines of ES modules, vm scripts and eval code count columns from 1 like the others.
// A fatal rejection puts the caret where the error was made, a thrown error under the
// `throw`, a failed read under the property.
const assert = require('assert');
const path = require('path');
const vm = require('vm');
const { spawnSync } = require('child_process');

const here = (err) => {
  const m = /:(\d+):(\d+)\)?$/.exec(err.stack.split('\n')[1]);
  return [Number(m[1]), Number(m[2])];
};
const lineOf = (err) => here(err)[0];

class Custom extends Error {}
function make() { return 'x'; }
const args = ['spread'];

let e = new Error('plain');
assert.deepStrictEqual(here(e), [lineOf(e), 9]);
e = new Custom(make());
assert.deepStrictEqual(here(e), [lineOf(e), 5]);
  e = new TypeError(`${make()}${make()}`, { cause: make() });
assert.deepStrictEqual(here(e), [lineOf(e), 7]);
e = new RangeError(...args);
assert.deepStrictEqual(here(e), [lineOf(e), 5]);
e = (() => new Error)();
assert.deepStrictEqual(here(e), [lineOf(e), 12]);
e = new (class extends Error {})('anonymous class');
assert.deepStrictEqual(here(e), [lineOf(e), 5]);

// Property reads of undefined: the column of the name read (or of `[`), found in the
// source line the frame names.
const fs = require('fs');
const sourceLines = fs.readFileSync(__filename, 'utf8').split('\n');
function readsAt(fn, marker, offset) {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof TypeError);
    const [line, column] = here(err);
    assert.strictEqual(column, sourceLines[line - 1].indexOf(marker) + 1 + offset, marker);
    return;
  }
  throw new Error('did not throw');
}
const o = { list: [] };
readsAt(() => o.missing.deeper, '.deeper', 1);
readsAt(() => o.list[3].name, '.name', 1);
readsAt(() => o.list  [3]['x'], "['x']", 0);
readsAt(() => (o.missing).x, ').x', 2);
readsAt(() => o.missing.call(), '.call', 1);
readsAt(() => o
  .missing
  .x, '.x', 1);

// First lines: a vm script, eval code.
const first = (fn) => {
  try {
    fn();
  } catch (err) {
    return err.stack.split('\n').find((l) => l.includes('at ')).replace(/^.*:(\d+:\d+)\)?$/, '$1');
  }
  throw new Error('did not throw');
};
assert.strictEqual(first(() => vm.runInThisContext('throw new Error("vm")', { filename: 'v.js' })), '1:7');
assert.strictEqual(first(() => vm.runInThisContext('  throw new Error("vm")', { filename: 'v.js' })), '1:9');
assert.strictEqual(first(() => vm.runInThisContext('x = 1;\nthrow new Error("vm")', { filename: 'v.js' })), '2:7');
assert.strictEqual(first(() => eval('throw new Error("eval")')), '1:7');

// Fatal errors: the source line and caret Node prints.
function fatal(file) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'columns', file)],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  return r.stderr.split('\n').slice(0, 6);
}
const url = (f) => require('url').pathToFileURL(path.join(__dirname, 'fixtures', 'columns', f)).href;
const file = (f) => path.join(__dirname, 'fixtures', 'columns', f);
assert.deepStrictEqual(fatal('line-one.mjs'), [
  `${url('line-one.mjs')}:1`, "throw new Error('esm line 1');", '      ^', '',
  'Error: esm line 1', `    at ${url('line-one.mjs')}:1:7`,
]);
assert.deepStrictEqual(fatal('async-throw.js'), [
  `${file('async-throw.js')}:3`, "  throw   new RangeError('later');", '          ^', '',
  'RangeError: later', `    at f (${file('async-throw.js')}:3:11)`,
]);
assert.deepStrictEqual(fatal('reject.js').slice(0, 5), [
  `${file('reject.js')}:2`, "  Promise.reject(new TypeError('rejected'));", '                 ^', '',
  'TypeError: rejected',
]);
assert.deepStrictEqual(fatal('read-undefined.js'), [
  `${file('read-undefined.js')}:2`, 'const port =   config.server.port;', '                             ^', '',
  "TypeError: Cannot read properties of undefined (reading 'port')",
  `    at Object.<anonymous> (${file('read-undefined.js')}:2:30)`,
]);
console.log('ok');
