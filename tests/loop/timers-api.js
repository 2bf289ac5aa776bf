'use strict';
// Timeout/Immediate objects: ref/unref/hasRef/refresh/close, Symbol.toPrimitive ids,
// clearTimeout by id, setInterval repeats, argument passing, validation, timers/promises.
const assert = require('assert');
const timers = require('timers');
const tp = require('timers/promises');

assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(timers.setImmediate, setImmediate);

const t = setTimeout(() => assert.fail('cleared by id'), 10);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
t.ref();
const id = +t;
assert.strictEqual(typeof id, 'number');
clearTimeout(id);
assert.strictEqual(t.constructor.name, 'Timeout');

// An unref'd timer doesn't keep the process alive.
setTimeout(() => assert.fail('unref timer ran'), 100000).unref();
setInterval(() => assert.fail('unref interval ran'), 100000).unref();

const args = [];
setTimeout((a, b) => args.push(a, b), 1, 'x', 'y');

let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 3) clearInterval(iv);
}, 1);

const im = setImmediate(() => assert.fail('cleared immediate'));
assert.strictEqual(im.constructor.name, 'Immediate');
assert.strictEqual(im.hasRef(), true);
clearImmediate(im);

let refreshed = 0;
const r = setTimeout(() => { refreshed++; }, 5);
setTimeout(() => r.refresh(), 2);

assert.throws(() => setTimeout('not a function'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "callback" argument must be of type function. Received type string (\'not a function\')',
});
assert.throws(() => setImmediate(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.nextTick(42), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  const v = await tp.setTimeout(2, 'value');
  assert.strictEqual(v, 'value');
  assert.strictEqual(await tp.setImmediate('imm'), 'imm');
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(tp.setTimeout(1000, 'x', { signal: ac.signal }), { name: 'AbortError', code: 'ABORT_ERR' });
  let ticks = 0;
  for await (const val of tp.setInterval(1, 'iv')) {
    assert.strictEqual(val, 'iv');
    if (++ticks === 3) break;
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepStrictEqual(args, ['x', 'y']);
  assert.strictEqual(n, 3);
  assert.strictEqual(refreshed, 1);
  console.log('ok');
})();
