'use strict';
// util.inherits: prototype wiring, `super_`, and the argument errors.
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function Base(name) { this.name = name; }
Base.prototype.hello = function () { return `hello ${this.name}`; };
function Child(name) { Base.call(this, name); }
Child.prototype.own = function () { return 'own'; };
const originalProto = Child.prototype;

assert.strictEqual(util.inherits(Child, Base), undefined);
assert.strictEqual(Child.prototype, originalProto); // the prototype object is kept
assert.strictEqual(Object.getPrototypeOf(Child.prototype), Base.prototype);
assert.strictEqual(Child.super_, Base);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Child, 'super_'), {
  value: Base, writable: true, enumerable: false, configurable: true,
});
const c = new Child('c');
assert.strictEqual(c.hello(), 'hello c');
assert.strictEqual(c.own(), 'own');
assert.ok(c instanceof Base);
assert.ok(c instanceof Child);
assert.ok(!Object.keys(Child).includes('super_'));

// Inheriting from a class and from EventEmitter.
class K { k() { return 'k'; } }
function FromClass() {}
util.inherits(FromClass, K);
assert.strictEqual(new FromClass().k(), 'k');
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const e = new Emitter();
let got;
e.on('x', (v) => { got = v; });
e.emit('x', 5);
assert.strictEqual(got, 5);

// Inheriting again rewires the prototype.
function Other() {}
Other.prototype.other = () => 'other';
util.inherits(Child, Other);
assert.strictEqual(Child.super_, Other);
assert.strictEqual(new Child().other(), 'other');

// Errors.
const check = (fn, message) => assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
check(() => util.inherits(undefined, Base),
  'The "ctor" argument must be of type function. Received undefined');
check(() => util.inherits(null, Base),
  'The "ctor" argument must be of type function. Received null');
check(() => util.inherits(Child, undefined),
  'The "superCtor" argument must be of type function. Received undefined');
check(() => util.inherits(Child, null),
  'The "superCtor" argument must be of type function. Received null');
check(() => util.inherits(Child, {}),
  'The "superCtor.prototype" property must be of type object. Received undefined');
check(() => util.inherits(Child, () => {}),
  'The "superCtor.prototype" property must be of type object. Received undefined');
// ctor is checked first.
check(() => util.inherits(null, null),
  'The "ctor" argument must be of type function. Received null');
// A superCtor whose prototype is null is accepted.
function NullProto() {}
NullProto.prototype = null;
function FromNull() {}
util.inherits(FromNull, NullProto);
assert.strictEqual(Object.getPrototypeOf(FromNull.prototype), null);
// A non-function ctor without a prototype object fails in Object.setPrototypeOf.
assert.throws(() => util.inherits({}, Base), TypeError);

console.log('inherits ok');
