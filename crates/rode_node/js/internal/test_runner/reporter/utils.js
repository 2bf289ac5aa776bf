'use strict';
// Helpers shared by the built-in node:test reporters: the colour codes (decided the way
// Node's reporters decide them), the spec/dot symbols and indentation, the one-line test
// report with its error block, and the code-coverage table that tap and spec print.

const { relative } = require('path');
const { inspectWithNoCustomRetry } = require('internal/errors');
const { shouldColorize } = require('internal/tty');

// Failure types (the `failureType` of an ERR_TEST_FAILURE).
const kSubtestsFailed = 'subtestsFailed';
// Failures whose `cause` is the user's own thrown value: reporters show that value.
const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException', 'unhandledRejection']);

// --- colours ----------------------------------------------------------------------------
// The reporters colour their symbols only when stderr is a terminal that takes colours
// (FORCE_COLOR decides on its own when set). `refresh` re-reads that; spec calls it on
// construction, the other reporters use what was decided when this module loaded.

const kColorCodes = {
  __proto__: null,
  blue: '\u001b[34m',
  green: '\u001b[32m',
  white: '\u001b[39m',
  yellow: '\u001b[33m',
  red: '\u001b[31m',
  gray: '\u001b[90m',
  clear: '\u001bc',
  reset: '\u001b[0m',
};

const colors = {
  blue: '',
  green: '',
  white: '',
  yellow: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  shouldColorize,
  refresh() {
    // A stderr that is not a terminal leaves the current choice alone.
    if (!process.stderr.isTTY) return;
    const on = shouldColorize(process.stderr);
    for (const name in kColorCodes) colors[name] = on ? kColorCodes[name] : '';
    colors.hasColors = on;
  },
};
colors.refresh();

// Errors are inspected with colours when stdout takes them (decided once, at load).
const errorInspectOptions = { __proto__: null, colors: shouldColorize(process.stdout), breakLength: Infinity };

// --- symbols and layout -----------------------------------------------------------------

const symbols = {
  __proto__: null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:coverage': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

// Read on use: the colours may change when `refresh` runs.
const colorOf = {
  __proto__: null,
  get 'test:fail'() { return colors.red; },
  get 'test:pass'() { return colors.green; },
  get 'test:diagnostic'() { return colors.blue; },
};

const indents = [];
function indent(nesting) {
  return (indents[nesting] ??= '  '.repeat(nesting));
}

// The failure shown under a test: the user's value for an ERR_TEST_FAILURE, inspected and
// indented two spaces deeper than the test line. Empty when there is no error.
function formatError(error, pad) {
  if (!error) return '';
  const shown = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const text = inspectWithNoCustomRetry(shown, errorInspectOptions);
  return `\n${pad}  ${text.split(/\r?\n/).join(`\n${pad}  `)}\n`;
}

// "✔ name (1.2ms) # SKIP" plus the error block. A test with subtests (`hasChildren`) shows
// its error after a blank line, and not at all when it only failed through its subtests.
function formatTestReport(type, data, prefix = '', pad = '', hasChildren = false) {
  const { skip, todo } = data;
  const duration = data.details?.duration_ms;
  let title = data.name;
  if (duration) title += ` ${colors.gray}(${duration}ms)${colors.white}`;
  if (skip !== undefined) {
    title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
  } else if (todo !== undefined) {
    title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
  }

  let color = colorOf[type] ?? colors.white;
  let symbol = symbols[type] ?? ' ';
  if (skip !== undefined) {
    color = colors.gray;
    symbol = symbols['hyphen:minus'];
  }

  let error = formatError(data.details?.error, pad);
  if (hasChildren) {
    error = !error || data.details?.error?.failureType === kSubtestsFailed ? '' : `\n${error}`;
  }
  return `${prefix}${pad}${color}${symbol}${title}${colors.white}${error}`;
}

// --- coverage table ---------------------------------------------------------------------

const kCoverageColumns = [
  ['line %', 'coveredLinePercent'],
  ['branch %', 'coveredBranchPercent'],
  ['funcs %', 'coveredFunctionPercent'],
];
const kSeparator = ' | ';
const kEllipsis = '\u2026';

function cutStart(text, width) {
  return text.length > width ? kEllipsis + text.slice(text.length - width + 1) : text;
}

function cutEnd(text, width) {
  return text.length > width ? text.slice(0, width - 1) + kEllipsis : text;
}

function uncoveredLines(file) {
  const lines = [];
  for (const { line, count } of file.lines) if (count === 0) lines.push(line);
  return lines;
}

// "1-3 7 9-10" in the table, "1, 2, 3, 7" otherwise.
function formatUncovered(lines, table) {
  if (!table) return lines.join(', ');
  const ranges = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && lines[i] - lines[i - 1] === 1) ranges[ranges.length - 1][1] = lines[i];
    else ranges.push([lines[i]]);
  }
  return ranges.map((range) => range.join('-')).join(' ');
}

