'use strict';
// Terminal mode over a fake terminal (PassThrough input, a Writable output with columns):
// every byte written to the output and every event, compared with Node's (terminal.out).
// Covers cursor keys, word and line editing, history with prefix search, undo/redo, the
// kill ring, tab completion, ctrl+c/ctrl+d, wrapping at the terminal width, wide
// characters, and pasted chunks.
process.env.TERM = 'xterm-256color';
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function session(name, keys, options = {}) {
  return new Promise((resolve) => {
    let out = '';
    const output = new Writable({
      write(c, e, cb) {
        out += c;
        cb();
      },
    });
    output.columns = options.columns ?? 20;
    output.isTTY = true;
    const input = new PassThrough();
    const rl = readline.createInterface({ input, output, prompt: '$ ', ...options.rl });
    const ev = [];
    rl.on('line', (l) => ev.push(['line', l]));
    rl.on('history', (h) => ev.push(['history', h.slice()]));
    rl.on('close', () => ev.push(['close']));
    rl.on('pause', () => ev.push(['pause']));
    rl.on('resume', () => ev.push(['resume']));
    if (options.sigint) rl.on('SIGINT', () => ev.push(['SIGINT', rl.line]));
    rl.prompt();
    let i = 0;
    (function step() {
      if (i < keys.length) {
        input.write(keys[i++]);
        setImmediate(step);
        return;
      }
      setTimeout(() => {
        console.log(`# ${name}`);
        for (const e of ev) console.log(JSON.stringify(e));
        console.log(JSON.stringify(out));
        console.log(JSON.stringify({ line: rl.line, cursor: rl.cursor, pos: rl.getCursorPos(), closed: rl.closed ?? false }));
        rl.close();
        resolve();
      }, 20);
    })();
  });
}

const complete = (line) => {
  const all = ['apple', 'apricot', 'banana', 'band', 'bandana'];
  const hits = all.filter((c) => c.startsWith(line));
  return [hits.length ? hits : all, line];
};

(async () => {
  await session('typing and moving', ['h', 'e', 'l', 'l', 'o', '\x1b[D', '\x1b[D', 'X', '\x1b[3~', '\x7f',
    '\x01', '\x05', '\x02', '\x06', '\x1b[H', '\x1b[F', '\r']);
  await session('words', ['foo bar-baz qux', '\x1bb', '\x1bb', '\x1bf', '\x1b[1;5D', '\x1b[1;5C', '\x17', '\x1bd',
    '\x1b\x7f', '\x01', '\x1b[3;5~', '\n']);
  await session('kill ring and undo', ['one two', '\x01', '\x0b', 'x', '\x19', '\x15', '\x19', '\x1by',
    '\x1f', '\x1f', '\x1e', '\r']);
  await session('history', ['alpha', '\r', 'beta', '\r', 'alpine', '\r', 'al', '\x1b[A', '\x1b[A', '\x1b[A',
    '\x1b[B', '\x1b[B', '\x10', '\x0e', '\r', '\x1b[A', '\r'], { rl: { historySize: 3, removeHistoryDuplicates: true } });
  await session('history disabled, initial history', ['\x1b[A', '\x1b[A', '\r', 'new', '\r', '  ', '\r'],
    { rl: { history: ['old2', 'old1'], historySize: 0 } });
  await session('tab completion', ['a', 'p', '\t', '\t', 'r', '\t', '\r', 'b', '\t', '\t', 'd', '\t', '\t', '\r', 'zz', '\t', '\t', '\r'],
    { rl: { completer: complete }, columns: 30 });
  await session('async completer', ['ba', '\t', '\r'], { rl: { completer: (l, cb) => setTimeout(cb, 5, null, complete(l)) } });
  await session('completer error', ['x', '\t', '\r'], { rl: { completer: (l, cb) => cb({ code: 'E_NOPE', n: 1 }) } });
  await session('wrapping', ['abcdefghijklmnopqrstuvwxyz', 'ABC', '\x01', '\x1b[C', '\x05', '\x7f', '\x7f', '\x7f', '\x7f', '\r'], { columns: 10 });
  await session('wide characters', ['日本', 'é', '😀', '\x1b[D', '\x1b[D', '\x1b[D', 'x', '\x7f', '\x1b[3~', '\r'], { columns: 8 });
  await session('tabs in the line', ['a\tb', '\x01', '\x05', '\r'], { rl: { tabSize: 4 } });
  await session('paste', ['pasted text\r\nsecond line\rthird', '\r']);
  await session('ctrl+c with listener', ['abc', '\x03', 'd', '\r'], { sigint: true });
  await session('ctrl+c without listener', ['abc', '\x03', 'd']);
  await session('ctrl+d', ['ab', '\x01', '\x04', '\x04', '\x04', '\x15', '\x04', 'x']);
  await session('clear screen', ['abc', '\x0c', '\r']);
  await session('escape and unknown keys', ['a', '\x1b', 'b', '\x1b[24~', '\x1b[Z', 'c', '\r']);
})();
