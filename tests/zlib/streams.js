'use strict';
// Stream forms: pipeline through real files (a few MiB), chunk sizes, flush kinds, params,
// reset, close/destroy, errors reaching pipeline, backpressure, byte-at-a-time input,
// async iteration, bytesWritten.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const { once } = require('events');
const { constants: c } = zlib;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-zlib-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function sample(n) {
  const b = Buffer.alloc(n);
  let seed = 99;
  for (let i = 0; i < n; i++) {
    if ((i & 63) === 0) seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    b[i] = 97 + ((seed >>> ((i & 7) * 3)) & 15);
  }
  return b;
}

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

async function main() {
  const data = sample(3 << 20);
  const src = path.join(dir, 'src.bin');
  fs.writeFileSync(src, data);

  // file -> gzip -> file -> gunzip -> file, through the callback pipeline.
  const gzFile = path.join(dir, 'src.bin.gz');
  const gz = zlib.createGzip({ level: 6 });
  await new Promise((resolve, reject) => {
    pipeline(fs.createReadStream(src), gz, fs.createWriteStream(gzFile), (err) => (err ? reject(err) : resolve()));
  });
  assert.strictEqual(gz.bytesWritten, data.length);
  assert.strictEqual(gz._closed, true);
  const compressed = fs.readFileSync(gzFile);
  assert.ok(compressed.length < data.length / 2);
  assert.ok(zlib.gunzipSync(compressed).equals(data));
  const outFile = path.join(dir, 'out.bin');
  await pipelineP(fs.createReadStream(gzFile, { highWaterMark: 1000 }), zlib.createGunzip(),
                  fs.createWriteStream(outFile));
  assert.ok(fs.readFileSync(outFile).equals(data));

  // Brotli and deflate-raw through stream/promises with in-memory streams.
  for (const [C, D] of [[zlib.createBrotliCompress, zlib.createBrotliDecompress],
                        [zlib.createDeflateRaw, zlib.createInflateRaw],
                        [zlib.createDeflate, zlib.createUnzip]]) {
    const sink = [];
    await pipelineP(Readable.from([data.subarray(0, 100000), data.subarray(100000)]),
                    C({ params: { [c.BROTLI_PARAM_QUALITY]: 4 } }), D(),
                    new Writable({ write(chunk, enc, cb) { sink.push(chunk); cb(); } }));
    assert.ok(Buffer.concat(sink).equals(data), C.name);
  }

  // Output comes in chunkSize pieces.
  const z = zlib.deflateSync(data.subarray(0, 100000));
  const inf = zlib.createInflate({ chunkSize: 1024 });
  const pieces = collect(inf);
  inf.end(z);
  const lens = (await pieces).map((b) => b.length);
  assert.strictEqual(lens.length, Math.ceil(100000 / 1024));
  assert.ok(lens.slice(0, -1).every((n) => n === 1024));
  assert.strictEqual(lens[lens.length - 1], 100000 % 1024);

  // flush(): everything written so far becomes decodable; flush kinds.
  const d = zlib.createDeflate();
  const out = [];
  d.on('data', (chunk) => out.push(chunk));
  d.write('part one ');
  await new Promise((resolve) => d.flush(resolve));
  let sofar = Buffer.concat(out);
  assert.strictEqual(sofar.subarray(-4).toString('hex'), '0000ffff');
  assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: c.Z_SYNC_FLUSH }).toString(), 'part one ');
  d.write('part two ');
  await new Promise((resolve) => d.flush(c.Z_SYNC_FLUSH, resolve));
  sofar = Buffer.concat(out);
  assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: c.Z_SYNC_FLUSH }).toString(), 'part one part two ');
  // params(): change level and strategy mid-stream (after a sync flush).
  await new Promise((resolve) => d.params(0, c.Z_DEFAULT_STRATEGY, resolve));
  assert.strictEqual(d._level, 0);
  d.write('stored part ');
  await new Promise((resolve) => d.params(9, c.Z_FILTERED, resolve));
  assert.strictEqual(d._strategy, c.Z_FILTERED);
  d.end('the end');
  await once(d, 'end');
  const full = Buffer.concat(out);
  assert.strictEqual(zlib.inflateSync(full).toString(), 'part one part two stored part the end');
  // The stored block is there verbatim.
  assert.ok(full.includes('stored part '));
  assert.strictEqual(d.bytesWritten, 'part one part two stored part the end'.length);
  // params with the current values calls back on the next tick.
  const same = zlib.createDeflate({ level: 3 });
  await new Promise((resolve) => same.params(3, 0, resolve));
  same.close();

  // Brotli flush.
  const b = zlib.createBrotliCompress();
  const bout = [];
  b.on('data', (chunk) => bout.push(chunk));
  b.write('brotli part');
  await new Promise((resolve) => b.flush(resolve));
  assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(bout), { finishFlush: c.BROTLI_OPERATION_FLUSH })
                       .toString(), 'brotli part');
  b.end();
  await once(b, 'end');
  assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(bout)).toString(), 'brotli part');

  // The `flush` option applies to every write.
  const sf = zlib.createDeflate({ flush: c.Z_SYNC_FLUSH });
  const sfOut = [];
  sf.on('data', (chunk) => sfOut.push(chunk));
  sf.write('eager');
  await new Promise((resolve) => sf.write('', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(zlib.inflateSync(Buffer.concat(sfOut), { finishFlush: c.Z_SYNC_FLUSH }).toString(), 'eager');
  sf.end();
  await once(sf, 'end');

  // reset(): a deflate stream starts over (a new zlib header after the reset).
  const r = zlib.createDeflate({ level: 1 });
  const rOut = [];
  r.on('data', (chunk) => rOut.push(chunk));
  r.write('first');
  await new Promise((resolve) => r.flush(c.Z_SYNC_FLUSH, resolve));
  const firstLen = Buffer.concat(rOut).length;
  r.reset();
  r.end('second');
  await once(r, 'end');
  const rAll = Buffer.concat(rOut);
  assert.strictEqual(zlib.inflateSync(rAll.subarray(firstLen)).toString(), 'second');
  assert.strictEqual(rAll.subarray(firstLen, firstLen + 2).toString('hex'), '7801');

  // Unzip with the input one byte at a time (the gzip magic spans writes).
  for (const input of [zlib.gzipSync('one byte at a time'), zlib.deflateSync('one byte at a time')]) {
    const u = zlib.createUnzip();
    const got = collect(u);
    for (const byte of input) u.write(Buffer.from([byte]));
    u.end();
    assert.strictEqual(Buffer.concat(await got).toString(), 'one byte at a time');
  }

  // Two gzip members written separately come out as one stream of data.
  const members = zlib.createGunzip();
  const mGot = collect(members);
  members.write(zlib.gzipSync('member one, '));
  members.end(zlib.gzipSync('member two'));
  assert.strictEqual(Buffer.concat(await mGot).toString(), 'member one, member two');

  // Trailing junk after a deflate stream ends the readable side early, no error.
  const tail = zlib.createInflate();
  const tGot = collect(tail);
  tail.end(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')]));
  assert.strictEqual(Buffer.concat(await tGot).toString(), 'abc');

  // Corrupt input: an 'error' event with Node's fields, reported to pipeline's callback,
  // and the other streams destroyed.
  const dest = new PassThrough();
  dest.resume();
  const perr = await new Promise((resolve) => {
    const corrupt = Buffer.from(compressed);
    corrupt.fill(0xff, 2000, 2200);
    pipeline(Readable.from([corrupt.subarray(0, 5000), corrupt.subarray(5000)]),
             zlib.createGunzip(), dest, resolve);
  });
  assert.strictEqual(perr.code, 'Z_DATA_ERROR');
  assert.strictEqual(perr.errno, -3);
  assert.strictEqual(perr.message, 'incorrect data check');
  assert.strictEqual(dest.destroyed, true);
  const trunc = zlib.createGunzip();
  const tErr = once(trunc, 'error');
  trunc.end(compressed.subarray(0, 1000));
  const [te] = await tErr;
  assert.strictEqual(te.message, 'unexpected end of file');
  assert.strictEqual(te.code, 'Z_BUF_ERROR');
  assert.strictEqual(trunc.destroyed, true);
  assert.strictEqual(trunc._closed, true);

  // Backpressure: a tiny input that inflates to 8 MiB is not decoded ahead of the reader.
  const bomb = zlib.gzipSync(Buffer.alloc(8 << 20));
  const lazy = zlib.createGunzip();
  lazy.end(bomb);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(lazy.readableLength <= 64 * 1024, `buffered ${lazy.readableLength}`);
  let total = 0;
  for await (const chunk of lazy) total += chunk.length;
  assert.strictEqual(total, 8 << 20);

  // Async iteration over a file piped through gunzip.
  let iterated = 0;
  for await (const chunk of fs.createReadStream(gzFile).pipe(zlib.createGunzip())) iterated += chunk.length;
  assert.strictEqual(iterated, data.length);

  // close(): 'close' is emitted, the callback runs, the handle is gone.
  const cl = zlib.createGzip();
  let closed = 0;
  cl.on('close', () => closed++);
  await new Promise((resolve) => cl.close(resolve));
  assert.strictEqual(closed, 1);
  assert.strictEqual(cl._closed, true);
  assert.strictEqual(cl.destroyed, true);
  // Writing after close is the stream's error.
  const wErr = await new Promise((resolve) => cl.write('x', resolve));
  assert.strictEqual(wErr.code, 'ERR_STREAM_DESTROYED');

  // destroy() while a step is on the pool: nothing breaks, 'close' comes.
  const busy = zlib.createGzip({ level: 9 });
  busy.on('data', () => {});
  busy.write(data);
  busy.destroy();
  await once(busy, 'close');
  assert.strictEqual(busy._closed, true);

  // flush() after end: the callback runs once the stream has ended.
  const late = zlib.createDeflate();
  late.resume();
  late.end('x');
  let lateFlushed = false;
  late.flush(() => { lateFlushed = true; });
  await once(late, 'end');
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(lateFlushed);

  // Many streams at once (the blocking pool runs them side by side).
  const many = await Promise.all(Array.from({ length: 20 }, (_, i) => {
    const g = zlib.createGzip();
    const p = collect(g);
    g.end(data.subarray(i * 1000, i * 1000 + 50000));
    return p.then((chunks) => zlib.gunzipSync(Buffer.concat(chunks)));
  }));
  many.forEach((buf, i) => assert.ok(buf.equals(data.subarray(i * 1000, i * 1000 + 50000))));
}

main().then(() => console.log('ok'));
