'use strict';
// piscina (a worker thread pool) computing on 2 threads: tasks are spread over the workers,
// results and errors come back, the pool shuts down cleanly.
const assert = require('assert');
const path = require('path');
const Piscina = require('piscina');

const pool = new Piscina({
  filename: path.join(__dirname, 'fixtures', 'piscina-worker.js'),
  minThreads: 2,
  maxThreads: 2,
  idleTimeout: 60000,
});

function expected(from, to) {
  let sum = 0;
  for (let i = from; i < to; i++) sum += i * i;
  return sum;
}

(async () => {
  assert.strictEqual(pool.threads.length, 2);
  const tasks = [];
  for (let k = 0; k < 16; k++) tasks.push({ from: k * 20000, to: (k + 1) * 20000 });
  const results = await Promise.all(tasks.map((t) => pool.run(t)));
  for (let k = 0; k < tasks.length; k++) {
    assert.strictEqual(results[k].sum, expected(tasks[k].from, tasks[k].to));
  }
  const threads = new Set(results.map((r) => r.threadId));
  for (const id of threads) assert.ok(id > 0);
  assert.ok(threads.size >= 1 && threads.size <= 2);

  await assert.rejects(pool.run(null, { name: 'fail' }), {
    name: 'RangeError',
    message: 'task failed on purpose',
  });
  assert.strictEqual(pool.completed, 17);
  await pool.destroy();
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
