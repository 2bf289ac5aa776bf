'use strict';
// assert.ok() and its generated message. For `assert.ok(value)` without a message
// Node prints the source text of the failing call:
//
//   The expression evaluated to a falsy value:
//
//     assert.ok(typeof x === 'string')
//
// The call site comes from the stack (file, line, column); the file is read and
// scanned for the call expression around that position.

const AssertionError = require('internal/assert/assertion_error');
const { isNativeError } = require('internal/util/types');

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function stackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// ---------------------------------------------------------------------------
// Where was `fn` called from?

function callerFrame(fn) {
  const writable = stackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  const holder = {};
  try {
    if (writable) Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, frames) => frames;
    Error.captureStackTrace(holder, fn);
    // Some engines build the stack lazily: read it while the hook is set.
    const frames = holder.stack;
    Error.prepareStackTrace = prepare;
    if (Array.isArray(frames)) {
      const frame = frames[0];
      if (frame === undefined) return undefined;
      return {
        file: frame.getFileName(),
        line: frame.getLineNumber(),
        column: frame.getColumnNumber(),
      };
    }
    if (typeof frames === 'string') return parseFrame(frames);
    return undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    if (writable) Error.stackTraceLimit = limit;
  }
}

// "    at fn (file:line:col)" or "    at file:line:col".
function parseFrame(stack) {
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(lines[i]);
    if (m !== null) return { file: m[1], line: +m[2], column: +m[3] };
  }
  return undefined;
}

// Does this engine count columns in UTF-8 bytes (QuickJS) or in UTF-16 units (V8)?
let columnsInBytes;
function engineCountsBytes() {
  if (columnsInBytes === undefined) {
    columnsInBytes = false;
    try {
      const probe = new Function('f', "'\u00e9'; return f();");
      const frame = probe(function probeTarget() { return callerFrame(probeTarget); });
      // The call `f` is at UTF-16 column 13 and UTF-8 column 14 of its line.
      columnsInBytes = frame !== undefined && frame.column === 14;
    } catch {
      // Keep UTF-16.
    }
  }
  return columnsInBytes;
}

// ---------------------------------------------------------------------------
// A small JavaScript scanner: enough to find call expressions and their extent
// (strings, templates, comments and regular expressions are skipped correctly).

const KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'export', 'extends', 'finally', 'for', 'function', 'if',
  'import', 'in', 'instanceof', 'let', 'new', 'return', 'switch', 'throw', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield', 'await', 'of',
]);
// Keywords after which a value (and so a regular expression) may follow.
const VALUE_KEYWORDS = new Set([
  'case', 'delete', 'do', 'else', 'in', 'instanceof', 'new', 'return', 'throw',
  'typeof', 'void', 'yield', 'await', 'of', 'extends',
]);

function isIdentChar(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 36 || c === 95 || c === 35 || c > 127;
}

function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 ||
    c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

