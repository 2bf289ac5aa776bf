// jest 29 (installed from npm, pinned by package-lock.json), run through its bin with the same
// runtime as this test: jest runs each test file in a node:vm context (jest-environment-node),
// in worker processes when there are several files. The fixture project has passing,
// skipped and failing tests, module mocks, an inline snapshot, fake timers and test.each;
// the JSON report's counts and the exit code (1: one test fails) are checked.
'use strict';
const assert = require('assert');
const { execFile } = require('child_process');
const path = require('path');

const bin = path.join(__dirname, 'node_modules', 'jest', 'bin', 'jest.js');
const root = path.join(__dirname, 'fixtures', 'jest');

execFile(process.execPath, [bin, '--ci', '--json', '--rootDir', root], { cwd: root },
  (err, stdout, stderr) => {
    assert.ok(err, `one test fails\n${stderr}`);
    assert.strictEqual(err.code, 1);
    const report = JSON.parse(stdout);
    assert.strictEqual(report.numTotalTestSuites, 2);
    assert.strictEqual(report.numPassedTests, 10, stderr);
    assert.strictEqual(report.numFailedTests, 1);
    assert.strictEqual(report.numPendingTests, 1);
    const failed = report.testResults.flatMap((r) => r.assertionResults).filter((a) => a.status === 'failed');
    assert.deepStrictEqual(failed.map((a) => a.title), ['fails on purpose']);
    assert.match(failed[0].failureMessages[0], /expect\(received\)\.toEqual\(expected\)/);
    assert.match(stderr, /Tests: {7}1 failed, 1 skipped, 10 passed, 12 total/);
    console.log('jest ok');
  });
