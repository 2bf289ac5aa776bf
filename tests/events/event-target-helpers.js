'use strict';
// events helpers that accept EventTargets, and addAbortListener.
const assert = require('assert');
const events = require('events');

async function main() {
  // getEventListeners on an EventTarget
  {
    const et = new EventTarget();
    const a = () => {};
    const b = { handleEvent() {} };
    et.addEventListener('x', a);
    et.addEventListener('x', b);
    et.addEventListener('x', a); // duplicate: ignored by EventTarget
    const listeners = events.getEventListeners(et, 'x');
    assert.strictEqual(listeners.length, 2);
    assert.strictEqual(listeners[0], a);
    assert.strictEqual(listeners[1], b);
    assert.deepStrictEqual(events.getEventListeners(et, 'y'), []);
    et.removeEventListener('x', a);
    assert.deepStrictEqual(events.getEventListeners(et, 'x'), [b]);
  }

  // get/setMaxListeners on an EventTarget
  {
    const et = new EventTarget();
    assert.strictEqual(events.getMaxListeners(et), events.defaultMaxListeners);
    events.setMaxListeners(3, et);
    assert.strictEqual(events.getMaxListeners(et), 3);
    const signal = new AbortController().signal;
    events.setMaxListeners(42, signal);
    assert.strictEqual(events.getMaxListeners(signal), 42);
  }

  // addAbortListener
  {
    const ac = new AbortController();
    const calls = [];
    const disposable = events.addAbortListener(ac.signal, (...args) => calls.push(args.length));
    assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
    ac.abort();
    ac.signal.dispatchEvent(new Event('abort')); // once: not called again
    assert.deepStrictEqual(calls, [1]); // called with the event
  }
  {
    // Disposing removes the listener.
    const ac = new AbortController();
    let called = false;
    const disposable = events.addAbortListener(ac.signal, () => { called = true; });
    disposable[Symbol.dispose]();
    ac.abort();
    assert.strictEqual(called, false);
  }
  {
    // Already aborted: called on a microtask, without arguments.
    const order = [];
    const disposable = events.addAbortListener(AbortSignal.abort(), (...args) => {
      order.push(`listener(${args.length})`);
    });
    order.push('sync');
    await null;
    await null;
    assert.deepStrictEqual(order, ['sync', 'listener(0)']);
    disposable[Symbol.dispose](); // harmless
  }
  {
    // Validation
    assert.throws(() => events.addAbortListener(undefined, () => {}), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
    });
    assert.throws(() => events.addAbortListener(null, () => {}), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "signal" argument must be an instance of AbortSignal. Received null',
    });
    assert.throws(() => events.addAbortListener(new AbortController().signal, 'f'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received type string (\'f\')',
    });
  }

  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
