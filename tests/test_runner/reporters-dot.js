'use strict';
// node:test/reporters `dot`: one character per test result, lines wrapped at the terminal
// width (never under 20), then the failed tests as spec shows them. The fixture stream's
// output is compared with reporters-dot.out.

const { events, noColors, report, testFailure, withStack } = require('./_reporters-events');

noColors();
const assert = require('assert');
const { dot } = require('node:test/reporters');

function setColumns(columns) {
  Object.defineProperty(process.stdout, 'columns', { __proto__: null, value: columns, configurable: true, writable: true });
}

const result = (type, name, error) => ({ type, data: { name, nesting: 1, testNumber: 1, details: { duration_ms: 1, error } } });

async function main() {
  setColumns(undefined);
  // The whole fixture stream, compared with reporters-dot.out. Only results count: starts,
  // plans, diagnostics and output are left out.
  process.stdout.write(await report(dot, events()));

  // 25 results wrap after 20 columns (the least, also when stdout reports fewer); the width
  // is read again after each line.
  setColumns(5);
  const many = [];
  for (let i = 0; i < 25; i++) many.push(result(i % 10 === 9 ? 'test:fail' : 'test:pass', `t${i}`, i === 9 ? testFailure('s', 'testCodeFailure') : undefined));
  assert.strictEqual(await report(dot, many), [
    '.........X.........X',
    '.....',
    '',
    'Failed tests:',
    '',
    "\u2716 t9 (1ms)\n  's'",
    '\u2716 t19 (1ms)',
  ].join('\n'));

  setColumns(22);
  const wide = [];
  for (let i = 0; i < 22; i++) wide.push(result('test:pass', `w${i}`));
  assert.strictEqual(await report(dot, wide), `${'.'.repeat(22)}\n\n`);

  assert.strictEqual(await report(dot, []), '\n');

  // The failed list uses the error block of spec: the thrown value, indented.
  const err = withStack(new TypeError('boom'), ['f (f.js:1:1)']);
  assert.strictEqual(await report(dot, [result('test:fail', 'only', testFailure(err, 'hookFailed'))]),
                     'X\n\nFailed tests:\n\n\u2716 only (1ms)\n  TypeError: boom\n      at f (f.js:1:1)\n');
}

main().catch((err) => {
  process.exitCode = 1;
  throw err;
});
