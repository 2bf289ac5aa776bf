'use strict';
// A tick that keeps queuing the next one (the drain never ends) runs in constant memory, and
// the ticks run in order.
const assert = require('assert');

const N = 2e6;
let n = 0;
let order = true;
const before = process.memoryUsage().rss;
function step(i) {
  if (i !== n) order = false;
  if (++n < N) process.nextTick(step, n);
}
process.nextTick(step, 0);
setImmediate(() => {
  assert.strictEqual(n, N);
  assert.ok(order);
  const growth = (process.memoryUsage().rss - before) / 1048576;
  assert.ok(growth < 64, `rss grew ${growth.toFixed(1)} MiB over ${N} chained ticks`);
});
