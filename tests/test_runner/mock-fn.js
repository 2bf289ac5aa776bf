'use strict';
// node:test mock.fn(): call recording, implementations, `times`, constructors, restore/reset
// and argument validation. Uses the shared `mock` tracker, not the runner.
const assert = require('assert');
const { mock } = require('node:test');

let sections = 0;
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(sections, 11, 'not every section ran');
});

// A bare mock: a function named after the default parameter, length 0, returns undefined.
{
  const fn = mock.fn();
  assert.strictEqual(typeof fn, 'function');
  assert.strictEqual(fn.name, 'original');
  assert.strictEqual(fn.length, 0);
  assert.strictEqual(fn(1, 2), undefined);
  assert.strictEqual(fn.mock.callCount(), 1);
  assert.strictEqual(fn.mock.constructor.name, 'MockFunctionContext');
  // `mock` is only visible through get: not an own or `in` property.
  assert.deepStrictEqual(Object.keys(fn), []);
  assert.strictEqual('mock' in fn, false);
  assert.strictEqual(Object.getOwnPropertyNames(fn).includes('mock'), false);
  // Options alone as the first argument.
  assert.strictEqual(mock.fn({ times: 2 }).name, 'original');
  sections++;
}

// Spying on an original: name, length and properties come from it; calls are recorded.
{
  function add(a, b) { return a + b; }
  add.extra = 'kept';
  const spy = mock.fn(add);
  assert.strictEqual(spy.name, 'add');
  assert.strictEqual(spy.length, 2);
  assert.strictEqual(spy.extra, 'kept');
  const receiver = { tag: 'this' };
  assert.strictEqual(spy.call(receiver, 2, 3), 5);
  assert.strictEqual(spy(10, 20), 30);

  const calls = spy.mock.calls;
  assert.strictEqual(calls.length, 2);
  const [first, second] = calls;
  assert.strictEqual(Object.getPrototypeOf(first), null);
  assert.deepStrictEqual(Object.keys(first), ['arguments', 'error', 'result', 'stack', 'target', 'this']);
  assert.deepStrictEqual(first.arguments, [2, 3]);
  assert.strictEqual(first.result, 5);
  assert.strictEqual(first.error, undefined);
  assert.strictEqual(first.target, undefined);
  assert.strictEqual(first.this, receiver);
  assert.ok(first.stack instanceof Error);
  assert.strictEqual(second.this, undefined);
  assert.strictEqual(second.result, 30);
  // `calls` is a fresh copy each time.
  assert.notStrictEqual(spy.mock.calls, calls);
  calls.pop();
  assert.strictEqual(spy.mock.calls.length, 2);
  sections++;
}

// An implementation replaces the original until restore().
{
  const original = (a, b) => a + b;
  const fn = mock.fn(original, (a, b) => a * b);
  assert.strictEqual(fn.length, 2);
  assert.strictEqual(fn(3, 4), 12);
  fn.mock.mockImplementation((a, b) => a - b);
  assert.strictEqual(fn(3, 4), -1);
  fn.mock.restore();
  assert.strictEqual(fn(3, 4), 7);
  assert.strictEqual(fn.mock.callCount(), 3);
  // Options as the second argument keep the original as implementation.
  const withOptions = mock.fn(original, { times: 1 });
  assert.strictEqual(withOptions(1, 1), 2);
  sections++;
}

// mockImplementationOnce: next call by default, or a given future call.
{
  const fn = mock.fn(() => 'base');
  fn.mock.mockImplementationOnce(() => 'first');
  fn.mock.mockImplementationOnce(() => 'third', 2);
  assert.deepStrictEqual([fn(), fn(), fn(), fn()], ['first', 'base', 'third', 'base']);
  assert.strictEqual(fn.mock.callCount(), 4);
  // resetCalls clears the record; numbering of calls starts again.
  fn.mock.resetCalls();
  assert.strictEqual(fn.mock.callCount(), 0);
  assert.deepStrictEqual(fn.mock.calls, []);
  fn.mock.mockImplementationOnce(() => 'again', 1);
  assert.deepStrictEqual([fn(), fn(), fn()], ['base', 'again', 'base']);
  sections++;
}

// options.times: the implementation is used that many times, then the original.
{
  const fn = mock.fn(() => 'orig', () => 'impl', { times: 2 });
  assert.deepStrictEqual([fn(), fn(), fn(), fn()], ['impl', 'impl', 'orig', 'orig']);
  assert.strictEqual(fn.mock.callCount(), 4);
  const inf = mock.fn(() => 'orig', () => 'impl', { times: Infinity });
  assert.deepStrictEqual([inf(), inf()], ['impl', 'impl']);
  sections++;
}

