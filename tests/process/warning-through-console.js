'use strict';
// Warnings are printed through the global console's error(): a program that replaces it, or
// process.stderr.write, sees them; a worker's warnings go to its own stderr.
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const argv0 = path.basename(process.argv0, '.exe');
const seen = [];
const original = console.error;
console.error = (...args) => seen.push(args);
// The warning is printed on a later tick.
process.emitWarning('through console', { code: 'RODE_TEST' });
setImmediate(() => {
  console.error = original;
  assert.deepStrictEqual(seen, [[
    `(node:${process.pid}) [RODE_TEST] Warning: through console\n` +
    `(Use \`${argv0} --trace-warnings ...\` to show where the warning was created)`,
  ]]);
  worker();
});

function worker() {
  const w = new Worker(`
    process.emitWarning('from the worker');
    process.emitWarning('again', 'DeprecationWarning', 'DEP0999');
  `, { eval: true, stderr: true });
  let text = '';
  w.stderr.setEncoding('utf8');
  w.stderr.on('data', (d) => { text += d; });
  w.on('exit', (code) => {
    assert.strictEqual(code, 0);
    const lines = text.replace(/\(node:\d+\)/g, '(node:PID)').split('\n');
    assert.deepStrictEqual(lines, [
      '(node:PID) Warning: from the worker',
      `(Use \`${argv0} --trace-warnings ...\` to show where the warning was created)`,
      '(node:PID) [DEP0999] DeprecationWarning: again',
      '',
    ]);
    console.log('ok');
  });
}
