'use strict';
// The order of callbacks across the loop's phases, ticks and microtasks.
const log = (s) => console.log(s);

log('main start');
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

// From the main script, whether a 0 ms timer or an immediate runs first depends on how long
// start-up took (Node documents it as non-deterministic). From inside a timer callback it is
// fixed: the check phase (immediates) comes before the next timers phase.
setTimeout(() => {
  log('--- inside a timer');
  setTimeout(() => {
    log('timeout 1');
    process.nextTick(() => log('tick inside timeout 1'));
    Promise.resolve().then(() => log('promise inside timeout 1'));
  }, 0);
  setTimeout(() => log('timeout 2'), 0);
  setImmediate(() => {
    log('immediate 1');
    process.nextTick(() => log('tick inside immediate 1'));
  });
  setImmediate(() => log('immediate 2'));
}, 0);

// An immediate queued by an immediate runs in the next check phase, after the ones that
// were already queued.
setTimeout(() => {
  setImmediate(() => {
    log('immediate A');
    setImmediate(() => log('immediate C (queued by A)'));
  });
  setImmediate(() => log('immediate B'));
}, 60);

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
