'use strict';
// fork() with serialization: 'advanced' (V8's wire format with Node's 4-byte length
// framing): Maps, Sets, Dates, BigInts, RegExps, typed arrays, Buffers, circular objects and
// errors cross in both directions — to a child of this runtime and to one of the other
// (node under rode, and the same runtime under node).
const assert = require('assert');
const { fork, spawnSync } = require('child_process');
const path = require('path');

const underRode = path.basename(process.execPath).startsWith('rode');
const runtimes = [process.execPath];
if (underRode && spawnSync('node', ['--version']).status === 0) runtimes.push('node');

const circular = { name: 'loop' };
circular.self = circular;
const values = [
  new Map([[1, 'one'], ['two', { deep: [2n] }]]),
  new Set(['a', 'b']),
  new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
  { big: 12345678901234567890n },
  /ab+c/gi,
  new Uint16Array([1, 2, 65535]),
  new Float64Array([0.5, -0]),
  Buffer.from('buffer bytes'),
  circular,
  [undefined, null, NaN, 'text', { nested: new Map() }],
];

async function run(execPath) {
  const child = fork(path.join(__dirname, 'fixtures', 'echo-child.js'), [],
    { serialization: 'advanced', execPath });
  const replies = [];
  child.on('message', (m) => replies.push(m));
  for (const v of values) child.send(v);
  await new Promise((resolve) => {
    const check = () => (replies.length === values.length ? resolve() : setTimeout(check, 10));
    check();
  });
  replies.forEach((r, i) => {
    const v = values[i];
    if (v === circular) {
      assert.strictEqual(r.echo.self, r.echo);
      assert.strictEqual(r.echo.name, 'loop');
    } else if (Buffer.isBuffer(v)) {
      assert.ok(Buffer.isBuffer(r.echo));
      assert.strictEqual(r.isBuffer, true);
      assert.deepStrictEqual(r.echo, v);
    } else {
      assert.deepStrictEqual(r.echo, v);
    }
    assert.strictEqual(r.isMap, v instanceof Map);
  });
  // Errors keep their type and message.
  const err = await new Promise((resolve) => {
    child.once('message', (m) => resolve(m.echo));
    child.send(new RangeError('out of range'));
  });
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'out of range');
  // A bigint alone is not a message (Node's type check comes first).
  assert.throws(() => child.send(5n), { code: 'ERR_INVALID_ARG_TYPE' });
  // Functions can't be serialized.
  assert.throws(() => child.send({ f() {} }), { name: 'Error', message: 'f() {} could not be cloned.' });
  child.send('bye');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.strictEqual(code, 0);
}

(async () => {
  for (const r of runtimes) await run(r);
  console.log('ok');
})();
