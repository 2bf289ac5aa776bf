'use strict';
// The Readable operators: map (with concurrency, results in order), filter, flatMap,
// drop, take, asIndexedPairs, forEach, toArray, some, every, find, reduce; signals.
const assert = require('assert');
const { Readable } = require('stream');

const delay = (ms, v) => new Promise((res) => setTimeout(() => res(v), ms));

async function main() {
  // map keeps the order while running calls concurrently.
  {
    let running = 0;
    let maxRunning = 0;
    const out = await Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await delay((7 - x) * 3);
      running--;
      return x * 2;
    }, { concurrency: 3 }).toArray();
    assert.deepStrictEqual(out, [2, 4, 6, 8, 10, 12]);
    assert.strictEqual(maxRunning, 3);
  }
  // Without concurrency, one at a time.
  {
    let running = 0;
    let maxRunning = 0;
    await Readable.from([1, 2, 3]).map(async (x) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await delay(1);
      running--;
      return x;
    }).toArray();
    assert.strictEqual(maxRunning, 1);
  }
  // The stream-returning operators return Readables.
  {
    const mapped = Readable.from([1]).map((x) => x);
    assert.ok(mapped instanceof Readable);
    assert.strictEqual(mapped.readableObjectMode, true);
  }
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray(), [2, 4]);
  assert.deepStrictEqual(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray(), [1, 10, 2, 20]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).drop(2).toArray(), [3, 4, 5]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).drop(1).take(1).toArray(), [2]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).take(0).toArray(), []);

  const seen = [];
  assert.strictEqual(await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, ['a', 'b']);

  assert.strictEqual(await Readable.from([1, 5, 2]).some((x) => x > 4), true);
  assert.strictEqual(await Readable.from([1, 2]).some((x) => x > 4), false);
  assert.strictEqual(await Readable.from([5, 6]).every(async (x) => x > 4), true);
  assert.strictEqual(await Readable.from([5, 1]).every((x) => x > 4), false);
  assert.strictEqual(await Readable.from([1, 7, 9]).find((x) => x > 5), 7);
  assert.strictEqual(await Readable.from([1]).find((x) => x > 5), undefined);

  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce(async (a, b) => a + b, 10), 16);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });

  // Errors from the callback reject.
  await assert.rejects(Readable.from([1, 2]).map((x) => {
    if (x === 2) throw new Error('map failed');
    return x;
  }).toArray(), { message: 'map failed' });

  // Argument validation.
  assert.throws(() => Readable.from([]).map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.from([]).map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Readable.from([]).filter((x) => x, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.from([]).drop(-1), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(Readable.from([]).forEach(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Readable.prototype.map((x) => x), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // An aborted signal stops toArray and map.
  {
    const ac = new AbortController();
    const r = Readable.from((async function* () {
      yield 1;
      await delay(5);
      yield 2;
    })());
    const p = r.toArray({ signal: ac.signal });
    setTimeout(() => ac.abort(), 1);
    await assert.rejects(p, { name: 'AbortError' });
  }
  await assert.rejects(Readable.from([1, 2]).reduce((a, b) => a + b, 0, { signal: AbortSignal.abort() }),
    { name: 'AbortError' });

  // Byte streams work too.
  {
    const r = new Readable({ read() {} });
    r.push('ab');
    r.push('cd');
    r.push(null);
    const chunks = await r.map((c) => String(c).toUpperCase()).toArray();
    assert.strictEqual(chunks.join(''), 'ABCD');
  }
  console.log('ok');
}

main();
