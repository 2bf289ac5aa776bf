'use strict';
// Copying through streams: pipe() and stream.pipeline() with a Transform, byte-exact, in
// bounded chunks; a destroyed destination reports its error to pipeline's callback.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pipeline, Transform } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('pipe-copy');
const src = path.join(dir, 'src.bin');
// 3 MiB + 123 bytes of a known pattern.
const size = 3 * 1024 * 1024 + 123;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 7 + (i >> 8)) & 0xff;
fs.writeFileSync(src, data);

(async () => {
  // pipe()
  const dst1 = path.join(dir, 'dst1.bin');
  const rs = fs.createReadStream(src);
  const ws = fs.createWriteStream(dst1);
  let maxChunk = 0;
  let chunks = 0;
  rs.on('data', (c) => {
    chunks++;
    maxChunk = Math.max(maxChunk, c.length);
  });
  rs.pipe(ws);
  await new Promise((resolve) => ws.on('close', resolve));
  assert.ok(fs.readFileSync(dst1).equals(data));
  assert.strictEqual(maxChunk, 65536);
  assert.strictEqual(chunks, Math.ceil(size / 65536));
  assert.strictEqual(rs.bytesRead, size);
  assert.strictEqual(ws.bytesWritten, size);

  // pipeline with a transform (xor every byte)
  const dst2 = path.join(dir, 'dst2.bin');
  await pipelineP(
    fs.createReadStream(src, { highWaterMark: 10000 }),
    new Transform({
      transform(chunk, enc, cb) {
        const out = Buffer.allocUnsafe(chunk.length);
        for (let i = 0; i < chunk.length; i++) out[i] = chunk[i] ^ 0x5a;
        cb(null, out);
      },
    }),
    fs.createWriteStream(dst2),
  );
  const got = fs.readFileSync(dst2);
  assert.strictEqual(got.length, size);
  for (let i = 0; i < size; i += 4099) assert.strictEqual(got[i], data[i] ^ 0x5a);

  // A destination destroyed mid-copy: pipeline's callback gets the error, both streams close.
  const rs3 = fs.createReadStream(src, { highWaterMark: 1024 });
  const ws3 = fs.createWriteStream(path.join(dir, 'dst3.bin'));
  rs3.once('data', () => process.nextTick(() => ws3.destroy(new Error('boom'))));
  const err = await new Promise((resolve) => pipeline(rs3, ws3, resolve));
  assert.strictEqual(err.message, 'boom');
  assert.strictEqual(rs3.destroyed, true);
  await new Promise((resolve) => (rs3.closed ? resolve() : rs3.on('close', resolve)));
  assert.strictEqual(rs3.fd, null);

  // A missing source: pipeline's callback gets ENOENT.
  const missing = path.join(dir, 'missing');
  const err2 = await new Promise((resolve) =>
    pipeline(fs.createReadStream(missing), fs.createWriteStream(path.join(dir, 'dst4')), resolve));
  assert.strictEqual(err2.code, 'ENOENT');
  assert.strictEqual(err2.message, `ENOENT: no such file or directory, open '${missing}'`);
  console.log('ok');
})();
