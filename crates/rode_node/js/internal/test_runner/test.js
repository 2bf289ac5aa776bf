'use strict';
// The test tree of node:test: `Test` (a test, a suite or the file's root), the contexts
// handed to test functions (TestContext, SuiteContext), hooks, timeouts, plans, and the
// ordering rules — subtests run one at a time unless `concurrency` says otherwise, and are
// reported in the order they were declared, each parent after its children.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_TEST_FAILURE } = codes;
const { events: reporterEvents } = require('internal/test_runner/events');

// The runner's own timers, taken before a test can mock the globals (mock.timers).
const { setTimeout, clearTimeout } = globalThis;

const kCancelledByParent = 'cancelledByParent';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kSubtestsFailed = 'subtestsFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kParentAlreadyFinished = 'parentAlreadyFinished';

const kDefaultName = '<anonymous>';
const kNoOnly = "'only' and 'runOnly' require the --test-only command-line option.";

// Runner-wide settings, filled from the command line by the harness.
const config = {
  only: false,
  namePatterns: null,
  skipPatterns: null,
  timeout: Infinity,
};

// Nanoseconds; durations are reported in ms with at most six decimals, as Node's.
function now() {
  return process.hrtime.bigint();
}

function msSince(start) {
  return Number(now() - start) / 1e6;
}

// The test or suite whose function is running synchronously right now: `test()`, `it()`,
// `describe()` and the hook functions called from inside it attach to it, as in Node.
let current = null;

// The test or suite whose code (or anything it scheduled: timers, I/O, promises) is running:
// an error nothing caught is blamed on it, as Node's async-id map does.
let scope;
function testScope() {
  if (scope === undefined) {
    const { AsyncLocalStorage } = require('async_hooks');
    scope = new AsyncLocalStorage();
  }
  return scope;
}

function runSyncIn(test, fn) {
  const prev = current;
  current = test;
  try {
    return fn();
  } finally {
    current = prev;
  }
}

function isPromiseLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') &&
    typeof v.then === 'function';
}

