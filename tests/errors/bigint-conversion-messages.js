'use strict';
// Converting a value to a BigInt (BigInt(), BigInt.asIntN, BigInt64Array, DataView, a wasm
// i64) fails with V8's "Cannot convert X to a BigInt": a TypeError for numbers, null,
// undefined and symbols, a SyntaxError for a string that is no BigInt.
const assert = require('assert');

const cases = [
  [() => BigInt.asIntN(64, 5), TypeError, 'Cannot convert 5 to a BigInt'],
  [() => BigInt.asUintN(64, 1.5), TypeError, 'Cannot convert 1.5 to a BigInt'],
  [() => BigInt.asIntN(64, null), TypeError, 'Cannot convert null to a BigInt'],
  [() => BigInt.asIntN(64, undefined), TypeError, 'Cannot convert undefined to a BigInt'],
  [() => BigInt.asIntN(64, Symbol('s')), TypeError, 'Cannot convert Symbol(s) to a BigInt'],
  [() => BigInt.asIntN(64, 'x'), SyntaxError, 'Cannot convert x to a BigInt'],
  [() => BigInt.asIntN(64, {}), SyntaxError, 'Cannot convert [object Object] to a BigInt'],
  [() => BigInt('1x'), SyntaxError, 'Cannot convert 1x to a BigInt'],
  [() => { new BigInt64Array(1)[0] = 7; }, TypeError, 'Cannot convert 7 to a BigInt'],
  [() => new DataView(new ArrayBuffer(8)).setBigUint64(0, 2.5), TypeError, 'Cannot convert 2.5 to a BigInt'],
];
for (const [fn, type, message] of cases) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, type);
    assert.strictEqual(err.message, message);
    return true;
  });
}
// What converts does.
assert.strictEqual(BigInt.asIntN(64, '12'), 12n);
assert.strictEqual(BigInt.asIntN(64, true), 1n);
assert.strictEqual(BigInt.asIntN(64, { valueOf: () => 7n }), 7n);
assert.strictEqual(BigInt.asIntN(64, [3]), 3n);
console.log('ok');
