// aes-gcm.js — issue 4: aes-256-gcm encryption of 256 MiB (256 x 1 MiB update) with getAuthTag
// ("aes-gcm.encrypt"), then decryption with setAuthTag + final ("aes-gcm.decrypt"); "aes-gcm <ms>" is the
// encryption. Exits non-zero if the tag differs from the known answer or the decryption differs.
import crypto from 'node:crypto';
import { Buffer } from 'node:buffer';

const CHUNK = 1 << 20;
const CHUNKS = 256;
const EXPECTED_TAG = 'e730e344abf6aadd5339b5fcbe2c939f';
const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const aad = Buffer.from('rode bench aes-gcm');

const chunk = Buffer.alloc(CHUNK);
let seed = 31;
for (let i = 0; i < CHUNK; i++) chunk[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
const plainAt = (i) => { chunk[0] = i; return chunk; };
const out = Buffer.alloc(CHUNK * CHUNKS); // ciphertext, allocated before timing

const t0 = performance.now();
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
c.setAAD(aad);
let off = 0;
for (let i = 0; i < CHUNKS; i++) off += c.update(plainAt(i)).copy(out, off);
off += c.final().copy(out, off);
const tag = c.getAuthTag().toString('hex');
const t1 = performance.now();
const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
d.setAAD(aad);
d.setAuthTag(Buffer.from(tag, 'hex'));
let same = true;
for (let i = 0; i < CHUNKS; i++) {
  const p = d.update(out.subarray(i * CHUNK, (i + 1) * CHUNK));
  if (!p.equals(plainAt(i))) same = false;
}
if (d.final().length !== 0) same = false;
const t2 = performance.now();

if (off !== CHUNK * CHUNKS) throw new Error(`aes-gcm: ciphertext is ${off} bytes`);
if (tag !== EXPECTED_TAG) throw new Error(`aes-gcm: tag ${tag} != expected`);
if (!same) throw new Error('aes-gcm: decryption differs from the plaintext');
console.log(`aes-gcm.decrypt ${(t2 - t1).toFixed(2)}`);
console.log(`aes-gcm ${(t1 - t0).toFixed(2)}`);
