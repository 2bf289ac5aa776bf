'use strict';
// The order of callbacks across the loop's phases, ticks and microtasks.
const log = (s) => console.log(s);

log('main start');
setTimeout(() => {
  log('timeout 1');
  process.nextTick(() => log('tick inside timeout 1'));
  Promise.resolve().then(() => log('promise inside timeout 1'));
}, 0);
setTimeout(() => log('timeout 2'), 0);
setImmediate(() => {
  log('immediate 1');
  setImmediate(() => log('immediate added by immediate 1 (next turn)'));
  process.nextTick(() => log('tick inside immediate 1'));
});
setImmediate(() => log('immediate 2'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick added by tick 1'));
  Promise.resolve().then(() => log('promise added by tick 1'));
});
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick added by promise 1'));
  Promise.resolve().then(() => log('promise added by promise 1'));
});
queueMicrotask(() => log('microtask 1'));
(async () => {
  log('async fn body');
  await null;
  log('after await');
})();
log('main end');

// Timers fire in order of expiry, then insertion.
setTimeout(() => {
  const out = [];
  setTimeout(() => out.push('t20'), 20);
  setTimeout(() => out.push('t5a'), 5);
  setTimeout(() => out.push('t5b'), 5);
  setTimeout(() => out.push('t1'), 1);
  setTimeout(() => {
    log(out.join(' '));
  }, 40);
}, 5);
