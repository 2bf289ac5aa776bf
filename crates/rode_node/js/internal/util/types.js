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
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const weakMapHas = uncurryThis(WeakMap.prototype.has);
const weakSetHas = uncurryThis(WeakSet.prototype.has);
const dateGetTime = uncurryThis(Date.prototype.getTime);
const regExpSource = getterOf(RegExp.prototype, 'source');
const RegExpPrototype = RegExp.prototype;
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigintValueOf = uncurryThis(BigInt.prototype.valueOf);
const symbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const ArrayBufferIsView = ArrayBuffer.isView;
const ErrorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;
const objectToString = uncurryThis(Object.prototype.toString);

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Returns a predicate that is true when `probe(value)` does not throw.
function brandCheck(probe) {
  return function(value) {
    if (typeof value !== 'object' || value === null) return false;
    try {
      probe(value);
      return true;
    } catch {
      return false;
    }
  };
}

const isMap = brandCheck(mapSize);
const isSet = brandCheck(setSize);
const isWeakMap = brandCheck((v) => weakMapHas(v, isMap));
const isWeakSet = brandCheck((v) => weakSetHas(v, isMap));
const isDate = brandCheck(dateGetTime);
const isArrayBuffer = brandCheck(arrayBufferByteLength);
const isSharedArrayBuffer = sharedArrayBufferByteLength === undefined ?
  () => false : brandCheck(sharedArrayBufferByteLength);
const isDataView = brandCheck(dataViewBuffer);
const isNumberObject = brandCheck(numberValueOf);
const isStringObject = brandCheck(stringValueOf);
const isBooleanObject = brandCheck(booleanValueOf);
const isBigIntObject = brandCheck(bigintValueOf);
const isSymbolObject = brandCheck(symbolValueOf);

function isRegExp(value) {
  // The `source` getter accepts RegExp.prototype itself (an ordinary object).
  if (typeof value !== 'object' || value === null || value === RegExpPrototype) return false;
  try {
    regExpSource(value);
    return true;
  } catch {
    return false;
  }
}

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

// There are no V8 externals here.
function isExternal() {
  return false;
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
