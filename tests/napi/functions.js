'use strict';
// Node-API functions: napi_create_function, napi_get_cb_info, napi_get_new_target,
// napi_call_function, napi_new_instance, and exceptions.
const assert = require('assert');
const a = require('./_addon').load('functions');

const ok = 0, invalid_arg = 1, string_expected = 3, pending_exception = 10;

// --- napi_create_function: name, length, data, this, argc/argv ---
{
  const f = a.makeFunction('myFn', true);
  assert.strictEqual(typeof f, 'function');
  assert.strictEqual(f.name, 'myFn');
  assert.strictEqual(f.length, 0);
  const anon = a.makeFunction(undefined, false);
  assert.strictEqual(anon.name, '');
  assert.strictEqual(anon.length, 0);
  // A name with an explicit byte length.
  const counter = a.makeCounter();
  assert.strictEqual(counter.name, 'countArgs');
  assert.strictEqual(counter(1, 2, 3), 3);
  assert.strictEqual(counter(), 0);
  assert.strictEqual(a.countArgs('x'), 1);

  // Fewer arguments than the buffer: argc is the real count, the rest are undefined.
  let r = f(1, 2);
  assert.strictEqual(r.argc, 2);
  assert.deepStrictEqual(r.argv, [1, 2, undefined, undefined]);
  assert.strictEqual(r.data, 'fn-data');
  assert.strictEqual(r.newTarget, null); // napi_get_new_target gives NULL for a plain call
  // A sloppy-mode receiver: undefined becomes the global object, primitives are boxed.
  assert.strictEqual(r.this, globalThis);
  r = f.call('s', 1, 2, 3, 4, 5, 6);
  assert.strictEqual(r.argc, 6); // more arguments than the buffer: argc says 6
  assert.deepStrictEqual(r.argv, [1, 2, 3, 4]);
  assert.ok(r.this instanceof String);
  assert.strictEqual(r.this.valueOf(), 's');
  const recv = {};
  assert.strictEqual(f.call(recv).this, recv);
  const r0 = anon();
  assert.strictEqual(r0.argc, 0);
  assert.deepStrictEqual(r0.argv, [undefined, undefined, undefined, undefined]);
  assert.strictEqual(r0.data, undefined);
  // Constructible: new.target is the function, `this` an instance of it; the returned
  // object replaces `this`.
  r = new f(7);
  assert.strictEqual(r.newTarget, f);
  assert.ok(r.this instanceof f);
  assert.strictEqual(Object.getPrototypeOf(r.this), f.prototype);
  assert.deepStrictEqual(r.argv, [7, undefined, undefined, undefined]);
}

// A native constructor that returns NULL: `new` yields `this`.
{
  const Made = a.makeConstructor();
  assert.strictEqual(Made.name, 'Made');
  const m = new Made(5);
  assert.ok(m instanceof Made);
  assert.strictEqual(m.arg, 5);
  assert.strictEqual(m.newTarget, Made);
  assert.strictEqual(Made(1), undefined);
  class Sub extends Made { constructor() { super(9); this.sub = true; } }
  const s = new Sub();
  assert.ok(s instanceof Sub);
  assert.ok(s instanceof Made);
  assert.strictEqual(s.newTarget, Sub);
  assert.deepStrictEqual([s.arg, s.sub], [9, true]);
}

// --- napi_call_function: [status, result or exception, exceptionPending] ---
{
  const recv = { k: 1 };
  const [st, res, pend] = a.callFunction(recv, function (x, y) { return [this, x, y, arguments.length]; }, 1);
  assert.deepStrictEqual([st, pend], [ok, false]);
  assert.strictEqual(res[0], recv);
  assert.deepStrictEqual(res.slice(1), [1, undefined, 1]);
  assert.deepStrictEqual(a.callFunction(undefined, function () { 'use strict'; return this; }), [ok, undefined, false]);
  // A sloppy function (this file is strict) gets the global object for an undefined receiver.
  assert.deepStrictEqual(a.callFunction(undefined, new Function('return this === globalThis')), [ok, true, false]);
  assert.deepStrictEqual(a.callFunction(5, function () { 'use strict'; return this; }), [ok, 5, false]);
  assert.deepStrictEqual(a.callFunction(null, (p, q, s) => p + q + s, 'a', 'b', 'c'), [ok, 'abc', false]);
  assert.deepStrictEqual(a.callFunction(null, a.countArgs, 1, 2), [ok, 2, false]);
  // A JS exception: napi_pending_exception, the exception is pending and can be taken.
  const re = new RangeError('r');
  assert.deepStrictEqual(a.callFunction(null, () => { throw re; }), [pending_exception, re, true]);
  // Not a function: napi_invalid_arg, nothing thrown.
  assert.deepStrictEqual(a.callNonFunction(5), [invalid_arg, undefined, false]);
  assert.deepStrictEqual(a.callNonFunction({}), [invalid_arg, undefined, false]);

  // An exception from a JS callback propagates through the native frame to the JS caller.
  const e = new Error('prop');
  assert.throws(() => a.callAndPropagate(() => { throw e; }), (x) => x === e);
  assert.strictEqual(a.lastStatus(), pending_exception);
  assert.strictEqual(a.callAndPropagate(() => 3), 3);
  assert.strictEqual(a.lastStatus(), ok);
  // Nested: native -> JS -> native -> JS throw.
  assert.throws(() => a.callAndPropagate(() => a.callAndPropagate(() => { throw e; })), (x) => x === e);
}

