'use strict';
// node:test mock.timers: faked setTimeout/setInterval/setImmediate (global, node:timers,
// node:timers/promises), scheduler.wait and Date; tick/runAll/setTime/reset and errors.
const assert = require('assert');
const timers = require('timers');
const timersPromises = require('timers/promises');
const { mock } = require('node:test');

const real = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  setImmediate: globalThis.setImmediate,
  Date: globalThis.Date,
  timersSetTimeout: timers.setTimeout,
  promisesSetTimeout: timersPromises.setTimeout,
  promisesSetInterval: timersPromises.setInterval,
  wait: timersPromises.scheduler.wait,
};

let finished = false;
let realTimerFired = false;
process.on('exit', (code) => {
  if (code !== 0) return;
  assert.strictEqual(finished, true, 'the async checks did not finish');
  assert.strictEqual(realTimerFired, true, 'real timers did not work after reset');
});

function assertRealTimers() {
  assert.strictEqual(globalThis.setTimeout, real.setTimeout);
  assert.strictEqual(globalThis.clearTimeout, real.clearTimeout);
  assert.strictEqual(globalThis.setInterval, real.setInterval);
  assert.strictEqual(globalThis.setImmediate, real.setImmediate);
  assert.strictEqual(globalThis.Date, real.Date);
  assert.strictEqual(timers.setTimeout, real.timersSetTimeout);
  assert.strictEqual(timersPromises.setTimeout, real.promisesSetTimeout);
  assert.strictEqual(timersPromises.setInterval, real.promisesSetInterval);
}

// Timeouts fire in time order (ties in creation order), only once their time is reached.
function timeoutOrder() {
  mock.timers.enable({ apis: ['setTimeout'] });
  assert.notStrictEqual(globalThis.setTimeout, real.setTimeout);
  assert.strictEqual(timers.setTimeout, globalThis.setTimeout);
  const log = [];
  setTimeout(() => log.push('c30'), 30);
  setTimeout((a, b) => log.push(`a10:${a}${b}`), 10, 'x', 'y');
  timers.setTimeout(() => log.push('b20'), 20);
  setTimeout(() => log.push('a10-second'), 10);
  mock.timers.tick(9);
  assert.deepStrictEqual(log, []);
  mock.timers.tick(1);
  assert.deepStrictEqual(log, ['a10:xy', 'a10-second']);
  mock.timers.tick(20);
  assert.deepStrictEqual(log, ['a10:xy', 'a10-second', 'b20', 'c30']);
  // Each fires once.
  mock.timers.tick(100);
  assert.strictEqual(log.length, 4);
  // tick() defaults to one millisecond.
  setTimeout(() => log.push('one'), 1);
  mock.timers.tick();
  assert.strictEqual(log[4], 'one');
  // Only setTimeout was faked.
  assert.strictEqual(globalThis.setInterval, real.setInterval);
  assert.strictEqual(globalThis.Date, real.Date);
  mock.timers.reset();
  assertRealTimers();
}

// The fake timer objects have Node's shape.
function timerObject() {
  mock.timers.enable({ apis: ['setTimeout'] });
  const t = setTimeout(() => {}, 5);
  assert.strictEqual(t.constructor.name, 'Timeout');
  assert.strictEqual(t.hasRef(), true);
  assert.strictEqual(t.ref(), t);
  assert.strictEqual(t.unref(), t);
  assert.strictEqual(typeof t.id, 'number');
  mock.timers.reset();
}

// clearTimeout (global and node:timers) cancels; clearing twice or unknown values is harmless.
function clearing() {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  const log = [];
  const t1 = setTimeout(() => log.push('t1'), 10);
  const t2 = setTimeout(() => log.push('t2'), 10);
  const t3 = timers.setTimeout(() => log.push('t3'), 20);
  const iv = setInterval(() => log.push('iv'), 5);
  clearTimeout(t1);
  timers.clearTimeout(t3);
  clearTimeout(t1);
  clearTimeout(undefined);
  clearTimeout(12345);
  mock.timers.tick(5);
  assert.deepStrictEqual(log, ['iv']);
  clearInterval(iv);
  mock.timers.tick(20);
  assert.deepStrictEqual(log, ['iv', 't2']);
  // A timeout can cancel a later one from its callback.
  let later;
  setTimeout(() => { log.push('canceller'); clearTimeout(later); }, 5);
  later = setTimeout(() => log.push('later'), 10);
  mock.timers.tick(10);
  assert.deepStrictEqual(log.slice(2), ['canceller']);
  mock.timers.reset();
}

