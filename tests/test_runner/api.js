'use strict';
// node:test's API surface: argument validation, run() over files, a custom reporter module
// and the module's shape.
const assert = require('assert');
const path = require('path');
const test = require('node:test');
const { spawnSync } = require('child_process');

assert.strictEqual(test.it, test);
assert.strictEqual(test.test, test);
assert.strictEqual(test.suite, test.describe);
assert.deepStrictEqual(Object.keys(test), ['skip', 'todo', 'only', 'after', 'afterEach', 'before',
  'beforeEach', 'describe', 'it', 'run', 'suite', 'test', 'mock']);
for (const name of ['skip', 'todo', 'only']) {
  assert.strictEqual(typeof test[name], 'function');
  assert.strictEqual(typeof test.describe[name], 'function');
}

// node 20 ignores options that aren't an object and a fn that isn't a function.
assert.strictEqual(typeof test('ignored options', 5).then, 'function');
assert.strictEqual(typeof test('ignored fn', {}, 'nope').then, 'function');
assert.throws(() => test('x', { timeout: -1 }, () => {}), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => test('x', { concurrency: 'a' }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.concurrency" property must be one of type boolean or number. Received type string (\'a\')',
});

const fixtures = path.join(__dirname, 'fixtures');

// A custom reporter given by path.
const r = spawnSync(process.execPath, ['--test-reporter=./reporter.mjs', 'only.js'], {
  cwd: fixtures, encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined },
});
assert.strictEqual(r.stdout, [
  'test:pass plain 0 #1',
  'test:pass sub runs 1 #1',
  'test:pass sub skipped 1 #2',
  'test:pass sub only 1 #3',
  'plan 3 @1',
  'test:pass marked 0 #2',
  'test:pass inside 1 #1',
  'plan 1 @1',
  'test:pass suite only 0 #3',
  'test:pass skipped inside 1 #1',
  'test:pass only inside 1 #2',
  'plan 2 @1',
  'test:pass suite plain 0 #4',
  'test:pass pattern alpha 0 #5',
  'test:pass pattern beta 0 #6',
  'plan 6 @0',
  '',
].join('\n'));
assert.strictEqual(r.status, 0);

// run(): the files' events as a stream.
let ran = false;
(async () => {
  const seen = [];
  for await (const { type, data } of test.run({ files: [path.join(fixtures, 'cli', 'test', 'x.test.js')] })) {
    if (type === 'test:pass' || type === 'test:fail') seen.push(`${type} ${data.name}`);
    if (type === 'test:stdout') seen.push(`stdout ${data.message.trim()}`);
  }
  assert.deepStrictEqual(seen, ['stdout from b', 'test:pass a', 'test:pass b']);
  ran = true;
})();
process.on('exit', () => assert.ok(ran, 'run() finished'));
