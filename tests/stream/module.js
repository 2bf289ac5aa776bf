'use strict';
// The shape of node:stream: exports, legacy module ids, inheritance, highWaterMark
// defaults, the predicates, compose, duplexPair, addAbortSignal, Duplex.from.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const EventEmitter = require('events');

async function main() {
  for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream',
    'pipeline', 'finished', 'compose', 'addAbortSignal', 'destroy', 'isReadable', 'isErrored',
    'isDisturbed', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair']) {
    assert.strictEqual(typeof stream[name], 'function', name);
  }
  assert.strictEqual(stream, Stream);
  assert.strictEqual(stream.promises, require('stream/promises'));
  assert.strictEqual(require('node:stream'), stream);
  assert.strictEqual(require('_stream_readable'), Readable);
  assert.strictEqual(require('_stream_writable'), Writable);
  assert.strictEqual(require('_stream_duplex'), Duplex);
  assert.strictEqual(require('_stream_transform'), Transform);
  assert.strictEqual(require('_stream_passthrough'), PassThrough);

  // Inheritance, and Writable's instanceof accepting duplexes.
  const d = new Duplex();
  assert.ok(d instanceof Readable && d instanceof Writable && d instanceof Stream && d instanceof EventEmitter);
  assert.ok(new PassThrough() instanceof Transform);
  assert.ok(!(new Readable() instanceof Writable));
  assert.ok(!(new PassThrough() instanceof Readable.ReadableState));

  // Constructors work without new, and in the old function-inheritance style.
  assert.ok(Readable() instanceof Readable);
  function Old(opts) {
    Readable.call(this, opts);
  }
  Object.setPrototypeOf(Old.prototype, Readable.prototype);
  Old.prototype._read = function() {
    this.push('old');
    this.push(null);
  };
  const old = new Old();
  const got = [];
  for await (const c of old) got.push(String(c));
  assert.deepStrictEqual(got, ['old']);

  // Default highWaterMarks (Node 20: 16 KiB and 16 objects), and changing them.
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  assert.strictEqual(new Readable().readableHighWaterMark, 16384);
  assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 16);
  const t = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3 });
  assert.strictEqual(t.readableHighWaterMark, 16);
  assert.strictEqual(t.writableHighWaterMark, 3);
  assert.strictEqual(t.readableObjectMode, true);
  assert.strictEqual(t.writableObjectMode, false);
  stream.setDefaultHighWaterMark(false, 1024);
  assert.strictEqual(new Readable().readableHighWaterMark, 1024);
  stream.setDefaultHighWaterMark(false, 16384);
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });

  // Predicates.
  const r = new Readable({ read() {} });
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isDisturbed(r), false);
  assert.strictEqual(stream.isErrored(r), false);
  r.push('x');
  r.read();
  assert.strictEqual(stream.isDisturbed(r), true);
  const errored = new Promise((res) => r.on('error', res));
  r.destroy(new Error('x'));
  // Errored once 'error' was emitted.
  assert.strictEqual(stream.isErrored(r), false);
  await errored;
  assert.strictEqual(stream.isErrored(r), true);
  assert.strictEqual(stream.isReadable(r), false);
  assert.strictEqual(stream.isDestroyed(r), true);
  assert.strictEqual(stream.isWritable(new PassThrough()), true);
  assert.strictEqual(stream.isReadable({}), null);

  // Stream.destroy destroys anything stream-like.
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', () => {});
  stream.destroy(w);
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.errored.name, 'AbortError');

  // compose.
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const composed = stream.compose(upper, async function* (source) {
    for await (const chunk of source) yield `<${chunk}>`;
  });
  assert.ok(composed instanceof Duplex);
  composed.end('abc');
  const parts = [];
  for await (const chunk of composed) parts.push(String(chunk));
  assert.deepStrictEqual(parts, ['<ABC>']);

  // duplexPair: what one side writes, the other reads.
  const [a, b] = stream.duplexPair();
  a.end('from a');
  b.end('from b');
  assert.strictEqual(String(await b.toArray()), 'from a');
  assert.strictEqual(String(await a.toArray()), 'from b');

  // addAbortSignal.
  const ac = new AbortController();
  const guarded = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  const failed = new Promise((res) => guarded.on('error', res));
  ac.abort();
  assert.strictEqual((await failed).name, 'AbortError');
  assert.throws(() => stream.addAbortSignal('x', new Readable()), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => stream.addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
  // A signal option does the same.
  const ac2 = new AbortController();
  const w2 = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
  const failed2 = new Promise((res) => w2.on('error', res));
  ac2.abort();
  assert.strictEqual((await failed2).name, 'AbortError');

  // Duplex.from.
  const fromIter = Duplex.from(['p', 'q']);
  assert.deepStrictEqual((await fromIter.toArray()).map(String), ['p', 'q']);
  const fromFn = Duplex.from(async function* (source) {
    for await (const c of source) yield String(c).repeat(2);
  });
  fromFn.end('z');
  assert.deepStrictEqual((await fromFn.toArray()).map(String), ['zz']);
  assert.strictEqual(Duplex.from(d), d);
  const fromPromise = Duplex.from(Promise.resolve('value'));
  assert.deepStrictEqual(await fromPromise.toArray(), ['value']);

  // Symbol.asyncDispose destroys the stream.
  if (Symbol.asyncDispose) {
    const disposable = new Readable({ read() {} });
    disposable.on('error', () => {});
    await disposable[Symbol.asyncDispose]();
    assert.strictEqual(disposable.destroyed, true);
  }
  console.log('ok');
}

main();