// Returns the calls of `src` as { start, open, close }: callee start, '(' and ')'.
function scanCalls(src) {
  const calls = [];
  const len = src.length;
  // Open brackets: { ch, pos, chain }. `chain` is the start of the callee or
  // indexed object for a call/index bracket, -1 otherwise.
  const stack = [];
  // What the previous token was: 0 nothing/operator (a value may follow),
  // 1 a value (identifier, literal, closing bracket), 2 a '.' or '?.'.
  let prev = 0;
  let chain = -1;       // start of the member chain ending at the previous token
  let dotChain = -1;    // chain before the last '.'
  let calleeOk = false; // the previous token can be called
  let i = 0;
  if (src.charCodeAt(0) === 0xfeff) i = 1;
  if (src.startsWith('#!', i)) {
    while (i < len && src.charCodeAt(i) !== 10) i++;
  }

  const valueToken = (start, callable) => {
    prev = 1;
    chain = start;
    calleeOk = callable;
  };

  while (i < len) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Comments.
    if (c === 47 /* / */) {
      const n = src.charCodeAt(i + 1);
      if (n === 47) {
        while (i < len && src.charCodeAt(i) !== 10) i++;
        continue;
      }
      if (n === 42) {
        const end = src.indexOf('*/', i + 2);
        i = end === -1 ? len : end + 2;
        continue;
      }
      if (prev !== 1) {
        // A regular expression literal.
        const start = i;
        let inClass = false;
        i++;
        while (i < len) {
          const r = src.charCodeAt(i);
          if (r === 92) {
            i += 2;
            continue;
          }
          if (r === 10) break;
          if (inClass) {
            if (r === 93) inClass = false;
          } else if (r === 91) {
            inClass = true;
          } else if (r === 47) {
            break;
          }
          i++;
        }
        i++;
        while (i < len && isIdentChar(src.charCodeAt(i))) i++;
        valueToken(start, false);
        continue;
      }
      i++;
      prev = 0;
      continue;
    }
    // Strings.
    if (c === 39 || c === 34) {
      const start = i;
      i++;
      while (i < len) {
        const s = src.charCodeAt(i);
        if (s === 92) {
          i += 2;
          continue;
        }
        i++;
        if (s === c || s === 10) break;
      }
      valueToken(start, false);
      continue;
    }
    // Template literals (and the `}` that resumes one after `${ … }`).
    if (c === 96 || (c === 125 && stack.length > 0 && stack[stack.length - 1].ch === '${')) {
      let start = i;
      if (c === 125) start = stack.pop().pos;
      i++;
      let open = false;
      while (i < len) {
        const s = src.charCodeAt(i);
        if (s === 92) {
          i += 2;
          continue;
        }
        if (s === 96) {
          i++;
          break;
        }
        if (s === 36 && src.charCodeAt(i + 1) === 123) {
          stack.push({ ch: '${', pos: start, chain: -1 });
          i += 2;
          open = true;
          break;
        }
        i++;
      }
      if (open) {
        prev = 0;
        calleeOk = false;
      } else {
        valueToken(start, true);
      }
      continue;
    }
    // Identifiers, keywords and numbers.
    if (isIdentChar(c) || (c === 92 && src.charCodeAt(i + 1) === 117)) {
      const start = i;
      i++;
      while (i < len) {
        const s = src.charCodeAt(i);
        if (isIdentChar(s)) {
          i++;
        } else if (s === 92 && src.charCodeAt(i + 1) === 117) {
          i += 2;
        } else if (s === 46 && c >= 48 && c <= 57) {
          i++; // decimal point in a number
        } else if ((s === 43 || s === 45) && c >= 48 && c <= 57 &&
                   (src.charCodeAt(i - 1) | 32) === 101 && src.charCodeAt(start + 1) !== 120) {
          i++; // exponent sign
        } else {
          break;
        }
      }
      if (c >= 48 && c <= 57) {
        valueToken(start, false);
        continue;
      }
      const word = src.slice(start, i);
      if (prev === 2) {
        // A property name, whatever it spells.
        valueToken(dotChain, true);
        continue;
      }
      if (KEYWORDS.has(word)) {
        if (word === 'this' || word === 'super') {
          valueToken(start, true);
        } else {
          prev = VALUE_KEYWORDS.has(word) ? 0 : 1;
          if (word === 'if' || word === 'while' || word === 'for' || word === 'switch' ||
              word === 'catch' || word === 'with' || word === 'function') {
            prev = 0;
          }
          calleeOk = false;
          chain = -1;
        }
        continue;
      }
      valueToken(start, true);
      continue;
    }
    // A dot starting a number ('.5').
    if (c === 46 && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57 && prev !== 1) {
      const start = i;
      i++;
      while (i < len && (isIdentChar(src.charCodeAt(i)) || src.charCodeAt(i) === 46)) i++;
      valueToken(start, false);
      continue;
    }
    // Member access: '.', '?.' (but not '...').
    if (c === 46 && src.charCodeAt(i + 1) !== 46) {
      dotChain = chain;
      prev = 2;
      i++;
      continue;
    }
    if (c === 63 && src.charCodeAt(i + 1) === 46 &&
        !(src.charCodeAt(i + 2) >= 48 && src.charCodeAt(i + 2) <= 57)) {
      dotChain = chain;
      prev = 2;
      i += 2;
      continue;
    }
    if (c === 40 || c === 91) {
      // '(' or '[': a call or index when it follows something callable.
      let owner = -1;
      if (prev === 2) owner = dotChain;             // a?.(x), a?.[x]
      else if (prev === 1 && calleeOk) owner = chain;
      stack.push({ ch: c === 40 ? '(' : '[', pos: i, chain: owner });
      prev = 0;
      calleeOk = false;
      i++;
      continue;
    }
    if (c === 123) {
      stack.push({ ch: '{', pos: i, chain: -1 });
      prev = 0;
      calleeOk = false;
      i++;
      continue;
    }
    if (c === 41 || c === 93) {
      let entry;
      while (stack.length > 0) {
        entry = stack.pop();
        if (entry.ch === (c === 41 ? '(' : '[')) break;
      }
      if (entry !== undefined && entry.chain !== -1) {
        if (c === 41) calls.push({ start: entry.chain, open: entry.pos, close: i });
        valueToken(entry.chain, true);
      } else {
        valueToken(entry === undefined ? i : entry.pos, true);
      }
      i++;
      continue;
    }
    if (c === 125) {
      while (stack.length > 0 && stack.pop().ch !== '{');
      prev = 0;
      calleeOk = false;
      i++;
      continue;
    }
    // '++' / '--' after a value keep it a value (x++ / 2).
    if ((c === 43 || c === 45) && src.charCodeAt(i + 1) === c && prev === 1) {
      i += 2;
      calleeOk = false;
      continue;
    }
    // Any other punctuator.
    prev = 0;
    calleeOk = false;
    i++;
  }
  return calls;
}

