'use strict';
// The cluster's internal messages over the IPC channel: {cmd: 'NODE_CLUSTER', act, seq, ...}
// sent with sendHelper; a reply carries `ack: seq` and completes the sender's callback.

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// Wraps an 'internalMessage' listener so that it sees only cluster messages, and replies
// finish their callbacks.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message === null || typeof message !== 'object' || message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(this, message, handle, worker);
  };
}

module.exports = { sendHelper, internal };
