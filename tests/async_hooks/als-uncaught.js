'use strict';
// An exception nothing caught is handled in the async context it was thrown in: the
// 'uncaughtException' / 'unhandledRejection' listeners see that context's store (and what
// they schedule keeps it); afterwards the context is emptied. A throwing timer doesn't
// stop the timers due after it, and a throwing interval keeps its schedule.
const assert = require('assert');
const fs = require('fs');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = [];
process.on('uncaughtException', (err) => {
  seen.push(`ue ${err.message} ${als.getStore()}`);
  setTimeout(() => seen.push(`after ${err.message} ${als.getStore()}`), 1);
});
process.on('unhandledRejection', (err) => {
  seen.push(`ur ${err.message} ${als.getStore()}`);
  setTimeout(() => seen.push(`after ${err.message} ${als.getStore()}`), 1);
});

const steps = [
  () => als.run('timer', () => setTimeout(() => { throw new Error('t'); }, 1)),
  () => als.run('immediate', () => setImmediate(() => { throw new Error('i'); })),
  () => als.run('tick', () => process.nextTick(() => { throw new Error('n'); })),
  () => als.run('reject', () => { Promise.reject(new Error('p')); }),
  () => als.run('await', () => {
    (async () => { await new Promise((r) => setTimeout(r, 1)); throw new Error('a'); })();
  }),
  () => als.run('fs', () => fs.stat(__filename, () => { throw new Error('fs'); })),
];

let step = 0;
function next() {
  // Each step runs from the root context, which a handled exception must not leave changed.
  seen.push(`root ${als.getStore()}`);
  if (step < steps.length) {
    steps[step++]();
    setTimeout(next, 20);
    return;
  }
  assert.deepStrictEqual(seen, [
    'root undefined',
    'ue t timer', 'after t timer', 'root undefined',
    'ue i immediate', 'after i immediate', 'root undefined',
    'ue n tick', 'after n tick', 'root undefined',
    'ur p reject', 'after p reject', 'root undefined',
    'ur a await', 'after a await', 'root undefined',
    'ue fs fs', 'after fs fs', 'root undefined',
  ]);
  timersAfterAThrow();
}
setTimeout(next, 1);

function timersAfterAThrow() {
  seen.length = 0;
  setTimeout(() => { throw new Error('first'); }, 5);
  setTimeout(() => seen.push('second'), 5);
  setTimeout(() => seen.push('later'), 30);
  let n = 0;
  const iv = setInterval(() => {
    if (++n === 3) clearInterval(iv);
    throw new Error(`interval ${n}`);
  }, 10);
  setTimeout(() => {
    const order = seen.filter((s) => !s.startsWith('after'));
    assert.deepStrictEqual(order.slice(0, 2), ['ue first undefined', 'second']);
    assert.deepStrictEqual(order.filter((s) => s.includes('interval')),
                           ['ue interval 1 undefined', 'ue interval 2 undefined', 'ue interval 3 undefined']);
    assert.ok(order.includes('later'));
    done = true;
  }, 100);
}

let done = false;
process.on('exit', () => {
  // Not an assert: the 'uncaughtException' listener above would swallow its throw.
  if (!done) {
    console.error('not finished; seen:', seen);
    process.exitCode = 1;
  }
});
