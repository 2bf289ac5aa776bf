'use strict';
// Callback order around an exception an 'uncaughtException' listener handles, as Node's
// callback scopes give it: a throwing timer or immediate doesn't stop the rest of its batch;
// a throwing nextTick ends that drain, and the ticks after it run at the next callback's end
// or in the next check phase at the latest.
const assert = require('assert');

const log = [];
let handled = 0;
process.on('uncaughtException', (err) => {
  log.push(`ue ${err.message}`);
  handled++;
  // Let the loop clock pass the 1 ms of a setTimeout(0) queued before the throw.
  const end = Date.now() + 5;
  while (Date.now() < end);
});

const scenarios = [
  // A tick throws after a timer: the ticks behind it run in this turn's check phase.
  () => setTimeout(() => {
    log.push('timer');
    process.nextTick(() => { throw new Error('tick in timer'); });
    process.nextTick(() => log.push('tick 2'));
    Promise.resolve().then(() => log.push('microtask'));
    setImmediate(() => log.push('immediate'));
    setTimeout(() => log.push('timer 2'), 0);
  }, 1),
  // A tick throws after an immediate: the next turn's timers come first.
  () => setImmediate(() => {
    log.push('immediate');
    process.nextTick(() => { throw new Error('tick in immediate'); });
    process.nextTick(() => log.push('tick 2'));
    Promise.resolve().then(() => log.push('microtask'));
    setImmediate(() => log.push('immediate 2'));
    setTimeout(() => log.push('timer'), 0);
  }),
  // Immediates: the rest of the batch runs after a throw, before the next turn.
  () => {
    setImmediate(() => {
      setTimeout(() => log.push('timer'), 0);
      process.nextTick(() => log.push('tick 1'));
      throw new Error('immediate 1');
    });
    setImmediate(() => log.push('immediate 2'));
    setImmediate(() => {
      process.nextTick(() => { throw new Error('tick'); });
      process.nextTick(() => log.push('tick 2'));
    });
    setImmediate(() => log.push('immediate 4'));
  },
  // Timers due together: one throwing doesn't stop the others.
  () => {
    setTimeout(() => { throw new Error('timer 1'); }, 2);
    setTimeout(() => log.push('timer 2'), 2);
    setTimeout(() => log.push('timer 3'), 2);
  },
];

const expected = [
  ['timer', 'ue tick in timer', 'tick 2', 'microtask', 'immediate', 'timer 2'],
  ['immediate', 'ue tick in immediate', 'timer', 'tick 2', 'microtask', 'immediate 2'],
  ['ue immediate 1', 'immediate 2', 'tick 1', 'ue tick', 'immediate 4', 'tick 2', 'timer'],
  ['ue timer 1', 'timer 2', 'timer 3'],
];

let i = 0;
function next() {
  if (i > 0) assert.deepStrictEqual(log, expected[i - 1], `scenario ${i}`);
  log.length = 0;
  if (i === scenarios.length) {
    finished = true;
    return;
  }
  scenarios[i++]();
  setTimeout(next, 60);
}
let finished = false;
next();

process.on('exit', () => {
  // Not an assert: the listener above would take its throw.
  if (!finished || handled !== 5) {
    console.error('not finished:', { finished, handled, log });
    process.exitCode = 1;
  }
});