// The name a callee ends in: `assert.ok` -> 'ok', `assert` -> 'assert'.
function calleeName(src, call) {
  let end = call.open;
  while (end > call.start && isSpace(src.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > call.start && isIdentChar(src.charCodeAt(start - 1))) start--;
  return src.slice(start, end);
}

// Picks the assert call around `offset`. V8 points at the callee; QuickJS may
// point anywhere inside the call, including inside a nested call among its
// arguments, so a call named like an assertion is preferred.
function findCall(src, offset, name) {
  const around = [];
  const calls = scanCalls(src);
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i];
    if (call.start <= offset && offset <= call.close) around.push(call);
  }
  if (around.length === 0) return undefined;
  around.sort((a, b) => (a.close - a.start) - (b.close - b.start));
  for (let i = 0; i < around.length; i++) {
    const n = calleeName(src, around[i]);
    if (n === 'assert' || n === 'ok' || n === 'strict' || n === name) return around[i];
  }
  for (let i = 0; i < around.length; i++) {
    if (offset < around[i].open) return around[i];
  }
  return around[0];
}

function escapeControl(text) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) {
      let rep;
      if (c === 8) rep = '\\b';
      else if (c === 12) rep = '\\f';
      else rep = `\\u00${c < 16 ? '0' : ''}${c.toString(16)}`;
      out += text.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

// String offset of a (1-based) line and column in `src`.
function offsetOf(src, line, column) {
  let pos = 0;
  for (let l = 1; l < line; l++) {
    pos = src.indexOf('\n', pos);
    if (pos === -1) return -1;
    pos++;
  }
  if (!engineCountsBytes()) return pos + column - 1;
  let bytes = column - 1;
  while (bytes > 0 && pos < src.length) {
    const c = src.charCodeAt(pos);
    if (c < 0x80) bytes -= 1;
    else if (c < 0x800) bytes -= 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes -= 4;
      pos++;
    } else bytes -= 3;
    pos++;
  }
  return pos;
}

const messageCache = new Map();

function readSource(file) {
  const fs = require('fs');
  if (file.startsWith('file://')) file = require('url').fileURLToPath(file);
  return fs.readFileSync(file, 'utf8');
}

// The generated message of a failed ok() without a message, or undefined.
function sourceMessage(fn) {
  let frame;
  try {
    frame = callerFrame(fn);
  } catch {
    return undefined;
  }
  if (frame === undefined || !frame.file) return undefined;
  const { file, line, column } = frame;
  // Built-in modules have no source to show.
  if (file.startsWith('node:')) return undefined;
  const key = `${file}\n${line}\n${column}`;
  if (messageCache.has(key)) return messageCache.get(key);

  let message;
  try {
    const src = readSource(file);
    const offset = offsetOf(src, line, column);
    const call = offset === -1 ? undefined : findCall(src, offset, fn.name);
    if (call !== undefined) {
      let code = escapeControl(src.slice(call.start, call.close + 1));
      if (code.includes('\n')) {
        // Later lines lose the indentation of the first one.
        const lineStart = src.lastIndexOf('\n', call.start - 1) + 1;
        const indent = call.start - lineStart;
        const lines = code.split('\n');
        code = lines[0];
        for (let i = 1; i < lines.length; i++) {
          const l = lines[i];
          let p = 0;
          while (p < indent && (l[p] === ' ' || l[p] === '\t')) p++;
          code += `\n  ${l.slice(p)}`;
        }
      }
      message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
    }
  } catch {
    message = undefined;
  }
  messageCache.set(key, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = sourceMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk,
};
