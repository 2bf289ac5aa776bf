'use strict';
// pipeTo and pipeThrough: closing, errors in both directions, the prevent* options, abort
// by signal, a closed destination, backpressure, and the locks while piping.
const assert = require('assert');
const { collect, delay } = require('./_helpers');

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      if (!extra.keepOpen) c.close();
    },
    cancel(r) { extra.cancelled = r; },
  });
}

function sink(record = {}) {
  record.chunks = [];
  return new WritableStream({
    write(chunk) { record.chunks.push(chunk); },
    close() { record.closed = true; },
    abort(r) { record.aborted = r; },
  });
}

(async () => {
  // Plain pipe: all chunks, then the destination closes; locks held while piping.
  {
    const rec = {};
    const rs = source([1, 2, 3]);
    const ws = sink(rec);
    const p = rs.pipeTo(ws);
    assert.strictEqual(rs.locked, true);
    assert.strictEqual(ws.locked, true);
    assert.strictEqual(await p, undefined);
    assert.deepStrictEqual(rec.chunks, [1, 2, 3]);
    assert.strictEqual(rec.closed, true);
    assert.strictEqual(rs.locked, false);
    assert.strictEqual(ws.locked, false);
  }

  // preventClose leaves the destination open and usable.
  {
    const rec = {};
    const ws = sink(rec);
    await source(['a']).pipeTo(ws, { preventClose: true });
    assert.strictEqual(rec.closed, undefined);
    const w = ws.getWriter();
    await w.write('b');
    await w.close();
    assert.deepStrictEqual(rec.chunks, ['a', 'b']);
    assert.strictEqual(rec.closed, true);
  }

  // A source error aborts the destination (unless preventAbort).
  {
    const err = new Error('src');
    let ctrl;
    const rs = new ReadableStream({ start(c) { ctrl = c; c.enqueue(1); } });
    const rec = {};
    const p = rs.pipeTo(sink(rec));
    setTimeout(() => ctrl.error(err), 1);
    await assert.rejects(p, (e) => e === err);
    assert.deepStrictEqual(rec.chunks, [1]);
    assert.strictEqual(rec.aborted, err);
  }
  {
    const err = new Error('src2');
    const rs = new ReadableStream({ start(c) { c.error(err); } });
    const rec = {};
    const ws = sink(rec);
    await assert.rejects(rs.pipeTo(ws, { preventAbort: true }), (e) => e === err);
    assert.strictEqual(rec.aborted, undefined);
    assert.strictEqual(ws.locked, false);
    const w = ws.getWriter();
    await w.write('still writable');
    assert.deepStrictEqual(rec.chunks, ['still writable']);
  }

  // A destination error cancels the source (unless preventCancel).
  {
    const err = new Error('dest');
    const extra = { keepOpen: true };
    const rs = source([1, 2], extra);
    const ws = new WritableStream({ write() { throw err; } });
    await assert.rejects(rs.pipeTo(ws), (e) => e === err);
    assert.strictEqual(extra.cancelled, err);
  }
  {
    const err = new Error('dest2');
    const extra = { keepOpen: true };
    const rs = source([1, 2], extra);
    const ws = new WritableStream({ write() { throw err; } });
    await assert.rejects(rs.pipeTo(ws, { preventCancel: true }), (e) => e === err);
    assert.strictEqual(extra.cancelled, undefined);
    assert.strictEqual(rs.locked, false);
    // The chunk the failed write took is gone; the pipe read no further.
    assert.deepStrictEqual(await rs.getReader().read(), { value: 2, done: false });
  }

  // A closed destination: the source is cancelled with a TypeError.
  {
    const ws = new WritableStream();
    await ws.close();
    const extra = { keepOpen: true };
    const rs = source([1], extra);
    await assert.rejects(rs.pipeTo(ws), {
      name: 'TypeError',
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Destination WritableStream is closed',
    });
    assert.strictEqual(extra.cancelled.code, 'ERR_INVALID_STATE');
  }

  // Abort by signal: the destination is aborted and the source cancelled with the
  // signal's reason; the pipe rejects with it.
  {
    const ac = new AbortController();
    const extra = { keepOpen: true };
    let n = 0;
    const rs = new ReadableStream({
      pull(c) { c.enqueue(++n); },
      cancel(r) { extra.cancelled = r; },
    });
    const rec = {};
    const p = rs.pipeTo(new WritableStream({
      write(chunk) {
        rec.last = chunk;
        return delay(1);
      },
      abort(r) { rec.aborted = r; },
    }), { signal: ac.signal });
    await delay(10);
    ac.abort();
    await assert.rejects(p, { name: 'AbortError', message: 'This operation was aborted', code: 20 });
    assert.strictEqual(rec.aborted, ac.signal.reason);
    assert.strictEqual(extra.cancelled, ac.signal.reason);
    assert.ok(rec.last >= 1);
  }
  {
    const reason = new RangeError('custom');
    const ac = new AbortController();
    ac.abort(reason);
    const extra = { keepOpen: true };
    const rec = {};
    await assert.rejects(source([1], extra).pipeTo(sink(rec), { signal: ac.signal, preventAbort: true }),
                         (e) => e === reason);
    assert.strictEqual(rec.aborted, undefined);
    assert.strictEqual(extra.cancelled, reason);
    assert.deepStrictEqual(rec.chunks, []);
  }

  // Backpressure: a slow sink with highWaterMark 1 keeps the source from running ahead.
  {
    let pulled = 0;
    let written = 0;
    const rs = new ReadableStream({
      pull(c) {
        pulled++;
        c.enqueue(pulled);
        if (pulled === 20) c.close();
      },
    }, { highWaterMark: 1 });
    const ws = new WritableStream({
      async write() {
        await delay(1);
        written++;
        assert.ok(pulled - written <= 4, `source ran ahead: pulled ${pulled}, written ${written}`);
      },
    }, { highWaterMark: 1 });
    await rs.pipeTo(ws);
    assert.strictEqual(written, 20);
  }

  // pipeThrough returns the transform's readable; chained transforms.
  {
    const upper = new TransformStream({ transform(s, c) { c.enqueue(s.toUpperCase()); } });
    const twice = new TransformStream({ transform(s, c) { c.enqueue(s); c.enqueue(s); } });
    const out = source(['a', 'b']).pipeThrough(upper).pipeThrough(twice);
    assert.strictEqual(out, twice.readable);
    assert.deepStrictEqual(await collect(out), ['A', 'A', 'B', 'B']);
  }

  // pipeThrough with an abort signal errors the readable side.
  {
    const ac = new AbortController();
    const rs = new ReadableStream({ pull(c) { c.enqueue('x'); return delay(1); } });
    const out = rs.pipeThrough(new TransformStream(), { signal: ac.signal });
    const reader = out.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
    ac.abort(new Error('stop'));
    await assert.rejects(reader.closed, { message: 'stop' });
  }
  console.log('ok');
})();
