'use strict';
// The dot reporter of node:test (`--test-reporter=dot`, `reporters.dot`): an async generator
// printing "." per passing and "X" per failing test, wrapped at the terminal's width, then
// the failed tests in the spec reporter's format.

const { colors, formatTestReport } = require('internal/test_runner/reporter/utils');

// At least 20 columns; 20 when stdout is not a terminal.
function lineLength() {
  return Math.max(process.stdout.columns ?? 20, 20);
}

module.exports = async function* dot(source) {
  const failed = [];
  let columns = lineLength();
  let count = 0;
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (type === 'test:pass') {
      yield `${colors.green}.${colors.reset}`;
    } else {
      yield `${colors.red}X${colors.reset}`;
      failed.push(data);
    }
    if (++count === columns) {
      yield '\n';
      columns = lineLength(); // the terminal may have been resized
      count = 0;
    }
  }
  yield '\n';
  if (failed.length > 0) {
    yield `\n${colors.red}Failed tests:${colors.white}\n\n`;
    for (const test of failed) yield formatTestReport('test:fail', test);
  }
};
