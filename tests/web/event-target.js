'use strict';
// EventTarget: adding, removing and dispatching listeners, as Node does it.
const assert = require('assert');
const util = require('util');
const { getEventListeners, setMaxListeners, getMaxListeners } = require('events');

// Listeners run in order with `this` the target; dispatchEvent returns !defaultPrevented.
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', function(e) {
    calls.push(['fn', this === et, e.target === et, e.currentTarget === et, e.srcElement === et,
                e.eventPhase, e.composedPath().length]);
  });
  et.addEventListener('x', (e) => {
    calls.push('second');
    e.preventDefault();
  });
  const e = new Event('x', { cancelable: true });
  assert.strictEqual(et.dispatchEvent(e), false);
  assert.deepStrictEqual(calls, [['fn', true, true, true, true, 2, 1], 'second']);
  // After the dispatch: target stays, currentTarget is gone.
  assert.strictEqual(e.target, et);
  assert.strictEqual(e.currentTarget, null);
  assert.strictEqual(e.eventPhase, 0);
  assert.deepStrictEqual(e.composedPath(), []);
  assert.strictEqual(e.defaultPrevented, true);
  // Without listeners: true, and the target is set.
  const other = new EventTarget();
  const e2 = new Event('y');
  assert.strictEqual(other.dispatchEvent(e2), true);
  assert.strictEqual(e2.target, other);
  // An event can be dispatched again once done.
  calls.length = 0;
  assert.strictEqual(et.dispatchEvent(e), false);
  assert.strictEqual(calls.length, 2);
}

// Duplicates (same listener, same capture) are ignored; capture makes a different entry.
{
  const et = new EventTarget();
  let n = 0;
  const f = () => n++;
  et.addEventListener('x', f);
  et.addEventListener('x', f);
  et.addEventListener('x', f, { once: true });
  et.addEventListener('x', f, true);
  et.addEventListener('x', f, { capture: true });
  assert.strictEqual(getEventListeners(et, 'x').length, 2);
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 2);
  et.removeEventListener('x', f, { capture: true });
  assert.strictEqual(getEventListeners(et, 'x').length, 1);
  et.removeEventListener('x', f);
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 2);
}

// once
{
  const et = new EventTarget();
  let n = 0;
  et.addEventListener('x', () => n++, { once: true });
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 1);
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
}

// Listener objects: handleEvent is looked up at each call, `this` is the object.
{
  const et = new EventTarget();
  const calls = [];
  const obj = {
    handleEvent(e) {
      calls.push([this === obj, e.type]);
    },
  };
  et.addEventListener('h', obj);
  et.dispatchEvent(new Event('h'));
  obj.handleEvent = () => calls.push('replaced');
  et.dispatchEvent(new Event('h'));
  assert.deepStrictEqual(calls, [[true, 'h'], 'replaced']);
  assert.deepStrictEqual(getEventListeners(et, 'h'), [obj]);
  et.removeEventListener('h', obj);
  assert.deepStrictEqual(getEventListeners(et, 'h'), []);
}

// stopImmediatePropagation stops the listeners after it (passive ones too).
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('s', (e) => {
    calls.push(1);
    e.stopImmediatePropagation();
  });
  et.addEventListener('s', () => calls.push(2));
  et.addEventListener('s', () => calls.push(3), { passive: true });
  et.dispatchEvent(new Event('s'));
  assert.deepStrictEqual(calls, [1]);
  // stopPropagation alone changes nothing here: there is no tree.
  const et2 = new EventTarget();
  et2.addEventListener('s', (e) => { e.stopPropagation(); calls.push(4); });
  et2.addEventListener('s', () => calls.push(5));
  et2.dispatchEvent(new Event('s'));
  assert.deepStrictEqual(calls, [1, 4, 5]);
}

// Removing a listener during the dispatch skips it; one added runs in the next dispatch.
{
  const et = new EventTarget();
  const calls = [];
  const later = () => calls.push('later');
  et.addEventListener('r', () => {
    calls.push('first');
    et.removeEventListener('r', later);
  });
  et.addEventListener('r', later);
  et.dispatchEvent(new Event('r'));
  assert.deepStrictEqual(calls, ['first']);
}

// A listener removing itself does not disturb the others.
{
  const et = new EventTarget();
  const calls = [];
  function self() {
    calls.push('self');
    et.removeEventListener('q', self);
  }
  et.addEventListener('q', self);
  et.addEventListener('q', () => calls.push('next'));
  et.dispatchEvent(new Event('q'));
  et.dispatchEvent(new Event('q'));
  assert.deepStrictEqual(calls, ['self', 'next', 'next']);
}

