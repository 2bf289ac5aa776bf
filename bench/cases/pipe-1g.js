// pipe-1g.js — issue 6: 1 GiB from a child (this same runtime, process.execPath) to the
// parent through its stdout pipe, in 64 KiB writes with backpressure, counted on arrival.
// Prints "pipe-1g <ms>" (spawn to the child's exit); exits non-zero on a byte-count mismatch.
import { spawn } from 'node:child_process';

const TOTAL = 1 << 30;
const writer = `
const chunk = Buffer.alloc(65536, 97);
let left = ${TOTAL / 65536};
function go() {
  while (left > 0) {
    left--;
    if (!process.stdout.write(chunk)) { process.stdout.once('drain', go); return; }
  }
}
go();
`;

const t0 = performance.now();
const child = spawn(process.execPath, ['-e', writer], { stdio: ['ignore', 'pipe', 'inherit'] });
let got = 0;
child.stdout.on('data', (d) => { got += d.length; });
child.on('close', (code) => {
  const t1 = performance.now();
  if (code !== 0) throw new Error(`pipe-1g: child exited ${code}`);
  if (got !== TOTAL) throw new Error(`pipe-1g: got ${got} bytes, expected ${TOTAL}`);
  console.log(`pipe-1g ${(t1 - t0).toFixed(1)}`);
});
