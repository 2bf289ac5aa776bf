'use strict';
// util.types: every check against values of every kind, including values that lie about
// what they are (Symbol.toStringTag, swapped prototypes, proxies).
const assert = require('assert');
const util = require('util');
const { types } = util;

const expectedNames = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
  'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray',
  'isUint8Array', 'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array',
  'isInt16Array', 'isInt32Array', 'isFloat32Array', 'isFloat64Array', 'isBigInt64Array',
  'isBigUint64Array', 'isKeyObject', 'isCryptoKey',
];
for (const name of expectedNames) {
  assert.strictEqual(typeof types[name], 'function', name);
}

function argumentsObject() {
  return arguments;
}

const buffer = new ArrayBuffer(8);
const samples = {
  date: new Date(),
  arguments: argumentsObject(1, 2),
  bigintObject: Object(1n),
  booleanObject: new Boolean(false),
  numberObject: new Number(0),
  stringObject: new String(''),
  symbolObject: Object(Symbol('s')),
  error: new TypeError('x'),
  regexp: /x/,
  asyncFunction: async function af() {},
  asyncArrow: async () => {},
  asyncMethod: { async m() {} }.m,
  generatorFunction: function* g() {},
  asyncGeneratorFunction: async function* ag() {},
  generatorObject: (function* g() {})(),
  asyncGeneratorObject: (async function* ag() {})(),
  promise: Promise.resolve(),
  map: new Map(),
  set: new Set(),
  mapIterator: new Map().entries(),
  mapKeys: new Map().keys(),
  setIterator: new Set().values(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  arrayBuffer: buffer,
  dataView: new DataView(buffer),
  sharedArrayBuffer: new SharedArrayBuffer(4),
  proxy: new Proxy({}, {}),
  uint8: new Uint8Array(buffer),
  uint8c: new Uint8ClampedArray(2),
  uint16: new Uint16Array(2),
  uint32: new Uint32Array(2),
  int8: new Int8Array(2),
  int16: new Int16Array(2),
  int32: new Int32Array(2),
  float32: new Float32Array(2),
  float64: new Float64Array(2),
  bigint64: new BigInt64Array(2),
  biguint64: new BigUint64Array(2),
  object: {},
  array: [],
  function: function plain() {},
  arrow: () => {},
  classCtor: class K {},
  boundAsync: (async function ba() {}).bind(null),
  nullProto: Object.create(null),
  arrayIterator: [][Symbol.iterator](),
};

// Which sample names each check accepts; every other sample must give false.
const truthTable = {
  isDate: ['date'],
  isArgumentsObject: ['arguments'],
  isBigIntObject: ['bigintObject'],
  isBooleanObject: ['booleanObject'],
  isNumberObject: ['numberObject'],
  isStringObject: ['stringObject'],
  isSymbolObject: ['symbolObject'],
  isBoxedPrimitive: ['bigintObject', 'booleanObject', 'numberObject', 'stringObject',
    'symbolObject'],
  isNativeError: ['error'],
  isRegExp: ['regexp'],
  isAsyncFunction: ['asyncFunction', 'asyncArrow', 'asyncMethod', 'asyncGeneratorFunction'],
  isGeneratorFunction: ['generatorFunction', 'asyncGeneratorFunction'],
  isGeneratorObject: ['generatorObject', 'asyncGeneratorObject'],
  isPromise: ['promise'],
  isMap: ['map'],
  isSet: ['set'],
  isMapIterator: ['mapIterator', 'mapKeys'],
  isSetIterator: ['setIterator'],
  isWeakMap: ['weakMap'],
  isWeakSet: ['weakSet'],
  isArrayBuffer: ['arrayBuffer'],
  isSharedArrayBuffer: ['sharedArrayBuffer'],
  isAnyArrayBuffer: ['arrayBuffer', 'sharedArrayBuffer'],
  isDataView: ['dataView'],
  isProxy: ['proxy'],
  isModuleNamespaceObject: [],
  isExternal: [],
  isKeyObject: [],
  isCryptoKey: [],
  isArrayBufferView: ['dataView', 'uint8', 'uint8c', 'uint16', 'uint32', 'int8', 'int16',
    'int32', 'float32', 'float64', 'bigint64', 'biguint64'],
  isTypedArray: ['uint8', 'uint8c', 'uint16', 'uint32', 'int8', 'int16', 'int32', 'float32',
    'float64', 'bigint64', 'biguint64'],
  isUint8Array: ['uint8'],
  isUint8ClampedArray: ['uint8c'],
  isUint16Array: ['uint16'],
  isUint32Array: ['uint32'],
  isInt8Array: ['int8'],
  isInt16Array: ['int16'],
  isInt32Array: ['int32'],
  isFloat32Array: ['float32'],
  isFloat64Array: ['float64'],
  isBigInt64Array: ['bigint64'],
  isBigUint64Array: ['biguint64'],
};

for (const [check, accepted] of Object.entries(truthTable)) {
  for (const [name, value] of Object.entries(samples)) {
    assert.strictEqual(types[check](value), accepted.includes(name), `${check}(${name})`);
  }
  // Primitives are never any of these.
  for (const primitive of [undefined, null, 0, 1n, '', 'x', true, Symbol('p')]) {
    assert.strictEqual(types[check](primitive), false, `${check}(${String(primitive)})`);
  }
  assert.strictEqual(types[check](), false, `${check}()`);
}

// Values that pretend to be something else are not fooled for.
const liars = [
  { [Symbol.toStringTag]: 'Date' },
  { [Symbol.toStringTag]: 'Map' },
  { [Symbol.toStringTag]: 'Uint8Array' },
  { [Symbol.toStringTag]: 'Arguments' },
  { [Symbol.toStringTag]: 'Promise', then() {} },
  Object.create(Date.prototype),
  Object.create(Map.prototype),
  Object.create(Set.prototype),
  Object.create(WeakMap.prototype),
  Object.create(Promise.prototype),
  Object.create(RegExp.prototype),
  Object.create(Error.prototype),
  Object.create(Uint8Array.prototype),
  Object.create(ArrayBuffer.prototype),
  Object.create(DataView.prototype),
  Object.create(Number.prototype),
  Object.create(String.prototype),
  Object.create(Boolean.prototype),
  RegExp.prototype,
  Date.prototype,
  Map.prototype,
  Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype),
  Object.setPrototypeOf(function notAsync() {}, Object.getPrototypeOf(async () => {})),
  Object.setPrototypeOf(function notGen() {}, Object.getPrototypeOf(function* () {})),
];
for (const liar of liars) {
  for (const check of Object.keys(truthTable)) {
    assert.strictEqual(types[check](liar), false, `${check} fooled by ${Object.prototype.toString.call(liar)}`);
  }
}