// Errors are recorded, then rethrown.
{
  const boom = new RangeError('boom');
  const fn = mock.fn(() => { throw boom; });
  assert.throws(() => fn('x'), (err) => err === boom);
  const [call] = fn.mock.calls;
  assert.strictEqual(call.error, boom);
  assert.strictEqual(call.result, undefined);
  assert.ok('result' in call);
  assert.deepStrictEqual(call.arguments, ['x']);
  sections++;
}

// `new` on a mocked class: target is the original, this/result the instance.
{
  class Point {
    constructor(x) { this.x = x; }
  }
  const MockPoint = mock.fn(Point);
  assert.strictEqual(MockPoint.name, 'Point');
  assert.strictEqual(MockPoint.length, 1);
  const p = new MockPoint(3);
  assert.ok(p instanceof Point);
  assert.strictEqual(p.x, 3);
  const [call] = MockPoint.mock.calls;
  assert.strictEqual(call.target, Point);
  assert.strictEqual(call.this, p);
  assert.strictEqual(call.result, p);
  assert.deepStrictEqual(call.arguments, [3]);
  // Calling a class without new throws; the error is recorded too.
  assert.throws(() => MockPoint(1), TypeError);
  assert.ok(MockPoint.mock.calls[1].error instanceof TypeError);
  assert.strictEqual(MockPoint.mock.callCount(), 2);

  // A constructor implementation used through new.
  const Made = mock.fn(function Orig() {}, function Impl(v) { this.v = v; });
  const made = new Made(7);
  assert.strictEqual(made.v, 7);
  assert.strictEqual(Made.mock.calls[0].target.name, 'Orig');
  sections++;
}

// restoreAll() returns every mock to its original; reset() also forgets them.
{
  const a = () => 'a';
  const b = () => 'b';
  const f = mock.fn(a, b);
  const g = mock.fn(a, b);
  assert.strictEqual(f(), 'b');
  mock.restoreAll();
  assert.strictEqual(f(), 'a');
  assert.strictEqual(g(), 'a');
  // Mocks still record after being restored.
  assert.strictEqual(f.mock.callCount(), 2);

  const h = mock.fn(a, b);
  mock.reset();
  assert.strictEqual(h(), 'a');
  assert.strictEqual(h.mock.callCount(), 1);
  // After reset the tracker no longer knows h: restoreAll leaves it alone.
  h.mock.mockImplementation(b);
  mock.restoreAll();
  assert.strictEqual(h(), 'b');
  sections++;
}

// Argument validation of mock.fn.
{
  const fn = () => {};
  const typeError = (name, received, kind = 'argument', type = 'function') => ({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "${name}" ${kind} must be of type ${type}. Received ${received}`,
  });
  assert.throws(() => mock.fn(1), typeError('original', 'type number (1)'));
  assert.throws(() => mock.fn(null), typeError('original', 'null'));
  assert.throws(() => mock.fn('x'), typeError('original', "type string ('x')"));
  assert.throws(() => mock.fn(fn, 1), typeError('implementation', 'type number (1)'));
  assert.throws(() => mock.fn(fn, null), typeError('implementation', 'null'));
  assert.throws(() => mock.fn(fn, fn, 1), typeError('options', 'type number (1)', 'argument', 'object'));
  assert.throws(() => mock.fn({ times: '1' }),
                typeError('options.times', "type string ('1')", 'property', 'number'));
  assert.throws(() => mock.fn({ times: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "options.times" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => mock.fn(fn, fn, { times: 1.5 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "options.times" is out of range. It must be an integer. Received 1.5',
  });
  sections++;
}

// Argument validation of the mock context.
{
  const fn = mock.fn();
  assert.throws(() => fn.mock.mockImplementation(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "implementation" argument must be of type function. Received type number (1)',
  });
  assert.throws(() => fn.mock.mockImplementationOnce({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "implementation" argument must be of type function. Received an instance of Object',
  });
  fn();
  fn();
  // onCall cannot be a call that already happened.
  assert.throws(() => fn.mock.mockImplementationOnce(() => {}, 1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "onCall" is out of range. It must be >= 2 && <= 9007199254740991. Received 1',
  });
  assert.throws(() => fn.mock.mockImplementationOnce(() => {}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "onCall" argument must be of type number. Received type string (\'x\')',
  });
  // A rejected call leaves nothing registered.
  assert.strictEqual(fn(), undefined);
  sections++;
}

// Each context method belongs to the prototype; the context shows no own fields.
{
  const ctx = mock.fn().mock;
  const proto = Object.getPrototypeOf(ctx);
  for (const name of ['callCount', 'mockImplementation', 'mockImplementationOnce', 'resetCalls', 'restore']) {
    assert.strictEqual(typeof proto[name], 'function', name);
  }
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(proto, 'calls').get, 'function');
  assert.deepStrictEqual(Object.keys(ctx), []);
  assert.strictEqual(proto.trackCall, undefined);
  sections++;
}
