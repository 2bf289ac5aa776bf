'use strict';
// MessagePorts sent to another thread keep working, both ways; the other end gets 'close'
// when one side closes or its thread ends; receiveMessageOnPort reads what another thread
// sent; BroadcastChannel reaches other threads.
const assert = require('assert');
const {
  Worker, MessageChannel, BroadcastChannel, receiveMessageOnPort,
} = require('worker_threads');

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, resolve));
}

(async () => {
  // A port sent in the transfer list, used from the worker; ports arrive in event.ports.
  const worker = new Worker(`
    const { parentPort, receiveMessageOnPort } = require('worker_threads');
    parentPort.on('message', ({ cmd, port }, ...rest) => {
      if (cmd === 'echo-on-port') {
        port.on('message', (m) => {
          if (m === 'close') { port.close(); return; }
          port.postMessage({ got: m });
        });
      } else if (cmd === 'take') {
        globalThis.syncPort = port;
        parentPort.postMessage('taken');
      } else if (cmd === 'sync') {
        const port = globalThis.syncPort;
        // The parent posted two messages before this one; read them synchronously.
        const a = receiveMessageOnPort(port);
        const b = receiveMessageOnPort(port);
        const c = receiveMessageOnPort(port);
        parentPort.postMessage({ a, b, c });
      } else if (cmd === 'forward') {
        // A port passed on again: from the worker back to its parent, in a new channel.
        const { MessageChannel } = require('worker_threads');
        const mc = new MessageChannel();
        mc.port1.postMessage('queued before transfer');
        parentPort.postMessage({ port: mc.port2 }, [mc.port2]);
        mc.port1.on('message', (m) => { mc.port1.postMessage('worker got ' + m); mc.port1.close(); });
      } else if (cmd === 'bye') {
        parentPort.close();
      }
    });
  `, { eval: true });

  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ cmd: 'echo-on-port', port: port2 }, [port2]);
  // A transferred port can't be used or sent again here.
  assert.throws(() => worker.postMessage({ port: port2 }, [port2]), {
    name: 'DataCloneError',
    message: 'MessagePort in transfer list is already detached',
  });
  const replies = [];
  port1.on('message', (m) => replies.push(m));
  port1.postMessage(1);
  port1.postMessage({ two: [2] });
  port1.postMessage('close');
  await once(port1, 'close');
  assert.deepStrictEqual(replies, [{ got: 1 }, { got: { two: [2] } }]);

  // receiveMessageOnPort on a port whose messages come from another thread.
  const sync = new MessageChannel();
  worker.postMessage({ cmd: 'take', port: sync.port2 }, [sync.port2]);
  assert.strictEqual(await once(worker, 'message'), 'taken');
  sync.port1.postMessage('first');
  sync.port1.postMessage({ second: true });
  worker.postMessage({ cmd: 'sync' });
  const got = await once(worker, 'message');
  assert.deepStrictEqual(got, {
    a: { message: 'first' }, b: { message: { second: true } }, c: undefined,
  });
  sync.port1.close();

  // A port made in the worker and sent to the parent; a message queued on it before the
  // transfer arrives too.
  worker.postMessage({ cmd: 'forward' });
  const { port } = await once(worker, 'message');
  const first = await once(port, 'message');
  assert.strictEqual(first, 'queued before transfer');
  port.postMessage('hi');
  assert.strictEqual(await once(port, 'message'), 'worker got hi');
  await once(port, 'close');

  // The worker's end of a channel closes with the worker.
  const lingering = new MessageChannel();
  worker.postMessage({ cmd: 'echo-on-port', port: lingering.port2 }, [lingering.port2]);
  let closed = false;
  lingering.port1.on('close', () => { closed = true; });
  lingering.port1.on('message', () => {});
  lingering.port1.postMessage('ping');
  await once(lingering.port1, 'message');
  // The port in the worker keeps it alive: terminate it.
  worker.postMessage({ cmd: 'bye' });
  const exited = once(worker, 'exit');
  assert.strictEqual(await worker.terminate(), 1);
  assert.strictEqual(await exited, 1);
  if (!closed) await once(lingering.port1, 'close');

  // BroadcastChannel: every other channel of that name, in any thread, gets the message.
  const bc = new BroadcastChannel('rode-wt-test');
  const bw = new Worker(`
    const { BroadcastChannel, parentPort } = require('worker_threads');
    const bc = new BroadcastChannel('rode-wt-test');
    bc.onmessage = (e) => {
      bc.postMessage({ reply: e.data });
      bc.close();
    };
    parentPort.postMessage('ready');
  `, { eval: true });
  // Listen for 'exit' now: the worker may end while the replies below are still on their way.
  const bwExit = once(bw, 'exit');
  await once(bw, 'message');
  const reply = new Promise((resolve) => { bc.onmessage = (e) => resolve(e.data); });
  // A second channel here gets the message from bc and, as its own copy, the reply.
  const bc2 = new BroadcastChannel('rode-wt-test');
  const seen2 = [];
  const both = new Promise((resolve) => {
    bc2.onmessage = (e) => {
      seen2.push(e.data);
      if (seen2.length === 2) resolve();
    };
  });
  bc.postMessage([1, { x: 'y' }]);
  const r = await reply;
  assert.deepStrictEqual(r, { reply: [1, { x: 'y' }] });
  await both;
  assert.deepStrictEqual(seen2, [[1, { x: 'y' }], { reply: [1, { x: 'y' }] }]);
  assert.notStrictEqual(seen2[1], r);
  assert.strictEqual(await bwExit, 0);
  bc.close();
  bc2.close();
  console.log('ok');
})().then(() => {}, (e) => {
  console.error(e);
  process.exit(1);
});
