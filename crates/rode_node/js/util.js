'use strict';
// node:util — Node 20's public util module.
//
// inspect/format live in internal/util/inspect, the type checks in internal/util/types,
// deep equality in internal/util/comparisons. This file holds the rest: promisify,
// callbackify, inherits, deprecate, debuglog, styleText, parseArgs, parseEnv, MIMEType.
// parseArgs and the MIME classes are built on first use (as Node loads them lazily),
// so requiring util stays cheap.

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const errors = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUnion,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const {
  ERR_FALSY_VALUE_REJECTION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_MIME_SYNTAX,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = errors.codes;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const objectToString = (value) => Object.prototype.toString.call(value);

// ---------------------------------------------------------------------------
// The legacy type checks. Node 20 keeps them without runtime deprecation warnings
// (they are documentation-only deprecations there).

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return objectToString(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

let bufferIsBuffer;
function isBuffer(value) {
  if (bufferIsBuffer === undefined) {
    let B = globalThis.Buffer;
    if (typeof B !== 'function') {
      try {
        B = require('buffer').Buffer;
      } catch {
        B = undefined;
      }
    }
    bufferIsBuffer = B && typeof B.isBuffer === 'function' ? B.isBuffer : null;
  }
  if (bufferIsBuffer === null) return false;
  return bufferIsBuffer(value);
}

// Whether a stream should get ANSI escapes (FORCE_COLOR wins): internal/tty decides.
function shouldColorize(stream) {
  return require('internal/tty').shouldColorize(stream);
}

// The stream shapes styleText accepts (Node's internal/streams/utils checks).
function isNodeStream(obj) {
  return !!(obj && (
    obj._readableState ||
    obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isWebReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}

function isWebWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function');
}

function sgr(code) {
  return `\u001b[${code}m`;
}

function styleFormatCodes(key) {
  const codes = inspect.colors[key];
  if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
  return codes;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isWebReadableStream(stream) && !isWebWritableStream(stream) &&
      !isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (Array.isArray(format)) {
    // Node 20 applies a list of formats without looking at the stream's colour support.
    let open = '';
    let close = '';
    for (const key of format) {
      const codes = styleFormatCodes(key);
      open += sgr(codes[0]);
      close = sgr(codes[1]) + close;
    }
    return open + text + close;
  }
  const codes = styleFormatCodes(format);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return sgr(codes[0]) + text + sgr(codes[1]);
}

// ---------------------------------------------------------------------------
// util.log (timestamped console.log).

const kMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
  'Nov', 'Dec'];

function pad2(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${kMonths[d.getMonth()]} ${time}`;
}

function log(...args) {
  globalThis.console.log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------
// inherits, _extend

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Copies every own property descriptor of `from` onto `to` (name, length, statics).
function copyOwnProperties(to, from) {
  const descriptors = Object.getOwnPropertyDescriptors(from);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(to, descriptors);
}

// ---------------------------------------------------------------------------
// callbackify

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error" to the callback: wrap it.
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace(err, callbackifyOnRejected);
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const last = args.pop();
    validateFunction(last, 'last argument');
    const cb = last.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(cb, null, value),
      (reason) => process.nextTick(callbackifyOnRejected, reason, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// promisify

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
// Other built-ins (fs.read, dns.lookup, child_process.exec) set this to the names of
// their callback's result values; the promise then resolves with an object of them.
const kCustomPromisifyArgs = Symbol.for('rode.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisified]) {
    const custom = original[kCustomPromisified];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisified, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgs];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}

promisify.custom = kCustomPromisified;

// ---------------------------------------------------------------------------
// deprecate

// Codes already warned about: each code warns once per process.
const warnedCodes = new Set();

// `useEmitSync` (Node's internal flag for warnings that must not wait a tick) is accepted
// and ignored.
function deprecate(fn, msg, code, useEmitSync) { // eslint-disable-line no-unused-vars
  if (code !== undefined) validateString(code, 'code');
  let warned = false;

  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          warnedCodes.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep fn's prototype chain, and make `new fn()` an instance of the wrapper.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// debuglog: NODE_DEBUG is a comma-separated list of section names, `*` a wildcard,
// matched case-insensitively. Node reads it once before user code runs; rode reads it
// when util is first loaded.

const debugEnvValue = process.env.NODE_DEBUG;
let debugEnvRegExp;

function testDebugEnabled(section) {
  if (!debugEnvValue) return false;
  if (debugEnvRegExp === undefined) {
    const alternatives = debugEnvValue.split(',').map((pattern) =>
      pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
    debugEnvRegExp = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
  }
  return debugEnvRegExp.test(section);
}

const debugImpls = { __proto__: null };
const noop = () => {};

function debugImplFor(section, enabled) {
  let impl = debugImpls[section];
  if (impl !== undefined) return impl;
  if (!enabled) {
    impl = noop;
  } else {
    const pid = process.pid;
    if (section === 'HTTP' || section === 'HTTP2') {
      process.emitWarning('Setting the NODE_DEBUG environment variable to ' +
        `'${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens ` +
        'and authentication headers) in the resulting log.');
    }
    impl = function debug(...args) {
      const colors = shouldColorize(process.stderr);
      const msg = formatWithOptions({ colors }, ...args);
      process.stderr.write(`${section} ${inspect(pid, { colors })}: ${msg}\n`);
    };
  }
  debugImpls[section] = impl;
  return impl;
}

