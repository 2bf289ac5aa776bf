'use strict';
// Node-API promises: napi_create_promise, napi_resolve_deferred, napi_reject_deferred,
// napi_is_promise.
const assert = require('assert');
const a = require('./_addon').load('promises');

const ok = 0, invalid_arg = 1;

(async () => {
  const p0 = a.createPromise(0);
  assert.ok(p0 instanceof Promise);
  assert.strictEqual(Object.getPrototypeOf(p0), Promise.prototype);
  assert.strictEqual(a.isPromise(p0), true);
  assert.strictEqual(a.isPromise(Promise.resolve(1)), true);
  assert.strictEqual(a.isPromise({ then() {} }), false);
  assert.strictEqual(a.isPromise(1), false);
  assert.strictEqual(a.isPromise((async () => {})()), true);

  const order = [];
  p0.then((v) => order.push(['resolved', v]));
  // Still pending: a microtask turn doesn't settle it.
  await null;
  assert.deepStrictEqual(order, []);
  const value = { v: 1 };
  assert.strictEqual(a.settle(0, true, value), ok);
  assert.strictEqual(await p0, value);
  assert.deepStrictEqual(order, [['resolved', value]]);

  const p1 = a.createPromise(1);
  const err = new Error('nope');
  assert.strictEqual(a.settle(1, false, err), ok);
  await assert.rejects(p1, (e) => e === err);

  // Resolving with a thenable adopts its state.
  const p2 = a.createPromise(2);
  assert.strictEqual(a.settle(2, true, Promise.resolve('inner')), ok);
  assert.strictEqual(await p2, 'inner');
  const p3 = a.createPromise(3);
  assert.strictEqual(a.settle(3, true, Promise.reject(new RangeError('r'))), ok);
  await assert.rejects(p3, RangeError);
  // Rejecting with a promise does not adopt it.
  const p4 = a.createPromise(4);
  const inner = Promise.resolve(5);
  assert.strictEqual(a.settle(4, false, inner), ok);
  const [reason4] = await p4.then(() => ['fulfilled'], (e) => [e]); // boxed: not adopted
  assert.strictEqual(reason4, inner);

  assert.strictEqual(await a.resolvedNow(), 'now');
  assert.deepStrictEqual(a.nullArgs(), [invalid_arg, invalid_arg]);

  // A rejected promise nobody handles reaches 'unhandledRejection'.
  const seen = new Promise((resolve) => process.once('unhandledRejection', (reason, promise) => resolve([reason, promise])));
  const p5 = a.createPromise(5);
  a.settle(5, false, 'unhandled');
  const [reason, promise] = await seen;
  assert.strictEqual(reason, 'unhandled');
  assert.strictEqual(promise, p5);
  console.log('done');
})().catch((e) => { console.error(e); process.exit(1); });
