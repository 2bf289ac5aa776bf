'use strict';
// stream.pipeline and stream/promises pipeline: success, failure with every stream
// destroyed, generator and async-function stages, abort signals, premature close.
const assert = require('assert');
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
const sp = require('stream/promises');
const util = require('util');

function collector() {
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  w.chunks = chunks;
  return w;
}

async function main() {
  // Success: callback with no error, every stream finished.
  {
    const src = Readable.from(['a', 'b', 'c']);
    const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    const dst = collector();
    const err = await new Promise((res) => {
      const ret = pipeline(src, up, dst, res);
      assert.strictEqual(ret, dst);
    });
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(dst.chunks, ['A', 'B', 'C']);
    assert.ok(dst.writableFinished);
    assert.ok(src.destroyed && up.destroyed && dst.destroyed);
  }

  // Failure in the middle: the error reaches the callback and all streams are destroyed.
  {
    const closed = [];
    const src = new Readable({ read() {} });
    const bad = new Transform({ transform(c, e, cb) { cb(new Error('kaput')); } });
    const dst = collector();
    for (const [n, s] of [['src', src], ['bad', bad], ['dst', dst]]) s.on('close', () => closed.push(n));
    const p = new Promise((res) => pipeline(src, bad, dst, res));
    src.push('x');
    const err = await p;
    assert.strictEqual(err.message, 'kaput');
    assert.ok(src.destroyed && bad.destroyed && dst.destroyed);
    assert.deepStrictEqual(closed.sort(), ['bad', 'dst', 'src']);
  }

  // The destination fails: the source is destroyed.
  {
    const src = new Readable({ read() {} });
    const dst = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
    const p = new Promise((res) => pipeline(src, dst, res));
    src.push('data');
    const err = await p;
    assert.strictEqual(err.message, 'disk full');
    assert.ok(src.destroyed);
  }

  // A stream destroyed early: premature close.
  {
    const src = new Readable({ read() {} });
    const dst = collector();
    const p = new Promise((res) => pipeline(src, dst, res));
    src.destroy();
    const err = await p;
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }

  // Generator stages and an async function at the end; the promise resolves with its value.
  {
    const value = await sp.pipeline(
      function* () { yield 'x'; yield 'y'; },
      async function* (source) {
        for await (const chunk of source) yield chunk + chunk;
      },
      async function (source) {
        let s = '';
        for await (const chunk of source) s += chunk;
        return s;
      },
    );
    assert.strictEqual(value, 'xxyy');
  }

  // A generator that throws rejects the promise.
  await assert.rejects(sp.pipeline(
    Readable.from([1, 2, 3]),
    async function* (source) {
      for await (const n of source) {
        if (n === 2) throw new Error('two');
        yield String(n);
      }
    },
    collector(),
  ), { message: 'two' });

  // AbortSignal: AbortError, streams destroyed.
  {
    const ac = new AbortController();
    const src = new Readable({ read() {} });
    const dst = collector();
    const p = sp.pipeline(src, dst, { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
    assert.ok(src.destroyed && dst.destroyed);
  }

  // An already-aborted signal.
  await assert.rejects(
    sp.pipeline(Readable.from(['a']), collector(), { signal: AbortSignal.abort() }),
    { name: 'AbortError' });

  // end: false leaves the destination open.
  {
    const dst = collector();
    await sp.pipeline(Readable.from(['a']), dst, { end: false });
    assert.strictEqual(dst.writableEnded, false);
    dst.end('b');
    await sp.finished(dst);
    assert.deepStrictEqual(dst.chunks, ['a', 'b']);
  }

  // Arrays of streams, util.promisify, argument errors.
  {
    const dst = collector();
    await util.promisify(pipeline)([Readable.from(['q']), new PassThrough(), dst]);
    assert.deepStrictEqual(dst.chunks, ['q']);
    assert.strictEqual(util.promisify(pipeline), sp.pipeline);
    assert.throws(() => pipeline(Readable.from([]), () => {}), { code: 'ERR_MISSING_ARGS' });
    assert.throws(() => pipeline(Readable.from([]), collector()), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  // Backpressure through a pipeline: the source is never more than a few chunks ahead.
  {
    let produced = 0;
    let consumed = 0;
    let maxAhead = 0;
    const src = new Readable({
      highWaterMark: 2,
      objectMode: true,
      read() {
        produced++;
        maxAhead = Math.max(maxAhead, produced - consumed);
        this.push(produced <= 50 ? produced : null);
      },
    });
    const slow = new Writable({
      objectMode: true,
      highWaterMark: 2,
      write(c, e, cb) {
        consumed++;
        setImmediate(cb);
      },
    });
    await sp.pipeline(src, new PassThrough({ objectMode: true, highWaterMark: 2 }), slow);
    assert.strictEqual(consumed, 50);
    assert.ok(maxAhead <= 10, `source ran ${maxAhead} chunks ahead`);
  }
  console.log('ok');
}

main();