function debuglog(set, cb) {
  let enabled;
  let initialized = false;
  function init() {
    if (initialized) return;
    initialized = true;
    set = String.prototype.toUpperCase.call(set);
    enabled = testDebugEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debugImplFor(set, enabled);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// System errors

function getSystemErrorName(err) {
  return errors.getSystemErrorName(err);
}

function getSystemErrorMap() {
  return errors.getSystemErrorMap();
}

function _errnoException(...args) {
  return errors.errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return errors.exceptionWithHostPort(...args);
}

// ---------------------------------------------------------------------------
// parseEnv: the .env format of `node --env-file`.

function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 32) start++;
  while (end > start && s.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// Orders strings as their UTF-8 bytes compare (code point order).
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (U+D800–DFFF, part of a code point above U+FFFF) sorts after U+E000–FFFF.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys && (x >= 0xe000 || y >= 0xe000)) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

// Node's parser (src/node_dotenv.cc in Node 20) behaves as follows, quirks included:
// keys run up to the next '=' (across newlines) and are trimmed of spaces only; an empty
// key ends parsing; a key made only of spaces reads as the character before it (a newline);
// values are trimmed of spaces, cut at '#' unless quoted; in double-quoted values a
// backslash-n becomes a newline; an unclosed quote keeps the rest of its line, or drops the
// pair on the last line.
// The result lists keys in byte order, as Node's std::map does.
function parseEnv(content) {
  validateString(content, 'content');
  const pairs = new Map();
  const text = trimSpaces(content.includes('\r') ? content.replace(/\r/g, '') : content);
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    const first = text[pos];
    if (first === '\n' || first === '#') {
      // An empty line or a comment (a comment on the last line falls through).
      const nl = text.indexOf('\n', pos);
      if (nl !== -1) {
        pos = nl + 1;
        continue;
      }
    }
    const eq = text.indexOf('=', pos);
    if (eq === -1) break;
    let key = trimSpaces(text.slice(pos, eq));
    if (key === '' && eq > pos && pos > 0) key = text[pos - 1];
    pos = eq + 1;
    while (pos < len && text.charCodeAt(pos) === 32) pos++;
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (pos >= len) {
      pairs.set(key, '');
      break;
    }
    const quote = text[pos];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const close = text.indexOf(quote, pos + 1);
      if (close !== -1) {
        let value = text.slice(pos + 1, close);
        if (quote === '"') value = value.replace(/\\n/g, '\n');
        pairs.set(key, value);
        const nl = text.indexOf('\n', close + 1);
        pos = nl === -1 ? len : (quote === '"' ? nl + 1 : nl);
      } else {
        const nl = text.indexOf('\n', pos);
        if (nl !== -1) {
          pairs.set(key, text.slice(pos, nl));
          pos = nl;
        }
      }
    } else {
      const nl = text.indexOf('\n', pos);
      let value = nl === -1 ? text.slice(pos) : text.slice(pos, nl);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      pairs.set(key, trimSpaces(value));
      pos = nl === -1 ? len : nl;
    }
  }
  const store = {};
  for (const key of [...pairs.keys()].sort(compareCodePoints)) store[key] = pairs.get(key);
  return store;
}

