'use strict';
// AssertionError and the messages Node 20 builds for it, including the line diff
// ("+ actual - expected") of deepStrictEqual/strictEqual.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');

const READABLE = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short primitives are shown as `a !== b` instead of a diff.
const SHORT_LENGTH = 12;

// Colours of the diff markers: only when stderr is a colour terminal. Like Node,
// they are re-read for each generated message and keep their last value when
// stderr is not a TTY.
const colors = { blue: '', green: '', white: '', red: '' };

function refreshColors() {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  if (!stderr || !stderr.isTTY) return;
  const on = typeof stderr.getColorDepth === 'function' ? stderr.getColorDepth() > 2 : true;
  colors.blue = on ? '\u001b[34m' : '';
  colors.green = on ? '\u001b[32m' : '';
  colors.white = on ? '\u001b[39m' : '';
  colors.red = on ? '\u001b[31m' : '';
}

function stripColors(str) {
  // Removes ESC [ n m / ESC [ nn m sequences.
  let out = '';
  let i = 0;
  let from = 0;
  while ((i = str.indexOf('\u001b[', i)) !== -1) {
    let j = i + 2;
    let digits = 0;
    while (digits < 2 && j < str.length && str.charCodeAt(j) >= 48 && str.charCodeAt(j) <= 57) {
      j++;
      digits++;
    }
    if (digits > 0 && str.charCodeAt(j) === 109 /* m */) {
      out += str.slice(from, i);
      from = i = j + 1;
    } else {
      i += 2;
    }
  }
  return from === 0 ? str : out + str.slice(from);
}

function stackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// A copy of an error that does not drag its stack into the message.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function inspectValue(value) {
  // Fixed options: the message must not depend on inspect.defaultOptions.
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Keeps the first 46 lines of a long inspection and marks the cut.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines.length = 47;
    lines[46] = `${colors.blue}...${colors.white}`;
  }
  return lines;
}

// Prints up to three of the identical lines that preceded line i (lines i-k),
// collapsing longer runs into '...'. Returns [text, printed lines, skipped].
function contextBefore(lines, i, identical) {
  let text = '';
  let printed = 0;
  let skipped = false;
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          text += `\n  ${lines[i - 3]}`;
          printed++;
        } else {
          text += `\n${colors.blue}...${colors.white}`;
          skipped = true;
        }
      }
      text += `\n  ${lines[i - 2]}`;
      printed++;
    }
    text += `\n  ${lines[i - 1]}`;
    printed++;
  }
  return [text, printed, skipped];
}

