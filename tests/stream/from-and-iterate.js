'use strict';
// Readable.from (sync and async iterables, generators, promises, strings) and async
// iteration of readables: break destroys, errors propagate, iterator({ destroyOnReturn }).
const assert = require('assert');
const { Readable } = require('stream');

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

async function main() {
  // Async generator; its finally runs when the stream ends.
  {
    const log = [];
    async function* gen() {
      try {
        for (let i = 0; i < 3; i++) {
          await new Promise((res) => setImmediate(res));
          yield i;
        }
      } finally {
        log.push('finally');
      }
    }
    const r = Readable.from(gen());
    assert.strictEqual(r.readableObjectMode, true);
    assert.strictEqual(r.readableHighWaterMark, 1);
    assert.deepStrictEqual(await collect(r), [0, 1, 2]);
    assert.deepStrictEqual(log, ['finally']);
  }

  // Sync iterables, with promises among the values; options pass through.
  assert.deepStrictEqual(await collect(Readable.from(new Set(['a', 'b']))), ['a', 'b']);
  assert.deepStrictEqual(await collect(Readable.from([Promise.resolve(1), 2, Promise.resolve(3)])), [1, 2, 3]);
  {
    const r = Readable.from(['ab', 'cd'], { objectMode: false });
    assert.strictEqual(r.readableObjectMode, false);
    assert.strictEqual(Buffer.concat(await collect(r)).toString(), 'abcd');
  }

  // A string or a Buffer is one chunk.
  assert.deepStrictEqual(await collect(Readable.from('hello')), ['hello']);
  assert.deepStrictEqual((await collect(Readable.from(Buffer.from('hi')))).map(String), ['hi']);

  // null values are errors; so are non-iterables.
  await assert.rejects(collect(Readable.from([1, null])), { code: 'ERR_STREAM_NULL_VALUES' });
  assert.throws(() => Readable.from(42), { code: 'ERR_INVALID_ARG_TYPE' });

  // A throwing generator destroys the stream with its error.
  {
    async function* bad() {
      yield 1;
      throw new Error('gen failed');
    }
    const r = Readable.from(bad());
    await assert.rejects(collect(r), { message: 'gen failed' });
    assert.ok(r.destroyed);
  }

  // break destroys the stream and returns the generator.
  {
    let returned = false;
    function* gen() {
      try {
        yield 1; yield 2; yield 3;
      } finally {
        returned = true;
      }
    }
    const r = Readable.from(gen());
    const seen = [];
    for await (const x of r) {
      seen.push(x);
      if (x === 2) break;
    }
    assert.deepStrictEqual(seen, [1, 2]);
    assert.ok(r.destroyed);
    if (!r.closed) await new Promise((res) => r.once('close', res));
    assert.ok(returned);
  }

  // Iterating a byte stream yields its chunks; an error thrown in the loop destroys it.
  {
    const r = new Readable({ read() {} });
    r.push('one');
    r.push('two');
    r.push(null);
    const chunks = (await collect(r)).map(String);
    assert.strictEqual(chunks.join(''), 'onetwo');

    const r2 = new Readable({ read() {} });
    r2.push('x');
    await assert.rejects((async () => {
      for await (const c of r2) throw new Error(`stop at ${c}`);
    })(), { message: 'stop at x' });
    assert.ok(r2.destroyed);
  }

  // Errors of the stream reach the loop.
  {
    const r = new Readable({ read() {} });
    setImmediate(() => r.destroy(new Error('broken')));
    await assert.rejects(collect(r), { message: 'broken' });
  }

  // iterator({ destroyOnReturn: false }) keeps the stream usable after break.
  {
    const r = Readable.from([1, 2, 3, 4]);
    for await (const x of r.iterator({ destroyOnReturn: false })) {
      if (x === 2) break;
    }
    assert.strictEqual(r.destroyed, false);
    assert.deepStrictEqual(await collect(r), [3, 4]);
    assert.throws(() => r.iterator(1), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  // Readable.wrap turns an old-style stream into a Readable.
  {
    const EventEmitter = require('events');
    const old = new EventEmitter();
    old.pause = () => {};
    old.resume = () => {};
    const r = Readable.wrap(old);
    setImmediate(() => {
      old.emit('data', 'w1');
      old.emit('data', 'w2');
      old.emit('end');
    });
    assert.deepStrictEqual(await collect(r), ['w1', 'w2']);
  }
  console.log('ok');
}

main();
