'use strict';
// node:timers/promises — promise forms of the timers and the scheduler.

const { Timeout, Immediate, insert, clearTimeout, clearImmediate, getLibuvNow } = require('internal/timers');

function errors() {
  return require('internal/errors');
}

function validateOptions(options) {
  const { codes } = errors();
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function abortError(signal) {
  const { AbortError } = errors();
  return new AbortError(undefined, { cause: signal.reason });
}

function setTimeout(after, value, options = {}) {
  let signal, ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timeout = new Timeout(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, after, undefined, false, ref);
    insert(timeout, timeout._idleTimeout, getLibuvNow());
    function onAbort() {
      clearTimeout(timeout);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setImmediate(value, options = {}) {
  let signal, ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const immediate = new Immediate(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, undefined);
    if (!ref) immediate.unref();
    function onAbort() {
      clearImmediate(immediate);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let notYielded = 0;
  let wake = null;
  const interval = new Timeout(() => {
    notYielded++;
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout, getLibuvNow());
  let aborted = false;
  function onAbort() {
    aborted = true;
    clearTimeout(interval);
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  }
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (!aborted) {
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      if (aborted) break;
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
