'use strict';
// The spec reporter of node:test (`--test-reporter=spec`, `reporters.spec`): a Transform
// taking test events (object mode) and giving human-readable text — ✔/✖ lines indented by
// nesting, "▶ name" headers for tests with subtests, and a list of the failing tests at
// the end.

const assert = require('assert');
const { Transform } = require('stream');
const { relative } = require('path');
const {
  colors,
  colorOf,
  formatTestReport,
  getCoverageReport,
  indent,
  kSubtestsFailed,
  symbols,
} = require('internal/test_runner/reporter/utils');

class SpecReporter extends Transform {
  // `test:start` events not yet matched by their result, newest first.
  #started = [];
  // Tests whose "▶ name" header was printed and whose result is still to come, newest first.
  #headed = [];
  #failed = [];
  #cwd = process.cwd();

  constructor() {
    super({ __proto__: null, writableObjectMode: true });
    colors.refresh();
  }

  _transform({ type, data }, encoding, callback) {
    callback(null, this.#render(type, data));
  }

  _flush(callback) {
    callback(null, this.#failingTests());
  }

  #render(type, data) {
    switch (type) {
      case 'test:fail':
        if (data.details?.error?.failureType !== kSubtestsFailed) this.#failed.push(data);
        return this.#result(type, data);
      case 'test:pass':
        return this.#result(type, data);
      case 'test:start':
        this.#started.unshift({ __proto__: null, type, data });
        return undefined;
      case 'test:stderr':
      case 'test:stdout':
        return data.message;
      case 'test:diagnostic':
        return `${colorOf[type]}${indent(data.nesting)}${symbols[type]}${data.message}${colors.white}\n`;
      case 'test:coverage':
        return getCoverageReport(indent(data.nesting), data.summary, symbols['test:coverage'], colors.blue, true);
    }
    return undefined;
  }

  // The line of a finished test. Tests that started before it and are still running are
  // its ancestors: each gets a "▶ name" header first, outermost first.
  #result(type, data) {
    const own = this.#started.shift();
    if (own) {
      assert(own.type === 'test:start');
      assert(own.data.nesting === data.nesting);
      assert(own.data.name === data.name);
    }
    let headers = '';
    while (this.#started.length > 0) {
      const parent = this.#started.pop();
      assert(parent.type === 'test:start');
      this.#headed.unshift(parent.data);
      headers += `${indent(parent.data.nesting)}${symbols['arrow:right']}${parent.data.name}\n`;
    }
    const header = this.#headed[0];
    const hasChildren = header !== undefined && header.nesting === data.nesting && header.name === data.name;
    if (hasChildren) this.#headed.shift();
    return `${formatTestReport(type, data, headers, indent(data.nesting), hasChildren)}\n`;
  }

  #failingTests() {
    if (this.#failed.length === 0) return '';
    const parts = [`\n${colorOf['test:fail']}${symbols['test:fail']}failing tests:${colors.white}\n`];
    for (const test of this.#failed) {
      if (test.file) parts.push(`test at ${relative(this.#cwd, test.file)}:${test.line}:${test.column}`);
      parts.push(formatTestReport('test:fail', test));
    }
    return parts.join('\n');
  }
}

module.exports = SpecReporter;
