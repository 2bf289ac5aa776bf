'use strict';
// The async context frame AsyncLocalStorage reads (a Map of storage → store, or undefined),
// carried across timers, immediates, nextTick, promise reactions (the engine's job frame)
// and native callbacks. The current frame lives natively (rode_core::async_context);
// `state.enabled` lets the timer and tick code skip the bookkeeping until the first
// AsyncLocalStorage exists.

const binding = internalBinding('async_context');

const { asyncContextState: state } = require('internal/process/task_queues');
function enable() {
  if (state.enabled) return;
  state.enabled = true;
  binding.enable();
}

module.exports = {
  state,
  enable,
  getFrame: binding.getFrame,
  setFrame: binding.setFrame,
};
