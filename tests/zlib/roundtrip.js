'use strict';
// Round trips through every format and option combination (sync forms), input types,
// gzip members, unzip's auto-detection, dictionaries, `info`, `bytesWritten`.
const assert = require('assert');
const zlib = require('zlib');
const { constants: c } = zlib;

// Deterministic mixed input: text with numbers, plus a binary tail.
function sample(n, seed = 7) {
  const words = ['alpha ', 'beta ', 'gamma ', 'delta\n', '{"k":1} ', '0x7f ', 'lorem ', 'ipsum '];
  const parts = [];
  let len = 0;
  while (len < n) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const w = words[(seed >>> 16) % words.length];
    parts.push(w);
    len += w.length;
  }
  const b = Buffer.from(parts.join('')).subarray(0, n);
  for (let i = 0; i < n / 10; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    b[(seed >>> 8) % n] = seed & 0xff;
  }
  return b;
}

const data = sample(60000);
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'],
];
for (const [enc, dec] of pairs) {
  for (const level of [-1, 0, 1, 5, 9]) {
    for (const strategy of [0, 1, 2, 3, 4]) {
      const z = zlib[enc](data, { level, strategy });
      if (level !== 0 && strategy !== c.Z_HUFFMAN_ONLY) assert.ok(z.length < data.length * 0.8, `${enc} ${level} ${strategy}`);
      assert.ok(zlib[dec](z).equals(data), `${enc} -> ${dec} level ${level} strategy ${strategy}`);
    }
  }
  for (const windowBits of [9, 10, 12, 15]) {
    for (const memLevel of [1, 4, 9]) {
      const z = zlib[enc](data, { windowBits, memLevel, level: 6 });
      assert.ok(zlib[dec](z, { windowBits: dec === 'inflateRawSync' ? windowBits : 15 }).equals(data));
    }
  }
  for (const chunkSize of [64, 1000, 65536]) {
    const z = zlib[enc](data, { chunkSize });
    assert.ok(zlib[dec](z, { chunkSize }).equals(data));
  }
}
// windowBits 0 lets inflate take the window from the header; a smaller window than the
// stream's is refused.
const small = zlib.deflateSync(data, { windowBits: 10 });
assert.strictEqual(small[0], 0x28);
assert.ok(zlib.inflateSync(small, { windowBits: 0 }).equals(data));
assert.ok(zlib.inflateSync(small, { windowBits: 10 }).equals(data));
assert.throws(() => zlib.inflateSync(zlib.deflateSync(data), { windowBits: 9 }),
              { code: 'Z_DATA_ERROR', message: 'invalid window size' });
// DeflateRaw turns windowBits 8 into 9 (and says so in the options object).
const opts = { windowBits: 8 };
zlib.deflateRawSync('x', opts);
assert.strictEqual(opts.windowBits, 9);

// Brotli round trips.
for (const quality of [0, 1, 4, 6, 11]) {
  for (const mode of [c.BROTLI_MODE_GENERIC, c.BROTLI_MODE_TEXT, c.BROTLI_MODE_FONT]) {
    const z = zlib.brotliCompressSync(data, { params: { [c.BROTLI_PARAM_QUALITY]: quality, [c.BROTLI_PARAM_MODE]: mode } });
    assert.ok(z.length < data.length * 0.7, `brotli q${quality}`);
    assert.ok(zlib.brotliDecompressSync(z).equals(data), `brotli q${quality} mode ${mode}`);
  }
}
for (const lgwin of [10, 16, 24]) {
  const z = zlib.brotliCompressSync(data, { params: { [c.BROTLI_PARAM_LGWIN]: lgwin, [c.BROTLI_PARAM_QUALITY]: 5 } });
  assert.ok(zlib.brotliDecompressSync(z).equals(data));
}
const sized = zlib.brotliCompressSync(data, { params: { [c.BROTLI_PARAM_SIZE_HINT]: data.length } });
assert.ok(zlib.brotliDecompressSync(sized).equals(data));

// Input types: string, Buffer, other TypedArrays, DataView, ArrayBuffer.
const text = 'héllo wörld ✓ '.repeat(100);
const expected = Buffer.from(text);
const ab = new ArrayBuffer(expected.length);
new Uint8Array(ab).set(expected);
for (const input of [text, expected, new Uint8Array(ab), new DataView(ab), ab,
                     new Uint16Array(ab.slice(0, expected.length - (expected.length % 2)))]) {
  const out = zlib.gunzipSync(zlib.gzipSync(input));
  assert.ok(Buffer.isBuffer(out));
  const len = input instanceof Uint16Array ? input.byteLength : expected.length;
  assert.ok(out.equals(expected.subarray(0, len)), Object.prototype.toString.call(input));
}
// A view into a larger buffer uses only its bytes.
const big = Buffer.from('xxxxhello worldyyyy');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(big.subarray(4, 15))).toString(), 'hello world');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(new DataView(big.buffer, big.byteOffset + 4, 11))).toString(),
                   'hello world');
