'use strict';
// events.EventEmitterAsyncResource: an EventEmitter with an AsyncResource.
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { AsyncLocalStorage } = require('async_hooks');

assert.strictEqual(typeof EventEmitterAsyncResource, 'function');
assert.strictEqual(require('events').EventEmitterAsyncResource, EventEmitterAsyncResource);

const als = new AsyncLocalStorage();
const ee = als.run('made here', () => new EventEmitterAsyncResource({ name: 'Thing' }));
assert.ok(ee instanceof EventEmitter);
assert.strictEqual(typeof ee.asyncId, 'number');
assert.strictEqual(typeof ee.triggerAsyncId, 'number');
assert.strictEqual(ee.asyncResource.eventEmitter, ee);

// Listeners run in the context the emitter was created in.
let seen;
ee.on('x', (v) => { seen = [v, als.getStore()]; });
als.run('emitted here', () => ee.emit('x', 1));
assert.deepStrictEqual(seen, [1, 'made here']);

// options.name must be a string when constructing the class directly.
assert.throws(() => new EventEmitterAsyncResource({ name: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received type number (5)',
});
assert.throws(() => new EventEmitterAsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received undefined',
});
// A string is the name.
const named = new EventEmitterAsyncResource('Named');
assert.strictEqual(typeof named.asyncId, 'number');
// Subclasses default to their class name.
class Sub extends EventEmitterAsyncResource {}
const sub = new Sub();
assert.strictEqual(typeof sub.asyncId, 'number');
sub.emitDestroy();

// Methods check their receiver.
const { emit } = EventEmitterAsyncResource.prototype;
assert.throws(() => emit.call(new EventEmitter(), 'x'), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type EventEmitterAsyncResource',
});

console.log('ok');
