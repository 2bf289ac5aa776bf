'use strict';
// Node-API objects and arrays: property/element/named access, key listing, prototypes,
// napi_define_properties attributes, freeze/seal, instanceof, arrays.
const assert = require('assert');
const a = require('./_addon').load('objects');

const ok = 0, object_expected = 2, name_expected = 4, function_expected = 5,
  array_expected = 8, generic_failure = 9;

// Results are [status, value, exceptionPending]; a pending exception is cleared and
// returned as the value.
function threw(r, status, Ctor, message) {
  assert.strictEqual(r[0], status);
  assert.strictEqual(r[2], true);
  assert.ok(r[1] instanceof Ctor, String(r[1]));
  assert.strictEqual(r[1].message, message);
  return r[1];
}
const nullishMsg = 'Cannot convert undefined or null to object';

// --- creation ---
{
  const o = a.createObject();
  assert.strictEqual(Object.getPrototypeOf(o), Object.prototype);
  assert.deepStrictEqual(Object.keys(o), []);
  const arr = a.createArray();
  assert.ok(Array.isArray(arr));
  assert.strictEqual(arr.length, 0);
  const arr3 = a.createArrayWithLength(3);
  assert.ok(Array.isArray(arr3));
  assert.strictEqual(arr3.length, 3);
  assert.strictEqual(0 in arr3, false); // holes
}

// --- napi_set/get/has/delete_property, napi_has_own_property ---
{
  const o = {};
  assert.deepStrictEqual(a.setProperty(o, 'x', 1), [ok, undefined, false]);
  assert.deepStrictEqual(a.setProperty(o, 2, 'two'), [ok, undefined, false]);
  const sym = Symbol('k');
  assert.deepStrictEqual(a.setProperty(o, sym, 's'), [ok, undefined, false]);
  assert.deepStrictEqual(o, { x: 1, 2: 'two', [sym]: 's' });
  assert.deepStrictEqual(a.getProperty(o, 'x'), [ok, 1, false]);
  assert.deepStrictEqual(a.getProperty(o, 2), [ok, 'two', false]);
  assert.deepStrictEqual(a.getProperty(o, '2'), [ok, 'two', false]);
  assert.deepStrictEqual(a.getProperty(o, sym), [ok, 's', false]);
  assert.deepStrictEqual(a.getProperty(o, 'nope'), [ok, undefined, false]);
  assert.deepStrictEqual(a.getProperty(5, 'constructor'), [ok, Number, false]);
  assert.deepStrictEqual(a.getProperty('abc', 'length'), [ok, 3, false]);
  threw(a.getProperty(null, 'x'), object_expected, TypeError, nullishMsg);
  threw(a.setProperty(undefined, 'x', 1), object_expected, TypeError, nullishMsg);
  // A throwing getter: napi_generic_failure with the exception pending.
  const g = new Error('getter threw');
  assert.strictEqual(threw(a.getProperty({ get x() { throw g; } }, 'x'), generic_failure, Error,
    'getter threw'), g);
  // Setting on a frozen object from native code does not throw (sloppy semantics).
  const frozen = Object.freeze({ x: 1 });
  assert.deepStrictEqual(a.setProperty(frozen, 'x', 2), [ok, undefined, false]);
  assert.strictEqual(frozen.x, 1);
  // Setters and proxies run.
  const log = [];
  const px = new Proxy({}, { get: (t, k) => `got ${String(k)}`, set: (t, k, v) => { log.push([k, v]); return true; } });
  assert.deepStrictEqual(a.getProperty(px, 'q'), [ok, 'got q', false]);
  a.setProperty(px, 'q', 9);
  assert.deepStrictEqual(log, [['q', 9]]);

  assert.deepStrictEqual(a.hasProperty(o, 'toString'), [ok, true, false]);
  assert.deepStrictEqual(a.hasOwnProperty(o, 'toString'), [ok, false, false]);
  assert.deepStrictEqual(a.hasOwnProperty(o, 'x'), [ok, true, false]);
  assert.deepStrictEqual(a.hasOwnProperty(o, sym), [ok, true, false]);
  assert.deepStrictEqual(a.hasProperty(o, 2), [ok, true, false]);
  // napi_has_own_property wants a name (string or symbol): a number key fails.
  assert.deepStrictEqual(a.hasOwnProperty(o, 2), [name_expected, false, false]);
  assert.deepStrictEqual(a.hasProperty(1, 'x'), [ok, false, false]);
  assert.deepStrictEqual(a.hasProperty(1, 'toFixed'), [ok, true, false]);

  assert.deepStrictEqual(a.deleteProperty(o, 'x'), [ok, true, false]);
  assert.strictEqual('x' in o, false);
  assert.deepStrictEqual(a.deleteProperty(o, 'x'), [ok, true, false]); // absent: true
  assert.deepStrictEqual(a.deleteProperty(Object.freeze({ x: 1 }), 'x'), [ok, false, false]);
}

