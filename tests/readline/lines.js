'use strict';
// readline without a terminal: 'line' events from any Readable — \n, \r\n and lone \r
// endings, chunks split anywhere (inside \r\n within crlfDelay, inside a UTF-8 sequence),
// the last unterminated line at end of input, 'pause'/'resume'/'close'.
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

function linesOf(chunks, options = {}) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => resolve(lines));
    (async () => {
      for (const c of chunks) {
        input.write(c);
        await new Promise((r) => setImmediate(r));
      }
      input.end();
    })();
  });
}

(async () => {
  assert.deepStrictEqual(await linesOf(['a\nb\r\nc\rd']), ['a', 'b', 'c', 'd']);
  assert.deepStrictEqual(await linesOf(['one', ' two\nthr', 'ee\n']), ['one two', 'three']);
  // \r then \n in the next chunk: one line ending.
  assert.deepStrictEqual(await linesOf(['x\r', '\ny\n']), ['x', 'y']);
  // Empty lines are lines; a final \n makes no extra line.
  assert.deepStrictEqual(await linesOf(['\n\na\n\n']), ['', '', 'a', '']);
  assert.deepStrictEqual(await linesOf(['']), []);
  // A UTF-8 character split across chunks.
  const euro = Buffer.from('€uro\n');
  assert.deepStrictEqual(await linesOf([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)]), ['€uro']);
  // Buffers and strings mixed.
  assert.deepStrictEqual(await linesOf([Buffer.from('ab'), 'c\n', Buffer.from('d\r\n')]), ['abc', 'd']);
  // crlfDelay below 100 is raised to 100; Infinity keeps \r\n together whatever the delay.
  const r1 = readline.createInterface({ input: new PassThrough(), crlfDelay: 10 });
  assert.strictEqual(r1.crlfDelay, 100);
  r1.close();
  const r2 = readline.createInterface({ input: new PassThrough(), crlfDelay: Infinity });
  assert.strictEqual(r2.crlfDelay, Infinity);
  r2.close();

  // Events: pause/resume/close, 'line' from write() without a terminal, getPrompt, paused.
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: false });
  const events = [];
  for (const ev of ['pause', 'resume', 'close', 'history']) rl.on(ev, () => events.push(ev));
  rl.on('line', (l) => events.push(`line:${l}`));
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.getPrompt(), '> ');
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.paused, undefined);
  rl.write('written\n');
  assert.strictEqual(rl.pause(), rl);
  assert.strictEqual(rl.paused, true);
  assert.strictEqual(input.isPaused(), true);
  assert.strictEqual(rl.pause(), undefined);
  assert.strictEqual(rl.resume(), rl);
  rl.write('partial');
  input.end('-end');
  await new Promise((r) => rl.on('close', r));
  assert.deepStrictEqual(events, ['line:written', 'pause', 'resume', 'line:partial-end', 'pause', 'close']);
  assert.strictEqual(rl.closed, true);
  // Closing again does nothing.
  rl.close();
  assert.deepStrictEqual(events.slice(-1), ['close']);

  // Input errors become 'error' events of the interface.
  const bad = new Readable({ read() {} });
  const rl3 = readline.createInterface({ input: bad });
  const err = await new Promise((resolve) => {
    rl3.on('error', resolve);
    bad.destroy(new Error('input broke'));
  });
  assert.strictEqual(err.message, 'input broke');
  rl3.close();

  // A 'line' listener that closes the interface stops nothing already split from the chunk.
  const input4 = new PassThrough();
  const rl4 = readline.createInterface({ input: input4 });
  const seen = [];
  rl4.on('line', (l) => {
    seen.push(l);
    if (l === 'b') rl4.close();
  });
  input4.write('a\nb\nc\n');
  await new Promise((r) => setImmediate(r));
  assert.deepStrictEqual(seen, ['a', 'b', 'c']);
  assert.strictEqual(rl4.closed, true);
  console.log('ok');
})();
