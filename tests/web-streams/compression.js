'use strict';
// CompressionStream / DecompressionStream: round trips in every format, interoperability
// with node:zlib in both directions, input split at arbitrary points, and the errors for a
// bad format and corrupt or truncated input.
const assert = require('assert');
const zlib = require('zlib');
const { collect } = require('./_helpers');

function bytesOf(chunks) {
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

(async () => {
  const text = 'web streams and zlib, '.repeat(5000) + 'ünïcödé €';
  const input = Buffer.from(text);
  const inflate = { 'gzip': zlib.gunzipSync, 'deflate': zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync };
  const deflate = { 'gzip': zlib.gzipSync, 'deflate': zlib.deflateSync, 'deflate-raw': zlib.deflateRawSync };

  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    // Compressed by the web stream, decompressed by zlib.
    const pieces = [];
    for (let i = 0; i < input.length; i += 7001) pieces.push(new Uint8Array(input.subarray(i, i + 7001)));
    const compressed = await collect(ReadableStream.from(pieces).pipeThrough(new CompressionStream(format)));
    assert.ok(compressed.length > 0);
    assert.ok(compressed.every((c) => c instanceof Uint8Array), format);
    const packed = bytesOf(compressed);
    assert.ok(packed.length < input.length / 10, `${format} compresses`);
    assert.ok(inflate[format](packed).equals(input), format);

    // Compressed by zlib, decompressed by the web stream, fed one odd-sized slice at a time.
    const fromZlib = deflate[format](input);
    const slices = [];
    for (let i = 0; i < fromZlib.length; i += 13) slices.push(fromZlib.subarray(i, i + 13));
    const out = await collect(ReadableStream.from(slices).pipeThrough(new DecompressionStream(format)));
    assert.ok(bytesOf(out).equals(input), format);

    // And through both, ending in text.
    const round = await collect(ReadableStream.from([input])
      .pipeThrough(new CompressionStream(format))
      .pipeThrough(new DecompressionStream(format))
      .pipeThrough(new TextDecoderStream()));
    assert.strictEqual(round.join(''), text);
  }

  // The gzip header written by CompressionStream is a valid member zlib reads.
  const gz = bytesOf(await collect(ReadableStream.from([Buffer.from('x')]).pipeThrough(new CompressionStream('gzip'))));
  assert.deepStrictEqual([...gz.subarray(0, 3)], [0x1f, 0x8b, 8]);

  // Formats and errors.
  assert.throws(() => new CompressionStream('br'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received 'br'",
  });
  assert.throws(() => new DecompressionStream(), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received undefined",
  });
  await assert.rejects(collect(ReadableStream.from([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])])
    .pipeThrough(new DecompressionStream('gzip'))), { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
  await assert.rejects(collect(ReadableStream.from([zlib.deflateSync('truncated input').subarray(0, 6)])
    .pipeThrough(new DecompressionStream('deflate'))), { code: 'Z_BUF_ERROR', message: 'unexpected end of file' });

  // Shape.
  const cs = new CompressionStream('deflate');
  assert.ok(cs.readable instanceof ReadableStream);
  assert.ok(cs.writable instanceof WritableStream);
  assert.strictEqual(Object.prototype.toString.call(cs), '[object CompressionStream]');
  assert.deepStrictEqual(Object.keys(DecompressionStream.prototype), ['readable', 'writable']);
  assert.strictEqual(require('stream/web').DecompressionStream, DecompressionStream);
  assert.throws(() => Object.getOwnPropertyDescriptor(CompressionStream.prototype, 'readable').get.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CompressionStream',
  });
  console.log('ok');
})();
