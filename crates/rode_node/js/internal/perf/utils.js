'use strict';
// The clocks behind node:perf_hooks: performance.now(), performance.timeOrigin and the
// node milestones (nodeTiming), all in milliseconds relative to the time origin.
//
// The time origin is the start of the process (rode's main(), the zero of
// process.uptime()), as in Node. `hrtimeMs()` counts from the creation of the loop state on
// the JS thread, a little later: `kOffset` is the gap, measured once.
//
// Milestones rode cannot observe from JS are approximations (see nodeTiming.js):
//  - nodeStart: 0 (main() is the origin);
//  - v8Start, environment, bootstrapComplete: kOffset, the moment the JS thread set up its
//    loop state while creating the engine and booting (all within about a millisecond);
//  - loopStart: the loop's first cached time (ms precision), -1 until the loop has started;
//  - loopExit: the first time it is read once the process is exiting, -1 before;
//  - idle time: 0 — the native loop does not report the time it spends waiting in poll.

const { hrtimeMs, getLibuvNow } = internalBinding('timers');
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

// The loop's cached time (getLibuvNow) stays 0 until the loop's first turn refreshes it:
// a non-zero value means the loop has started, and its first value is the start time.
let loopStartMs = -1;
let loopExitMs = -1;

function getLoopStart() {
  if (loopStartMs < 0) {
    const t = getLibuvNow();
    if (t > 0) loopStartMs = t + kOffset;
  }
  return loopStartMs;
}

function getLoopExit() {
  if (loopExitMs < 0 && process._exiting) loopExitMs = now();
  return loopExitMs;
}

if (getLibuvNow() === 0) {
  // Loaded before the loop started (from the main script): catch the loop's first cached
  // time with an unref'd timer, so a later first read does not see a later turn.
  const timer = require('timers').setTimeout(getLoopStart, 1);
  timer.unref();
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
