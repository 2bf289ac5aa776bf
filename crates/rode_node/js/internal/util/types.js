'use strict';

// util.types: brand checks that look at what a value really is, not at what it claims to be.
// Each check calls a built-in getter or method that only works on one kind of object
// (inside try/catch), so Symbol.toStringTag, prototype swaps and `instanceof` tricks
// cannot fool it. What plain JS cannot see is asked of internalBinding('util').

const binding = internalBinding('util');

const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const getterOf = (proto, name) => uncurryThis(Object.getOwnPropertyDescriptor(proto, name).get);

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const ArrayBufferIsView = ArrayBuffer.isView;
const ErrorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
const objectToString = uncurryThis(Object.prototype.toString);

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Returns a predicate that is true for objects of the engine class `name` (subclass
// instances included, proxies not), as V8's brand checks are. One native call: probing a
// getter and catching its TypeError costs an exception (with its stack) per miss.
function engineBrand(name) {
  return function(value) {
    return typeof value === 'object' && value !== null && binding.getConstructorName(value) === name;
  };
}

const isMap = engineBrand('Map');
const isSet = engineBrand('Set');
const isWeakMap = engineBrand('WeakMap');
const isWeakSet = engineBrand('WeakSet');
const isDate = engineBrand('Date');
const isArrayBuffer = engineBrand('ArrayBuffer');
const isSharedArrayBuffer = engineBrand('SharedArrayBuffer');
const isDataView = engineBrand('DataView');
const isNumberObject = engineBrand('Number');
const isStringObject = engineBrand('String');
const isBooleanObject = engineBrand('Boolean');
const isBigIntObject = engineBrand('BigInt');
const isSymbolObject = engineBrand('Symbol');
const isRegExp = engineBrand('RegExp');

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isArrayBufferView(value) {
  return ArrayBufferIsView(value);
}

function isTypedArray(value) {
  return typedArrayTag(value) !== undefined;
}

function isUint8Array(value) { return typedArrayTag(value) === 'Uint8Array'; }
function isUint8ClampedArray(value) { return typedArrayTag(value) === 'Uint8ClampedArray'; }
function isUint16Array(value) { return typedArrayTag(value) === 'Uint16Array'; }
function isUint32Array(value) { return typedArrayTag(value) === 'Uint32Array'; }
function isInt8Array(value) { return typedArrayTag(value) === 'Int8Array'; }
function isInt16Array(value) { return typedArrayTag(value) === 'Int16Array'; }
function isInt32Array(value) { return typedArrayTag(value) === 'Int32Array'; }
function isFloat32Array(value) { return typedArrayTag(value) === 'Float32Array'; }
function isFloat64Array(value) { return typedArrayTag(value) === 'Float64Array'; }
function isBigInt64Array(value) { return typedArrayTag(value) === 'BigInt64Array'; }
function isBigUint64Array(value) { return typedArrayTag(value) === 'BigUint64Array'; }

function isNativeError(value) {
  if (ErrorIsError !== undefined) return ErrorIsError(value);
  if (typeof binding.isNativeError === 'function') return binding.isNativeError(value);
  return isObjectLike(value) && objectToString(value) === '[object Error]';
}

// Kinds that only the engine knows: asked of the native binding.
function isPromise(value) { return isObjectLike(value) && binding.isPromise(value); }
function isProxy(value) { return isObjectLike(value) && binding.isProxy(value); }
function isArgumentsObject(value) {
  return typeof value === 'object' && value !== null && binding.isArgumentsObject(value);
}
function isModuleNamespaceObject(value) {
  return typeof value === 'object' && value !== null && binding.isModuleNamespaceObject(value);
}
function isAsyncFunction(value) {
  return typeof value === 'function' && binding.isAsyncFunction(value);
}
function isGeneratorFunction(value) {
  return typeof value === 'function' && binding.isGeneratorFunction(value);
}
function isGeneratorObject(value) {
  return typeof value === 'object' && value !== null && binding.isGeneratorObject(value);
}
function isMapIterator(value) {
  return typeof value === 'object' && value !== null && binding.isMapIterator(value);
}
function isSetIterator(value) {
  return typeof value === 'object' && value !== null && binding.isSetIterator(value);
}

// Node-API's externals (`napi_create_external`).
function isExternal(value) {
  return typeof value === 'object' && value !== null && binding.isExternal(value);
}

let cryptoModule;
function lazyCrypto() {
  if (cryptoModule === undefined) {
    try {
      cryptoModule = require('crypto');
    } catch {
      cryptoModule = null;
    }
  }
  return cryptoModule;
}

function isKeyObject(value) {
  if (!isObjectLike(value)) return false;
  const crypto = lazyCrypto();
  if (crypto === null || typeof crypto.KeyObject !== 'function') return false;
  try {
    return value instanceof crypto.KeyObject;
  } catch {
    return false;
  }
}

function isCryptoKey(value) {
  if (!isObjectLike(value)) return false;
  const CryptoKey = globalThis.CryptoKey;
  if (typeof CryptoKey !== 'function') return false;
  try {
    return value instanceof CryptoKey;
  } catch {
    return false;
  }
}

// Same key order as Node's util.types.
module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
};

Object.defineProperties(module.exports, {
  isKeyObject: { __proto__: null, configurable: false, enumerable: true, value: isKeyObject },
  isCryptoKey: { __proto__: null, configurable: false, enumerable: true, value: isCryptoKey },
});
