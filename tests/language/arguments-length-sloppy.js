// `arguments.length` in sloppy code: mapped arguments, `var arguments`, reassignment, `with`
// and eval still see the arguments object.
const assert = require('assert');
function mapped(a) { a = 5; return [arguments.length, arguments[0]]; }
assert.deepStrictEqual(mapped(1), [1, 5]);
function onlyLen(a) { a = 5; return arguments.length; }
assert.strictEqual(onlyLen(1, 2), 2);
function withVar() { var arguments; return arguments.length; }
assert.strictEqual(withVar(1, 2), 2);
function reassign() { arguments = { length: 9 }; return arguments.length; }
assert.strictEqual(reassign(1), 9);
function inWith(o) { with (o) { return arguments.length; } }
assert.strictEqual(inWith({}), 1);
assert.strictEqual(inWith({ arguments: [1, 2, 3, 4] }), 4);
function withEval() { return eval('arguments.length'); }
assert.strictEqual(withEval(1, 2, 3), 3);
function evalLen() { eval(''); return arguments.length; }
assert.strictEqual(evalLen(1, 2), 2);
