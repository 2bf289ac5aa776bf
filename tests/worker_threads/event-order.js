'use strict';
// When port messages, worker events and 'close' events are delivered, against timers,
// immediates, I/O callbacks, process.nextTick and microtasks: messages in the poll phase
// (before the turn's setImmediate callbacks, after its timers), one callback each with
// ticks and microtasks after it; 'close' in the close phase, the last closed first.
const assert = require('assert');
const fs = require('fs');
const { MessageChannel, Worker, receiveMessageOnPort } = require('worker_threads');

function channelOrder() {
  return new Promise((resolve) => {
    const log = [];
    const { port1, port2 } = new MessageChannel();
    port2.on('message', (m) => {
      log.push(`message ${m}`);
      process.nextTick(() => log.push(`tick ${m}`));
      Promise.resolve().then(() => log.push(`micro ${m}`));
    });
    // The timers start from this immediate, so that none is due before the first poll
    // phase however slow the machine is.
    setImmediate(() => {
      log.push('immediate (scheduled before the post)');
      setTimeout(fromTimeout, 5);
    });
    port1.postMessage('a');
    port1.postMessage('b');
    function fromTimeout() {
      setImmediate(() => log.push('immediate from timeout'));
      port1.postMessage('from timeout');
      setTimeout(() => {
        setImmediate(() => {
          log.push('immediate');
          port1.postMessage('from immediate');
          setImmediate(() => log.push('next immediate'));
          setTimeout(() => {
            // The message before the file's callback (which takes a few turns).
            fs.readFile(__filename, () => {
              log.push('readFile');
              port1.close();
              setImmediate(() => log.push('immediate after close()'));
            });
            port1.postMessage('with I/O');
          }, 5);
        });
      }, 5);
    }
    port2.on('close', () => {
      log.push('close');
      resolve(log);
    });
  });
}

function closeOrder() {
  return new Promise((resolve) => {
    const log = [];
    let startA;
    {
      // A port that never starts keeps what it was sent, and stays open, until it starts.
      const { port1, port2 } = new MessageChannel();
      port1.postMessage('x');
      port1.close();
      port1.on('close', () => log.push('A port1 close'));
      port2.on('close', () => {
        log.push('A port2 close');
        resolve(log);
      });
      // Started once B and C are done (see B's port2 'close').
      startA = () => {
        log.push('A start');
        port2.on('message', (m) => log.push(`A message ${m}`));
      };
    }
    {
      // Closed from a listener: the messages already sent are still delivered.
      const { port1, port2 } = new MessageChannel();
      port2.on('message', (m) => {
        log.push(`B message ${m}`);
        if (m === 1) port1.close();
      });
      port1.postMessage(1);
      port1.postMessage(2);
      port1.postMessage(3);
      port1.on('close', () => log.push('B port1 close'));
      port2.on('close', () => {
        log.push('B port2 close');
        setTimeout(startA, 10);
      });
      setImmediate(() => log.push('B immediate'));
    }
    {
      const { port1, port2 } = new MessageChannel();
      port2.on('message', (m) => log.push(`C message ${m}`));
      port1.postMessage(1);
      port2.close();
      port1.on('close', () => log.push('C port1 close'));
      port2.on('close', () => log.push('C port2 close'));
    }
  });
}

// Messages from a worker that are already waiting when the loop turns arrive in its poll
// phase, before the turn's immediates; each is its own callback.
function workerOrder() {
  return new Promise((resolve) => {
    const sab = new Int32Array(new SharedArrayBuffer(4));
    const w = new Worker(`
      const { parentPort, workerData } = require('worker_threads');
      parentPort.postMessage('one');
      parentPort.postMessage('two');
      Atomics.store(workerData, 0, 1);
      Atomics.notify(workerData, 0);
      setTimeout(() => {}, 50);
    `, { eval: true, workerData: sab });
    const log = [];
    w.on('message', (m) => {
      log.push(`message ${m}`);
      Promise.resolve().then(() => log.push(`micro ${m}`));
    });
    w.on('exit', (code) => {
      log.push(`exit ${code}`);
      resolve(log);
    });
    // Wait (blocking) until the worker has sent both messages.
    Atomics.wait(sab, 0, 0);
    setImmediate(() => log.push('immediate'));
  });
}

// A listener that reads another port synchronously does not run listeners of other ports
// from inside receiveMessageOnPort().
function syncRead() {
  return new Promise((resolve) => {
    const log = [];
    const a = new MessageChannel();
    const b = new MessageChannel();
    b.port2.on('message', (m) => {
      log.push(`b ${m}`);
      if (m === 2) {
        a.port1.close();
        b.port1.close();
        resolve(log);
      }
    });
    a.port2.on('message', (m) => {
      log.push(`a ${m}`);
      const r = receiveMessageOnPort(a.port2);
      log.push(`read ${r && r.message}`);
    });
    a.port1.postMessage(1);
    b.port1.postMessage(1);
    a.port1.postMessage(2);
    b.port1.postMessage(2);
  });
}

(async () => {
  assert.deepStrictEqual(await channelOrder(), [
    'message a', 'tick a', 'micro a',
    'message b', 'tick b', 'micro b',
    'immediate (scheduled before the post)',
    'message from timeout', 'tick from timeout', 'micro from timeout',
    'immediate from timeout',
    'immediate',
    'message from immediate', 'tick from immediate', 'micro from immediate',
    'next immediate',
    'message with I/O', 'tick with I/O', 'micro with I/O',
    'readFile',
    'immediate after close()',
    'close',
  ]);
  assert.deepStrictEqual(await closeOrder(), [
    'B message 1', 'B message 2', 'B message 3',
    'B immediate',
    'B port1 close', 'C port2 close', 'A port1 close',
    'C port1 close', 'B port2 close',
    'A start', 'A message x', 'A port2 close',
  ]);
  assert.deepStrictEqual(await workerOrder(), [
    'message one', 'micro one', 'message two', 'micro two', 'immediate', 'exit 0',
  ]);
  assert.deepStrictEqual(await syncRead(), ['a 1', 'read 2', 'b 1', 'b 2']);
})().then(() => console.log('ok'));
