'use strict';
// The callback and promisified forms: results, errors through the callback (never thrown),
// maxOutputLength, info, argument checks, and that the work does not block the JS thread.
const assert = require('assert');
const zlib = require('zlib');
const { promisify } = require('util');
const { constants: c } = zlib;

const data = Buffer.from('callback form '.repeat(20000));
let pending = 0;
function done(name) {
  pending++;
  return (...args) => {
    pending--;
    return args;
  };
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, 'a callback never ran');
});

const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
               ['brotliCompress', 'brotliDecompress']];
for (const [enc, dec] of pairs) {
  const d1 = done(enc);
  zlib[enc](data, (err, z) => {
    d1();
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(z));
    assert.ok(z.length < data.length / 10);
    const d2 = done(dec);
    zlib[dec](z, (err, back) => {
      d2();
      assert.strictEqual(err, null);
      assert.ok(back.equals(data), `${enc} -> ${dec}`);
    });
  });
}

// Options before the callback; strings as input.
const d3 = done('opts');
zlib.deflate('abc', { level: 0 }, (err, z) => {
  d3();
  assert.strictEqual(err, null);
  assert.strictEqual(z.toString('hex'), '7801010300fcff616263024d0127');
});

// The callback runs asynchronously, after the current code.
let sync = true;
const d4 = done('async');
zlib.gzip('x', () => {
  d4();
  assert.strictEqual(sync, false);
});
sync = false;

// Errors go to the callback with Node's fields.
const d5 = done('error');
zlib.inflate(Buffer.from('not deflate'), (err, res) => {
  d5();
  assert.strictEqual(res, undefined);
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
});
const gz = zlib.gzipSync(data);
const d6 = done('truncated');
zlib.gunzip(gz.subarray(0, gz.length - 10), (err) => {
  d6();
  assert.strictEqual(err.message, 'unexpected end of file');
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.errno, -5);
});
const d7 = done('brotli error');
zlib.brotliDecompress(Buffer.from('hello world garbage'), (err) => {
  d7();
  assert.strictEqual(err.message, 'Decompression failed');
  assert.strictEqual(err.code, 'ERR__ERROR_FORMAT_CL_SPACE');
  assert.strictEqual(err.errno, -6);
});
const d8 = done('maxOutputLength');
zlib.gunzip(zlib.gzipSync(Buffer.alloc(1 << 20)), { maxOutputLength: 100 }, (err, res) => {
  d8();
  assert.strictEqual(res, undefined);
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message, 'Cannot create a Buffer larger than 100 bytes');
});
const d9 = done('info');
zlib.deflate('info', { info: true }, (err, res) => {
  d9();
  assert.strictEqual(err, null);
  assert.deepStrictEqual(Object.keys(res), ['buffer', 'engine']);
  assert.ok(res.engine instanceof zlib.Deflate);
  assert.strictEqual(res.engine.bytesWritten, 4);
  assert.strictEqual(zlib.inflateSync(res.buffer).toString(), 'info');
});
const d10 = done('empty');
zlib.gunzip(zlib.gzipSync(''), (err, res) => {
  d10();
  assert.strictEqual(err, null);
  assert.deepStrictEqual(res, Buffer.alloc(0));
});
const d11 = done('dataview');
const ab = new TextEncoder().encode('view input').buffer;
zlib.deflate(new DataView(ab), (err, z) => {
  d11();
  assert.strictEqual(zlib.inflateSync(z).toString(), 'view input');
  const d12 = done('arraybuffer');
  zlib.inflate(z.buffer.slice(z.byteOffset, z.byteOffset + z.length), (err, back) => {
    d12();
    assert.strictEqual(back.toString(), 'view input');
  });
});

// Argument errors are thrown, not passed to the callback.
assert.throws(() => zlib.gzip('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => zlib.gzip('x', {}, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.gzip('x', { level: 42 }, () => assert.fail('called')), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.deflate(123, () => assert.fail('called')), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (123)',
});

// Promisified.
(async () => {
  const z = await promisify(zlib.brotliCompress)(data, { params: { [c.BROTLI_PARAM_QUALITY]: 4 } });
  assert.ok((await promisify(zlib.brotliDecompress)(z)).equals(data));
  const g = await promisify(zlib.gzip)(data);
  assert.ok((await promisify(zlib.unzip)(g)).equals(data));
  await assert.rejects(promisify(zlib.gunzip)(Buffer.from('x')), {
    message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5,
  });
  await assert.rejects(promisify(zlib.inflate)(Buffer.from('bad input')), { code: 'Z_DATA_ERROR' });

  // The JS thread keeps running while a big job compresses: timers fire meanwhile.
  const big = Buffer.alloc(2 << 20);
  for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761 >>> 24) & 0x3f;
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const start = Date.now();
  const bz = await promisify(zlib.gzip)(big, { level: 9 });
  const elapsed = Date.now() - start;
  clearInterval(timer);
  if (elapsed > 50) assert.ok(ticks > 0, `no timer ran during ${elapsed} ms of compression`);
  assert.ok((await promisify(zlib.gunzip)(bz)).equals(big));
})().then(done('promises'));

// Through a stream (an option only streams use): same results and errors.
const d13 = done('stream path');
zlib.gzip(data, { highWaterMark: 100 }, (err, z) => {
  d13();
  assert.strictEqual(err, null);
  assert.ok(z.equals(zlib.gzipSync(data)));
  const d14 = done('stream path error');
  zlib.gunzip(z.subarray(0, 100), { highWaterMark: 100 }, (err) => {
    d14();
    assert.strictEqual(err.code, 'Z_BUF_ERROR');
    assert.strictEqual(err.message, 'unexpected end of file');
  });
});
const d15 = done('null input');
zlib.deflateRaw(null, (err, z) => {
  d15();
  assert.strictEqual(err, null);
  assert.strictEqual(z.toString('hex'), '0300');
});
