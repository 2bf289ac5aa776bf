'use strict';
// structuredClone(): what is copied, what is refused, transfer.
const assert = require('assert');

const clone = structuredClone;

function assertDataCloneError(value, message) {
  assert.throws(() => clone(value), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  });
}

// Primitives
{
  for (const v of [1, 'a', true, false, null, undefined, 1n, NaN, Infinity]) {
    assert.strictEqual(Object.is(clone(v), v), true);
  }
  assert.ok(Object.is(clone(-0), -0));
}

// Wrapper objects
{
  const [n, s, b, big] = clone([new Number(1), new String('ab'), new Boolean(false), Object(2n)]);
  assert.ok(n instanceof Number && n.valueOf() === 1);
  assert.ok(s instanceof String && s.valueOf() === 'ab');
  assert.ok(b instanceof Boolean && b.valueOf() === false);
  assert.strictEqual(typeof big, 'object');
  assert.strictEqual(big.valueOf(), 2n);
  assert.ok(Object.is(clone(new Number(-0)).valueOf(), -0));
  const extra = new String('x');
  extra.prop = 1;
  assert.strictEqual(clone(extra).prop, undefined);
}

// Date, RegExp
{
  const d = new Date(1234567890);
  d.extra = 1;
  const dc = clone(d);
  assert.ok(dc instanceof Date);
  assert.notStrictEqual(dc, d);
  assert.strictEqual(dc.getTime(), 1234567890);
  assert.strictEqual(dc.extra, undefined);
  assert.ok(Number.isNaN(clone(new Date(NaN)).getTime()));
  const re = /a+b/gimsuy;
  re.lastIndex = 3;
  re.extra = 1;
  const rc = clone(re);
  assert.ok(rc instanceof RegExp);
  assert.strictEqual(rc.source, 'a+b');
  assert.strictEqual(rc.flags, 'gimsuy');
  assert.strictEqual(rc.lastIndex, 0);
  assert.strictEqual(rc.extra, undefined);
}

// Plain objects: own enumerable string keys, getters called, no prototype.
{
  const proto = { inherited: 1 };
  const o = Object.create(proto);
  o.own = 2;
  o[Symbol('s')] = 3;
  Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
  Object.defineProperty(o, 'getter', { get() { return 'got'; }, enumerable: true });
  const c = clone(o);
  assert.deepStrictEqual(c, { own: 2, getter: 'got' });
  assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'getter'),
                         { value: 'got', writable: true, enumerable: true, configurable: true });
  // Key order: integer keys first, as the engine lists them.
  assert.deepStrictEqual(Object.keys(clone({ b: 1, 2: 'x', a: 3, 1: 'y' })), ['1', '2', 'b', 'a']);
  // A key deleted by an earlier getter is skipped; one added is not copied.
  const g = { get a() { delete g.b; g.z = 1; return 1; }, b: 2 };
  assert.deepStrictEqual(clone(g), { a: 1 });
  // '__proto__' as an own key stays a key.
  const p = JSON.parse('{"__proto__": {"x": 1}}');
  const pc = clone(p);
  assert.deepStrictEqual(Object.keys(pc), ['__proto__']);
  assert.strictEqual(Object.getPrototypeOf(pc), Object.prototype);
  assert.strictEqual(pc.x, undefined);
  // Class instances become plain objects.
  class Point {
    constructor() {
      this.x = 1;
      this.y = 2;
    }
    get sum() { return this.x + this.y; }
  }
  const pt = clone(new Point());
  assert.strictEqual(Object.getPrototypeOf(pt), Object.prototype);
  assert.deepStrictEqual(pt, { x: 1, y: 2 });
  // Null-prototype objects too.
  const nullProto = Object.create(null);
  nullProto.a = 1;
  assert.strictEqual(Object.getPrototypeOf(clone(nullProto)), Object.prototype);
  // Objects of built-in classes without their own data: empty objects.
  assert.deepStrictEqual(clone(new EventTarget()), {});
  assert.deepStrictEqual(clone(new AbortController()), {});
  assert.deepStrictEqual(clone(Math), {});
}

