'use strict';
// The MaxListenersExceededWarning: when, how often, and its exact text.
const assert = require('assert');
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

class Foo extends EventEmitter {}

const plain = new EventEmitter();
for (let i = 0; i < 12; i++) plain.on('data', () => {}); // warns at the 11th, once

const small = new Foo();
small.setMaxListeners(2);
const sym = Symbol('tick');
small.on(sym, () => {});
small.on(sym, () => {});
small.on(sym, () => {}); // warns
small.prependListener(sym, () => {}); // already warned for this event

const off = new EventEmitter();
off.setMaxListeners(0); // 0 disables the check
for (let i = 0; i < 20; i++) off.on('x', () => {});

const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('x', () => {});

const once = new EventEmitter();
for (let i = 0; i < 11; i++) once.once('y', () => {}); // once listeners count too

// The check is per event name.
const perName = new EventEmitter();
for (let i = 0; i < 10; i++) {
  perName.on('a', () => {});
  perName.on('b', () => {});
}

// The warning is emitted asynchronously.
assert.strictEqual(warnings.length, 0);

setImmediate(() => {
  assert.strictEqual(warnings.length, 3);
  const [w1, w2, w3] = warnings;

  assert.ok(w1 instanceof Error);
  assert.strictEqual(w1.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w1.message,
                     'Possible EventEmitter memory leak detected. 11 data listeners added to ' +
                     '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to ' +
                     'increase limit');
  assert.strictEqual(w1.emitter, plain);
  assert.strictEqual(w1.type, 'data');
  assert.strictEqual(w1.count, 11);
  assert.strictEqual(w1.code, undefined);
  assert.deepStrictEqual(Object.keys(w1), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(w1.stack.split('\n')[0],
                     'MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ' +
                     '11 data listeners added to [EventEmitter]. MaxListeners is 10. Use ' +
                     'emitter.setMaxListeners() to increase limit');

  assert.strictEqual(w2.message,
                     'Possible EventEmitter memory leak detected. 3 Symbol(tick) listeners added ' +
                     'to [Foo]. MaxListeners is 2. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w2.emitter, small);
  assert.strictEqual(w2.type, sym);
  assert.strictEqual(w2.count, 3);

  assert.strictEqual(w3.emitter, once);
  assert.strictEqual(w3.type, 'y');
  assert.strictEqual(w3.count, 11);

  // Raising the limit afterwards does not warn again for the same array;
  // a new array (after removing all) can warn again.
  plain.removeAllListeners('data');
  for (let i = 0; i < 11; i++) plain.on('data', () => {});
  setImmediate(() => {
    assert.strictEqual(warnings.length, 4);
    assert.strictEqual(warnings[3].count, 11);
    console.log('ok');
  });
});
