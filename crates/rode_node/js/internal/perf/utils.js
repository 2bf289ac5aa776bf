'use strict';
// The clocks behind node:perf_hooks: performance.now(), performance.timeOrigin and the
// node milestones (nodeTiming), all in milliseconds relative to the time origin.
//
// The time origin is the start of the process (rode's main(), the zero of
// process.uptime()), as in Node. `hrtimeMs()` counts from the creation of the loop state on
// the JS thread, which happens when the bootstrap hands the loop its hooks, just before the
// main script: `kOffset` is that gap, measured once.
//
// Milestones: nodeStart is 0 (main() is the origin); v8Start, environment and
// bootstrapComplete are kOffset (the end of the bootstrap, an upper bound for the first two);
// loopStart, loopExit and the idle time come from the native loop.

const { hrtimeMs, loopStartMs, loopExitMs, loopIdleMs } = internalBinding('timers');
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

function getLoopStart() {
  const t = loopStartMs();
  return t < 0 ? -1 : t + kOffset;
}

// Node reads loopExit in 'exit' listeners after the loop ended; a process.exit() from a
// callback leaves it at -1, as in Node.
function getLoopExit() {
  const t = loopExitMs();
  return t < 0 ? -1 : t + kOffset;
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

// Milliseconds the loop has spent idle in its poll phase.
function loopIdleTime() {
  return loopIdleMs();
}

module.exports = {
  now,
  getTimeOriginTimestamp,
  getMilestone,
  getLoopStart,
  loopIdleTime,
};
