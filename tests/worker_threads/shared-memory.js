'use strict';
// SharedArrayBuffer memory is shared with workers for real; Atomics.wait/notify work across
// threads, and Atomics.wait is allowed on the main thread, as in Node.
const assert = require('assert');
const { Worker } = require('worker_threads');

(async () => {
  // Atomics.wait on the main thread: timed out and not-equal.
  const main = new Int32Array(new SharedArrayBuffer(8));
  assert.strictEqual(Atomics.wait(main, 0, 1, 10), 'not-equal');
  const t0 = Date.now();
  assert.strictEqual(Atomics.wait(main, 0, 0, 30), 'timed-out');
  assert.ok(Date.now() - t0 >= 25);

  const sab = new SharedArrayBuffer(16);
  const shared = new Int32Array(sab);
  const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const a = new Int32Array(workerData.sab);
    // Counts to 1000 with Atomics.add while the main thread does the same.
    for (let i = 0; i < 1000; i++) Atomics.add(a, 0, 1);
    // Waits for the main thread's signal, then answers through memory.
    const r = Atomics.wait(a, 1, 0);
    a[2] = 123;
    Atomics.store(a, 3, 1);
    Atomics.notify(a, 3);
    parentPort.postMessage({ r, sameBuffer: workerData.sab === workerData.again });
  `, { eval: true, workerData: { sab, again: sab } });
  for (let i = 0; i < 1000; i++) Atomics.add(shared, 0, 1);
  // Wake the worker once it waits.
  await new Promise((resolve) => setTimeout(resolve, 20));
  while (Atomics.load(shared, 0) !== 2000) await new Promise((resolve) => setTimeout(resolve, 5));
  Atomics.store(shared, 1, 1);
  Atomics.notify(shared, 1);
  // Block this thread until the worker has written its answer.
  const r = Atomics.wait(shared, 3, 0, 10000);
  assert.ok(r === 'ok' || r === 'not-equal', r);
  assert.strictEqual(shared[2], 123);
  const msg = await new Promise((resolve) => w.on('message', resolve));
  assert.ok(msg.r === 'ok' || msg.r === 'not-equal', msg.r);
  assert.strictEqual(msg.sameBuffer, true);
  await new Promise((resolve) => w.on('exit', resolve));

  // A SharedArrayBuffer sent back from a worker still shares memory.
  const w2 = new Worker(`
    const { parentPort } = require('worker_threads');
    const sab = new SharedArrayBuffer(4);
    const a = new Int32Array(sab);
    parentPort.postMessage(sab);
    parentPort.once('message', () => { parentPort.postMessage(Atomics.load(a, 0)); parentPort.close(); });
  `, { eval: true });
  const back = await new Promise((resolve) => w2.once('message', resolve));
  assert.ok(back instanceof SharedArrayBuffer);
  Atomics.store(new Int32Array(back), 0, 77);
  w2.postMessage('read');
  assert.strictEqual(await new Promise((resolve) => w2.once('message', resolve)), 77);

  // terminate() stops a worker blocked in Atomics.wait.
  const w3 = new Worker(`
    const a = new Int32Array(require('worker_threads').workerData);
    require('worker_threads').parentPort.postMessage('waiting');
    Atomics.wait(a, 0, 0);
  `, { eval: true, workerData: new SharedArrayBuffer(4) });
  await new Promise((resolve) => w3.once('message', resolve));
  assert.strictEqual(await w3.terminate(), 1);
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