// Arrays: holes, length and extra properties are kept.
{
  const a = [1, , 3];
  a.extra = 'x';
  a[10] = 5;
  const c = clone(a);
  assert.ok(Array.isArray(c));
  assert.strictEqual(c.length, 11);
  assert.strictEqual(1 in c, false);
  assert.strictEqual(c[10], 5);
  assert.strictEqual(c.extra, 'x');
  assert.deepStrictEqual(Object.keys(c), ['0', '2', '10', 'extra']);
  const trailing = [1, 2];
  trailing.length = 5;
  assert.strictEqual(clone(trailing).length, 5);
  const withGetter = [1];
  Object.defineProperty(withGetter, 1, { get() { return 9; }, enumerable: true });
  assert.deepStrictEqual(clone(withGetter), [1, 9]);
}

// Map and Set
{
  const key = { k: 1 };
  const m = new Map([[1, { a: 1 }], [key, 'v']]);
  m.extra = 1;
  const mc = clone(m);
  assert.ok(mc instanceof Map);
  assert.strictEqual(mc.size, 2);
  assert.deepStrictEqual(mc.get(1), { a: 1 });
  assert.notStrictEqual(mc.get(1), m.get(1));
  const [[, ], [k2, v2]] = [...mc];
  assert.deepStrictEqual(k2, { k: 1 });
  assert.notStrictEqual(k2, key);
  assert.strictEqual(v2, 'v');
  assert.strictEqual(mc.extra, undefined);
  const s = clone(new Set([1, 'a', { b: 2 }]));
  assert.ok(s instanceof Set);
  assert.deepStrictEqual([...s], [1, 'a', { b: 2 }]);
}

// Cycles and shared references
{
  const o = { a: 1 };
  o.self = o;
  o.list = [o, o];
  const shared = { s: 1 };
  o.x = shared;
  o.y = shared;
  const m = new Map();
  m.set(m, o);
  o.m = m;
  const c = clone(o);
  assert.notStrictEqual(c, o);
  assert.strictEqual(c.self, c);
  assert.strictEqual(c.list[0], c);
  assert.strictEqual(c.list[1], c);
  assert.strictEqual(c.x, c.y);
  assert.notStrictEqual(c.x, shared);
  assert.strictEqual(c.m.get(c.m), c);
}

// Errors: the standard names keep their prototype; stack, message and cause are copied.
{
  const e = new RangeError('bad', { cause: 'c' });
  e.extra = 1;
  const c = clone(e);
  assert.ok(c instanceof RangeError);
  assert.notStrictEqual(c, e);
  assert.strictEqual(c.message, 'bad');
  assert.strictEqual(c.stack, e.stack);
  assert.strictEqual(c.cause, 'c');
  assert.strictEqual(c.extra, undefined);
  assert.deepStrictEqual(Object.getOwnPropertyNames(c), ['stack', 'message', 'cause']);
  for (const name of ['stack', 'message', 'cause']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(c, name).enumerable, false);
  }
  for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
    assert.strictEqual(Object.getPrototypeOf(clone(new E('x'))), E.prototype);
  }
  // Other names come back as Error.
  class MyError extends Error {}
  assert.strictEqual(Object.getPrototypeOf(clone(new MyError('q'))), Error.prototype);
  const custom = new Error('m');
  custom.name = 'Custom';
  assert.strictEqual(clone(custom).name, 'Error');
  // The name decides, not the prototype.
  const renamed = new Error('x');
  renamed.name = 'TypeError';
  assert.ok(clone(renamed) instanceof TypeError);
  const agg = clone(new AggregateError([1], 'agg'));
  assert.strictEqual(Object.getPrototypeOf(agg), Error.prototype);
  assert.strictEqual(agg.errors, undefined);
  // The cause is cloned too; errors without a message get none.
  const inner = new Error('inner');
  const outer = clone(new Error('outer', { cause: inner }));
  assert.ok(outer.cause instanceof Error);
  assert.notStrictEqual(outer.cause, inner);
  assert.strictEqual(outer.cause.message, 'inner');
  assert.strictEqual(Object.hasOwn(clone(new Error()), 'message'), false);
  const withUndefinedCause = new Error('x');
  withUndefinedCause.cause = undefined;
  assert.strictEqual(Object.hasOwn(clone(withUndefinedCause), 'cause'), true);
  const numMessage = new Error('x');
  numMessage.message = 5;
  assert.strictEqual(clone(numMessage).message, '5');
  // DOMException is not a native error: a plain object.
  assert.deepStrictEqual(clone(new DOMException('x', 'AbortError')), {});
}

