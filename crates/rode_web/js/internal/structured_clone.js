'use strict';
// structuredClone() and the serializer behind MessagePort#postMessage: the HTML structured
// clone algorithm for what Node (V8's ValueSerializer) supports, in one pass that builds the
// copy directly.
//
// Cloned: primitives; Boolean/Number/String/BigInt wrappers; Date; RegExp (lastIndex 0);
// ArrayBuffer (resizable ones stay resizable), typed arrays and DataView (views of one
// buffer share one copied buffer); Map; Set; errors (prototype from the name when it is a
// standard one, then stack, message and cause as own properties); arrays (holes, length
// and extra properties kept) and every other ordinary object (own enumerable string keys,
// getters called, prototype not kept: class instances come back as plain objects); cycles
// and shared references.
// Refused with a DataCloneError DOMException worded as V8 words it: functions, symbols,
// and objects V8 does not know how to copy (WeakMap, WeakSet, WeakRef, Promise, Proxy,
// generators, iterators, arguments objects, module namespaces, ...).
// Transfer: ArrayBuffers are copied into the clone and then detached (not moved: a view
// met after the buffer was moved could no longer say where it starts); an ArrayBuffer
// transferred alone or under a single view is moved without a copy. Other transferables
// (MessagePort) implement kTransferShell/kTransferCommit; host objects that can be copied
// (Blob, ...) implement kClone.
// SharedArrayBuffers are not copied: the clone is the same object (V8 makes a new object
// over the same memory).

const binding = internalBinding('util');

// A transferable object: `obj[kTransferShell]()` makes the object that stands for it in the
// clone; `obj[kTransferCommit](shell)` is called once the whole clone succeeded and moves
// obj's state into the shell (obj becomes unusable).
const kTransferShell = Symbol('kTransferShell');
const kTransferCommit = Symbol('kTransferCommit');
// A cloneable host object (Blob, ...): `obj[kClone]()` returns its copy.
const kClone = Symbol('kClone');

const ObjectProtoToString = Object.prototype.toString;
const ErrorProtoToString = Error.prototype.toString;
const FunctionProtoToString = Function.prototype.toString;
const hasOwn = Object.hasOwn;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;
const defineProperty = Object.defineProperty;
const objectKeys = Object.keys;
const isArray = Array.isArray;
const dateGetTime = Date.prototype.getTime;
const regExpSource = getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlags = getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const mapSet = Map.prototype.set;
const setAdd = Set.prototype.add;
const bufferByteLength = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const bufferSlice = ArrayBuffer.prototype.slice;
const bufferTransfer = ArrayBuffer.prototype.transfer;
const bufferDetachedGetter = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const bufferResizableGetter = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable')?.get;
const bufferMaxByteLengthGetter =
  getOwnPropertyDescriptor(ArrayBuffer.prototype, 'maxByteLength')?.get;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayBuffer = getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const typedArrayByteOffset = getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const typedArrayLength = getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const dataViewBuffer = getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dataViewByteOffset = getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dataViewByteLength = getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const uint8Set = Uint8Array.prototype.set;

const call = (fn, self, ...args) => Reflect.apply(fn, self, args);

