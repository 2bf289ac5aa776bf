'use strict';
// DOMException, per WebIDL, as Node 20 has it: an ordinary class whose prototype inherits
// from Error.prototype (so `instanceof Error` holds and util.inspect prints it as an error,
// but util.types.isNativeError() is false and structuredClone() copies it as a plain
// object). name, message and code are getters on the prototype; the legacy code constants
// are on both the constructor and the prototype.

// Internal state lives in a WeakMap, so the getters can tell a real DOMException apart.
const internals = new WeakMap();

// [name, legacy constant, code]. Names missing here (DOMStringSizeError, ...) have code 0,
// although their constants exist.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [undefined, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [undefined, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [undefined, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const nameToCode = new Map();

// Node throws this one by hand (not through internal/errors): its message reads
// 'Value of "this" must be of DOMException' and its toString() carries the code.
function throwInvalidThis() {
  const err = new TypeError();
  const key = 'ERR_INVALID_THIS';
  Object.defineProperties(err, {
    message: {
      __proto__: null,
      value: 'Value of "this" must be of DOMException',
      enumerable: false,
      writable: true,
      configurable: true,
    },
    toString: {
      __proto__: null,
      value() {
        return `${this.name} [${key}]: ${this.message}`;
      },
      enumerable: false,
      writable: true,
      configurable: true,
    },
  });
  err.code = key;
  Error.captureStackTrace(err, throwInvalidThis);
  throw err;
}

// `stack` starts as an accessor and becomes a data property when read or written: making
// the string ("Name: message" and the frames) costs more than the rest of the constructor,
// and most DOMExceptions (AbortSignal reasons) are never printed.
function setStack(value) {
  Object.defineProperty(this, 'stack', {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

function getStack() {
  const state = internals.get(this);
  if (state === undefined) return undefined;
  const { name, message } = state;
  let value = name === '' ? message : message === '' ? name : `${name}: ${message}`;
  const raw = state.stackError.stack;
  state.stackError = undefined;
  if (typeof raw === 'string') {
    const frames = raw.indexOf('\n    at ');
    if (frames !== -1) value += raw.slice(frames);
  }
  Reflect.apply(setStack, this, [value]);
  return value;
}

function stateOf(self) {
  const state = internals.get(self);
  if (state === undefined) throwInvalidThis();
  return state;
}

class DOMException {
  // options: the name, or { name, cause }.
  constructor(message = '', options = 'Error') {
    const hasOptions = options !== null && typeof options === 'object';
    const state = {
      message: `${message}`,
      name: `${hasOptions ? options.name : options}`,
      // Where the exception was made; its stack is formatted when first read.
      stackError: new Error(),
    };
    internals.set(this, state);
    Object.defineProperty(this, 'stack', {
      __proto__: null,
      get: getStack,
      set: setStack,
      enumerable: false,
      configurable: true,
    });
    if (hasOptions && 'cause' in options) {
      Object.defineProperty(this, 'cause', {
        __proto__: null,
        value: options.cause,
        configurable: true,
        writable: true,
        enumerable: false,
      });
    }
  }

  get name() {
    return stateOf(this).name;
  }

  get message() {
    return stateOf(this).message;
  }

  get code() {
    const code = nameToCode.get(stateOf(this).name);
    return code === undefined ? 0 : code;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (const [name, constant, code] of legacyCodes) {
  const desc = { __proto__: null, enumerable: true, value: code };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
  if (name !== undefined) nameToCode.set(name, code);
}

function isDOMException(value) {
  return value !== null && typeof value === 'object' && internals.has(value);
}

module.exports = {
  DOMException,
  isDOMException,
};
