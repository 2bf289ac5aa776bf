// Object.prototype.toString.call(process) is '[object process]', from an own, non-enumerable
// Symbol.toStringTag (libraries such as axios detect Node with it).
'use strict';
const assert = require('assert');
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
const d = Object.getOwnPropertyDescriptor(process, Symbol.toStringTag);
assert.deepStrictEqual(d, { value: 'process', writable: true, enumerable: false, configurable: false });
assert.ok(!Object.keys(process).includes(Symbol.toStringTag));
