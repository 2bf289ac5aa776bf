'use strict';
// node:test mock.method/getter/setter: replacing methods and accessors on objects, restore
// of the original descriptor, `times`, and argument validation.
const assert = require('assert');
const { mock } = require('node:test');

let sections = 0;
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(sections, 8, 'not every section ran');
});

// Spying on a method: it still runs, `this` is recorded, the descriptor is kept.
{
  const obj = {
    base: 10,
    add(n) { return this.base + n; },
  };
  const original = obj.add;
  const spy = mock.method(obj, 'add');
  assert.strictEqual(obj.add, spy);
  assert.strictEqual(spy.name, 'add');
  assert.strictEqual(obj.add(5), 15);
  const [call] = spy.mock.calls;
  assert.strictEqual(call.this, obj);
  assert.deepStrictEqual(call.arguments, [5]);
  assert.strictEqual(call.result, 15);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(obj, 'add'),
                         { value: spy, writable: true, enumerable: true, configurable: true });
  spy.mock.restore();
  assert.strictEqual(obj.add, original);
  // The restored spy keeps its record and still works when called directly.
  assert.strictEqual(spy.call(obj, 1), 11);
  assert.strictEqual(spy.mock.callCount(), 2);
  sections++;
}

// Replacing a prototype method of a class; attributes (non-enumerable) are preserved.
{
  class Counter {
    constructor() { this.n = 0; }
    inc() { return ++this.n; }
    static create() { return new Counter(); }
  }
  const impl = mock.method(Counter.prototype, 'inc', function() { return this.n - 1; });
  const c = new Counter();
  assert.strictEqual(c.inc(), -1);
  assert.strictEqual(impl.mock.calls[0].this, c);
  const desc = Object.getOwnPropertyDescriptor(Counter.prototype, 'inc');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.value, impl);

  // A function (the class itself) can hold the mocked method too.
  const stat = mock.method(Counter, 'create', () => 'made');
  assert.strictEqual(Counter.create(), 'made');
  assert.strictEqual(stat.mock.calls[0].this, Counter);

  mock.restoreAll();
  assert.strictEqual(new Counter().inc(), 1);
  assert.ok(Counter.create() instanceof Counter);
  sections++;
}

// A method found on the prototype chain is mocked on the object itself; restoring puts the
// found descriptor on the object.
{
  const proto = { hi() { return 'proto'; } };
  const child = Object.create(proto);
  mock.method(child, 'hi', () => 'mocked');
  assert.strictEqual(child.hi(), 'mocked');
  assert.strictEqual(Object.hasOwn(child, 'hi'), true);
  assert.strictEqual(proto.hi(), 'proto');
  mock.restoreAll();
  assert.strictEqual(child.hi(), 'proto');
  assert.strictEqual(child.hi, proto.hi);
  sections++;
}

// options: implementation optional, options in its place, times.
{
  const obj = { f() { return 'orig'; } };
  const original = obj.f;
  const once = mock.method(obj, 'f', () => 'mocked', { times: 1 });
  assert.strictEqual(obj.f(), 'mocked');
  // The last allowed call restored the property.
  assert.strictEqual(obj.f, original);
  assert.strictEqual(obj.f(), 'orig');
  assert.strictEqual(once.mock.callCount(), 1);

  const twice = mock.method(obj, 'f', { times: 2 });
  assert.deepStrictEqual([obj.f(), obj.f()], ['orig', 'orig']);
  assert.strictEqual(obj.f, original);
  assert.strictEqual(twice.mock.callCount(), 2);

  // Symbols name methods too.
  const sym = Symbol('method');
  const withSym = { [sym]() { return 'sym'; } };
  const symSpy = mock.method(withSym, sym, () => 'mocked sym');
  assert.strictEqual(withSym[sym](), 'mocked sym');
  assert.strictEqual(symSpy.mock.callCount(), 1);
  sections++;
}

// Getters and setters through options.
{
  const obj = {
    _v: 1,
    get v() { return this._v; },
    set v(x) { this._v = x; },
  };
  const getter = mock.method(obj, 'v', () => 42, { getter: true });
  assert.strictEqual(obj.v, 42);
  assert.strictEqual(getter.mock.callCount(), 1);
  assert.strictEqual(getter.mock.calls[0].this, obj);
  // The setter was left in place.
  obj.v = 5;
  assert.strictEqual(obj._v, 5);
  getter.mock.restore();
  assert.strictEqual(obj.v, 5);

  const setter = mock.method(obj, 'v', function(x) { this._v = x * 2; }, { setter: true });
  obj.v = 3;
  assert.strictEqual(obj._v, 6);
  assert.deepStrictEqual(setter.mock.calls[0].arguments, [3]);
  assert.strictEqual(obj.v, 6);
  setter.mock.restore();
  obj.v = 3;
  assert.strictEqual(obj._v, 3);
  sections++;
}

