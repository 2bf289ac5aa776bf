'use strict';
// node:vm — scripts compiled and run in this realm or in contexts: new QuickJS realms (their
// own Object, Array, Error …) whose global object is a Proxy over the user's context object,
// with V8's contextify rules: a name is looked up on the context object first, then on the
// realm's built-ins; assignments, `var` and function declarations land on the context object;
// `let`/`const` stay in the context. The native half is internalBinding('contextify')
// (src/vm.rs). What differs from Node is listed in docs/compat.md (vm).

const binding = internalBinding('contextify');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
    ERR_SCRIPT_EXECUTION_INTERRUPTED,
    ERR_SCRIPT_EXECUTION_TIMEOUT,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { install: installStack } = require('internal/stack');

const kEmptyObject = Object.freeze({ __proto__: null });
// What the binding returns for a run its timeout or a SIGINT (breakOnSigint) stopped.
const kTimedOut = Object.freeze({ __proto__: null });
const kInterrupted = Object.freeze({ __proto__: null });
const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// A context's record sits on its context object in a private field, which reflection
// can't see (Node keeps it under a private symbol): a base class whose constructor returns
// the object it is given lets a subclass stamp the field on any object.
class Stamp {
  constructor(object) {
    return object;
  }
}
class ContextRecord extends Stamp {
  #record;
  constructor(object, record) {
    super(object);
    this.#record = record;
  }
  static of(object) {
    return #record in object ? object.#record : undefined;
  }
}

// V8 gives every context a console whose methods report to the inspector only: calling
// them prints nothing.
const consoleMethods = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table',
  'trace', 'group', 'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert',
  'profile', 'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context', 'createTask'];

// Globals QuickJS gives a realm that are Node's (or the web's), not V8's.
const notInV8 = ['atob', 'btoa', 'performance', 'navigator', 'queueMicrotask'];

function prepareRealm(base) {
  installStack(base.Error);
  for (const name of notInV8) delete base[name];
  if (!('Iterator' in globalThis)) delete base.Iterator;
  // rode's Intl (ICU4X) is built once, for the main realm; contexts share it.
  if (typeof globalThis.Intl === 'object') {
    base.Object.defineProperty(base, 'Intl', { value: globalThis.Intl, writable: true, configurable: true });
  }
  // WebAssembly (wasmi, one store per thread) is shared the same way, loaded on first use.
  const shareWebAssembly = (value) => {
    base.Object.defineProperty(base, 'WebAssembly', { value, writable: true, configurable: true });
  };
  base.Object.defineProperty(base, 'WebAssembly', {
    get() {
      const value = globalThis.WebAssembly;
      shareWebAssembly(value);
      return value;
    },
    set: shareWebAssembly,
    configurable: true,
  });
  const console = base.Object.create(base.Object.prototype);
  for (const name of consoleMethods) {
    const fn = { [name]() {} }[name];
    base.Object.defineProperty(console, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }
  base.Object.defineProperty(console, Symbol.toStringTag, { value: 'console', configurable: true });
  base.Object.defineProperty(base, 'console', { value: console, writable: true, configurable: true });
}

// codeGeneration.strings === false: eval and the Function constructors throw V8's EvalError.
function forbidStrings(base) {
  const refuse = () => {
    throw new base.EvalError('Code generation from strings disallowed for this context');
  };
  const trap = { apply: refuse, construct: refuse };
  const ctorOf = (kind) => base.Object.getPrototypeOf(base.eval(`(${kind} () {})`)).constructor;
  const ctors = [base.Function, ctorOf('function*'), ctorOf('async function'), ctorOf('async function*')];
  base.Object.defineProperty(base, 'eval', { value: new Proxy(base.eval, trap), writable: true, configurable: true });
  for (const ctor of ctors) {
    const proxy = new Proxy(ctor, trap);
    base.Object.defineProperty(ctor.prototype, 'constructor', { value: proxy, writable: false, configurable: true });
    if (ctor === base.Function) {
      base.Object.defineProperty(base, 'Function', { value: proxy, writable: true, configurable: true });
    }
  }
}

// The realm's global: a Proxy whose target is the realm's own global object (its built-ins)
// and whose traps put the context object first.
function contextifiedGlobal(base, sandbox) {
  const has = (key) => key in sandbox;
  const global = new Proxy(base, {
    get(target, key, receiver) {
      if (has(key)) return sandbox[key];
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own !== undefined && !own.configurable && !has(key)) return Reflect.set(target, key, value);
      return Reflect.set(sandbox, key, value);
    },
    has(target, key) {
      return has(key) || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const desc = Reflect.getOwnPropertyDescriptor(sandbox, key);
      if (desc === undefined) return Reflect.getOwnPropertyDescriptor(target, key);
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own !== undefined && !own.configurable) return own;
      desc.configurable = true;
      return desc;
    },
    defineProperty(target, key, desc) {
      if (desc.configurable === false && !Reflect.defineProperty(target, key, desc)) return false;
      return Reflect.defineProperty(sandbox, key, desc);
    },
    deleteProperty(target, key) {
      const fromTarget = Reflect.deleteProperty(target, key);
      return Reflect.deleteProperty(sandbox, key) && fromTarget;
    },
    ownKeys(target) {
      const keys = Reflect.ownKeys(sandbox);
      const seen = new Set(keys);
      for (const key of Reflect.ownKeys(target)) {
        if (!seen.has(key)) keys.push(key);
      }
      return keys;
    },
  });
  Object.defineProperty(base, 'globalThis', { value: global, writable: true, configurable: true });
  return global;
}

