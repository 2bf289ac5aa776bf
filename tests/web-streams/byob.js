'use strict';
// Byte streams: BYOB reads into caller views (typed arrays, DataView, Buffer), `min`,
// respond/respondWithNewView, autoAllocateChunkSize for default readers, the queue filling
// views across chunks, transferred (detached) buffers, and the errors of misuse.
const assert = require('assert');

(async () => {
  // A pull source that writes into byobRequest.view.
  {
    let next = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const view = c.byobRequest.view;
        assert.ok(view instanceof Uint8Array);
        const n = Math.min(view.byteLength, 3);
        for (let i = 0; i < n; i++) view[i] = next++;
        c.byobRequest.respond(n);
        if (next >= 9) c.close();
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    const buffer = new ArrayBuffer(8);
    const r1 = await reader.read(new Uint8Array(buffer, 2, 5));
    assert.strictEqual(buffer.byteLength, 0, 'the caller\'s buffer is transferred');
    assert.deepStrictEqual([...r1.value], [0, 1, 2]);
    assert.strictEqual(r1.value.byteOffset, 2);
    assert.strictEqual(r1.value.buffer.byteLength, 8);
    // min: the read waits until 5 bytes arrived (two pulls).
    const r2 = await reader.read(new Uint8Array(r1.value.buffer), { min: 5 });
    assert.deepStrictEqual([...r2.value], [3, 4, 5, 6, 7, 8]);
    const r3 = await reader.read(new Uint8Array(4));
    assert.strictEqual(r3.done, true);
    assert.ok(r3.value instanceof Uint8Array);
    assert.strictEqual(r3.value.byteLength, 0);
    assert.strictEqual(r3.value.buffer.byteLength, 4);
  }

  // Element types: a Uint16Array read never ends in half an element; the odd byte waits
  // in the queue. DataView and Buffer views come back as the same type.
  {
    let ctrl;
    const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
    ctrl.enqueue(new Uint8Array([1, 0, 2, 0, 3]));
    const reader = rs.getReader({ mode: 'byob' });
    const a = await reader.read(new Uint16Array(4));
    assert.ok(a.value instanceof Uint16Array);
    assert.deepStrictEqual([...a.value], [1, 2]);
    const dv = await reader.read(new DataView(new ArrayBuffer(4)));
    assert.ok(dv.value instanceof DataView);
    assert.strictEqual(dv.value.byteLength, 1);
    assert.strictEqual(dv.value.getUint8(0), 3);
    ctrl.enqueue(new Uint8Array([0x68, 0x69]));
    const b = await reader.read(Buffer.alloc(4));
    assert.ok(Buffer.isBuffer(b.value));
    assert.strictEqual(b.value.toString(), 'hi');
    // Closing with half an element pending is an error.
    ctrl.enqueue(new Uint8Array([7]));
    const pending = reader.read(new Uint32Array(1));
    ctrl.enqueue(new Uint8Array([8]));
    assert.throws(() => ctrl.close(), {
      name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Partial read',
    });
    await assert.rejects(pending, { message: 'Invalid state: Partial read' });
  }

  // Enqueued chunks are transferred: the source's buffer is detached.
  {
    let ctrl;
    const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
    const chunk = new Uint8Array([1, 2, 3]);
    ctrl.enqueue(chunk);
    assert.strictEqual(chunk.byteLength, 0);
    const { value } = await rs.getReader().read();
    assert.deepStrictEqual([...value], [1, 2, 3]);
  }

  // respondWithNewView: the source hands back a view on the same buffer.
  {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const v = c.byobRequest.view;
        const filled = new Uint8Array(v.buffer, v.byteOffset, 2);
        filled.set([42, 43]);
        c.byobRequest.respondWithNewView(filled);
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    const { value } = await reader.read(new Uint8Array(10));
    assert.deepStrictEqual([...value], [42, 43]);
  }
  // respondWithNewView with a view at the wrong offset is a RangeError.
  {
    let error;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const v = c.byobRequest.view;
        try {
          c.byobRequest.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset + 1, 1));
        } catch (e) {
          error = e;
          c.error(e);
        }
      },
    });
    await assert.rejects(rs.getReader({ mode: 'byob' }).read(new Uint8Array(4)), RangeError);
    assert.strictEqual(error.code, 'ERR_INVALID_ARG_VALUE');
  }
  // respond() more bytes than the view holds; respond(0) while readable; a stale request.
  {
    let request;
    let errors = [];
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        request = c.byobRequest;
        for (const n of [5, 0]) {
          try {
            request.respond(n);
          } catch (e) {
            errors.push(`${e.name} ${e.code} ${e.message}`);
          }
        }
        request.view[0] = 1;
        request.respond(1);
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    const { value } = await reader.read(new Uint8Array(4));
    assert.deepStrictEqual([...value], [1, 0, 0, 0].slice(0, 1));
    assert.deepStrictEqual(errors, [
      "RangeError ERR_INVALID_ARG_VALUE The argument 'bytesWritten' is invalid. Received 5",
      "TypeError ERR_INVALID_ARG_VALUE The argument 'bytesWritten' is invalid. Received 0",
    ]);
    assert.strictEqual(request.view, null);
    assert.throws(() => request.respond(1), {
      code: 'ERR_INVALID_STATE', message: 'Invalid state: This BYOB request has been invalidated',
    });
  }

  // autoAllocateChunkSize: a default reader on a byte stream gets a byobRequest too.
  {
    const sizes = [];
    let n = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16,
      pull(c) {
        const req = c.byobRequest;
        sizes.push(req.view.byteLength);
        req.view.fill(++n);
        req.respond(4);
        if (n === 2) c.close();
      },
    });
    const reader = rs.getReader();
    const r1 = await reader.read();
    assert.deepStrictEqual([...r1.value], [1, 1, 1, 1]);
    assert.strictEqual(r1.value.buffer.byteLength, 16);
    const r2 = await reader.read();
    assert.deepStrictEqual([...r2.value], [2, 2, 2, 2]);
    assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
    assert.deepStrictEqual(sizes, [16, 16]);
  }
  // Without autoAllocateChunkSize a default read has no byobRequest.
  {
    let seen;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        seen = c.byobRequest;
        c.enqueue(new Uint8Array([5]));
      },
    });
    const { value } = await rs.getReader().read();
    assert.strictEqual(seen, null);
    assert.deepStrictEqual([...value], [5]);
  }

  // desiredSize of a byte stream counts bytes; the default highWaterMark is 0.
  {
    let ctrl;
    new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
    assert.strictEqual(ctrl.desiredSize, 0);
    ctrl.enqueue(new Uint8Array(10));
    assert.strictEqual(ctrl.desiredSize, -10);
    let ctrl2;
    new ReadableStream({ type: 'bytes', start(c) { ctrl2 = c; } }, { highWaterMark: 64 });
    ctrl2.enqueue(new Uint8Array(10));
    assert.strictEqual(ctrl2.desiredSize, 54);
  }

  // Cancelling with a pending BYOB read resolves it as done with no value.
  {
    const rs = new ReadableStream({ type: 'bytes' });
    const reader = rs.getReader({ mode: 'byob' });
    const p = reader.read(new Uint8Array(3));
    await reader.cancel('bye');
    assert.deepStrictEqual(await p, { value: undefined, done: true });
  }

  // Releasing a BYOB reader with a read pending: a default reader then gets the bytes.
  {
    let ctrl;
    const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
    const byob = rs.getReader({ mode: 'byob' });
    const p = byob.read(new Uint8Array(4));
    byob.releaseLock();
    await assert.rejects(p, { message: 'Invalid state: Releasing reader' });
    const reader = rs.getReader();
    const r = reader.read();
    ctrl.enqueue(new Uint8Array([1, 2]));
    assert.deepStrictEqual([...(await r).value], [1, 2]);
  }
  console.log('ok');
})();
