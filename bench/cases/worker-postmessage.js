// worker-postmessage.js — worker_threads: 20 000 round trips of a small message between the
// main thread and a worker ("worker-postmessage", ms; round trips/s = 20000 / s), then a
// 64 MiB ArrayBuffer transferred to the worker and back, 10 times
// ("worker-postmessage.transfer64m", ms per round trip). Worker start-up is not timed.
// Exits non-zero if a reply is wrong or a transferred buffer was not detached.
import { Worker } from 'node:worker_threads';

const ROUND_TRIPS = 20000;
const TRANSFERS = 10;
const BIG = 64 << 20;

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'done') return parentPort.close();
    if (m instanceof ArrayBuffer) {
      new Uint8Array(m)[0]++;
      return parentPort.postMessage(m, [m]);
    }
    parentPort.postMessage({ id: m.id, reply: m.text.length });
  });
`, { eval: true });

const next = () => new Promise((resolve) => worker.once('message', resolve));
await new Promise((resolve) => worker.once('online', resolve));

const text = 'hello worker';
const t0 = performance.now();
for (let i = 0; i < ROUND_TRIPS; i++) {
  const reply = next();
  worker.postMessage({ id: i, text });
  const r = await reply;
  if (r.id !== i || r.reply !== text.length) throw new Error(`worker-postmessage: bad reply ${JSON.stringify(r)}`);
}
const t1 = performance.now();

let buf = new ArrayBuffer(BIG);
const t2 = performance.now();
for (let i = 0; i < TRANSFERS; i++) {
  const reply = next();
  const sent = buf;
  worker.postMessage(buf, [buf]);
  if (sent.byteLength !== 0) throw new Error('worker-postmessage: sent buffer not detached');
  buf = await reply;
}
const t3 = performance.now();
if (buf.byteLength !== BIG || new Uint8Array(buf)[0] !== TRANSFERS) {
  throw new Error('worker-postmessage: transferred buffer came back wrong');
}
worker.postMessage('done');
await new Promise((resolve) => worker.once('exit', resolve));

console.log(`worker-postmessage.transfer64m ${((t3 - t2) / TRANSFERS).toFixed(2)}`);
console.log(`worker-postmessage ${(t1 - t0).toFixed(2)}`);