function validateTimeout(timeout, name = 'options.timeout') {
  if (timeout === undefined || timeout === Infinity) return;
  if (typeof timeout !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', timeout);
  if (!Number.isInteger(timeout) || timeout < 0 || timeout > 2147483647) {
    throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 2147483647', timeout);
  }
}

function failure(err, failureType) {
  if (err?.code === 'ERR_TEST_FAILURE' && err.failureType) return err;
  return bareFailure(err, failureType);
}

// Races `promise` against the test's timeout and abort signal.
function withTimeout(promise, timeout, signal, what) {
  if (timeout === Infinity && !signal) return promise;
  return new Promise((resolve, reject) => {
    let timer;
    const onAbort = () => {
      cleanup();
      reject(failure(signal.reason ?? new Error('The operation was aborted'), kCancelledByParent));
    };
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        cleanup();
        reject(bareFailure(`${what} timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
      timer.unref?.();
    }
    if (signal) {
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
    }
    promise.then((v) => { cleanup(); resolve(v); }, (e) => { cleanup(); reject(e); });
  });
}

// Calls a test or hook function the way Node does: `fn(ctx)` awaited, or `fn(ctx, done)`
// when it declares a second parameter. A `done` called again after the test settled is
// handed to `onLate`.
function invoke(fn, thisArg, ctx, onLate) {
  if (fn.length < 2) {
    try {
      const r = Reflect.apply(fn, thisArg, [ctx]);
      return isPromiseLike(r) ? Promise.resolve(r) : undefined;
    } catch (err) {
      return Promise.reject(err);
    }
  }
  return new Promise((resolve, reject) => {
    let calls = 0;
    let returned = false;
    let first;
    const multiple = () => new ERR_TEST_FAILURE('callback invoked multiple times', kMultipleCallbackInvocations);
    const settle = (err) => (err ? reject(err) : resolve());
    const done = (err) => {
      calls++;
      if (!returned) {
        if (calls === 1) first = err;
        return;
      }
      if (calls === 1) settle(err);
      else onLate?.(multiple());
    };
    let r;
    try {
      r = Reflect.apply(fn, thisArg, [ctx, done]);
    } catch (err) {
      returned = true;
      reject(err);
      return;
    }
    returned = true;
    if (isPromiseLike(r)) {
      r.then(undefined, () => {});
      reject(bareFailure('passed a callback but also returned a Promise', kCallbackAndPromisePresent));
    } else if (calls > 1) {
      reject(multiple());
    } else if (calls === 1) {
      settle(first);
    }
  });
}

// A runner-made failure that carries no stack frames (Node shows none for these).
function bareFailure(message, failureType) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new ERR_TEST_FAILURE(message, failureType);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

class Hook {
  constructor(fn, options, parent) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    validateTimeout(options?.timeout);
    this.fn = fn;
    this.timeout = options?.timeout ?? parent.timeout;
    this.signal = options?.signal;
  }

  run(ctx) {
    const p = invoke(this.fn, ctx, ctx);
    if (p === undefined) return undefined;
    return withTimeout(p, this.timeout, this.signal, 'hook');
  }
}

class TestContext {
  #test;
  constructor(test) {
    this.#test = test;
  }

  get signal() {
    return this.#test.controller.signal;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName();
  }

  get error() {
    return this.#test.error;
  }

  get passed() {
    return this.#test.passed;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(message);
  }

  plan(count) {
    const test = this.#test;
    if (test.plan !== null) {
      throw new ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    require('internal/validators').validateInteger(count, 'count', 0);
    test.plan = count;
  }

  get assert() {
    return this.#test.assertions();
  }

  get mock() {
    return this.#test.mockTracker();
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skipReason = message === undefined ? true : message;
    this.#test.skipped = true;
  }

  todo(message) {
    this.#test.todo = message === undefined ? true : message;
  }

  test(name, options, fn) {
    return this.#test.createSubtest('test', name, options, fn, undefined, callerLoc()).start();
  }

  before(fn, options) {
    this.#test.addHook('before', fn, options);
  }

  after(fn, options) {
    this.#test.addHook('after', fn, options);
  }

  beforeEach(fn, options) {
    this.#test.addHook('beforeEach', fn, options);
  }

  afterEach(fn, options) {
    this.#test.addHook('afterEach', fn, options);
  }
}

class SuiteContext {
  #suite;
  constructor(suite) {
    this.#suite = suite;
  }

  get signal() {
    return this.#suite.controller.signal;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return this.#suite.fullName();
  }
}

// The file, line and column of the first caller outside the runner itself.
function callerLoc() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  Error.captureStackTrace(holder, callerLoc);
  Error.stackTraceLimit = limit;
  for (const frame of String(holder.stack).split('\n').slice(1)) {
    const text = frame.replace(/^\s*at\s+/, '');
    const m = /\(([^()]+):(\d+):(\d+)\)$/.exec(text) || /^([^()\s][^()]*):(\d+):(\d+)$/.exec(text);
    if (m === null || m[1].startsWith('node:')) continue;
    let file = m[1];
    if (file.startsWith('file://')) {
      try {
        file = require('url').fileURLToPath(file);
      } catch {
        // keep the URL
      }
    }
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return { file: undefined, line: undefined, column: undefined };
}

function matchesPatterns(name, patterns) {
  return patterns.some((re) => re.test(name));
}

class Test {
  constructor(parent, kind, name, options, fn, loc) {
    this.parent = parent;
    this.kind = kind; // 'test', 'suite' or 'root'
    this.root = parent === null ? this : parent.root;
    this.name = name;
    this.fn = fn;
    this.loc = loc;
    this.nesting = parent === null || parent.kind === 'root' ? 0 : parent.nesting + 1;
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.reportedIndex = 0;
    this.startReported = false;
    this.reported = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = null;
    this.beforeError = undefined;
    this.diagnostics = [];
    this.controller = new AbortController();
    this.finished = false;
    this.started = false;
    this.passed = false;
    this.error = null;
    this.duration = 0;
    this.plan = null;
    this.planCount = 0;
    this.skipped = false;
    this.skipReason = undefined;
    this.todo = undefined;
    this.only = false;
    this.runOnlySubtests = false;
    this.mock = null;
    this.assert = null;
    this.finishedPromise = null;
    this.resolveFinished = null;
    this.buildError = null;
    this.buildPromise = null;

    const o = options ?? {};
    this.concurrency = parent === null ? 1 : parent.concurrency;
    if (o.concurrency !== undefined) {
      if (typeof o.concurrency === 'number') {
        require('internal/validators').validateUint32(o.concurrency, 'options.concurrency', true);
        this.concurrency = o.concurrency;
      } else if (typeof o.concurrency === 'boolean') {
        this.concurrency = o.concurrency ? Infinity : 1;
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], o.concurrency);
      }
    }
    validateTimeout(o.timeout);
    this.timeout = o.timeout ?? (parent === null ? config.timeout : parent.timeout);
    if (o.signal !== undefined) require('internal/validators').validateAbortSignal(o.signal, 'options.signal');
    if (o.plan !== undefined) {
      require('internal/validators').validateUint32(o.plan, 'options.plan', false);
      this.plan = o.plan;
    }
    if (o.signal) {
      const outer = o.signal;
      const onAbort = () => this.controller.abort(outer.reason);
      if (outer.aborted) onAbort();
      else outer.addEventListener('abort', onAbort, { once: true });
    }
    if (parent !== null && parent.kind !== 'root') {
      const ps = parent.controller.signal;
      ps.addEventListener('abort', () => this.controller.abort(ps.reason), { once: true });
    }
    if (o.skip) {
      this.skipped = true;
      this.skipReason = o.skip;
    }
    if (o.todo) this.todo = o.todo;
    this.only = !!o.only;
    if (kind !== 'root') this.applyFilters(parent);
  }

  // --test-only, --test-name-pattern and --test-skip-pattern decide whether this test runs:
  // under --test-only, a test or suite at the top level, in a suite, or under a test that
  // called runOnly(true) runs only if marked `only`; a test whose name (or an enclosing
  // test's) matches no --test-name-pattern is skipped.
  applyFilters(parent) {
    if (config.only) {
      if (!this.only && (parent.kind !== 'test' || parent.runOnlySubtests)) {
        this.skipped = true;
        this.skipReason = "'only' option not set";
      }
    } else if (this.only || parent.runOnlySubtests) {
      this.diagnostics.push(kNoOnly);
    }
    if (config.namePatterns && this.kind !== 'suite' && !this.skipped &&
        !this.matches(config.namePatterns) && !this.hasMatchingAncestor()) {
      this.skipped = true;
      this.skipReason = 'test name does not match pattern';
    }
    if (config.skipPatterns && this.matches(config.skipPatterns)) this.filteredOut = true;
  }

  matches(patterns) {
    return matchesPatterns(this.name, patterns) || matchesPatterns(this.fullName(), patterns);
  }

  hasMatchingAncestor() {
    for (let p = this.parent; p !== null && p.kind !== 'root'; p = p.parent) {
      if (p.kind === 'test' && p.matches(config.namePatterns)) return true;
    }
    return false;
  }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.kind !== 'root'; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  mockTracker() {
    if (this.mock === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      this.mock = new MockTracker();
    }
    return this.mock;
  }

  assertions() {
    if (this.assert === null) {
      const assert = require('assert');
      const out = { __proto__: null };
      for (const name of ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject',
        'doesNotThrow', 'equal', 'fail', 'ifError', 'match', 'notDeepEqual',
        'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok', 'rejects', 'strictEqual',
        'throws']) {
        const fn = assert[name];
        const test = this;
        out[name] = function(...args) {
          test.planCount++;
          return Reflect.apply(fn, this, args);
        };
      }
      this.assert = out;
    }
    return this.assert;
  }

  addHook(kind, fn, options) {
    if (this.finished) {
      throw new ERR_TEST_FAILURE(`cannot add a ${kind} hook after the test has finished`, kParentAlreadyFinished);
    }
    this.hooks[kind].push(new Hook(fn, options, this));
  }

  createSubtest(kind, name, options, fn, overrides, loc) {
    if (typeof name === 'function') {
      fn = name;
      options = undefined;
      name = fn.name || kDefaultName;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
      name = typeof fn === 'function' && fn.name ? fn.name : kDefaultName;
    } else {
      name = name === undefined || name === null || name === '' ? (typeof options === 'function' ? options.name : fn?.name) || kDefaultName : String(name);
    }
    if (typeof options === 'function') {
      fn = options;
      options = undefined;
    }
    // As in node 20, options that are not an object and a fn that is not a function are
    // ignored (the test runs with defaults and passes).
    if (options === null || typeof options !== 'object') options = {};
    if (overrides) options = { ...options, ...overrides };
    if (typeof fn !== 'function') fn = noop;
    const sub = new Test(this, kind, name, options, fn, loc);
    if (this.kind === 'test' && this.plan !== null) this.planCount++; // subtests count toward a plan
    if (this.finished && this.kind !== 'root') {
      sub.fail(new ERR_TEST_FAILURE('test could not be started because its parent finished',
                                    kParentAlreadyFinished));
      sub.finished = true;
      sub.started = true;
    }
    this.subtests.push(sub);
    reporterEvents.emit('test:enqueue', sub.eventData());
    if (kind === 'suite') sub.build();
    return sub;
  }

  eventData(extra) {
    const d = { name: this.name, nesting: this.nesting };
    if (this.loc.file !== undefined) {
      d.file = this.loc.file;
      d.line = this.loc.line;
      d.column = this.loc.column;
    }
    return extra ? Object.assign(d, extra) : d;
  }

  // Runs a suite's body now, so its tests and hooks are declared.
  build() {
    const ctx = new SuiteContext(this);
    try {
      // A suite's body runs when it is declared, outside runInScope: give it its scope here.
      const r = testScope().run(this, () => runSyncIn(this, () => Reflect.apply(this.fn, ctx, [ctx])));
      if (isPromiseLike(r)) {
        this.buildPromise = Promise.resolve(r).then(undefined, (err) => {
          this.buildError = err;
        });
      }
    } catch (err) {
      this.buildError = err;
    }
  }

  // Queues this test in its parent; resolves when it has finished.
  start() {
    if (this.finishedPromise === null) {
      this.finishedPromise = new Promise((resolve) => { this.resolveFinished = resolve; });
    }
    if (this.finished) {
      this.resolveFinished();
      this.root.harness.flush();
      return this.finishedPromise;
    }
    const parent = this.parent;
    if (parent.active < parent.concurrency) {
      parent.active++;
      this.runInScope().finally(() => parent.subtestDone());
    } else {
      parent.pending.push(this);
    }
    return this.finishedPromise;
  }

  subtestDone() {
    this.active--;
    while (this.pending.length > 0 && this.active < this.concurrency) {
      const next = this.pending.shift();
      if (next.finished) continue;
      this.active++;
      next.runInScope().finally(() => this.subtestDone());
    }
  }

  // Runs the `before` hooks once; a failure is kept in `beforeError` for every subtest.
  runBeforeHooks() {
    this.beforeRan ??= (async () => {
      try {
        for (const hook of this.hooks.before) await hook.run(this.context());
      } catch (err) {
        this.beforeError = err;
      }
    })();
    return this.beforeRan;
  }

  context() {
    if (this.ctx === undefined) {
      this.ctx = this.kind === 'suite' ? new SuiteContext(this) : new TestContext(this);
    }
    return this.ctx;
  }

  // beforeEach hooks from the outermost ancestor in, afterEach from the innermost out.
  eachHooks(kind) {
    const chain = [];
    for (let p = this.parent; p !== null; p = p.parent) chain.push(p);
    if (kind === 'beforeEach') chain.reverse();
    return chain.flatMap((p) => p.hooks[kind]);
  }

  // Runs the test with its hooks in its own async scope (see testScope).
  runInScope() {
    return testScope().run(this, () => this.run());
  }

  async run() {
    this.started = true;
    this.startTime = now();
    reporterEvents.emit('test:dequeue', this.eventData());
    const parent = this.parent;
    if (this.filteredOut || (this.skipped && this.kind !== 'suite') || this.controller.signal.aborted) {
      if (this.controller.signal.aborted && !this.skipped) {
        this.fail(failure(this.controller.signal.reason, kCancelledByParent));
      }
      return this.finish();
    }
    if (parent.hooks.before.length > 0) await parent.runBeforeHooks();
    if (parent.beforeError !== undefined) {
      this.fail(failure(parent.beforeError, kHookFailure));
      return this.finish();
    }
    if (this.kind === 'suite') return this.runSuite();
    const ctx = this.context();
    try {
      for (const hook of this.eachHooks('beforeEach')) {
        try {
          await hook.run(ctx);
        } catch (err) {
          throw failure(err, kHookFailure);
        }
      }
      const p = runSyncIn(this, () => invoke(this.fn, ctx, ctx, (err) => this.lateFailure(err)));
      if (p !== undefined) await withTimeout(p, this.timeout, this.controller.signal, 'test');
      if (this.plan !== null && this.plan !== this.planCount) {
        throw bareFailure(`plan expected ${this.plan} assertions but received ${this.planCount}`, kTestCodeFailure);
      }
    } catch (err) {
      this.fail(failure(err, kTestCodeFailure));
    }
    this.cancelUnfinishedSubtests();
    for (const hook of this.eachHooks('afterEach')) {
      try {
        await hook.run(ctx);
      } catch (err) {
        if (!this.error) this.fail(failure(err, kHookFailure));
      }
    }
    await this.runAfterHooks(ctx);
    return this.finish();
  }

  async runAfterHooks(ctx) {
    for (const hook of this.hooks.after) {
      try {
        await hook.run(ctx);
      } catch (err) {
        if (!this.error) this.fail(failure(err, kHookFailure));
      }
    }
    this.mock?.reset();
  }

  async runSuite() {
    if (this.buildPromise) await this.buildPromise;
    if (this.skipped) {
      for (const sub of this.subtests) sub.hide();
      this.passed = true;
      return this.finish();
    }
    const ctx = this.context();
    if (this.buildError !== null) {
      this.fail(failure(this.buildError, kTestCodeFailure));
    } else {
      try {
        await withTimeout(this.runBeforeHooks(), this.timeout, this.controller.signal, 'suite');
      } catch (err) {
        this.beforeError = err;
      }
      if (this.beforeError !== undefined) this.fail(failure(this.beforeError, kHookFailure));
      if (!this.error) {
        const children = this.subtests.map((t) => t.start());
        try {
          await withTimeout(Promise.all(children), this.timeout, this.controller.signal, 'suite');
        } catch (err) {
          this.fail(failure(err, err?.failureType ?? kTestCodeFailure));
        }
      }
    }
    this.cancelUnfinishedSubtests();
    await this.runAfterHooks(ctx);
    return this.finish();
  }

  // Cancels subtests still queued or running when their parent is done.
  cancelUnfinishedSubtests() {
    for (const sub of this.subtests) {
      if (!sub.finished) sub.cancel(bareFailure('test did not finish before its parent and was cancelled', kCancelledByParent));
    }
  }

  // Takes a test of a skipped suite out of the run and the report.
  hide() {
    for (const sub of this.subtests) sub.hide();
    this.filteredOut = true;
    this.finished = true;
  }

  cancel(err) {
    for (const sub of this.subtests) if (!sub.finished) sub.cancel(err);
    if (this.finished) return;
    this.controller.abort(err);
    this.fail(err);
    this.finish();
  }

  // An error that arrives after the test settled fails it while it is not yet reported.
  lateFailure(err) {
    if (this.reported) return;
    this.error = null;
    this.fail(err);
  }

  fail(err) {
    if (this.error) return;
    this.error = err;
    this.passed = false;
  }

  finish() {
    if (this.finished) return;
    if (this.startTime !== undefined) this.duration = msSince(this.startTime);
    if (!this.error) {
      const failed = this.subtests.filter((t) => !t.passed && !t.isTodo() && !t.skipped && !t.filteredOut).length;
      if (failed > 0) {
        this.fail(bareFailure(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed));
      } else {
        this.passed = true;
      }
    }
    this.finished = true;
    this.resolveFinished?.();
    this.root.harness.flush();
  }

  isTodo() {
    return this.todo !== undefined && this.todo !== false;
  }

  // Emits test:start once, before this test's first report.
  reportStarted() {
    if (this.startReported) return;
    this.startReported = true;
    if (this.filteredOut) return;
    reporterEvents.emit('test:start', this.eventData());
  }

  reportEnd() {
    this.reported = true;
    if (this.filteredOut) return;
    const shown = this.subtests.filter((t) => !t.filteredOut);
    if (shown.length > 0) {
      reporterEvents.emit('test:plan', { nesting: this.nesting + 1, count: shown.length, file: this.loc.file });
    }
    const details = { duration_ms: this.duration };
    if (this.kind === 'suite') details.type = 'suite';
    const data = this.eventData({ testNumber: this.reportNumber(), details });
    if (this.skipped) data.skip = this.skipReason === true || this.skipReason === undefined ? true : this.skipReason;
    if (this.isTodo()) data.todo = this.todo;
    let type = 'test:pass';
    if (!this.passed && !(this.skipped && !this.error)) {
      type = 'test:fail';
      details.error = this.error;
    }
    this.root.harness.tally.add(type, data);
    reporterEvents.emit(type, data);
    for (const message of this.diagnostics) {
      reporterEvents.emit('test:diagnostic', { nesting: this.nesting, message, file: this.loc.file, line: this.loc.line, column: this.loc.column });
    }
  }

  reportNumber() {
    let n = 0;
    for (const t of this.parent.subtests) {
      if (!t.filteredOut) n++;
      if (t === this) return n;
    }
    return n;
  }

  // Whether one of this test's subtests is ready to be reported before this test ends.
  hasReportableChild() {
    const first = this.subtests[this.reportedIndex];
    return first !== undefined && (first.finished || first.hasReportableChild());
  }

  // Reports finished subtests in declaration order.
  flushReports() {
    for (;;) {
      const c = this.subtests[this.reportedIndex];
      if (c === undefined) return;
      if (!c.finished && !c.hasReportableChild()) return;
      c.reportStarted();
      c.flushReports();
      if (!c.finished || c.reportedIndex < c.subtests.length) return;
      c.reportEnd();
      this.reportedIndex++;
    }
  }
}

function noop() {}

module.exports = {
  Test,
  config,
  callerLoc,
  currentTest: () => current,
  // The test whose async activity is running now (undefined outside any test).
  asyncTest: () => scope?.getStore(),
  bareFailure,
  msSince,
  now,
  kCancelledByParent,
};
