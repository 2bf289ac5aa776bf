// require() of an ES module returns its namespace, or the value of an export named
// 'module.exports' when it has one (what lets ESM-only packages keep a CommonJS shape).
'use strict';
const assert = require('assert');

const named = require('./fixtures/esm-module-exports/named.mjs');
assert.strictEqual(typeof named, 'function');
assert.strictEqual(named(), 'hi');
assert.strictEqual(require('./fixtures/esm-module-exports/named.mjs'), named);

const plain = require('./fixtures/esm-module-exports/plain.mjs');
assert.strictEqual(Object.prototype.toString.call(plain), '[object Module]');
assert.strictEqual(plain.a, 1);
assert.strictEqual(plain.default, 'dflt');

