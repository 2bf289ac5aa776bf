'use strict';
// Event and CustomEvent: constructor options, flags, phases, validation.
const assert = require('assert');
const util = require('util');

// Defaults
{
  const e = new Event('x');
  assert.strictEqual(e.type, 'x');
  assert.strictEqual(e.bubbles, false);
  assert.strictEqual(e.cancelable, false);
  assert.strictEqual(e.composed, false);
  assert.strictEqual(e.defaultPrevented, false);
  assert.strictEqual(e.returnValue, true);
  assert.strictEqual(e.cancelBubble, false);
  assert.strictEqual(e.isTrusted, false);
  assert.strictEqual(e.target, null);
  assert.strictEqual(e.currentTarget, null);
  assert.strictEqual(e.srcElement, null);
  assert.strictEqual(e.eventPhase, Event.NONE);
  assert.deepStrictEqual(e.composedPath(), []);
  assert.strictEqual(typeof e.timeStamp, 'number');
  assert.ok(e.timeStamp >= 0);
  assert.strictEqual(Object.prototype.toString.call(e), '[object Event]');
  assert.strictEqual(Object.keys(e).length, 0);
}

// Options are read with truthiness; the type is stringified.
{
  const e = new Event(42, { cancelable: 1, bubbles: 'yes', composed: {} });
  assert.strictEqual(e.type, '42');
  assert.strictEqual(e.cancelable, true);
  assert.strictEqual(e.bubbles, true);
  assert.strictEqual(e.composed, true);
  assert.strictEqual(new Event({ toString() { return 'obj'; } }).type, 'obj');
  assert.strictEqual(new Event('n', null).cancelable, false);
  assert.strictEqual(new Event(undefined).type, 'undefined');
  // Inherited options count.
  assert.strictEqual(new Event('i', Object.create({ cancelable: true })).cancelable, true);
}

// preventDefault only matters for cancelable events.
{
  const e = new Event('x');
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, false);
  assert.strictEqual(e.returnValue, true);
  const c = new Event('x', { cancelable: true });
  c.preventDefault();
  assert.strictEqual(c.defaultPrevented, true);
  assert.strictEqual(c.returnValue, false);
}

// stopPropagation / cancelBubble / stopImmediatePropagation
{
  const a = new Event('a');
  a.stopPropagation();
  assert.strictEqual(a.cancelBubble, true);
  const b = new Event('b');
  b.cancelBubble = false;
  assert.strictEqual(b.cancelBubble, false);
  b.cancelBubble = true;
  assert.strictEqual(b.cancelBubble, true);
  const c = new Event('c');
  c.stopImmediatePropagation();
  assert.strictEqual(c.cancelBubble, true);
}

// Phase constants
{
  assert.strictEqual(Event.NONE, 0);
  assert.strictEqual(Event.CAPTURING_PHASE, 1);
  assert.strictEqual(Event.AT_TARGET, 2);
  assert.strictEqual(Event.BUBBLING_PHASE, 3);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
                         { value: 2, writable: false, enumerable: true, configurable: false });
  assert.strictEqual(new Event('x').AT_TARGET, undefined);
}

// The accessors and methods live on the prototype, enumerable.
{
  for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable',
                      'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed',
                      'eventPhase', 'cancelBubble', 'isTrusted', 'preventDefault',
                      'stopPropagation', 'stopImmediatePropagation', 'composedPath',
                      'initEvent']) {
    const desc = Object.getOwnPropertyDescriptor(Event.prototype, name);
    assert.ok(desc, name);
    assert.strictEqual(desc.enumerable, true, name);
  }
  assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable,
                     false);
  assert.strictEqual(Event.prototype.isTrusted, false);
  assert.strictEqual(Event.length, 1);
  assert.strictEqual(CustomEvent.length, 1);
}

// initEvent
{
  const e = new Event('a');
  e.initEvent('b', true, true);
  assert.strictEqual(e.type, 'b');
  assert.strictEqual(e.bubbles, true);
  assert.strictEqual(e.cancelable, true);
  assert.throws(() => e.initEvent(), { code: 'ERR_MISSING_ARGS' });
}

// Validation
{
  assert.throws(() => new Event(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" argument must be specified',
  });
  assert.throws(() => new Event('x', 1), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => new Event('x', [1]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received an instance of Array',
  });
  assert.throws(() => new Event(Symbol('s')), TypeError);
  const getter = (name) => Object.getOwnPropertyDescriptor(Event.prototype, name).get;
  for (const name of ['type', 'target', 'cancelable', 'defaultPrevented', 'timeStamp']) {
    assert.throws(() => getter(name).call({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type Event',
    });
  }
  assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => Event.prototype.stopPropagation.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => Event.prototype.composedPath.call({}), { code: 'ERR_INVALID_THIS' });
}

// CustomEvent
{
  const detail = { a: 1 };
  const e = new CustomEvent('c', { detail, cancelable: true });
  assert.ok(e instanceof Event);
  assert.strictEqual(e.detail, detail);
  assert.strictEqual(e.cancelable, true);
  assert.strictEqual(new CustomEvent('c').detail, null);
  assert.strictEqual(new CustomEvent('c', { detail: undefined }).detail, null);
  assert.strictEqual(new CustomEvent('c', { detail: 0 }).detail, 0);
  assert.strictEqual(Object.prototype.toString.call(e), '[object CustomEvent]');
  assert.strictEqual(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').enumerable,
                     true);
  assert.throws(() => new CustomEvent(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" argument must be specified',
  });
  assert.throws(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get
    .call(new Event('x')), { code: 'ERR_INVALID_THIS' });
}

// Subclasses
{
  class MyEvent extends Event {
    constructor() {
      super('mine', { cancelable: true });
      this.extra = 1;
    }
  }
  const e = new MyEvent();
  assert.strictEqual(e.type, 'mine');
  assert.strictEqual(e.cancelable, true);
  assert.ok(e instanceof Event);
}

// util.inspect
{
  const e = new Event('x', { cancelable: true });
  const shown = util.inspect(e);
  assert.match(shown, /^Event \{\n {2}type: 'x',\n {2}defaultPrevented: false,\n {2}cancelable: true,\n {2}timeStamp: [\d.]+\n\}$/);
  assert.strictEqual(util.inspect(e, { depth: -1 }), 'Event');
  assert.strictEqual(util.inspect({ a: { b: e } }, { depth: 1 }), '{ a: { b: Event } }');
  assert.strictEqual(util.inspect(e, { depth: 0 }), 'Event [Object]');
  assert.match(util.inspect(new CustomEvent('c')), /^CustomEvent \{\n {2}type: 'c',/);
  class MyEvent extends Event {}
  assert.match(util.inspect(new MyEvent('m')), /^MyEvent \{/);
}

console.log('ok');
