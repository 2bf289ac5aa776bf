'use strict';
// internal/errors — the one place where Node's error codes and messages live.
//
//   const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
//   throw new ERR_INVALID_ARG_TYPE('name', 'string', value);
//
// Adding a code is one line in the tables at the end of this file:
//   E('ERR_SOMETHING', 'Message with %s placeholders', TypeError);
//   E('ERR_OTHER', (a, b) => `computed ${a} message`, RangeError);
// A message function runs with `this` bound to the new error, so it can add
// properties (this.reason = …). Extra base classes after the first make
// variants: E('ERR_X', msg, Error, TypeError) gives codes.ERR_X.TypeError.
//
// Classes are made the first time a code is used, so loading this module stays
// cheap: the tables only fill two Maps.
//
// Errors made here carry a Node-shaped `stack`: QuickJS's `.stack` holds only the
// frames, so the "Name [CODE]: message" line is put in front of them here
// (see setStackHeader). Under V8 (tools/builtin-under-node.js) the engine's
// own first line is replaced instead.

const kIsNodeError = Symbol('kIsNodeError');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

const ErrorToString = Error.prototype.toString;
const captureStackTrace = typeof Error.captureStackTrace === 'function' ?
  Error.captureStackTrace : undefined;

// ---------------------------------------------------------------------------
// Lazily loaded helpers (never at module top: they may require this module).

// Used only if no inspect module can be loaded (very early start-up).
const minimalInspect = {
  inspect(value) {
    if (typeof value === 'string') return `'${value}'`;
    if (typeof value === 'function') return `[Function: ${value.name || '(anonymous)'}]`;
    if (typeof value === 'bigint') return `${value}n`;
    if (value !== null && typeof value === 'object') {
      try {
        return JSON.stringify(value);
      } catch {
        return '[object]';
      }
    }
    return Object.is(value, -0) ? '-0' : String(value);
  },
};

let inspectModule;
function lazyInspectModule() {
  if (inspectModule === undefined) {
    for (const id of ['internal/util/inspect', 'util']) {
      try {
        const mod = require(id);
        if (typeof mod.inspect === 'function') {
          inspectModule = mod;
          break;
        }
      } catch {
        // Try the next one.
      }
    }
    if (inspectModule === undefined) return minimalInspect;
  }
  return inspectModule;
}

function inspect(value, options) {
  return lazyInspectModule().inspect(value, options);
}

function lazyBuffer() {
  return typeof Buffer === 'function' ? Buffer : require('buffer').Buffer;
}

// ---------------------------------------------------------------------------
// Stacks

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

const kKeepLimit = Symbol('kKeepLimit');

// The stack is captured again after the constructor has set the message, so the
// engine's first capture (inside super()) is wasted work: switch it off.
function pauseStackTraces() {
  if (captureStackTrace === undefined) return kKeepLimit;
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0; // Throws (strict mode) when not writable.
  } catch {
    return kKeepLimit;
  }
  return limit;
}

function resumeStackTraces(limit) {
  if (limit !== kKeepLimit) Error.stackTraceLimit = limit;
}

// QuickJS's stack is only the frames ("    at f (file:1:2)\n…").
function isFramesOnly(stack) {
  return stack.startsWith('    at ');
}

function frameLines(stack) {
  // QuickJS ends its frame list with a newline; V8 does not.
  return '\n' + (stack[stack.length - 1] === '\n' ? stack.slice(0, -1) : stack);
}

function plainHeader(err) {
  try {
    return ErrorToString.call(err);
  } catch {
    return undefined;
  }
}

// Make err.stack start with `header`, followed by the frames the engine recorded.
// A stack made by a user's Error.prepareStackTrace is left alone.
function setStackHeader(err, header) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  let frames;
  if (stack === '') {
    frames = '';
  } else if (isFramesOnly(stack)) {
    frames = frameLines(stack);
  } else {
    if (stack.startsWith(header) &&
        (stack.length === header.length || stack[header.length] === '\n')) return;
    const plain = plainHeader(err);
    if (plain === undefined || !stack.startsWith(plain) ||
        (stack.length !== plain.length && stack[plain.length] !== '\n')) return;
    frames = stack.slice(plain.length);
  }
  try {
    err.stack = header + frames;
  } catch {
    // A frozen error keeps what it has.
  }
}

