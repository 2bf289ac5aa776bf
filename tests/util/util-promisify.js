'use strict';
// util.promisify: callback conventions, `this`, custom implementations, copied properties,
// argument validation.
const assert = require('assert');
const util = require('util');
const { promisify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
assert.strictEqual(util.promisify, promisify);

// Argument validation.
for (const bad of [undefined, null, 1, 'fn', {}, [], Symbol('s')]) {
  assert.throws(() => promisify(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "original" argument must be of type function\. Received /,
  });
}
assert.throws(() => promisify(Object.assign(() => {}, { [promisify.custom]: 42 })), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (42)',
});

// A custom implementation is returned as is, and marked as its own custom form.
{
  const custom = () => Promise.resolve('custom');
  function withCustom(cb) { cb(null, 'plain'); }
  withCustom[promisify.custom] = custom;
  assert.strictEqual(promisify(withCustom), custom);
  assert.strictEqual(promisify(custom), custom);
  const desc = Object.getOwnPropertyDescriptor(custom, promisify.custom);
  assert.deepStrictEqual(desc, { value: custom, enumerable: false, writable: false, configurable: true });
  // Falsy custom value: ignored.
  function falsy(cb) { cb(null, 1); }
  falsy[promisify.custom] = 0;
  assert.notStrictEqual(promisify(falsy), 0);
}

// The promisified function keeps name, length, own properties and prototype chain,
// and promisifying it again returns it.
{
  function readThing(a, b, callback) { callback(null, a + b); }
  readThing.extra = 'x';
  const sym = Symbol('tag');
  readThing[sym] = 5;
  const proto = { inherited() {} };
  Object.setPrototypeOf(readThing, proto);
  const p = promisify(readThing);
  assert.strictEqual(p.name, 'readThing');
  assert.strictEqual(p.length, 3);
  assert.strictEqual(p.extra, 'x');
  assert.strictEqual(p[sym], 5);
  assert.strictEqual(Object.getPrototypeOf(p), proto);
  assert.strictEqual(promisify(p), p);
  assert.strictEqual(p[promisify.custom], p);
  assert.notStrictEqual(p, readThing);
}

(async () => {
  // Resolves with the first result value only.
  const two = promisify((a, cb) => cb(null, a + 1, 'ignored'));
  assert.strictEqual(await two(1), 2);

  // Falsy errors count as success.
  for (const nonError of [null, undefined, 0, '', false]) {
    const f = promisify((cb) => cb(nonError, 'value'));
    assert.strictEqual(await f(), 'value');
  }

  // Truthy errors of any type reject with that value.
  const err = new Error('boom');
  await assert.rejects(promisify((cb) => cb(err))(), (e) => e === err);
  await assert.rejects(promisify((cb) => cb('text error'))(), (e) => e === 'text error');
  await assert.rejects(promisify((cb) => cb(42))(), (e) => e === 42);

  // A synchronous throw becomes a rejection.
  await assert.rejects(promisify(() => { throw new RangeError('sync'); })(), RangeError);

  // Calling back twice: the first call wins.
  const twice = promisify((cb) => { cb(null, 'first'); cb(null, 'second'); cb(new Error('late')); });
  assert.strictEqual(await twice(), 'first');

  // Asynchronous callbacks.
  const later = promisify((v, cb) => setTimeout(cb, 1, null, v * 2));
  assert.strictEqual(await later(21), 42);

  // `this` passes through.
  const obj = {
    value: 'from this',
    method(cb) { cb(null, this.value); },
  };
  obj.promised = promisify(obj.method);
  assert.strictEqual(await obj.promised(), 'from this');

  // Arguments pass through, the callback is appended last.
  const argsSeen = await promisify((...args) => args.pop()(null, args))(1, 'two', undefined);
  assert.deepStrictEqual(argsSeen, [1, 'two', undefined]);

  // The returned value is a real Promise even when the original returns something.
  const returnsValue = promisify((cb) => { cb(null, 1); return 'ignored'; });
  const p = returnsValue();
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, 1);

  // Built-ins with a custom promisified form.
  const sleep = promisify(setTimeout);
  assert.strictEqual(await sleep(1, 'slept'), 'slept');
  const immediate = promisify(setImmediate);
  assert.strictEqual(await immediate('now'), 'now');

  console.log('promisify ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
