'use strict';
// 'messageerror': a message the receiving side cannot deserialize becomes a 'messageerror'
// event (with the error) in its place, and the port goes on working.
//
// In rode, reading a message takes memory from the receiving worker's heap: a worker under a
// small resourceLimits heap that is sent a bigger message gets 'messageerror' with the
// engine's out-of-memory error and keeps running. Node keeps large strings outside the limit,
// so there the message arrives.
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const isRode = typeof process.versions.rode === 'string';

// The event and its handler property exist on ports, workers and BroadcastChannels, and a
// 'messageerror' listener alone neither starts a port nor keeps the process alive.
{
  const { port1, port2 } = new MessageChannel();
  assert.strictEqual(port1.onmessageerror, null);
  const f = () => {};
  port1.onmessageerror = f;
  assert.strictEqual(port1.onmessageerror, f);
  port2.on('messageerror', f);
  assert.strictEqual(port2.hasRef(), false);
  port1.close();
  const bc = new BroadcastChannel('message-error-test');
  assert.strictEqual(bc.onmessageerror, null);
  bc.close();
}

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage(['message', typeof m, m.length]));
  parentPort.on('messageerror', (e) => {
    parentPort.postMessage(['messageerror', e.name, e.message]);
  });
  parentPort.postMessage(['ready']);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 8 } });

const got = [];
w.on('message', (m) => {
  got.push(m);
  if (m[0] === 'ready') {
    w.postMessage('x'.repeat(48 << 20));
    w.postMessage('after');
  } else if (got.length === 3) {
    w.terminate();
  }
});
w.on('error', (e) => assert.fail(e));
w.on('exit', (code) => {
  assert.strictEqual(code, 1);
  const first = isRode ?
    ['messageerror', 'InternalError', 'out of memory'] :
    ['message', 'string', 48 << 20];
  assert.deepStrictEqual(got, [['ready'], first, ['message', 'string', 5]]);
  console.log('ok');
});
