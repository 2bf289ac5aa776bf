'use strict';
// The TAP reporter of node:test (`--test-reporter=tap`, `reporters.tap`): an async generator
// turning the test event stream into TAP version 13 text, with a YAML block of details
// (duration, location and the error) after every test line.

const { inspectWithNoCustomRetry } = require('internal/errors');
const { types: { isNativeError, isDate } } = require('util');
const { getCoverageReport, kUnwrapErrors } = require('internal/test_runner/reporter/utils');

const kYamlInspectOptions = { __proto__: null, colors: false, breakLength: Infinity };
const kLineBreak = /\n|\r\n/;
const kFrameStart = /^ {4}at /;

const indents = [];
function indent(nesting) {
  return (indents[nesting] ??= '    '.repeat(nesting));
}

// TAP gives '#' and '\' a meaning in names and comments; control characters are spelled
// out. The backslashes of those spellings are then doubled like any other, as Node does.
const kControlEscapes = [['\b', '\\b'], ['\f', '\\f'], ['\t', '\\t'], ['\n', '\\n'], ['\r', '\\r'], ['\v', '\\v']];
// Like Node, a number or object is turned into a string first; null and undefined throw.
const replaceAll = (text, search, replacement) => String.prototype.replaceAll.call(text, search, replacement);
function tapEscape(text) {
  let result = text;
  for (const [char, spelled] of kControlEscapes) result = replaceAll(result, char, spelled);
  return result.replaceAll('\\', '\\\\').replaceAll('#', '\\#');
}

async function* tapReporter(source) {
  yield 'TAP version 13\n';
  for await (const { type, data } of source) {
    switch (type) {
      case 'test:fail': {
        const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
        yield testLine(data, 'not ok');
        yield detailsBlock(data.nesting, data.details, location);
        break;
      }
      case 'test:pass':
        yield testLine(data, 'ok');
        yield detailsBlock(data.nesting, data.details, null);
        break;
      case 'test:plan':
        yield `${indent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        yield `${indent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:stderr':
      case 'test:stdout':
        for (const line of String(data.message).split(kLineBreak)) {
          if (line.length !== 0) yield `# ${tapEscape(line)}\n`;
        }
        break;
      case 'test:diagnostic':
        yield `${indent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
      case 'test:coverage':
        yield getCoverageReport(indent(data.nesting), data.summary, '# ', '', true);
        break;
    }
  }
}

// "ok 3 - name # SKIP reason"
function testLine({ nesting, testNumber, name, skip, todo }, status) {
  let line = `${indent(nesting)}${status} ${testNumber}`;
  if (name) line += ` ${tapEscape(`- ${name}`)}`;
  if (skip !== undefined) {
    line += ` # SKIP${typeof skip === 'string' && skip.length ? ` ${tapEscape(skip)}` : ''}`;
  } else if (todo !== undefined) {
    line += ` # TODO${typeof todo === 'string' && todo.length ? ` ${tapEscape(todo)}` : ''}`;
  }
  return `${line}\n`;
}

function detailsBlock(nesting, details = {}, location) {
  const pad = indent(nesting);
  let block = `${pad}  ---\n`;
  block += toYaml(pad, 'duration_ms', details.duration_ms);
  block += toYaml(pad, 'type', details.type);
  if (location) block += toYaml(pad, 'location', location);
  block += toYaml(pad, null, details.error, new Set());
  return `${block}${pad}  ...\n`;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isAssertionLike(value) {
  return value && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

// `name: value` lines for YAML, two spaces in from `pad`. Objects list their own enumerable
// properties below the name (or at `pad` when there is no name); errors add the lines of
// errorYaml. `seen` holds the objects on the way down, printed again as <Circular>.
function toYaml(pad, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${pad}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    const lines = typeof value === 'string' ? value.split(kLineBreak) : null;
    if (lines === null || lines.length === 1) {
      return `${prefix} ${inspectWithNoCustomRetry(value, kYamlInspectOptions)}\n`;
    }
    return `${prefix} |-\n${lines.map((line) => `${pad}    ${line}\n`).join('')}`;
  }

  seen.add(value);
  const error = isError(value);
  let propsPad = pad;
  let result = '';
  if (name != null) {
    result += isDate(value) ? `${prefix} ${Date.prototype.toISOString.call(value)}\n` : `${prefix}\n`;
    propsPad += '  ';
  }
  for (const [key, prop] of Object.entries(value)) {
    if (error && (key === 'cause' || key === 'code')) continue;
    if (seen.has(prop)) {
      result += `${propsPad}  ${key}: <Circular>\n`;
    } else {
      result += toYaml(propsPad, key, prop, seen);
    }
  }
  if (error) result += errorYaml(pad, value, seen);
  return result;
}

// error / code / name / expected / actual / operator / stack of an error. For a failure in
// user code the ERR_TEST_FAILURE wrapper is looked through to the value the user threw.
function errorYaml(pad, err, seen) {
  const { cause } = err;
  let message = err.message ?? '<unknown error>';
  let { code, name, stack, expected, actual, operator } = err;
  let assertion = isAssertionLike(err);
  if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(err.failureType)) {
    stack = cause?.stack ?? stack;
    code = cause?.code ?? code;
    name = cause?.name ?? name;
    message = cause?.message ?? message;
    if (isAssertionLike(cause)) {
      expected = cause.expected;
      actual = cause.actual;
      operator = cause.operator ?? operator;
      assertion = true;
    }
  }

  let result = toYaml(pad, 'error', message, seen);
  if (code) result += toYaml(pad, 'code', code, seen);
  if (name && name !== 'Error') result += toYaml(pad, 'name', name, seen);
  if (assertion) {
    // expected and actual each find their own circular references.
    result += toYaml(pad, 'expected', expected, new Set(seen));
    result += toYaml(pad, 'actual', actual, new Set(seen));
    if (operator) result += toYaml(pad, 'operator', operator, seen);
  }
  if (typeof stack === 'string') {
    const frames = [];
    for (const line of stack.split(kLineBreak)) {
      const frame = line.replace(kFrameStart, '');
      if (frame.length > 0 && frame.length !== line.length) frames.push(frame);
    }
    if (frames.length > 0) {
      result += `${pad}  stack: |-\n${frames.map((frame) => `${pad}    ${frame}\n`).join('')}`;
    }
  }
  return result;
}

module.exports = tapReporter;
