// brotli.js — issue 4: brotliCompressSync (quality 5) + brotliDecompressSync of 16 MiB of generated text
// ("brotli.compress", "brotli.decompress", "brotli <total ms>"). Exits non-zero if the round trip differs.
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';

const BLOCK = 1 << 20;
const BLOCKS = 16;
const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do', 'eiusmod',
  'tempor', 'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna', 'aliqua', '<div>', '</p>', 'class="x"', '2.71828'];
const block = Buffer.alloc(BLOCK);
let seed = 77;
for (let pos = 0; pos < BLOCK;) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  const w = words[(seed >>> 16) % words.length];
  for (let k = 0; k < w.length && pos < BLOCK; k++) block[pos++] = w.charCodeAt(k);
  if (pos < BLOCK) block[pos++] = (seed & 15) === 0 ? 10 : (seed & 0x100) ? 32 : 48 + ((seed >>> 9) % 10);
}
const data = Buffer.concat(Array.from({ length: BLOCKS }, (_, i) => {
  const b = Buffer.from(block);
  b.write(`block ${i} `, 0, 'latin1');
  return b;
}));
const opts = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } };

const t0 = performance.now();
const br = zlib.brotliCompressSync(data, opts);
const t1 = performance.now();
const back = zlib.brotliDecompressSync(br);
const t2 = performance.now();

if (br.length > data.length / 2) throw new Error(`brotli: output ${br.length} bytes, not compressed`);
if (!back.equals(data)) throw new Error('brotli: round trip differs');
console.log(`brotli.compress ${(t1 - t0).toFixed(2)}`);
console.log(`brotli.decompress ${(t2 - t1).toFixed(2)}`);
console.log(`brotli ${(t2 - t0).toFixed(2)}`);
