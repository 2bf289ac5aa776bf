'use strict';
// Node-API async work: execute runs on a worker thread, complete on the main thread;
// cancelling queued and running work; the loop stays alive until complete runs.
// The cancel part runs in a child with UV_THREADPOOL_SIZE=1 so one blocker fills the pool.
const assert = require('assert');
const a = require('./_addon').load('async_work');

const ok = 0, invalid_arg = 1, generic_failure = 9, cancelled = 11;

if (process.argv[2] === 'cancel-child') {
  cancelChild();
} else {
  main();
}

async function main() {
  assert.deepStrictEqual(a.badArgs(), [invalid_arg, invalid_arg]);
  const r = await a.sumAsync(1000);
  assert.deepStrictEqual({ ...r }, { sum: 499500, otherThread: true, completeOnMain: true, status: ok });
  // Several at once all complete.
  const all = await Promise.all([10, 100, 100000].map((n) => a.sumAsync(n)));
  assert.deepStrictEqual(all.map((x) => x.sum), [45, 4950, 4999950000]);

  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, [__filename, 'cancel-child'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
  });
  assert.strictEqual(out, 'blocker done\ncancelled\n');

  console.log('promise and cancel ok');
  // Nothing else keeps the loop alive: the pending work must, until its callback runs.
  a.sumWithCallback(10, 50, (err, res) => {
    assert.strictEqual(err, null);
    assert.strictEqual(res.sum, 45);
    assert.strictEqual(res.otherThread, true);
    console.log('complete ran');
  });
}

function cancelChild() {
  const events = [];
  // The blocker occupies the only pool thread; cancelling it fails: it has started.
  const cancelRunning = a.startBlocker((err, res) => {
    assert.strictEqual(res.status, ok);
    events.push('blocker done');
  });
  assert.strictEqual(cancelRunning, generic_failure);
  // Queued behind it: cancel succeeds and complete gets napi_cancelled; execute never ran.
  const cancelQueued = a.queueAndCancel(1000, (err, res) => {
    assert.deepStrictEqual({ ...res }, { sum: 0, otherThread: false, completeOnMain: true, status: cancelled });
    events.push('cancelled');
  });
  assert.strictEqual(cancelQueued, ok);
  a.release();
  process.on('exit', () => {
    for (const e of events.sort()) console.log(e);
  });
}