// ---------------------------------------------------------------------------
// toUSVString: lone surrogates become U+FFFD.

function toWellFormed(s) {
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD');
}

// ---------------------------------------------------------------------------
// AbortSignal helpers

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  // Node holds `resource` weakly and drops the listener once it is collected; here the
  // listener simply stays until the signal aborts.
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && typeof value.aborted === 'boolean' &&
    typeof value.addEventListener === 'function';
}

// Without worker threads a signal needs no extra work to be "transferable".
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new globalThis.AbortController();
}

// ---------------------------------------------------------------------------
// parseArgs

function createParseArgs() {
  function ownValue(obj, key) {
    if (hasOwn(obj, key)) return obj[key];
    return undefined;
  }

  function optionSetting(options, name, setting) {
    if (hasOwn(options, name)) return ownValue(options[name], setting);
    return undefined;
  }

  // The long name configured with `short: letter`, or the letter itself.
  function longNameFor(letter, options) {
    for (const name of Object.keys(options)) {
      if (ownValue(options[name], 'short') === letter) return name;
    }
    return letter;
  }

  function isStringOption(options, name) {
    return optionSetting(options, name, 'type') === 'string';
  }

  function mainArgs() {
    const execArgv = process.execArgv || [];
    if (execArgv.includes('-e') || execArgv.includes('--eval') ||
        execArgv.includes('-p') || execArgv.includes('--print')) {
      return process.argv.slice(1);
    }
    return process.argv.slice(2);
  }

  function tokenize(args, options) {
    const tokens = [];
    const queue = args.slice();
    let index = -1;
    let pendingGroup = 0; // entries of an expanded short group still in `queue`
    while (queue.length > 0) {
      const arg = queue.shift();
      const next = queue[0];
      if (pendingGroup > 0) pendingGroup--;
      else index++;

      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
        break;
      }

      const len = arg.length;
      const dash0 = arg[0] === '-';
      const dash1 = arg[1] === '-';

      if (len === 2 && dash0 && !dash1) {
        // -f, maybe followed by its value
        const letter = arg[1];
        const name = longNameFor(letter, options);
        let value;
        let inlineValue;
        if (isStringOption(options, name) && next != null) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }

      if (len > 2 && dash0 && !dash1) {
        const first = longNameFor(arg[1], options);
        if (!isStringOption(options, first)) {
          // -abc is -a -b -c; a string option in the middle takes the rest: -abfVALUE.
          const expanded = [];
          for (let i = 1; i < len; i++) {
            const letter = arg[i];
            if (!isStringOption(options, longNameFor(letter, options)) || i === len - 1) {
              expanded.push(`-${letter}`);
            } else {
              expanded.push(`-${arg.slice(i)}`);
              break;
            }
          }
          queue.unshift(...expanded);
          pendingGroup = expanded.length;
          continue;
        }
        // -fVALUE
        tokens.push({
          kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2),
          inlineValue: true,
        });
        continue;
      }

      if (len > 2 && dash0 && dash1) {
        const eq = arg.indexOf('=', 3);
        if (eq === -1) {
          // --foo, maybe followed by its value
          const name = arg.slice(2);
          let value;
          let inlineValue;
          if (isStringOption(options, name) && next != null) {
            value = queue.shift();
            inlineValue = false;
          }
          tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
          if (value != null) ++index;
          continue;
        }
        // --foo=value (split at the first '=', even when it is the third character)
        const firstEq = arg.indexOf('=');
        const name = arg.slice(2, firstEq);
        tokens.push({
          kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(firstEq + 1),
          inlineValue: true,
        });
        continue;
      }

      tokens.push({ kind: 'positional', index, value: arg });
    }
    return tokens;
  }

  function checkUsage(config, token) {
    let name = token.name;
    if (!hasOwn(config.options, name)) {
      if (config.allowNegative && name.startsWith('no-')) {
        name = name.slice(3);
        if (!hasOwn(config.options, name) ||
            optionSetting(config.options, name, 'type') !== 'boolean') {
          throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
        }
      } else {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    }
    const short = optionSetting(config.options, name, 'short');
    const spelled = `${short ? `-${short}, ` : ''}--${name}`;
    const type = optionSetting(config.options, name, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled} <value>' argument missing`);
    }
    if (type === 'boolean' && token.value != null) {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled}' does not take an argument`);
    }
  }

  function checkAmbiguousValue(token) {
    const value = token.value;
    if (token.inlineValue || value == null || !(value.length > 1 && value[0] === '-')) return;
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }

  function store(token, options, values, allowNegative) {
    let name = token.name;
    let value = token.value;
    if (name === '__proto__') return;
    if (allowNegative && value === undefined && name.startsWith('no-')) {
      name = name.slice(3);
      token.name = name;
      value = false;
    }
    const stored = value ?? true;
    if (optionSetting(options, name, 'multiple')) {
      if (values[name]) values[name].push(stored);
      else values[name] = [stored];
    } else {
      values[name] = stored;
    }
  }

  function validateConfig(options) {
    for (const name of Object.keys(options)) {
      const config = options[name];
      validateObject(config, `options.${name}`);
      const type = ownValue(config, 'type');
      validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
      if (hasOwn(config, 'short')) {
        const short = config.short;
        validateString(short, `options.${name}.short`);
        if (short.length !== 1) {
          throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short,
            'must be a single character');
        }
      }
      const multiple = ownValue(config, 'multiple');
      if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
      const defaultValue = ownValue(config, 'default');
      if (defaultValue !== undefined) {
        const label = `options.${name}.default`;
        if (type === 'string') {
          if (multiple) validateStringArray(defaultValue, label);
          else validateString(defaultValue, label);
        } else if (multiple) {
          validateBooleanArray(defaultValue, label);
        } else {
          validateBoolean(defaultValue, label);
        }
      }
    }
  }

  return function parseArgs(config = {}) {
    const args = ownValue(config, 'args') ?? mainArgs();
    const strict = ownValue(config, 'strict') ?? true;
    const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
    const returnTokens = ownValue(config, 'tokens') ?? false;
    const allowNegative = ownValue(config, 'allowNegative') ?? false;
    const options = ownValue(config, 'options') ?? { __proto__: null };
    const parseConfig = { args, strict, options, allowPositionals, allowNegative };

    validateArray(args, 'args');
    validateBoolean(strict, 'strict');
    validateBoolean(allowPositionals, 'allowPositionals');
    validateBoolean(returnTokens, 'tokens');
    validateBoolean(allowNegative, 'allowNegative');
    validateObject(options, 'options');
    validateConfig(options);

    const tokens = tokenize(args, options);
    const result = { values: { __proto__: null }, positionals: [] };
    if (returnTokens) result.tokens = tokens;
    for (const token of tokens) {
      if (token.kind === 'option') {
        if (strict) {
          checkUsage(parseConfig, token);
          checkAmbiguousValue(token);
        }
        store(token, options, result.values, allowNegative);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
        result.positionals.push(token.value);
      }
    }
    for (const name of Object.keys(options)) {
      const defaultValue = ownValue(options[name], 'default');
      if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
        result.values[name] = defaultValue;
      }
    }
    return result;
  };
}

