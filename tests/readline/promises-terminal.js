'use strict';
// readline/promises in terminal mode: a promise-returning completer, question() with the
// query as the prompt, an aborted question clearing its line; output compared with Node's
// (promises-terminal.out).
process.env.TERM = 'xterm';
const readlineP = require('readline/promises');
const { PassThrough, Writable } = require('stream');

let out = '';
const output = new Writable({
  write(c, e, cb) {
    out += c;
    cb();
  },
});
output.columns = 40;
const input = new PassThrough();
const rl = readlineP.createInterface({
  input,
  output,
  terminal: true,
  completer: async (line) => {
    await new Promise((r) => setTimeout(r, 5));
    const all = ['.help', '.exit', '.history'];
    return [all.filter((c) => c.startsWith(line)), line];
  },
});
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const type = async (...keys) => {
  for (const k of keys) {
    input.write(k);
    await wait(15);
  }
};

(async () => {
  const answer = rl.question('cmd? ');
  await type('.h', '\t', '\t', 'i', '\t', '\r');
  console.log('answer', JSON.stringify(await answer));
  console.log(JSON.stringify(out));
  out = '';

  const ac = new AbortController();
  const cancelled = rl.question('name? ', { signal: ac.signal });
  await type('bo');
  ac.abort();
  try {
    await cancelled;
  } catch (err) {
    console.log('rejected', err.name);
  }
  console.log('prompt after abort', JSON.stringify(rl.getPrompt()), 'line', JSON.stringify(rl.line));
  console.log(JSON.stringify(out));
  rl.close();
})();
