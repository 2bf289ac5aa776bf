'use strict';
// process.emitWarning and the default 'warning' printer, with Node's stderr format:
// "(node:PID) [CODE] Type: message" and the one-time "(Use `node --trace-warnings ...`" hint.

let traceHintShown = false;

function errors() {
  return require('internal/errors');
}

// As Node: through the global console's error() (so a program that replaces it, or
// process.stderr.write, sees warnings, and a worker's go to its own stderr).
function writeOut(text) {
  const c = globalThis.console;
  if (c !== undefined && c !== null && typeof c.error === 'function') {
    c.error(text);
  } else {
    internalBinding('process').writeSync(2, `${text}\n`);
  }
}

function onWarning(warning) {
  const flags = process._rodeFlags || {};
  if ('no-warnings' in flags) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  const trace = 'trace-warnings' in flags || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)`;
  }
  writeOut(msg);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  const err = new Error(warning);
  err.name = String(type || 'Warning');
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  Error.captureStackTrace(err, ctor || emitWarning);
  Error.stackTraceLimit = limit;
  return err;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  const { codes } = errors();
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, onWarning };
