'use strict';
// The shape of node:readline and node:readline/promises, the options' validation, and the
// old underscore methods: a program that replaces one on an instance changes what the
// interface does (password prompts replace _writeToOutput, for example).
const assert = require('assert');
const readline = require('readline');
const readlineP = require('readline/promises');
const { PassThrough, Writable } = require('stream');
const { promisify } = require('util');

assert.deepStrictEqual(Object.keys(readline), [
  'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
  'emitKeypressEvents', 'moveCursor', 'promises',
]);
assert.deepStrictEqual(Object.keys(readlineP), ['Interface', 'Readline', 'createInterface']);
assert.strictEqual(readline.promises, readlineP);
assert.strictEqual(require('node:readline/promises'), readlineP);
assert.strictEqual(readline.Interface.length, 4);
assert.strictEqual(typeof readline.Interface.prototype.question[promisify.custom], 'function');

const P = readline.Interface.prototype;
const I = Object.getPrototypeOf(P);
assert.strictEqual(Object.getPrototypeOf(readlineP.Interface.prototype), I);
assert.deepStrictEqual(Object.getOwnPropertyNames(I), [
  'constructor', 'columns', 'setPrompt', 'getPrompt', 'prompt', 'close', 'pause', 'resume', 'write',
  'clearLine', 'getCursorPos',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(readlineP.Interface.prototype), ['constructor', 'question']);
for (const name of ['_decoder', '_line_buffer', '_oldPrompt', '_previousKey', '_prompt', '_questionCallback',
  '_sawKeyPress', '_sawReturnAt']) {
  const d = Object.getOwnPropertyDescriptor(P, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(typeof d.set, 'function', name);
}
for (const name of ['_setRawMode', '_onLine', '_writeToOutput', '_addHistory', '_refreshLine', '_normalWrite',
  '_insertString', '_tabComplete', '_wordLeft', '_wordRight', '_deleteLeft', '_deleteRight', '_deleteWordLeft',
  '_deleteWordRight', '_deleteLineLeft', '_deleteLineRight', '_line', '_historyNext', '_historyPrev',
  '_getDisplayPos', '_getCursorPos', '_moveCursor', '_ttyWrite']) {
  assert.strictEqual(typeof P[name], 'function', name);
}

// Without new, with positional arguments; instance fields.
const input = new PassThrough();
const rl = readline.Interface(input, null, undefined, false);
assert.ok(rl instanceof readline.Interface);
assert.ok(rl instanceof require('events'));
assert.ok(!(rl instanceof readlineP.Interface));
assert.deepStrictEqual(Object.keys(rl).filter((k) => !k.startsWith('_')), [
  'isCompletionEnabled', 'escapeCodeTimeout', 'tabSize', 'line', 'output', 'input', 'history', 'historySize',
  'removeHistoryDuplicates', 'crlfDelay', 'completer', 'terminal',
]);
assert.strictEqual(rl.columns, Infinity);
assert.strictEqual(rl._prompt, '> ');
rl._prompt = '# ';
assert.strictEqual(rl.getPrompt(), '# ');
rl.close();

// A one-argument completer is wrapped into the callback form; a two-argument one is kept.
const sync = (line) => [[line], line];
const cbStyle = (line, cb) => cb(null, [[], line]);
const r1 = readline.createInterface({ input: new PassThrough(), completer: sync });
assert.notStrictEqual(r1.completer, sync);
assert.strictEqual(r1.completer.length, 2);
const r2 = readline.createInterface({ input: new PassThrough(), completer: cbStyle });
assert.strictEqual(r2.completer, cbStyle);
const r3 = readlineP.createInterface({ input: new PassThrough(), completer: sync });
assert.strictEqual(r3.completer, sync);
r1.close();
r2.close();
r3.close();

// Option validation.
const mk = (o) => readline.createInterface({ input: new PassThrough(), ...o });
assert.throws(() => mk({ historySize: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "historySize" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => mk({ historySize: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => mk({ completer: 5 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'completer' is invalid. Received 5",
});
assert.throws(() => mk({ tabSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => mk({ history: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "history" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => mk({ signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => mk({ escapeCodeTimeout: NaN }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'input.escapeCodeTimeout' is invalid. Received 500",
});
const ok = mk({ escapeCodeTimeout: 50, tabSize: 2, crlfDelay: 500, prompt: '? ' });
assert.deepStrictEqual([ok.escapeCodeTimeout, ok.tabSize, ok.crlfDelay, ok.getPrompt()], [50, 2, 500, '? ']);
ok.close();

// terminal: defaults to output.isTTY; setRawMode is called on the input when it has one.
const calls = [];
const tin = new PassThrough();
tin.isRaw = false;
tin.setRawMode = (m) => {
  calls.push(m);
  tin.isRaw = m;
};
const tout = new Writable({ write(c, e, cb) { cb(); } });
tout.isTTY = true;
const trl = readline.createInterface({ input: tin, output: tout });
assert.strictEqual(trl.terminal, true);
assert.strictEqual(trl.cursor, 0);
assert.strictEqual(trl.historyIndex, -1);
trl.close();
assert.deepStrictEqual(calls, [true, false]);

// Replacing _writeToOutput / _ttyWrite / _onLine on the instance.
process.env.TERM = 'xterm';
const pin = new PassThrough();
let shown = '';
const pout = new Writable({ write(c, e, cb) { shown += c; cb(); } });
const prl = readline.createInterface({ input: pin, output: pout, terminal: true });
prl._writeToOutput = function(s) {
  shown += s.replace(/[^\x1b\r\n[\]0-9A-Z;]/g, '*');
};
const keys = [];
const origTty = prl._ttyWrite;
prl._ttyWrite = function(s, key) {
  keys.push(key.name);
  return origTty.call(this, s, key);
};
const answers = [];
prl._onLine = (line) => answers.push(line);
pin.write('secret');
pin.write('\r');
assert.deepStrictEqual(answers, ['secret']);
assert.deepStrictEqual(keys, ['s', 'e', 'c', 'r', 'e', 't', 'return']);
assert.strictEqual(shown, '******\r\n');
prl.close();
console.log('ok');
