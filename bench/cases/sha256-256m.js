// sha256-256m.js — issue 4: SHA-256 (createHash) of 256 MiB fed as 256 x 1 MiB updates, then
// crypto.createHash of one 64 MiB buffer in a single update ("sha256-256m.one64m").
// Prints "sha256-256m <ms>" for the 256 MiB; exits non-zero if a digest is wrong.
import crypto from 'node:crypto';
import { Buffer } from 'node:buffer';

const CHUNK = 1 << 20;
const CHUNKS = 256;
const EXPECTED = 'd7c02316bd5abe45e9381d1be0e9682c4e273c379e61e430094f0fc1806d2573';
const EXPECTED64 = 'e35a71099b51d813f5e5613ae8b310eb6811efd0f796df33449e0a20a151b69d';

const chunk = Buffer.alloc(CHUNK);
let seed = 99;
for (let i = 0; i < CHUNK; i++) chunk[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
const big = Buffer.alloc(64 * CHUNK, chunk);

const t0 = performance.now();
const h = crypto.createHash('sha256');
for (let i = 0; i < CHUNKS; i++) {
  chunk[0] = i;
  chunk[1] = i >> 8;
  h.update(chunk);
}
const digest = h.digest('hex');
const t1 = performance.now();
const d64 = crypto.createHash('sha256').update(big).digest('hex');
const t2 = performance.now();

if (digest !== EXPECTED) throw new Error(`sha256-256m: digest ${digest} != expected`);
if (d64 !== EXPECTED64) throw new Error(`sha256-256m: 64 MiB digest ${d64} != expected`);
console.log(`sha256-256m.one64m ${(t2 - t1).toFixed(2)}`);
console.log(`sha256-256m ${(t1 - t0).toFixed(2)}`);
