'use strict';
// Deep equality as Node's assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual define it.
//
// Loose mode compares primitives with == (NaN equals NaN) and ignores prototypes
// and symbol keys. Strict mode compares primitives with Object.is, and requires the
// same prototype, the same type tag and the same enumerable own symbol keys.
// Only own enumerable properties count, plus the internal state of built-in types:
// Date time, RegExp source/flags/lastIndex, typed array and ArrayBuffer bytes,
// Map/Set entries, boxed primitive values and (non-enumerable) error fields.

const types = require('internal/util/types');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isNativeError,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
} = types;
const isKeyObject = typeof types.isKeyObject === 'function' ? types.isKeyObject : () => false;
const isCryptoKey = typeof types.isCryptoKey === 'function' ? types.isCryptoKey : () => false;

const objectToString = Object.prototype.toString;
const hasOwn = Object.hasOwn;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const getPrototypeOf = Object.getPrototypeOf;
const objectKeys = Object.keys;
const ownSymbols = Object.getOwnPropertySymbols;
const isArray = Array.isArray;
const dateGetTime = Date.prototype.getTime;
const typedArrayTag = Object.getOwnPropertyDescriptor(
  getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;

// How objEquiv walks the values besides their keys.
const PLAIN = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

// True for a string that is an array index ('0' … '4294967294').
function isIndexKey(key) {
  const n = +key;
  return n >>> 0 === n && n !== 4294967295 && `${n}` === key;
}

// Own enumerable keys of an array or typed array that are not indices, plus (in
// strict mode) its own enumerable symbols. Index keys come first in key order, so
// the others are found by walking back from the end.
function nonIndexKeys(obj, strict) {
  const keys = objectKeys(obj);
  let first = keys.length;
  while (first > 0 && !isIndexKey(keys[first - 1])) first--;
  const result = first === 0 ? keys : keys.slice(first);
  if (strict) {
    const symbols = ownSymbols(obj);
    for (let i = 0; i < symbols.length; i++) {
      if (isEnumerable.call(obj, symbols[i])) result.push(symbols[i]);
    }
  }
  return result;
}

function regExpsAlike(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// Byte-wise equality of two regions, four bytes at a time when both are aligned.
function sameBytes(bufA, offA, bufB, offB, len) {
  let i = 0;
  if (len >= 32 && offA % 4 === 0 && offB % 4 === 0) {
    const words = len >>> 2;
    const a32 = new Uint32Array(bufA, offA, words);
    const b32 = new Uint32Array(bufB, offB, words);
    for (let w = 0; w < words; w++) {
      if (a32[w] !== b32[w]) return false;
    }
    i = words << 2;
  }
  if (i < len) {
    const a8 = new Uint8Array(bufA, offA, len);
    const b8 = new Uint8Array(bufB, offB, len);
    for (; i < len; i++) {
      if (a8[i] !== b8[i]) return false;
    }
  }
  return true;
}

function viewsAlike(a, b) {
  return a.byteLength === b.byteLength &&
    sameBytes(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

// Loose mode compares float arrays by value: 0 equals -0, NaN never equals NaN.
function floatArraysAlike(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function boxedAlike(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(numberValueOf.call(a), numberValueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && stringValueOf.call(a) === stringValueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && booleanValueOf.call(a) === booleanValueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && bigintValueOf.call(a) === bigintValueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && symbolValueOf.call(a) === symbolValueOf.call(b);
  }
  throw new Error(`Unknown boxed type ${a}`);
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// The same test Node uses to recognise a WHATWG URL.
function looksLikeURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined &&
                 value.path === undefined);
}

function hasSpecialType(value) {
  return isArray(value) || isArrayBufferView(value) || isSet(value) ||
    isMap(value) || isDate(value) || isRegExp(value) || isAnyArrayBuffer(value) ||
    isBoxedPrimitive(value) || isErrorLike(value);
}

// Error fields that are normally non-enumerable: when not enumerable on either
// side they are compared directly.
function errorFieldsAlike(a, b, strict, memos) {
  const messageEnum = isEnumerable.call(a, 'message');
  if (messageEnum !== isEnumerable.call(b, 'message') ||
      (!messageEnum && a.message !== b.message)) return false;
  const nameEnum = isEnumerable.call(a, 'name');
  if (nameEnum !== isEnumerable.call(b, 'name') ||
      (!nameEnum && a.name !== b.name)) return false;
  const causeEnum = isEnumerable.call(a, 'cause');
  if (causeEnum !== isEnumerable.call(b, 'cause') ||
      (!causeEnum && !innerDeepEqual(a.cause, b.cause, strict, memos))) return false;
  const errorsEnum = isEnumerable.call(a, 'errors');
  if (errorsEnum !== isEnumerable.call(b, 'errors') ||
      (!errorsEnum && !innerDeepEqual(a.errors, b.errors, strict, memos))) return false;
  return true;
}

let kKeyObject;
function cryptoKeysAlike(a, b, strict, memos) {
  if (!isCryptoKey(b) || a.extractable !== b.extractable ||
      !innerDeepEqual(a.algorithm, b.algorithm, strict, memos) ||
      !innerDeepEqual(a.usages, b.usages, strict, memos)) {
    return false;
  }
  if (kKeyObject === undefined) {
    try {
      kKeyObject = require('internal/crypto/util').kKeyObject;
    } catch {
      kKeyObject = null;
    }
  }
  return kKeyObject == null ||
    innerDeepEqual(a[kKeyObject], b[kKeyObject], strict, memos);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    // +0 and -0 are only equal in loose mode.
    return a !== 0 || Object.is(a, b) || !strict;
  }

  if (strict) {
    if (typeof a === 'number') return a !== a && b !== b;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null ||
        getPrototypeOf(a) !== getPrototypeOf(b)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (isArray(a)) {
    if (!isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, ARRAY, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, PLAIN);
  }
  if (isDate(a)) {
    if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !regExpsAlike(a, b)) return false;
  } else if (isArrayBufferView(a)) {
    if (typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!floatArraysAlike(a, b)) return false;
    } else if (!viewsAlike(a, b)) {
      return false;
    }
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, PLAIN, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, SET);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, MAP);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || a.byteLength !== b.byteLength ||
        !sameBytes(a, 0, b, 0, a.byteLength)) {
      return false;
    }
  } else if (isErrorLike(a)) {
    // The stack is left out: equal errors are usually created in different places.
    if (!isErrorLike(b) || !errorFieldsAlike(a, b, strict, memos)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!boxedAlike(a, b)) return false;
  } else if (hasSpecialType(b)) {
    return false;
  } else if (isKeyObject(a)) {
    if (!isKeyObject(b) || !a.equals(b)) return false;
  } else if (isCryptoKey(a)) {
    if (!cryptoKeysAlike(a, b, strict, memos)) return false;
  } else if (looksLikeURL(a)) {
    if (!looksLikeURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, PLAIN);
}