// --- elements ---
{
  const arr = [1, 2, 3];
  assert.deepStrictEqual(a.setElement(arr, 5, 'f'), [ok, undefined, false]);
  assert.strictEqual(arr.length, 6);
  assert.deepStrictEqual(a.getElement(arr, 1), [ok, 2, false]);
  assert.deepStrictEqual(a.getElement(arr, 4), [ok, undefined, false]);
  assert.deepStrictEqual(a.hasElement(arr, 4), [ok, false, false]);
  assert.deepStrictEqual(a.hasElement(arr, 5), [ok, true, false]);
  assert.deepStrictEqual(a.deleteElement(arr, 0), [ok, true, false]);
  assert.strictEqual(0 in arr, false);
  assert.strictEqual(arr.length, 6);
  assert.deepStrictEqual(a.deleteElement(Object.freeze([1]), 0), [ok, false, false]);
  const obj = {};
  a.setElement(obj, 7, 'seven');
  assert.deepStrictEqual(obj, { 7: 'seven' });
  assert.deepStrictEqual(a.getElement('xyz', 1), [ok, 'y', false]);
  threw(a.getElement(undefined, 0), object_expected, TypeError, nullishMsg);
}

// --- named properties (C string keys) ---
{
  const o = {};
  assert.deepStrictEqual(a.named('set', o, 'k', 7), [ok, undefined, false]);
  assert.strictEqual(o.k, 7);
  assert.deepStrictEqual(a.named('get', o, 'k'), [ok, 7, false]);
  assert.deepStrictEqual(a.named('has', o, 'k'), [ok, true, false]);
  assert.deepStrictEqual(a.named('has', o, 'hasOwnProperty'), [ok, true, false]);
  assert.deepStrictEqual(a.named('has', o, 'z'), [ok, false, false]);
  a.named('set', o, 'héllo', 1);
  assert.strictEqual(o['héllo'], 1);
  assert.deepStrictEqual(a.named('get', 1, 'toFixed'), [ok, Number.prototype.toFixed, false]);
  threw(a.named('get', null, 'x'), object_expected, TypeError, nullishMsg);
}

