'use strict';
// The per-process side of node:test: the root of the test tree (created on first use), the
// reporters it feeds, the command-line options (--test-only, --test-name-pattern,
// --test-reporter …), errors that escape a test, the summary and the exit code.

const { Test, config, currentTest, asyncTest, callerLoc, kCancelledByParent, now, msSince } = require('internal/test_runner/test');
const { events, createSink, Tally, emitSummary } = require('internal/test_runner/events');

// Said in the report instead of silently printing no coverage.
const kNoCoverage = 'code coverage is not implemented in rode yet: --experimental-test-coverage was ignored';

let root = null;
let bootstrapped = false;
let finalized = false;
let startTime = 0;

// The command line's test options, in order (--test-reporter may repeat).
function testOptions() {
  const out = { reporters: [], destinations: [], namePatterns: [], skipPatterns: [], only: false };
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    let name = argv[i];
    let value;
    const eq = name.indexOf('=');
    if (eq !== -1) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const takeValue = () => (value !== undefined ? value : argv[++i]);
    switch (name) {
      case '--test-reporter': out.reporters.push(takeValue()); break;
      case '--test-reporter-destination': out.destinations.push(takeValue()); break;
      case '--test-name-pattern': out.namePatterns.push(takeValue()); break;
      case '--test-skip-pattern': out.skipPatterns.push(takeValue()); break;
      case '--test-timeout': out.timeout = Number(takeValue()); break;
      case '--test-concurrency': out.concurrency = Number(takeValue()); break;
      case '--test-only': out.only = true; break;
      case '--experimental-test-coverage': out.coverage = true; break;
      default: break;
    }
  }
  return out;
}

// `/re/flags` is a regular expression as written; anything else is a pattern.
function toRegExp(pattern) {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  return m ? new RegExp(m[1], m[2]) : new RegExp(pattern);
}

function applyOptions(opts) {
  config.only = opts.only;
  if (opts.namePatterns.length > 0) config.namePatterns = opts.namePatterns.map(toRegExp);
  if (opts.skipPatterns.length > 0) config.skipPatterns = opts.skipPatterns.map(toRegExp);
  if (opts.timeout !== undefined && opts.timeout > 0) config.timeout = opts.timeout;
}

function getRoot() {
  if (root !== null) return root;
  startTime = now();
  const opts = testOptions();
  applyOptions(opts);
  root = new Test(null, 'root', '<root>', {}, undefined, { file: undefined });
  root.harness = { flush, tally: new Tally() };
  if (opts.coverage && process.env.NODE_TEST_CONTEXT !== 'child-v8') root.diagnostics.push(kNoCoverage);
  // Top-level tests wait until the entry point has run (and its ticks and microtasks), as
  // Node's do: one slot of the root's concurrency is held until then.
  root.active = 1;
  process.nextTick(() => queueMicrotask(() => {
    bootstrapped = true;
    root.subtestDone();
    maybeRunRootAfter();
  }));
  if (process.env.NODE_TEST_CONTEXT === 'child-v8') {
    const { serialize } = require('internal/test_runner/child_protocol');
    pipeReporter(serialize, 'stdout');
  } else {
    setupReporters(opts);
  }
  process.on('uncaughtException', (err) => onAsyncError(err, 'uncaughtException'));
  process.on('unhandledRejection', (err) => onAsyncError(err, 'unhandledRejection'));
  process.on('beforeExit', onBeforeExit);
  return root;
}

// The reporters the command line asks for (spec on a terminal, tap otherwise), each fed
// from the bus to its destination.
function setupReporters(opts) {
  const { loadReporter } = require('internal/test_runner/reporters_loader');
  const names = opts.reporters.length > 0 ? opts.reporters :
    [process.stdout.isTTY ? 'spec' : 'tap'];
  if (opts.destinations.length > 0 && opts.destinations.length !== names.length) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', names,
                                    'must match the number of specified \'--test-reporter-destination\'');
  }
  names.forEach((name, i) => pipeReporter(loadReporter(name), opts.destinations[i] ?? 'stdout'));
}

function destinationStream(dest) {
  if (dest === 'stdout') return process.stdout;
  if (dest === 'stderr') return process.stderr;
  return require('fs').createWriteStream(dest);
}

