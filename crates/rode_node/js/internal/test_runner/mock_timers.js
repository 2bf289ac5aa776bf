'use strict';
// internal/test_runner/mock_timers — MockTimers (`mock.timers`): fake setTimeout/
// setInterval/setImmediate (global, node:timers, node:timers/promises), scheduler.wait and
// Date, driven by tick/runAll/setTime. Follows Node 20's API and errors; see the notes at
// tick() and createTimer() for where it deliberately avoids Node 20's bugs.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validateStringArray,
} = require('internal/validators');
const nodeTimers = require('timers');
const nodeTimersPromises = require('timers/promises');

const SUPPORTED_APIS = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];
const TIMEOUT_MAX = 2 ** 31 - 1;
// A mocked setImmediate is a timer due one millisecond in the past: it runs on the
// next tick, ahead of timeouts due now.
const IMMEDIATE_DELAY = -1;
const kInitialEpoch = 0;
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

// Taken before any Date mock can be installed.
const NativeDateGetTime = Date.prototype.getTime;
const NativeDateToString = Date.prototype.toString;

let warned = false;
function emitExperimentalWarning() {
  if (warned) return;
  warned = true;
  process.emitWarning('The MockTimers API is an experimental feature and might change at any time',
                      'ExperimentalWarning');
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// What a mocked timer returns: Node 20's fake Timeout shape.
class Timeout {
  constructor(id, callback, runAt, interval, args) {
    this.id = id;
    this.callback = callback;
    this.runAt = runAt;
    this.interval = interval;
    this.args = args;
  }

  hasRef() {
    return true;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  refresh() {
    return this;
  }
}

// Earliest first; timers due at the same time run in creation order.
function compareTimers(a, b) {
  return (a.runAt - b.runAt) || (a.id - b.id);
}

// A binary min-heap of Timeouts, 1-based; each timer knows its slot in
// `priorityQueuePosition` (undefined when not queued), as Node's fake timers do.
class TimerQueue {
  #heap = [undefined];

  get size() {
    return this.#heap.length - 1;
  }

  peek() {
    return this.#heap[1];
  }

  has(timer) {
    const pos = timer?.priorityQueuePosition;
    return pos !== undefined && this.#heap[pos] === timer;
  }

  latestRunAt() {
    let latest;
    for (let i = 1; i < this.#heap.length; i++) {
      const { runAt } = this.#heap[i];
      if (latest === undefined || runAt > latest) latest = runAt;
    }
    return latest;
  }

  insert(timer) {
    this.#heap.push(timer);
    this.#siftUp(this.#heap.length - 1);
  }

  remove(timer) {
    const heap = this.#heap;
    const pos = timer.priorityQueuePosition;
    const last = heap.pop();
    timer.priorityQueuePosition = undefined;
    if (last === timer) return;
    heap[pos] = last;
    last.priorityQueuePosition = pos;
    if (pos > 1 && compareTimers(heap[pos >> 1], last) > 0) this.#siftUp(pos);
    else this.#siftDown(pos);
  }

  clear() {
    for (let i = 1; i < this.#heap.length; i++) this.#heap[i].priorityQueuePosition = undefined;
    this.#heap = [undefined];
  }

  #place(timer, pos) {
    this.#heap[pos] = timer;
    timer.priorityQueuePosition = pos;
  }

  #siftUp(pos) {
    const heap = this.#heap;
    const timer = heap[pos];
    while (pos > 1 && compareTimers(heap[pos >> 1], timer) > 0) {
      this.#place(heap[pos >> 1], pos);
      pos >>= 1;
    }
    this.#place(timer, pos);
  }

  #siftDown(pos) {
    const heap = this.#heap;
    const size = heap.length - 1;
    const timer = heap[pos];
    while (pos * 2 <= size) {
      let child = pos * 2;
      if (child + 1 <= size && compareTimers(heap[child + 1], heap[child]) < 0) child++;
      if (compareTimers(timer, heap[child]) <= 0) break;
      this.#place(heap[child], pos);
      pos = child;
    }
    this.#place(timer, pos);
  }
}

// Replaces properties of `target` by assignment, as Node does, and returns a function
// that puts the original descriptors back.
function replaceProperties(target, replacements) {
  const saved = Object.keys(replacements).map(
    (name) => [name, Object.getOwnPropertyDescriptor(target, name)]);
  for (const name of Object.keys(replacements)) target[name] = replacements[name];
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete target[name];
      else Object.defineProperty(target, name, descriptor);
    }
  };
}

