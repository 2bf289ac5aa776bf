'use strict';
// Known answers: bytes produced by Node 20 (zlib and brotli 1.1.0), embedded as hex. rode's
// engines (zlib-rs, the brotli crate) must give the same bytes where the output is
// canonical (stored blocks, Huffman-only, RLE, short inputs, all brotli qualities), and
// decompress Node's output of every format back to the original.
const assert = require('assert');
const zlib = require('zlib');
const { constants: c } = zlib;

const text = 'The quick brown fox jumps over the lazy dog. ' +
  'Pack my box with five dozen liquor jugs! '.repeat(3) + '0123456789'.repeat(4);
const hex = (b) => b.toString('hex');
const bytes = (h) => Buffer.from(h, 'hex');

// Decompressing Node's output (level 6, and level 9 with windowBits 9 / memLevel 1).
const nodeGzip = bytes("1f8b0800000000000003b5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a0172b5fb8ad0000000");
const nodeDeflate = bytes("789cb5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a01f995445a");
const nodeRaw = bytes("b5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a01");
const nodeSmallWindow = bytes("18d3b5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a01f995445a");
assert.strictEqual(zlib.gunzipSync(nodeGzip).toString(), text);
assert.strictEqual(zlib.unzipSync(nodeGzip).toString(), text);
assert.strictEqual(zlib.inflateSync(nodeDeflate).toString(), text);
assert.strictEqual(zlib.unzipSync(nodeDeflate).toString(), text);
assert.strictEqual(zlib.inflateRawSync(nodeRaw).toString(), text);
assert.strictEqual(zlib.inflateSync(nodeSmallWindow).toString(), text);
assert.strictEqual(zlib.inflateSync(nodeSmallWindow, { windowBits: 9 }).toString(), text);

// Compressing: the same bytes as Node.
const kat = [
  [() => zlib.gzipSync(text), "1f8b0800000000000003b5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a0172b5fb8ad0000000"],
  [() => zlib.deflateSync(text), "789cb5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a01f995445a"],
  [() => zlib.deflateRawSync(text), "b5cac91540301405d0569e061cf3d085850622f924a64f88a97a1dd8d9ddc5ad356175460e682c9f335abed0bb69d9c00759ec9a308ae786e2ce4725e480e946c3174eb36bb4e620287e68c66856c716bdeb36ef871884519ca4595e94df7a01"],
  [() => zlib.gzipSync('hello world', { level: 0 }), "1f8b0800000000000403010b00f4ff68656c6c6f20776f726c6485114a0d0b000000"],
  [() => zlib.deflateSync('hello world', { level: 0 }), "7801010b00f4ff68656c6c6f20776f726c641a0b045d"],
  [() => zlib.deflateRawSync('hello world', { level: 0 }), "010b00f4ff68656c6c6f20776f726c64"],
  [() => zlib.deflateSync(text, { strategy: c.Z_HUFFMAN_ONLY }), "780105c1db1944301006d0567e0dec1797085d78d8068221e3362b8450fd9ef375843d7037a3f5726f1824620aebef805ce4713ac262df07bd8c1f34b69bb13e6825e2e6d361e08bd0cb4b1b16de83784c613c1234b69bb13e6825e2e6d361e08bd0cb4b1b16de83784c613c1234b69bb13e6825e2e6d361e08bd0cb4b1b16de83784c613c12a834cb0b5d9aaa56699617ba3455add22c2f7469aa5aa5595ee8d254f51ff995445a"],
  [() => zlib.deflateSync(text, { strategy: c.Z_RLE }), "780105c1db1944301006d0567e0dec1797085d78d8068221e3362b8450fd9ef375843d7037a3f5726f1824620aebef805ce4713ac262df07bd8c1f34b69bb13e6825e2e6d361e08bd0cb4b1b16de83784c613c1234b69bb13e6825e2e6d361e08bd0cb4b1b16de83784c613c1234b69bb13e6825e2e6d361e08bd0cb4b1b16de83784c613c12a834cb0b5d9aaa56699617ba3455add22c2f7469aa5aa5595ee8d254f51ff995445a"],
  [() => zlib.gzipSync('hello'), "1f8b0800000000000003cb48cdc9c9070086a6103605000000"],
  [() => zlib.gzipSync('hello', { level: 1 }), "1f8b0800000000000403cb48cdc9c9070086a6103605000000"],
  [() => zlib.gzipSync('hello', { level: 9 }), "1f8b0800000000000203cb48cdc9c9070086a6103605000000"],
  [() => zlib.deflateSync(''), "789c030000000001"],
  [() => zlib.gzipSync(''), "1f8b080000000000000303000000000000000000"],
  [() => zlib.deflateRawSync(''), "0300"],
  [() => zlib.deflateSync('x', { windowBits: 8 }), "1895ab000000790079"],
  [() => zlib.deflateRawSync('x', { windowBits: 8 }), "ab0000"],
  [() => zlib.deflateSync('hello world', { dictionary: Buffer.from('hello world dictionary') }),
   "78bb622008b3cb408802001a0b045d"],
  [() => zlib.deflateSync('abc', { finishFlush: c.Z_SYNC_FLUSH }), "789c4a4c4a06000000ffff"],
  [() => zlib.deflateSync('abc', { finishFlush: c.Z_FULL_FLUSH }), "789c4a4c4a06000000ffff"],
  [() => zlib.deflateSync('abc', { finishFlush: c.Z_PARTIAL_FLUSH }), "789c4a4c4a0608"],
  [() => zlib.deflateSync('abc', { finishFlush: c.Z_NO_FLUSH }), "789c"],
  [() => zlib.deflateSync('abc', { finishFlush: c.Z_BLOCK }), "789c4a4c4a06"],
];
for (const [f, expected] of kat) assert.strictEqual(hex(f()), expected, f.toString());

