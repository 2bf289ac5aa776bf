'use strict';
// node:repl's parts programs use without a REPL server (ts-node requires it at load):
// Recoverable, writer and its options, the mode symbols, builtinModules.
const assert = require('assert');
const repl = require('repl');
const util = require('util');

for (const key of ['start', 'writer', 'REPLServer', 'REPL_MODE_SLOPPY', 'REPL_MODE_STRICT', 'Recoverable',
  'builtinModules']) {
  assert.ok(key in repl, key);
}
assert.strictEqual(repl.REPL_MODE_SLOPPY.toString(), 'Symbol(repl-sloppy)');
assert.strictEqual(repl.REPL_MODE_STRICT.toString(), 'Symbol(repl-strict)');

const inner = new Error('incomplete');
const r = new repl.Recoverable(inner);
assert.ok(r instanceof SyntaxError);
assert.strictEqual(r.err, inner);
assert.strictEqual(Object.getPrototypeOf(repl.Recoverable.prototype), SyntaxError.prototype);

assert.strictEqual(repl.writer({ a: [1, { b: 2 }] }), '{ a: [ 1, { b: 2 } ] }');
assert.strictEqual(repl.writer('s'), "'s'");
assert.strictEqual(repl.writer.options.showProxy, true);
assert.strictEqual(repl.writer.options.depth, 2);
assert.strictEqual(repl.writer(new Proxy({}, {})), util.inspect(new Proxy({}, {}), { showProxy: true }));

const builtins = require('module').builtinModules;
assert.deepStrictEqual(repl.builtinModules, builtins.filter((name) => !name.startsWith('_')));
assert.ok(repl.builtinModules.includes('fs'));
