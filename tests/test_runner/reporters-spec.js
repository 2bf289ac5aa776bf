'use strict';
// node:test/reporters `spec`: the whole fixture stream is printed and compared with
// reporters-spec.out; the cases below check single features against exact text.

const { events, noColors, report, testFailure, withStack } = require('./_reporters-events');

noColors();
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { Readable } = require('stream');
const { spec } = require('node:test/reporters');

const text = (...lines) => `${lines.join('\n')}\n`;
const run = (list) => report(new spec(), list);
const start = (name, nesting) => ({ type: 'test:start', data: { name, nesting } });
const result = (type, name, nesting, details, extra = {}) => ({ type, data: { name, nesting, testNumber: 1, details, ...extra } });

async function headers() {
  // A test's parents get a "▶" header when its result comes; a parent's own error is
  // shown after a blank line, but not when it only failed through its subtests.
  const own = withStack(new Error('own failure'), ['p (p.js:1:1)']);
  assert.strictEqual(await run([
    start('p', 0),
    start('c1', 1),
    start('c11', 2),
    { type: 'test:stdout', data: { message: 'raw, no newline' } },
    result('test:pass', 'c11', 2, { duration_ms: 1 }),
    { type: 'test:diagnostic', data: { nesting: 2, message: 'note' } },
    result('test:fail', 'c1', 1, { duration_ms: 2, error: testFailure('2 subtests failed', 'subtestsFailed') }),
    start('c2', 1),
    result('test:pass', 'c2', 1, { duration_ms: 0 }, { skip: true }),
    result('test:fail', 'p', 0, { duration_ms: 3, error: testFailure(own, 'testCodeFailure') }),
    start('q', 0),
    start('q1', 1),
    result('test:pass', 'q1', 1, {}, { todo: 'later' }),
    result('test:pass', 'q', 0, { duration_ms: 4, type: 'suite' }, { skip: '' }),
  ]), text(
    'raw, no newline\u25B6 p',
    '  \u25B6 c1',
    '    \u2714 c11 (1ms)',
    '    \u2139 note',
    '  \u2716 c1 (2ms)',
    '  \uFE63 c2 # SKIP',
    '\u2716 p (3ms)',
    '',
    '  Error: own failure',
    '      at p (p.js:1:1)',
    '',
    '\u25B6 q',
    '  \u2714 q1 # later',
    '\uFE63 q (4ms) # SKIP',
    '',
    '\u2716 failing tests:',
    '',
    '\u2716 p (3ms)',
    '  Error: own failure',
    '      at p (p.js:1:1)',
  ));
}

async function errors() {
  // The error block is util.inspect of what the user threw, indented under the test; the
  // summary names the file relative to the working directory when the test has one.
  const typeError = withStack(new TypeError('two\nlines'), ['t (t.js:2:3)']);
  typeError.extra = [1, 'a'];
  const file = path.join(process.cwd(), 'sub', 'x.test.js');
  assert.strictEqual(await run([
    result('test:fail', 'thrown string', 1, { duration_ms: 1.25, error: testFailure('a string', 'testCodeFailure') }),
    result('test:fail', 'type error', 0, { duration_ms: 2.5, error: testFailure(typeError, 'hookFailed') }, { file, line: 4, column: 5 }),
    result('test:fail', 'not wrapped', 0, { duration_ms: 3, error: withStack(new RangeError('plain'), []) }, { todo: true }),
    result('test:fail', 'no error', 0, { duration_ms: 4 }, { file: '/elsewhere/y.js', line: 1, column: 2 }),
  ]), [
    '  \u2716 thrown string (1.25ms)',
    "    'a string'",
    '',
    '\u2716 type error (2.5ms)',
    '  TypeError: two',
    '  lines',
    '      at t (t.js:2:3) {',
    "    extra: [ 1, 'a' ]",
    '  }',
    '',
    '\u2716 not wrapped (3ms) # TODO',
    '  [RangeError: plain]',
    '',
    '\u2716 no error (4ms)',
    '',
    '\u2716 failing tests:',
    '',
    '\u2716 thrown string (1.25ms)',
    "  'a string'",
    '',
    'test at sub/x.test.js:4:5',
    '\u2716 type error (2.5ms)',
    '  TypeError: two',
    '  lines',
    '      at t (t.js:2:3) {',
    "    extra: [ 1, 'a' ]",
    '  }',
    '',
    '\u2716 not wrapped (3ms) # TODO',
    '  [RangeError: plain]',
    '',
    `test at ${path.relative(process.cwd(), '/elsewhere/y.js')}:1:2`,
    '\u2716 no error (4ms)',
  ].join('\n'));
}

async function stream() {
  // A Transform: objects in, text out (as Buffers); nothing at all for an empty run.
  const reporter = spec();
  assert.ok(reporter instanceof require('stream').Transform);
  assert.strictEqual(reporter.writableObjectMode, true);
  assert.strictEqual(reporter.readableObjectMode, false);
  const chunks = await Readable.from([
    result('test:pass', 'a', 0, { duration_ms: 1 }),
    { type: 'test:enqueue', data: { name: 'b', nesting: 0 } },
  ]).compose(reporter).toArray();
  assert.deepStrictEqual(chunks.map((chunk) => Buffer.isBuffer(chunk)), [true]);
  assert.strictEqual(Buffer.concat(chunks).toString(), '\u2714 a (1ms)\n');
  assert.strictEqual(await run([]), '');
}

function colors() {
  // FORCE_COLOR colours the inspected errors; the symbols wait for a colour terminal on stderr.
  const env = { ...process.env, FORCE_COLOR: '1' };
  delete env.NO_COLOR;
  const child = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, '_reporters-spec-color.js')],
                          { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, [
    '\u2716 f (2ms)',
    '  { n: \u001b[33m1\u001b[39m, s: \u001b[32m\'x\'\u001b[39m }',
    '',
    '',
    '\u2716 failing tests:',
    '',
    '\u2716 f (2ms)',
    '  { n: \u001b[33m1\u001b[39m, s: \u001b[32m\'x\'\u001b[39m }',
    '',
  ].join('\n'));
}

async function main() {
  process.stdout.write(await run(events()));
  await headers();
  await errors();
  await stream();
  colors();
}

main().catch((err) => {
  process.exitCode = 1;
  throw err;
});
