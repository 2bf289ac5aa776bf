'use strict';
// performance.eventLoopUtilization([util1[, util2]]): idle and active milliseconds of the
// event loop since it started (or between two earlier readings) and active / (idle + active).
//
// Idle is the time the loop has waited for events (the poll phase's wait, counted by
// rode_core's event loop); before the loop starts every value is 0, as in Node.
// `worker.performance.eventLoopUtilization()` reads a worker's figures the same way
// (internal/worker/worker.js).

const { now, getLoopStart, loopIdleTime } = require('internal/perf/utils');

function eventLoopUtilization(util1, util2) {
  return internalEventLoopUtilization(getLoopStart(), loopIdleTime(), util1, util2);
}

function internalEventLoopUtilization(loopStart, idleTime, util1, util2) {
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };

  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }

  const active = now() - loopStart - idleTime;
  if (!util1) {
    return { idle: idleTime, active, utilization: active / (idleTime + active) };
  }

  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return {
    idle: idleDelta,
    active: activeDelta,
    utilization: activeDelta / (idleDelta + activeDelta),
  };
}

module.exports = { eventLoopUtilization, internalEventLoopUtilization };
