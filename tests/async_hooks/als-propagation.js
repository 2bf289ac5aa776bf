// AsyncLocalStorage follows the store through timers, immediates, nextTick, queueMicrotask,
// promise chains and await, fs callbacks and fs/promises; run() nests and restores; exit()
// hides the store; enterWith() sets it for what follows.
'use strict';
const assert = require('assert');
const fs = require('fs');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const seen = [];
let pending = 0;
function check(label, want) {
  pending++;
  return () => {
    seen.push([label, als.getStore()]);
    assert.strictEqual(als.getStore(), want, label);
    pending--;
  };
}

assert.strictEqual(als.getStore(), undefined);
als.run('A', () => {
  assert.strictEqual(als.getStore(), 'A');
  setTimeout(check('timeout', 'A'), 5);
  setImmediate(check('immediate', 'A'));
  process.nextTick(check('nextTick', 'A'));
  queueMicrotask(check('microtask', 'A'));
  Promise.resolve().then(check('then', 'A'));
  const iv = setInterval(() => {
    check('interval', 'A')();
    clearInterval(iv);
  }, 1);
  fs.stat(__filename, check('fs callback', 'A'));
  fs.promises.readFile(__filename).then(check('fs promise', 'A'));
  (async () => {
    await null;
    check('after await', 'A')();
    await new Promise((r) => setTimeout(r, 1));
    check('after timer await', 'A')();
  })();
  als.run('B', () => {
    assert.strictEqual(als.getStore(), 'B');
    setTimeout(check('nested timeout', 'B'), 1);
    other.run(1, () => {
      assert.strictEqual(als.getStore(), 'B');
      assert.strictEqual(other.getStore(), 1);
    });
    assert.strictEqual(other.getStore(), undefined);
  });
  assert.strictEqual(als.getStore(), 'A');
  als.exit(() => {
    assert.strictEqual(als.getStore(), undefined);
    setTimeout(check('timeout in exit', undefined), 1);
  });
  assert.strictEqual(als.getStore(), 'A');
  // A resource captures the store where it is made.
  const res = new AsyncResource('test');
  als.run('C', () => {
    res.runInAsyncScope(() => assert.strictEqual(als.getStore(), 'A'));
    const bound = AsyncLocalStorage.bind(() => als.getStore());
    als.run('D', () => assert.strictEqual(bound(), 'C'));
  });
});
assert.strictEqual(als.getStore(), undefined);
setTimeout(check('timeout outside', undefined), 1);

// The value returned by run() is the callback's.
assert.strictEqual(als.run(1, (a, b) => a + b, 2, 3), 5);
// A throw inside run() restores the outer store.
assert.throws(() => als.run('E', () => { throw new Error('x'); }), /x/);
assert.strictEqual(als.getStore(), undefined);

setTimeout(() => {
  als.enterWith('F');
  assert.strictEqual(als.getStore(), 'F');
  setTimeout(check('after enterWith', 'F'), 1);
}, 20);

process.on('exit', () => {
  assert.strictEqual(pending, 0);
  assert.strictEqual(seen.length, 14);
});
