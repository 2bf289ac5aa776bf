'use strict';
// resourceLimits: a worker that outgrows maxOldGenerationSizeMb ends with
// ERR_WORKER_OUT_OF_MEMORY and exit code 1; the process goes on.
const assert = require('assert');
const { Worker, resourceLimits } = require('worker_threads');

assert.deepStrictEqual(resourceLimits, {});
const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits.maxOldGenerationSizeMb);
  const keep = [];
  for (;;) keep.push(new Array(100000).fill(keep.length));
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
assert.strictEqual(w.resourceLimits.maxOldGenerationSizeMb, 32);
const events = [];
w.on('message', (m) => events.push(['message', m]));
w.on('error', (e) => events.push(['error', e.code, e.message]));
w.on('exit', (code) => {
  events.push(['exit', code]);
  assert.deepStrictEqual(events, [
    ['message', 32],
    ['error', 'ERR_WORKER_OUT_OF_MEMORY',
     'Worker terminated due to reaching memory limit: JS heap out of memory'],
    ['exit', 1],
  ]);
  assert.deepStrictEqual(w.resourceLimits, {});
  console.log('ok');
});
