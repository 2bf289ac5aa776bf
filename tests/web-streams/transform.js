'use strict';
// TransformStream: identity, transform/flush, async transforms, backpressure between the
// sides, terminate(), error() from either end, cancel() of the readable side.
const assert = require('assert');
const { collect, flushMicrotasks, delay } = require('./_helpers');

(async () => {
  // Identity transform.
  {
    const ts = new TransformStream();
    const w = ts.writable.getWriter();
    w.write('a');
    w.write('b');
    w.close();
    assert.deepStrictEqual(await collect(ts.readable), ['a', 'b']);
  }

  // transform and flush, with an async transform.
  {
    const ts = new TransformStream({
      async transform(chunk, c) {
        await delay(1);
        for (const ch of chunk) c.enqueue(ch);
      },
      flush(c) { c.enqueue('<end>'); },
    });
    const out = collect(ts.readable);
    const w = ts.writable.getWriter();
    await w.write('ab');
    await w.write('c');
    await w.close();
    assert.deepStrictEqual(await out, ['a', 'b', 'c', '<end>']);
  }

  // Backpressure: with nobody reading, the writable side's ready waits (readable HWM 0,
  // writable HWM 1); reading releases it.
  {
    let transforms = 0;
    const ts = new TransformStream({ transform(chunk, c) { transforms++; c.enqueue(chunk); } });
    const w = ts.writable.getWriter();
    await w.ready;
    assert.strictEqual(w.desiredSize, 1);
    const p1 = w.write(1);
    w.write(2);
    await flushMicrotasks();
    assert.strictEqual(transforms, 0);
    assert.strictEqual(w.desiredSize, -1);
    const r = ts.readable.getReader();
    assert.deepStrictEqual(await r.read(), { value: 1, done: false });
    await p1;
    assert.strictEqual(transforms, 1);
    assert.deepStrictEqual(await r.read(), { value: 2, done: false });
    assert.strictEqual(transforms, 2);
  }

  // desiredSize of the transform controller follows the readable side.
  {
    let ctrl;
    const ts = new TransformStream({ start(c) { ctrl = c; } }, undefined, { highWaterMark: 3 });
    assert.strictEqual(ctrl.desiredSize, 3);
    ctrl.enqueue('x');
    assert.strictEqual(ctrl.desiredSize, 2);
    assert.strictEqual(ts.readable.locked, false);
  }

  // terminate(): the readable side closes, the writable side errors.
  {
    const ts = new TransformStream({
      transform(chunk, c) {
        c.enqueue(chunk);
        if (chunk === 'stop') c.terminate();
      },
    });
    const out = collect(ts.readable);
    const w = ts.writable.getWriter();
    w.write('go');
    w.write('stop');
    await assert.rejects(w.closed, {
      name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
    });
    assert.deepStrictEqual(await out, ['go', 'stop']);
  }

  // A throwing transform errors both sides with that error.
  {
    const err = new Error('transform failed');
    const ts = new TransformStream({ transform() { throw err; } });
    const w = ts.writable.getWriter();
    // The transform runs once a read relieves the backpressure.
    const read = ts.readable.getReader().read();
    await assert.rejects(w.write(1), (e) => e === err);
    await assert.rejects(read, (e) => e === err);
    await assert.rejects(w.closed, (e) => e === err);
  }

  // A flush that rejects errors the readable side and the close.
  {
    const ts = new TransformStream({ flush() { return Promise.reject(new Error('flush failed')); } });
    const r = ts.readable.getReader();
    await assert.rejects(ts.writable.getWriter().close(), { message: 'flush failed' });
    await assert.rejects(r.closed, { message: 'flush failed' });
  }

  // cancel() of the readable side calls the transformer's cancel and errors the writable.
  {
    const calls = [];
    const ts = new TransformStream({ cancel(reason) { calls.push(reason); } });
    await ts.readable.cancel('no more');
    assert.deepStrictEqual(calls, ['no more']);
    await assert.rejects(ts.writable.getWriter().write(1), (e) => e === 'no more');
  }

  // abort() of the writable side errors the readable side with the reason.
  {
    const calls = [];
    const ts = new TransformStream({ cancel(reason) { calls.push(reason); } });
    const r = ts.readable.getReader();
    await ts.writable.abort('aborted!');
    assert.deepStrictEqual(calls, ['aborted!']);
    await assert.rejects(r.read(), (e) => e === 'aborted!');
  }

  // controller.error() from start.
  {
    const ts = new TransformStream({ start(c) { c.error(new RangeError('early')); } });
    await assert.rejects(ts.readable.getReader().closed, RangeError);
    await assert.rejects(ts.writable.getWriter().closed, RangeError);
  }

  // Strategies on both sides.
  {
    const ts = new TransformStream({}, new CountQueuingStrategy({ highWaterMark: 4 }),
                                    new ByteLengthQueuingStrategy({ highWaterMark: 1024 }));
    const w = ts.writable.getWriter();
    assert.strictEqual(w.desiredSize, 4);
    w.write(new Uint8Array(100));
    w.write(new Uint8Array(100));
    await flushMicrotasks();
    assert.strictEqual(w.desiredSize, 4);
    w.close();
    const sizes = (await collect(ts.readable)).map((u) => u.byteLength);
    assert.deepStrictEqual(sizes, [100, 100]);
  }
  console.log('ok');
})();
