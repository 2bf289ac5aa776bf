'use strict';
// Errors as Node reports them: corrupt or truncated input (zlib's message, errno, code),
// dictionaries, maxOutputLength, and option/argument checks with Node's codes and messages.
const assert = require('assert');
const zlib = require('zlib');
const { constants: c } = zlib;

function zerr(message, errno, code) {
  return (e) => {
    assert.strictEqual(e.constructor, Error);
    assert.strictEqual(e.message, message);
    assert.strictEqual(e.errno, errno);
    assert.strictEqual(e.code, code);
    assert.deepStrictEqual(Object.keys(e), ['errno', 'code']);
    return true;
  };
}
const DATA = (m) => zerr(m, -3, 'Z_DATA_ERROR');
const EOF_ = zerr('unexpected end of file', -5, 'Z_BUF_ERROR');

const garbage = Buffer.from('hello world');
assert.throws(() => zlib.inflateSync(garbage), DATA('incorrect header check'));
assert.throws(() => zlib.gunzipSync(garbage), DATA('incorrect header check'));
assert.throws(() => zlib.unzipSync(garbage), DATA('incorrect header check'));
assert.throws(() => zlib.inflateRawSync(garbage), DATA('invalid stored block lengths'));

const gz = zlib.gzipSync('hello hello hello hello');
assert.throws(() => zlib.gunzipSync(gz.subarray(0, gz.length - 4)), EOF_);
assert.throws(() => zlib.gunzipSync(gz.subarray(0, 5)), EOF_);
for (const f of ['gunzipSync', 'inflateSync', 'unzipSync', 'inflateRawSync', 'brotliDecompressSync']) {
  assert.throws(() => zlib[f](Buffer.alloc(0)), EOF_, f);
}
const bad = Buffer.from(gz);
bad[bad.length - 6] ^= 1;
assert.throws(() => zlib.gunzipSync(bad), DATA('incorrect data check'));
const badLen = Buffer.from(gz);
badLen[badLen.length - 1] ^= 1;
assert.throws(() => zlib.gunzipSync(badLen), DATA('incorrect length check'));
const badMethod = Buffer.from(gz);
badMethod[2] = 7;
assert.throws(() => zlib.gunzipSync(badMethod), DATA('unknown compression method'));
// Crafted streams: each decoder's verdict (Node's table).
const crafted = [
  ['07', 'inflateRawSync', 'Z_DATA_ERROR', -3, 'invalid block type'],
  ['07', 'inflateSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['07', 'gunzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['07', 'unzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['7800', 'inflateRawSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['7800', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['7800', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['7800', 'unzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['7a9c', 'inflateRawSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['7a9c', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['7a9c', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['7a9c', 'unzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['789c07', 'inflateRawSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['789c07', 'inflateSync', 'Z_DATA_ERROR', -3, 'invalid block type'],
  ['789c07', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['789c07', 'unzipSync', 'Z_DATA_ERROR', -3, 'invalid block type'],
  ['789c030000000002', 'inflateRawSync', 'Z_DATA_ERROR', -3, 'invalid stored block lengths'],
  ['789c030000000002', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect data check'],
  ['789c030000000002', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['789c030000000002', 'unzipSync', 'Z_DATA_ERROR', -3, 'incorrect data check'],
  ['1f8b0800', 'inflateRawSync', 'Z_DATA_ERROR', -3, 'invalid block type'],
  ['1f8b0800', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['1f8b0800', 'gunzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['1f8b0800', 'unzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['1f8b08ff000000000003cb48cdc9c90700', 'inflateRawSync', 'Z_DATA_ERROR', -3, 'invalid block type'],
  ['1f8b08ff000000000003cb48cdc9c90700', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['1f8b08ff000000000003cb48cdc9c90700', 'gunzipSync', 'Z_DATA_ERROR', -3, 'unknown header flags set'],
  ['1f8b08ff000000000003cb48cdc9c90700', 'unzipSync', 'Z_DATA_ERROR', -3, 'unknown header flags set'],
  ['ff', 'inflateRawSync', 'Z_DATA_ERROR', -3, 'invalid block type'],
  ['ff', 'inflateSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['ff', 'gunzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['ff', 'unzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['0300ff', 'inflateRawSync', null, ''],
  ['0300ff', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['0300ff', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['0300ff', 'unzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['63000000', 'inflateRawSync', null, '00'],
  ['63000000', 'inflateSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['63000000', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['63000000', 'unzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['789c4b040002', 'inflateRawSync', 'Z_DATA_ERROR', -3, 'invalid stored block lengths'],
  ['789c4b040002', 'inflateSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['789c4b040002', 'gunzipSync', 'Z_DATA_ERROR', -3, 'incorrect header check'],
  ['789c4b040002', 'unzipSync', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
];
for (const [input, f, code, errnoOrOut, message] of crafted) {
  if (code === null) {
    assert.strictEqual(zlib[f](Buffer.from(input, 'hex')).toString('hex'), errnoOrOut, `${f} ${input}`);
  } else {
    assert.throws(() => zlib[f](Buffer.from(input, 'hex')), zerr(message, errnoOrOut, code), `${f} ${input}`);
  }
}

// Trailing data: zero padding is fine after gzip, other bytes start a member that fails.
assert.throws(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('xyz')])),
              DATA('incorrect header check'));
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)])).toString(),
                   'hello hello hello hello');
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')])).toString(),
                   'abc');
assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('abc'), Buffer.from('xyz')]))
                     .toString(), 'abc');

// Dictionaries.
const dict = Buffer.from('hello world dictionary');
const dz = zlib.deflateSync('hello world', { dictionary: dict });
assert.throws(() => zlib.inflateSync(dz), zerr('Missing dictionary', 2, 'Z_NEED_DICT'));
assert.throws(() => zlib.inflateSync(dz, { dictionary: Buffer.from('other') }),
              zerr('Bad dictionary', 2, 'Z_NEED_DICT'));
assert.throws(() => zlib.inflateRawSync(zlib.deflateRawSync('hello world', { dictionary: dict }),
                                        { dictionary: Buffer.from('x') }),
              DATA('invalid distance too far back'));

// Brotli.
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('hello world garbage')),
              zerr('Decompression failed', -6, 'ERR__ERROR_FORMAT_CL_SPACE'));
// Corrupted brotli streams: Node's verdicts (brotli 1.1.0's error names as codes).
const brotliCrafted = [
  ['e4e0000044db46a92e245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04260300', 'ERR__ERROR_FORMAT_EXUBERANT_NIBBLE', -1, 'Decompression failed'],
  ['1be0ff0044db46a92e245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04260300', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['1be0008044db46a92e245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04260300', 'ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4, 'Decompression failed'],
  ['1be00000442446a92e245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04260300', 'ERR__ERROR_FORMAT_CL_SPACE', -6, 'Decompression failed'],
  ['1be0000044db46a921245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04260300', 'ERR__ERROR_FORMAT_HUFFMAN_SPACE', -7, 'Decompression failed'],
  ['1be0000044db46a92e24f13214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04260300', 'ERR__ERROR_FORMAT_HUFFMAN_SPACE', -7, 'Decompression failed'],
  ['1be0000044db46a92e245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f042603ff', 'ERR__ERROR_FORMAT_DICTIONARY', -12, 'Decompression failed'],
  ['1be0000044db46a92e245b3214c553916772f2e72850099857b6b259d06ce195a723f2a2ac3626b8451f18c7adee3f04261300', 'OK', 225],
  ['ff', 'ERR__ERROR_FORMAT_PADDING_2', -15, 'Decompression failed'],
  ['0b', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['3b00', 'OK', 0],
  ['1b', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
  ['8b0080616263', 'ERR__ERROR_FORMAT_PADDING_2', -15, 'Decompression failed'],
  ['0b0180616263', 'Z_BUF_ERROR', -5, 'unexpected end of file'],
];
for (const [input, code, errnoOrLength, message] of brotliCrafted) {
  if (code === 'OK') {
    assert.strictEqual(zlib.brotliDecompressSync(Buffer.from(input, 'hex')).length, errnoOrLength);
  } else {
    assert.throws(() => zlib.brotliDecompressSync(Buffer.from(input, 'hex')),
                  zerr(message, errnoOrLength, code), input);
  }
}
const brz = zlib.brotliCompressSync('hello hello hello hello hello');
assert.throws(() => zlib.brotliDecompressSync(brz.subarray(0, brz.length - 2)), EOF_);

// maxOutputLength stops a decompression bomb.
const bomb = zlib.gzipSync(Buffer.alloc(10 << 20));
assert.ok(bomb.length < 20000);
const tooLarge = {
  name: 'RangeError',
  code: 'ERR_BUFFER_TOO_LARGE',
  message: 'Cannot create a Buffer larger than 1000 bytes',
};
assert.throws(() => zlib.gunzipSync(bomb, { maxOutputLength: 1000 }), tooLarge);
assert.throws(() => zlib.unzipSync(bomb, { maxOutputLength: 1000 }), tooLarge);
assert.throws(() => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(100000)), { maxOutputLength: 1000 }), tooLarge);
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(100000)),
                                              { maxOutputLength: 1000 }), tooLarge);
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(1000)), { maxOutputLength: 1000 }).length, 1000);

// Option checks.
function range(name, range, received) {
  return {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
  };
}
assert.throws(() => zlib.gzipSync('x', { level: 10 }), range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => zlib.gzipSync('x', { level: -2 }), range('options.level', '>= -1 and <= 9', -2));
assert.throws(() => zlib.gzipSync('x', { level: Infinity }),
              range('options.level', 'a finite number', 'Infinity'));
assert.throws(() => zlib.gzipSync('x', { level: '1' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.level" property must be of type number. Received type string (\'1\')',
});
assert.throws(() => zlib.gzipSync('x', { windowBits: 8 }), range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => zlib.deflateSync('x', { windowBits: 16 }), range('options.windowBits', '>= 8 and <= 15', 16));
assert.throws(() => zlib.inflateSync('x', { windowBits: 7 }), range('options.windowBits', '>= 8 and <= 15', 7));
assert.throws(() => zlib.gzipSync('x', { memLevel: 10 }), range('options.memLevel', '>= 1 and <= 9', 10));
assert.throws(() => zlib.gzipSync('x', { strategy: 5 }), range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => zlib.gzipSync('x', { chunkSize: 10 }), range('options.chunkSize', '>= 64', 10));
assert.throws(() => zlib.gzipSync('x', { flush: 6 }), range('options.flush', '>= 0 and <= 5', 6));
assert.throws(() => zlib.gzipSync('x', { finishFlush: -1 }), range('options.finishFlush', '>= 0 and <= 5', -1));
assert.throws(() => zlib.brotliCompressSync('x', { flush: 4 }), range('options.flush', '>= 0 and <= 3', 4));
assert.throws(() => zlib.gzipSync('x', { maxOutputLength: 0 }),
              range('options.maxOutputLength', '>= 1 and <= 4294967296', 0));
assert.throws(() => zlib.gzipSync('x', { dictionary: 'abc' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, ' +
    'or ArrayBuffer. Received type string (\'abc\')',
});
// NaN and undefined mean "default".
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('x', { level: NaN, memLevel: undefined })).toString(), 'x');

// Input types.
const inputMessage = 'The "buffer" argument must be of type string or an instance of Buffer, ' +
  'TypedArray, DataView, or ArrayBuffer. Received ';
assert.throws(() => zlib.gzipSync(123), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: inputMessage + 'type number (123)',
});
assert.throws(() => zlib.deflateSync({}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: inputMessage + 'an instance of Object',
});
assert.throws(() => zlib.gzipSync(), { code: 'ERR_INVALID_ARG_TYPE' });

// Brotli params.
assert.throws(() => zlib.brotliCompressSync('x', { params: { 10: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '10 is not a valid Brotli parameter',
});
assert.throws(() => zlib.brotliCompressSync('x', { params: { 9: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '9 is not a valid Brotli parameter',
});
assert.throws(() => zlib.brotliCompressSync('x', { params: { foo: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: 'foo is not a valid Brotli parameter',
});
assert.throws(() => zlib.brotliCompressSync('x', { params: { 1: '1' } }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'1\')',
});
assert.throws(() => zlib.brotliDecompressSync('x', { params: { 5: 1 } }), {
  name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Initialization failed',
});
assert.throws(() => zlib.createBrotliDecompress({ params: { [c.BROTLI_PARAM_NDIRECT]: 1 } }),
              { code: 'ERR_ZLIB_INITIALIZATION_FAILED' });
// Out-of-range values are clamped by brotli, not refused.
assert.strictEqual(zlib.brotliCompressSync('xx', { params: { [c.BROTLI_PARAM_QUALITY]: 12 } }).toString('hex'),
                   '8b0080787803');

// Stream method checks.
const g = zlib.createDeflate();
assert.throws(() => g.params(10, 0), range('level', '>= -1 and <= 9', 10));
assert.throws(() => g.params(0, 9), range('strategy', '>= 0 and <= 4', 9));
g.close();
assert.throws(() => g.reset(), {
  code: 'ERR_INTERNAL_ASSERTION',
  message: 'zlib binding closed\nThis is caused by either a bug in Node.js or incorrect usage of ' +
    'Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n',
});