// ---------------------------------------------------------------------------
// MIMEType / MIMEParams (WHATWG MIME type parsing, with Node's quirks).

function createMIME() {
  // HTTP token code points: ! # $ % & ' * + - . ^ _ ` | ~ and ASCII alphanumerics.
  const tokenChars = new Uint8Array(128);
  for (const c of '!#$%&\'*+-.^_`|~') tokenChars[c.charCodeAt(0)] = 1;
  for (let c = 48; c <= 57; c++) tokenChars[c] = 1;
  for (let c = 65; c <= 90; c++) tokenChars[c] = 1;
  for (let c = 97; c <= 122; c++) tokenChars[c] = 1;

  // Index of the first code unit that is not an HTTP token code point, or -1.
  function invalidTokenIndex(s) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128 || tokenChars[c] === 0) return i;
    }
    return -1;
  }

  // Index of the first code unit not allowed in an HTTP quoted string, or -1.
  function invalidQuotedIndex(s) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!(c === 9 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return i;
    }
    return -1;
  }

  function isHttpWhitespace(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r';
  }

  function skipWhitespace(s, i) {
    while (i < s.length && isHttpWhitespace(s[i])) i++;
    return i;
  }

  // Length of `s` without its trailing HTTP whitespace.
  function trimmedEnd(s) {
    let end = s.length;
    while (end > 0 && isHttpWhitespace(s[end - 1])) end--;
    return end;
  }

  function asciiLower(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    }
    return out;
  }

  function serializeValue(value) {
    if (value.length === 0) return '""';
    if (invalidTokenIndex(value) === -1) return value;
    let out = '"';
    for (let i = 0; i < value.length; i++) {
      const c = value[i];
      out += c === '"' || c === '\\' ? `\\${c}` : c;
    }
    return `${out}"`;
  }

  // Reads a quoted value starting just after the opening quote; returns
  // [value, charactersConsumed]. A backslash escapes the next code unit; a lone
  // backslash at the very end is kept.
  function readQuoted(s, start) {
    let value = '';
    let i = start;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') return [value, i + 1 - start];
      if (c === '\\') {
        if (i + 1 < s.length) {
          value += s[i + 1];
          i += 2;
          continue;
        }
        value += '\\';
        i++;
        continue;
      }
      value += c;
      i++;
    }
    return [value, i - start];
  }

  function parseParameters(s, map) {
    const end = trimmedEnd(s);
    let pos = 0;
    while (pos < end) {
      pos = skipWhitespace(s, pos);
      let nameEnd = pos;
      while (nameEnd < s.length && s[nameEnd] !== ';' && s[nameEnd] !== '=') nameEnd++;
      const name = asciiLower(s.slice(pos, nameEnd));
      pos = nameEnd;
      if (pos < end) {
        const c = s[pos];
        pos++;
        if (c === ';') continue;
      }
      if (pos >= end) break;
      let value;
      if (s[pos] === '"') {
        const read = readQuoted(s, pos + 1);
        value = read[0];
        pos += 1 + read[1];
      } else {
        let valueEnd = s.indexOf(';', pos);
        if (valueEnd === -1) valueEnd = s.length;
        const raw = s.slice(pos, valueEnd);
        pos = valueEnd;
        value = raw.slice(0, trimmedEnd(raw));
        if (value === '') continue;
      }
      if (name !== '' && invalidTokenIndex(name) === -1 && invalidQuotedIndex(value) === -1 &&
          !map.has(name)) {
        map.set(name, value);
      }
      pos++;
    }
  }

  // [type, subtype, index where the parameters start]
  function parseTypeAndSubtype(str) {
    const start = skipWhitespace(str, 0);
    const slash = str.indexOf('/', start);
    const rawType = slash === -1 ? str.slice(start) : str.slice(start, slash);
    const badType = invalidTokenIndex(rawType);
    if (rawType === '' || badType !== -1 || slash === -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', str, badType);
    }
    const semicolon = str.indexOf(';', slash + 1);
    const rawSubtype = semicolon === -1 ? str.slice(slash + 1) : str.slice(slash + 1, semicolon);
    const paramsStart = semicolon === -1 ? str.length : semicolon + 1;
    const subtype = rawSubtype.slice(0, trimmedEnd(rawSubtype));
    const badSubtype = invalidTokenIndex(subtype);
    if (subtype === '' || badSubtype !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSubtype);
    }
    return [asciiLower(rawType), asciiLower(subtype), paramsStart];
  }

  let makeParams;

  class MIMEParams {
    #map = new Map();
    #source = null; // unparsed parameter text, parsed on first use

    static {
      makeParams = (source) => {
        const params = new MIMEParams();
        params.#source = source;
        return params;
      };
    }

    #data() {
      if (this.#source !== null) {
        const source = this.#source;
        this.#source = null;
        parseParameters(source, this.#map);
      }
      return this.#map;
    }

    delete(name) {
      this.#data().delete(name);
    }

    get(name) {
      const map = this.#data();
      return map.has(name) ? map.get(name) : null;
    }

    has(name) {
      return this.#data().has(name);
    }

    set(name, value) {
      const map = this.#data();
      name = `${name}`;
      value = `${value}`;
      const badName = invalidTokenIndex(name);
      if (name.length === 0 || badName !== -1) {
        throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
      }
      const badValue = invalidQuotedIndex(value);
      if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
      map.set(name, value);
    }

    *entries() {
      yield* this.#data().entries();
    }

    *keys() {
      yield* this.#data().keys();
    }

    *values() {
      yield* this.#data().values();
    }

    toString() {
      let out = '';
      for (const { 0: key, 1: value } of this.#data()) {
        if (out.length) out += ';';
        out += `${key}=${serializeValue(value)}`;
      }
      return out;
    }
  }

  const paramsToString = MIMEParams.prototype.toString;
  Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    __proto__: null, configurable: true, writable: true, value: MIMEParams.prototype.entries,
  });
  Object.defineProperty(MIMEParams.prototype, 'toJSON', {
    __proto__: null, configurable: true, writable: true, value: paramsToString,
  });

  class MIMEType {
    #type;
    #subtype;
    #params;

    constructor(string) {
      string = `${string}`;
      const parsed = parseTypeAndSubtype(string);
      this.#type = parsed[0];
      this.#subtype = parsed[1];
      this.#params = makeParams(string.slice(parsed[2]));
    }

    get type() {
      return this.#type;
    }

    set type(v) {
      v = `${v}`;
      const bad = invalidTokenIndex(v);
      if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, bad);
      this.#type = asciiLower(v);
    }

    get subtype() {
      return this.#subtype;
    }

    set subtype(v) {
      v = `${v}`;
      const bad = invalidTokenIndex(v);
      if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, bad);
      this.#subtype = asciiLower(v);
    }

    get essence() {
      return `${this.#type}/${this.#subtype}`;
    }

    get params() {
      return this.#params;
    }

    toString() {
      const params = paramsToString.call(this.#params);
      return `${this.#type}/${this.#subtype}${params.length ? `;${params}` : ''}`;
    }
  }

  Object.defineProperty(MIMEType.prototype, 'toJSON', {
    __proto__: null, configurable: true, writable: true, value: MIMEType.prototype.toString,
  });

  return { MIMEType, MIMEParams };
}