// The signal option removes the listener on abort; an aborted signal adds nothing.
{
  const et = new EventTarget();
  const ac = new AbortController();
  let n = 0;
  et.addEventListener('g', () => n++, { signal: ac.signal });
  et.addEventListener('g', () => n++, { signal: ac.signal, once: true });
  et.dispatchEvent(new Event('g'));
  assert.strictEqual(n, 2);
  ac.abort();
  et.dispatchEvent(new Event('g'));
  assert.strictEqual(n, 2);
  assert.deepStrictEqual(getEventListeners(et, 'g'), []);
  et.addEventListener('g', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('g'));
  assert.strictEqual(n, 2);
  assert.throws(() => et.addEventListener('g', () => {}, { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
      'Received type number (1)',
  });
}

// Types are strings.
{
  const et = new EventTarget();
  let n = 0;
  et.addEventListener(1, () => n++);
  et.dispatchEvent(new Event('1'));
  assert.strictEqual(n, 1);
  assert.throws(() => et.addEventListener(Symbol('s'), () => {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'value' is invalid. Received Symbol(s)",
  });
}

// Validation
{
  const et = new EventTarget();
  assert.throws(() => et.addEventListener('x'), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => et.removeEventListener('x'), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => et.addEventListener('x', 'str'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be an instance of EventListener. ' +
      "Received type string ('str')",
  });
  assert.throws(() => et.removeEventListener('x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => et.addEventListener('x', () => {}, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  et.addEventListener('x', () => {}, null); // null options are fine
  assert.throws(() => et.dispatchEvent('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received type string (\'x\')',
  });
  assert.throws(() => et.dispatchEvent(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "event" argument must be specified',
  });
  assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type EventTarget',
  });
  assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), {
    code: 'ERR_INVALID_THIS',
  });
}

// Dispatching an event from its own listener: ERR_EVENT_RECURSION.
{
  const et = new EventTarget();
  let err;
  et.addEventListener('r', (e) => {
    try {
      et.dispatchEvent(e);
    } catch (e) {
      err = e;
    }
  });
  et.dispatchEvent(new Event('r'));
  assert.strictEqual(err.code, 'ERR_EVENT_RECURSION');
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'The event "r" is already being dispatched');
}

// Subclassing; the prototype's shape.
{
  class Emitter extends EventTarget {
    fire() {
      return this.dispatchEvent(new Event('fire'));
    }
  }
  const em = new Emitter();
  let got;
  em.addEventListener('fire', (e) => { got = e.target; });
  assert.strictEqual(em.fire(), true);
  assert.strictEqual(got, em);
  assert.strictEqual(Object.prototype.toString.call(em), '[object EventTarget]');
  assert.strictEqual(EventTarget.length, 0);
  for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(EventTarget.prototype, name).enumerable,
                       true);
  }
  assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
  assert.strictEqual(util.inspect(new EventTarget()), 'EventTarget {}');
  assert.strictEqual(util.inspect(em), 'Emitter {}');
  assert.strictEqual(util.inspect(em, { depth: -1 }), 'Emitter');
}

// events.getMaxListeners / setMaxListeners, the leak warning, and the warning for
// null/undefined listeners (which are otherwise ignored). Warnings are emitted on a tick.
{
  const warnings = [];
  process.on('warning', (w) => warnings.push(w));

  const et = new EventTarget();
  assert.strictEqual(getMaxListeners(et), 10);
  setMaxListeners(2, et);
  assert.strictEqual(getMaxListeners(et), 2);
  for (let i = 0; i < 4; i++) et.addEventListener('foo', () => {});

  const quiet = new EventTarget();
  quiet.addEventListener('x', null);
  quiet.addEventListener('x', undefined);
  quiet.removeEventListener('x', null);
  assert.deepStrictEqual(getEventListeners(quiet, 'x'), []);

  setImmediate(() => {
    assert.deepStrictEqual(warnings.map((w) => [w.name, w.message]), [
      ['MaxListenersExceededWarning', 'Possible EventTarget memory leak detected. 3 foo ' +
        'listeners added to EventTarget. MaxListeners is 2. Use events.setMaxListeners() to ' +
        'increase limit'],
      ['AddEventListenerArgumentTypeWarning',
       'addEventListener called with null which has no effect.'],
      ['AddEventListenerArgumentTypeWarning',
       'addEventListener called with undefined which has no effect.'],
    ]);
    assert.strictEqual(warnings[0].target, et);
    assert.strictEqual(warnings[0].type, 'foo');
    assert.strictEqual(warnings[0].count, 3);
    assert.strictEqual(warnings[1].target, quiet);
    console.log('ok');
  });
}