function isContext(object) {
  validateObject(object, 'object', { __proto__: null, allowArray: true, allowFunction: true });
  return ContextRecord.of(object) !== undefined;
}

function contextRecord(object, name) {
  validateObject(object, 'object', { __proto__: null, allowArray: true, allowFunction: true });
  const record = ContextRecord.of(object);
  if (record === undefined) throw new ERR_INVALID_ARG_TYPE(name, 'vm.Context', object);
  return record;
}

function validateContextOptions(options) {
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode, importModuleDynamically } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  let strings = true;
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings: s = true, wasm = true } = codeGeneration;
    validateBoolean(s, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
    strings = s;
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (microtaskMode !== undefined) {
    throw new ERR_NOT_IMPLEMENTED("vm context option microtaskMode: 'afterEvaluate'");
  }
  validateImportCallback(importModuleDynamically, 'options.importModuleDynamically');
  return { strings };
}

let contextCount = 0;

function createContext(contextObject = {}, options = kEmptyObject) {
  const dontContextify = contextObject === constants.DONT_CONTEXTIFY;
  if (!dontContextify) {
    validateObject(contextObject, 'object', { __proto__: null, allowArray: true, allowFunction: true });
    if (ContextRecord.of(contextObject) !== undefined) return contextObject;
  }
  const { strings } = validateContextOptions(options);
  const name = options.name ?? `VM Context ${++contextCount}`;
  let result;
  const key = binding.makeContext((base) => {
    prepareRealm(base);
    if (!strings) forbidStrings(base);
    if (dontContextify) {
      result = base;
      return base;
    }
    result = contextObject;
    return contextifiedGlobal(base, contextObject);
  });
  new ContextRecord(result, { key, name });
  return result;
}

function validateImportCallback(value, name) {
  if (value === undefined || value === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) return;
  validateFunction(value, name);
}

