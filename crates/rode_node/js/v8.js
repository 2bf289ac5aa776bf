'use strict';
// node:v8 — the parts that make sense on QuickJS: heap statistics shaped like Node's (filled
// from QuickJS's memory accounting), and serialize/deserialize with V8's wire format
// (internal/v8/serdes.js). Heap snapshots, coverage files, promise hooks and startup
// snapshots are engine features QuickJS does not have: they throw ERR_NOT_IMPLEMENTED.

const binding = internalBinding('v8');
const { Buffer } = require('buffer');
const { Serializer, Deserializer } = require('internal/v8/serdes');

function notImplemented(what) {
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  return new ERR_NOT_IMPLEMENTED(what);
}

// A fixed tag: code caches made by rode are only ever read by the same rode build.
const CACHED_DATA_VERSION_TAG = 0x9E3779B1;

function cachedDataVersionTag() {
  return CACHED_DATA_VERSION_TAG;
}

// Reported as heap_size_limit when no QuickJS memory limit is set (V8's 64-bit default is
// about the same).
const DEFAULT_HEAP_LIMIT = 4294967296;

let peakMalloced = 0;

function readStats() {
  const [malloc, limit, used, code, funcs, external, strings, objects, atoms, shapes, props] =
    binding.heapStatistics();
  if (malloc > peakMalloced) peakMalloced = malloc;
  return {
    malloc, limit: limit < 0 ? DEFAULT_HEAP_LIMIT : limit, used, code, funcs, external,
    strings, objects, atoms, shapes, props,
  };
}

function getHeapStatistics() {
  const s = readStats();
  const total = Math.max(s.malloc, s.used);
  return {
    total_heap_size: total,
    total_heap_size_executable: s.code,
    total_physical_size: total,
    total_available_size: Math.max(0, s.limit - s.used),
    used_heap_size: s.used,
    heap_size_limit: s.limit,
    malloced_memory: s.malloc,
    peak_malloced_memory: peakMalloced,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    // QuickJS counts ArrayBuffer contents in used_heap_size and has no separate figure.
    external_memory: 0,
  };
}

// QuickJS has one heap, not V8's spaces. The space list is Node's; the numbers are the
// QuickJS totals split up: bytecode and functions go to code_space, everything else to
// old_space; the spaces QuickJS has no counterpart for report 0.
function getHeapSpaceStatistics() {
  const s = readStats();
  const codeUsed = Math.min(s.used, s.code + s.funcs);
  const oldUsed = s.used - codeUsed;
  const space = (name, used, available) => ({
    space_name: name,
    space_size: used,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: used,
  });
  return [
    space('read_only_space', 0, 0),
    space('new_space', 0, 0),
    space('old_space', oldUsed, Math.max(0, s.limit - s.used)),
    space('code_space', codeUsed, 0),
    space('shared_space', 0, 0),
    space('new_large_object_space', 0, 0),
    space('large_object_space', 0, 0),
    space('code_large_object_space', 0, 0),
    space('shared_large_object_space', 0, 0),
  ];
}

function getHeapCodeStatistics() {
  const s = readStats();
  return {
    code_and_metadata_size: s.code + s.funcs,
    bytecode_and_metadata_size: s.code,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// V8 flags mean nothing to QuickJS: the string is checked like Node checks it, then ignored.
function setFlagsFromString(flags) {
  const { validateString } = require('internal/validators');
  validateString(flags, 'flags');
}

function getHeapSnapshot() {
  throw notImplemented('v8.getHeapSnapshot()');
}

function writeHeapSnapshot() {
  throw notImplemented('v8.writeHeapSnapshot()');
}

function setHeapSnapshotNearHeapLimit(limit) {
  const { validateUint32 } = require('internal/validators');
  validateUint32(limit, 'limit', true);
  throw notImplemented('v8.setHeapSnapshotNearHeapLimit()');
}

function queryObjects() {
  throw notImplemented('v8.queryObjects()');
}

// Without NODE_V8_COVERAGE Node's takeCoverage/stopCoverage do nothing; with it they write
// coverage files, which rode cannot produce.
function takeCoverage() {
  if (process.env.NODE_V8_COVERAGE) throw notImplemented('v8.takeCoverage()');
}

function stopCoverage() {
  if (process.env.NODE_V8_COVERAGE) throw notImplemented('v8.stopCoverage()');
}

class GCProfiler {
  constructor() {
    throw notImplemented('v8.GCProfiler');
  }
}

const promiseHooks = {
  createHook() { throw notImplemented('v8.promiseHooks.createHook()'); },
  onInit() { throw notImplemented('v8.promiseHooks.onInit()'); },
  onBefore() { throw notImplemented('v8.promiseHooks.onBefore()'); },
  onAfter() { throw notImplemented('v8.promiseHooks.onAfter()'); },
  onSettled() { throw notImplemented('v8.promiseHooks.onSettled()'); },
};

// rode never builds a startup snapshot, so these behave as Node's do outside of
// `--build-snapshot`.
function notBuildingSnapshot() {
  const { codes: { ERR_NOT_BUILDING_SNAPSHOT } } = require('internal/errors');
  return new ERR_NOT_BUILDING_SNAPSHOT();
}
const startupSnapshot = {
  addSerializeCallback() { throw notBuildingSnapshot(); },
  addDeserializeCallback() { throw notBuildingSnapshot(); },
  setDeserializeMainFunction() { throw notBuildingSnapshot(); },
  isBuildingSnapshot() { return false; },
};

// Typed arrays are written as host objects: [constructor index, byte length, bytes], so a
// Buffer that is a slice of a pooled ArrayBuffer writes only its own bytes.
// The indexes are Node's: Buffer (FastBuffer) sits between DataView and the BigInt arrays.
const BUFFER_INDEX = 10;
const viewCtors = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array,
];
const objectToString = Function.prototype.call.bind(Object.prototype.toString);
const viewIndexByTag = new Map();
for (let i = 0; i < viewCtors.length; i++) {
  if (i !== BUFFER_INDEX) viewIndexByTag.set(objectToString(new viewCtors[i](new ArrayBuffer(8))), i);
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = BUFFER_INDEX;
    if (abView.constructor !== Buffer) {
      i = viewIndexByTag.get(objectToString(abView));
      if (i === undefined) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = viewCtors[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    if (ctor === undefined) {
      throw new TypeError("Cannot read properties of undefined (reading 'BYTES_PER_ELEMENT')");
    }
    const size = ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
    if (offset % size === 0) return new ctor(this.buffer.buffer, offset, byteLength / size);
    // Misaligned: copy the bytes into a fresh buffer.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new ctor(copy.buffer, 0, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
};
