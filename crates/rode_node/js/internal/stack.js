'use strict';
// Makes `error.stack` look like V8's: "Name: message" then "    at fn (file:line:col)" frames.
// QuickJS records frames cheaply at construction; the first read of `.stack` adds the header
// (from the error's name and message at that time, as V8 does) and caches the string.
// Also: Error.prepareStackTrace behaves as in V8 (undefined by default, user functions get
// CallSites), Error.captureStackTrace adds the header, and CallSite gets the methods V8 has
// that QuickJS lacks (depd, used by Express, calls them).

const { cjsWrapOpen } = internalBinding('modules');
const WRAP_LEN = cjsWrapOpen.length;

let cjsFiles;
function isCjsFile(file) {
  if (cjsFiles === undefined) cjsFiles = require('internal/modules/cjs').cjsFiles;
  return cjsFiles.has(file);
}

class UserStack {
  constructor(v) {
    this.v = v;
  }
}

function header(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : `${name}`;
  message = message === undefined ? '' : `${message}`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

const frameRe = /^ {4}at (.*) \((.*)\)$/;
const bareFrameRe = /^ {4}at ([^ ()]+:\d+:\d+)$/;

// Engine-internal frames V8 doesn't show.
const hiddenNative = new Set(['call', 'apply']);

function fixFrame(line) {
  let m = frameRe.exec(line);
  let fn;
  let loc;
  if (m !== null) {
    [, fn, loc] = m;
  } else if ((m = bareFrameRe.exec(line)) !== null) {
    fn = '<anonymous>';
    loc = m[1];
  } else {
    return line;
  }
  if (loc === 'native') {
    if (hiddenNative.has(fn)) return null;
    loc = '<anonymous>';
  }
  else {
    const lastColon = loc.lastIndexOf(':');
    const lineColon = loc.lastIndexOf(':', lastColon - 1);
    if (lineColon > 0 && loc.slice(lineColon + 1, lastColon) === '1') {
      const file = loc.slice(0, lineColon);
      const col = +loc.slice(lastColon + 1) - WRAP_LEN;
      if (col > 0 && isCjsFile(file)) loc = `${file}:1:${col}`;
    }
  }
  if (fn === '<anonymous>' || fn === '<eval>') return `    at ${loc}`;
  return `    at ${fn} (${loc})`;
}

function formatFrames(raw) {
  let s = raw;
  if (s.endsWith('\n')) s = s.slice(0, -1);
  if (s === '') return '';
  const lines = s.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = fixFrame(lines[i]);
    if (line !== null) out += '\n' + line;
  }
  return out;
}

function install() {
  const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const prepDesc = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  if (!stackDesc || typeof stackDesc.get !== 'function' || !prepDesc || !prepDesc.set) return;
  const rawGet = stackDesc.get;
  const rawSet = stackDesc.set;
  const nativeSetPrepare = prepDesc.set;

  Object.defineProperty(Error.prototype, 'stack', {
    get() {
      const raw = rawGet.call(this);
      let value;
      if (raw instanceof UserStack) value = raw.v;
      else if (typeof raw === 'string') value = header(this) + formatFrames(raw);
      else return raw;
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
  void rawSet;

  let userPrepare;
  Object.defineProperty(Error, 'prepareStackTrace', {
    get() {
      return userPrepare;
    },
    set(fn) {
      userPrepare = fn;
      nativeSetPrepare.call(Error, typeof fn === 'function' ?
        function prepareStackTrace(err, callsites) { return new UserStack(fn(err, callsites)); } :
        undefined);
    },
    configurable: true,
    enumerable: false,
  });

  const nativeCapture = Error.captureStackTrace;
  Object.defineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      nativeCapture(obj, typeof fn === 'function' ? fn : captureStackTrace);
      const raw = Object.getOwnPropertyDescriptor(obj, 'stack');
      if (raw === undefined || !('value' in raw)) return;
      let value = raw.value;
      if (value instanceof UserStack) value = value.v;
      else if (typeof value === 'string') value = header(obj) + formatFrames(value);
      Object.defineProperty(obj, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });

  // CallSite methods V8 has and QuickJS lacks.
  nativeSetPrepare.call(Error, (e, cs) => cs);
  const sample = rawGet.call(new Error());
  nativeSetPrepare.call(Error, undefined);
  const proto = Array.isArray(sample) && sample.length > 0 ? Object.getPrototypeOf(sample[0]) : null;
  if (proto) {
    const add = (name, fn) => {
      if (typeof proto[name] !== 'function') {
        Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
      }
    };
    add('getThis', function getThis() { return undefined; });
    add('getTypeName', function getTypeName() { return null; });
    add('getMethodName', function getMethodName() { return null; });
    add('isEval', function isEval() { return false; });
    add('getEvalOrigin', function getEvalOrigin() { return undefined; });
    add('isToplevel', function isToplevel() { return this.getFunctionName() === null; });
    add('isConstructor', function isConstructor() { return false; });
    add('isAsync', function isAsync() { return false; });
    add('isPromiseAll', function isPromiseAll() { return false; });
    add('getPromiseIndex', function getPromiseIndex() { return null; });
    add('getScriptNameOrSourceURL', function getScriptNameOrSourceURL() { return this.getFileName(); });
    add('getScriptHash', function getScriptHash() { return ''; });
    add('getEnclosingLineNumber', function getEnclosingLineNumber() { return null; });
    add('getEnclosingColumnNumber', function getEnclosingColumnNumber() { return null; });
    add('getPosition', function getPosition() { return 0; });
  }
}

module.exports = { install, header, formatFrames };
