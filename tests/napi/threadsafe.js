'use strict';
// Node-API thread-safe functions called from a native thread.
const assert = require('assert');
const { execFileSync } = require('child_process');
const a = require('./_addon').load('threadsafe');

const ok = 0, invalid_arg = 1, queue_full = 15, closing = 16;

if (process.argv[2] === 'forgotten') {
  // Unref'd: the process exits although the function was never released. The queued call
  // may or may not run first, so it prints nothing.
  a.startForgotten(() => {}, true);
  process.on('exit', (code) => console.log(`exit ${code}`));
  return;
}

function run(opts) {
  return new Promise((resolve) => {
    const calls = [];
    a.start({
      count: 0, blocking: true, maxQueue: 0, callJs: true, joinNow: false, mode: 0, ...opts,
      cb(...args) { calls.push(args); },
      done(statuses) { resolve({ calls, statuses }); },
    });
  });
}

(async () => {
  assert.deepStrictEqual(a.badArgs(), [invalid_arg, invalid_arg]);

  // Blocking calls with a call_js_cb: every call arrives, in order; then release -> finalize.
  {
    const { calls, statuses } = await run({ count: 20, blocking: true, maxQueue: 0 });
    assert.deepStrictEqual(calls, Array.from({ length: 20 }, (_, i) => [i * 10]));
    assert.deepStrictEqual(statuses, new Array(21).fill(ok)); // 20 calls + release
  }
  // Blocking with a small queue: the thread waits for room; still all in order.
  {
    const { calls, statuses } = await run({ count: 30, blocking: true, maxQueue: 2 });
    assert.deepStrictEqual(calls.map((c) => c[0]), Array.from({ length: 30 }, (_, i) => i * 10));
    assert.deepStrictEqual(statuses, new Array(31).fill(ok));
  }
  // Without call_js_cb the JS function is called with no arguments.
  {
    const { calls, statuses } = await run({ count: 3, callJs: false });
    assert.deepStrictEqual(calls, [[], [], []]);
    assert.deepStrictEqual(statuses, [ok, ok, ok, ok]);
  }
  // Non-blocking calls into a full queue while the main thread is busy: the first
  // maxQueue succeed, the rest get napi_queue_full; only the queued ones are delivered.
  {
    const { calls, statuses } = await run({ count: 5, blocking: false, maxQueue: 2, joinNow: true });
    assert.deepStrictEqual(statuses, [ok, ok, queue_full, queue_full, queue_full, ok]);
    assert.deepStrictEqual(calls, [[0], [10]]);
  }
  // acquire, release, acquire (2 threads), call, release(abort), call, call: the first call
  // after the abort gets napi_closing (and gives up the thread's count), the next, with no
  // count left, napi_invalid_arg. The item queued before the abort is handed to call_js_cb
  // with env == NULL.
  {
    const before = a.discardedCount();
    const { calls, statuses } = await run({ mode: 1, joinNow: true });
    assert.deepStrictEqual(statuses, [ok, ok, ok, ok, ok, closing, invalid_arg]);
    assert.deepStrictEqual(calls, []);
    await new Promise((r) => setImmediate(r)); // node drains the queue after finalize
    assert.strictEqual(a.discardedCount() - before, 1);
  }

  const out = execFileSync(process.execPath, [__filename, 'forgotten'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 10000,
  });
  assert.strictEqual(out, 'exit 0\n');
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