function headerOf(err) {
  if (err !== null && typeof err === 'object' && kIsNodeError in err)
    return `${err.name} [${err.code}]: ${err.message}`;
  return plainHeader(err);
}

// Record err's stack from the caller of `fn` (fn's own frame and everything it
// called are dropped) and give it its first line.
function captureWithHeader(err, fn, header) {
  if (captureStackTrace !== undefined) captureStackTrace(err, fn);
  if (header !== undefined) setStackHeader(err, header);
}

// Re-record an already made error's stack from the caller of `fn` (used when an
// error is made inside a helper whose frame should not show). Returns err.
function trimStack(err, fn) {
  if (captureStackTrace === undefined || err === null || typeof err !== 'object' ||
      !Error.stackTraceLimit) return err;
  let hadHeader = true;
  try {
    const old = err.stack;
    hadHeader = typeof old === 'string' && old !== '' && !isFramesOnly(old);
  } catch {
    // Keep the default.
  }
  captureStackTrace(err, fn);
  if (hadHeader) {
    const header = headerOf(err);
    if (header !== undefined) setStackHeader(err, header);
  }
  return err;
}

// Node's hideStackFrames(): errors thrown by `fn` get a stack that starts at the
// caller of the returned function. `withoutStackTrace` calls fn directly.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      throw trimStack(error, wrappedFn);
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// ---------------------------------------------------------------------------
// Message formatting

// 'A', 'A or B', 'A, B, or C' (no Intl.ListFormat here).
function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}

// '1234567890' -> '1_234_567_890' (integers only).
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function shorten(str) {
  return str.length > 28 ? `${str.slice(0, 25)}...` : str;
}

// How "Received …" describes a value in argument errors.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object': {
      const ctor = value.constructor;
      if (ctor && 'name' in ctor) return `an instance of ${ctor.name}`;
      return inspect(value, { depth: -1 });
    }
    case 'string': {
      const str = shorten(value);
      return str.includes("'") ? `type string (${JSON.stringify(str)})` : `type string ('${str}')`;
    }
    default:
      return `type ${type} (${shorten(inspect(value, { colors: false }))})`;
  }
}

function inspectWithNoCustomRetry(obj, options) {
  try {
    return inspect(obj, options);
  } catch {
    return inspect(obj, { ...options, customInspect: false });
  }
}

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function formatOne(spec, arg) {
  switch (spec) {
    case 's':
      switch (typeof arg) {
        case 'string': return arg;
        case 'number': return formatNumber(arg);
        case 'bigint': return `${arg}n`;
        case 'object':
        case 'function':
          if (arg !== null) {
            const mod = lazyInspectModule();
            if (typeof mod.format === 'function') return mod.format('%s', arg);
            return inspect(arg, { depth: 0, colors: false, compact: 3 });
          }
          return 'null';
        default: return String(arg);
      }
    case 'd':
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(Number(arg));
    case 'i':
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(parseInt(arg));
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(parseFloat(arg));
    case 'j':
      try {
        return JSON.stringify(arg);
      } catch {
        return '[Circular]';
      }
    default: // 'o', 'O'
      return inspect(arg);
  }
}

// util.format for the message templates: %s %d %i %f %j %o %O and %%.
function formatMessage(template, args) {
  let out = '';
  let last = 0;
  let next = 0;
  let i = template.indexOf('%');
  while (i !== -1 && i < template.length - 1) {
    const spec = template[i + 1];
    if (spec === '%') {
      out += template.slice(last, i) + '%';
      last = i + 2;
    } else if (next < args.length && (spec === 's' || spec === 'd' || spec === 'i' ||
               spec === 'f' || spec === 'j' || spec === 'o' || spec === 'O')) {
      out += template.slice(last, i) + formatOne(spec, args[next++]);
      last = i + 2;
    } else {
      i++;
      i = template.indexOf('%', i);
      continue;
    }
    i = template.indexOf('%', last);
  }
  out += template.slice(last);
  while (next < args.length) {
    const arg = args[next++];
    out += ' ' + (typeof arg === 'string' ? arg : inspect(arg));
  }
  return out;
}