// --- napi_new_instance ---
{
  const [st, d] = a.newInstance(Date, 0);
  assert.strictEqual(st, ok);
  assert.ok(d instanceof Date);
  assert.strictEqual(d.getTime(), 0);
  const [st2, o] = a.newInstance(class { constructor(p, q) { this.s = p + q; } }, 1, 2);
  assert.strictEqual(st2, ok);
  assert.strictEqual(o.s, 3);
  assert.deepStrictEqual(a.newInstance({}), [invalid_arg, undefined, false]);
  const [st3, exc, pend] = a.newInstance(() => 1);
  assert.deepStrictEqual([st3, pend], [pending_exception, true]);
  assert.ok(exc instanceof TypeError);
  assert.match(exc.message, / is not a constructor$/);
  assert.deepStrictEqual(a.newInstance(class { constructor() { throw 5; } }), [pending_exception, 5, true]);
  const Made = a.makeConstructor();
  const [st4, m] = a.newInstance(Made, 'z');
  assert.strictEqual(st4, ok);
  assert.ok(m instanceof Made);
  assert.strictEqual(m.arg, 'z');
  assert.strictEqual(m.newTarget, Made);
}

// --- throwing ---
{
  assert.throws(() => a.throwValue(42), (x) => x === 42);
  assert.throws(() => a.throwValue(undefined), (x) => x === undefined);
  const obj = {};
  assert.throws(() => a.throwValue(obj), (x) => x === obj);

  const kinds = { error: Error, type: TypeError, range: RangeError, syntax: SyntaxError };
  for (const [kind, Ctor] of Object.entries(kinds)) {
    let caught;
    try { a.throwKind(kind, undefined, `msg ${kind}`); } catch (e) { caught = e; }
    assert.ok(caught instanceof Ctor, kind);
    assert.strictEqual(Object.getPrototypeOf(caught), Ctor.prototype);
    assert.strictEqual(caught.message, `msg ${kind}`);
    assert.strictEqual('code' in caught, false);
    assert.deepStrictEqual(Object.keys(caught), []);
    assert.strictEqual(a.lastStatus(), ok);

    caught = undefined;
    try { a.throwKind(kind, 'E_CODE', `msg ${kind}`); } catch (e) { caught = e; }
    assert.ok(caught instanceof Ctor);
    assert.strictEqual(caught.message, `msg ${kind}`);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(caught, 'code'),
      { value: 'E_CODE', writable: true, enumerable: true, configurable: true });
    assert.strictEqual(String(caught), `${Ctor.name}: msg ${kind}`);
  }
}

// --- creating errors ---
{
  const kinds = { error: Error, type: TypeError, range: RangeError, syntax: SyntaxError };
  for (const [kind, Ctor] of Object.entries(kinds)) {
    const [st, e, pend] = a.createError(kind, 'C', 'm');
    assert.deepStrictEqual([st, pend], [ok, false]);
    assert.ok(e instanceof Ctor);
    assert.strictEqual(e.message, 'm');
    assert.strictEqual(e.code, 'C');
    assert.deepStrictEqual(Object.keys(e), ['code']);
    assert.strictEqual(typeof e.stack, 'string');
    assert.strictEqual(e.stack.split('\n')[0], `${Ctor.name}: m`);
    const [st2, e2] = a.createError(kind, undefined, 'no code');
    assert.strictEqual(st2, ok);
    assert.strictEqual(e2.message, 'no code');
    assert.strictEqual('code' in e2, false);
    // Non-string code or message: napi_string_expected.
    assert.deepStrictEqual(a.createError(kind, 5, 'm'), [string_expected, undefined, false]);
    assert.deepStrictEqual(a.createError(kind, undefined, 5), [string_expected, undefined, false]);
  }
  assert.strictEqual(a.isError(new Error()), true);
  assert.strictEqual(a.isError(new TypeError()), true);
  assert.strictEqual(a.isError(new (class E extends Error {})()), true);
  assert.strictEqual(a.isError({ message: 'x', stack: 'y' }), false);
  assert.strictEqual(a.isError(Object.create(Error.prototype)), false);
  assert.strictEqual(a.isError('Error'), false);
}

// --- pending exception state ---
{
  const err = new Error('x1');
  let calls = 0;
  const p = a.probePending(() => { calls++; throw err; });
  assert.strictEqual(p.status, pending_exception);
  assert.strictEqual(p.pendingAfterCall, true);
  // With an exception pending, calls into JS and napi_throw fail without running anything.
  assert.strictEqual(p.callWhilePending, pending_exception);
  assert.strictEqual(calls, 1);
  assert.strictEqual(p.throwWhilePending, pending_exception);
  assert.strictEqual(p.createWhilePending, ok);
  assert.strictEqual(p.clearStatus, ok);
  assert.strictEqual(p.exception, err); // the first exception, not the second throw
  assert.strictEqual(p.pendingAfterClear, false);
  // Nothing pending: napi_get_and_clear_last_exception gives undefined.
  assert.strictEqual(p.clearedAgain, undefined);
}
