'use strict';
// node:test's reports, compared with Node's: each fixture runs in a child process with a
// given reporter and options; the output, without durations and stack frames (see
// _run-fixture.js), must equal the file recorded from node 20 beside it.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { run } = require('./_run-fixture.js');

const fixtures = path.join(__dirname, 'fixtures');
const strip = (text) => text.split(fixtures).join('<fixtures>');
// spec prints stack frames as `    at …` lines; the engines' frames differ.
const noFrames = (text) => text.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');

const cases = [
  { expected: 'basic.tap', args: ['--test-reporter=tap', 'basic.js'], status: 1 },
  { expected: 'basic.spec', args: ['--test-reporter=spec', 'basic.js'], status: 1, filter: noFrames },
  { expected: 'hooks.tap', args: ['--test-reporter=tap', 'hooks.js'], status: 0, stderr: 'hooks.log' },
  { expected: 'async-errors.tap', args: ['--test-reporter=tap', 'async-errors.js'], status: 1 },
  { expected: 'only.tap', args: ['--test-only', '--test-reporter=tap', 'only.js'], status: 0 },
  {
    expected: 'pattern.tap',
    args: ['--test-name-pattern=alpha', '--test-name-pattern=/MARK/i', '--test-reporter=tap', 'only.js'],
    status: 0,
  },
  { expected: 'cli.tap', args: ['--test', '--test-reporter=tap'], cwd: 'cli', status: 1 },
  { expected: 'cli-bad.tap', args: ['--test', '--test-reporter=tap'], cwd: 'cli-bad', status: 1 },
];

let checked = 0;
for (const c of cases) {
  const r = run(c.args, { cwd: c.cwd && path.join(fixtures, c.cwd) });
  const got = (c.filter ?? ((s) => s))(strip(r.stdout));
  if (process.env.RECORD_EXPECTED) fs.writeFileSync(path.join(fixtures, c.expected), got);
  assert.strictEqual(got, fs.readFileSync(path.join(fixtures, c.expected), 'utf8'), c.expected);
  assert.strictEqual(r.status, c.status, `${c.expected}: exit status`);
  if (c.stderr) {
    if (process.env.RECORD_EXPECTED) fs.writeFileSync(path.join(fixtures, c.stderr), r.stderr);
    assert.strictEqual(r.stderr, fs.readFileSync(path.join(fixtures, c.stderr), 'utf8'), c.stderr);
  }
  checked++;
}
process.on('exit', () => assert.strictEqual(checked, cases.length));
