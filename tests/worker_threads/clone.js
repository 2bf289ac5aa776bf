'use strict';
// What crosses to a worker: structured clones (cycles, Map, Set, Date, RegExp, typed arrays,
// DataView, errors, BigInt, boxed primitives); transferred ArrayBuffers are detached in the
// sender; uncloneable values throw DataCloneError before anything is sent.
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

(async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (m) => {
      if (m === 'done') return parentPort.close();
      if (m && m.bounce) {
        const { buf } = m;
        new Uint8Array(buf)[1] = 9;
        parentPort.postMessage({ buf, view: new Uint8Array(buf, 2, 3) }, [buf]);
        return parentPort.postMessage({ detachedHere: buf.byteLength === 0 });
      }
      parentPort.postMessage(m);
    });
  `, { eval: true });
  const roundTrip = (value, transfer) => new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage(value, transfer);
  });

  const cyclic = { name: 'c' };
  cyclic.self = cyclic;
  const shared = { s: 1 };
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const value = {
    cyclic,
    pair: [shared, shared],
    map: new Map([['k', { v: 1 }], [2, [3]]]),
    set: new Set([1, 'a']),
    date: new Date(86400000),
    re: /ab+c/gi,
    big: 2n ** 70n,
    boxed: [Object(1), Object('s'), Object(false)],
    u8: bytes,
    f64: new Float64Array([1.5, -0]),
    view: new DataView(new ArrayBuffer(4), 1, 2),
    err: Object.assign(new RangeError('bad'), { extra: 1 }),
    nested: { deep: { deeper: [undefined, null, NaN, -0, 'x'] } },
  };
  const out = await roundTrip(value);
  assert.strictEqual(out.cyclic.self, out.cyclic);
  assert.strictEqual(out.pair[0], out.pair[1]);
  assert.deepStrictEqual(out.map, value.map);
  assert.deepStrictEqual(out.set, value.set);
  assert.strictEqual(out.date.getTime(), 86400000);
  assert.strictEqual(out.re.source, 'ab+c');
  assert.strictEqual(out.re.flags, 'gi');
  assert.strictEqual(out.big, 2n ** 70n);
  assert.strictEqual(typeof out.boxed[0], 'object');
  assert.strictEqual(out.boxed[1].valueOf(), 's');
  assert.deepStrictEqual(out.u8, bytes);
  assert.ok(Object.is(out.f64[1], -0));
  assert.ok(out.view instanceof DataView);
  assert.strictEqual(out.view.byteOffset, 1);
  assert.strictEqual(out.view.byteLength, 2);
  assert.ok(out.err instanceof RangeError);
  assert.strictEqual(out.err.message, 'bad');
  assert.deepStrictEqual(out.nested, value.nested);
  // Class instances come back as plain objects.
  class Point { constructor() { this.x = 1; } }
  const p = await roundTrip(new Point());
  assert.strictEqual(Object.getPrototypeOf(p), Object.prototype);
  assert.deepStrictEqual(p, { x: 1 });

  // Transfer: the sender's buffer is detached, the receiver gets the bytes.
  const buf = new ArrayBuffer(1 << 20);
  new Uint8Array(buf)[12345] = 7;
  const moved = await roundTrip({ buf }, [buf]);
  assert.strictEqual(buf.byteLength, 0);
  assert.strictEqual(moved.buf.byteLength, 1 << 20);
  assert.strictEqual(new Uint8Array(moved.buf)[12345], 7);
  // Moved there and back: the worker's copy is detached once it sends it back.
  const big = new ArrayBuffer(256 * 1024);
  new Uint8Array(big).fill(3);
  const bounced = new Promise((resolve) => {
    const got = [];
    w.on('message', function onMessage(m) {
      got.push(m);
      if (got.length === 2) {
        w.off('message', onMessage);
        resolve(got);
      }
    });
  });
  w.postMessage({ bounce: true, buf: big }, [big]);
  const [back, status] = await bounced;
  assert.strictEqual(big.byteLength, 0);
  assert.deepStrictEqual(status, { detachedHere: true });
  assert.strictEqual(back.buf.byteLength, 256 * 1024);
  assert.strictEqual(back.view.buffer, back.buf);
  assert.deepStrictEqual([...back.view], [3, 3, 3]);
  const all = new Uint8Array(back.buf);
  assert.strictEqual(all[1], 9);
  assert.strictEqual(all.reduce((a, b) => a + b, 0), 3 * 256 * 1024 + 6);
  // And out again from here.
  const again = await roundTrip({ buf: back.buf }, [back.buf]);
  assert.strictEqual(back.buf.byteLength, 0);
  assert.strictEqual(new Uint8Array(again.buf)[1], 9);

  const u16 = new Uint16Array([9, 8, 7]);
  const movedView = await roundTrip(u16, [u16.buffer]);
  assert.strictEqual(u16.length, 0);
  assert.deepStrictEqual(movedView, new Uint16Array([9, 8, 7]));

  // markAsUntransferable: listed buffers are copied, not moved (Node 20).
  const { markAsUntransferable } = require('worker_threads');
  const keep = new ArrayBuffer(8);
  markAsUntransferable(keep);
  const copied = await roundTrip(keep, [keep]);
  assert.strictEqual(keep.byteLength, 8);
  assert.strictEqual(copied.byteLength, 8);

  // Uncloneable values throw in the sender.
  assert.throws(() => w.postMessage({ f() {} }), {
    name: 'DataCloneError',
    message: 'f() {} could not be cloned.',
  });
  assert.throws(() => w.postMessage(Symbol('s')), {
    name: 'DataCloneError',
    message: 'Symbol(s) could not be cloned.',
  });
  const { port1 } = new MessageChannel();
  assert.throws(() => w.postMessage({ port1 }), {
    code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  });
  assert.throws(() => w.postMessage(1, [{}]), { code: 'ERR_INVALID_TRANSFER_OBJECT' });
  port1.close();

  // Still working after the failures.
  assert.strictEqual(await roundTrip('after'), 'after');
  w.postMessage('done');
  assert.strictEqual(await new Promise((resolve) => w.on('exit', resolve)), 0);
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