// Compressed input as a DataView or ArrayBuffer.
const z = zlib.deflateSync('abc');
assert.strictEqual(zlib.inflateSync(new DataView(z.buffer, z.byteOffset, z.length)).toString(), 'abc');
assert.strictEqual(zlib.inflateSync(z.buffer.slice(z.byteOffset, z.byteOffset + z.length)).toString(), 'abc');

// Empty input and empty output.
assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync('')), Buffer.alloc(0));
assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(0))), Buffer.alloc(0));
assert.deepStrictEqual(zlib.inflateRawSync(Buffer.from('0300', 'hex')), Buffer.alloc(0));

// Gzip members are concatenated; unzip too.
const members = Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two '), zlib.gzipSync(''),
                               zlib.gzipSync('three')]);
assert.strictEqual(zlib.gunzipSync(members).toString(), 'one two three');
assert.strictEqual(zlib.unzipSync(members).toString(), 'one two three');
// Deflate streams are not: the rest is ignored.
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('one'), zlib.deflateSync('two')])).toString(),
                   'one');

// Dictionaries: deflate/inflate, raw (set before any data), as other ArrayBufferViews.
const dictionary = Buffer.from('alpha beta gamma delta lorem ipsum');
for (const [enc, dec] of [['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync']]) {
  const withDict = zlib[enc](data, { dictionary });
  assert.ok(zlib[dec](withDict, { dictionary }).equals(data));
  assert.ok(zlib[dec](withDict, { dictionary: new Uint8Array(dictionary) }).equals(data));
  assert.ok(zlib[dec](withDict, { dictionary: new DataView(dictionary.buffer, dictionary.byteOffset,
                                                          dictionary.length) }).equals(data));
}
const dz = zlib.deflateSync('alpha beta', { dictionary });
// The header carries the dictionary's Adler-32 (FDICT set).
function adler32(buf) {
  let a = 1;
  let b = 0;
  for (const byte of buf) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
assert.strictEqual(dz[1] & 0x20, 0x20);
assert.strictEqual(dz.readUInt32BE(2), adler32(dictionary));
assert.strictEqual(zlib.unzipSync(dz, { dictionary }).toString(), 'alpha beta');
// A gzip stream has no dictionary id: the option is accepted and unused.
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('abc'), { dictionary }).toString(), 'abc');

// info: true returns the engine too, closed, with bytesWritten.
const info = zlib.gzipSync('hello', { info: true });
assert.deepStrictEqual(Object.keys(info), ['buffer', 'engine']);
assert.ok(info.engine instanceof zlib.Gzip);
assert.strictEqual(info.engine.bytesWritten, 5);
assert.strictEqual(info.engine._closed, true);
assert.strictEqual(zlib.gunzipSync(info.buffer).toString(), 'hello');
const infoIn = zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')]), { info: true });
assert.strictEqual(infoIn.buffer.toString(), 'abc');
assert.strictEqual(infoIn.engine.bytesWritten, 11);

// finishFlush other than Z_FINISH: partial input decodes without an error.
const full = zlib.gzipSync(data);
const part = zlib.gunzipSync(full.subarray(0, 5000), { finishFlush: c.Z_SYNC_FLUSH });
assert.ok(part.length > 0 && part.length < data.length);
assert.ok(part.equals(data.subarray(0, part.length)));
const brFull = zlib.brotliCompressSync(data);
const brPart = zlib.brotliDecompressSync(brFull.subarray(0, 2000), { finishFlush: c.BROTLI_OPERATION_FLUSH });
assert.ok(brPart.equals(data.subarray(0, brPart.length)));

// Sync results are plain Buffers with their own memory.
const r1 = zlib.deflateSync('aaaa');
assert.ok(Buffer.isBuffer(r1));
assert.strictEqual(r1.constructor, Buffer);

// _processChunk (legacy) without a callback runs synchronously and closes the stream.
const legacy = zlib.createDeflate();
const out = legacy._processChunk(Buffer.from('legacy'), c.Z_FINISH);
assert.strictEqual(zlib.inflateSync(out).toString(), 'legacy');
assert.strictEqual(legacy._closed, true);

// Options only a stream uses (highWaterMark here) take the stream path; the results and
// errors are the same either way.
for (const [enc, dec] of pairs) {
  const viaStream = zlib[enc](data, { level: 4, highWaterMark: 1024 });
  assert.ok(viaStream.equals(zlib[enc](data, { level: 4 })), enc);
  assert.ok(zlib[dec](viaStream, { highWaterMark: 1024, chunkSize: 128 }).equals(data), dec);
}
assert.throws(() => zlib.gunzipSync(Buffer.from('nope'), { highWaterMark: 10 }),
              { message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3 });
assert.throws(() => zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(5000)), { maxOutputLength: 100, highWaterMark: 10 }),
              { code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 100 bytes' });
assert.throws(() => zlib.gzipSync(123, { objectMode: true }), { code: 'ERR_INVALID_ARG_TYPE' });
