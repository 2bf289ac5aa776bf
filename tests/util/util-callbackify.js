'use strict';
// util.callbackify: values, rejections (falsy ones wrapped in ERR_FALSY_VALUE_REJECTION),
// `this`, timing (the callback runs on a later tick), copied name/length, validation.
const assert = require('assert');
const util = require('util');
const { callbackify } = util;

for (const bad of [undefined, null, 1, 'x', {}, Promise.resolve()]) {
  assert.throws(() => callbackify(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "original" argument must be of type function\. Received /,
  });
}

// name and length: "Callbackified" suffix, one more parameter.
{
  async function fetchThing(a, b) { return a + b; }
  fetchThing.meta = 'm';
  const cb = callbackify(fetchThing);
  assert.strictEqual(cb.name, 'fetchThingCallbackified');
  assert.strictEqual(cb.length, 3);
  assert.strictEqual(cb.meta, 'm');
  const arrow = callbackify(async () => {});
  assert.strictEqual(arrow.name, 'Callbackified');
  assert.strictEqual(arrow.length, 1);
  // Non-string name / non-number length are copied unchanged.
  const odd = async () => {};
  Object.defineProperty(odd, 'name', { value: 42 });
  Object.defineProperty(odd, 'length', { value: 'long' });
  const oddCb = callbackify(odd);
  assert.strictEqual(oddCb.name, 42);
  assert.strictEqual(oddCb.length, 'long');
}

// The last argument must be a function.
{
  const f = callbackify(async () => 1);
  assert.throws(() => f(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received undefined',
  });
  assert.throws(() => f(1, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "The last argument must be of type function. Received type string ('x')",
  });
}

function call(fn, ...args) {
  return new Promise((resolve) => fn(...args, (err, value) => resolve({ err, value, argc: arguments.length })));
}

(async () => {
  // Values.
  for (const value of [1, 'str', null, undefined, { a: 1 }, [1, 2]]) {
    const { err, value: got } = await call(callbackify(async () => value));
    assert.strictEqual(err, null);
    assert.strictEqual(got, value);
  }
  // A non-async function returning a promise works too.
  assert.strictEqual((await call(callbackify(() => Promise.resolve('p')))).value, 'p');

  // Truthy rejection reasons are passed through as is.
  for (const reason of [new Error('e'), 'text', 1, true, { code: 'X' }]) {
    const { err, value } = await call(callbackify(async () => { throw reason; }));
    assert.strictEqual(err, reason);
    assert.strictEqual(value, undefined);
  }

  // Falsy rejection reasons are wrapped.
  for (const reason of [null, undefined, 0, '', false, NaN]) {
    const { err } = await call(callbackify(() => Promise.reject(reason)));
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.name, 'Error');
    assert.ok(Object.prototype.hasOwnProperty.call(err, 'reason'));
    assert.ok(Object.is(err.reason, reason));
  }

  // Arguments and `this` pass through; the callback is called with the same `this`.
  {
    const target = {
      k: 'K',
      method: callbackify(async function (a, b) { return [this.k, a, b]; }),
    };
    const result = await new Promise((resolve) => {
      target.method(1, 2, function (err, value) { resolve({ err, value, self: this }); });
    });
    assert.strictEqual(result.err, null);
    assert.deepStrictEqual(result.value, ['K', 1, 2]);
    assert.strictEqual(result.self, target);
  }

  // The callback runs in a process.nextTick after the promise settles: after the
  // current synchronous code, after ticks and microtasks queued before it.
  {
    const order = [];
    await new Promise((resolve) => setImmediate(() => {
      callbackify(async () => 'v')(() => {
        order.push('callback');
        resolve();
      });
      Promise.resolve().then(() => order.push('microtask'));
      process.nextTick(() => order.push('tick'));
      order.push('sync');
    }));
    assert.deepStrictEqual(order, ['sync', 'tick', 'microtask', 'callback']);
  }

  // The wrapper returns undefined, not the promise.
  assert.strictEqual(callbackify(async () => 1)(() => {}), undefined);

  // An exception thrown by the callback is not swallowed: it is an uncaught exception.
  await new Promise((resolve) => {
    const boom = new Error('from callback');
    process.once('uncaughtException', (err) => {
      assert.strictEqual(err, boom);
      resolve();
    });
    callbackify(async () => 1)(() => { throw boom; });
  });

  console.log('callbackify ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
