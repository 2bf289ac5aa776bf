'use strict';
// node:test/reporters `tap`: the whole fixture stream is printed and compared with
// reporters-tap.out; the cases below check single features against exact text.

const { events, noColors, report, testFailure, withStack } = require('./_reporters-events');

noColors();
const assert = require('assert');
const { tap } = require('node:test/reporters');

const text = (...lines) => `${lines.join('\n')}\n`;
const run = (list) => report(tap, list);
const pass = (name, extra = {}) => ({ type: 'test:pass', data: { name, nesting: 0, testNumber: 1, details: { duration_ms: 1 }, ...extra } });

async function names() {
  // '#' and '\' are escaped; control characters are spelled out and then, like every
  // backslash, doubled. Skip wins over todo; an empty reason is left out.
  assert.strictEqual(await run([
    { type: 'test:start', data: { name: 'a#b\\c\nd\te', nesting: 0 } },
    pass('a#b\\c\nd\te', { skip: 'why #1', todo: 'ignored' }),
    pass('', { todo: '' }),
    pass('t', { todo: true, testNumber: 3 }),
    pass('s', { skip: false, testNumber: 4 }),
  ]), text(
    'TAP version 13',
    '# Subtest: a\\#b\\\\c\\\\nd\\\\te',
    'ok 1 - a\\#b\\\\c\\\\nd\\\\te # SKIP why \\#1',
    '  ---',
    '  duration_ms: 1',
    '  ...',
    'ok 1 # TODO',
    '  ---',
    '  duration_ms: 1',
    '  ...',
    'ok 3 - t # TODO',
    '  ---',
    '  duration_ms: 1',
    '  ...',
    'ok 4 - s # SKIP',
    '  ---',
    '  duration_ms: 1',
    '  ...',
  ));
}

async function yamlValues() {
  // Only lines starting with four spaces and "at " are frames.
  const cause = new Error('two\nlines');
  cause.stack = 'Error: two\nlines\n  not a frame\n    at f (a.js:1:1)\n    at  extra space\n\tat tab\r\n    at g (b.js:2:2)';
  const failure = testFailure(cause, 'testCodeFailure', 'Error [ERR_TEST_FAILURE]: two');
  const list = [1, 'x', null];
  list.push(list);
  Object.assign(failure, {
    num: -0,
    big: 12n,
    yes: true,
    nothing: null,
    missing: undefined,
    sym: Symbol('s'),
    fn: function named() {},
    when: new Date(Date.UTC(2020, 1, 3, 4, 5, 6)),
    quote: 'it\'s',
    multi: 'a\r\nb\n\nc',
    list,
    obj: { inner: { deep: 'v' }, empty: {} },
  });
  assert.strictEqual(await run([{ type: 'test:fail', data: { name: 'y', nesting: 1, testNumber: 2, details: { duration_ms: 0.5, type: 'suite', error: failure }, file: '/f.js', line: 7, column: 9 } }]), text(
    'TAP version 13',
    '    not ok 2 - y',
    '      ---',
    '      duration_ms: 0.5',
    "      type: 'suite'",
    "      location: '/f.js:7:9'",
    "      failureType: 'testCodeFailure'",
    '      num: -0',
    '      big: 12n',
    '      yes: true',
    '      nothing: ~',
    '      sym: Symbol(s)',
    '      fn: [Function: named]',
    '      when: 2020-02-03T04:05:06.000Z',
    '      quote: "it\'s"',
    '      multi: |-',
    '        a',
    '        b',
    '        ',
    '        c',
    '      list:',
    '        0: 1',
    "        1: 'x'",
    '        2: ~',
    '        3: <Circular>',
    '      obj:',
    '        inner:',
    "          deep: 'v'",
    '        empty:',
    '      error: |-',
    '        two',
    '        lines',
    "      code: 'ERR_TEST_FAILURE'",
    '      stack: |-',
    '        f (a.js:1:1)',
    '         extra space',
    '        g (b.js:2:2)',
    '      ...',
  ));
}

