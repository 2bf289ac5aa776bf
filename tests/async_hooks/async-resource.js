// AsyncResource and the AsyncLocalStorage statics: runInAsyncScope, bind, snapshot,
// disable, and argument errors.
'use strict';
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource, executionAsyncId } = require('async_hooks');

const als = new AsyncLocalStorage();
let res;
let snap;
let bound;
als.run('A', () => {
  res = new AsyncResource('MyResource');
  snap = AsyncLocalStorage.snapshot();
  bound = AsyncResource.bind(function(x) { return [als.getStore(), this, x]; });
});
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(res.runInAsyncScope(() => als.getStore()), 'A');
assert.deepStrictEqual(res.runInAsyncScope(function(a, b) { return [this, a, b]; }, 'self', 1, 2), ['self', 1, 2]);
assert.strictEqual(snap(() => als.getStore()), 'A');
assert.deepStrictEqual(bound.call('t', 5), ['A', 't', 5]);
assert.strictEqual(typeof bound.asyncResource, 'object');
assert.strictEqual(typeof res.asyncId(), 'number');
assert.strictEqual(typeof res.triggerAsyncId(), 'number');
assert.strictEqual(typeof executionAsyncId(), 'number');
assert.strictEqual(res.emitDestroy(), res);
const fnBound = res.bind((x) => [als.getStore(), x]);
assert.deepStrictEqual(fnBound(3), ['A', 3]);
assert.strictEqual(fnBound.length, 1);

als.enterWith('B');
assert.strictEqual(als.getStore(), 'B');
als.disable();
assert.strictEqual(als.getStore(), undefined);
als.run('C', () => assert.strictEqual(als.getStore(), 'C'));

assert.throws(() => new AsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received undefined',
});
assert.throws(() => AsyncLocalStorage.bind(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