// ---------------------------------------------------------------------------
// The code table and the classes made from it

const messages = new Map(); // code -> string template or message function
const bases = new Map(); // code -> [Base, ...variant bases]
const classCache = { __proto__: null }; // code -> class, made on first use

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return Reflect.apply(msg, self, args);
  if (args.length === 0) return msg;
  return formatMessage(msg, args);
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    code = key;

    constructor(...args) {
      const limit = pauseStackTraces();
      super();
      resumeStackTraces(limit);
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: getMessage(key, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      captureWithHeader(this, new.target, `${this.name} [${key}]: ${this.message}`);
    }

    // Node reports the base class: err.constructor === TypeError.
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  // Node's validators use codes.X.HideStackFramesError; stacks are trimmed by
  // hideStackFrames/trimStack here, so it is the same class.
  NodeError.HideStackFramesError = NodeError;
  return NodeError;
}

// SystemError: a libuv failure with its own code; err.info holds the context.
// context: { code, syscall, message, errno, path?, dest? }
class SystemError extends Error {
  constructor(key, context) {
    const limit = pauseStackTraces();
    super();
    resumeStackTraces(limit);
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: {
        __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
      },
      name: {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
      },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set: (value) => { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set: (value) => { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        __proto__: null,
        get() { return context.path != null ? context.path.toString() : context.path; },
        set: (value) => {
          context.path = value ? lazyBuffer().from(value.toString()) : undefined;
        },
        enumerable: true,
        configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        __proto__: null,
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set: (value) => {
          context.dest = value ? lazyBuffer().from(value.toString()) : undefined;
        },
        enumerable: true,
        configurable: true,
      });
    }
    captureWithHeader(this, new.target, `SystemError [${key}]: ${message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

function buildClass(key) {
  const def = bases.get(key);
  const Base = Array.isArray(def) ? def[0] : def;
  const ErrClass = Base === SystemError ?
    makeSystemErrorWithCode(key) : makeNodeErrorWithCode(Base, key);
  if (Array.isArray(def)) {
    for (let i = 1; i < def.length; i++) ErrClass[def[i].name] = makeNodeErrorWithCode(def[i], key);
  }
  classCache[key] = ErrClass;
  return ErrClass;
}

// Register a code: E(code, message template or function, Base, ...variant bases).
// (Called ~300 times at load: keep it to two Map stores.)
function E(sym, val, def, variant1, variant2) {
  messages.set(sym, val);
  if (variant1 === undefined) bases.set(sym, def);
  else bases.set(sym, variant2 === undefined ? [def, variant1] : [def, variant1, variant2]);
  if (classCache[sym] !== undefined) {
    delete classCache[sym];
    delete codesTarget[sym];
  }
}

function isCode(key) {
  return typeof key === 'string' && bases.has(key);
}

// `codes.ERR_X` makes the class on first use; otherwise an ordinary object.
const codesTarget = {};
const codes = new Proxy(codesTarget, {
  get(target, key, receiver) {
    if (Object.prototype.hasOwnProperty.call(target, key)) return target[key];
    if (isCode(key)) return realize(target, key);
    return Reflect.get(target, key, receiver);
  },
  has(target, key) {
    return isCode(key) || Reflect.has(target, key);
  },
  getOwnPropertyDescriptor(target, key) {
    if (!Object.prototype.hasOwnProperty.call(target, key) && isCode(key)) realize(target, key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
  ownKeys(target) {
    const keys = [...bases.keys()];
    for (const key of Reflect.ownKeys(target)) if (!bases.has(key)) keys.push(key);
    return keys;
  },
  deleteProperty(target, key) {
    if (typeof key === 'string') {
      bases.delete(key);
      messages.delete(key);
    }
    return Reflect.deleteProperty(target, key);
  },
});

function realize(target, key) {
  const cls = classCache[key] || buildClass(key);
  Object.defineProperty(target, key, {
    __proto__: null, value: cls, writable: true, enumerable: true, configurable: true,
  });
  return cls;
}

// ---------------------------------------------------------------------------
// System errors from native code. Native code reports failures as negative
// errno numbers (libuv's, Linux values).

let errmap;
function lazyErrmap() {
  if (errmap !== undefined) return errmap;
  // [errno, code, libuv's description]
  const table = [
    [-7, 'E2BIG', 'argument list too long'],
    [-13, 'EACCES', 'permission denied'],
    [-98, 'EADDRINUSE', 'address already in use'],
    [-99, 'EADDRNOTAVAIL', 'address not available'],
    [-97, 'EAFNOSUPPORT', 'address family not supported'],
    [-11, 'EAGAIN', 'resource temporarily unavailable'],
    [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
    [-3001, 'EAI_AGAIN', 'temporary failure'],
    [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
    [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
    [-3003, 'EAI_CANCELED', 'request canceled'],
    [-3004, 'EAI_FAIL', 'permanent failure'],
    [-3005, 'EAI_FAMILY', 'ai_family not supported'],
    [-3006, 'EAI_MEMORY', 'out of memory'],
    [-3007, 'EAI_NODATA', 'no address'],
    [-3008, 'EAI_NONAME', 'unknown node or service'],
    [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
    [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
    [-3010, 'EAI_SERVICE', 'service not available for socket type'],
    [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
    [-114, 'EALREADY', 'connection already in progress'],
    [-9, 'EBADF', 'bad file descriptor'],
    [-16, 'EBUSY', 'resource busy or locked'],
    [-125, 'ECANCELED', 'operation canceled'],
    [-4080, 'ECHARSET', 'invalid Unicode character'],
    [-103, 'ECONNABORTED', 'software caused connection abort'],
    [-111, 'ECONNREFUSED', 'connection refused'],
    [-104, 'ECONNRESET', 'connection reset by peer'],
    [-89, 'EDESTADDRREQ', 'destination address required'],
    [-17, 'EEXIST', 'file already exists'],
    [-14, 'EFAULT', 'bad address in system call argument'],
    [-27, 'EFBIG', 'file too large'],
    [-113, 'EHOSTUNREACH', 'host is unreachable'],
    [-4, 'EINTR', 'interrupted system call'],
    [-22, 'EINVAL', 'invalid argument'],
    [-5, 'EIO', 'i/o error'],
    [-106, 'EISCONN', 'socket is already connected'],
    [-21, 'EISDIR', 'illegal operation on a directory'],
    [-40, 'ELOOP', 'too many symbolic links encountered'],
    [-24, 'EMFILE', 'too many open files'],
    [-90, 'EMSGSIZE', 'message too long'],
    [-36, 'ENAMETOOLONG', 'name too long'],
    [-100, 'ENETDOWN', 'network is down'],
    [-101, 'ENETUNREACH', 'network is unreachable'],
    [-23, 'ENFILE', 'file table overflow'],
    [-105, 'ENOBUFS', 'no buffer space available'],
    [-19, 'ENODEV', 'no such device'],
    [-2, 'ENOENT', 'no such file or directory'],
    [-12, 'ENOMEM', 'not enough memory'],
    [-64, 'ENONET', 'machine is not on the network'],
    [-92, 'ENOPROTOOPT', 'protocol not available'],
    [-28, 'ENOSPC', 'no space left on device'],
    [-38, 'ENOSYS', 'function not implemented'],
    [-107, 'ENOTCONN', 'socket is not connected'],
    [-20, 'ENOTDIR', 'not a directory'],
    [-39, 'ENOTEMPTY', 'directory not empty'],
    [-88, 'ENOTSOCK', 'socket operation on non-socket'],
    [-95, 'ENOTSUP', 'operation not supported on socket'],
    [-75, 'EOVERFLOW', 'value too large for defined data type'],
    [-1, 'EPERM', 'operation not permitted'],
    [-32, 'EPIPE', 'broken pipe'],
    [-71, 'EPROTO', 'protocol error'],
    [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
    [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
    [-34, 'ERANGE', 'result too large'],
    [-30, 'EROFS', 'read-only file system'],
    [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
    [-29, 'ESPIPE', 'invalid seek'],
    [-3, 'ESRCH', 'no such process'],
    [-110, 'ETIMEDOUT', 'connection timed out'],
    [-26, 'ETXTBSY', 'text file is busy'],
    [-18, 'EXDEV', 'cross-device link not permitted'],
    [-4094, 'UNKNOWN', 'unknown error'],
    [-4095, 'EOF', 'end of file'],
    [-6, 'ENXIO', 'no such device or address'],
    [-31, 'EMLINK', 'too many links'],
    [-112, 'EHOSTDOWN', 'host is down'],
    [-121, 'EREMOTEIO', 'remote I/O error'],
    [-25, 'ENOTTY', 'inappropriate ioctl for device'],
    [-4028, 'EFTYPE', 'inappropriate file type or format'],
    [-84, 'EILSEQ', 'illegal byte sequence'],
    [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
    [-61, 'ENODATA', 'no data available'],
    [-49, 'EUNATCH', 'protocol driver not attached'],
  ];
  errmap = new Map();
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    errmap.set(row[0], [row[1], row[2]]);
  }
  return errmap;
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// errno -> [code, description], or undefined.
function uvErrmapGet(errno) {
  return lazyErrmap().get(errno);
}

// A fresh Map errno -> [code, description] (util.getSystemErrorMap()).
function getSystemErrorMap() {
  const map = new Map();
  for (const { 0: errno, 1: entry } of lazyErrmap()) map.set(errno, [entry[0], entry[1]]);
  return map;
}

function validateErrno(err) {
  if (typeof err !== 'number') throw trimStack(new codes.ERR_INVALID_ARG_TYPE('err', 'number', err), validateErrno);
  if (err >= 0 || !Number.isSafeInteger(err))
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

// util.getSystemErrorName(): -2 -> 'ENOENT'.
function getSystemErrorName(err) {
  validateErrno(err);
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// util.getSystemErrorMessage(): -2 -> 'no such file or directory'.
function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = uvErrmapGet(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

// errno for a code name ('ENOENT' -> -2), or undefined.
function uvErrnoFromCode(code) {
  for (const { 0: errno, 1: entry } of lazyErrmap()) if (entry[0] === code) return errno;
  return undefined;
}

// When set, the exception helpers below record the stack from this function's
// caller instead of from the class constructor's.
let excludedStackFn;

// fs-style error. ctx: { errno, syscall, path?, dest?, message?, ...more }
// -> Error "ENOENT: no such file or directory, open '/x'" with errno, code,
// syscall, path, dest (and any other ctx keys).
class UVException extends Error {
  constructor(ctx) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    const limit = pauseStackTraces();
    super(message);
    resumeStackTraces(limit);
    this.errno = ctx.errno;
    this.code = code;
    this.syscall = ctx.syscall;
    if (path) this.path = path;
    if (dest) this.dest = dest;
    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest' || prop === 'code' ||
          prop === 'errno' || prop === 'syscall') continue;
      this[prop] = ctx[prop];
    }
    captureWithHeader(this, excludedStackFn || new.target, plainHeader(this));
  }

  get ['constructor']() {
    return Error;
  }
}

function uvException(ctx) {
  const prev = excludedStackFn;
  excludedStackFn = prev || uvException;
  try {
    return new UVException(ctx);
  } finally {
    excludedStackFn = prev;
  }
}

// Network error with the libuv description:
// "connect ECONNREFUSED: connection refused 127.0.0.1:80".
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(err) || uvUnmappedError;
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    const limit = pauseStackTraces();
    super(`${syscall} ${code}: ${uvmsg}${details}`);
    resumeStackTraces(limit);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
    captureWithHeader(this, excludedStackFn || new.target, plainHeader(this));
  }

  get ['constructor']() {
    return Error;
  }
}

function uvExceptionWithHostPort(err, syscall, address, port) {
  const prev = excludedStackFn;
  excludedStackFn = prev || uvExceptionWithHostPort;
  try {
    return new UVExceptionWithHostPort(err, syscall, address, port);
  } finally {
    excludedStackFn = prev;
  }
}

// "write EPIPE" (with `original`: "write EPIPE original").
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    const limit = pauseStackTraces();
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    resumeStackTraces(limit);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    captureWithHeader(this, excludedStackFn || new.target, plainHeader(this));
  }

  get ['constructor']() {
    return Error;
  }
}

function errnoException(err, syscall, original) {
  const prev = excludedStackFn;
  excludedStackFn = prev || errnoException;
  try {
    return new ErrnoException(err, syscall, original);
  } finally {
    excludedStackFn = prev;
  }
}

// "connect ECONNREFUSED 127.0.0.1:80" (with `additional`: "... - Local (addr)").
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    const limit = pauseStackTraces();
    super(`${syscall} ${code}${details}`);
    resumeStackTraces(limit);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
    captureWithHeader(this, excludedStackFn || new.target, plainHeader(this));
  }

  get ['constructor']() {
    return Error;
  }
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const prev = excludedStackFn;
  excludedStackFn = prev || exceptionWithHostPort;
  try {
    return new ExceptionWithHostPort(err, syscall, address, port, additional);
  } finally {
    excludedStackFn = prev;
  }
}

const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

// "getaddrinfo ENOTFOUND example.invalid". `code` is a libuv errno number or a
// c-ares code string ('ENOTFOUND', 'ESERVFAIL', …).
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      // Not a real errno name, but what Node has always reported.
      if (code === UV_EAI_NODATA || code === UV_EAI_NONAME) code = 'ENOTFOUND';
      else code = (uvErrmapGet(code) || [`Unknown system error ${code}`])[0];
    }
    const limit = pauseStackTraces();
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    resumeStackTraces(limit);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
    captureWithHeader(this, excludedStackFn || new.target, plainHeader(this));
  }

  get ['constructor']() {
    return Error;
  }
}

function dnsException(code, syscall, hostname) {
  const prev = excludedStackFn;
  excludedStackFn = prev || dnsException;
  try {
    return new DNSException(code, syscall, hostname);
  } finally {
    excludedStackFn = prev;
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
    captureWithHeader(this, new.target, plainHeader(this));
  }

  get ['constructor']() {
    return Error;
  }
}

// ---------------------------------------------------------------------------
// Other errors

// Node's AbortError (not a DOMException): name 'AbortError', code 'ABORT_ERR'.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object')
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const limit = pauseStackTraces();
    super(message, options);
    resumeStackTraces(limit);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
    captureWithHeader(this, new.target, plainHeader(this));
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
    captureWithHeader(this, new.target, plainHeader(this));
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Combine two errors into an AggregateError (streams' destroy paths).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    captureWithHeader(err, aggregateTwoErrors, plainHeader(err));
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// A plain Error with extra properties (e.g. warnings: { name, emitter, … }).
function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  captureWithHeader(err, genericNodeError, plainHeader(err));
  return err;
}

// require()'s error: "Cannot find module 'x'\nRequire stack:\n- /a.js".
function moduleNotFoundError(request, requireStack = []) {
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  captureWithHeader(err, moduleNotFoundError, plainHeader(err));
  return err;
}

// require() of a package whose "main" does not exist.
// filename: the resolved main; pkgJsonPath: the package.json; requestPath: the request.
function moduleMainNotFoundError(filename, pkgJsonPath, requestPath) {
  const err = new Error(`Cannot find module '${filename}'. ` +
    'Please verify that the package.json has a valid "main" entry');
  err.code = 'MODULE_NOT_FOUND';
  err.path = pkgJsonPath;
  err.requestPath = requestPath;
  captureWithHeader(err, moduleMainNotFoundError, plainHeader(err));
  return err;
}

let maxStackErrorName;
let maxStackErrorMessage;
function isStackOverflowError(err) {
  if (maxStackErrorMessage === undefined) {
    try {
      function overflowStack() { overflowStack(); }
      overflowStack();
    } catch (e) {
      maxStackErrorMessage = e.message;
      maxStackErrorName = e.name;
    }
  }
  return err && err.name === maxStackErrorName && err.message === maxStackErrorMessage;
}

// For the fatal-exception printer: lets an error (e.g. an unhandled 'error'
// event) rewrite its stack before printing.
const fatalExceptionStackEnhancers = {
  beforeInspector(error) {
    if (typeof error[kEnhanceStackBeforeInspector] !== 'function') return error.stack;
    try {
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // Printing the plain stack is good enough.
    }
    return error.stack;
  },
  afterInspector(error) {
    const originalStack = error.stack;
    try {
      const mod = lazyInspectModule();
      const depth = mod.inspect.defaultOptions ? mod.inspect.defaultOptions.depth : 2;
      return mod.inspect(error, { customInspect: false, depth: Math.max(depth, 5) });
    } catch {
      return originalStack;
    }
  },
};

module.exports = {
  AbortError,
  aggregateTwoErrors,
  codes,
  ConnResetException,
  DNSException,
  determineSpecificType,
  dnsException,
  E,
  ErrnoException,
  errnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  fatalExceptionStackEnhancers,
  formatList,
  addNumericalSeparator,
  genericNodeError,
  getMessage,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  moduleMainNotFoundError,
  moduleNotFoundError,
  NodeAggregateError,
  setStackHeader,
  SystemError,
  trimStack,
  uvErrmapGet,
  uvErrnoFromCode,
  UVException,
  uvException,
  UVExceptionWithHostPort,
  uvExceptionWithHostPort,
};

// ---------------------------------------------------------------------------
// Codes whose message is computed. Default parameters do not count towards a
// function's length, which is how optional arguments are marked.

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` :
  'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
  }
  return msg;
}, Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js ' +
    'internals.\nPlease open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  name = String(name);
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `; // 'first argument'
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // With classes allowed, a plain object is spelled "an instance of Object".
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
    else msg += `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = String(name).includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => (field !== undefined ?
  `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`), TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid` +
  (invalidIndex !== -1 ? ` at ${invalidIndex}` : ''), TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
  `${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const rel = relError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the ` +
      `package config ${pkgPath}package.json${from}${rel}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} ` +
    `defined for '${key}' in the package config ${pkgPath}package.json${from}${rel}`;
}, Error);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook ` +
  `but got ${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook ` +
  `but got ${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`, TypeError, RangeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL'; // The input is not part of the message.
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  return `The URL must be ${expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`}`;
}, TypeError);
E('ERR_MISSING_ARGS', (...args) => {
  const names = args.map((a) => (Array.isArray(a) ?
    a.map((x) => `"${x}"`).join(' or ') : `"${a}"`));
  return `The ${formatList(names)} argument${args.length > 1 ? 's' : ''} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) {
    Object.defineProperty(this, 'url', {
      __proto__: null, value: `${exactUrl}`, writable: true, enumerable: true, configurable: true,
    });
  }
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_NOT_IMPLEMENTED', (what) => `${what} is not implemented in rode yet`, Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ? '. To specify a positional argument starting with a ' +
    `'-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', function(filename, parentFilename) {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use ' +
    'import() instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
}, Error);

function basename(p) {
  const s = String(p).replace(/\/+$/, '');
  return s.slice(s.lastIndexOf('/') + 1);
}

E('ERR_REQUIRE_ESM', function(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} ` +
    'not supported.';
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is ` +
        'available in all CommonJS modules.';
    }
    return msg;
  }
  const name = parentPath && basename(filename) === basename(parentPath) ?
    filename : basename(filename);
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${name} in ${parentPath} to a dynamic ` +
      'import() which is available in all CommonJS modules.';
  }
  return `${msg}\n${name} is treated as an ES module file as it is a .js file whose nearest ` +
    'parent package.json contains "type": "module" which declares all .js files in that ' +
    `package scope as ES modules.\nInstead either rename ${name} to end in .cjs, change ` +
    'the requiring code to use dynamic import() which is available in all CommonJS ' +
    'modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES ` +
    'modules instead).\n';
}, Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. ` +
  `Received ${determineSpecificType(port)}.`, RangeError);
E('ERR_STRING_TOO_LONG', (max = 0x1fffffe8) =>
  `Cannot create a string longer than 0x${max.toString(16)} characters`, Error);
E('ERR_TEST_FAILURE', function(error, failureType) {
  let msg = error?.message ?? error;
  if (typeof msg !== 'string') msg = inspectWithNoCustomRetry(msg);
  this.failureType = failureType;
  this.cause = error;
  return msg;
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) =>
  `ALPN callback returned a value (${value}) that did not match any of the client's ` +
  `offered protocols (${protocols.join(', ')})`, TypeError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) =>
  (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`), Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  Object.defineProperty(this, 'url', {
    __proto__: null, value: exactUrl, writable: true, enumerable: true, configurable: true,
  });
  return `Directory import '${path}' is not supported resolving ES modules imported ` +
    `from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) =>
  `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
  `ESM loader. Received protocol '${url.protocol}'`, Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${errors.join(', ')}`, Error);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path ' +
  "starting with './' or '../'." +
  (String(filename).startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (String(filename).startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`, TypeError);

// ---------------------------------------------------------------------------
// Codes with a fixed message or a util.format template.

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_CONTEXT_NOT_AVAILABLE', 'Buffer is not available for the current Context', Error);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED',
  'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError);
E('ERR_CRYPTO_INVALID_COUNTER', 'Invalid counter', TypeError);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError);
E('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_INVALID_TAG_LENGTH', 'Invalid taglength', RangeError);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_OPERATION_FAILED', 'Operation failed', Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error);
E('ERR_DEBUGGER_ERROR', '%s', Error);
E('ERR_DEBUGGER_STARTUP_ERROR', '%s', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION',
  'Deserialize main function is already configured.', Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_ERROR', '%s', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND',
  'Cannot specify additional headers after response initiated', Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS',
  'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER',
  '"%s" is an invalid pseudoheader or is used incorrectly', TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK',
  'Maximum number of pending settings acknowledgements', Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION',
  'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS',
  'No stream ID is available because maximum stream ID has been reached', Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101',
  'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS',
  'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY',
  'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header", Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING',
  'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  'Import attribute "%s" with value "%s" is not supported', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INSPECTOR_ALREADY_ACTIVATED',
  'Inspector is already activated. Close it with inspector.close() before activating it again.', Error);
E('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error);
E('ERR_INSPECTOR_CLOSED', 'Session was closed', Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error);
E('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_LOADER_CHAIN_INCOMPLETE',
  '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error);
E('ERR_MANIFEST_DEPENDENCY_MISSING',
  'Manifest resource %s does not list %s as a dependency specifier for conditions: %s', Error);
E('ERR_MANIFEST_INTEGRITY_MISMATCH',
  'Manifest resource %s has multiple entries but integrity lists do not match', SyntaxError);
E('ERR_MANIFEST_INVALID_RESOURCE_FIELD',
  'Manifest resource %s has invalid property value for %s', TypeError);
E('ERR_MANIFEST_INVALID_SPECIFIER',
  'Manifest resource %s has invalid dependency mapping %s', TypeError);
E('ERR_MANIFEST_TDZ', 'Manifest initialization has not yet run', Error);
E('ERR_MANIFEST_UNKNOWN_ONERROR', 'Manifest specified unknown error behavior "%s".', SyntaxError);
E('ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS',
  'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
  'start offset of %s should be a multiple of %s', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError);
E('ERR_NETWORK_IMPORT_BAD_RESPONSE', "import '%s' received a bad response: %s", Error);
E('ERR_NETWORK_IMPORT_DISALLOWED', "import of '%s' by %s is not supported: %s", Error);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
  'Operation cannot be invoked when not in a single-executable application', Error);
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
  'Cannot find asset %s for the single executable application', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SRI_PARSE',
  'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_METHOD', 'Unknown method: %s', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE',
  'At least one valid performance entry type is required', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated', Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_MESSAGING_ERRORED',
  'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