function diffMessage(actual, expected, operator, message = '') {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  // Objects (or functions) that are not the same reference.
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = message || READABLE[operator];

  // `pos` first counts the shared prefix of two one-line values; when that is
  // short it is reused, as in Node, as the count of shared trailing lines.
  let pos = 0;
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const useColors = inspect.defaultOptions && inspect.defaultOptions.colors;
    const a = useColors ? stripColors(actualLines[0]) : actualLines[0];
    const e = useColors ? stripColors(expectedLines[0]) : expectedLines[0];
    const total = a.length + e.length;
    if (total <= SHORT_LENGTH) {
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = process.stderr;
      const columns = stderr && stderr.isTTY ? stderr.columns : 80;
      if (total < columns) {
        while (a[pos] === e[pos]) pos++;
        if (pos > 2) {
          // A caret under the first differing character.
          indicator = `\n  ${' '.repeat(pos)}^`;
          pos = 0;
        }
      }
    }
  }

  // Drop the identical lines at the end; keep three of them for context.
  let tail = '';
  let tailTop = '';
  let last = actualLines[actualLines.length - 1];
  while (last === expectedLines[expectedLines.length - 1]) {
    if (pos++ < 3) tail = `\n  ${last}${tail}`;
    else tailTop = last;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    last = actualLines[actualLines.length - 1];
  }

  const lineCount = Math.max(actualLines.length, expectedLines.length);
  if (lineCount === 0) {
    // Same structure, different references (e.g. { a: Symbol() } twice).
    const lines = truncateLines(actualText.split('\n'));
    return `${READABLE.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (pos >= 5) {
    tail = `\n${colors.blue}...${colors.white}${tail}`;
    skipped = true;
  }
  if (tailTop !== '') tail = `\n  ${tailTop}${tail}`;

  const head = `${header}\n${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  const skippedNote = ` ${colors.blue}...${colors.white} Lines skipped`;

  // The longer side's extra lines are printed as + (actual) or - (expected).
  const actualLonger = actualLines.length >= lineCount;
  const longer = actualLonger ? actualLines : expectedLines;
  const sign = actualLonger ? `${colors.green}+${colors.white}` : `${colors.red}-${colors.white}`;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;

  let out = '';
  let pendingMinus = '';  // expected lines held back so a block reads +++ then ---
  let printed = 0;
  let identical = 0;
  for (let i = 0; i < lineCount; i++) {
    if (i >= shorterLength) {
      const [ctx, n, skip] = contextBefore(longer, i, identical);
      out += ctx;
      printed += n;
      if (skip) skipped = true;
      identical = 0;
      if (actualLonger) out += `\n${sign} ${longer[i]}`;
      else pendingMinus += `\n${sign} ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as identical.
      let differ = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differ && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differ = false;
        actualLine += ',';
      }
      if (differ) {
        const [ctx, n, skip] = contextBefore(actualLines, i, identical);
        out += ctx;
        printed += n;
        if (skip) skipped = true;
        identical = 0;
        out += `\n${colors.green}+${colors.white} ${actualLine}`;
        pendingMinus += `\n${colors.red}-${colors.white} ${expectedLine}`;
        printed += 2;
      } else {
        out += pendingMinus;
        pendingMinus = '';
        identical++;
        if (identical <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    // Keep the message to about 50 lines.
    if (printed > 50 && i < lineCount - 2) {
      return `${head}${skippedNote}\n${out}\n${colors.blue}...${colors.white}${pendingMinus}\n` +
        `${colors.blue}...${colors.white}`;
    }
  }

  return `${head}${skipped ? skippedNote : ''}\n${out}${pendingMinus}${tail}${indicator}`;
}

// Message for notStrictEqual / notDeepStrictEqual: only "actual" is shown.
function unequalMessage(actual, operator) {
  let base = READABLE[operator];
  if (operator === 'notStrictEqual' &&
      (isObjectLike(actual) || typeof actual === 'function')) {
    base = READABLE.notStrictEqualObject;
  }
  const lines = truncateLines(inspectValue(actual).split('\n'));
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

function cut(str, max) {
  return str.length > max ? `${str.slice(0, max - 3)}...` : str;
}

// Message for the other operators (deepEqual, notDeepEqual, ==, fail, ...).
function otherMessage(actual, expected, operator) {
  let a = inspectValue(actual);
  let e = inspectValue(expected);
  const readable = READABLE[operator];
  if (operator === 'notDeepEqual' && a === e) {
    return cut(`${readable}\n\n${a}`, 1024);
  }
  a = cut(a, 512);
  e = cut(e, 512);
  if (operator === 'deepEqual') {
    return `${readable}\n\n${a}\n\nshould loosely deep-equal\n\n${e}`;
  }
  const unequal = READABLE[`${operator}Unequal`];
  if (unequal) {
    return `${unequal}\n\n${a}\n\nshould not loosely deep-equal\n\n${e}`;
  }
  return `${a} ${operator} ${e}`;
}

// Shortens a string property for the error's inspection.
function ellipsis(str) {
  const lines = str.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (str.length > 512) return `${str.slice(512)}...`;
  return str;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    const writable = stackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (writable) Error.stackTraceLimit = 0;

    refreshColors();
    let text;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        text = diffMessage(actual, expected, operator, message);
      } else {
        text = String(message);
      }
    } else {
      // Two errors are compared without their stacks.
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        text = diffMessage(actual, expected, operator);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = unequalMessage(actual, operator);
      } else {
        text = otherMessage(actual, expected, operator);
      }
    }
    super(text);

    if (writable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    // The stack's first line is built now, with the code in the name.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = ellipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = ellipsis(this.expected);
    // actual/expected at depth 0: the message already shows them.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = AssertionError;
