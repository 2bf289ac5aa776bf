'use strict';
// A listener that throws does not stop the others: Node reports the error as an uncaught
// exception from a process.nextTick callback, after the dispatch returned. A listener's
// rejected promise is reported the same way.
const assert = require('assert');

const seen = [];
process.on('uncaughtException', (err, origin) => {
  seen.push([err.message, origin]);
});

const et = new EventTarget();
const order = [];
et.addEventListener('x', () => {
  order.push('throws');
  throw new Error('boom');
});
et.addEventListener('x', () => order.push('second'));
et.addEventListener('x', async () => {
  order.push('async');
  throw new Error('async boom');
});
et.addEventListener('x', { handleEvent: 5 });
et.addEventListener('x', { handleEvent: null }); // nothing to call, nothing reported
et.addEventListener('x', () => order.push('last'));

assert.strictEqual(et.dispatchEvent(new Event('x')), true);
assert.deepStrictEqual(order, ['throws', 'second', 'async', 'last']);
assert.deepStrictEqual(seen, []); // nothing reported synchronously

// A listener's errors are reported even when it removed itself (once).
const once = new EventTarget();
once.addEventListener('y', () => {
  throw new Error('once boom');
}, { once: true });
once.dispatchEvent(new Event('y'));
once.dispatchEvent(new Event('y'));

setTimeout(() => {
  assert.deepStrictEqual(seen.map(([m]) => m).sort(), [
    'Function.prototype.apply was called on 5, which is a number and not a function',
    'async boom',
    'boom',
    'once boom',
  ]);
  for (const [, origin] of seen) assert.strictEqual(origin, 'uncaughtException');
  console.log('ok');
}, 10);
