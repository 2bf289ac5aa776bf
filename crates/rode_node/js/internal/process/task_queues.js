'use strict';
// process.nextTick and the drain that runs after every callback from the loop:
// all queued ticks, then all microtasks, repeated while either produced more, then
// unhandled-rejection processing (Node's processTicksAndRejections).

const binding = internalBinding('task_queue');
const { setTickScheduled, runMicrotasks, hasRejectionToWarn } = binding;

// Shared with internal/async_context_frame (which is loaded on first use).
const asyncContextState = { enabled: false };

let queue = [];
let head = 0;
let tickScheduled = false;

function hasTickScheduled() {
  return tickScheduled;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  if (!tickScheduled) {
    tickScheduled = true;
    setTickScheduled(true);
  }
  // Three slots per tick (callback, args, async context frame): no object per tick.
  queue.push(callback, args.length === 0 ? undefined : args,
    asyncContextState.enabled ? frames().getFrame() : undefined);
}

let processPromiseRejections;

function processTicksAndRejections() {
  if (processPromiseRejections === undefined) {
    processPromiseRejections = require('internal/process/promises').processPromiseRejections;
  }
  do {
    while (head < queue.length) {
      const callback = queue[head];
      const args = queue[head + 1];
      const frame = queue[head + 2];
      head += 3;
      // Run ticks are dropped in bulk: at the end of the drain, or here every 3072 slots
      // when they are most of the queue (a tick that keeps queuing ticks never ends it).
      if (head >= 3072 && head * 2 >= queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      const switchFrame = asyncContextState.enabled;
      const outer = switchFrame ? frames().getFrame() : undefined;
      if (switchFrame) frames().setFrame(frame);
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          default: callback(...args);
        }
      }
      if (switchFrame) frames().setFrame(outer);
    }
    queue.length = 0;
    head = 0;
    runMicrotasks();
    // Rejections are only looked at when the engine recorded some (a native flag).
  } while (head < queue.length || (hasRejectionToWarn() && processPromiseRejections()));
  tickScheduled = false;
  setTickScheduled(false);
}

// Between timers and immediates: microtasks, then ticks if any were queued.
function runNextTicks() {
  if (!tickScheduled && !hasRejectionToWarn()) runMicrotasks();
  if (!tickScheduled && !hasRejectionToWarn()) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  });
}

let frameModule;
function frames() {
  return frameModule ??= require('internal/async_context_frame');
}

module.exports = {
  asyncContextState,
  nextTick,
  processTicksAndRejections,
  runNextTicks,
  hasTickScheduled,
  queueMicrotask,
  runMicrotasks,
};
