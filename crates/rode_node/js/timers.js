'use strict';
// node:timers — setTimeout/setInterval/setImmediate and their clears.

const internal = require('internal/timers');
const { Timeout, Immediate, insert, clearTimeout, clearImmediate, getLibuvNow } = internal;

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function restArgs(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 2 ? restArgs(arguments, 2) : undefined;
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout, getLibuvNow());
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 2 ? restArgs(arguments, 2) : undefined;
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout, getLibuvNow());
  return timeout;
}

function clearInterval(timer) {
  if (timer && timer._idleTimeout) timer._repeat = null;
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 1 ? restArgs(arguments, 1) : undefined;
  return new Immediate(callback, args);
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

function enroll(item, msecs) {
  process.emitWarning('timers.enroll() is deprecated. Please use setTimeout instead.',
                      'DeprecationWarning', 'DEP0095');
  if (item._idleTimeout) internal.unenroll(item);
  item._idleTimeout = msecs;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive(item) {
    internal.unrefActive(item);
  },
  active(item) {
    internal.active(item);
  },
  unenroll(item) {
    internal.unenroll(item);
  },
  enroll,
  get promises() {
    return require('timers/promises');
  },
};