// `//# sourceMappingURL=…` at the end of the source, as V8 reads it.
function sourceMapURLOf(code) {
  const m = /\/[*/][#@]\s*sourceMappingURL=(\S+)\s*(?:\*\/\s*)?$/.exec(code);
  return m === null ? undefined : m[1];
}

function runOptions(options) {
  validateObject(options, 'options');
  const { displayErrors = true, timeout, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return { displayErrors, timeout, stops: [timeout ?? -1, breakOnSigint, kTimedOut, kInterrupted] };
}

// V8's "decorated" stack for an error thrown out of a script run with displayErrors: the
// file and line the error comes from, that line and a caret, above the stack; once per error.
// (V8 points at the throw; rode at the error's first frame, where it was made.)
function decorate(err, filename, scriptLine) {
  if (err === null || typeof err !== 'object') return;
  const { arrowFor, sourceLine, kArrowDecorated } = require('internal/process/execution');
  let stack;
  try {
    if (err[kArrowDecorated]) return;
    stack = err.stack;
  } catch {
    return;
  }
  const arrow = arrowFor(stack, (file, line) => (file === filename ? scriptLine(line) : sourceLine(file, line)));
  if (arrow === '') return;
  try {
    Object.defineProperty(err, 'stack', { value: arrow + stack, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(err, kArrowDecorated, { value: true, configurable: true });
  } catch {
    // a frozen error keeps its stack
  }
}

// Node's Script extends the native ContextifyScript, whose prototype has createCachedData.
class ContextifyScript {
  createCachedData() {
    throw new ERR_NOT_IMPLEMENTED('script.createCachedData()');
  }
}

class Script extends ContextifyScript {
  #source;
  #filename;
  #firstLine;
  // The compiled script (engine bytecode, bound to one realm) and that realm's key
  // (undefined: this realm): runs in the same realm reuse it.
  #compiled;
  #compiledKey;

  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    super();
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportCallback(importModuleDynamically, 'options.importModuleDynamically');
    // QuickJS has no column offset: spaces before the first line move its columns instead.
    this.#source = columnOffset > 0 ? ' '.repeat(columnOffset) + code : code;
    this.#filename = filename;
    this.#firstLine = lineOffset + 1;
    try {
      if (parseHere) this.#compiled = binding.compile(undefined, this.#source, filename, this.#firstLine);
    } catch (err) {
      decorate(err, filename, (n) => this.#sourceLine(n));
      throw err;
    }
    // rode makes no code cache: data given is never used, none is produced.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
    this.sourceMapURL = sourceMapURLOf(code);
  }

  #sourceLine(line) {
    return this.#source.split(/\r?\n/)[line - this.#firstLine];
  }

  #run(key, options) {
    const { displayErrors, timeout, stops } = runOptions(options);
    let result;
    try {
      if (this.#compiled === undefined || this.#compiledKey !== key) {
        this.#compiled = undefined;
        this.#compiled = binding.compile(key, this.#source, this.#filename, this.#firstLine);
        this.#compiledKey = key;
      }
      result = binding.runCompiled(key, this.#compiled, stops);
    } catch (err) {
      if (displayErrors) decorate(err, this.#filename, (n) => this.#sourceLine(n));
      throw err;
    }
    if (result === kTimedOut) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
    if (result === kInterrupted) throw new ERR_SCRIPT_EXECUTION_INTERRUPTED();
    return result;
  }

  runInThisContext(options) {
    return this.#run(undefined, options ?? kEmptyObject);
  }

  runInContext(contextifiedObject, options) {
    const { key } = contextRecord(contextifiedObject, 'contextifiedObject');
    return this.#run(key, options ?? kEmptyObject);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptionsOf(options));
    return this.runInContext(context, options);
  }
}

// runInNewContext's context options: contextName, contextOrigin, contextCodeGeneration,
// microtaskMode.
function contextOptionsOf(options) {
  if (typeof options !== 'object' || options === null) return kEmptyObject;
  const { contextName: name, contextOrigin: origin, contextCodeGeneration: codeGeneration,
    microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.contextName');
  if (origin !== undefined) validateString(origin, 'options.contextOrigin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.contextCodeGeneration');
  return { name, origin, codeGeneration, microtaskMode };
}

// `new vm.Script` parses in this realm (a SyntaxError is this realm's); runInContext and
// runInNewContext leave parsing to the run, in the context's realm, as V8 does.
let parseHere = true;
function scriptOf(code, options, inContext) {
  parseHere = !inContext;
  try {
    if (typeof options === 'string') return new Script(code, { filename: options });
    return new Script(code, options);
  } finally {
    parseHere = true;
  }
}

function runInThisContext(code, options) {
  return scriptOf(code, options).runInThisContext(typeof options === 'object' && options !== null ? options : kEmptyObject);
}

function runInContext(code, contextifiedObject, options) {
  const opts = typeof options === 'object' && options !== null ? options : kEmptyObject;
  contextRecord(contextifiedObject, 'contextifiedObject');
  return scriptOf(code, options, true).runInContext(contextifiedObject, opts);
}

function runInNewContext(code, contextObject, options) {
  const opts = typeof options === 'object' && options !== null ? options : kEmptyObject;
  const context = createContext(contextObject, contextOptionsOf(opts));
  return scriptOf(code, options, true).runInContext(context, opts);
}

function createScript(code, options) {
  return new Script(code, options);
}

// The function is made by a script in the parsing context: `with` blocks put each
// contextExtensions object in scope, the body starts on line lineOffset + 1.
function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  let key;
  if (parsingContext !== undefined) {
    const record = typeof parsingContext === 'object' && parsingContext !== null ?
      ContextRecord.of(parsingContext) : undefined;
    if (record === undefined) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    key = record.key;
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, { __proto__: null, allowArray: true, allowFunction: true });
  }
  validateImportCallback(importModuleDynamically, 'options.importModuleDynamically');

  // The wrapper takes the line before the body, whose first line is lineOffset + 1.
  const names = params === undefined ? '' : params.join(', ');
  let open = '';
  let close = '';
  for (let i = 0; i < contextExtensions.length; i++) {
    open += `with (arguments[${i}]) { `;
    close += ' }';
  }
  const body = columnOffset > 0 ? ' '.repeat(columnOffset) + code : code;
  const source = `(function () { ${open}return function (${names}) {\n${body}\n};${close} })`;
  const compiled = binding.compile(key, source, filename, lineOffset);
  const outer = binding.runCompiled(key, compiled, [-1, false, kTimedOut, kInterrupted]);
  const fn = Reflect.apply(outer, undefined, contextExtensions);
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  if (produceCachedData) fn.cachedDataProduced = false;
  return fn;
}

let measureWarned = false;
function measureMemory(options = kEmptyObject) {
  if (!measureWarned) {
    measureWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  // One heap serves every realm: its live size is the estimate for all of them.
  const used = require('v8').getHeapStatistics().used_heap_size;
  const total = { jsMemoryEstimate: used, jsMemoryRange: [used, used] };
  const result = mode === 'summary' ? { total } :
    { total, current: { jsMemoryEstimate: used, jsMemoryRange: [used, used] }, other: [] };
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
