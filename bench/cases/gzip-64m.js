// gzip-64m.js — issue 4: gzipSync (level 6) + gunzipSync of 64 MiB of generated access-log text ("gzip-64m.gzip",
// "gzip-64m.gunzip"), then the callback forms zlib.gzip/zlib.gunzip of the same ("gzip-64m.async");
// "gzip-64m <ms>" is the sync pair. Exits non-zero if a round trip differs.
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';
import { promisify } from 'node:util';

const BLOCK = 1 << 20;
const BLOCKS = 64;
// 1 MiB of access-log lines (the kind of text servers gzip); each block of the file differs in its first bytes.
const urls = ['/api/items', '/api/users', '/static/app.js', '/index.html', '/api/orders', '/health'];
const block = Buffer.alloc(BLOCK);
let seed = 2024;
for (let pos = 0, n = 0; pos < BLOCK; n++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  pos += block.write(`2026-11-26T10:00:00Z GET ${urls[(seed >>> 16) % urls.length]}/${n} 200 OK\n`, pos, 'latin1');
}
const data = Buffer.concat(Array.from({ length: BLOCKS }, (_, i) => {
  const b = Buffer.from(block);
  b.write(`block ${i} `, 0, 'latin1');
  return b;
}));

const t0 = performance.now();
const gz = zlib.gzipSync(data, { level: 6 });
const t1 = performance.now();
const back = zlib.gunzipSync(gz);
const t2 = performance.now();
const gz2 = await promisify(zlib.gzip)(data, { level: 6 });
const back2 = await promisify(zlib.gunzip)(gz2);
const t3 = performance.now();

if (gz.length > data.length / 2) throw new Error(`gzip-64m: output ${gz.length} bytes, not compressed`);
if (!back.equals(data)) throw new Error('gzip-64m: sync round trip differs');
if (!back2.equals(data)) throw new Error('gzip-64m: async round trip differs');
console.log(`gzip-64m.gzip ${(t1 - t0).toFixed(2)}`);
console.log(`gzip-64m.gunzip ${(t2 - t1).toFixed(2)}`);
console.log(`gzip-64m.async ${(t3 - t2).toFixed(2)}`);
console.log(`gzip-64m ${(t2 - t0).toFixed(2)}`);