// The coverage summary of a `test:coverage` event as text, each line starting with
// pad + symbol. `color` (when not empty) colours the table and each figure by how high it is.
function getCoverageReport(pad, summary, symbol, color, table) {
  const prefix = `${pad}${symbol}`;
  const relPath = (file) => relative(summary.workingDirectory, file.path);
  const figureColors = { high: colors.green, medium: colors.yellow, low: colors.red };

  let fileWidth;
  let columnWidths = kCoverageColumns.map(() => 0);
  let uncoveredWidth;
  let ruleWidth;
  if (table) {
    fileWidth = Math.max('file'.length, ...summary.files.map((file) => relPath(file).length));
    columnWidths = kCoverageColumns.map(([title]) => Math.max(title.length, 6));
    const columnsWidth = columnWidths.reduce((sum, width) => sum + width + 3, 0);
    uncoveredWidth = Math.max('uncovered lines'.length,
                              ...summary.files.map((file) => formatUncovered(uncoveredLines(file), true).length));
    ruleWidth = fileWidth + 2 + columnsWidth + uncoveredWidth + 2;

    const available = (process.stdout.columns || Infinity) - prefix.length;
    const excess = ruleWidth - available;
    if (excess > 0) {
      fileWidth = Math.max(fileWidth - Math.floor(excess * 0.2), Math.min(8, fileWidth));
      uncoveredWidth = Math.max(available - columnsWidth - (fileWidth + 2) - 2, 1);
      ruleWidth = available;
    } else {
      uncoveredWidth = Infinity;
    }
  }

  const cell = (text, width, padding, cut, coverage) => {
    if (!table) return text;
    let result = text;
    if (padding === 'end') result = result.padEnd(width);
    else if (padding === 'start') result = result.padStart(width);
    if (cut) result = cut(result, width);
    if (color && coverage !== undefined) {
      const level = coverage > 90 ? 'high' : coverage > 50 ? 'medium' : 'low';
      return `${figureColors[level]}${result}${color}`;
    }
    return result;
  };
  const rule = table ? `${prefix}${'-'.repeat(ruleWidth)}\n` : '';
  const figures = (values) =>
    values.map((value, i) => cell(value.toFixed(2), columnWidths[i], 'start', undefined, value)).join(kSeparator);

  let report = `${color}${prefix}start of coverage report\n${rule}`;
  report += `${prefix}${cell('file', fileWidth, 'end', cutEnd)}${kSeparator}` +
    `${kCoverageColumns.map(([title], i) => cell(title, columnWidths[i], 'start')).join(kSeparator)}${kSeparator}` +
    `${cell('uncovered lines', uncoveredWidth, undefined, cutEnd)}\n${rule}`;
  for (const file of summary.files) {
    const values = kCoverageColumns.map(([, key]) => file[key]);
    const average = values.reduce((sum, value) => sum + value, 0) / values.length;
    report += `${prefix}${cell(relPath(file), fileWidth, 'end', cutStart, average)}${kSeparator}` +
      `${figures(values)}${kSeparator}` +
      `${cell(formatUncovered(uncoveredLines(file), table), uncoveredWidth, undefined, cutEnd)}\n`;
  }
  report += `${rule}${prefix}${cell('all files', fileWidth, 'end', cutEnd)}${kSeparator}` +
    `${figures(kCoverageColumns.map(([, key]) => summary.totals[key]))} |\n${rule}`;
  report += `${prefix}end of coverage report\n`;
  if (color) report += colors.white;
  return report;
}

module.exports = {
  colors,
  colorOf,
  formatTestReport,
  getCoverageReport,
  indent,
  kSubtestsFailed,
  kUnwrapErrors,
  symbols,
};
