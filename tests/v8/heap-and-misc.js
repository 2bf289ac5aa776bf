'use strict';
// The rest of node:v8: heap statistics shaped like Node's, flags, and the engine features
// rode does not have (they throw ERR_NOT_IMPLEMENTED there).
const assert = require('assert');
const v8 = require('v8');
const isRode = typeof process.versions.rode === 'string';

assert.strictEqual(require('node:v8'), v8);
assert.deepStrictEqual(Object.keys(v8).sort(), [
  'DefaultDeserializer', 'DefaultSerializer', 'Deserializer', 'GCProfiler', 'Serializer',
  'cachedDataVersionTag', 'deserialize', 'getHeapCodeStatistics', 'getHeapSnapshot',
  'getHeapSpaceStatistics', 'getHeapStatistics', 'promiseHooks', 'queryObjects', 'serialize',
  'setFlagsFromString', 'setHeapSnapshotNearHeapLimit', 'startupSnapshot', 'stopCoverage',
  'takeCoverage', 'writeHeapSnapshot',
]);

const heap = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(heap), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory',
  'does_zap_garbage', 'number_of_native_contexts', 'number_of_detached_contexts',
  'total_global_handles_size', 'used_global_handles_size', 'external_memory',
]);
for (const [k, v] of Object.entries(heap)) {
  assert.ok(Number.isInteger(v) && v >= 0, `${k}: ${v}`);
}
assert.ok(heap.used_heap_size > 100000);
assert.ok(heap.used_heap_size <= heap.total_heap_size);
assert.ok(heap.total_heap_size < heap.heap_size_limit);
assert.ok(heap.heap_size_limit >= 2 ** 30);
assert.strictEqual(heap.does_zap_garbage, 0);
assert.strictEqual(heap.number_of_native_contexts, 1);
assert.strictEqual(heap.number_of_detached_contexts, 0);

// Allocating shows up in used_heap_size and external_memory.
{
  const keep = [];
  for (let i = 0; i < 20000; i++) keep.push({ i, s: `item ${i}` });
  const ab = new ArrayBuffer(8 * 1024 * 1024);
  const after = v8.getHeapStatistics();
  assert.ok(after.used_heap_size > heap.used_heap_size + 500000,
            `${after.used_heap_size} vs ${heap.used_heap_size}`);
  // V8 counts ArrayBuffer contents as external memory, QuickJS as heap.
  const grew = after.used_heap_size - heap.used_heap_size + after.external_memory - heap.external_memory;
  assert.ok(grew >= 8 * 1024 * 1024, `${grew}`);
  assert.strictEqual(keep.length + ab.byteLength > 0, true);
}

const spaces = v8.getHeapSpaceStatistics();
assert.deepStrictEqual(spaces.map((s) => s.space_name), [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space',
]);
for (const s of spaces) {
  assert.deepStrictEqual(Object.keys(s), [
    'space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size',
  ]);
  assert.ok(s.space_used_size <= s.space_size);
}
assert.ok(spaces.find((s) => s.space_name === 'old_space').space_used_size > 0);

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size',
  'cpu_profiler_metadata_size',
]);
assert.ok(code.bytecode_and_metadata_size > 0);

const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0 && tag < 2 ** 32);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.strictEqual(v8.setFlagsFromString('--allow-natives-syntax'), undefined);
assert.throws(() => v8.setFlagsFromString(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
assert.throws(() => v8.setHeapSnapshotNearHeapLimit('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "limit" argument must be of type number. Received type string (\'x\')',
});

// Coverage calls are no-ops without NODE_V8_COVERAGE.
assert.strictEqual(process.env.NODE_V8_COVERAGE, undefined);
assert.strictEqual(v8.takeCoverage(), undefined);
assert.strictEqual(v8.stopCoverage(), undefined);

// Startup snapshots: never building one.
assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
for (const fn of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  assert.throws(() => v8.startupSnapshot[fn](() => {}), {
    code: 'ERR_NOT_BUILDING_SNAPSHOT',
    message: 'Operation cannot be invoked when not building startup snapshot',
  });
}
assert.deepStrictEqual(Object.keys(v8.promiseHooks),
                       ['createHook', 'onInit', 'onBefore', 'onAfter', 'onSettled']);

if (isRode) {
  const notImpl = (what) => ({ code: 'ERR_NOT_IMPLEMENTED', message: `${what} is not implemented in rode yet` });
  assert.throws(() => v8.getHeapSnapshot(), notImpl('v8.getHeapSnapshot()'));
  assert.throws(() => v8.writeHeapSnapshot(), notImpl('v8.writeHeapSnapshot()'));
  assert.throws(() => v8.queryObjects(Object), notImpl('v8.queryObjects()'));
  assert.throws(() => v8.setHeapSnapshotNearHeapLimit(1), notImpl('v8.setHeapSnapshotNearHeapLimit()'));
  assert.throws(() => new v8.GCProfiler(), notImpl('v8.GCProfiler'));
  assert.throws(() => v8.promiseHooks.onInit(() => {}), notImpl('v8.promiseHooks.onInit()'));
  assert.throws(() => v8.promiseHooks.createHook({}), notImpl('v8.promiseHooks.createHook()'));
}
