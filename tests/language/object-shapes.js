'use strict';
// Objects built the same way share their layout inside the engine, and rode keeps those
// layouts after the objects die (vendor/rquickjs-sys/RODE-PATCH.md). Whatever is shared,
// each object must keep its own keys, order, values, attributes and prototype, and a
// prototype must still be collectable once nothing uses it.
const assert = require('assert');
const { execFileSync } = require('child_process');

function Point(x, y) {
  this.x = x;
  this.y = y;
  this.label = `${x},${y}`;
}

// Made and dropped one at a time, then many alive at once: same keys, own values.
for (let i = 0; i < 1000; i++) {
  const p = new Point(i, -i);
  assert.deepStrictEqual(Object.keys(p), ['x', 'y', 'label']);
  assert.strictEqual(p.label, `${i},${-i}`);
}
const points = [];
for (let i = 0; i < 100; i++) points.push(new Point(i, i * 2));

// Changing one object changes only that one.
delete points[0].y;
points[1].z = 1;
Object.defineProperty(points[2], 'x', { value: 99, writable: false, enumerable: false });
Object.freeze(points[3]);
Object.setPrototypeOf(points[4], { hello() { return 'hi'; } });
assert.deepStrictEqual(Object.keys(points[0]), ['x', 'label']);
assert.deepStrictEqual(Object.keys(points[1]), ['x', 'y', 'label', 'z']);
assert.deepStrictEqual(Object.keys(points[2]), ['y', 'label']);
assert.strictEqual(points[2].x, 99);
assert.throws(() => { points[2].x = 1; }, TypeError);
assert.throws(() => { points[3].x = 1; }, TypeError);
assert.strictEqual(points[4].hello(), 'hi');
assert.ok(!(points[4] instanceof Point));
for (let i = 5; i < points.length; i++) {
  assert.deepStrictEqual(Object.keys(points[i]), ['x', 'y', 'label']);
  assert.ok(Object.isExtensible(points[i]));
  assert.strictEqual(Object.getOwnPropertyDescriptor(points[i], 'x').writable, true);
  assert.ok(points[i] instanceof Point);
}
// New objects after all that still get the plain layout.
const fresh = new Point(7, 8);
assert.deepStrictEqual(Object.entries(fresh), [['x', 7], ['y', 8], ['label', '7,8']]);

// Literals and objects built key by key in different orders keep their own order.
const a = { one: 1, two: 2, three: 3 };
const b = {};
b.three = 3;
b.two = 2;
b.one = 1;
assert.deepStrictEqual(Object.keys(a), ['one', 'two', 'three']);
assert.deepStrictEqual(Object.keys(b), ['three', 'two', 'one']);
assert.notDeepStrictEqual(Object.keys(a), Object.keys(b));

// Same keys, different attributes: a getter on one does not leak to the next.
const g = {};
Object.defineProperty(g, 'k', { get() { return 'getter'; }, enumerable: true, configurable: true });
const v = {};
v.k = 'value';
assert.strictEqual(g.k, 'getter');
assert.strictEqual(v.k, 'value');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(v, 'k').get, 'undefined');

// A dictionary-sized object (many keys) keeps every key in order.
const dict = {};
for (let i = 0; i < 200; i++) dict[`key${i}`] = i;
const keys = Object.keys(dict);
assert.strictEqual(keys.length, 200);
assert.strictEqual(keys[0], 'key0');
assert.strictEqual(keys[199], 'key199');
assert.strictEqual(dict.key150, 150);

// An object used as a prototype is collected once no object uses it: run with --expose-gc
// in a child so this works on node too.
const child = execFileSync(process.execPath, ['--expose-gc', '-e', `
  const registry = new FinalizationRegistry((name) => console.log('collected', name));
  (function () {
    const proto = { kind: 'temporary' };
    for (let i = 0; i < 50; i++) {
      const o = Object.create(proto);
      o.a = i;
      o.b = i;
    }
    registry.register(proto, 'proto');
  })();
  gc();
  setTimeout(() => { gc(); setTimeout(() => {}, 10); }, 10);
`], { encoding: 'utf8' });
assert.strictEqual(child, 'collected proto\n');
console.log('ok');
