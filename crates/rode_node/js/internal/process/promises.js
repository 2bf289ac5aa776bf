'use strict';
// Unhandled promise rejections, as Node's default `--unhandled-rejections=throw` mode (and
// the other modes): QuickJS's rejection tracker records (promise, reason, handled) natively;
// after microtasks drain, this decides which rejections are still unhandled.

const { takeRejections } = internalBinding('task_queue');

const maybeUnhandled = new WeakMap();
let pending = [];
const asyncHandled = [];
let mode;

function getMode() {
  if (mode === undefined) {
    const flag = process._rodeFlags && process._rodeFlags['unhandled-rejections'];
    mode = flag || 'throw';
  }
  return mode;
}

function ingest() {
  const recs = takeRejections();
  for (let i = 0; i < recs.length; i += 4) {
    const promise = recs[i];
    if (!recs[i + 2]) {
      maybeUnhandled.set(promise, { reason: recs[i + 1], warned: false, frame: recs[i + 3] });
      pending.push(promise);
    } else {
      const info = maybeUnhandled.get(promise);
      if (info !== undefined) {
        maybeUnhandled.delete(promise);
        if (info.warned) asyncHandled.push(promise);
      }
    }
  }
}

function unhandledRejectionError(reason) {
  const { inspect } = require('internal/util/inspect');
  const err = new Error(
    'This error originated either by throwing inside of an async function without a catch ' +
    'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
    `rejected with the reason "${inspect(reason)}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// Node checks for an own `stack`; rode's errors carry it on Error.prototype until first read.
function isErrorLike(v) {
  return typeof v === 'object' && v !== null &&
    (Object.prototype.hasOwnProperty.call(v, 'stack') || require('internal/util/types').isNativeError(v));
}

function warnUnhandled(reason) {
  const { inspect } = require('internal/util/inspect');
  const text = isErrorLike(reason) && reason.stack ? reason.stack : inspect(reason);
  process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
  process.emitWarning(
    'Unhandled promise rejection. This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with ' +
    '.catch(). To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    "`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode).",
    'UnhandledPromiseRejectionWarning');
}

// Returns true when it may have queued ticks or microtasks (the drain loop goes on).
function processPromiseRejections() {
  ingest();
  let more = false;
  while (asyncHandled.length > 0) {
    const promise = asyncHandled.shift();
    process.emit('rejectionHandled', promise);
    more = true;
  }
  const list = pending;
  pending = [];
  const { triggerUncaughtException } = require('internal/process/execution');
  for (let i = 0; i < list.length; i++) {
    const promise = list[i];
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    // Reported in the async context the promise was rejected in (Node 24's frame; node 20's
    // promise resource gives the same store).
    const frames = info.frame === undefined ? null : require('internal/async_context_frame');
    const outer = frames === null ? undefined : frames.getFrame();
    if (frames !== null) frames.setFrame(info.frame);
    report(promise, info.reason, triggerUncaughtException);
    if (frames !== null) frames.setFrame(outer);
    more = true;
  }
  return more || pending.length !== 0;
}

function report(promise, reason, triggerUncaughtException) {
  switch (getMode()) {
    case 'strict': {
      maybeUnhandled.delete(promise);
      const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
      triggerUncaughtException(err, true);
      if (!process.emit('unhandledRejection', reason, promise)) warnUnhandled(reason);
      break;
    }
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      warnUnhandled(reason);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        warnUnhandled(reason);
        process.exitCode = 1;
      }
      break;
    default: // throw
      if (!process.emit('unhandledRejection', reason, promise)) {
        maybeUnhandled.delete(promise);
        const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
        triggerUncaughtException(err, true);
      }
  }
}

module.exports = { processPromiseRejections };