function countEnumerable(obj, keys) {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    if (isEnumerable.call(obj, keys[i])) n++;
  }
  return n;
}

// Compares the own keys of a and b, then their values (objEquiv), guarding
// against cycles. `keysA` is given for arrays and typed arrays (non-index keys).
function keyCheck(a, b, strict, memos, kind, keysA) {
  const arrayLike = keysA !== undefined;
  if (!arrayLike) keysA = objectKeys(a);

  for (let i = 0; i < keysA.length; i++) {
    if (!isEnumerable.call(b, keysA[i])) return false;
  }

  if (!arrayLike) {
    if (keysA.length !== objectKeys(b).length) return false;
    if (strict) {
      const symbolsA = ownSymbols(a);
      if (symbolsA.length !== 0) {
        let count = 0;
        for (let i = 0; i < symbolsA.length; i++) {
          const sym = symbolsA[i];
          if (isEnumerable.call(a, sym)) {
            if (!isEnumerable.call(b, sym)) return false;
            keysA.push(sym);
            count++;
          } else if (isEnumerable.call(b, sym)) {
            return false;
          }
        }
        // Like Node, the enumerable symbols of b are only counted when the two
        // objects have a different number of symbols.
        const symbolsB = ownSymbols(b);
        if (symbolsA.length !== symbolsB.length && countEnumerable(b, symbolsB) !== count) {
          return false;
        }
      } else {
        const symbolsB = ownSymbols(b);
        if (symbolsB.length !== 0 && countEnumerable(b, symbolsB) !== 0) return false;
      }
    }
  }

  if (keysA.length === 0 &&
      (kind === PLAIN || (kind === ARRAY && a.length === 0) || a.size === 0)) {
    return true;
  }

  if (memos === undefined) {
    memos = {
      set: undefined,
      a,
      b,
      c: undefined,
      d: undefined,
      deep: false,
      deleteFailures: false,
    };
    return objEquiv(a, b, strict, keysA, memos, kind);
  }

  if (memos.set === undefined) {
    // The first two levels are tracked without allocating a Set.
    if (memos.deep === false) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keysA, memos, kind);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }

  const set = memos.set;
  const size = set.size;
  set.add(a);
  set.add(b);
  if (size === set.size) return true; // both already on the path: a cycle

  const equal = objEquiv(a, b, strict, keysA, memos, kind);
  if (equal || memos.deleteFailures) {
    set.delete(a);
    set.delete(b);
  }
  return equal;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }

  if (kind === ARRAY) {
    const len = a.length;
    for (let i = 0; i < len; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining own keys the way Node does (continuing
        // from the same position in a's key list).
        const keysOfA = objectKeys(a);
        for (; i < keysOfA.length; i++) {
          const key = keysOfA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return keysOfA.length === objectKeys(b).length;
      }
    }
  } else if (kind === SET) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === MAP) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  return true;
}