// ---------------------------------------------------------------------------
// Exports, in Node's order.

let deepStrictEqual;
let abortHelpers;
function lazyAbortHelpers() {
  abortHelpers ??= { aborted, transferableAbortSignal, transferableAbortController };
  return abortHelpers;
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    deepStrictEqual ??= require('internal/util/comparisons').isDeepStrictEqual;
    return deepStrictEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return toWellFormed(`${input}`);
  },
  get transferableAbortSignal() {
    return lazyAbortHelpers().transferableAbortSignal;
  },
  get transferableAbortController() {
    return lazyAbortHelpers().transferableAbortController;
  },
  get aborted() {
    return lazyAbortHelpers().aborted;
  },
  types,
  parseEnv,
};

// Accessors that build the value on first read and then turn into a plain data
// property, as Node's lazily loaded util exports do.
function defineLazy(target, keys, load) {
  let loaded;
  for (const key of keys) {
    let value;
    const set = {
      [`set ${key}`](v) {
        Object.defineProperty(target, key, { __proto__: null, writable: true, value: v });
      },
    }[`set ${key}`];
    const get = {
      [`get ${key}`]() {
        loaded ??= load();
        if (value === undefined) {
          value = loaded[key];
          set(value);
        }
        return value;
      },
    }[`get ${key}`];
    Object.defineProperty(target, key, {
      __proto__: null, configurable: true, enumerable: true, get, set,
    });
  }
}

defineLazy(module.exports, ['parseArgs'], () => ({ parseArgs: createParseArgs() }));
defineLazy(module.exports, ['TextDecoder', 'TextEncoder'], () => require('internal/encoding'));
defineLazy(module.exports, ['MIMEType', 'MIMEParams'], createMIME);
