'use strict';
// Fixture for the reporters-*.js tests: a fixed stream of node:test events (as the runner
// emits them) covering passes, failures of each kind, suites, nesting, skip/todo,
// diagnostics and captured output, plus a helper that runs a reporter over events.
// Every error carries a hand-written stack so that the output does not depend on the engine.

const assert = require('assert');
const path = require('path');
const { Readable } = require('stream');
const { inspect } = require('util');

// The tests' file lives under the working directory, so that spec prints it relative to it;
// `normalise` turns that directory into /project in the outputs compared.
const CWD = process.cwd();
const FILE = path.join(CWD, 'test', 'math.test.js');

function normalise(text) {
  return text.split(CWD).join('/project');
}

// An ERR_TEST_FAILURE wrapping `cause`, shaped like the one the runner reports.
function testFailure(cause, failureType, stack) {
  const message = cause?.message ?? (typeof cause === 'string' ? cause : inspect(cause));
  const err = new Error(message);
  err.code = 'ERR_TEST_FAILURE';
  err.failureType = failureType;
  err.cause = cause;
  err.stack = stack ?? `Error [ERR_TEST_FAILURE]: ${message}\n    at TestContext.<anonymous> (${FILE}:40:11)`;
  return err;
}

function withStack(err, frames) {
  err.stack = [`${err.name}: ${err.message}`, ...frames.map((frame) => `    at ${frame}`)].join('\n');
  return err;
}

function assertionError() {
  try {
    assert.strictEqual(1, 2);
  } catch (err) {
    return withStack(err, [`TestContext.<anonymous> (${FILE}:4:10)`, 'async Test.run (node:internal/test_runner/test:1:1)']);
  }
  throw new Error('unreachable');
}

function deepAssertionError() {
  const actual = { a: 1, list: [1, 2] };
  actual.self = actual;
  const err = new assert.AssertionError({ actual, expected: { a: 2, when: new Date(0) }, operator: 'deepStrictEqual', message: 'objects differ' });
  return withStack(err, [`TestContext.<anonymous> (${FILE}:9:3)`]);
}

function typeError() {
  const err = withStack(new TypeError('bad\nthing'), [`inner (${FILE}:20:5)`, `TestContext.<anonymous> (${FILE}:21:3)`]);
  err.code = 'E_BAD';
  err.extra = { deep: 'x\ny' };
  return err;
}

const base = (name, nesting, line, column) => ({ name, nesting, line, column, file: FILE });
const start = (name, nesting, line, column) => ({ type: 'test:start', data: base(name, nesting, line, column) });
function result(type, name, nesting, testNumber, details, extra = {}, where = [1, 1]) {
  return { type, data: { ...base(name, nesting, ...where), testNumber, details, ...extra } };
}
const pass = (name, nesting, testNumber, details, extra, where) => result('test:pass', name, nesting, testNumber, details, extra, where);
const fail = (name, nesting, testNumber, details, extra, where) => result('test:fail', name, nesting, testNumber, details, extra, where);