// Brotli: Node's bytes for every quality and parameter.
const br = (params, input = text, opts = {}) => hex(zlib.brotliCompressSync(input, { params, ...opts }));
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 0 }), "8b67000080aaaaaaeaff74653b5c024cd5544dcd2e373bf8e1628b98a9a82d12a6666adbff5df5efb9b7ba675497b731dc152f161616363656f532a33af8f0e1c7603018c799acaac16030180c0673a8332215a551382cb493ec3dc18fe2e7097be27e4617e5de30ca8390d6ff037251c4e9094bfbbd1864fa43d3f633d6179d3cb8f9f418f9220cf2d18685f72411214d4786a6ed67ac2f3a7970b3e70fbe932b5d185bbaaa3e7bf5");
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 1 }), "8b67000080aaaaaaeaff74253f5c1c96fd72b3831f2e6a6a6aa66a6a6ae2a6666aaa6ae09073698bf578404c313818333eb9f859c3929cf6b451f24c2f853185ff8aec26b259c3a48e4a27c39946694fa8b452c86eb3f46e3774729899c92d4922631ad6138dd29e5069a590dd5c1e97ebedfe78bede9fafc503");
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 2 }), "1bcf000080aaaaaaeaff74253b5c0cdcdccdb7cbcd0e7eb8a8a98999aaa999899b9aa96d0370301644629218e04e9b3be4f373c29cbc0dd451f789560ffa34fe177493c8ea84c15c278d763995b181f1a4d683ddaf8ed66f42a3974c0c7e4e1ae953b76454c606342e0a6ec5fd513e5fefcf570e");
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 4 }), "1bcf0000c4a73f47fa06b28b164b905fb52ad88013b3842c0f17c57bb2d0159316c8c1b7a0fbf2cc90cb0b7b85f5c0728bfd8171e1c9ff812f2a46479843f84097178f393566e98fc6975fccf066bb961df65247240b9234cb8bb2aa9b9600");
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 5 }), "1bcf0000c4a73f47fa06b28b164b905fb52ad88003f74403b4d1f78571d8183b4310aa3173d202995bd07d7966c8e585bdc27a60b9c5fe8131f4e4ffc01715a323cc217ca0cb8b1a60edd3c0975fccf066bb961df652472417246996176555372d01");
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 9 }), "1bcf0000c4a73f47fa06b28b164b905fb52ad88003f74403b4d1f78571d8183b4310aa3173d202995bd07d7966c8e585bdc27a60b9c5fe8131f4e4ffc01715a323cc217ca0cb8b1a60edd3c0975fccf066bb961df652472417246996176555372d01");
assert.strictEqual(br({ [c.BROTLI_PARAM_QUALITY]: 11 }), "1bcf00201c09764cce88f9805d5650b9c1d8bca461ed9cd6332cc69d9e47cf8514dce080bd00833cc030705fdcf71c3e8f5278e4d9541e0eb116937911c31b226be13f08d55f43777f88bc7081adf368c29f06accec38576743bee01504e67ef01");
assert.strictEqual(hex(zlib.brotliCompressSync(text)), "1bcf00201c09764cce88f9805d5650b9c1d8bca461ed9cd6332cc69d9e47cf8514dce080bd00833cc030705fdcf71c3e8f5278e4d9541e0eb116937911c31b226be13f08d55f43777f88bc7081adf368c29f06accec38576743bee01504e67ef01");
assert.strictEqual(br({ [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT, [c.BROTLI_PARAM_QUALITY]: 5 }),
                   "1bcf0000c4a73f47fa06b28b164b905fb52ad88003f74403b4d1f78571d8183b4310aa3173d202995bd07d7966c8e585bdc27a60b9c5fe8131f4e4ffc01715a323cc217ca0cb8b1a60edd3c0975fccf066bb961df652472417246996176555372d01");
assert.strictEqual(br({ [c.BROTLI_PARAM_LGWIN]: 10 }), "a1780600e148b0637246cc07ecb282ca0dc6e6250d6be7b49e6131eef43c7a2ea4e00607ec0518e4018681fbe2bee7f07994c223cfa6f27088b598cc8b18de10590bff41a8fe1abafb43e4850b6c9d4713fe3460751e2eb4a3db710f80723a7b0f00");
assert.strictEqual(br({ [c.BROTLI_PARAM_SIZE_HINT]: text.length }), "1bcf00201c09764cce88f9805d5650b9c1d8bca461ed9cd6332cc69d9e47cf8514dce080bd00833cc030705fdcf71c3e8f5278e4d9541e0eb116937911c31b226be13f08d55f43777f88bc7081adf368c29f06accec38576743bee01504e67ef01");
assert.strictEqual(br({ [c.BROTLI_PARAM_LARGE_WINDOW]: 1 }), "11563c03807024d8313923e603765941e50663f39286b5735acfb018777a1e3d1752708303f6020cf200c3c07d71df73f83c4ae19167537938c45a4ce6450c6f88ac85ff20547f0dddfd21f2c205b6cea3097f1ab03a0f17dad1edb80740399dbd07");
assert.strictEqual(br({ [c.BROTLI_PARAM_NPOSTFIX]: 1, [c.BROTLI_PARAM_NDIRECT]: 4 }), "1bcf00201c09764cce88f9805d5650b9c1d8bca461ed9cd6332cc69d9e47cf8514dce080bd00833cc030705fdcf71c3e8f5278e4d9541e0eb116937911c31b226be13f08d55f43777f88bc7081adf368c29f06accec38576743bee01504e67ef01");
assert.strictEqual(br({ [c.BROTLI_PARAM_LGBLOCK]: 16 }), "1bcf00201c09764cce88f9805d5650b9c1d8bca461ed9cd6332cc69d9e47cf8514dce080bd00833cc030705fdcf71c3e8f5278e4d9541e0eb116937911c31b226be13f08d55f43777f88bc7081adf368c29f06accec38576743bee01504e67ef01");
assert.strictEqual(br({ [c.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true }), "1bcf0020c427ef47fa06b28b161f48fd4e3738602fc0200f300cdc17f73d87cfa3141e793685f6e1106b31f5f222860f88ec18ff0f6569e835744f1fd2f2c205b6cea395e5af668cdd762d3bfaab3908f700e3422a6dacf300");
assert.strictEqual(br({}, ''), "3b");
assert.strictEqual(br({}, 'abc', { finishFlush: c.BROTLI_OPERATION_FLUSH }), "0b0180616263");
// ... and Node's brotli output decodes.
assert.strictEqual(zlib.brotliDecompressSync(bytes("1bcf00201c09764cce88f9805d5650b9c1d8bca461ed9cd6332cc69d9e47cf8514dce080bd00833cc030705fdcf71c3e8f5278e4d9541e0eb116937911c31b226be13f08d55f43777f88bc7081adf368c29f06accec38576743bee01504e67ef01")).toString(), text);
assert.strictEqual(zlib.brotliDecompressSync(bytes("8b67000080aaaaaaeaff74653b5c024cd5544dcd2e373bf8e1628b98a9a82d12a6666adbff5df5efb9b7ba675497b731dc152f161616363656f532a33af8f0e1c7603018c799acaac16030180c0673a8332215a551382cb493ec3dc18fe2e7097be27e4617e5de30ca8390d6ff037251c4e9094bfbbd1864fa43d3f633d6179d3cb8f9f418f9220cf2d18685f72411214d4786a6ed67ac2f3a7970b3e70fbe932b5d185bbaaa3e7bf5")).toString(), text);
assert.strictEqual(zlib.brotliDecompressSync(bytes("a1780600e148b0637246cc07ecb282ca0dc6e6250d6be7b49e6131eef43c7a2ea4e00607ec0518e4018681fbe2bee7f07994c223cfa6f27088b598cc8b18de10590bff41a8fe1abafb43e4850b6c9d4713fe3460751e2eb4a3db710f80723a7b0f00")).toString(), text);
// A large-window stream needs the decoder's LARGE_WINDOW parameter.
assert.throws(() => zlib.brotliDecompressSync(bytes("11563c03807024d8313923e603765941e50663f39286b5735acfb018777a1e3d1752708303f6020cf200c3c07d71df73f83c4ae19167537938c45a4ce6450c6f88ac85ff20547f0dddfd21f2c205b6cea3097f1ab03a0f17dad1edb80740399dbd07")),
              { code: 'ERR__ERROR_FORMAT_WINDOW_BITS', errno: -13, message: 'Decompression failed' });
assert.strictEqual(zlib.brotliDecompressSync(bytes("11563c03807024d8313923e603765941e50663f39286b5735acfb018777a1e3d1752708303f6020cf200c3c07d71df73f83c4ae19167537938c45a4ce6450c6f88ac85ff20547f0dddfd21f2c205b6cea3097f1ab03a0f17dad1edb80740399dbd07"),
                   { params: { [c.BROTLI_DECODER_PARAM_LARGE_WINDOW]: true } }).toString(), text);
