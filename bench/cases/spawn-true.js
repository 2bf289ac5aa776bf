// spawn-true.js — issue 6: 1000 sequential child_process.spawn('true') (each waits for
// 'exit'), then 200 execFileSync('true'). Prints "spawn-true <ms>" for the 1000 async spawns
// and "spawn-true.sync200 <ms>"; exits non-zero if a child fails.
import { spawn, execFileSync } from 'node:child_process';

const N = 1000;
function once() {
  return new Promise((resolve, reject) => {
    const c = spawn('true', [], { stdio: 'ignore' });
    c.on('error', reject);
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
}

const t0 = performance.now();
for (let i = 0; i < N; i++) await once();
const t1 = performance.now();
for (let i = 0; i < 200; i++) execFileSync('true');
const t2 = performance.now();
console.log(`spawn-true ${(t1 - t0).toFixed(1)}`);
console.log(`spawn-true.sync200 ${(t2 - t1).toFixed(1)}`);