// Intervals repeat every period; several periods in one tick run several times.
function intervals() {
  mock.timers.enable({ apis: ['setInterval'] });
  const log = [];
  const iv = setInterval((tag) => log.push(tag), 10, 'iv');
  const slow = timers.setInterval(() => log.push('slow'), 25);
  mock.timers.tick(10);
  assert.deepStrictEqual(log, ['iv']);
  mock.timers.tick(10);
  assert.deepStrictEqual(log, ['iv', 'iv']);
  mock.timers.tick(30);
  // Due at 25 (slow), 30, 40, then 50 for both: the older timer first.
  assert.deepStrictEqual(log, ['iv', 'iv', 'slow', 'iv', 'iv', 'iv', 'slow']);
  clearInterval(iv);
  timers.clearInterval(slow);
  mock.timers.tick(100);
  assert.strictEqual(log.length, 7);
  mock.timers.reset();
}

// Timers created inside callbacks are scheduled on the mocked clock.
function nestedTimers() {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  const log = [];
  setTimeout(() => {
    log.push('outer');
    setTimeout(() => {
      log.push('inner');
      setTimeout(() => log.push('innermost'), 5);
    }, 10);
  }, 10);
  mock.timers.tick(10);
  assert.deepStrictEqual(log, ['outer']);
  mock.timers.tick(9);
  assert.deepStrictEqual(log, ['outer']);
  mock.timers.tick(1);
  assert.deepStrictEqual(log, ['outer', 'inner']);
  mock.timers.tick(5);
  assert.deepStrictEqual(log, ['outer', 'inner', 'innermost']);

  // An interval that schedules a timeout on each run.
  let runs = 0;
  const iv = setInterval(() => {
    runs++;
    const run = runs;
    setTimeout(() => log.push(`after-run-${run}`), 3);
  }, 10);
  mock.timers.tick(10);
  mock.timers.tick(3);
  assert.strictEqual(log.at(-1), 'after-run-1');
  mock.timers.tick(7);
  clearInterval(iv);
  mock.timers.tick(3);
  assert.strictEqual(log.at(-1), 'after-run-2');
  mock.timers.tick(50);
  assert.strictEqual(runs, 2);
  assert.strictEqual(log.length, 5);
  mock.timers.reset();
}

// setImmediate runs on the next tick, before timeouts that are due.
function immediates() {
  mock.timers.enable({ apis: ['setImmediate', 'setTimeout'] });
  const log = [];
  setTimeout(() => log.push('timeout'), 0);
  setImmediate((v) => log.push(`immediate:${v}`), 7);
  const cancelled = timers.setImmediate(() => log.push('cancelled'));
  clearImmediate(cancelled);
  assert.deepStrictEqual(log, []);
  mock.timers.tick();
  assert.deepStrictEqual(log, ['immediate:7', 'timeout']);
  mock.timers.reset();
  assert.strictEqual(globalThis.setImmediate, real.setImmediate);
}

// runAll fires everything pending and moves Date to the furthest timer.
function runAll() {
  mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  mock.timers.runAll();   // nothing pending: fine
  const log = [];
  setTimeout(() => log.push(1), 10);
  setTimeout(() => log.push(2), 500);
  setTimeout(() => log.push(3), 9999);
  mock.timers.runAll();
  assert.deepStrictEqual(log, [1, 2, 3]);
  assert.strictEqual(Date.now(), 9999);
  mock.timers.reset();
}