// --- key listing ---
{
  const s = Symbol('s');
  class P { constructor() { this.own = 1; this[3] = 1; this[s] = 1; } }
  P.prototype.inh = 2;
  Object.defineProperty(P.prototype, 'hidden', { value: 1, enumerable: false });
  const p = new P();
  Object.defineProperty(p, 'ne', { value: 1, enumerable: false });
  Object.defineProperty(p, 'ro', { value: 1, enumerable: true, writable: false, configurable: true });
  // napi_get_property_names: enumerable string keys, own and inherited, numbers as strings.
  assert.deepStrictEqual(a.getPropertyNames(p), [ok, ['3', 'own', 'ro', 'inh'], false]);
  assert.deepStrictEqual(a.getPropertyNames('ab'), [ok, ['0', '1'], false]);
  assert.deepStrictEqual(a.getPropertyNames(5), [ok, [], false]);
  threw(a.getPropertyNames(null), object_expected, TypeError, nullishMsg);

  // napi_get_all_property_names(obj, mode, filter, conversion)
  const include_prototypes = 0, own_only = 1;
  const all = 0, writable = 1, enumerable = 2, configurable = 4, skip_strings = 8, skip_symbols = 16;
  const keep_numbers = 0, numbers_to_strings = 1;
  const names = (m, f, c) => {
    const r = a.getAllPropertyNames(p, m, f, c);
    assert.strictEqual(r[0], ok);
    return r[1];
  };
  assert.deepStrictEqual(names(own_only, all, keep_numbers), [3, 'own', 'ne', 'ro', s]);
  assert.deepStrictEqual(names(own_only, all, numbers_to_strings), ['3', 'own', 'ne', 'ro', s]);
  assert.deepStrictEqual(names(own_only, enumerable, numbers_to_strings), ['3', 'own', 'ro', s]);
  assert.deepStrictEqual(names(own_only, writable, numbers_to_strings), ['3', 'own', s]);
  assert.deepStrictEqual(names(own_only, configurable, numbers_to_strings), ['3', 'own', 'ro', s]);
  assert.deepStrictEqual(names(own_only, writable | enumerable, numbers_to_strings), ['3', 'own', s]);
  assert.deepStrictEqual(names(own_only, skip_strings, numbers_to_strings), [s]);
  assert.deepStrictEqual(names(own_only, skip_symbols, numbers_to_strings), ['3', 'own', 'ne', 'ro']);
  assert.deepStrictEqual(names(own_only, enumerable | skip_symbols, keep_numbers), [3, 'own', 'ro']);
  const withProto = names(include_prototypes, all, numbers_to_strings);
  assert.deepStrictEqual(withProto.slice(0, 8), ['3', 'own', 'ne', 'ro', s, 'constructor', 'inh', 'hidden']);
  assert.ok(withProto.includes('hasOwnProperty'));
  assert.ok(withProto.includes('__proto__'));
  assert.deepStrictEqual(names(include_prototypes, enumerable | skip_symbols, numbers_to_strings),
    ['3', 'own', 'ro', 'inh']);
}

// --- napi_get_prototype ---
{
  class P {}
  assert.deepStrictEqual(a.getPrototype(new P()), [ok, P.prototype, false]);
  assert.deepStrictEqual(a.getPrototype(Object.create(null)), [ok, null, false]);
  assert.deepStrictEqual(a.getPrototype(5), [ok, Number.prototype, false]);
  threw(a.getPrototype(undefined), object_expected, TypeError, nullishMsg);
}

// --- napi_define_properties ---
{
  const sym = Symbol('sym');
  const t = {};
  assert.deepStrictEqual(a.defineProperties(t, sym), [ok, undefined, false]);
  const d = Object.getOwnPropertyDescriptors(t);
  const data = (value, writable, enumerable, configurable) => ({ value, writable, enumerable, configurable });
  assert.deepStrictEqual(d.plain, data(1, false, false, false));
  assert.deepStrictEqual(d.all, data(2, true, true, true));
  assert.deepStrictEqual(d.jsprop, data(2, true, true, true));
  assert.deepStrictEqual(d.enumOnly, data(3, false, true, false));
  assert.deepStrictEqual(d.staticIgnored, data(1, false, true, false)); // napi_static ignored
  assert.deepStrictEqual(d[sym], data(3, true, false, false));
  // Accessors are never writable-flagged; enumerable/configurable come from the attributes.
  assert.strictEqual(typeof d.getOnly.get, 'function');
  assert.strictEqual(d.getOnly.set, undefined);
  assert.deepStrictEqual([d.getOnly.enumerable, d.getOnly.configurable], [true, false]);
  assert.strictEqual(d.setOnly.get, undefined);
  assert.strictEqual(typeof d.setOnly.set, 'function');
  assert.deepStrictEqual([d.setOnly.enumerable, d.setOnly.configurable], [false, true]);
  assert.strictEqual(typeof d.accessor.get, 'function');
  assert.strictEqual(typeof d.accessor.set, 'function');
  assert.deepStrictEqual([d.accessor.enumerable, d.accessor.configurable], [false, false]);
  assert.ok(!('writable' in d.accessor));
  assert.strictEqual(typeof d.method.value, 'function');
  assert.deepStrictEqual([d.method.writable, d.method.enumerable, d.method.configurable], [true, false, true]);
  assert.deepStrictEqual(Object.keys(t), ['all', 'jsprop', 'enumOnly', 'getOnly', 'staticIgnored']);

  // Getter: `this` is the receiver, data is the descriptor's data pointer.
  const g = t.getOnly;
  assert.strictEqual(g.this, t);
  assert.strictEqual(g.data, 'getter-data');
  assert.strictEqual(t.accessor.data, 'accessor-data');
  const m = t.method(1);
  assert.strictEqual(m.this, t);
  assert.deepStrictEqual(m.args, [1, undefined]);
  assert.strictEqual(m.argc, 1);
  assert.strictEqual(m.data, 'method-data');
  const other = { method: t.method };
  assert.strictEqual(other.method('a', 'b').this, other);

  assert.deepStrictEqual({ ...a.setterState() }, { calls: 0, last: 0 });
  t.accessor = 5;
  t.setOnly = 9;
  assert.deepStrictEqual({ ...a.setterState() }, { calls: 2, last: 9 });
  assert.strictEqual(t.setOnly, undefined);
  assert.throws(() => { 'use strict'; t.plain = 5; }, TypeError);
  assert.throws(() => { 'use strict'; t.getOnly = 5; }, TypeError);
  assert.throws(() => { 'use strict'; delete t.plain; }, TypeError);

  assert.deepStrictEqual(a.defineBad({}), [name_expected, undefined, false]);
  threw(a.defineProperties(null, sym), object_expected, TypeError, nullishMsg);
}