async function unwrapping() {
  // User failures (test code, hooks, uncaught errors) show the thrown value; other failure
  // types show the ERR_TEST_FAILURE itself. An assertion-like value (one with expected and
  // actual) adds expected/actual.
  const cause = withStack(new RangeError('inner'), ['h (h.js:1:1)']);
  cause.code = 'E_INNER';
  const assertionLike = { message: 'm', name: 'Custom', expected: [1], actual: undefined, operator: 'op' };
  // expected and actual are walked separately: an object in both is not circular.
  const shared = { k: 1 };
  const fail = (name, error) => ({ type: 'test:fail', data: { name, nesting: 0, testNumber: 1, details: { duration_ms: 2, error } } });
  assert.strictEqual(await run([
    fail('hook', testFailure(cause, 'hookFailed')),
    fail('cancelled', testFailure(cause, 'cancelledByParent', 'Error [ERR_TEST_FAILURE]: inner\n    at c (c.js:3:3)')),
    fail('object', testFailure(assertionLike, 'unhandledRejection', 'Error [ERR_TEST_FAILURE]: m')),
    fail('shared', testFailure({ message: 'same', expected: { a: shared }, actual: { b: shared } }, 'testCodeFailure', 'x')),
    fail('plain', withStack(new TypeError('not wrapped'), [])),
    fail('no details', undefined),
  ]), text(
    'TAP version 13',
    'not ok 1 - hook',
    '  ---',
    '  duration_ms: 2',
    "  failureType: 'hookFailed'",
    "  error: 'inner'",
    "  code: 'E_INNER'",
    "  name: 'RangeError'",
    '  stack: |-',
    '    h (h.js:1:1)',
    '  ...',
    'not ok 1 - cancelled',
    '  ---',
    '  duration_ms: 2',
    "  failureType: 'cancelledByParent'",
    "  error: 'inner'",
    "  code: 'ERR_TEST_FAILURE'",
    '  stack: |-',
    '    c (c.js:3:3)',
    '  ...',
    'not ok 1 - object',
    '  ---',
    '  duration_ms: 2',
    "  failureType: 'unhandledRejection'",
    "  error: 'm'",
    "  code: 'ERR_TEST_FAILURE'",
    "  name: 'Custom'",
    '  expected:',
    '    0: 1',
    "  operator: 'op'",
    '  ...',
    'not ok 1 - shared',
    '  ---',
    '  duration_ms: 2',
    "  failureType: 'testCodeFailure'",
    "  error: 'same'",
    "  code: 'ERR_TEST_FAILURE'",
    '  expected:',
    '    a:',
    '      k: 1',
    '  actual:',
    '    b:',
    '      k: 1',
    '  ...',
    'not ok 1 - plain',
    '  ---',
    '  duration_ms: 2',
    "  error: 'not wrapped'",
    "  name: 'TypeError'",
    '  ...',
    'not ok 1 - no details',
    '  ---',
    '  duration_ms: 2',
    '  ...',
  ));
  assert.strictEqual(await run([{ type: 'test:pass', data: { name: 'bare', nesting: 0, testNumber: 1 } }]),
                     text('TAP version 13', 'ok 1 - bare', '  ---', '  ...'));
}

async function comments() {
  // Output lines are comments at the left edge whatever the nesting; diagnostics and plans
  // are indented four spaces per level.
  assert.strictEqual(await run([
    { type: 'test:stdout', data: { nesting: 2, message: 'one #1\r\n\ntwo\\' } },
    { type: 'test:stderr', data: { message: '' } },
    { type: 'test:diagnostic', data: { nesting: 2, message: 'note #2' } },
    { type: 'test:plan', data: { nesting: 1, count: 3 } },
    { type: 'test:enqueue', data: { nesting: 0, name: 'ignored' } },
    { type: 'test:watch:drained', data: {} },
  ]), text('TAP version 13', '# one \\#1', '# two\\\\', '        # note \\#2', '    1..3'));
}

async function coverage() {
  Object.defineProperty(process.stdout, 'columns', { __proto__: null, value: undefined, configurable: true, writable: true });
  const file = (path, percents, lines) => ({
    path,
    coveredLinePercent: percents[0],
    coveredBranchPercent: percents[1],
    coveredFunctionPercent: percents[2],
    lines: lines.map(([line, count]) => ({ line, count })),
  });
  const summary = {
    workingDirectory: '/w',
    totals: { coveredLinePercent: 80, coveredBranchPercent: 62.5, coveredFunctionPercent: 100 / 3 },
    files: [
      file('/w/lib/a.js', [100, 100, 100], [[1, 1], [2, 3]]),
      file('/w/lib/long-file-name.js', [60, 25, 0], [[1, 0], [2, 0], [3, 0], [5, 1], [6, 0], [8, 0], [9, 0]]),
    ],
  };
  assert.strictEqual(await run([{ type: 'test:coverage', data: { nesting: 1, summary } }]), text(
    'TAP version 13',
    '    # start of coverage report',
    '    # ----------------------------------------------------------------------',
    '    # file                  | line % | branch % | funcs % | uncovered lines',
    '    # ----------------------------------------------------------------------',
    '    # lib/a.js              | 100.00 |   100.00 |  100.00 | ',
    '    # lib/long-file-name.js |  60.00 |    25.00 |    0.00 | 1-3 6 8-9',
    '    # ----------------------------------------------------------------------',
    '    # all files             |  80.00 |    62.50 |   33.33 |',
    '    # ----------------------------------------------------------------------',
    '    # end of coverage report',
  ));
}

async function main() {
  process.stdout.write(await run(events()));
  await names();
  await yamlValues();
  await unwrapping();
  await comments();
  await coverage();
}

main().catch((err) => {
  process.exitCode = 1;
  throw err;
});