// Date follows the mocked clock; arguments give ordinary dates.
function dates() {
  mock.timers.enable({ apis: ['Date'], now: 1000 });
  assert.notStrictEqual(globalThis.Date, real.Date);
  assert.strictEqual(Date.isMock, true);
  assert.strictEqual(Date.now(), 1000);
  assert.strictEqual(new Date().getTime(), 1000);
  mock.timers.tick(500);
  assert.strictEqual(Date.now(), 1500);
  const d = new Date();
  assert.ok(d instanceof Date);
  assert.ok(d instanceof real.Date);
  assert.strictEqual(d.getTime(), 1500);
  assert.strictEqual(Date(), new real.Date(1500).toString());
  assert.strictEqual(new Date(2020, 0, 2).getFullYear(), 2020);
  assert.strictEqual(new Date(42).getTime(), 42);
  assert.strictEqual(new Date('2000-01-01T00:00:00Z').getTime(), 946684800000);
  assert.strictEqual(Date.UTC(2000, 0, 1), 946684800000);
  assert.strictEqual(Date.parse('2000-01-01T00:00:00Z'), 946684800000);
  assert.strictEqual(Date.name, 'Date');
  assert.strictEqual(Date.length, 7);
  assert.strictEqual(Date.toString(), Function.prototype.toString.call(real.Date));
  // setTime moves the clock without running timers.
  mock.timers.setTime(123456);
  assert.strictEqual(Date.now(), 123456);
  mock.timers.reset();
  assert.strictEqual(Date.isMock, undefined);
  assertRealTimers();
  assert.ok(Date.now() > 1e12);

  // now can be a Date; it defaults to 0; everything is faked by default.
  mock.timers.enable({ now: new real.Date(5000) });
  assert.strictEqual(Date.now(), 5000);
  assert.notStrictEqual(globalThis.setTimeout, real.setTimeout);
  assert.notStrictEqual(globalThis.setInterval, real.setInterval);
  assert.notStrictEqual(globalThis.setImmediate, real.setImmediate);
  assert.notStrictEqual(timersPromises.scheduler.wait, real.wait);
  mock.timers.reset();
  mock.timers.enable();
  assert.strictEqual(Date.now(), 0);
  let seen;
  setTimeout(() => { seen = Date.now(); }, 250);
  mock.timers.tick(250);
  assert.strictEqual(seen, 250);
  mock.timers.reset();
  assertRealTimers();
}

