'use strict';
// process's class is a plain function named `process` whose prototype inherits
// EventEmitter's: callable without `new` (jest's createProcessObject calls every
// prototype's constructor on its copy of process).
const assert = require('assert');
const EventEmitter = require('events');

const proto = Object.getPrototypeOf(process);
assert.strictEqual(proto.constructor.name, 'process');
assert.strictEqual(Object.getPrototypeOf(proto), EventEmitter.prototype);
assert.ok(process instanceof EventEmitter);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
const copy = {};
let p = process;
while ((p = Object.getPrototypeOf(p))) {
  if (typeof p.constructor === 'function') p.constructor.call(copy);
}
assert.strictEqual(typeof copy._events, 'object', 'EventEmitter initialized the copy');
assert.strictEqual(typeof process._events, 'object');
