'use strict';
// --expose-gc gives the program a gc() that collects now: an unreachable cycle registered
// with a FinalizationRegistry is reported after gc(); without the flag there is no gc.
const assert = require('assert');
const { execFileSync } = require('child_process');

const child = `
  const seen = [];
  const registry = new FinalizationRegistry((held) => seen.push(held));
  (function () {
    const a = {}; const b = { a }; a.b = b;
    registry.register(a, 'cycle');
  })();
  gc();
  let tries = 0;
  (function wait() {
    if (seen.length || ++tries > 100) {
      const p = gc({ type: 'major', execution: 'async' });
      p.then((v) => console.log(JSON.stringify({ seen, gc: typeof gc, promise: p instanceof Promise, v: v === undefined })));
      return;
    }
    setTimeout(wait, 10);
  })();
`;
const out = execFileSync(process.execPath, ['--expose-gc', '-e', child], { encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(out), { seen: ['cycle'], gc: 'function', promise: true, v: true });
assert.strictEqual(
  execFileSync(process.execPath, ['-e', 'console.log(typeof gc)'], { encoding: 'utf8' }), 'undefined\n');
console.log('ok');
