'use strict';
// node:repl's REPLServer over streams (terminal: false): results through the writer, `_` and
// `_error`, multi-line input, errors as "Uncaught …" with only the REPL's frames, the
// built-in and defined commands, a context with the program's globals plus require/module,
// and the options (eval, writer, useGlobal, ignoreUndefined, replMode). Expected texts are
// node 20's for the same input.
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const checks = [];
function session(options, lines, onExit, setup) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const r = repl.start({ input, output, terminal: false, ...options });
  const events = [];
  r.on('reset', () => events.push('reset'));
  let exited = false;
  r.on('exit', () => {
    exited = true;
    onExit(out, r, events);
  });
  checks.push(() => assert.ok(exited, `session ${JSON.stringify(lines[0])} ended`));
  if (setup) setup(r);
  for (const line of lines) input.write(line + '\n');
}
process.on('exit', () => checks.forEach((c) => c()));

session({ prompt: '> ' }, ['1 + 1', 'fromHost + 1', 'let x = 5', 'x * 2', '{ a: 1 }', 'function f() {',
  '  return 7;', '}', 'f()', 'nope', 'throw new Error("boom")', '_', '"str"', 'undefined', '.hello world',
  '[1, [2, [3, [4]]]]', 'typeof require', 'typeof module', 'globalThis === this', '.break', 'x', '.exit'], (out) => {
  assert.strictEqual(out, "> 2\n> 42\n> undefined\n> 10\n> { a: 1 }\n> ... ... undefined\n> 7\n" +
    '> Uncaught ReferenceError: nope is not defined\n> Uncaught Error: boom\n> 7\n' +
    "> 'str'\n> undefined\n> hello world\n> [ 1, [ 2, [ 3, [Array] ] ] ]\n> 'function'\n> 'object'\n> true\n" +
    '> > 5\n> ');
}, (r) => {
  r.context.fromHost = 41;
  r.defineCommand('hello', {
    help: 'Say hello',
    action(name) {
      this.clearBufferedCommand();
      this.output.write(`hello ${name}\n`);
      this.displayPrompt();
    },
  });
});

session({}, ['.help', 'function g() { throw new TypeError("in g") }', 'g()', '_error.message', '_ = 3', '_', 'throw 5',
  '.clear', 'x = 1', 'console.log("via console")', '`a', 'b`', '[1,', '2]', 'let y =', '3', 'y', '.nope',
  'require("path").sep', 'module.id', '.exit'], (out, r, events) => {
  // Inputs are scripts named REPL<n>, numbered across every REPL of the process.
  const frame = /\n {4}at g \(REPL\d+:1:\d+\)\n/;
  assert.match(out, frame);
  assert.strictEqual(out.replace(frame, '\n    at g (REPLn:1:N)\n'),
    '> .break   Sometimes you get stuck, this gets you out\n' +
    '.clear   Break, and also clear the local context\n' +
    '.exit    Exit the REPL\n' +
    '.help    Print this help message\n' +
    '.load    Load JS from a file into the REPL session\n' +
    '.save    Save all evaluated commands in this REPL session to a file\n\n' +
    'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n' +
    '> undefined\n> Uncaught TypeError: in g\n    at g (REPLn:1:N)\n' +
    "> 'in g'\n> Expression assignment to _ now disabled.\n3\n> 3\n> Uncaught 5\n" +
    '> Clearing context...\n> 1\n> via console\nundefined\n' +
    "> ... 'a\\nb'\n> ... [ 1, 2 ]\n> ... undefined\n> 3\n> Invalid REPL keyword\n> '/'\n> '<repl>'\n> ");
  assert.deepStrictEqual(events, ['reset']);
});

// useGlobal and ignoreUndefined; a custom writer.
session({ useGlobal: true, ignoreUndefined: true, writer: (v) => `<${typeof v}>` },
  ['var sharedWithProgram = 3', 'sharedWithProgram * 2', 'void 0', '.exit'], (out) => {
    assert.strictEqual(out, '> > <number>\n> > ');
    assert.strictEqual(globalThis.sharedWithProgram, 3);
  });

// A custom eval, with Recoverable for input that isn't complete yet.
session({
  eval(cmd, context, file, cb) {
    if (!cmd.includes(';')) return cb(new repl.Recoverable(new SyntaxError('more')));
    cb(null, cmd.trim().toUpperCase());
  },
}, ['abc', 'def;', '.exit'], (out) => {
  assert.strictEqual(out, "> ... 'ABC\\nDEF;'\n> ");
});

// Assigning `_error` also stops its updates, and says so once.
session({}, ['_error = 1', 'throw 2', '_error', '.exit'], (out) => {
  assert.strictEqual(out, '> Expression assignment to _error now disabled.\n1\n> Uncaught 2\n> 1\n> ');
});

// Strict mode.
session({ replMode: repl.REPL_MODE_STRICT }, ['undeclared = 1', '.exit'], (out) => {
  assert.strictEqual(out, '> Uncaught ReferenceError: undeclared is not defined\n> ');
});
