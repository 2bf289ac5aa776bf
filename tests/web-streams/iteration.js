'use strict';
// Async iteration of ReadableStream (for await, values({ preventCancel })) and
// ReadableStream.from() over sync and async iterables.
const assert = require('assert');
const { collect } = require('./_helpers');

(async () => {
  // for await reads everything and releases the lock at the end.
  {
    const rs = ReadableStream.from([1, 2, 3]);
    assert.deepStrictEqual(await collect(rs), [1, 2, 3]);
    assert.strictEqual(rs.locked, false);
    assert.deepStrictEqual(await rs.getReader().read(), { value: undefined, done: true });
  }

  // break cancels the stream with undefined; preventCancel keeps it open and unlocked.
  {
    const cancels = [];
    const make = () => new ReadableStream({
      start(c) { c.enqueue('a'); c.enqueue('b'); },
      cancel(r) { cancels.push(r); },
    });
    const rs = make();
    for await (const x of rs) {
      assert.strictEqual(x, 'a');
      break;
    }
    assert.deepStrictEqual(cancels, [undefined]);
    assert.strictEqual(rs.locked, false);

    const rs2 = make();
    for await (const x of rs2.values({ preventCancel: true })) {
      assert.strictEqual(x, 'a');
      break;
    }
    assert.deepStrictEqual(cancels, [undefined]);
    assert.strictEqual(rs2.locked, false);
    assert.deepStrictEqual(await rs2.getReader().read(), { value: 'b', done: false });
  }

  // An exception in the loop body cancels with undefined too, and propagates.
  {
    let cancelled = 'no';
    const rs = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { cancelled = r; } });
    await assert.rejects((async () => {
      for await (const x of rs) throw new Error(`body ${x}`);
    })(), { message: 'body 1' });
    assert.strictEqual(cancelled, undefined);
  }

  // The iterator object: next/return, return(value), and next() after the end.
  {
    const it = ReadableStream.from(['only'])[Symbol.asyncIterator]();
    assert.strictEqual(it[Symbol.asyncIterator](), it);
    assert.deepStrictEqual(await it.next(), { value: 'only', done: false });
    assert.deepStrictEqual(await it.return('bye'), { done: true, value: 'bye' });
    assert.deepStrictEqual(await it.next(), { done: true, value: undefined });
    assert.strictEqual(typeof Object.getPrototypeOf(Object.getPrototypeOf(it))[Symbol.asyncIterator], 'function');
    assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
  }

  // Concurrent next() calls are served in order.
  {
    const it = ReadableStream.from([1, 2, 3]).values();
    const results = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
    assert.deepStrictEqual(results.map((r) => r.value), [1, 2, 3, undefined]);
    assert.deepStrictEqual(results.map((r) => r.done), [false, false, false, true]);
  }

  // An errored stream rejects the iteration.
  {
    const err = new Error('broken');
    const rs = new ReadableStream({ pull(c) { c.error(err); } });
    await assert.rejects(collect(rs), (e) => e === err);
  }

  // from(): generators (lazily pulled), async generators, iterables of promises, strings.
  {
    let produced = 0;
    function* gen() {
      for (let i = 0; i < 3; i++) {
        produced++;
        yield i;
      }
    }
    const rs = ReadableStream.from(gen());
    await null;
    assert.strictEqual(produced, 0, 'highWaterMark 0: nothing is pulled before a read');
    const r = rs.getReader();
    assert.deepStrictEqual(await r.read(), { value: 0, done: false });
    assert.strictEqual(produced, 1);
    r.releaseLock();
    assert.deepStrictEqual(await collect(rs), [1, 2]);

    async function* agen() {
      yield 'x';
      yield 'y';
    }
    assert.deepStrictEqual(await collect(ReadableStream.from(agen())), ['x', 'y']);
    assert.deepStrictEqual(await collect(ReadableStream.from([Promise.resolve(7), 8])), [7, 8]);
    assert.deepStrictEqual(await collect(ReadableStream.from('ab')), ['a', 'b']);
    assert.deepStrictEqual(await collect(ReadableStream.from(new Set([1, 1, 2]))), [1, 2]);
    // A stream is itself async iterable.
    assert.deepStrictEqual(await collect(ReadableStream.from(ReadableStream.from([5]))), [5]);
  }

  // from(): cancel calls the iterator's return() with the reason.
  {
    const returned = [];
    const iterable = {
      [Symbol.asyncIterator]() {
        return {
          next: async () => ({ value: 1, done: false }),
          return: async (reason) => {
            returned.push(reason);
            return { done: true };
          },
        };
      },
    };
    const rs = ReadableStream.from(iterable);
    const r = rs.getReader();
    await r.read();
    await r.cancel('enough');
    assert.deepStrictEqual(returned, ['enough']);
  }

  // from(): an iterator that throws errors the stream.
  {
    function* bad() {
      yield 1;
      throw new SyntaxError('gen failed');
    }
    await assert.rejects(collect(ReadableStream.from(bad())), { name: 'SyntaxError', message: 'gen failed' });
  }
  console.log('ok');
})();
