'use strict';
// Node-API Buffers, ArrayBuffers, TypedArrays and DataViews. The external-memory finalizer
// part re-runs this file with --expose-gc.
const assert = require('assert');
const a = require('./_addon').load('buffers');

const ok = 0, invalid_arg = 1, generic_failure = 9, pending_exception = 10,
  arraybuffer_expected = 19;

if (process.argv[2] === 'gc-child') {
  gcChild();
} else {
  main();
}

function main() {
  // --- Buffers ---
  const b = a.createBuffer(4);
  assert.ok(Buffer.isBuffer(b));
  assert.ok(b instanceof Uint8Array);
  assert.deepStrictEqual([...b], [0, 3, 6, 9]);
  assert.strictEqual(a.createBuffer(0).length, 0);
  assert.ok(Buffer.isBuffer(a.createBuffer(0)));
  const copy = a.createBufferCopy();
  assert.ok(Buffer.isBuffer(copy));
  assert.strictEqual(copy.toString('latin1'), 'copied\0bytes');
  const ext = a.createExternalBuffer();
  assert.ok(Buffer.isBuffer(ext));
  assert.strictEqual(ext.toString(), 'hello');

  // getBufferInfo -> [status, length, byte 0 before C increments it]
  assert.deepStrictEqual(a.getBufferInfo(b), [ok, 4, 0]);
  assert.strictEqual(b[0], 1); // the C write is visible in JS
  b[0] = 200;
  assert.deepStrictEqual(a.getBufferInfo(b), [ok, 4, 200]); // and the JS write in C
  assert.deepStrictEqual(a.getBufferInfo(new Uint8Array([9])), [ok, 1, 9]);
  // Any ArrayBufferView counts; the length is in bytes.
  assert.deepStrictEqual(a.getBufferInfo(new Uint16Array([9])), [ok, 2, 9]);
  assert.deepStrictEqual(a.getBufferInfo(new DataView(new ArrayBuffer(2))), [ok, 2, 0]);
  assert.deepStrictEqual(a.getBufferInfo(new ArrayBuffer(2)), [invalid_arg, 999]);
  assert.deepStrictEqual(a.getBufferInfo([1]), [invalid_arg, 999]);
  // A view into a larger buffer: data points at the view's first byte.
  const sub = Buffer.from('hello world').subarray(6);
  assert.deepStrictEqual(a.getBufferInfo(sub), [ok, 5, 'w'.charCodeAt(0)]);
  assert.strictEqual(sub.toString(), 'xorld');

  assert.strictEqual(a.isBuffer(Buffer.alloc(1)), true);
  assert.strictEqual(a.isBuffer(new Uint8Array(1)), true);
  // Node 20: napi_is_buffer is true for every ArrayBufferView.
  assert.strictEqual(a.isBuffer(new Int8Array(1)), true);
  assert.strictEqual(a.isBuffer(new DataView(new ArrayBuffer(1))), true);
  assert.strictEqual(a.isBuffer(new ArrayBuffer(1)), false);
  assert.strictEqual(a.isBuffer({}), false);

  // External buffer over static memory: JS writes land in the C array.
  const sb = a.staticBuffer();
  assert.strictEqual(sb.toString(), 'static!');
  sb[0] = 'S'.charCodeAt(0);
  assert.strictEqual(a.staticData(), 'Static!');

  // --- ArrayBuffers ---
  const ab = a.createArrayBuffer(4);
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3, 4]);
  // [status, byteLength, sum of bytes read in C]
  assert.deepStrictEqual(a.getArrayBufferInfo(ab), [ok, 4, 10]);
  new Uint8Array(ab)[3] = 40;
  assert.deepStrictEqual(a.getArrayBufferInfo(ab), [ok, 4, 46]);
  assert.deepStrictEqual(a.getArrayBufferInfo(new Uint8Array(2)), [invalid_arg, 999]);
  assert.deepStrictEqual(a.getArrayBufferInfo(new SharedArrayBuffer(2)), [invalid_arg, 999]);
  assert.strictEqual(a.isArrayBuffer(ab), true);
  assert.strictEqual(a.isArrayBuffer(new SharedArrayBuffer(1)), false);
  assert.strictEqual(a.isArrayBuffer(new Uint8Array(1)), false);
  const eab = a.createExternalArrayBuffer();
  assert.ok(eab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Int32Array(eab)], [100, 200, 300, 400]);

  // --- detaching ---
  assert.deepStrictEqual(a.isDetached(ab), [ok, false]);
  assert.strictEqual(a.detach(ab), ok);
  assert.deepStrictEqual(a.isDetached(ab), [ok, true]);
  assert.strictEqual(ab.byteLength, 0);
  assert.deepStrictEqual(a.getArrayBufferInfo(ab), [ok, 0, 0]);
  assert.strictEqual(a.detach(ab), ok); // again: fine
  assert.strictEqual(a.detach({}), arraybuffer_expected);
  assert.strictEqual(a.detach(new SharedArrayBuffer(1)), arraybuffer_expected);
  assert.deepStrictEqual(a.isDetached({}), [ok, false]);
  assert.deepStrictEqual(a.isDetached(1), [ok, false]);
  const viewed = new ArrayBuffer(8);
  const view = new Uint8Array(viewed);
  assert.strictEqual(a.detach(viewed), ok);
  assert.strictEqual(view.length, 0);

  // --- TypedArrays ---
  const ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
  const ab2 = new ArrayBuffer(32);
  ctors.forEach((C, type) => {
    const [st, ta] = a.createTypedArray(type, ab2, 8, 2);
    assert.strictEqual(st, ok, C.name);
    assert.strictEqual(Object.getPrototypeOf(ta), C.prototype);
    assert.strictEqual(ta.buffer, ab2);
    assert.strictEqual(ta.byteOffset, 8);
    assert.strictEqual(ta.length, 2);
    const info = a.getTypedArrayInfo(ta);
    assert.deepStrictEqual({ ...info }, { status: ok, type, length: 2, byteOffset: 8,
      arraybuffer: ab2, dataOffset: 8 });
  });
  const [st32, i32] = a.createTypedArray(5, ab2, 4, 3);
  assert.strictEqual(st32, ok);
  a.fillInt32(i32, 7);
  assert.deepStrictEqual([...new Int32Array(ab2, 0, 5)], [0, 7, 8, 9, 0]);
  i32[0] = -1;
  assert.strictEqual(new Int32Array(ab2)[1], -1);

  // Misaligned offset / too long: RangeError with a code, status napi_generic_failure.
  const bad = (type, off, len, message, code) => {
    const [st, e] = a.createTypedArray(type, ab2, off, len);
    assert.strictEqual(st, generic_failure);
    assert.ok(e instanceof RangeError);
    assert.strictEqual(e.message, message);
    assert.strictEqual(e.code, code);
  };
  bad(5, 2, 1, 'start offset of Int32Array should be a multiple of 4', 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT');
  bad(3, 1, 1, 'start offset of Int16Array should be a multiple of 2', 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT');
  bad(10, 4, 1, 'start offset of BigUint64Array should be a multiple of 8', 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT');
  bad(1, 8, 25, 'Invalid typed array length', 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH');
  bad(5, 8, 7, 'Invalid typed array length', 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH');
  assert.deepStrictEqual(a.createTypedArray(5, ab2, 8, 6)[0], ok); // exactly fits
  assert.deepStrictEqual(a.createTypedArray(11, ab2, 0, 1), [invalid_arg, undefined]); // bad type
  assert.deepStrictEqual(a.createTypedArray(1, {}, 0, 1), [invalid_arg, undefined]);

  const u8 = new Uint8Array(3);
  assert.deepStrictEqual({ ...a.getTypedArrayInfo(u8) }, { status: ok, type: 1, length: 3,
    byteOffset: 0, arraybuffer: u8.buffer, dataOffset: 0 });
  assert.deepStrictEqual({ ...a.getTypedArrayInfo(new DataView(ab2)) }, { status: invalid_arg });
  assert.deepStrictEqual({ ...a.getTypedArrayInfo([]) }, { status: invalid_arg });
  assert.strictEqual(a.isTypedArray(i32), true);
  assert.strictEqual(a.isTypedArray(Buffer.alloc(1)), true);
  assert.strictEqual(a.isTypedArray(new DataView(ab2)), false);
  assert.strictEqual(a.isTypedArray(ab2), false);

  // --- DataViews ---
  const [dst, dv] = a.createDataView(ab2, 4, 8);
  assert.strictEqual(dst, ok);
  assert.ok(dv instanceof DataView);
  assert.strictEqual(dv.buffer, ab2);
  assert.deepStrictEqual([dv.byteOffset, dv.byteLength], [4, 8]);
  assert.strictEqual(dv.getInt32(0, true), -1);
  assert.deepStrictEqual({ ...a.getDataViewInfo(dv) }, { status: ok, byteLength: 8, byteOffset: 4,
    arraybuffer: ab2, dataOffset: 4 });
  assert.deepStrictEqual({ ...a.getDataViewInfo(i32) }, { status: invalid_arg });
  assert.strictEqual(a.isDataView(dv), true);
  assert.strictEqual(a.isDataView(i32), false);
  assert.strictEqual(a.isDataView(ab2), false);
  assert.strictEqual(a.createDataView(ab2, 32, 0)[0], ok);
  // Out of range: a RangeError with a code, but here the status is napi_pending_exception.
  for (const [off, len] of [[30, 8], [33, 0]]) {
    const [st, e] = a.createDataView(ab2, off, len);
    assert.strictEqual(st, pending_exception);
    assert.ok(e instanceof RangeError);
    assert.strictEqual(e.message, 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in');
    assert.strictEqual(e.code, 'ERR_NAPI_INVALID_DATAVIEW_ARGS');
  }
  assert.deepStrictEqual(a.createDataView({}, 0, 0), [invalid_arg, undefined]);

  assert.deepStrictEqual({ ...a.counts() }, { externalBuffers: 0, externalArrayBuffers: 0 });
  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'gc-child'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  assert.strictEqual(out, 'gc-child ok\n');
}

function gcChild() {
  assert.strictEqual(typeof globalThis.gc, 'function');
  (() => {
    for (let i = 0; i < 5; i++) {
      a.createExternalBuffer();
      a.createExternalArrayBuffer();
    }
  })();
  let turns = 0;
  (function again() {
    globalThis.gc();
    const c = a.counts();
    if ((c.externalBuffers < 5 || c.externalArrayBuffers < 5) && ++turns < 20) {
      setImmediate(again);
      return;
    }
    // Each finalizer runs exactly once, with the hint it was given (checked in C).
    assert.deepStrictEqual({ ...c }, { externalBuffers: 5, externalArrayBuffers: 5 });
    console.log('gc-child ok');
  })();
}
