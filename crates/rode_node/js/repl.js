'use strict';
// node:repl — REPLServer, a readline Interface that evaluates each line (or each complete
// group of lines) in a node:vm context that has the program's globals, `require` and
// `module` (or in the global scope with `useGlobal`), prints the result with `writer`, and
// keeps `_` and `_error`; commands .break, .clear, .exit, .help, .load, .save and
// defineCommand() (no .editor yet); 'exit' and 'reset' events. rode's own interactive REPL
// (`rode` at a terminal, internal/repl/start.js) is separate. What differs from Node is in
// docs/compat.md (repl).

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { Interface } = require('readline');
const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_REPL_EVAL_CONFIG, ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
const kBufferedCommand = Symbol('kBufferedCommand');

// What a custom eval returns for input that may continue on the next line.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

const builtinModules = require('module').builtinModules.filter((name) => !name.startsWith('_'));

// Input that may go on: a SyntaxError where the code ran out (an open brace, bracket,
// argument list, template or comment). An unterminated string is an error, as in Node.
function isRecoverableError(err, code) {
  if (!(err instanceof SyntaxError) && !(err && err.name === 'SyntaxError')) return false;
  const message = String(err.message);
  if (message === 'unexpected end of string') return (code.split('`').length - 1) % 2 === 1;
  if (/unexpected token in expression: ''|unexpected end of (input|comment)/.test(message)) return true;
  // Anything else reported past the last character of the code.
  const { firstLocation } = require('internal/process/execution');
  const loc = firstLocation(err.stack);
  if (loc === undefined) return false;
  const lines = code.replace(/\s+$/, '').split('\n');
  return loc.line >= lines.length && loc.column > lines[lines.length - 1].length;
}

// The names a new context already has (its realm's built-ins) are not copied into it.
let contextBuiltins;

// Each evaluated input is a script named REPL<n>, numbered across all REPLs, as in Node.
let evalCount = 0;

class REPLServer extends Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, stream, eval: evalFn, useGlobal, ignoreUndefined, replMode };
    }
    if (options.input === undefined && options.stream !== undefined) options.input = options.stream;
    if (options.output === undefined && options.stream !== undefined) options.output = options.stream;
    const input = options.input ?? process.stdin;
    const output = options.output ?? process.stdout;
    if (options.eval !== undefined) validateFunction(options.eval, 'options.eval');
    if (options.breakEvalOnSigint && options.eval) throw new ERR_INVALID_REPL_EVAL_CONFIG();
    const terminal = options.terminal ?? !!output.isTTY;
    super({
      input,
      output,
      prompt: options.prompt ?? '> ',
      terminal,
      completer: options.completer,
      historySize: options.historySize,
    });
    this.useColors = options.useColors ?? (terminal && typeof output.hasColors === 'function' && output.hasColors());
    this.useGlobal = !!options.useGlobal;
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.replMode = options.replMode || REPL_MODE_SLOPPY;
    this.breakEvalOnSigint = !!options.breakEvalOnSigint;
    this.underscoreAssigned = false;
    this.last = undefined;
    this.underscoreErrAssigned = false;
    this.lastError = undefined;
    this.editorMode = false;
    this.lines = [];
    this.lines.level = [];
    this.commands = { __proto__: null };
    this[kBufferedCommand] = '';
    this.eval = options.eval || defaultEval;
    if (options.writer) {
      this.writer = options.writer;
    } else {
      this.writer = writer;
      if (this.useColors) writer.options = { ...writer.options, colors: true };
    }
    this._initialPrompt = options.prompt ?? '> ';
    defineDefaultCommands(this);
    this.resetContext();

    this.on('line', (line) => onLine(this, line));
    this.on('close', () => this.emit('exit'));
    this.on('SIGINT', () => {
      const empty = this.line.length === 0 && this[kBufferedCommand] === '';
      this.clearLine?.();
      this.clearBufferedCommand();
      if (empty) {
        this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      }
      this.displayPrompt();
    });
    this.displayPrompt();
  }

  // A new context (unless useGlobal) with the program's globals, `require`, `module`, a
  // console writing to this REPL's output, and `_`/`_error`.
  createContext() {
    let context;
    if (this.useGlobal) {
      context = globalThis;
    } else {
      contextBuiltins ??= new Set(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)'));
      context = vm.createContext();
      for (const name of Object.getOwnPropertyNames(globalThis)) {
        if (name === 'console' || name === 'global' || contextBuiltins.has(name)) continue;
        Object.defineProperty(context, name, { __proto__: null, ...Object.getOwnPropertyDescriptor(globalThis, name) });
      }
      context.global = context;
      const { Console } = require('console');
      Object.defineProperty(context, 'console', {
        value: new Console(this.output), writable: true, configurable: true,
      });
    }
    const { Module, makeRequireFunction } = require('internal/modules/cjs');
    const replModule = new Module('<repl>');
    replModule.filename = path.join(process.cwd(), '<repl>');
    replModule.paths = Module._nodeModulePaths(process.cwd());
    Object.defineProperty(context, 'module', { value: replModule, writable: true, configurable: true });
    Object.defineProperty(context, 'require', {
      value: makeRequireFunction(replModule), writable: true, configurable: true,
    });
    return context;
  }

  resetContext() {
    this.context = this.createContext();
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.lines = [];
    this.lines.level = [];
    defineLastValue(this, '_', 'last', 'underscoreAssigned');
    defineLastValue(this, '_error', 'lastError', 'underscoreErrAssigned');
    this.emit('reset', this.context);
  }

  displayPrompt(preserveCursor) {
    let prompt = this._initialPrompt;
    if (this[kBufferedCommand].length) {
      prompt = '...';
      const levelInd = '..'.repeat(Math.max(this.lines.level.length - 1, 0));
      prompt += levelInd + ' ';
    }
    Interface.prototype.setPrompt.call(this, prompt);
    this.prompt(preserveCursor);
  }

  setPrompt(prompt) {
    this._initialPrompt = prompt;
    Interface.prototype.setPrompt.call(this, prompt);
  }

  setupHistory() {
    throw new ERR_NOT_IMPLEMENTED('replServer.setupHistory()');
  }

  clearBufferedCommand() {
    this[kBufferedCommand] = '';
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') {
      cmd = { action: cmd };
    } else {
      validateFunction(cmd.action, 'cmd.action');
    }
    this.commands[keyword] = cmd;
  }

  parseREPLKeyword(keyword, rest) {
    const cmd = this.commands[keyword];
    if (cmd) {
      Reflect.apply(cmd.action, this, [rest]);
      return true;
    }
    return false;
  }

  // The error line Node prints: "Uncaught " and the error, with only the frames of code
  // typed into this REPL (not the REPL's own top-level frame).
  _handleError(err) {
    if (!this.underscoreErrAssigned) this.lastError = err;
    if (err !== null && typeof err === 'object' && typeof err.stack === 'string') {
      const { before, text } = formatErrorStack(err);
      this.output.write(`${before}Uncaught ${text}\n`);
    } else {
      this.output.write(`Uncaught ${inspect(err, { ...this.writer.options, colors: this.useColors })}\n`);
    }
  }
}

