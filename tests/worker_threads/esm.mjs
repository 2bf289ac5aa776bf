// ES module workers (.mjs by path and by URL) and a CommonJS worker started from ESM.
import assert from 'node:assert';
import { Worker } from 'node:worker_threads';

function result(worker) {
  return new Promise((resolve, reject) => {
    let message;
    worker.on('message', (m) => { message = m; });
    worker.on('error', reject);
    worker.on('exit', (code) => resolve({ code, message }));
  });
}

const url = new URL('./fixtures/module-worker.mjs', import.meta.url);
for (const spec of [url, new URL(url).pathname]) {
  const r = await result(new Worker(spec, { workerData: { n: 20 } }));
  assert.deepStrictEqual(r, {
    code: 0,
    message: { answer: 40, url: url.href, isMainThread: false, tla: true },
  });
}

// An error in an ES module worker.
const bad = new Worker(new URL('./fixtures/throws.mjs', import.meta.url));
const err = await new Promise((resolve) => bad.on('error', resolve));
assert.ok(err instanceof SyntaxError);
assert.strictEqual(err.message, 'thrown from a module');
console.log('ok');