// Feeds the bus through `reporter` (a reporter, or a promise of one still loading) to `dest`.
function pipeReporter(reporter, dest) {
  const sink = createSink();
  const { Readable } = require('stream');
  const connect = (r) => {
    const out = typeof r === 'function' ? Readable.from(r(sink)) : sink.pipe(r);
    out.pipe(destinationStream(dest), { end: dest !== 'stdout' && dest !== 'stderr' });
  };
  if (typeof reporter?.then === 'function') {
    sink.pause();
    reporter.then(connect, (err) => process.nextTick(() => { throw err; }));
  } else {
    connect(reporter);
  }
}

// Errors thrown or rejected outside any test's own promise chain fail the test whose async
// activity raised them; after it has ended, or outside any test, they become a diagnostic.
function onAsyncError(err, type) {
  // Before the entry point has finished, an error is the program's own: it stays fatal.
  if (!bootstrapped) throw err;
  const test = asyncTest();
  if (test !== undefined && test !== root && !test.finished) {
    const { ERR_TEST_FAILURE } = require('internal/errors').codes;
    test.fail(new ERR_TEST_FAILURE(err, type));
    test.controller.abort();
    return;
  }
  const activity = 'generated asynchronous activity after the test ended. This activity ' +
    `created the error "${err}"`;
  root.diagnostics.push(test !== undefined && test !== root ?
    `Error: Test "${test.name}" at ${relativeLoc(test.loc)} ${activity} and would have ` +
      `caused the test to fail, but instead triggered an ${type} event.` :
    `Error: A resource ${activity} which triggered an ${type} event, caught by the test runner.`);
  process.exitCode = 1;
}

function relativeLoc(loc) {
  const file = loc.file === undefined ? '' : require('path').relative(process.cwd(), loc.file);
  return `${file}:${loc.line}:${loc.column}`;
}

let rootAfterRan = null;

function maybeRunRootAfter() {
  if (!bootstrapped || rootAfterRan !== null) return;
  if (root.active > 0 || root.pending.length > 0) return;
  if (root.subtests.some((t) => !t.finished)) return;
  rootAfterRan = root.runAfterHooks(root.context()).then(() => flush());
}

function flush() {
  if (root === null) return;
  root.flushReports();
  maybeRunRootAfter();
}

function onBeforeExit() {
  if (finalized) return;
  const { ERR_TEST_FAILURE } = require('internal/errors').codes;
  for (const t of root.subtests) {
    if (!t.finished) {
      t.cancel(new ERR_TEST_FAILURE('Promise resolution is still pending but the event loop has already resolved', kCancelledByParent));
    }
  }
  if (rootAfterRan === null) {
    rootAfterRan = root.runAfterHooks(root.context());
  }
  rootAfterRan.then(finalize);
}

function finalize() {
  if (finalized) return;
  finalized = true;
  root.flushReports();
  if (root.harness.tally.failed()) process.exitCode = 1;
  const emit = (type, data) => events.emit(type, data);
  if (process.env.NODE_TEST_CONTEXT === 'child-v8') {
    // The parent counts and sums up; it only needs the root's own diagnostics.
    for (const message of root.diagnostics) emit('test:diagnostic', { nesting: 0, message });
  } else {
    const shown = root.subtests.filter((t) => !t.filteredOut).length;
    emitSummary(emit, shown, root.diagnostics, root.harness.tally, msSince(startTime));
  }
  events.end();
}

// `test()`/`describe()` and their variants, called from user code.
function topLevel(kind, name, options, fn, overrides) {
  const r = getRoot();
  const parent = currentTest() ?? r;
  const sub = parent.createSubtest(kind, name, options, fn, overrides, callerLoc());
  if (parent.kind === 'suite') return Promise.resolve();
  const done = sub.start();
  return kind === 'suite' ? Promise.resolve() : done.then(() => undefined);
}

function hook(kind, fn, options) {
  const r = getRoot();
  const parent = currentTest() ?? r;
  parent.addHook(kind, fn, options);
}

module.exports = { topLevel, hook, testOptions, setupReporters, kNoCoverage };