function named(name, fn) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

function isDate(value) {
  try {
    Reflect.apply(NativeDateGetTime, value, []);
    return true;
  } catch {
    return false;
  }
}

class MockTimers {
  #enabled = false;
  #now = kInitialEpoch;
  #nextId = 1;
  #queue = new TimerQueue();
  #undo = [];   // one function per faked API, restoring the real one

  #setTimeout = named('setTimeout', (callback, delay, ...args) =>
    this.#createTimer(false, callback, delay, args));
  #setInterval = named('setInterval', (callback, delay, ...args) =>
    this.#createTimer(true, callback, delay, args));
  #setImmediate = named('setImmediate', (callback, ...args) =>
    this.#createTimer(false, callback, IMMEDIATE_DELAY, args));
  #clearTimer = named('clearTimer', (timer) => {
    if (this.#queue.has(timer)) this.#queue.remove(timer);
  });

  constructor() {
    emitExperimentalWarning();
  }

  // Advances the clock by `time` ms, then runs every timer now due, earliest first.
  // As in Node 20 the clock moves first, so callbacks (and timers they create) see the
  // new time. Unlike Node 20, a timer leaves the queue before its callback runs, so
  // clearing an interval from its own callback works and a setImmediate scheduled from
  // a callback cannot make the same timer run twice.
  tick(time = 1) {
    this.#assertEnabled();
    assertTimeArg(time);
    this.#now += time;
    for (let timer = this.#queue.peek(); timer !== undefined && !(timer.runAt > this.#now);
      timer = this.#queue.peek()) {
      this.#queue.remove(timer);
      if (timer.interval !== undefined) {
        timer.runAt += intervalStep(timer.interval);
        this.#queue.insert(timer);
      }
      Reflect.apply(timer.callback, undefined, timer.args);
    }
  }

  enable(options = { __proto__: null, apis: SUPPORTED_APIS, now: 0 }) {
    const opts = { __proto__: null, ...options };
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    if (Number.isNaN(opts.now)) {
      throw new ERR_INVALID_ARG_VALUE('now', opts.now,
                                      `epoch must be a positive integer received ${opts.now}`);
    }
    const apis = opts.apis || SUPPORTED_APIS;
    validateApis(apis);
    const now = initialTime(opts.now || 0);
    if (apis.includes('Date') && globalThis.Date?.isMock) {
      throw new ERR_INVALID_STATE('Date is already being mocked!');
    }

    this.#now = now;
    for (const api of new Set(apis)) this.#undo.push(this.#fake(api));
    this.#enabled = true;
  }

  setTime(time = kInitialEpoch) {
    validateNumber(time, 'time');
    assertTimeArg(time);
    this.#assertEnabled();
    this.#now = time;
  }

  [SymbolDispose]() {
    this.reset();
  }

  reset() {
    if (!this.#enabled) return;
    while (this.#undo.length > 0) this.#undo.pop()();
    this.#enabled = false;
    this.#now = kInitialEpoch;
    this.#queue.clear();
  }

  // Moves the clock to the latest pending timer, running everything due on the way.
  // (Node 20 takes the heap's last slot, which is not always the latest timer.)
  runAll() {
    this.#assertEnabled();
    const latest = this.#queue.latestRunAt();
    if (latest === undefined) return;
    this.tick(Math.max(0, latest - this.#now));
  }

  #assertEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE(
        'You should enable MockTimers first by calling the .enable function');
    }
  }

  // Delays are used as given (0 and negative ones run on the next tick, as in Node 20),
  // except that a missing/NaN delay counts as 0 rather than poisoning the queue's order,
  // and one above TIMEOUT_MAX becomes 1, as real timers do.
  #createTimer(isInterval, callback, delay, args) {
    delay = Number(delay);
    if (Number.isNaN(delay)) delay = 0;
    else if (delay > TIMEOUT_MAX) delay = 1;
    const timer = new Timeout(this.#nextId++, callback, this.#now + delay,
                              isInterval ? delay : undefined, args);
    this.#queue.insert(timer);
    return timer;
  }

  // Installs the fake for one API and returns the function that undoes it.
  #fake(api) {
    switch (api) {
      case 'setTimeout':
        return this.#fakeFamily('setTimeout', this.#setTimeout, 'clearTimeout',
                                named('setTimeout', (delay, value, options) =>
                                  this.#promiseTimer(delay, value, options)));
      case 'setInterval':
        return this.#fakeFamily('setInterval', this.#setInterval, 'clearInterval',
                                named('setInterval', (delay, value, options) =>
                                  this.#intervalIterator(delay, value, options)));
      case 'setImmediate':
        return this.#fakeFamily('setImmediate', this.#setImmediate, 'clearImmediate',
                                named('setImmediate', (value, options) =>
                                  this.#promiseTimer(IMMEDIATE_DELAY, value, options)));
      case 'Date':
        return replaceProperties(globalThis, { Date: this.#createMockDate(globalThis.Date) });
      case 'scheduler.wait':
        return replaceProperties(nodeTimersPromises.scheduler, {
          wait: named('wait', (delay, options) => this.#promiseTimer(delay, undefined, options)),
        });
    }
  }

  // Fakes e.g. setTimeout/clearTimeout on globalThis and node:timers, and setTimeout in
  // node:timers/promises.
  #fakeFamily(setName, setFn, clearName, promiseFn) {
    const pair = { [setName]: setFn, [clearName]: this.#clearTimer };
    const undo = [
      replaceProperties(globalThis, pair),
      replaceProperties(nodeTimers, pair),
      replaceProperties(nodeTimersPromises, { [setName]: promiseFn }),
    ];
    return () => undo.reverse().forEach((fn) => fn());
  }

  // timers/promises setTimeout/setImmediate and scheduler.wait under the mock.
  #promiseTimer(delay, value, options) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal) {
        try {
          validateAbortSignal(signal, 'options.signal');
        } catch (err) {
          return reject(err);
        }
        if (signal.aborted) return reject(abortError(signal));
      }
      const onAbort = () => {
        this.#clearTimer(timer);
        reject(abortError(signal));
      };
      const timer = this.#createTimer(false, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, []);
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  // timers/promises setInterval under the mock: yields `value` once per firing; firings
  // that happen while nobody is waiting are queued.
  async* #intervalIterator(delay, value, options) {
    const signal = options?.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) throw abortError(signal);
    }
    let pending = 0;
    let aborted = false;
    let wake;
    const notify = () => {
      const resolve = wake;
      wake = undefined;
      resolve?.();
    };
    const timer = this.#createTimer(true, () => {
      pending++;
      notify();
    }, delay, []);
    const onAbort = () => {
      aborted = true;
      notify();
    };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        if (pending === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
        if (pending > 0) {
          pending--;
          yield value;
        } else if (aborted) {
          throw abortError(signal);
        }
      }
    } finally {
      this.#clearTimer(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  // A Date whose clock is this MockTimers' time; `new Date(...args)` with arguments and the
  // static helpers behave as the real Date, and instances are real Dates.
  #createMockDate(NativeDate) {
    const getNow = () => this.#now;
    // eslint-disable-next-line no-unused-vars
    function MockDate(year, month, date, hours, minutes, seconds, ms) {
      if (new.target === undefined) {
        return Reflect.apply(NativeDateToString, new NativeDate(getNow()), []);
      }
      if (arguments.length === 0) return new NativeDate(getNow());
      return new NativeDate(...arguments);
    }
    const { prototype, ...statics } = Object.getOwnPropertyDescriptors(NativeDate);
    Object.defineProperties(MockDate, statics);
    MockDate.now = function now() {
      return getNow();
    };
    MockDate.toString = function toString() {
      return Function.prototype.toString.call(NativeDate);
    };
    Object.defineProperty(MockDate, 'isMock', {
      __proto__: null,
      value: true,
      enumerable: true,
      writable: false,
      configurable: false,
    });
    MockDate.prototype = prototype.value;
    return MockDate;
  }
}

function assertTimeArg(time) {
  if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
}

function validateApis(apis) {
  validateStringArray(apis, 'options.apis');
  for (const api of apis) {
    if (!SUPPORTED_APIS.includes(api)) {
      throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
    }
  }
}

// `now` of enable(): a Date or a non-negative number of ms since the epoch.
function initialTime(now) {
  if (isDate(now)) return Reflect.apply(NativeDateGetTime, now, []);
  validateNumber(now, 'initialTime');
  assertTimeArg(now);
  return now;
}

// How far an interval moves after each run; never 0, so an interval cannot run forever
// within one tick (Node 20 hangs there).
function intervalStep(interval) {
  return interval > 0 ? interval : 1;
}

module.exports = { MockTimers };
