'use strict';
// The clocks behind node:perf_hooks: performance.now(), performance.timeOrigin and the
// node milestones (nodeTiming), all in milliseconds relative to the time origin.
//
// The time origin is the start of the process (rode's main(), the zero of
// process.uptime()), as in Node. `hrtimeMs()` counts from the creation of the loop state on
// the JS thread, which happens when the bootstrap hands the loop its hooks, just before the
// main script: `kOffset` is that gap, measured once.
//
// Milestones rode cannot observe from JS are approximations:
//  - nodeStart: 0 (main() is the origin);
//  - bootstrapComplete: kOffset (the end of the bootstrap, see above);
//  - v8Start, environment: also kOffset, an upper bound (rode boots in about a millisecond);
//  - loopStart: inferred (see below), -1 until the loop has started;
//  - loopExit: the first time it is read once the process is exiting, -1 before;
//  - idle time: 0 — the native loop does not report the time it spends waiting in poll.

const { hrtimeMs, getLibuvNow } = internalBinding('timers');
const { queueMicrotask } = require('internal/process/task_queues');
const { uptime } = internalBinding('process');

const kOffset = Math.max(0, uptime() * 1000 - hrtimeMs());

function now() {
  return hrtimeMs() + kOffset;
}

// Epoch milliseconds of the time origin. Date.now() has whole milliseconds, so this is
// within 1 ms of the truth.
const timeOriginTimestamp = Date.now() - now();

function getTimeOriginTimestamp() {
  return timeOriginTimestamp;
}

// When the loop started. rode's loop does not report it, so it is inferred:
//  - loaded during the main script: the loop starts as soon as the script and the
//    microtasks it queued are done, so a microtask queued now marks the start (within
//    the time of the microtasks queued after it);
//  - loaded from a loop callback or an 'exit' listener: the start was not seen, and
//    bootstrapComplete stands in for it (the loop started later, after the main script);
//  - loaded from an 'exit' listener of process.exit() called by the main module: the loop
//    never ran, -1.
// The loop's cached time (getLibuvNow) stays 0 until the loop's first turn refreshes it
// (or for turns within the first millisecond of the loop state's life).
let loopStartMs = -1;
let loopExitMs = -1;

function exitingFromMain() {
  return process._exiting === true && process.mainModule?.loaded === false;
}

if (getLibuvNow() > 0 || process._exiting) {
  if (!exitingFromMain()) loopStartMs = kOffset;
} else {
  queueMicrotask(() => {
    if (loopStartMs < 0 && !exitingFromMain()) loopStartMs = now();
  });
}

function getLoopStart() {
  return loopStartMs;
}

// The first read once the process is exiting after the loop ran ('exit' listeners run
// right after the loop ends). Node leaves it at -1 when process.exit() ends the process
// from a callback; here that reads as the exit time.
function getLoopExit() {
  if (loopExitMs < 0 && loopStartMs >= 0 && process._exiting === true) loopExitMs = now();
  return loopExitMs;
}

const milestones = {
  nodeStart: 0,
  v8Start: kOffset,
  environment: kOffset,
  bootstrapComplete: kOffset,
};

function getMilestone(name) {
  switch (name) {
    case 'loopStart': return getLoopStart();
    case 'loopExit': return getLoopExit();
    default: return milestones[name];
  }
}

// Milliseconds the loop has spent idle in its poll phase: not tracked by rode's loop.
function loopIdleTime() {
  return 0;
}

module.exports = {
  now,
  getTimeOriginTimestamp,
  getMilestone,
  getLoopStart,
  loopIdleTime,
};
