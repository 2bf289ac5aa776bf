'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.
// internal/validators — argument checks that throw exactly Node's errors.
//
// Each validator returns nothing (validatePort and parseFileMode return the
// value) and throws ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE / … on bad input.
// Thrown errors get a stack that starts at the validator's caller, as Node's do.
// The checks run on every call of most APIs: the passing path does no more
// than the type tests.


function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                         max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'number', value), validateInteger);
  if (!Number.isInteger(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, 'an integer', value), validateInteger);
  if (value < min || value > max)
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value), validateInteger);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'number', value), validateInt32);
  if (!Number.isInteger(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, 'an integer', value), validateInt32);
  if (value < min || value > max)
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value), validateInt32);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'number', value), validateUint32);
  if (!Number.isInteger(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, 'an integer', value), validateUint32);
  const min = positive ? 1 : 0;
  if (value < min || value > 4294967295)
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, `>= ${min} && <= 4294967295`, value), validateUint32);
}

function validateString(value, name) {
  if (typeof value !== 'string')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'string', value), validateString);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'number', value), validateNumber);
  const hasMin = min != null;
  const hasMax = max != null;
  if ((hasMin && value < min) || (hasMax && value > max) ||
      ((hasMin || hasMax) && value !== value)) {
    let range = hasMin ? `>= ${min}` : '';
    if (hasMin && hasMax) range += ' && ';
    if (hasMax) range += `<= ${max}`;
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, range, value), validateNumber);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(name, value, `must be one of: ${allowed}`),
                    validateOneOf);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'boolean', value), validateBoolean);
}

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable |
  kValidateObjectAllowArray | kValidateObjectAllowFunction;

// options: a number made of the kValidateObject* flags (Node 20.12+), or the
// older object form { allowArray, allowFunction, nullable }.
function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (typeof options !== 'number') {
    flags = kValidateObjectNone;
    if (options != null) {
      if (options.nullable) flags |= kValidateObjectAllowNullable;
      if (options.allowArray) flags |= kValidateObjectAllowArray;
      if (options.allowFunction) flags |= kValidateObjectAllowFunction;
    }
  }
  const type = typeof value;
  if (flags === kValidateObjectNone) {
    if (type === 'object' && value !== null && !Array.isArray(value)) return;
  } else if (!(value === null && (flags & kValidateObjectAllowNullable) === 0) &&
             !((flags & kValidateObjectAllowArray) === 0 && Array.isArray(value)) &&
             (type === 'object' ||
              (type === 'function' && (flags & kValidateObjectAllowFunction) !== 0))) {
    return;
  }
  throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value), validateObject);
}

// Web IDL dictionary: undefined, null or any object (functions included).
function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'a dictionary', value), validateDictionary);
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Array', value), validateArray);
  if (value.length < minLength) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(name, value, `must be longer than ${minLength}`),
                    validateArray);
  }
}

function validateStringArray(value, name) {
  if (!Array.isArray(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Array', value), validateStringArray);
  for (let i = 0; i < value.length; ++i) {
    if (typeof value[i] !== 'string') {
      throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(`${name}[${i}]`, 'string', value[i]),
                      validateStringArray);
    }
  }
}

function validateBooleanArray(value, name) {
  if (!Array.isArray(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Array', value), validateBooleanArray);
  for (let i = 0; i < value.length; ++i) {
    if (value[i] !== true && value[i] !== false) {
      throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(`${name}[${i}]`, 'boolean', value[i]),
                      validateBooleanArray);
    }
  }
}

function isAbortSignalLike(signal) {
  return signal !== null && typeof signal === 'object' && 'aborted' in signal;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && !isAbortSignalLike(signal))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal), validateAbortSignal);
}

function validateAbortSignalArray(value, name) {
  if (!Array.isArray(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Array', value), validateAbortSignalArray);
  for (let i = 0; i < value.length; i++) {
    if (!isAbortSignalLike(value[i])) {
      throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(`${name}[${i}]`, 'AbortSignal', value[i]),
                      validateAbortSignalArray);
    }
  }
}

// Linux signal numbers (os.constants.signals).
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19,
  SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function validateSignalName(signal, name = 'signal') {
  if (typeof signal !== 'string')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'string', signal), validateSignalName);
  if (signals[signal] === undefined) {
    const hint = signals[signal.toUpperCase()] !== undefined ?
      ' (signals must use all capital letters)' : '';
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_UNKNOWN_SIGNAL)(signal + hint), validateSignalName);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer),
                    validateBuffer);
  }
}

// Hex data must have an even length.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.length === 3 &&
      encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('encoding', encoding,
                                              `is invalid for data of length ${data.length}`),
                    validateEncoding);
  }
}

// A port number or numeric string in 0..65535 (1..65535 without allowZero).
// Returns it as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_SOCKET_BAD_PORT)(name, port, allowZero), validatePort);
  }
  return port | 0;
}

function validateFunction(value, name) {
  if (typeof value !== 'function')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Function', value), validateFunction);
}

function isAsyncFunction(fn) {
  return Object.prototype.toString.call(fn) === '[object AsyncFunction]';
}

// A function that is not an async function.
function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || isAsyncFunction(value))
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Function', value), validatePlainFunction);
}

function validateUndefined(value, name) {
  if (value !== undefined)
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'undefined', value), validateUndefined);
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, `('${union.join('|')}')`, value),
                    validateUnion);
  }
}

// The object must be an object with its own `fieldKey` (brand checks).
function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null ||
      !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('this', className, object), validateInternalField);
  }
}

// RFC 8288 Link header value: <uri> followed by ;-separated params.
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const linkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    if (!linkValueRegExp.test(hints))
      throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('hints', hints, linkFormat), validateLinkHeaderValue);
    return hints;
  }
  if (Array.isArray(hints)) {
    let result = '';
    for (let i = 0; i < hints.length; i++) {
      const link = hints[i];
      if (typeof link === 'undefined' || !linkValueRegExp.test(link)) {
        throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('hints', link, linkFormat),
                        validateLinkHeaderValue);
      }
      result += link;
      if (i !== hints.length - 1) result += ', ';
    }
    return result;
  }
  throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('hints', hints, linkFormat), validateLinkHeaderValue);
}

// false for undefined and NaN, true for finite numbers; throws for other types
// and for infinities.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number')
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'number', number), validateFiniteNumber);
  throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, 'a finite number', number), validateFiniteNumber);
}

// `def` for undefined/NaN, the number when lower <= number <= upper, else throws.
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number),
                    checkRangesOrGetDefault);
  }
  return number;
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A file mode: a uint32 or an octal string ('755'); `def` when value is nullish.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value))
      throw require('internal/errors').trimStack(new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(name, value, modeDesc), parseFileMode);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};

// Node's validators are hideStackFrames() wrappers with a `withoutStackTrace`
// twin; callers written against that shape keep working.
for (const key of Object.keys(module.exports)) {
  const fn = module.exports[key];
  if (typeof fn === 'function') fn.withoutStackTrace = fn;
}