// --- freeze / seal ---
{
  const f = { a: 1 };
  assert.deepStrictEqual(a.freeze(f), [ok, undefined, false]);
  assert.ok(Object.isFrozen(f));
  const s = { a: 1 };
  assert.deepStrictEqual(a.seal(s), [ok, undefined, false]);
  assert.ok(Object.isSealed(s));
  assert.ok(!Object.isFrozen(s));
  s.a = 2;
  assert.strictEqual(s.a, 2);
  threw(a.freeze(null), object_expected, TypeError, nullishMsg);
  threw(a.seal(undefined), object_expected, TypeError, nullishMsg);
}

// --- napi_instanceof ---
{
  assert.deepStrictEqual(a.instanceOf([], Array), [ok, true, false]);
  assert.deepStrictEqual(a.instanceOf([], Object), [ok, true, false]);
  assert.deepStrictEqual(a.instanceOf({}, Array), [ok, false, false]);
  assert.deepStrictEqual(a.instanceOf(1, Number), [ok, false, false]);
  class A {}
  class B extends A {}
  assert.deepStrictEqual(a.instanceOf(new B(), A), [ok, true, false]);
  const odd = function () {};
  Object.defineProperty(odd, Symbol.hasInstance, { value: (v) => v === 42 });
  assert.deepStrictEqual(a.instanceOf(42, odd), [ok, true, false]);
  // A non-function constructor: napi_function_expected and a pending TypeError with a code.
  const e = threw(a.instanceOf({}, {}), function_expected, TypeError, 'Constructor must be a function');
  assert.strictEqual(e.code, 'ERR_NAPI_CONS_FUNCTION');
}

// --- arrays ---
{
  assert.deepStrictEqual(a.getArrayLength([1, 2]), [ok, 2]);
  assert.deepStrictEqual(a.getArrayLength(a.createArrayWithLength(7)), [ok, 7]);
  assert.deepStrictEqual(a.getArrayLength({ length: 3 }), [array_expected, 999]);
  assert.deepStrictEqual(a.getArrayLength(new Uint8Array(2)), [array_expected, 999]);
  assert.strictEqual(a.isArray([]), true);
  assert.strictEqual(a.isArray(new Array(3)), true);
  assert.strictEqual(a.isArray({ length: 1 }), false);
  assert.strictEqual(a.isArray(new Uint8Array(1)), false);
  assert.strictEqual(a.isArray('ab'), false);
  // Unlike Array.isArray, napi_is_array doesn't see through a Proxy.
  assert.strictEqual(a.isArray(new Proxy([], {})), false);
}