// mock.getter / mock.setter sugar, including spying without an implementation.
{
  class Box {
    constructor() { this.store = 'x'; }
    get value() { return this.store; }
    set value(v) { this.store = v; }
  }
  const box = new Box();
  const g = mock.getter(Box.prototype, 'value');
  assert.strictEqual(box.value, 'x');
  assert.strictEqual(g.mock.calls[0].result, 'x');
  // Mocking an inherited getter on the instance keeps the inherited setter working.
  const gImpl = mock.getter(box, 'value', () => 'own', { times: 1 });
  box.value = 'w';
  assert.strictEqual(box.store, 'w');
  assert.strictEqual(box.value, 'own');
  assert.strictEqual(box.value, 'w');
  assert.strictEqual(gImpl.mock.callCount(), 1);
  // Restoring put the prototype's accessors on `box` itself.
  assert.strictEqual(Object.hasOwn(box, 'value'), true);
  const s = mock.setter(Box.prototype, 'value', function(v) { this.store = `set:${v}`; });
  const other = new Box();
  other.value = 'y';
  assert.strictEqual(other.store, 'set:y');
  assert.strictEqual(s.mock.calls[0].this, other);
  box.value = 'own setter';
  assert.strictEqual(box.store, 'own setter');
  // Mocking an inherited setter on the instance keeps the inherited getter working.
  const third = new Box();
  const ownSetter = mock.setter(third, 'value', () => {});
  third.value = 'ignored';
  assert.strictEqual(third.value, 'x');
  assert.strictEqual(ownSetter.mock.callCount(), 1);
  mock.reset();
  other.value = 'z';
  assert.strictEqual(other.store, 'z');
  const desc = Object.getOwnPropertyDescriptor(Box.prototype, 'value');
  assert.strictEqual(desc.get.name, 'get value');
  assert.strictEqual(desc.set.name, 'set value');
  sections++;
}

// restoreAll keeps mocks known to the tracker; reset forgets them.
{
  const obj = { m() { return 'orig'; } };
  const spy = mock.method(obj, 'm', () => 'mock');
  mock.restoreAll();
  assert.strictEqual(obj.m(), 'orig');
  obj.m = spy;
  mock.restoreAll();
  assert.strictEqual(obj.m(), 'orig');
  mock.method(obj, 'm', () => 'mock');
  mock.reset();
  assert.strictEqual(obj.m(), 'orig');
  sections++;
}

// Argument validation of mock.method.
{
  const obj = { m() {}, n: 5 };
  assert.throws(() => mock.method(), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "methodName" argument must be one of type string or symbol. Received undefined',
  });
  assert.throws(() => mock.method(obj, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "methodName" argument must be one of type string or symbol. Received type number (5)',
  });
  assert.throws(() => mock.method(5, 'm'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "object" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => mock.method(null, 'm'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "object" argument must be of type object. Received null',
  });
  assert.throws(() => mock.method([], 'm'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "object" argument must be of type object. Received an instance of Array',
  });
  assert.throws(() => mock.method(obj, 'missing'), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'methodName' must be a method. Received undefined",
  });
  assert.throws(() => mock.method(obj, 'n'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'methodName' must be a method. Received 5",
  });
  assert.throws(() => mock.method(obj, 'm', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "implementation" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => mock.method(obj, 'm', () => {}, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => mock.method(obj, 'm', { getter: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.getter" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => mock.method(obj, 'm', { setter: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.setter" property must be of type boolean. Received type string (\'yes\')',
  });
  assert.throws(() => mock.method(obj, 'm', { getter: true, setter: true }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.setter' cannot be used with 'options.getter'. Received true",
  });
  // A plain method has no getter to mock.
  assert.throws(() => mock.method(obj, 'm', { getter: true }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'methodName' must be a method. Received undefined",
  });
  assert.throws(() => mock.method(obj, 'm', { times: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.times" is out of range. It must be >= 1 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => mock.getter(obj, 'm', { getter: false }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.getter' cannot be false. Received false",
  });
  assert.throws(() => mock.setter(obj, 'm', { setter: false }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.setter' cannot be false. Received false",
  });
  assert.throws(() => mock.getter(obj, 'm', () => {}, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  // Nothing was replaced by the failed calls.
  assert.strictEqual(Object.getOwnPropertyDescriptor(obj, 'm').value.mock, undefined);
  sections++;
}