const typedArrayCtors = {
  __proto__: null,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayCtors.Float16Array = Float16Array;

// Errors come back with the prototype of their standard name, others as Error.
const errorPrototypes = {
  __proto__: null,
  EvalError: EvalError.prototype,
  RangeError: RangeError.prototype,
  ReferenceError: ReferenceError.prototype,
  SyntaxError: SyntaxError.prototype,
  TypeError: TypeError.prototype,
  URIError: URIError.prototype,
};

let DOMException;
function dataCloneError(message) {
  if (DOMException === undefined) DOMException = require('internal/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

// Errors Node throws from C++: a plain TypeError with a `code` property.
function nativeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------
// How V8 names a value in "... could not be cloned." (Object::NoSideEffectsToString):
// no getter or proxy trap runs.

function proxyTarget(value) {
  while (binding.isProxy(value)) {
    const details = binding.getProxyDetails(value);
    if (details === undefined || details[0] === null) return null;
    value = details[0];
  }
  return value;
}

// The value of a data property found along the prototype chain, or undefined.
function dataProperty(obj, key) {
  let o = obj;
  while (o !== null) {
    if (binding.isProxy(o)) return undefined;
    const desc = getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
    o = getPrototypeOf(o);
  }
  return undefined;
}

const builtinTags = new Set(['Arguments', 'Boolean', 'Date', 'Error', 'Function', 'Number',
                             'RegExp', 'String']);

function builtinTag(obj) {
  if (isArray(obj)) return 'Array';
  const name = binding.getConstructorName(obj);
  return builtinTags.has(name) ? name : 'Object';
}

function describeValue(value) {
  switch (typeof value) {
    case 'function':
      try {
        return call(FunctionProtoToString, value);
      } catch {
        return 'function () { [native code] }';
      }
    case 'symbol':
      return value.toString();
    case 'string':
      return value;
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      return `${value}`;
  }
  const obj = proxyTarget(value);
  if (obj === null) return '#<Object>';
  const toString = dataProperty(obj, 'toString');
  if (toString === ErrorProtoToString) {
    const name = dataProperty(obj, 'name');
    const message = dataProperty(obj, 'message');
    const n = name === undefined ? 'Error' : `${name}`;
    const m = message === undefined ? '' : `${message}`;
    if (n === '') return m;
    if (m === '') return n;
    return `${n}: ${m}`;
  }
  if (toString === ObjectProtoToString) {
    const ctor = dataProperty(obj, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(obj, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : builtinTag(obj)}]`;
}

function notCloneable(value) {
  return dataCloneError(`${describeValue(value)} could not be cloned.`);
}

// ---------------------------------------------------------------------------
// The cloner

function isDetached(buffer) {
  if (bufferDetachedGetter !== undefined) return call(bufferDetachedGetter, buffer);
  return false;
}

function copyBuffer(buffer) {
  if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  if (bufferResizableGetter !== undefined && call(bufferResizableGetter, buffer)) {
    const length = call(bufferByteLength, buffer);
    const copy = new ArrayBuffer(length, {
      maxByteLength: call(bufferMaxByteLengthGetter, buffer),
    });
    call(uint8Set, new Uint8Array(copy), [new Uint8Array(buffer)]);
    return copy;
  }
  return call(bufferSlice, buffer, 0);
}

function setKey(out, key, value) {
  if (key === '__proto__') {
    defineProperty(out, key, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  } else {
    out[key] = value;
  }
}

class Cloner {
  constructor() {
    this.memo = new Map();
    // Transferables in the transfer list: original -> shell.
    this.shells = undefined;
    // ArrayBuffers in the transfer list, to detach once the clone is done.
    this.transferBuffers = undefined;
  }

  clone(value) {
    switch (typeof value) {
      case 'undefined':
      case 'boolean':
      case 'number':
      case 'string':
      case 'bigint':
        return value;
      case 'object':
        if (value === null) return null;
        break;
      default:
        throw notCloneable(value);
    }
    const seen = this.memo.get(value);
    if (seen !== undefined) return seen;
    return this.cloneObject(value);
  }

  cloneObject(value) {
    if (binding.isProxy(value)) throw notCloneable(value);
    if (isArray(value)) return this.cloneArray(value);

    const shell = this.shells?.get(value);
    if (shell !== undefined) {
      this.memo.set(value, shell);
      return shell;
    }
    const cloneHook = value[kClone];
    if (typeof cloneHook === 'function') return this.remember(value, call(cloneHook, value));
    if (typeof value[kTransferShell] === 'function') {
      throw nativeTypeError('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
                            'Object that needs transfer was found in message but not listed ' +
                            'in transferList');
    }

    const kind = binding.getConstructorName(value);
    switch (kind) {
      case 'Object':
        if (binding.isModuleNamespaceObject(value)) throw notCloneable(value);
        return this.clonePlain(value, {});
      case 'Date':
        return this.remember(value, new Date(call(dateGetTime, value)));
      case 'RegExp':
        return this.remember(value,
                             new RegExp(call(regExpSource, value), call(regExpFlags, value)));
      case 'Number':
        return this.remember(value, Object(call(numberValueOf, value)));
      case 'String':
        return this.remember(value, Object(call(stringValueOf, value)));
      case 'Boolean':
        return this.remember(value, Object(call(booleanValueOf, value)));
      case 'BigInt':
        return this.remember(value, Object(call(bigintValueOf, value)));
      case 'Map': {
        const out = this.remember(value, new Map());
        // Entries are read first: getters of the copied values cannot change the list.
        const entries = [...call(mapEntries, value)];
        for (let i = 0; i < entries.length; i++) {
          const { 0: k, 1: v } = entries[i];
          call(mapSet, out, this.clone(k), this.clone(v));
        }
        return out;
      }
      case 'Set': {
        const out = this.remember(value, new Set());
        const values = [...call(setValues, value)];
        for (let i = 0; i < values.length; i++) call(setAdd, out, this.clone(values[i]));
        return out;
      }
      case 'Error':
        return this.cloneError(value);
      case 'ArrayBuffer':
        return this.cloneBuffer(value);
      case 'SharedArrayBuffer':
        return this.remember(value, value);
      case 'DataView': {
        const source = call(dataViewBuffer, value);
        const buffer = binding.getConstructorName(source) === 'SharedArrayBuffer' ?
          source : this.cloneBuffer(source);
        return this.remember(value, new DataView(buffer, call(dataViewByteOffset, value),
                                                 call(dataViewByteLength, value)));
      }
      default: {
        const Ctor = typedArrayCtors[kind];
        if (Ctor !== undefined) {
          const source = call(typedArrayBuffer, value);
          // A view of shared memory: the clone views the same memory.
          if (binding.getConstructorName(source) === 'SharedArrayBuffer') {
            return this.remember(value, new Ctor(source, call(typedArrayByteOffset, value),
                                                 call(typedArrayLength, value)));
          }
          if (isDetached(source)) {
            throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
          }
          const buffer = this.cloneBuffer(source);
          return this.remember(value, new Ctor(buffer, call(typedArrayByteOffset, value),
                                               call(typedArrayLength, value)));
        }
        // Objects of native classes rode defines: their own enumerable properties, as
        // V8 does for the JS classes Node defines.
        if (kind.startsWith('HostObject')) return this.clonePlain(value, {});
        throw notCloneable(value);
      }
    }
  }

  remember(value, out) {
    this.memo.set(value, out);
    return out;
  }

  cloneBuffer(buffer) {
    const seen = this.memo.get(buffer);
    if (seen !== undefined) return seen;
    return this.remember(buffer, copyBuffer(buffer));
  }

  // Own enumerable string keys, read with [[Get]]; a key deleted by an earlier getter is
  // skipped.
  clonePlain(value, out) {
    this.memo.set(value, out);
    const keys = objectKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!hasOwn(value, key)) continue;
      setKey(out, key, this.clone(value[key]));
    }
    return out;
  }

  cloneArray(value) {
    const length = value.length;
    const out = [];
    this.memo.set(value, out);
    const keys = objectKeys(value);
    if (keys.length === length) {
      // Dense, with no other properties: by index.
      for (let i = 0; i < length; i++) {
        if (!(i in value)) continue;
        out[i] = this.clone(value[i]);
      }
    } else {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!hasOwn(value, key)) continue;
        setKey(out, key, this.clone(value[key]));
      }
    }
    if (out.length !== length) out.length = length;
    return out;
  }

  cloneError(value) {
    const name = value.name;
    const proto = (typeof name === 'string' && errorPrototypes[name]) || Error.prototype;
    const messageDesc = getOwnPropertyDescriptor(value, 'message');
    const stack = value.stack;
    const out = Object.setPrototypeOf(new Error(), proto);
    this.memo.set(value, out);
    if (typeof stack === 'string') {
      defineProperty(out, 'stack', {
        __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
      });
    }
    if (messageDesc !== undefined && 'value' in messageDesc) {
      defineProperty(out, 'message', {
        __proto__: null,
        value: `${messageDesc.value}`,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
    if (hasOwn(value, 'cause')) {
      defineProperty(out, 'cause', {
        __proto__: null,
        value: this.clone(value.cause),
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
    return out;
  }

  // Checks the transfer list (an array); ArrayBuffers are detached by finish(), other
  // transferables get their shells now.
  prepareTransfer(list) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (item !== null && typeof item === 'object' &&
          binding.getConstructorName(item) === 'ArrayBuffer') {
        this.transferBuffers ??= [];
        if (this.transferBuffers.includes(item)) {
          throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        }
        this.transferBuffers.push(item);
      } else if (item !== null && typeof item === 'object' &&
                 typeof item[kTransferShell] === 'function') {
        this.shells ??= new Map();
        if (this.shells.has(item)) {
          throw dataCloneError(`Transfer list contains duplicate ${describeValue(item)}`);
        }
        this.shells.set(item, item[kTransferShell]());
      } else {
        throw nativeTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
      }
    }
  }

  // After a successful clone: detach the transferred buffers, move the transferables.
  // Returns the shells, in transfer-list order.
  finish() {
    if (this.transferBuffers !== undefined && bufferTransfer !== undefined) {
      for (const buffer of this.transferBuffers) {
        if (!isDetached(buffer)) call(bufferTransfer, buffer, 0);
      }
    }
    const moved = [];
    if (this.shells !== undefined) {
      for (const [item, shell] of this.shells) {
        item[kTransferCommit](shell);
        moved.push(shell);
      }
    }
    return moved;
  }
}

// The transfer list of structuredClone()/postMessage(): an iterable of objects (an object
// that is not iterable counts as an empty list, as in Node).
function transferListFrom(transfer) {
  if ((typeof transfer !== 'object' && typeof transfer !== 'function') || transfer === null) {
    throw nativeTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (isArray(transfer)) return transfer;
  if (typeof transfer[Symbol.iterator] !== 'function') return [];
  return [...transfer];
}

// The zero-copy move: the value is a transferred ArrayBuffer, or the only view of one.
function tryMoveAlone(value, list) {
  if (list.length !== 1 || value === null || typeof value !== 'object') return undefined;
  const buffer = list[0];
  if (buffer === null || typeof buffer !== 'object' || bufferTransfer === undefined ||
      binding.getConstructorName(buffer) !== 'ArrayBuffer' || isDetached(buffer)) {
    return undefined;
  }
  if (value === buffer) return { value: call(bufferTransfer, buffer), transferred: [] };
  const kind = binding.getConstructorName(value);
  const Ctor = typedArrayCtors[kind];
  if (Ctor !== undefined && call(typedArrayBuffer, value) === buffer) {
    const offset = call(typedArrayByteOffset, value);
    const length = call(typedArrayLength, value);
    return { value: new Ctor(call(bufferTransfer, buffer), offset, length), transferred: [] };
  }
  if (kind === 'DataView' && call(dataViewBuffer, value) === buffer) {
    const offset = call(dataViewByteOffset, value);
    const length = call(dataViewByteLength, value);
    return { value: new DataView(call(bufferTransfer, buffer), offset, length), transferred: [] };
  }
  return undefined;
}

// Clones `value`, transferring what `transferList` (an array or undefined) holds.
// Returns { value, transferred } where `transferred` lists the new transferables.
function serialize(value, transferList) {
  if (transferList !== undefined && transferList.length > 0) {
    const moved = tryMoveAlone(value, transferList);
    if (moved !== undefined) return moved;
  }
  const cloner = new Cloner();
  if (transferList !== undefined) cloner.prepareTransfer(transferList);
  const out = cloner.clone(value);
  return { value: out, transferred: cloner.finish() };
}

function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nativeTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  let transferList;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw nativeTypeError('ERR_INVALID_ARG_TYPE',
                            'The options argument must be either an object or undefined');
    }
    const transfer = options.transfer;
    if (transfer !== undefined && transfer !== null) transferList = transferListFrom(transfer);
  }
  return serialize(value, transferList).value;
}

module.exports = {
  structuredClone,
  errorPrototypes,
  serialize,
  transferListFrom,
  describeValue,
  kClone,
  kTransferShell,
  kTransferCommit,
};
