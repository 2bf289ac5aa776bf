'use strict';
// WritableStream: desiredSize and the ready promise under backpressure, sizes from a
// strategy, close after pending writes, abort with writes queued, controller.error,
// controller.signal, sink failures, and releasing the writer.
const assert = require('assert');
const { delay, flushMicrotasks } = require('./_helpers');

(async () => {
  // Backpressure with a ByteLengthQueuingStrategy.
  {
    const written = [];
    const resolvers = [];
    const ws = new WritableStream({
      write(chunk) {
        written.push(chunk.byteLength);
        return new Promise((resolve) => resolvers.push(resolve));
      },
    }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
    const w = ws.getWriter();
    assert.strictEqual(w.desiredSize, 10);
    w.write(new Uint8Array(4));
    assert.strictEqual(w.desiredSize, 6);
    w.write(new Uint8Array(6));
    assert.strictEqual(w.desiredSize, 0);
    let ready = false;
    w.ready.then(() => { ready = true; });
    await flushMicrotasks();
    assert.strictEqual(ready, false);
    assert.deepStrictEqual(written, [4]);
    resolvers.shift()();
    await flushMicrotasks();
    assert.strictEqual(w.desiredSize, 4);
    assert.strictEqual(ready, true);
    assert.deepStrictEqual(written, [4, 6]);
    resolvers.shift()();
    const closing = w.close();
    // The second write is still counted until its promise's reaction runs.
    assert.strictEqual(w.desiredSize, 4);
    await closing;
    assert.strictEqual(w.desiredSize, 0);
  }

  // close() waits for the queued writes; writes after close reject.
  {
    const log = [];
    const ws = new WritableStream({
      async write(chunk) {
        await delay(1);
        log.push(`w${chunk}`);
      },
      close() { log.push('close'); },
    });
    const w = ws.getWriter();
    w.write(1);
    w.write(2);
    const closed = w.close();
    await assert.rejects(w.write(3), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed' });
    await closed;
    await w.closed;
    assert.deepStrictEqual(log, ['w1', 'w2', 'close']);
  }

  // abort(): queued writes reject with the reason, the sink's abort runs after the
  // write in flight, and closed rejects.
  {
    const log = [];
    let finishWrite;
    const ws = new WritableStream({
      write(chunk) {
        log.push(`write ${chunk}`);
        return new Promise((resolve) => { finishWrite = resolve; });
      },
      abort(reason) { log.push(`abort ${reason}`); },
      close() { log.push('close'); },
    });
    const w = ws.getWriter();
    await flushMicrotasks();
    const w1 = w.write('a');
    const w2 = w.write('b');
    const aborted = w.abort('reason');
    await assert.rejects(w.ready, (e) => e === 'reason');
    // Nothing more happens until the write in flight finishes.
    await flushMicrotasks();
    assert.deepStrictEqual(log, ['write a']);
    finishWrite();
    await w1;
    await assert.rejects(w2, (e) => e === 'reason');
    await aborted;
    assert.deepStrictEqual(log, ['write a', 'abort reason']);
    await assert.rejects(w.closed, (e) => e === 'reason');
    await assert.rejects(w.ready, (e) => e === 'reason');
    assert.strictEqual(w.desiredSize, null);
  }

  // controller.error() errors the stream; later writes reject with that error.
  {
    let ctrl;
    const ws = new WritableStream({ start(c) { ctrl = c; } });
    const w = ws.getWriter();
    const err = new Error('sink gave up');
    ctrl.error(err);
    await assert.rejects(w.write('x'), (e) => e === err);
    await assert.rejects(w.closed, (e) => e === err);
    ctrl.error(new Error('ignored'));
  }

  // The sink's write throwing errors the stream.
  {
    const err = new TypeError('bad chunk');
    const ws = new WritableStream({ write() { throw err; } });
    const w = ws.getWriter();
    await assert.rejects(w.write(1), (e) => e === err);
    await assert.rejects(w.closed, (e) => e === err);
    await assert.rejects(w.write(2), (e) => e === err);
  }

  // A start() that rejects errors the stream.
  {
    const ws = new WritableStream({ start() { return Promise.reject(new Error('no start')); } });
    await assert.rejects(ws.getWriter().closed, { message: 'no start' });
  }

  // controller.signal aborts when the stream is aborted, with the reason.
  {
    let signal;
    const events = [];
    const ws = new WritableStream({
      start(c) {
        signal = c.signal;
        signal.addEventListener('abort', () => events.push(`abort:${signal.reason}`));
      },
      write() { return delay(5); },
    });
    assert.strictEqual(signal.aborted, false);
    const w = ws.getWriter();
    await w.ready;
    w.write('x');
    w.abort('why');
    assert.strictEqual(signal.aborted, true);
    assert.deepStrictEqual(events, ['abort:why']);
  }
  // ... also when the signal is first read after the abort.
  {
    let ctrl;
    const ws = new WritableStream({ start(c) { ctrl = c; } });
    await ws.abort(42);
    assert.strictEqual(ctrl.signal.aborted, true);
    assert.strictEqual(ctrl.signal.reason, 42);
  }

  // releaseLock: the old writer's promises reject; a new writer works.
  {
    const chunks = [];
    const ws = new WritableStream({ write(c) { chunks.push(c); } });
    const w1 = ws.getWriter();
    await w1.write(1);
    w1.releaseLock();
    assert.strictEqual(ws.locked, false);
    await assert.rejects(w1.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
    w1.releaseLock();
    const w2 = ws.getWriter();
    await w2.write(2);
    await w2.close();
    assert.deepStrictEqual(chunks, [1, 2]);
  }

  // A size() function that returns an invalid size errors the stream.
  {
    const ws = new WritableStream({}, { size() { return Infinity; } });
    const w = ws.getWriter();
    await assert.rejects(w.write('x'), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
    await assert.rejects(w.closed, RangeError);
  }

  // WritableStream.close() / abort() without a writer.
  {
    let closed = false;
    const ws = new WritableStream({ close() { closed = true; } });
    await ws.close();
    assert.strictEqual(closed, true);
    assert.strictEqual(await ws.abort(), undefined);
  }
  console.log('ok');
})();
