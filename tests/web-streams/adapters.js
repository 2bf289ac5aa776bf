'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(): data round trips both ways, backpressure
// carried across in both directions, and errors/cancellation crossing over.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, pipeline } = require('stream');
const { delay, collect } = require('./_helpers');

function pattern(n, seed) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xFF;
  return out;
}

function checksum(chunks) {
  let a = 1;
  let b = 0;
  for (const c of chunks) {
    for (let i = 0; i < c.length; i++) {
      a = (a + c[i]) % 65521;
      b = (b + a) % 65521;
    }
  }
  return (b << 16) | a;
}

(async () => {
  // Readable.toWeb: bytes arrive as Uint8Arrays (copies, not pooled Buffers), in order.
  {
    const parts = [pattern(1000, 1), pattern(70000, 2), pattern(5, 3)];
    const node = new Readable({ read() {} });
    for (const p of parts) node.push(Buffer.from(p));
    node.push(null);
    const web = Readable.toWeb(node);
    const got = await collect(web);
    assert.ok(got.every((c) => c instanceof Uint8Array && !Buffer.isBuffer(c)));
    assert.strictEqual(checksum(got), checksum(parts));
    assert.strictEqual(got.reduce((n, c) => n + c.length, 0), 71005);
  }

  // Readable.toWeb backpressure: a web reader that does not read pauses the Node stream.
  {
    let produced = 0;
    const node = new Readable({
      highWaterMark: 1024,
      read() {
        produced++;
        this.push(Buffer.alloc(512, produced));
        if (produced === 1000) this.push(null);
      },
    });
    const web = Readable.toWeb(node);
    await delay(20);
    assert.ok(produced <= 8, `the Node stream ran ahead: ${produced} reads`);
    assert.strictEqual(node.isPaused(), true);
    const reader = web.getReader();
    let total = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      total += value.byteLength;
    }
    assert.strictEqual(total, 512 * 1000);
  }

  // Readable.toWeb in object mode, with a custom strategy.
  {
    const node = Readable.from([{ a: 1 }, 'two', 3]);
    const web = Readable.toWeb(node, { strategy: new CountQueuingStrategy({ highWaterMark: 1 }) });
    assert.deepStrictEqual(await collect(web), [{ a: 1 }, 'two', 3]);
  }

  // Readable.toWeb errors and cancellation.
  {
    const node = new Readable({ read() {} });
    const web = Readable.toWeb(node);
    const err = new Error('node side failed');
    node.destroy(err);
    await assert.rejects(web.getReader().read(), (e) => e === err);

    const node2 = new Readable({ read() {} });
    const web2 = Readable.toWeb(node2);
    node2.destroy();
    await assert.rejects(web2.getReader().read(), { name: 'AbortError', code: 'ABORT_ERR' });

    const node3 = new Readable({ read() {} });
    const web3 = Readable.toWeb(node3);
    await web3.cancel(new Error('web cancelled'));
    assert.strictEqual(node3.destroyed, true);
    assert.strictEqual(node3.errored.message, 'web cancelled');
  }

  // Readable.fromWeb: backpressure: with nobody reading, the web source is pulled only
  // up to the Readable's highWaterMark.
  {
    let pulls = 0;
    const web = new ReadableStream({
      pull(c) {
        pulls++;
        c.enqueue(pattern(100, pulls));
        if (pulls === 200) c.close();
      },
    }, { highWaterMark: 0 });
    const node = Readable.fromWeb(web, { highWaterMark: 300 });
    node.read(0);
    await delay(20);
    assert.ok(pulls <= 6, `web source over-pulled: ${pulls}`);
    const chunks = [];
    for await (const c of node) chunks.push(c);
    assert.strictEqual(pulls, 200);
    assert.strictEqual(chunks.reduce((n, c) => n + c.length, 0), 20000);
    assert.ok(Buffer.isBuffer(chunks[0]));
  }

  // Readable.fromWeb with encoding and objectMode; errors cross over.
  {
    const text = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('h€'), new TextEncoder().encode('llo')]),
                                  { encoding: 'utf8' });
    assert.deepStrictEqual(await collect(text), ['h€', 'llo']);
    const objs = Readable.fromWeb(ReadableStream.from([{ x: 1 }, 2]), { objectMode: true });
    assert.deepStrictEqual(await collect(objs), [{ x: 1 }, 2]);
    const err = new Error('web failed');
    const broken = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(err); } }));
    await assert.rejects(collect(broken), (e) => e === err);
    assert.throws(() => Readable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => Readable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  // Destroying the Readable cancels the web stream.
  {
    let reason = 'none';
    const web = new ReadableStream({ cancel(r) { reason = r; } });
    const node = Readable.fromWeb(web);
    const err = new Error('stop');
    node.on('error', () => {});
    node.destroy(err);
    await delay(5);
    assert.strictEqual(reason, err);
  }

  // Writable.toWeb: the web writer waits on the Node stream's backpressure ('drain').
  {
    const received = [];
    let release;
    const node = new Writable({
      highWaterMark: 10,
      write(chunk, enc, cb) {
        received.push(chunk.length);
        release = cb;
      },
    });
    const web = Writable.toWeb(node);
    const writer = web.getWriter();
    const w1 = writer.write(new Uint8Array(20));
    let w1Done = false;
    w1.then(() => { w1Done = true; });
    await delay(5);
    assert.strictEqual(w1Done, false, 'write must wait for drain');
    assert.deepStrictEqual(received, [20]);
    release();
    await w1;
    const w2 = writer.write(new Uint8Array(3));
    await delay(1);
    release();
    await w2;
    const closing = writer.close();
    await closing;
    assert.strictEqual(node.writableFinished, true);
    assert.deepStrictEqual(received, [20, 3]);
  }

  // Writable.toWeb: a Node write error errors the web stream; abort destroys the Node stream.
  {
    const node = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
    node.on('error', () => {});
    const writer = Writable.toWeb(node).getWriter();
    writer.write(new Uint8Array(1)).catch(() => {});
    await assert.rejects(writer.closed, { message: 'disk full' });

    const node2 = new Writable({ write(c, e, cb) { cb(); } });
    node2.on('error', () => {});
    await Writable.toWeb(node2).abort(new Error('abandon'));
    assert.strictEqual(node2.destroyed, true);
  }

  // Writable.fromWeb: write() returns false past the highWaterMark, 'drain' follows, strings
  // reach the sink as bytes, end() closes the WritableStream.
  {
    const chunks = [];
    let closed = false;
    const web = new WritableStream({
      async write(chunk) {
        await delay(1);
        chunks.push(chunk);
      },
      close() { closed = true; },
    });
    const node = Writable.fromWeb(web, { highWaterMark: 8 });
    assert.strictEqual(node.write('abcd'), true);
    assert.strictEqual(node.write(Buffer.from('efghij')), false);
    await new Promise((resolve) => node.once('drain', resolve));
    node.write('€', 'utf8');
    node.write('6869', 'hex');
    await new Promise((resolve) => node.end(resolve));
    assert.strictEqual(closed, true);
    assert.ok(chunks[0] instanceof Uint8Array);
    assert.strictEqual(Buffer.concat(chunks.map((c) => Buffer.from(c))).toString(), 'abcdefghij€hi');
  }

  // Writable.fromWeb: a failing sink destroys the Writable with its error.
  {
    const node = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink refused'); } }));
    const error = await new Promise((resolve) => {
      node.on('error', resolve);
      node.write('x');
    });
    assert.strictEqual(error.message, 'sink refused');
  }

  // Duplex.toWeb / Duplex.fromWeb round trips.
  {
    const { readable, writable } = Duplex.toWeb(new PassThrough());
    const writer = writable.getWriter();
    writer.write(new TextEncoder().encode('through '));
    writer.write(new TextEncoder().encode('a duplex'));
    writer.close();
    const out = await collect(readable.pipeThrough(new TextDecoderStream()));
    assert.strictEqual(out.join(''), 'through a duplex');

    const upper = new TransformStream({
      transform(chunk, c) { c.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase())); },
    });
    const duplex = Duplex.fromWeb(upper, { encoding: 'utf8' });
    duplex.end('shout');
    assert.deepStrictEqual(await collect(duplex), ['SHOUT']);
    assert.throws(() => Duplex.fromWeb({ readable: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => Duplex.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  // A full round trip of 4 MiB: Node Readable -> web -> TransformStream -> Node Writable,
  // through stream.pipeline, checked byte for byte.
  {
    const total = 4 * 1024 * 1024;
    const source = new Readable({
      read() {
        this.i = (this.i || 0) + 1;
        this.push(Buffer.from(pattern(64 * 1024, this.i)));
        if (this.i === total / (64 * 1024)) this.push(null);
      },
    });
    const expected = [];
    for (let i = 1; i <= total / (64 * 1024); i++) expected.push(pattern(64 * 1024, i));
    const webOut = Readable.toWeb(source).pipeThrough(new TransformStream());
    const got = [];
    await new Promise((resolve, reject) => pipeline(
      Readable.fromWeb(webOut),
      new Writable({ write(c, e, cb) { got.push(c); setImmediate(cb); } }),
      (err) => (err ? reject(err) : resolve())));
    assert.strictEqual(got.reduce((n, c) => n + c.length, 0), total);
    assert.strictEqual(checksum(got), checksum(expected));
  }
  console.log('ok');
})();
