'use strict';
// What keeps the process alive: a port with a 'message' listener (until closed or
// unref'd), a BroadcastChannel (until closed or unref'd). Only unref'd timers run here, so
// the ports alone decide when the process ends.

const log = (...args) => console.log(...args);

// 1. A listening port waits for a message posted by an unref'd timer, then closes.
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  log('port2 got', e.data);
  port2.close();
};
port2.on('close', () => {
  log('port2 closed');
  step2();
});
setTimeout(() => port1.postMessage('hello'), 20).unref();

// 2. An unref'd listening port does not wait.
function step2() {
  const ch = new MessageChannel();
  ch.port2.onmessage = () => log('never');
  ch.port2.unref();
  setTimeout(() => ch.port1.postMessage('too late'), 50).unref();

  // 3. A BroadcastChannel waits until it is closed.
  const listener = new BroadcastChannel('keepalive');
  const sender = new BroadcastChannel('keepalive');
  sender.unref();
  listener.onmessage = (e) => {
    log('broadcast got', e.data);
    listener.close();
    sender.close();
  };
  setTimeout(() => sender.postMessage('news'), 20).unref();
}

process.on('exit', () => log('exit'));
