'use strict';
// This thread's worker_threads state: filled in by internal/worker/thread on a worker.

module.exports = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  environmentData: new Map(),
};
