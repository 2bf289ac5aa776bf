'use strict';
// events.on(): an async iterator of events.
const assert = require('assert');
const { on, EventEmitter } = require('events');

async function main() {
  // Buffered and awaited events, in order; break removes the listeners.
  {
    const e = new EventEmitter();
    e.emit('nobody'); // before on(): lost
    const it = on(e, 'data');
    assert.strictEqual(e.listenerCount('data'), 1);
    assert.strictEqual(e.listenerCount('error'), 1);
    e.emit('data', 1);
    e.emit('data', 2, 'b');
    setTimeout(() => e.emit('data', 3), 1);
    const got = [];
    for await (const args of it) {
      got.push(args);
      if (got.length === 3) break;
    }
    assert.deepStrictEqual(got, [[1], [2, 'b'], [3]]);
    assert.strictEqual(e.listenerCount('data'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // An 'error' event rejects the pending next() and ends the iteration.
  {
    const e = new EventEmitter();
    const it = on(e, 'data');
    const err = new Error('bad');
    process.nextTick(() => {
      e.emit('data', 'a');
      e.emit('error', err);
    });
    const got = [];
    await assert.rejects(async () => {
      for await (const [v] of it) got.push(v);
    }, (thrown) => thrown === err);
    assert.deepStrictEqual(got, ['a']);
    assert.strictEqual(e.listenerCount('data'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // An error with queued events: queued events first, then the error, then done.
  {
    const e = new EventEmitter();
    const it = on(e, 'data');
    const err = new Error('later');
    e.emit('data', 1);
    e.emit('error', err);
    assert.deepStrictEqual(await it.next(), { value: [1], done: false });
    await assert.rejects(it.next(), (thrown) => thrown === err);
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  }

  // return() settles pending next() calls with done.
  {
    const e = new EventEmitter();
    const it = on(e, 'data');
    const pending = it.next();
    assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
    assert.deepStrictEqual(await pending, { value: undefined, done: true });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.strictEqual(e.listenerCount('data'), 0);
  }

  // throw(err) rejects the next pending value; a non-Error is refused.
  {
    const e = new EventEmitter();
    const it = on(e, 'data');
    assert.throws(() => it.throw('str'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
        "Received type string ('str')",
    });
    const p = it.next();
    const err = new Error('thrown in');
    it.throw(err);
    await assert.rejects(p, (thrown) => thrown === err);
    assert.strictEqual(e.listenerCount('data'), 0);
  }

  // close: the named events end the iteration.
  {
    const e = new EventEmitter();
    const it = on(e, 'data', { close: ['end', 'finish'] });
    assert.strictEqual(e.listenerCount('end'), 1);
    process.nextTick(() => {
      e.emit('data', 'x');
      e.emit('finish');
      e.emit('data', 'ignored');
    });
    const got = [];
    for await (const [v] of it) got.push(v);
    assert.deepStrictEqual(got, ['x']);
    assert.strictEqual(e.listenerCount('end'), 0);
    assert.strictEqual(e.listenerCount('finish'), 0);
  }

  // AbortSignal
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const it = on(e, 'data', { signal: ac.signal });
    process.nextTick(() => {
      e.emit('data', 1);
      ac.abort();
    });
    const got = [];
    await assert.rejects(async () => {
      for await (const [v] of it) got.push(v);
    }, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.cause, ac.signal.reason);
      return true;
    });
    assert.deepStrictEqual(got, [1]);
    assert.strictEqual(e.listenerCount('data'), 0);
  }

  // Already aborted: on() throws synchronously.
  {
    const e = new EventEmitter();
    assert.throws(() => on(e, 'data', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.throws(() => on(e, 'data', { signal: {} }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. ' +
        'Received an instance of Object',
    });
    assert.strictEqual(e.listenerCount('data'), 0);
  }

  // highWaterMark / lowWaterMark pause and resume the emitter.
  {
    const e = new EventEmitter();
    const calls = [];
    e.pause = () => calls.push('pause');
    e.resume = () => calls.push('resume');
    const it = on(e, 'data', { highWaterMark: 2, lowWaterMark: 1 });
    e.emit('data', 1);
    e.emit('data', 2);
    assert.deepStrictEqual(calls, []);
    e.emit('data', 3);
    assert.deepStrictEqual(calls, ['pause']);
    e.emit('data', 4);
    assert.deepStrictEqual(calls, ['pause']);
    assert.deepStrictEqual((await it.next()).value, [1]);
    assert.deepStrictEqual((await it.next()).value, [2]);
    assert.deepStrictEqual((await it.next()).value, [3]);
    assert.deepStrictEqual(calls, ['pause']);
    // Resumed once fewer than lowWaterMark events are queued.
    assert.deepStrictEqual((await it.next()).value, [4]);
    assert.deepStrictEqual(calls, ['pause', 'resume']);
    await it.return();
  }

  // Watermark validation.
  {
    const e = new EventEmitter();
    assert.throws(() => on(e, 'x', { highWaterMark: 0 }), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "options.highWaterMark" is out of range. ' +
        'It must be >= 1 && <= 9007199254740991. Received 0',
    });
    assert.throws(() => on(e, 'x', { highWaterMark: 2 ** 53 }), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "options.highWaterMark" is out of range. ' +
        'It must be >= 1 && <= 9007199254740991. Received 9_007_199_254_740_992',
    });
    assert.throws(() => on(e, 'x', { lowWaterMark: 1.5 }), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "options.lowWaterMark" is out of range. ' +
        'It must be an integer. Received 1.5',
    });
    assert.throws(() => on(e, 'x', { highWaterMark: '3' }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.highWaterMark" property must be of type number. ' +
        "Received type string ('3')",
    });
    assert.strictEqual(e.listenerCount('x'), 0);
  }

  // Iterating an EventTarget.
  {
    const et = new EventTarget();
    const it = on(et, 'tick');
    et.dispatchEvent(new Event('tick'));
    const { value } = await it.next();
    assert.strictEqual(value[0].type, 'tick');
    await it.return();
  }

  // The iterator is an AsyncIterator.
  {
    const it = on(new EventEmitter(), 'x');
    assert.strictEqual(it[Symbol.asyncIterator](), it);
    const AsyncIteratorPrototype = Object.getPrototypeOf(
      Object.getPrototypeOf(async function* () {}).prototype);
    assert.strictEqual(Object.getPrototypeOf(it), AsyncIteratorPrototype);
    await it.return();
  }

  console.log('ok');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
