'use strict';
// The lcov reporter of node:test (`--test-reporter=lcov`, `reporters.lcov`): a Transform
// turning `test:coverage` events into an LCOV tracefile. rode does not collect code
// coverage, so a run that brings no coverage event ends with ERR_NOT_IMPLEMENTED instead
// of an empty report.

const { relative } = require('path');
const { Transform } = require('stream');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

// One LCOV section (SF … end_of_record) per file of a coverage summary.
function lcovFile(file, workingDirectory) {
  let text = `SF:${relative(workingDirectory, file.path)}\n`;
  let counts = '';
  file.functions.forEach((fn, i) => {
    const name = fn.name || `anonymous_${i}`;
    text += `FN:${fn.line},${name}\n`;
    counts += `FNDA:${fn.count},${name}\n`;
  });
  text += `${counts}FNF:${file.totalFunctionCount}\nFNH:${file.coveredFunctionCount}\n`;
  file.branches.forEach((branch, i) => {
    text += `BRDA:${branch.line},${i},0,${branch.count}\n`;
  });
  text += `BRF:${file.totalBranchCount}\nBRH:${file.coveredBranchCount}\n`;
  for (const { line, count } of [...file.lines].sort((a, b) => a.line - b.line)) {
    text += `DA:${line},${count}\n`;
  }
  return `${text}LH:${file.coveredLineCount}\nLF:${file.totalLineCount}\nend_of_record\n`;
}

class LcovReporter extends Transform {
  #sawCoverage = false;

  constructor(options) {
    super({ ...options, writableObjectMode: true, __proto__: null });
  }

  _transform(event, encoding, callback) {
    if (event.type !== 'test:coverage') return callback(null);
    this.#sawCoverage = true;
    let report;
    try {
      const { summary } = event.data;
      report = 'TN:\n';
      for (const file of summary.files) report += lcovFile(file, summary.workingDirectory);
    } catch (error) {
      return callback(error);
    }
    return callback(null, report);
  }

  _flush(callback) {
    if (this.#sawCoverage) return callback(null);
    return callback(new ERR_NOT_IMPLEMENTED('Code coverage (needed by the lcov reporter)'));
  }
}

module.exports = LcovReporter;