function events() {
  return [
    { type: 'test:enqueue', data: base('adds', 0, 3, 1) },
    { type: 'test:dequeue', data: base('adds', 0, 3, 1) },
    start('adds', 0, 3, 1),
    pass('adds', 0, 1, { duration_ms: 1.5 }, {}, [3, 1]),
    start('strict #1 \\ eq', 0, 4, 1),
    fail('strict #1 \\ eq', 0, 2, { duration_ms: 2.25, error: testFailure(assertionError(), 'testCodeFailure') }, {}, [4, 1]),
    start('deep', 0, 9, 1),
    fail('deep', 0, 3, { duration_ms: 0.75, error: testFailure(deepAssertionError(), 'testCodeFailure') }, {}, [9, 1]),
    start('skipped', 0, 12, 1),
    pass('skipped', 0, 4, { duration_ms: 0.1 }, { skip: 'not on # this OS' }, [12, 1]),
    start('skipped plain', 0, 13, 1),
    pass('skipped plain', 0, 5, { duration_ms: 0 }, { skip: true }, [13, 1]),
    start('todo', 0, 14, 1),
    fail('todo', 0, 6, { duration_ms: 0.2, error: testFailure('nope', 'testCodeFailure') }, { todo: 'later' }, [14, 1]),
    start('todo plain', 0, 15, 1),
    pass('todo plain', 0, 7, { duration_ms: 0.3 }, { todo: true }, [15, 1]),
    start('suite', 0, 18, 1),
    start('inner ok', 1, 19, 3),
    pass('inner ok', 1, 1, { duration_ms: 0.4 }, {}, [19, 3]),
    start('inner fail', 1, 21, 3),
    fail('inner fail', 1, 2, { duration_ms: 0.5, error: testFailure(typeError(), 'testCodeFailure') }, {}, [21, 3]),
    start('deeper', 1, 25, 3),
    start('leaf', 2, 26, 5),
    { type: 'test:diagnostic', data: { ...base('leaf', 2, 26, 5), message: 'note: #1' } },
    pass('leaf', 2, 1, { duration_ms: 0.6 }, {}, [26, 5]),
    { type: 'test:plan', data: { nesting: 2, count: 1, file: FILE } },
    pass('deeper', 1, 3, { duration_ms: 0.7, type: 'suite' }, {}, [25, 3]),
    { type: 'test:plan', data: { nesting: 1, count: 3, file: FILE } },
    fail('suite', 0, 8, { duration_ms: 3.125, type: 'suite', error: testFailure('1 subtest failed', 'subtestsFailed', 'Error [ERR_TEST_FAILURE]: 1 subtest failed') }, {}, [18, 1]),
    start('parent', 0, 30, 1),
    start('child', 1, 31, 11),
    fail('child', 1, 1, { duration_ms: 0.8, error: testFailure('a string', 'testCodeFailure') }, {}, [31, 11]),
    { type: 'test:plan', data: { nesting: 1, count: 1, file: FILE } },
    fail('parent', 0, 9, { duration_ms: 1.9, error: testFailure('1 subtest failed', 'subtestsFailed', 'Error [ERR_TEST_FAILURE]: 1 subtest failed') }, {}, [30, 1]),
    start('with hook', 0, 35, 1),
    start('sub', 1, 36, 3),
    pass('sub', 1, 1, { duration_ms: 0.9 }, {}, [36, 3]),
    fail('with hook', 0, 10, { duration_ms: 1, error: testFailure(withStack(new RangeError('hook broke'), [`after (${FILE}:37:9)`]), 'hookFailed') }, {}, [35, 1]),
    start('timeout', 0, 40, 1),
    fail('timeout', 0, 11, { duration_ms: 50, error: testFailure(withStack(new Error('test timed out after 50ms'), []), 'testTimeoutFailure', 'Error [ERR_TEST_FAILURE]: test timed out after 50ms\n    at Timeout.<anonymous> (node:internal/test_runner/test:2:2)') }, {}, [40, 1]),
    start('thrown object', 0, 44, 1),
    fail('thrown object', 0, 12, { duration_ms: 0.25, error: testFailure({ reason: 'x', n: 1 }, 'testCodeFailure') }, {}, [44, 1]),
    { type: 'test:stdout', data: { file: FILE, message: 'printed #1\n\nsecond line\n' } },
    { type: 'test:stderr', data: { file: FILE, message: 'warn\r\n' } },
    { type: 'test:plan', data: { nesting: 0, count: 12 } },
    { type: 'test:diagnostic', data: { nesting: 0, message: 'tests 14' } },
    { type: 'test:diagnostic', data: { nesting: 0, message: 'duration_ms 12.5' } },
  ];
}

// Everything `reporter` writes for `list`, as one string (with the directory normalised).
async function report(reporter, list) {
  let out = '';
  for await (const chunk of Readable.from(list).compose(reporter)) out += chunk;
  return normalise(out);
}

// Colours depend on the terminal and the environment: turn them off before any reporter loads.
function noColors() {
  delete process.env.FORCE_COLOR;
  process.env.NO_COLOR = '1';
}

module.exports = { FILE, events, noColors, normalise, report, testFailure, withStack };