// ArrayBuffer, typed arrays, DataView
{
  const ab = new ArrayBuffer(8);
  const u8 = new Uint8Array(ab, 2, 4);
  u8[0] = 7;
  const dv = new DataView(ab, 1, 3);
  const c = clone({ ab, u8, dv });
  assert.notStrictEqual(c.ab, ab);
  assert.strictEqual(c.u8.buffer, c.ab);
  assert.strictEqual(c.dv.buffer, c.ab);
  assert.strictEqual(c.u8.byteOffset, 2);
  assert.strictEqual(c.u8.length, 4);
  assert.strictEqual(c.u8[0], 7);
  assert.strictEqual(c.dv.byteOffset, 1);
  assert.strictEqual(c.dv.byteLength, 3);
  u8[0] = 8;
  assert.strictEqual(c.u8[0], 7);
  const all = clone([new Int8Array([1, -1]), new Float64Array([1.5]), new BigInt64Array([5n]),
                     new Uint8ClampedArray([300]), new Uint16Array([65535]), new Float32Array([0.5])]);
  assert.deepStrictEqual(all, [new Int8Array([1, -1]), new Float64Array([1.5]),
                               new BigInt64Array([5n]), new Uint8ClampedArray([255]),
                               new Uint16Array([65535]), new Float32Array([0.5])]);
  // A Buffer comes back as a Uint8Array.
  const buf = clone(Buffer.from('hi'));
  assert.strictEqual(Object.getPrototypeOf(buf), Uint8Array.prototype);
  assert.deepStrictEqual([...buf], [104, 105]);
  // Resizable buffers stay resizable.
  const r = clone(new ArrayBuffer(2, { maxByteLength: 8 }));
  assert.strictEqual(r.resizable, true);
  assert.strictEqual(r.maxByteLength, 8);
  assert.strictEqual(r.byteLength, 2);
}

