// fs-large.js — issue 4: readFile/writeFile of one 64 MiB file, promise forms then sync forms.
// Prints "fs-large.write", "fs-large.read", "fs-large.writeSync", "fs-large.readSync", "fs-large <total ms>";
// exits non-zero if a read-back differs. Files go to $BENCH_TMPDIR (default os.tmpdir()).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';

const SIZE = 64 << 20;
const dir = fs.mkdtempSync(path.join(process.env.BENCH_TMPDIR || os.tmpdir(), 'rode-bench-fs-large-'));
try {
  // 1 MiB of pseudo-random bytes repeated, the first 4 bytes of every MiB tagged with its index.
  const chunk = Buffer.alloc(1 << 20);
  let seed = 11;
  for (let i = 0; i < chunk.length; i++) chunk[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  const data = Buffer.alloc(SIZE, chunk);
  for (let i = 0; i < SIZE >> 20; i++) data.writeUInt32LE(i, i << 20);
  const file = path.join(dir, 'big.bin');
  const file2 = path.join(dir, 'big2.bin');

  const t0 = performance.now();
  await fsp.writeFile(file, data);
  const t1 = performance.now();
  const back = await fsp.readFile(file);
  const t2 = performance.now();
  fs.writeFileSync(file2, data);
  const t3 = performance.now();
  const back2 = fs.readFileSync(file2);
  const t4 = performance.now();

  if (back.length !== SIZE || !back.equals(data)) throw new Error('fs-large: readFile differs from what was written');
  if (back2.length !== SIZE || !back2.equals(data)) throw new Error('fs-large: readFileSync differs from what was written');
  console.log(`fs-large.write ${(t1 - t0).toFixed(2)}`);
  console.log(`fs-large.read ${(t2 - t1).toFixed(2)}`);
  console.log(`fs-large.writeSync ${(t3 - t2).toFixed(2)}`);
  console.log(`fs-large.readSync ${(t4 - t3).toFixed(2)}`);
  console.log(`fs-large ${(t4 - t0).toFixed(2)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