// Argument and state errors.
function errors() {
  const notEnabled = {
    code: 'ERR_INVALID_STATE',
    name: 'Error',
    message: 'Invalid state: You should enable MockTimers first by calling the .enable function',
  };
  assert.throws(() => mock.timers.tick(), notEnabled);
  assert.throws(() => mock.timers.runAll(), notEnabled);
  assert.throws(() => mock.timers.setTime(5), notEnabled);
  assert.throws(() => mock.timers.enable({ apis: ['setTimeout', 'nope'] }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The property 'options.apis' option nope is not supported. Received 'nope'",
  });
  assert.throws(() => mock.timers.enable({ apis: 'setTimeout' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.apis" property must be an instance of Array. Received type string (\'setTimeout\')',
  });
  assert.throws(() => mock.timers.enable({ apis: [1] }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.apis[0]" property must be of type string. Received type number (1)',
  });
  assert.throws(() => mock.timers.enable({ now: NaN }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'now' epoch must be a positive integer received NaN. Received NaN",
  });
  assert.throws(() => mock.timers.enable({ now: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "initialTime" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => mock.timers.enable({ now: -1 }), { code: 'ERR_INVALID_ARG_VALUE' });
  // None of the failed calls enabled anything.
  assertRealTimers();
  assert.throws(() => mock.timers.tick(), notEnabled);

  mock.timers.enable({ apis: ['setTimeout'] });
  assert.throws(() => mock.timers.enable(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: MockTimers is already enabled!',
  });
  assert.throws(() => mock.timers.tick(-1), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'time' -1. Received 'positive integer'",
  });
  assert.throws(() => mock.timers.setTime(-1), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.timers.setTime('5'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "time" argument must be of type number. Received type string (\'5\')',
  });
  mock.timers.reset();
  // reset when not enabled does nothing.
  mock.timers.reset();
  assertRealTimers();
}

// Symbol.dispose and the tracker's reset() both reset the timers and drop pending ones.
function disposal() {
  const log = [];
  mock.timers.enable({ apis: ['setTimeout'] });
  setTimeout(() => log.push('dropped'), 10);
  mock.timers[Symbol.dispose]();
  assertRealTimers();
  mock.timers.enable({ apis: ['setTimeout'] });
  mock.timers.tick(10);
  assert.deepStrictEqual(log, []);
  setTimeout(() => log.push('dropped too'), 10);
  mock.reset();
  assertRealTimers();
  mock.timers.enable({ apis: ['setTimeout'] });
  mock.timers.tick(10);
  assert.deepStrictEqual(log, []);
  mock.timers.reset();
}

// timers/promises and scheduler.wait resolve when the mocked clock reaches them.
// Lets pending promise reactions run (process.nextTick is not mocked).
function flush() {
  return new Promise((resolve) => process.nextTick(resolve));
}

// Resolves to the promise's value if it settles as soon as reactions run, else 'pending'.
async function settledValue(promise) {
  let state = 'pending';
  promise.then((v) => { state = { value: v }; }, (e) => { state = { error: e }; });
  await flush();
  await flush();
  if (state.error) throw state.error;
  return state === 'pending' ? state : state.value;
}

async function promises() {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate', 'scheduler.wait'] });
  assert.notStrictEqual(timersPromises.setTimeout, real.promisesSetTimeout);
  assert.notStrictEqual(timersPromises.setInterval, real.promisesSetInterval);
  assert.notStrictEqual(timersPromises.scheduler.wait, real.wait);

  // Long delays: only the mocked clock can make these settle in time.
  const p = timersPromises.setTimeout(100000, 'value');
  mock.timers.tick(99999);
  assert.strictEqual(await settledValue(p), 'pending');
  mock.timers.tick(1);
  assert.strictEqual(await settledValue(p), 'value');

  const imm = timersPromises.setImmediate('imm');
  assert.strictEqual(await settledValue(imm), 'pending');
  mock.timers.tick();
  assert.strictEqual(await settledValue(imm), 'imm');

  const waited = timersPromises.scheduler.wait(50000);
  mock.timers.tick(49999);
  assert.strictEqual(await settledValue(waited), 'pending');
  mock.timers.tick(1);
  assert.strictEqual(await settledValue(waited), undefined);

  // Abort rejects with an AbortError carrying the reason, and cancels the timer.
  const ac = new AbortController();
  const aborted = timersPromises.setTimeout(100000, 'never', { signal: ac.signal });
  ac.abort('why');
  await assert.rejects(aborted, { name: 'AbortError', code: 'ABORT_ERR', cause: 'why' });
  await assert.rejects(timersPromises.setTimeout(10, 'x', { signal: ac.signal }),
                       { name: 'AbortError' });

  // setInterval's iterator yields once per period, queueing periods nobody awaited yet.
  const iterator = timersPromises.setInterval(100000, 'tick');
  const first = iterator.next();
  assert.strictEqual(await settledValue(first), 'pending');
  mock.timers.tick(300000);
  assert.deepStrictEqual(await settledValue(first), { value: 'tick', done: false });
  assert.deepStrictEqual(await settledValue(iterator.next()), { value: 'tick', done: false });
  assert.deepStrictEqual(await settledValue(iterator.next()), { value: 'tick', done: false });
  const fourth = iterator.next();
  assert.strictEqual(await settledValue(fourth), 'pending');
  mock.timers.tick(100000);
  assert.deepStrictEqual(await settledValue(fourth), { value: 'tick', done: false });
  await iterator.return();
  mock.timers.reset();
  // (Node 20 leaves a re-bound, unusable scheduler.wait after reset, so the restored wait
  // is not checked here.)
  assertRealTimers();
}

timeoutOrder();
timerObject();
clearing();
intervals();
nestedTimers();
immediates();
runAll();
dates();
errors();
disposal();
promises().then(() => {
  // The real timers work again.
  setTimeout(() => { realTimerFired = true; }, 1);
  finished = true;
});