// Number.prototype, String.prototype and Boolean.prototype are boxed primitives by spec.
assert.strictEqual(types.isNumberObject(Number.prototype), true);
assert.strictEqual(types.isStringObject(String.prototype), true);
assert.strictEqual(types.isBooleanObject(Boolean.prototype), true);

// Real objects stay what they are after their prototype is swapped or their tag is changed.
const date = new Date(0);
Object.setPrototypeOf(date, Array.prototype);
assert.strictEqual(types.isDate(date), true);
const map = new Map();
Object.defineProperty(map, Symbol.toStringTag, { value: 'Set' });
assert.strictEqual(types.isMap(map), true);
assert.strictEqual(types.isSet(map), false);
const bytes = new Uint8Array(1);
Object.setPrototypeOf(bytes, Float64Array.prototype);
assert.strictEqual(types.isUint8Array(bytes), true);
assert.strictEqual(types.isFloat64Array(bytes), false);
const error = new Error('e');
Object.setPrototypeOf(error, null);
assert.strictEqual(types.isNativeError(error), true);
const re = /x/;
Object.setPrototypeOf(re, null);
assert.strictEqual(types.isRegExp(re), true);
const asyncFn = async function swapped() {};
Object.setPrototypeOf(asyncFn, Function.prototype);
assert.strictEqual(types.isAsyncFunction(asyncFn), true);
const promise = Promise.resolve();
Object.setPrototypeOf(promise, null);
assert.strictEqual(types.isPromise(promise), true);

// Subclass instances are what their base is.
class MyMap extends Map {}
class MyError extends RangeError {}
class MyBytes extends Uint8Array {}
class MyPromise extends Promise {}
assert.strictEqual(types.isMap(new MyMap()), true);
assert.strictEqual(types.isNativeError(new MyError()), true);
assert.strictEqual(types.isUint8Array(new MyBytes(1)), true);
assert.strictEqual(types.isTypedArray(new MyBytes(1)), true);
assert.strictEqual(types.isPromise(new MyPromise(() => {})), true);

// Proxies are not what they wrap (except for isProxy).
for (const target of [new Map(), new Date(), [], new Uint8Array(1), Promise.resolve(), /x/]) {
  const proxy = new Proxy(target, {});
  assert.strictEqual(types.isProxy(proxy), true);
  assert.strictEqual(types.isMap(proxy), false);
  assert.strictEqual(types.isDate(proxy), false);
  assert.strictEqual(types.isTypedArray(proxy), false);
  assert.strictEqual(types.isPromise(proxy), false);
  assert.strictEqual(types.isRegExp(proxy), false);
}
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
assert.strictEqual(types.isProxy(revoked), true);

// Detached buffers and views still count.
if (typeof structuredClone === 'function') {
  const detached = new ArrayBuffer(4);
  const view = new DataView(detached);
  structuredClone(detached, { transfer: [detached] });
  assert.strictEqual(types.isArrayBuffer(detached), true);
  assert.strictEqual(types.isDataView(view), true);
}

// Iterators keep their brand after being advanced, and checks do not advance them.
const it = new Map([[1, 2], [3, 4]]).entries();
it.next();
assert.strictEqual(types.isMapIterator(it), true);
assert.deepStrictEqual(it.next().value, [3, 4]);
const gen = (function* g() { yield 1; yield 2; })();
assert.strictEqual(types.isGeneratorObject(gen), true);
assert.strictEqual(gen.next().value, 1);

// The checks are not methods: they work detached.
const { isMap } = types;
assert.strictEqual(isMap(new Map()), true);

// Module namespace objects.
import('node:util').then((ns) => {
  assert.strictEqual(types.isModuleNamespaceObject(ns), true);
  assert.strictEqual(types.isModuleNamespaceObject({ ...ns }), false);
}).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
