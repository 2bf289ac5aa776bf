'use strict';
// The interactive REPL (`rode` with a terminal and no script): reads lines with editing and
// history (~/.node_repl_history, or NODE_REPL_HISTORY), evaluates them in the global scope,
// prints results with util.inspect, keeps `_` and `_error`, continues multi-line input while
// the code is incomplete, and understands .exit, .help, .break/.clear and .editor-free
// commands as Node's REPL does.

const binding = internalBinding('repl');
const modulesBinding = internalBinding('modules');
const path = require('path');

let buffer = '';
let counter = 0;
let sawInterrupt = false;

function historyFile() {
  const env = process.env.NODE_REPL_HISTORY;
  if (env !== undefined) return env.trim() === '' ? undefined : env;
  const home = process.env.HOME;
  return home ? path.join(home, '.node_repl_history') : undefined;
}

function inspect(v) {
  const { inspect: ins } = require('internal/util/inspect');
  return ins(v, { colors: !!process.stdout.isTTY && process.stdout.hasColors(), showProxy: true });
}

function write(s) {
  process.stdout.write(s);
}

// Code that ends early (an open brace, string or template) waits for more lines.
function isIncomplete(err) {
  return err instanceof SyntaxError &&
    /unexpected end of (input|string)|unterminated|expecting '[)}\]]'|missing/i.test(err.message);
}

function setupGlobals() {
  const { Module, makeRequireFunction } = require('internal/modules/cjs');
  const m = new Module('<repl>');
  m.filename = path.join(process.cwd(), '<repl>');
  m.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = m;
  globalThis.exports = m.exports;
  globalThis.require = makeRequireFunction(m);
  require('internal/modules/run_main').addBuiltinGlobals();
  let last;
  let lastError;
  Object.defineProperty(globalThis, '_', {
    get() { return last; },
    set(v) { last = v; },
    configurable: true,
  });
  Object.defineProperty(globalThis, '_error', {
    get() { return lastError; },
    set(v) { lastError = v; },
    configurable: true,
  });
  return {
    setResult(v) { last = v; },
    setError(e) { lastError = e; },
  };
}

let slots;

function evaluate(code) {
  const name = `REPL${++counter}`;
  // `{ a: 1 }` is an object in Node's REPL, not a block.
  let source = code;
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code)) source = `(${code}\n)`;
  try {
    return { value: modulesBinding.evalScript(source, name) };
  } catch (err) {
    if (source !== code && err instanceof SyntaxError) {
      try {
        return { value: modulesBinding.evalScript(code, name) };
      } catch (err2) {
        return { error: err2 };
      }
    }
    return { error: err };
  }
}

function printError(err) {
  let text;
  if (err !== null && typeof err === 'object' && typeof err.stack === 'string') {
    text = err.stack.split('\n').filter((l) => !/\(node:internal|at node:internal/.test(l)).join('\n');
  } else {
    text = inspect(err);
  }
  process.stderr.write(`Uncaught ${text}\n`);
}

const commands = {
  exit() {
    close();
    return true;
  },
  help() {
    write('.break    Sometimes you get stuck, this gets you out\n' +
      '.clear    Alias for .break\n' +
      '.exit     Exit the REPL\n' +
      '.help     Print this help message\n\n' +
      'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
  },
  break() {
    buffer = '';
  },
  clear() {
    buffer = '';
  },
};

function close() {
  binding.close();
}

function prompt() {
  binding.prompt(buffer === '' ? '> ' : '| ');
}

function onLine(kind, line) {
  if (kind === 'eof') {
    write('\n');
    close();
    return;
  }
  if (kind === 'interrupt') {
    if (buffer !== '') {
      buffer = '';
      sawInterrupt = false;
    } else if (sawInterrupt) {
      close();
      return;
    } else {
      sawInterrupt = true;
      write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    }
    prompt();
    return;
  }
  sawInterrupt = false;
  const trimmed = line.trim();
  if (buffer === '' && trimmed.startsWith('.') && /^\.[a-z]+$/.test(trimmed.split(/\s/)[0])) {
    const cmd = commands[trimmed.slice(1).split(/\s/)[0]];
    if (cmd === undefined) {
      write('Invalid REPL keyword\n');
    } else if (cmd() === true) {
      return;
    }
    prompt();
    return;
  }
  buffer += (buffer === '' ? '' : '\n') + line;
  if (buffer.trim() === '') {
    buffer = '';
    prompt();
    return;
  }
  const result = evaluate(buffer);
  if (result.error !== undefined && isIncomplete(result.error)) {
    prompt();
    return;
  }
  buffer = '';
  if (result.error !== undefined) {
    slots.setError(result.error);
    printError(result.error);
  } else {
    slots.setResult(result.value);
    write(`${inspect(result.value)}\n`);
  }
  // Let the result's own callbacks (promises, timers) run before the next prompt is shown.
  setImmediate(prompt);
}

function start() {
  slots = setupGlobals();
  write(`Welcome to Node.js ${process.version} (rode ${process.versions.rode}).\n` +
    'Type ".help" for more information.\n');
  binding.start(historyFile(), onLine);
  prompt();
}

module.exports = { start };
