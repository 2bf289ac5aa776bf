'use strict';
// cork/uncork, _writev batching, writableBuffer/writableLength while a write is
// pending, end() uncorking, object mode counts, same-callback write batching.
const assert = require('assert');
const { Writable } = require('stream');

async function main() {
  // Corked writes go out in one _writev.
  {
    const calls = [];
    const w = new Writable({
      write(chunk, enc, cb) { calls.push(['write', String(chunk)]); cb(); },
      writev(chunks, cb) {
        calls.push(['writev', chunks.map((c) => String(c.chunk)).join('|'), chunks.allBuffers]);
        cb();
      },
    });
    w.cork();
    w.cork();
    assert.strictEqual(w.writableCorked, 2);
    w.write('a');
    w.write('b');
    assert.strictEqual(w.writableLength, 2);
    assert.deepStrictEqual(w.writableBuffer.map((e) => String(e.chunk)), ['a', 'b']);
    w.uncork();
    assert.deepStrictEqual(calls, []);
    w.uncork();
    assert.deepStrictEqual(calls, [['writev', 'a|b', true]]);
    assert.strictEqual(w.writableLength, 0);

    // end() uncorks.
    w.cork();
    w.write('c');
    w.end('d');
    assert.strictEqual(w.writableCorked, 0);
    assert.deepStrictEqual(calls.at(-1), ['writev', 'c|d', true]);
    await new Promise((res) => w.on('finish', res));
  }

  // Without _writev, buffered chunks go one by one; each callback in order.
  {
    const order = [];
    const w = new Writable({
      highWaterMark: 3,
      write(chunk, enc, cb) {
        order.push(`w${chunk}`);
        setImmediate(cb);
      },
    });
    assert.strictEqual(w.write('1', () => order.push('cb1')), true);
    assert.strictEqual(w.write('2', () => order.push('cb2')), true);
    assert.strictEqual(w.writableLength, 2);
    assert.strictEqual(w.write('3', () => order.push('cb3')), false);
    assert.strictEqual(w.writableNeedDrain, true);
    await new Promise((res) => w.once('drain', res));
    // The next buffered write starts before the previous write's callback runs.
    assert.deepStrictEqual(order, ['w1', 'w2', 'cb1', 'w3', 'cb2', 'cb3']);
    w.end();
  }

  // Object mode: lengths count writes.
  {
    const w = new Writable({ objectMode: true, highWaterMark: 2, write(o, e, cb) { setImmediate(cb); } });
    assert.strictEqual(w.write({}), true);
    assert.strictEqual(w.write(0), false);
    assert.strictEqual(w.writableLength, 2);
    assert.strictEqual(w.writableObjectMode, true);
    await new Promise((res) => w.once('drain', res));
  }

  // Synchronous writes with the same callback: callbacks come after the writes, in order.
  {
    const seen = [];
    const w = new Writable({ write(c, e, cb) { seen.push(`w${c}`); cb(); } });
    const cb = () => seen.push('cb');
    w.write('1', cb);
    w.write('2', cb);
    w.write('3', cb);
    seen.push('sync end');
    await new Promise((res) => setImmediate(res));
    assert.deepStrictEqual(seen, ['w1', 'w2', 'w3', 'sync end', 'cb', 'cb', 'cb']);
  }

  // final runs after all writes; 'finish' after final's callback.
  {
    const seen = [];
    const w = new Writable({
      write(c, e, cb) { seen.push('write'); setImmediate(cb); },
      final(cb) { seen.push('final'); setImmediate(() => { seen.push('final done'); cb(); }); },
    });
    w.on('finish', () => seen.push('finish'));
    w.write('x');
    w.end();
    await new Promise((res) => w.on('close', res));
    assert.deepStrictEqual(seen, ['write', 'final', 'final done', 'finish']);
  }
  console.log('ok');
}

main();
