'use strict';
// Node-API classes and wrapping: napi_define_class, napi_wrap/unwrap/remove_wrap, wrap
// finalizers, napi_type_tag_object/check_object_type_tag, napi_add_finalizer, externals,
// instance data. The finalizer part re-runs this file with --expose-gc.
const assert = require('assert');
const a = require('./_addon').load('classes');

const ok = 0, invalid_arg = 1;

if (process.argv[2] === 'gc-child') {
  gcChild();
} else {
  main();
}

function main() {
  // --- instance data: none yet, then set/replace ---
  assert.strictEqual(a.getInstanceData(), undefined);
  a.setInstanceData(7);
  assert.strictEqual(a.getInstanceData(), 7);
  a.setInstanceData(8); // replacing runs the old data's finalizer
  assert.strictEqual(a.getInstanceData(), 8);

  // --- napi_define_class ---
  const Point = a.makeClass();
  assert.strictEqual(typeof Point, 'function');
  assert.strictEqual(Point.name, 'Point');
  const p = new Point(1, 2);
  assert.ok(p instanceof Point);
  assert.strictEqual(p.constructor, Point);
  assert.deepStrictEqual(Object.keys(p), []);
  assert.strictEqual(p.sum(), 3);
  assert.strictEqual(p.x, 1);
  p.x = 5;
  assert.strictEqual(p.x, 5);
  assert.strictEqual(p.sum(), 7);
  // Instance properties live on the prototype.
  const pd = Object.getOwnPropertyDescriptors(Point.prototype);
  assert.deepStrictEqual(Object.keys(pd).sort(), ['constructor', 'kind', 'sum', 'x']);
  assert.strictEqual(pd.sum.value.name, 'sum');
  assert.deepStrictEqual([pd.sum.writable, pd.sum.enumerable, pd.sum.configurable], [true, false, true]);
  assert.strictEqual(typeof pd.x.get, 'function');
  assert.strictEqual(typeof pd.x.set, 'function');
  assert.deepStrictEqual([pd.x.enumerable, pd.x.configurable], [true, true]);
  assert.deepStrictEqual(pd.kind, { value: 'point', writable: false, enumerable: false, configurable: false });
  assert.strictEqual(p.kind, 'point');
  // Static members live on the constructor.
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Point, 'DIMS'),
    { value: 2, writable: false, enumerable: true, configurable: false });
  const od = Object.getOwnPropertyDescriptor(Point, 'origin');
  assert.deepStrictEqual([typeof od.value, od.writable, od.enumerable, od.configurable], ['function', true, false, true]);
  assert.ok(!('origin' in Point.prototype));
  assert.ok(!('sum' in Point));
  const o = Point.origin();
  assert.ok(o instanceof Point);
  assert.strictEqual(o.sum(), 0);
  assert.throws(() => Point(1, 2), { name: 'TypeError', message: 'Point must be called with new' });
  // Methods check their receiver before the native callback runs.
  assert.throws(() => p.sum.call({}), { name: 'TypeError', message: 'Illegal invocation' });
  // Subclassing from JS.
  class Sub extends Point { constructor() { super(3, 4); } twice() { return 2 * this.sum(); } }
  const s = new Sub();
  assert.ok(s instanceof Point);
  assert.strictEqual(s.twice(), 14);

  // --- napi_wrap / napi_unwrap / napi_remove_wrap: [status, x] ---
  assert.deepStrictEqual(a.unwrap(p), [ok, 5]);
  assert.deepStrictEqual(a.unwrap({}), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.unwrap(1), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.removeWrap(p), [ok, 5]);
  assert.deepStrictEqual(a.unwrap(p), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.removeWrap(p), [invalid_arg, undefined]);
  assert.throws(() => p.sum(), { name: 'TypeError', message: 'not a Point' });
  const q = {};
  assert.strictEqual(a.wrapPlain(q, 3, true), invalid_arg); // result ref without finalizer
  assert.deepStrictEqual(a.unwrap(q), [invalid_arg, undefined]);
  assert.strictEqual(a.wrapPlain(q, 3, false), ok);
  assert.strictEqual(a.wrapPlain(q, 4, false), invalid_arg); // already wrapped
  assert.deepStrictEqual(a.unwrap(q), [ok, 3]);
  assert.strictEqual(a.wrapPlain(5, 1, false), invalid_arg); // not an object
  assert.deepStrictEqual(a.wrapWithRef(q), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.removeWrap(q), [ok, 3]);
  // The wrap reference is weak (count 0): ref -> 1, unref -> 0.
  assert.deepStrictEqual(a.wrapWithRef({}), [ok, 1, 0, true]);
  // A removed wrap can be wrapped again.
  assert.strictEqual(a.wrapPlain(q, 9, false), ok);
  assert.deepStrictEqual(a.unwrap(q), [ok, 9]);
  // Functions can be wrapped too.
  const fn = () => {};
  assert.strictEqual(a.wrapPlain(fn, 6, false), ok);
  assert.deepStrictEqual(a.unwrap(fn), [ok, 6]);

  // --- externals ---
  const e = a.createExternal(42);
  assert.deepStrictEqual(a.getExternal(e), [ok, 42]);
  assert.deepStrictEqual(a.getExternal({}), [invalid_arg, undefined]);
  assert.deepStrictEqual(a.getExternal(1), [invalid_arg, undefined]);
  assert.strictEqual(typeof e, 'object');
  assert.strictEqual(Object.getPrototypeOf(e), null);
  assert.strictEqual(Object.prototype.toString.call(e), '[object Object]');
  // util sees it as V8's External: its type, and inspect shows the data pointer in hex.
  const util = require('util');
  assert.strictEqual(util.types.isExternal(e), true);
  assert.strictEqual(util.types.isExternal({}), false);
  assert.match(util.inspect(e), /^\[External: [0-9a-f]+\]$/);
  assert.strictEqual(util.inspect([e]), `[ ${util.inspect(e)} ]`);

  // --- type tags: status, [status, matches] ---
  const t = {};
  assert.deepStrictEqual(a.checkTag(t, 0), [ok, false]);
  assert.strictEqual(a.tagObject(t, 0), ok);
  assert.strictEqual(a.tagObject(t, 0), invalid_arg); // already tagged
  assert.strictEqual(a.tagObject(t, 1), invalid_arg);
  assert.deepStrictEqual(a.checkTag(t, 0), [ok, true]);
  assert.deepStrictEqual(a.checkTag(t, 1), [ok, false]);
  assert.deepStrictEqual(a.checkTag({}, 0), [ok, false]);
  assert.strictEqual(a.tagObject(e, 1), ok); // externals can be tagged
  assert.deepStrictEqual(a.checkTag(e, 1), [ok, true]);
  assert.deepStrictEqual(a.checkTag(e, 0), [ok, false]);
  // The tag is not visible as a property.
  assert.deepStrictEqual(Reflect.ownKeys(t), []);

  // --- napi_add_finalizer ---
  assert.strictEqual(a.addFinalizer({}), ok);
  assert.strictEqual(a.addFinalizer(1), invalid_arg);

  // No finalizer has run for live objects.
  assert.deepStrictEqual({ ...a.counts() }, { points: 0, externals: 0, added: 0 });

  // Finalizers after collection: needs gc(), so run the child.
  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'gc-child'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  assert.strictEqual(out, 'gc-child ok\n');
}

function gcChild() {
  assert.strictEqual(typeof globalThis.gc, 'function');
  const Point = a.makeClass();
  let keep;
  (function () {
    for (let i = 0; i < 10; i++) {
      new Point(i, i);
      a.createExternal(i);
      a.addFinalizer({}); // two finalizers each: +1 and +10
    }
    keep = new Point(1, 1);
    const removed = new Point(2, 2);
    a.removeWrap(removed); // a removed wrap's finalizer never runs
  })();
  assert.deepStrictEqual({ ...a.counts() }, { points: 0, externals: 0, added: 0 });
  let turns = 0;
  (function again() {
    globalThis.gc();
    const c = a.counts();
    if ((c.points < 10 || c.externals < 10 || c.added < 110) && ++turns < 20) {
      setImmediate(again);
      return;
    }
    assert.deepStrictEqual({ ...c }, { points: 10, externals: 10, added: 110 });
    assert.strictEqual(keep.sum(), 2);
    console.log('gc-child ok');
  })();
}