// Transfer
{
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[0] = 9;
  const moved = clone(ab, { transfer: [ab] });
  assert.strictEqual(ab.byteLength, 0);
  assert.strictEqual(moved.byteLength, 4);
  assert.strictEqual(new Uint8Array(moved)[0], 9);

  const ab2 = new ArrayBuffer(4);
  const view = new Uint8Array(ab2, 1, 2);
  view[0] = 5;
  const movedView = clone(view, { transfer: [ab2] });
  assert.strictEqual(ab2.byteLength, 0);
  assert.strictEqual(view.length, 0);
  assert.strictEqual(movedView.byteOffset, 1);
  assert.strictEqual(movedView.length, 2);
  assert.strictEqual(movedView[0], 5);

  // Inside an object, with several views of the buffer.
  const ab3 = new ArrayBuffer(8);
  const a = new Uint8Array(ab3, 0, 4);
  const b = new Uint16Array(ab3, 4, 2);
  a[1] = 1;
  b[1] = 513;
  const out = clone({ a, b, list: [ab3] }, { transfer: [ab3] });
  assert.strictEqual(ab3.byteLength, 0);
  assert.strictEqual(out.a.buffer, out.b.buffer);
  assert.strictEqual(out.list[0], out.a.buffer);
  assert.strictEqual(out.a[1], 1);
  assert.strictEqual(out.b[1], 513);

  // The transfer list may be any iterable; null/undefined mean none.
  const ab4 = new ArrayBuffer(1);
  clone(1, { transfer: new Set([ab4]) });
  assert.strictEqual(ab4.byteLength, 0);
  assert.strictEqual(clone(1, { transfer: null }), 1);
  assert.strictEqual(clone(1, { transfer: undefined }), 1);
  assert.strictEqual(clone(1, null), 1);
  assert.strictEqual(clone(1, {}), 1);
  // An object that is not iterable is an empty list.
  assert.strictEqual(clone(1, { transfer: {} }), 1);

  // A detached buffer cannot be cloned, but may be listed again.
  assertDataCloneError(ab, 'An ArrayBuffer is detached and could not be cloned.');
  assertDataCloneError(view, 'An ArrayBuffer is detached and could not be cloned.');
  assert.strictEqual(clone(1, { transfer: [ab] }), 1);

  const dup = new ArrayBuffer(1);
  assert.throws(() => clone(dup, { transfer: [dup, dup] }), {
    name: 'DataCloneError',
    message: 'Transfer list contains duplicate ArrayBuffer',
  });
  assert.strictEqual(dup.byteLength, 1); // nothing was transferred
  for (const bad of [[{}], [new Uint8Array(1)], [1]]) {
    assert.throws(() => clone(1, { transfer: bad }), {
      name: 'TypeError',
      code: 'ERR_INVALID_TRANSFER_OBJECT',
      message: 'Found invalid object in transferList',
    });
  }
  for (const bad of ['ab', 5, true]) {
    assert.throws(() => clone(1, { transfer: bad }), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'Optional transferList argument must be an iterable',
    });
  }
  // A failed clone transfers nothing.
  const keep = new ArrayBuffer(2);
  assert.throws(() => clone({ keep, f() {} }, { transfer: [keep] }), { name: 'DataCloneError' });
  assert.strictEqual(keep.byteLength, 2);
}

// Refused values
{
  assertDataCloneError(function foo() {}, 'function foo() {} could not be cloned.');
  assertDataCloneError((a) => a + 1, '(a) => a + 1 could not be cloned.');
  assertDataCloneError(class Foo {}, 'class Foo {} could not be cloned.');
  assertDataCloneError({ m() { } }.m, 'm() { } could not be cloned.');
  assertDataCloneError({ a: { b: [1, () => {}] } }, '() => {} could not be cloned.');
  assertDataCloneError(Symbol('x'), 'Symbol(x) could not be cloned.');
  assertDataCloneError({ s: Symbol() }, 'Symbol() could not be cloned.');
  assertDataCloneError(Object(Symbol('q')), '[object Symbol] could not be cloned.');
  assertDataCloneError(new WeakMap(), '#<WeakMap> could not be cloned.');
  assertDataCloneError(new WeakSet(), '#<WeakSet> could not be cloned.');
  assertDataCloneError(new WeakRef({}), '#<WeakRef> could not be cloned.');
  assertDataCloneError(Promise.resolve(), '#<Promise> could not be cloned.');
  assertDataCloneError(new Proxy({}, {}), '#<Object> could not be cloned.');
  assertDataCloneError(new Proxy([], {}), '[object Array] could not be cloned.');
  assertDataCloneError((function() { return arguments; })(1), '#<Object> could not be cloned.');
  assertDataCloneError((function* gen() {})(), '[object Generator] could not be cloned.');
  assertDataCloneError(new Map([[() => {}, 1]]), '() => {} could not be cloned.');
  // A throwing getter's error comes through as it is.
  assert.throws(() => clone({ get x() { throw new Error('getter boom'); } }), {
    name: 'Error',
    message: 'getter boom',
  });
}

// Arguments
{
  assert.strictEqual(clone.length, 0);
  assert.strictEqual(clone.name, 'structuredClone');
  assert.throws(() => clone(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The value argument must be specified',
  });
  assert.throws(() => clone(1, 5), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The options argument must be either an object or undefined',
  });
}

console.log('ok');
