'use strict';
// Plain messages to another thread (objects, arrays, primitives) arrive as their structured
// clones, including the cases where a naive copy would differ: getters are called once,
// symbol keys and non-enumerable properties are dropped, holes and extra array properties
// are kept, prototypes are not, an own "__proto__" key stays a key, -0 stays -0; hundreds of
// property names in one message keep their order and values.
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'done') return parentPort.close();
    const describe = (v) => v !== null && typeof v === 'object' ? {
      proto: Object.getPrototypeOf(v) === Object.prototype ? 'Object' :
        Object.getPrototypeOf(v) === Array.prototype ? 'Array' : 'other',
      keys: Reflect.ownKeys(v).map(String),
      holes: Array.isArray(v) ? [...v.keys()].filter((i) => !(i in v)) : [],
    } : typeof v;
    parentPort.postMessage({ echo: m, shape: describe(m), negZero: Object.is(m && m.z, -0) });
  });
`, { eval: true });

function roundTrip(value) {
  return new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage(value);
  });
}

(async () => {
  let calls = 0;
  const withGetter = { a: 1, get b() { calls++; return 2; } };
  let r = await roundTrip(withGetter);
  assert.strictEqual(calls, 1);
  assert.deepStrictEqual(r.echo, { a: 1, b: 2 });
  assert.deepStrictEqual(r.shape.keys, ['a', 'b']);

  const sym = { a: 1, [Symbol('s')]: 2 };
  Object.defineProperty(sym, 'hidden', { value: 3, enumerable: false });
  r = await roundTrip(sym);
  assert.deepStrictEqual(r.shape.keys, ['a']);

  const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
  r = await roundTrip(holes);
  assert.deepStrictEqual(r.shape, { proto: 'Array', keys: ['0', '2', 'length'], holes: [1] });

  const extra = [1, 2];
  extra.note = 'x';
  r = await roundTrip(extra);
  assert.deepStrictEqual(r.shape.keys, ['0', '1', 'length', 'note']);
  assert.strictEqual(r.echo.note, 'x');

  class Point { constructor() { this.x = 1; this.y = 2; } }
  r = await roundTrip({ p: new Point(), n: Object.assign(Object.create(null), { k: 'v' }) });
  assert.deepStrictEqual(r.echo, { p: { x: 1, y: 2 }, n: { k: 'v' } });
  r = await roundTrip(new Point());
  assert.strictEqual(r.shape.proto, 'Object');

  const protoKey = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}');
  r = await roundTrip(protoKey);
  assert.deepStrictEqual(r.shape.keys, ['__proto__', 'ok']);
  assert.strictEqual(r.shape.proto, 'Object');

  r = await roundTrip({ z: -0, big: 2n ** 70n, s: 'é\u{1F600}', u: undefined, n: null,
                        nested: [[{ deep: [1, [2, [3]]] }]], f: 1.5, i: -7, t: true });
  assert.strictEqual(r.negZero, true);
  assert.deepStrictEqual(r.echo, { z: -0, big: 2n ** 70n, s: 'é\u{1F600}', u: undefined,
                                   n: null, nested: [[{ deep: [1, [2, [3]]] }]], f: 1.5, i: -7,
                                   t: true });
  assert.deepStrictEqual(r.shape.keys, ['z', 'big', 's', 'u', 'n', 'nested', 'f', 'i', 't']);

  const shared = { s: 1 };
  const cyclic = { shared, again: shared };
  cyclic.self = cyclic;
  r = await roundTrip(cyclic);
  assert.strictEqual(r.echo.self, r.echo);
  assert.strictEqual(r.echo.shared, r.echo.again);

  const big = Array.from({ length: 50000 }, (_, i) => ({ i }));
  r = await roundTrip(big);
  assert.strictEqual(r.echo.length, 50000);
  assert.deepStrictEqual(r.echo[49999], { i: 49999 });

  // Many distinct property names, each used again deeper down (the writer's name table grows
  // several times and must map a repeated name to the same entry).
  const wide = {};
  for (let i = 0; i < 300; i++) wide[`key_${i}_${'x'.repeat(i % 7)}`] = { [`key_${299 - i}_${'x'.repeat((299 - i) % 7)}`]: i };
  r = await roundTrip(wide);
  assert.deepStrictEqual(r.echo, wide);
  assert.deepStrictEqual(r.shape.keys, Object.keys(wide));

  assert.throws(() => w.postMessage({ f() {} }), { name: 'DataCloneError' });
  assert.throws(() => w.postMessage([Symbol('x')]), { name: 'DataCloneError' });
  w.postMessage('done');
})().then(() => console.log('ok'));
