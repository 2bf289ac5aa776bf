// mocha (installed from npm, pinned by package-lock.json), run through its bin with the
// same runtime as this test (process.execPath): passing, async, callback, failing and
// skipped specs, the JSON reporter's counts, and the exit code equal to the failures.
'use strict';
const assert = require('assert');
const { execFile } = require('child_process');
const path = require('path');

const bin = path.join(__dirname, 'node_modules', 'mocha', 'bin', 'mocha.js');
const spec = path.join(__dirname, 'fixtures', 'mocha', 'math.spec.js');

execFile(process.execPath, [bin, '--reporter', 'json', spec], { cwd: __dirname },
  (err, stdout, stderr) => {
    assert.ok(err, 'one spec fails');
    assert.strictEqual(err.code, 1);
    const report = JSON.parse(stdout);
    assert.strictEqual(report.stats.suites, 1);
    assert.strictEqual(report.stats.tests, 5);
    assert.strictEqual(report.stats.passes, 3);
    assert.strictEqual(report.stats.failures, 1);
    assert.strictEqual(report.stats.pending, 1);
    assert.deepStrictEqual(report.passes.map((t) => t.title),
      ['adds', 'waits for a promise', 'takes a done callback']);
    assert.strictEqual(report.failures[0].title, 'fails on purpose');
    assert.strictEqual(report.failures[0].err.code, 'ERR_ASSERTION');
    assert.match(report.failures[0].err.message, /Expected values to be strictly deep-equal/);
    console.log('ok');
  });