// Finds and removes an element of `set` deep-equal to `value`.
function takeEqualElement(set, value, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  for (const candidate of set) {
    if (innerDeepEqual(candidate, value, strict, memos)) {
      set.delete(candidate);
      memos.deleteFailures = saved;
      return true;
    }
  }
  memos.deleteFailures = saved;
  return false;
}

// For a primitive missing from the other collection in loose mode: returns
// true/false when the answer is known from the type alone, otherwise the one
// primitive (null or undefined) that would be loosely equal to it.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Falls through: only strings that convert to a number can match.
    case 'number':
      if (prim !== prim) return false;
  }
  return true;
}

function setMayHaveLooseMatch(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMayHaveLooseMatch(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, itemB, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Values of a that b does not have as such; they need pairwise comparison.
  let pending = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (strict || !setMayHaveLooseMatch(a, b, value))) {
      return false;
    }
    if (pending === null) {
      if (b.size === 1) {
        return innerDeepEqual(value, b.values().next().value, strict, memos);
      }
      pending = new Set();
    }
    pending.add(value);
  }

  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!a.has(value) && !takeEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Finds and removes a key of `keys` (keys of map) deep-equal to key2 whose
// value is deep-equal to item2.
function takeEqualEntry(keys, map, key2, item2, strict, memos) {
  const saved = memos.deleteFailures;
  memos.deleteFailures = true;
  for (const key1 of keys) {
    if (innerDeepEqual(key1, key2, strict, memos) &&
        innerDeepEqual(map.get(key1), item2, strict, memos)) {
      keys.delete(key1);
      memos.deleteFailures = saved;
      return true;
    }
  }
  memos.deleteFailures = saved;
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const entry of a) {
    const key = entry[0];
    const item = entry[1];
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (b.size === 1) {
          const other = b.entries().next().value;
          return innerDeepEqual(key, other[0], strict, memos) &&
            innerDeepEqual(item, other[1], strict, memos);
        }
        pending = new Set();
      }
      pending.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(item, itemB, strict, memos)) {
        if (strict) return false;
        if (!mapMayHaveLooseMatch(a, b, key, item, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }

  if (pending === null) return true;
  for (const entry of b) {
    const key = entry[0];
    const item = entry[1];
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memos)) &&
               !takeEqualEntry(pending, a, key, item, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
