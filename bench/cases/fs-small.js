// fs-small.js — issue 4: 10 000 small files (100 B – 4 KiB) written then read back, sync forms
// ("fs-small.writeSync", "fs-small.readSync"), then promise forms in batches of 100 concurrent calls
// ("fs-small.write", "fs-small.read"); "fs-small <total ms>". Exits non-zero if any content differs.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';

const FILES = 10000;
const BATCH = 100;
const dir = fs.mkdtempSync(path.join(process.env.BENCH_TMPDIR || os.tmpdir(), 'rode-bench-fs-small-'));
try {
  const pool = Buffer.alloc(8192);
  let seed = 5;
  for (let i = 0; i < pool.length; i++) pool[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  const contents = [];
  for (let i = 0; i < FILES; i++) {
    const len = 100 + ((i * 7919) % 3997);
    const b = Buffer.from(pool.subarray(i % 4096, (i % 4096) + len));
    b.writeUInt32LE(i, 0);
    contents.push(b);
  }
  const names = contents.map((_, i) => path.join(dir, `s${i}.bin`));
  const anames = contents.map((_, i) => path.join(dir, `a${i}.bin`));
  const check = (got, i, what) => {
    if (!got.equals(contents[i])) throw new Error(`fs-small: ${what} file ${i} differs`);
  };

  const t0 = performance.now();
  for (let i = 0; i < FILES; i++) fs.writeFileSync(names[i], contents[i]);
  const t1 = performance.now();
  for (let i = 0; i < FILES; i++) check(fs.readFileSync(names[i]), i, 'sync');
  const t2 = performance.now();
  for (let i = 0; i < FILES; i += BATCH) {
    const ps = [];
    for (let j = i; j < i + BATCH; j++) ps.push(fsp.writeFile(anames[j], contents[j]));
    await Promise.all(ps);
  }
  const t3 = performance.now();
  for (let i = 0; i < FILES; i += BATCH) {
    const ps = [];
    for (let j = i; j < i + BATCH; j++) ps.push(fsp.readFile(anames[j]));
    (await Promise.all(ps)).forEach((b, k) => check(b, i + k, 'async'));
  }
  const t4 = performance.now();

  console.log(`fs-small.writeSync ${(t1 - t0).toFixed(2)}`);
  console.log(`fs-small.readSync ${(t2 - t1).toFixed(2)}`);
  console.log(`fs-small.write ${(t3 - t2).toFixed(2)}`);
  console.log(`fs-small.read ${(t4 - t3).toFixed(2)}`);
  console.log(`fs-small ${(t4 - t0).toFixed(2)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
