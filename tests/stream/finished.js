'use strict';
// stream.finished (callback) and stream/promises finished: normal ends, errors,
// premature close, options, AbortSignal, the cleanup function.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, finished } = require('stream');
const sp = require('stream/promises');

function once(stream, opts) {
  return new Promise((resolve) => {
    if (opts) finished(stream, opts, resolve);
    else finished(stream, resolve);
  });
}

async function main() {
  // A readable that ends.
  {
    const r = Readable.from(['a']);
    const p = once(r);
    r.resume();
    assert.strictEqual(await p, undefined);
  }

  // A writable that finishes; `this` is the stream.
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    let self;
    const p = new Promise((res) => finished(w, function(err) { self = this; res(err); }));
    w.end('x');
    assert.strictEqual(await p, undefined);
    assert.strictEqual(self, w);
  }

  // Errors.
  {
    const r = new Readable({ read() {} });
    const p = once(r);
    r.destroy(new Error('nope'));
    assert.strictEqual((await p).message, 'nope');
  }

  // Premature close of each kind.
  {
    const r = new Readable({ read() {} });
    const p = once(r);
    r.destroy();
    assert.strictEqual((await p).code, 'ERR_STREAM_PREMATURE_CLOSE');

    const w = new Writable({ write(c, e, cb) { cb(); } });
    const p2 = once(w);
    w.write('x');
    w.destroy();
    assert.strictEqual((await p2).code, 'ERR_STREAM_PREMATURE_CLOSE');
  }

  // Already finished streams call back on the next tick.
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.end();
    await once(w);
    let sync = true;
    const p = once(w).then((err) => [err, sync]);
    sync = false;
    assert.deepStrictEqual(await p, [undefined, false]);
  }

  // { readable: false } on a Duplex waits only for the writable side.
  {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    const p = once(d, { readable: false });
    d.end('x');
    assert.strictEqual(await p, undefined);
    assert.strictEqual(d.readableEnded, false);
    d.destroy();
  }

  // { error: false } ignores 'error' until 'close'.
  {
    const pt = new PassThrough();
    const events = [];
    pt.on('error', () => events.push('error'));
    const p = once(pt, { error: false }).then((err) => { events.push('finished'); return err; });
    pt.destroy(new Error('x'));
    assert.strictEqual((await p).message, 'x');
    assert.deepStrictEqual(events, ['error', 'finished']);
  }

  // AbortSignal.
  {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    const p = once(r, { signal: ac.signal });
    ac.abort();
    const err = await p;
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(r.destroyed, false);
  }

  // The returned function removes the listeners.
  {
    const r = new Readable({ read() {} });
    const before = r.listenerCount('close');
    let called = false;
    const cleanup = finished(r, () => { called = true; });
    assert.ok(r.listenerCount('close') > before);
    cleanup();
    assert.strictEqual(r.listenerCount('close'), before);
    r.destroy();
    await new Promise((res) => setImmediate(res));
    assert.strictEqual(called, false);
  }

  // Promise version, with { cleanup: true }.
  {
    const r = Readable.from(['z']);
    r.resume();
    await sp.finished(r);
    const r2 = Readable.from(['z']);
    r2.resume();
    await sp.finished(r2, { cleanup: true });
    assert.strictEqual(r2.listenerCount('end'), 0);
    const r3 = new Readable({ read() {} });
    const p3 = sp.finished(r3);
    r3.destroy(new Error('bad'));
    await assert.rejects(p3, { message: 'bad' });
  }

  // Argument validation.
  assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => finished(new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => finished(new PassThrough(), { signal: 1 }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  console.log('ok');
}

main();
