'use strict';
// for await (const line of rl): over a file stream, over FileHandle.readLines(), with the
// interface paused while more than 1024 lines wait, and break leaving the interface open.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const readline = require('readline');
const { PassThrough } = require('stream');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('async-iter');
const file = path.join(dir, 'lines.txt');
let text = '';
for (let i = 0; i < 5000; i++) text += `line ${i}${i % 3 === 0 ? '\r\n' : '\n'}`;
fs.writeFileSync(file, text + 'last');

(async () => {
  // The documented pattern: createReadStream + crlfDelay: Infinity.
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  assert.strictEqual(lines.length, 5001);
  assert.strictEqual(lines[0], 'line 0');
  assert.strictEqual(lines[3], 'line 3');
  assert.strictEqual(lines[4999], 'line 4999');
  assert.strictEqual(lines[5000], 'last');
  assert.strictEqual(rl.closed, true);

  // FileHandle.readLines(): a readline Interface over the handle's stream.
  const fh = await fsp.open(file);
  const rl2 = fh.readLines({ start: 0, end: 22 });
  // The shared Interface: an EventEmitter with the readline methods but no question().
  assert.ok(!(rl2 instanceof readline.Interface));
  assert.strictEqual(typeof rl2.question, 'undefined');
  assert.strictEqual(typeof rl2.setPrompt, 'function');
  assert.strictEqual(rl2.constructor.name, 'Interface');
  const first = [];
  for await (const line of rl2) first.push(line);
  assert.deepStrictEqual(first, ['line 0', 'line 1', 'line 2', 'l']);
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(fh.fd, -1);

  // More than 1024 queued lines pause the interface; it resumes once the queue drains.
  const input = new PassThrough();
  const rl3 = readline.createInterface({ input });
  const events = [];
  rl3.on('pause', () => events.push(['pause', count]));
  rl3.on('resume', () => events.push(['resume', count]));
  let count = 0;
  const it = rl3[Symbol.asyncIterator]();
  assert.strictEqual(rl3[Symbol.asyncIterator](), it);
  let chunk = '';
  for (let i = 0; i < 2000; i++) chunk += `${i}\n`;
  input.end(chunk);
  await new Promise((r) => setTimeout(r, 20));
  for await (const line of it) {
    assert.strictEqual(line, String(count));
    count++;
  }
  assert.strictEqual(count, 2000);
  assert.deepStrictEqual(events, [['pause', 0], ['resume', 1999]]);

  // break: the loop ends, the interface stays open and keeps emitting 'line'.
  const input4 = new PassThrough();
  const rl4 = readline.createInterface({ input: input4 });
  setImmediate(() => input4.write('a\nb\nc\n'));
  const got = [];
  for await (const line of rl4) {
    got.push(line);
    if (line === 'b') break;
  }
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.strictEqual(rl4.closed, undefined);
  const later = await new Promise((resolve) => {
    rl4.once('line', resolve);
    input4.write('d\n');
  });
  assert.strictEqual(later, 'd');
  rl4.close();

  // An input error rejects the loop.
  const input5 = new PassThrough();
  const rl5 = readline.createInterface({ input: input5 });
  setImmediate(() => {
    input5.write('ok\n');
    setImmediate(() => input5.destroy(new Error('broken')));
  });
  const seen = [];
  await assert.rejects((async () => {
    for await (const line of rl5) seen.push(line);
  })(), { message: 'broken' });
  assert.deepStrictEqual(seen, ['ok']);
  console.log('ok');
})();
