// pipeline-gzip.js — issue 4: stream.pipeline(createReadStream → createGzip → createWriteStream) of a
// 256 MiB generated access log ("pipeline-gzip <ms>"), then the reverse through createGunzip into a hashing
// Writable ("pipeline-gzip.gunzip"). Exits non-zero if the output size is implausible or the round trip
// differs (SHA-256 of input vs gunzipped output). Input generation is not timed. Files in $BENCH_TMPDIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import process from 'node:process';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Buffer } from 'node:buffer';

const BLOCK = 1 << 20;
const BLOCKS = 256;
const dir = fs.mkdtempSync(path.join(process.env.BENCH_TMPDIR || os.tmpdir(), 'rode-bench-pipeline-'));
try {
  // 1 MiB of access-log lines (the kind of text servers gzip); each block of the file differs in its first bytes.
  const urls = ['/api/items', '/api/users', '/static/app.js', '/index.html', '/api/orders', '/health'];
  const block = Buffer.alloc(BLOCK);
  let seed = 4321;
  for (let pos = 0, n = 0; pos < BLOCK; n++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    pos += block.write(`2026-11-26T10:00:00Z GET ${urls[(seed >>> 16) % urls.length]}/${n} 200 OK\n`, pos, 'latin1');
  }
  const input = path.join(dir, 'in.txt');
  const gzFile = path.join(dir, 'in.txt.gz');
  const inHash = crypto.createHash('sha256');
  const fd = fs.openSync(input, 'w');
  for (let i = 0; i < BLOCKS; i++) {
    block.write(`block ${i} `.padEnd(64, '-'), 0, 'latin1');
    fs.writeSync(fd, block);
    inHash.update(block);
  }
  fs.closeSync(fd);
  const expected = inHash.digest('hex');

  const t0 = performance.now();
  await pipeline(fs.createReadStream(input), zlib.createGzip(), fs.createWriteStream(gzFile));
  const t1 = performance.now();
  const outHash = crypto.createHash('sha256');
  let outBytes = 0;
  await pipeline(fs.createReadStream(gzFile), zlib.createGunzip(), new Writable({
    write(chunk, _enc, cb) {
      outHash.update(chunk);
      outBytes += chunk.length;
      cb();
    },
  }));
  const t2 = performance.now();

  const gzSize = fs.statSync(gzFile).size;
  if (gzSize < 1 << 20 || gzSize > (BLOCK * BLOCKS) / 2) throw new Error(`pipeline-gzip: gzip output ${gzSize} bytes`);
  if (outBytes !== BLOCK * BLOCKS) throw new Error(`pipeline-gzip: gunzipped ${outBytes} bytes`);
  if (outHash.digest('hex') !== expected) throw new Error('pipeline-gzip: round trip differs');
  console.log(`pipeline-gzip.gunzip ${(t2 - t1).toFixed(2)}`);
  console.log(`pipeline-gzip ${(t1 - t0).toFixed(2)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
