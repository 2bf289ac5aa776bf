'use strict';
// node:zlib's surface as Node 20 has it: export names and order, property attributes,
// constants (every value), codes, the legacy top-level constants, classes and prototypes.
const assert = require('assert');
const zlib = require('zlib');
const { Transform } = require('stream');

assert.strictEqual(require('node:zlib'), zlib);
assert.deepStrictEqual(Object.keys(zlib), [
  'crc32', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync',
  'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync', 'inflate', 'inflateSync', 'gunzip',
  'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress', 'brotliCompressSync',
  'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate',
  'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip',
  'createBrotliCompress', 'createBrotliDecompress', 'constants', 'codes',
]);

const c = zlib.constants;
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'constants'),
                       { value: c, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'Z_FINISH'),
                       { value: 4, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'createGzip').writable, false);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'gzip').writable, true);
assert.deepStrictEqual({ ...c }, {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
  Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880, DEFLATE: 1, INFLATE: 2, GZIP: 3,
  GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});
assert.strictEqual(Object.keys(c).length, 107);
assert.throws(() => { 'use strict'; c.Z_FINISH = 1; }, TypeError);

// codes: both directions, frozen.
assert.deepStrictEqual({ ...zlib.codes }, {
  0: 'Z_OK', 1: 'Z_STREAM_END', 2: 'Z_NEED_DICT', '-1': 'Z_ERRNO', '-2': 'Z_STREAM_ERROR',
  '-3': 'Z_DATA_ERROR', '-4': 'Z_MEM_ERROR', '-5': 'Z_BUF_ERROR', '-6': 'Z_VERSION_ERROR',
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
});
assert.ok(Object.isFrozen(zlib.codes));

// Legacy aliases: every non-brotli constant, hidden and read-only.
const hidden = Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k));
assert.deepStrictEqual(hidden, Object.keys(c).filter((k) => !k.startsWith('BROTLI')));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'Z_SYNC_FLUSH'),
                       { value: 2, writable: false, enumerable: false, configurable: false });
assert.strictEqual(zlib.Z_MAX_CHUNK, Infinity);
assert.strictEqual(zlib.BROTLI_PARAM_QUALITY, undefined);
assert.strictEqual(zlib.Zlib, undefined);

// Function names and lengths.
assert.strictEqual(zlib.gzip.name, 'asyncBufferWrapper');
assert.strictEqual(zlib.gzipSync.name, 'syncBufferWrapper');
assert.strictEqual(zlib.crc32.name, 'crc32');
assert.strictEqual(zlib.crc32.length, 1);
assert.strictEqual(zlib.Gzip.length, 1);

// Classes: Transform streams, shared prototypes, callable without new.
const names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'];
const Zlib = Object.getPrototypeOf(zlib.Gzip);
const ZlibBase = Object.getPrototypeOf(Zlib);
assert.strictEqual(Zlib.name, 'Zlib');
assert.strictEqual(ZlibBase.name, 'ZlibBase');
assert.strictEqual(Object.getPrototypeOf(ZlibBase), Transform);
for (const name of names) {
  const s = zlib['create' + name]();
  assert.ok(s instanceof zlib[name]);
  assert.ok(s instanceof Transform);
  assert.strictEqual(Object.getPrototypeOf(zlib[name]), Zlib);
  assert.strictEqual(s.constructor, zlib[name]);
  assert.ok(zlib[name]() instanceof zlib[name]);
  s.close();
}
const Brotli = Object.getPrototypeOf(zlib.BrotliCompress);
assert.strictEqual(Brotli.name, 'Brotli');
assert.strictEqual(Object.getPrototypeOf(Brotli), Zlib);
assert.strictEqual(Object.getPrototypeOf(zlib.BrotliDecompress), Brotli);
assert.ok(zlib.BrotliDecompress() instanceof zlib.BrotliDecompress);
assert.deepStrictEqual(Object.getOwnPropertyNames(Zlib.prototype), ['constructor', 'params']);
assert.deepStrictEqual(Object.getOwnPropertyNames(ZlibBase.prototype),
                       ['constructor', '_closed', 'bytesRead', 'reset', '_flush', '_final', 'flush',
                        'close', '_destroy', '_transform', '_processChunk']);

// A fresh stream's state.
const g = zlib.createGzip({ chunkSize: 1024, level: 3, info: true });
assert.strictEqual(g.bytesWritten, 0);
assert.strictEqual(g._closed, false);
assert.strictEqual(g._chunkSize, 1024);
assert.strictEqual(g._level, 3);
assert.strictEqual(g._strategy, 0);
assert.strictEqual(g._defaultFlushFlag, zlib.constants.Z_NO_FLUSH);
assert.strictEqual(g._finishFlushFlag, zlib.constants.Z_FINISH);
assert.strictEqual(g._defaultFullFlushFlag, zlib.constants.Z_FULL_FLUSH);
assert.strictEqual(g._maxOutputLength, 2 ** 32);
assert.strictEqual(g._info, true);
assert.ok(g._writeState instanceof Uint32Array);
g.close();
assert.strictEqual(g._closed, true);
const b = zlib.createBrotliCompress();
assert.strictEqual(b._defaultFlushFlag, zlib.constants.BROTLI_OPERATION_PROCESS);
assert.strictEqual(b._finishFlushFlag, zlib.constants.BROTLI_OPERATION_FINISH);
assert.strictEqual(b._defaultFullFlushFlag, zlib.constants.BROTLI_OPERATION_FLUSH);
b.close();
// Options that make no sense for zlib streams are dropped.
const e = zlib.createGzip({ encoding: 'hex', objectMode: true });
assert.strictEqual(e.readableObjectMode, false);
assert.strictEqual(e.writableObjectMode, false);
e.close();
