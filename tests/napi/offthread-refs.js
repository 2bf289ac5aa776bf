'use strict';
// Reference counts changed from another thread (an async work's execute callback): the
// count changes at once and the reference turns strong or weak to match, without touching
// JS off its thread (node tolerates this; @parcel/watcher relies on it).
const assert = require('assert');
const { run } = require('./_addon').load('offthread_refs');

const ok = 0;

(async () => {
  const held = { a: 1 };
  // 1 -> 0: the count drops; the object is still held by JS, so the weak reference sees it.
  assert.deepStrictEqual(await run(held, 0), [ok, 0, held]);
  // 0 -> 1 from the pool: the reference is strong again.
  assert.deepStrictEqual(await run(held, 1), [ok, 1, held]);
  // 1 -> 2 -> 1.
  assert.deepStrictEqual(await run(held, 2), [ok, 1, held]);
  // Several at once on the pool's threads.
  const objs = Array.from({ length: 8 }, (_, i) => ({ i }));
  const rs = await Promise.all(objs.map((o, i) => run(o, i % 3)));
  rs.forEach((r, i) => assert.deepStrictEqual(r, [ok, i % 3 === 0 ? 0 : 1, objs[i]]));
  console.log('ok');
})();
