'use strict';
// Makes `error.stack` look like V8's: "Name: message" then "    at fn (file:line:col)" frames.
// When QuickJS makes an error it hands us the CallSites (cheaper than its own formatting);
// the first read of `.stack` turns them into V8's text with the header from the error's name
// and message at that time, as V8 does, and caches the string. Errors whose stack is never
// read never pay for formatting. Also: common engine messages get V8's wording,
// Error.prepareStackTrace is V8's (undefined by default; a user function gets CallSites),
// Error.captureStackTrace adds the header, and CallSite gets the methods V8 has that QuickJS
// lacks (depd, used by Express, calls them).

// What QuickJS stores as an error's stack while it is unread: the CallSites, and the user's
// Error.prepareStackTrace that was active when the error was made (V8 also formats lazily).
class Frames {
  constructor(callsites, user) {
    this.callsites = callsites;
    this.user = user;
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

// Engine-internal frames V8 doesn't show.
const hiddenNative = new Set(['call', 'apply']);

// V8 has no frames for Function.prototype.call/apply; QuickJS does.
function isShownFrame(cs) {
  return !(cs.isNative() && hiddenNative.has(cs.getFunctionName()));
}

// The CommonJS module wrapper's name (rode_core's CJS_WRAP_OPEN). V8 shows its frames as
// `Object.<anonymous>`: an anonymous function called with `this` = exports.
const kModuleWrapper = '__rode_cjs_module__';
// QuickJS's own getFunctionName, kept on each realm's CallSite prototype under this key
// (the public one answers null for the wrapper, as V8 does).
const kRawName = Symbol('kRawName');

function formatCallSite(cs) {
  const file = cs.getFileName();
  let fn = cs[kRawName] !== undefined ? cs[kRawName]() : cs.getFunctionName();
  if (fn === kModuleWrapper) fn = 'Object.<anonymous>';
  if (cs.isNative()) {
    if (hiddenNative.has(fn)) return null;
    return `    at ${fn || '<anonymous>'} (<anonymous>)`;
  }
  const line = cs.getLineNumber();
  const col = cs.getColumnNumber();
  const loc = line === undefined || line === null || line < 0 ? `${file}` : `${file}:${line}:${col}`;
  if (fn === '<eval>' || fn === '<anonymous>') fn = '';
  if (!fn) return `    at ${loc}`;
  if (cs.isConstructor()) fn = `new ${fn}`;
  return `    at ${fn} (${loc})`;
}

// V8 starts the stack of `new E()` at that `new`: the constructors of E and of its base
// classes (the frames up to E's own) are left out. QuickJS records them.
function withoutConstructorFrames(err, callsites) {
  if (callsites.length === 0 || !callsites[0].isConstructor()) return callsites;
  let ctor;
  try {
    ctor = err.constructor;
  } catch {
    return callsites;
  }
  for (let i = 0; i < callsites.length && callsites[i].isConstructor(); i++) {
    if (callsites[i].getFunction() === ctor) return callsites.slice(i + 1);
  }
  return callsites;
}

function formatFrames(callsites) {
  let out = '';
  for (let i = 0; i < callsites.length; i++) {
    const line = formatCallSite(callsites[i]);
    if (line !== null) out += '\n' + line;
  }
  return out;
}

// The stack string for a value QuickJS stored at capture time.
function render(err, raw) {
  if (raw instanceof Frames) {
    if (typeof raw.user === 'function') return raw.user(err, raw.callsites.filter(isShownFrame));
    return header(err) + formatFrames(raw.callsites);
  }
  return raw;
}

// QuickJS's own wording for common engine errors, in V8's words (where the message alone
// says enough to translate it).
const engineMessages = [
  [/^cannot read property '(.*)' of (undefined|null)$/s, "Cannot read properties of $2 (reading '$1')"],
  [/^cannot set property '(.*)' of (undefined|null)$/s, "Cannot set properties of $2 (setting '$1')"],
  [/^invalid array length$/, 'Invalid array length'],
  [/^invalid string length$/, 'Invalid string length'],
  [/^this is not initialized$/,
    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"],
  [/^(.+) is not initialized$/s, "Cannot access '$1' before initialization"],
  [/^empty array$/, 'Reduce of empty array with no initial value'],
  [/^expecting hex digit$/, 'URI malformed'],
  [/^redeclaration of '(.*)'$/s, "Identifier '$1' has already been declared"],
];

function translateMessage(err) {
  let message;
  try {
    message = err.message;
  } catch {
    return;
  }
  if (typeof message !== 'string' || message.length === 0) return;
  const c = message.charCodeAt(0);
  // Engine messages start lower-case; V8's and Node's start upper-case.
  if (c < 97 || c > 122) return;
  for (let i = 0; i < engineMessages.length; i++) {
    const [re, replacement] = engineMessages[i];
    if (re.test(message)) {
      try {
        Object.defineProperty(err, 'message', {
          value: message.replace(re, replacement), writable: true, configurable: true, enumerable: false,
        });
      } catch {
        // a frozen error keeps its message
      }
      return;
    }
  }
}

// Installs V8's stack formatting on a realm's Error (the main realm's, or a node:vm
// context's: each realm has its own Error, prepareStackTrace and CallSite prototype).
function install(Error = globalThis.Error) {
  const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const prepDesc = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  if (!stackDesc || typeof stackDesc.get !== 'function' || !prepDesc || !prepDesc.set) return;
  const rawGet = stackDesc.get;
  const nativeSetPrepare = prepDesc.set;

  let userPrepare;
  // Runs when QuickJS records an error's stack: keep the CallSites for later.
  function recordStack(err, callsites) {
    translateMessage(err);
    return new Frames(withoutConstructorFrames(err, callsites), userPrepare);
  }
  nativeSetPrepare.call(Error, recordStack);

  Object.defineProperty(Error.prototype, 'stack', {
    get() {
      const raw = rawGet.call(this);
      if (!(raw instanceof Frames)) return raw;
      const value = render(this, raw);
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });

  Object.defineProperty(Error, 'prepareStackTrace', {
    get() {
      return userPrepare;
    },
    set(fn) {
      userPrepare = fn;
    },
    configurable: true,
    enumerable: false,
  });

  const nativeCapture = Error.captureStackTrace;
  Object.defineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      nativeCapture(obj, typeof fn === 'function' ? fn : captureStackTrace);
      const desc = Object.getOwnPropertyDescriptor(obj, 'stack');
      if (desc === undefined || !('value' in desc) || !(desc.value instanceof Frames)) return;
      const value = render(obj, desc.value);
      Object.defineProperty(obj, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });

  // CallSite methods V8 has and QuickJS lacks.
  const sample = rawGet.call(new Error());
  const proto = sample instanceof Frames && sample.callsites.length > 0 ?
    Object.getPrototypeOf(sample.callsites[0]) : null;
  if (proto) {
    // Only where the engine has none of its own (toString is Object.prototype's otherwise).
    const add = (name, fn) => {
      if (!Object.prototype.hasOwnProperty.call(proto, name)) {
        Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
      }
    };
    add('getThis', function getThis() { return undefined; });
    const nativeName = proto.getFunctionName;
    Object.defineProperty(proto, kRawName, { value: nativeName, configurable: true });
    Object.defineProperty(proto, 'getFunctionName', {
      value: function getFunctionName() {
        const name = nativeName.call(this);
        return name === kModuleWrapper ? null : name;
      },
      writable: true, configurable: true, enumerable: false,
    });
    add('getTypeName', function getTypeName() {
      return nativeName.call(this) === kModuleWrapper ? 'Object' : null;
    });
    add('getMethodName', function getMethodName() { return null; });
    add('isEval', function isEval() { return false; });
    add('getEvalOrigin', function getEvalOrigin() { return undefined; });
    add('isToplevel', function isToplevel() { return this.getFunctionName() === null; });
    add('isAsync', function isAsync() { return false; });
    add('isPromiseAll', function isPromiseAll() { return false; });
    add('getPromiseIndex', function getPromiseIndex() { return null; });
    add('getScriptNameOrSourceURL', function getScriptNameOrSourceURL() { return this.getFileName(); });
    add('getScriptHash', function getScriptHash() { return ''; });
    add('getEnclosingLineNumber', function getEnclosingLineNumber() { return null; });
    add('getEnclosingColumnNumber', function getEnclosingColumnNumber() { return null; });
    add('getPosition', function getPosition() { return 0; });
    add('toString', function toString() {
      const line = formatCallSite(this);
      return line === null ? '' : line.slice(7);
    });
  }
}

module.exports = { install, header };
