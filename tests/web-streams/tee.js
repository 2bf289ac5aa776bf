'use strict';
// tee(): both branches see every chunk; cancelling one branch keeps the other going;
// cancelling both cancels the source with both reasons; errors reach both branches.
const assert = require('assert');
const { collect, flushMicrotasks } = require('./_helpers');

(async () => {
  // Both branches get the same chunks (the same objects for a default stream).
  {
    const obj = { n: 1 };
    const rs = new ReadableStream({ start(c) { c.enqueue(obj); c.enqueue('b'); c.close(); } });
    const [a, b] = rs.tee();
    assert.strictEqual(rs.locked, true);
    const [ra, rb] = await Promise.all([collect(a), collect(b)]);
    assert.deepStrictEqual(ra, [obj, 'b']);
    assert.strictEqual(ra[0], rb[0]);
  }

  // A slow branch does not stop the fast one; the source is pulled for the faster reader.
  {
    let pulls = 0;
    const rs = new ReadableStream({
      pull(c) {
        pulls++;
        c.enqueue(pulls);
        if (pulls === 5) c.close();
      },
    }, { highWaterMark: 0 });
    const [a, b] = rs.tee();
    assert.deepStrictEqual(await collect(a), [1, 2, 3, 4, 5]);
    assert.strictEqual(pulls, 5);
    assert.deepStrictEqual(await collect(b), [1, 2, 3, 4, 5]);
  }

  // Cancelling one branch: the other still reads everything; the source is not cancelled.
  {
    let cancelReason = 'not cancelled';
    const rs = new ReadableStream({
      start(c) { c.enqueue(1); c.enqueue(2); c.close(); },
      cancel(r) { cancelReason = r; },
    });
    const [a, b] = rs.tee();
    // A branch's cancel() settles when the source ends (or both branches are cancelled).
    const cancelled = a.cancel('only a');
    assert.deepStrictEqual(await collect(b), [1, 2]);
    assert.strictEqual(await cancelled, undefined);
    assert.strictEqual(cancelReason, 'not cancelled');
  }

  // Cancelling both: the source is cancelled once with [reason1, reason2], and both
  // cancel() promises settle only then.
  {
    let reasons;
    let cancelled = 0;
    const rs = new ReadableStream({
      cancel(r) {
        cancelled++;
        reasons = r;
      },
    });
    const [a, b] = rs.tee();
    let aDone = false;
    const pa = a.cancel('r1').then(() => { aDone = true; });
    await flushMicrotasks();
    assert.strictEqual(aDone, false);
    assert.strictEqual(cancelled, 0);
    await Promise.all([pa, b.cancel('r2')]);
    assert.strictEqual(cancelled, 1);
    assert.deepStrictEqual(reasons, ['r1', 'r2']);
  }

  // An error in the source errors both branches.
  {
    let ctrl;
    const rs = new ReadableStream({ start(c) { ctrl = c; } });
    const [a, b] = rs.tee();
    const err = new Error('source failed');
    ctrl.error(err);
    await assert.rejects(a.getReader().read(), (e) => e === err);
    await assert.rejects(b.getReader().closed, (e) => e === err);
  }

  // Byte stream tee: branches are byte streams with copies of the chunk.
  {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.enqueue(new Uint8Array([4]));
        c.close();
      },
    });
    const [a, b] = rs.tee();
    assert.strictEqual(require('util').inspect(a).includes('supportsBYOB: true'), true);
    const ra = a.getReader({ mode: 'byob' });
    const first = await ra.read(new Uint8Array(2));
    assert.deepStrictEqual([...first.value], [1, 2]);
    const rest = await collect(b);
    // The BYOB read of 2 bytes split the source's first chunk for both branches.
    assert.deepStrictEqual(rest.map((u) => [...u]), [[1, 2], [3], [4]]);
    assert.notStrictEqual(rest[0].buffer, first.value.buffer);
    const second = await ra.read(new Uint8Array(8));
    // b's reads queued [3] and [4] in a; one BYOB read takes both.
    assert.deepStrictEqual([...second.value], [3, 4]);
    const end = await ra.read(new Uint8Array(8));
    assert.strictEqual(end.done, true);
    assert.strictEqual(end.value.byteLength, 0);
  }

  // Byte stream tee with a cancelled branch and an erroring source.
  {
    let ctrl;
    const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
    const [a, b] = rs.tee();
    a.cancel();
    const rb = b.getReader();
    const p = rb.read();
    ctrl.enqueue(new Uint8Array([9]));
    assert.deepStrictEqual([...(await p).value], [9]);
    ctrl.error(new TypeError('bytes failed'));
    await assert.rejects(rb.read(), { name: 'TypeError', message: 'bytes failed' });
  }
  console.log('ok');
})();
