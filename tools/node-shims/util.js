'use strict';
// Stand-in for rode's native internalBinding('util') when a built-in runs under real Node
// (see tools/builtin-under-node.js). Same contracts as crates/rode_node/src/util.rs.
//
// Exact results need Node's own internals: run node with --expose-internals. Without it the
// shim falls back to approximations (promise results, proxy targets/handlers and iterator
// previews cannot be read from user land, so they come out empty).
const types = require('util').types;

let internal;
{
  // internal/test/binding warns when loaded: keep that warning quiet.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    internal = require('internal/test/binding').internalBinding('util');
  } catch {
    internal = undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}

const kPending = 0;
const kFulfilled = 1;
const kRejected = 2;

// [state, result]: state 0 pending, 1 fulfilled, 2 rejected; result undefined while pending.
function getPromiseState(promise) {
  if (internal !== undefined) {
    const [state, result] = internal.getPromiseDetails(promise);
    const { kPending: p, kFulfilled: f } = internal.constants;
    return [state === p ? kPending : state === f ? kFulfilled : kRejected, result];
  }
  const text = require('util').inspect(promise, { depth: 0, customInspect: false });
  if (text.includes('<pending>')) return [kPending, undefined];
  if (text.includes('<rejected>')) return [kRejected, undefined];
  return [kFulfilled, undefined];
}

// undefined when `value` is not a proxy, else [target, handler] (both null once revoked).
function getProxyDetails(value) {
  if (internal !== undefined) return internal.getProxyDetails(value, true);
  if (!types.isProxy(value)) return undefined;
  return [{}, {}];
}

// Entries still to come from a Map/Set iterator (or all entries of a WeakMap/WeakSet)
// without advancing it. With `pair` true: [entries, isKeyValue]; else the flat entries.
// Key/value entries are flat: [k1, v1, k2, v2, ...].
function previewEntries(value, pair) {
  if (internal !== undefined) {
    return pair ? internal.previewEntries(value, true) : internal.previewEntries(value);
  }
  return pair ? [[], false] : [];
}

// Own keys (strings, then symbols) that are not array indices; only enumerable ones when
// `onlyEnumerable` is true.
function getOwnNonIndexProperties(obj, onlyEnumerable) {
  if (internal !== undefined) {
    const { ALL_PROPERTIES, ONLY_ENUMERABLE } = internal.constants;
    return internal.getOwnNonIndexProperties(obj, onlyEnumerable ? ONLY_ENUMERABLE : ALL_PROPERTIES);
  }
  return Reflect.ownKeys(obj).filter((key) => {
    if (typeof key === 'string') {
      const n = Number(key);
      if (String(n >>> 0) === key && n >>> 0 !== 0xffffffff) return false;
    }
    return !onlyEnumerable || Object.prototype.propertyIsEnumerable.call(obj, key);
  });
}

// The engine's class name for the object: what QuickJS records as the object's class
// (JS_GetClassID), not its constructor. 'Object' means an ordinary object with no internal
// slots (plain objects, class instances, module namespaces, proxies); inspect relies on
// that to skip brand checks. Emulated here from Node's own type checks.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function getConstructorName(obj) {
  if (types.isProxy(obj)) return 'Object';
  if (typeof obj === 'function') {
    if (types.isGeneratorFunction(obj)) {
      return types.isAsyncFunction(obj) ? 'AsyncGeneratorFunction' : 'GeneratorFunction';
    }
    return types.isAsyncFunction(obj) ? 'AsyncFunction' : 'Function';
  }
  const tag = typedArrayTag.call(obj);
  if (tag !== undefined) return tag;
  if (Array.isArray(obj)) return 'Array';
  if (types.isNativeError(obj)) return 'Error';
  if (types.isDate(obj)) return 'Date';
  if (types.isRegExp(obj)) return 'RegExp';
  if (types.isMap(obj)) return 'Map';
  if (types.isSet(obj)) return 'Set';
  if (types.isWeakMap(obj)) return 'WeakMap';
  if (types.isWeakSet(obj)) return 'WeakSet';
  if (types.isArrayBuffer(obj)) return 'ArrayBuffer';
  if (types.isSharedArrayBuffer(obj)) return 'SharedArrayBuffer';
  if (types.isDataView(obj)) return 'DataView';
  if (types.isPromise(obj)) return 'Promise';
  if (types.isNumberObject(obj)) return 'Number';
  if (types.isStringObject(obj)) return 'String';
  if (types.isBooleanObject(obj)) return 'Boolean';
  if (types.isSymbolObject(obj)) return 'Symbol';
  if (types.isBigIntObject(obj)) return 'BigInt';
  if (types.isArgumentsObject(obj)) return 'Arguments';
  if (types.isMapIterator(obj)) return 'Map Iterator';
  if (types.isSetIterator(obj)) return 'Set Iterator';
  if (types.isGeneratorObject(obj)) {
    return Object.prototype.toString.call(obj) === '[object AsyncGenerator]' ?
      'AsyncGenerator' : 'Generator';
  }
  if (obj instanceof WeakRef) return 'WeakRef';
  return 'Object';
}

// Plain brand checks on the engine's internal class, true/false for any value:
//   isModuleNamespaceObject, isArgumentsObject (mapped or unmapped), isProxy (also once
//   revoked), isPromise, isAsyncFunction (async functions, arrows, methods and async
//   generator functions), isGeneratorFunction (generator and async generator functions),
//   isGeneratorObject (generator and async generator objects), isMapIterator,
//   isSetIterator, and isNativeError (only used where Error.isError is missing).
module.exports = {
  getPromiseState,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getConstructorName,
  isModuleNamespaceObject: types.isModuleNamespaceObject,
  isArgumentsObject: types.isArgumentsObject,
  isProxy: types.isProxy,
  isPromise: types.isPromise,
  isAsyncFunction: types.isAsyncFunction,
  isGeneratorFunction: types.isGeneratorFunction,
  isGeneratorObject: types.isGeneratorObject,
  isMapIterator: types.isMapIterator,
  isSetIterator: types.isSetIterator,
  isNativeError: types.isNativeError,
};
