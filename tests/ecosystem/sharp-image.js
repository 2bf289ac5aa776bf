// sharp (installed from npm, pinned by package-lock.json): a node-addon-api C++ addon
// (@img/sharp-linux-x64) linked against the prebuilt libvips shared library from
// @img/sharp-libvips-linux-x64, found through the addon's $ORIGIN rpath. Every pipeline runs as
// napi async work. A 10x10 PNG is made from raw pixels, decoded back losslessly, resized
// (nearest: exact pixels; lanczos: approximate), measured, converted to JPEG, written to and read
// from a file, streamed through sharp's Duplex, and bad input is rejected with libvips' error.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');
const { Writable } = require('stream');
const sharp = require('sharp');

const W = 10;
const H = 10;
// Left half red, right half blue; green rises 20 per row.
const pixels = Buffer.alloc(W * H * 3);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const i = (y * W + x) * 3;
    pixels[i] = x < 5 ? 255 : 0;
    pixels[i + 1] = y * 20;
    pixels[i + 2] = x < 5 ? 0 : 255;
  }
}
const raw = { raw: { width: W, height: H, channels: 3 } };

async function main() {
  assert.strictEqual(sharp.versions.sharp, '0.35.5');
  assert.strictEqual(sharp.versions.vips, '8.18.7');
  assert.strictEqual(sharp.format.png.output.buffer, true);
  assert.strictEqual(sharp.format.jpeg.input.buffer, true);
  assert.ok(sharp.concurrency() >= 1);

  // Raw pixels -> PNG.
  const png = await sharp(pixels, raw).png().toBuffer();
  assert.ok(Buffer.isBuffer(png));
  assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width 10, height 10, bit depth 8, colour type 2 (truecolour).
  assert.strictEqual(png.toString('latin1', 12, 16), 'IHDR');
  assert.strictEqual(png.readUInt32BE(16), 10);
  assert.strictEqual(png.readUInt32BE(20), 10);
  assert.deepStrictEqual([png[24], png[25]], [8, 2]);

  const meta = await sharp(png).metadata();
  assert.strictEqual(meta.format, 'png');
  assert.strictEqual(meta.mediaType, 'image/png');
  assert.strictEqual(meta.size, png.length);
  assert.strictEqual(meta.width, 10);
  assert.strictEqual(meta.height, 10);
  assert.strictEqual(meta.channels, 3);
  assert.strictEqual(meta.space, 'srgb');
  assert.strictEqual(meta.depth, 'uchar');
  assert.strictEqual(meta.hasAlpha, false);
  assert.strictEqual(meta.isPalette, false);

  // Lossless round trip.
  const decoded = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  assert.deepStrictEqual(decoded.info, {
    format: 'raw', width: 10, height: 10, channels: 3, depth: 'uchar',
    premultiplied: false, hasAlpha: false, size: 300,
  });
  assert.ok(decoded.data.equals(pixels));

  // Nearest-neighbour 10x10 -> 5x5 samples pixels (1,3,5,7,9) of each row and column.
  const small = await sharp(png).resize(5, 5, { kernel: 'nearest' }).raw().toBuffer({ resolveWithObject: true });
  assert.strictEqual(small.info.width, 5);
  assert.strictEqual(small.info.height, 5);
  assert.strictEqual(small.info.size, 75);
  const expected = [];
  for (const y of [1, 3, 5, 7, 9]) {
    for (const x of [1, 3, 5, 7, 9]) expected.push(x < 5 ? 255 : 0, y * 20, x < 5 ? 0 : 255);
  }
  assert.deepStrictEqual([...small.data], expected);

  // Lanczos 10x10 -> 2x2: the left column stays mostly red, the right mostly blue, green grows downwards.
  const tiny = await sharp(png).resize(2, 2).raw().toBuffer();
  assert.strictEqual(tiny.length, 12);
  const px = (x, y) => [...tiny.subarray((y * 2 + x) * 3, (y * 2 + x) * 3 + 3)];
  for (const y of [0, 1]) {
    const [lr, , lb] = px(0, y);
    const [rr, , rb] = px(1, y);
    assert.ok(lr > 200 && lb < 50, `left ${px(0, y)}`);
    assert.ok(rb > 200 && rr < 50, `right ${px(1, y)}`);
  }
  assert.ok(px(0, 1)[1] > px(0, 0)[1] + 50);

  // Statistics are computed from exact integer sums.
  const stats = await sharp(png).stats();
  assert.strictEqual(stats.isOpaque, true);
  assert.deepStrictEqual(stats.channels.map((c) => [c.min, c.max, c.sum, c.mean]),
    [[0, 255, 12750, 127.5], [0, 180, 9000, 90], [0, 255, 12750, 127.5]]);

  // Operations chained in one pipeline: extract the top-left 4x4 (all red), flip, then PNG again.
  const region = await sharp(pixels, raw).extract({ left: 0, top: 0, width: 4, height: 4 }).flip()
    .raw().toBuffer({ resolveWithObject: true });
  assert.strictEqual(region.info.width, 4);
  const firstRow = [...region.data.subarray(0, 12)];
  assert.deepStrictEqual(firstRow, [255, 60, 0, 255, 60, 0, 255, 60, 0, 255, 60, 0]);

  // A solid-colour image from `create`, to JPEG.
  const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 10, g: 200, b: 30 } } })
    .jpeg({ quality: 90 }).toBuffer();
  assert.deepStrictEqual([...jpeg.subarray(0, 3)], [0xff, 0xd8, 0xff]);
  const jmeta = await sharp(jpeg).metadata();
  assert.strictEqual(jmeta.format, 'jpeg');
  assert.strictEqual(jmeta.width, 8);
  assert.strictEqual(jmeta.chromaSubsampling, '4:2:0');
  const jpx = await sharp(jpeg).raw().toBuffer();
  for (let i = 0; i < jpx.length; i += 3) {
    assert.ok(Math.abs(jpx[i] - 10) <= 3 && Math.abs(jpx[i + 1] - 200) <= 3 && Math.abs(jpx[i + 2] - 30) <= 3,
      `jpeg pixel ${[...jpx.subarray(i, i + 3)]}`);
  }

  // Files, and sharp as a Duplex stream.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-sharp-'));
  try {
    const file = path.join(dir, 'in.png');
    const info = await sharp(pixels, raw).toFile(file);
    assert.strictEqual(info.format, 'png');
    assert.strictEqual(info.width, 10);
    assert.strictEqual(info.size, fs.statSync(file).size);
    assert.strictEqual((await sharp(file).metadata()).width, 10);

    const chunks = [];
    await pipeline(
      fs.createReadStream(file),
      sharp().resize(5, 5, { kernel: 'nearest' }).raw(),
      new Writable({
        write(chunk, enc, cb) {
          chunks.push(chunk);
          cb();
        },
      }),
    );
    assert.deepStrictEqual([...Buffer.concat(chunks)], expected);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Several pipelines at once on the thread pool.
  const sizes = [1, 2, 3, 4, 5, 6, 7, 8];
  const outs = await Promise.all(sizes.map((s) => sharp(png).resize(s, s).raw().toBuffer({ resolveWithObject: true })));
  assert.deepStrictEqual(outs.map((o) => o.info.width), sizes);
  assert.deepStrictEqual(outs.map((o) => o.data.length), sizes.map((s) => s * s * 3));

  // Errors: from libvips (async) and from argument checks (sync).
  await assert.rejects(sharp(Buffer.from('not an image')).metadata(),
    { message: 'Input buffer contains unsupported image format' });
  await assert.rejects(sharp(Buffer.from('still not an image')).png().toBuffer(),
    { message: 'Input buffer contains unsupported image format' });
  assert.throws(() => sharp(png).resize(-1),
    { message: 'Expected positive integer between 1 and 100000000 for width but received -1 of type number' });
}

main().then(() => console.log('sharp ok'));
