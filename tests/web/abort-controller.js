'use strict';
// AbortController and AbortSignal.
const assert = require('assert');
const util = require('util');
const { getEventListeners } = require('events');

async function main() {
  // AbortSignal.timeout()'s timer does not keep the process alive: this one does.
  const keepAlive = setInterval(() => {}, 1000);
  // abort(): the signal's state, a trusted 'abort' Event, onabort, once only.
  {
    const ac = new AbortController();
    const { signal } = ac;
    assert.ok(signal instanceof AbortSignal);
    assert.ok(signal instanceof EventTarget);
    assert.strictEqual(ac.signal, signal);
    assert.strictEqual(signal.aborted, false);
    assert.strictEqual(signal.reason, undefined);
    assert.strictEqual(signal.onabort, null);
    signal.throwIfAborted();
    const calls = [];
    signal.onabort = function(e) {
      calls.push(['onabort', this === signal, e.type, e.isTrusted, e.constructor === Event,
                  e.target === signal, signal.aborted]);
    };
    signal.addEventListener('abort', (e) => calls.push(['listener', e.isTrusted]));
    ac.abort();
    ac.abort('again'); // no effect
    assert.deepStrictEqual(calls, [['onabort', true, 'abort', true, true, true, true],
                                   ['listener', true]]);
    assert.strictEqual(signal.aborted, true);
    const { reason } = signal;
    assert.ok(reason instanceof DOMException);
    assert.ok(reason instanceof Error);
    assert.strictEqual(reason.name, 'AbortError');
    assert.strictEqual(reason.message, 'This operation was aborted');
    assert.strictEqual(reason.code, 20);
    assert.throws(() => signal.throwIfAborted(), (err) => err === reason);
    // Events dispatched by programs are not trusted.
    const e = new Event('abort');
    signal.dispatchEvent(e);
    assert.strictEqual(e.isTrusted, false);
  }

  // A reason of any type; undefined means the default DOMException.
  {
    const ac = new AbortController();
    ac.abort('why');
    assert.strictEqual(ac.signal.reason, 'why');
    assert.throws(() => ac.signal.throwIfAborted(), (err) => err === 'why');
    const ac2 = new AbortController();
    ac2.abort(null);
    assert.strictEqual(ac2.signal.reason, null);
    const ac3 = new AbortController();
    ac3.abort(undefined);
    assert.strictEqual(ac3.signal.reason.name, 'AbortError');
  }

  // onabort keeps the position it was first set at.
  {
    const ac = new AbortController();
    const calls = [];
    ac.signal.addEventListener('abort', () => calls.push('first'));
    ac.signal.onabort = () => calls.push('old handler');
    ac.signal.addEventListener('abort', () => calls.push('third'));
    ac.signal.onabort = () => calls.push('new handler');
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 3);
    ac.abort();
    assert.deepStrictEqual(calls, ['first', 'new handler', 'third']);
    // Non-functions are kept as they are, and not called.
    const ac2 = new AbortController();
    ac2.signal.onabort = 5;
    assert.strictEqual(ac2.signal.onabort, 5);
    ac2.signal.onabort = null;
    assert.strictEqual(ac2.signal.onabort, null);
    ac2.abort();
  }

  // AbortSignal.abort()
  {
    const s = AbortSignal.abort();
    assert.strictEqual(s.aborted, true);
    assert.strictEqual(s.reason.name, 'AbortError');
    assert.strictEqual(AbortSignal.abort('r').reason, 'r');
    let called = false;
    s.addEventListener('abort', () => { called = true; });
    assert.strictEqual(called, false); // already aborted: no new event
  }

  // AbortSignal.timeout()
  {
    const s = AbortSignal.timeout(5);
    assert.strictEqual(s.aborted, false);
    const event = await new Promise((resolve) => s.addEventListener('abort', resolve));
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(s.aborted, true);
    assert.ok(s.reason instanceof DOMException);
    assert.strictEqual(s.reason.name, 'TimeoutError');
    assert.strictEqual(s.reason.message, 'The operation was aborted due to timeout');
    assert.strictEqual(s.reason.code, 23);
    assert.throws(() => AbortSignal.timeout(-1), {
      name: 'RangeError',
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
        'Received -1',
    });
    assert.throws(() => AbortSignal.timeout('1'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "delay" argument must be of type number. Received type string (\'1\')',
    });
  }

  // AbortSignal.any()
  {
    const a = new AbortController();
    const b = new AbortController();
    const any = AbortSignal.any([a.signal, b.signal]);
    const nested = AbortSignal.any([any]);
    const calls = [];
    any.addEventListener('abort', () => calls.push(['any', any.reason]));
    nested.onabort = () => calls.push(['nested', nested.reason]);
    assert.strictEqual(any.aborted, false);
    b.abort('second');
    assert.deepStrictEqual(calls, [['any', 'second'], ['nested', 'second']]);
    a.abort('first'); // too late
    assert.strictEqual(any.reason, 'second');
    // Already aborted input: aborted at once, with the first aborted reason.
    const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
    assert.strictEqual(pre.aborted, true);
    assert.strictEqual(pre.reason, 'pre');
    assert.strictEqual(AbortSignal.any([]).aborted, false);
    // With a timeout.
    const t = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(1)]);
    await new Promise((resolve) => { t.onabort = resolve; });
    assert.strictEqual(t.reason.name, 'TimeoutError');
    // Node aborts the source's own listeners first, then the dependent signals.
    const src = new AbortController();
    const dep = AbortSignal.any([src.signal]);
    let depAbortedInSourceListener;
    src.signal.addEventListener('abort', () => { depAbortedInSourceListener = dep.aborted; });
    src.abort();
    assert.strictEqual(depAbortedInSourceListener, false);
    assert.strictEqual(dep.aborted, true);
    assert.throws(() => AbortSignal.any(), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "signals" argument must be an instance of Array. Received undefined',
    });
    assert.throws(() => AbortSignal.any([1]), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "signals[0]" argument must be an instance of AbortSignal. ' +
        'Received type number (1)',
    });
  }

  // Construction and brand checks
  {
    assert.throws(() => new AbortSignal(), {
      name: 'TypeError',
      code: 'ERR_ILLEGAL_CONSTRUCTOR',
      message: 'Illegal constructor',
    });
    const get = (name) => Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get;
    assert.throws(() => get('aborted').call({}), {
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type AbortSignal',
    });
    assert.throws(() => get('reason').call({}), { code: 'ERR_INVALID_THIS' });
    assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), {
      code: 'ERR_INVALID_THIS',
    });
    assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
    assert.strictEqual(AbortController.length, 0);
    assert.strictEqual(AbortSignal.timeout.length, 1);
    assert.strictEqual(AbortSignal.any.length, 1);
    assert.strictEqual(Object.prototype.toString.call(new AbortController()),
                       '[object AbortController]');
    assert.strictEqual(Object.prototype.toString.call(AbortSignal.abort()), '[object AbortSignal]');
    assert.deepStrictEqual(Object.keys(AbortController.prototype), ['signal', 'abort']);
    assert.deepStrictEqual(Object.keys(AbortSignal.prototype), ['aborted', 'onabort']);
  }

  // util.inspect
  {
    const ac = new AbortController();
    assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
    assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: false }');
    assert.strictEqual(util.inspect({ s: ac.signal }, { depth: 0 }), '{ s: [AbortSignal] }');
    ac.abort();
    assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: true }');
  }

  clearInterval(keepAlive);
  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
