'use strict';
// Uncaught exceptions: 'uncaughtExceptionMonitor' / 'uncaughtException' listeners, or Node's
// fatal report on stderr (source line and caret, the error, "Node.js vX") and exit code 1.

const { writeSync } = internalBinding('process');

// Parses the first "file:line:col" frame of a stack.
function firstLocation(stack) {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  for (const line of lines) {
    const m = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (m) return { file: m[1], line: +m[2], column: +m[3] };
  }
  return undefined;
}

// Code that has no file (-e, stdin), by the name its stack frames show, for the fatal
// report's source line.
const evalSources = new Map();
function setEvalSource(name, code) {
  evalSources.set(name, code);
}

function sourceLine(file, lineNo) {
  const code = evalSources.get(file);
  if (code !== undefined) return code.split(/\r?\n/)[lineNo - 1];
  if (file.startsWith('node:') || file.startsWith('[') || file === '<anonymous>') return undefined;
  try {
    let p = file;
    if (p.startsWith('file://')) p = internalBinding('modules').fileURLToPath(p);
    const text = internalBinding('fs').readFileUtf8(p);
    const lines = text.split(/\r?\n/);
    return lines[lineNo - 1];
  } catch {
    return undefined;
  }
}

// Where the caret goes on `line` for an error QuickJS placed at (0-based) `col`: QuickJS
// reports where the error was made, V8 the `throw` statement, so a `throw` earlier in the
// same statement (no `;` between) takes the caret.
function throwColumn(line, col) {
  const before = line.slice(0, Math.max(col, 0));
  const t = before.lastIndexOf('throw ');
  if (t !== -1 && !before.slice(t).includes(';')) return t;
  return Math.max(col, 0);
}

// The "file:line\nsource\n   ^\n\n" lines for the first frame of `stack`, with the source
// line from `lineOf(file, line)`; '' when there is none. With `width`, that many carets and
// no blank line after (Node's link errors). The caret goes under the `throw` (V8's message
// position) unless `atFrame`: a rejection has no throw position, and Node puts the caret
// where the stack's first frame is.
function arrowFor(stack, lineOf = sourceLine, width = undefined, atFrame = false) {
  const loc = firstLocation(stack);
  if (!loc) return '';
  const src = lineOf(loc.file, loc.line);
  if (src === undefined) return '';
  const column = atFrame ? Math.max(loc.column - 1, 0) : throwColumn(src, loc.column - 1);
  const indent = ' '.repeat(column);
  if (width !== undefined) return `${loc.file}:${loc.line}\n${src}\n${indent}${'^'.repeat(width)}\n`;
  return `${loc.file}:${loc.line}\n${src}\n${indent}^\n\n`;
}

// Set on an error whose stack already starts with those lines (node:vm's displayErrors).
const kArrowDecorated = Symbol('kArrowDecorated');

// The part Node prints above a fatal error. A name in an import statement is underlined
// whole (see internal/modules/esm).
function arrowMessage(err, fromPromise) {
  if (err === null || typeof err !== 'object' || err[kArrowDecorated]) return '';
  let stack;
  try {
    stack = err.stack;
  } catch {
    return '';
  }
  return arrowFor(stack, sourceLine, err[require('internal/modules/esm').kArrowWidth], fromPromise);
}

function inspectErr(err) {
  try {
    const { inspect } = require('internal/util/inspect');
    return inspect(err, { colors: false });
  } catch {
    try {
      return String(err && err.stack ? err.stack : err);
    } catch {
      return '<error>';
    }
  }
}

// process.report's hook (set once it is loaded): a report on an uncaught exception.
let reportHook = null;
function setReportHook(fn) {
  reportHook = fn;
}

function fatalReport(err, fromPromise = false) {
  const isError = err !== null && typeof err === 'object' && typeof err.stack === 'string';
  let text;
  if (isError) {
    text = arrowMessage(err, fromPromise) + inspectErr(err) + '\n';
  } else {
    text = 'Uncaught ' + inspectErr(err) + '\n';
  }
  const version = `\nNode.js ${process.version}\n`;
  if (reportHook === null) {
    writeSync(2, text + version);
    return;
  }
  writeSync(2, text);
  reportHook(err);
  writeSync(2, version);
}

let inFatal = false;

// A handled exception may have cut short the tick queue: an immediate makes sure the loop
// reaches its next check phase, where the rest runs (Node queues the same no-op).
function afterHandled() {
  require('timers').setImmediate(noop);
}

function noop() {}

function triggerUncaughtException(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  const capture = require('internal/process/object').getCaptureCallback();
  if (capture !== null) {
    capture(err);
    afterHandled();
    return;
  }
  try {
    process.emit('uncaughtExceptionMonitor', err, type);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, type);
      afterHandled();
      return;
    }
  } catch (er) {
    if (!inFatal) {
      inFatal = true;
      fatalReport(er);
      process.reallyExit(7);
    }
  }
  fatalReport(err, fromPromise);
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // an exit listener threw: Node still exits with the fatal code
    }
  }
  process.reallyExit(1);
}

module.exports = {
  triggerUncaughtException, afterHandled, fatalReport, setReportHook, firstLocation, sourceLine,
  arrowFor, kArrowDecorated, setEvalSource,
};
