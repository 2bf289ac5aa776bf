'use strict';
// events.once(): the promise of the next event.
const assert = require('assert');
const { once, EventEmitter } = require('events');

async function main() {
  // Resolves with the arguments array; removes its listeners.
  {
    const e = new EventEmitter();
    process.nextTick(() => e.emit('ready', 1, 'two'));
    const args = await once(e, 'ready');
    assert.deepStrictEqual(args, [1, 'two']);
    assert.strictEqual(e.listenerCount('ready'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // No arguments -> empty array.
  {
    const e = new EventEmitter();
    process.nextTick(() => e.emit('x'));
    assert.deepStrictEqual(await once(e, 'x'), []);
  }

  // Rejects on 'error' and cleans up.
  {
    const e = new EventEmitter();
    const err = new Error('kaboom');
    process.nextTick(() => e.emit('error', err));
    await assert.rejects(once(e, 'ready'), (thrown) => thrown === err);
    assert.strictEqual(e.listenerCount('ready'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // Waiting for 'error' itself resolves with it.
  {
    const e = new EventEmitter();
    const err = new Error('wanted');
    process.nextTick(() => e.emit('error', err));
    const [got] = await once(e, 'error');
    assert.strictEqual(got, err);
  }

  // A listener is added synchronously; emits before awaiting still count.
  {
    const e = new EventEmitter();
    const p = once(e, 'now');
    assert.strictEqual(e.listenerCount('now'), 1);
    assert.strictEqual(e.listenerCount('error'), 1);
    e.emit('now', 'early');
    assert.deepStrictEqual(await p, ['early']);
  }

  // AbortSignal: abort while waiting.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = once(e, 'never', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.ok(err instanceof Error);
      assert.ok(err.cause instanceof Error); // the signal's reason (a DOMException)
      assert.strictEqual(err.cause, ac.signal.reason);
      return true;
    });
    assert.strictEqual(e.listenerCount('never'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // Abort with a reason.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = once(e, 'never', { signal: ac.signal });
    ac.abort('why not');
    await assert.rejects(p, { name: 'AbortError', cause: 'why not' });
  }

  // Already aborted: rejects without adding listeners.
  {
    const e = new EventEmitter();
    const reason = new Error('reason');
    await assert.rejects(once(e, 'x', { signal: AbortSignal.abort(reason) }), (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, reason);
      return true;
    });
    assert.strictEqual(e.listenerCount('x'), 0);
  }

  // Resolving removes the abort listener: a later abort changes nothing.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = once(e, 'x', { signal: ac.signal });
    e.emit('x', 1);
    assert.deepStrictEqual(await p, [1]);
    ac.abort();
  }

  // Bad signal: a rejection, not a throw.
  {
    const e = new EventEmitter();
    const p = once(e, 'x', { signal: 'nope' });
    assert.ok(p instanceof Promise);
    await assert.rejects(p, {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. ' +
        "Received type string ('nope')",
    });
  }

  // Works with an EventTarget (no 'error' semantics there).
  {
    const et = new EventTarget();
    const p = once(et, 'ping');
    et.dispatchEvent(new Event('ping'));
    const [event] = await p;
    assert.ok(event instanceof Event);
    assert.strictEqual(event.type, 'ping');
    // Abort on an EventTarget.
    const ac = new AbortController();
    const q = once(et, 'never', { signal: ac.signal });
    ac.abort();
    await assert.rejects(q, { name: 'AbortError' });
  }

  // Symbols as event names.
  {
    const e = new EventEmitter();
    const s = Symbol('s');
    process.nextTick(() => e.emit(s, 'v'));
    assert.deepStrictEqual(await once(e, s), ['v']);
  }

  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