// `_` and `_error` on the context: the last result and the last error. Assigning one keeps
// that value from then on, and says so once.
function defineLastValue(repl, name, valueKey, assignedKey) {
  Object.defineProperty(repl.context, name, {
    configurable: true,
    get: () => repl[valueKey],
    set: (value) => {
      repl[valueKey] = value;
      if (!repl[assignedKey]) {
        repl[assignedKey] = true;
        repl.output.write(`Expression assignment to ${name} now disabled.\n`);
      }
    },
  });
}

// "Uncaught " and the error as Node's REPL shows it: no file line above the stack, a
// SyntaxError's source line and caret before it, and only the frames of code typed into
// this REPL (not the line's own top level).
function formatErrorStack(err) {
  let lines = err.stack.split('\n');
  let before = '';
  const { kArrowDecorated } = require('internal/process/execution');
  if (err[kArrowDecorated] && lines.length >= 4 && lines[3] === '') {
    if (err.name === 'SyntaxError') before = `${lines[1]}\n${lines[2]}\n\n`;
    lines = lines.slice(4);
  }
  const head = [];
  let i = 0;
  for (; i < lines.length && !/^\s+at /.test(lines[i]); i++) head.push(lines[i]);
  const frames = lines.slice(i).filter((l) => /[( ]REPL\d+:\d+:\d+\)?$/.test(l));
  if (frames.length > 0 && /^\s+at REPL\d+:\d+:\d+$/.test(frames[frames.length - 1])) frames.pop();
  return { before, text: [...head, ...frames].join('\n') };
}

function defaultEval(code, context, file, cb) {
  let source = code;
  let wrapped = false;
  // `{ a: 1 }` alone is an object in Node's REPL, not a block.
  if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) {
    source = `(${code.trim()})\n`;
    wrapped = true;
  }
  if (this.replMode === REPL_MODE_STRICT && /\S/.test(source)) source = `'use strict'; void 0;\n${source}`;
  let script;
  for (;;) {
    try {
      script = new vm.Script(source, { filename: file, displayErrors: true });
      break;
    } catch (err) {
      if (wrapped) {
        wrapped = false;
        source = code;
        continue;
      }
      if (isRecoverableError(err, source)) return cb(new Recoverable(err));
      return cb(err);
    }
  }
  let result;
  try {
    const options = { displayErrors: true, breakOnSigint: this.breakEvalOnSigint };
    result = this.useGlobal ? script.runInThisContext(options) : script.runInContext(context, options);
  } catch (err) {
    return cb(err);
  }
  cb(null, result);
}

function onLine(repl, line) {
  const trimmed = line.trim();
  // A command: a dot and a word, not a number such as `.5`.
  if (repl[kBufferedCommand] === '' || /^\.(break|clear)\b/.test(trimmed)) {
    const m = /^\.([^\s\d.][^\s]*)\s*(.*)$/.exec(trimmed);
    if (m) {
      if (repl.parseREPLKeyword(m[1], m[2])) return;
      if (!repl[kBufferedCommand]) {
        repl.output.write('Invalid REPL keyword\n');
        repl.displayPrompt();
        return;
      }
    }
  }
  const evalCmd = repl[kBufferedCommand] + line + '\n';
  if (trimmed === '' && repl[kBufferedCommand] === '') {
    repl.displayPrompt();
    return;
  }
  repl.lines.push(line);
  const file = `REPL${++evalCount}`;
  repl.eval(evalCmd, repl.context, file, (err, result) => finish(repl, line, err, result));
}

function finish(repl, line, err, result) {
  if (err instanceof Recoverable) {
    repl[kBufferedCommand] += line + '\n';
    repl.displayPrompt();
    return;
  }
  repl.clearBufferedCommand();
  if (err) {
    repl._handleError(err);
  } else {
    if (!repl.underscoreAssigned) repl.last = result;
    if (!(repl.ignoreUndefined && result === undefined)) repl.output.write(repl.writer(result) + '\n');
  }
  repl.displayPrompt();
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const help = this.commands[name].help || '';
        this.output.write(`.${name}${' '.repeat(width - name.length + 3)}${help}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      try {
        const stats = fs.statSync(file);
        if (stats && stats.isFile()) {
          const data = fs.readFileSync(file, 'utf8');
          for (const l of data.split('\n')) this.write(`${l}\n`);
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  builtinModules,
};
