// webcrypto-sign.js — issue 4: Web Crypto through crypto.subtle. ECDSA P-256/SHA-256 sign and verify
// of 2000 messages, one awaited operation at a time ("webcrypto-sign.sign", "webcrypto-sign.verify";
// "webcrypto-sign <ms>" is both together; ops/s go to stderr), then AES-256-GCM encryption and
// decryption of 64 MiB in one call each ("webcrypto-sign.aes-gcm-64m", "webcrypto-sign.aes-gcm-64m-decrypt").
// Exits non-zero if a signature fails to verify, a tampered one verifies, the GCM output's tail differs from
// the known answer, or the decryption differs from the plaintext.
const { subtle } = globalThis.crypto;

const N = 2000;
const hex = (s) => Uint8Array.from(s.match(/../g), (b) => parseInt(b, 16));
const b64u = (s) => btoa(String.fromCharCode(...hex(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

// RFC 5903's P-256 key i.
const jwk = {
  kty: 'EC', crv: 'P-256',
  x: b64u('dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180'),
  y: b64u('5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3'),
  d: b64u('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433'),
};
const alg = { name: 'ECDSA', namedCurve: 'P-256' };
const priv = await subtle.importKey('jwk', jwk, alg, false, ['sign']);
const { d, ...pubJwk } = jwk;
const pub = await subtle.importKey('jwk', pubJwk, alg, false, ['verify']);
const params = { name: 'ECDSA', hash: 'SHA-256' };
const msgs = [];
for (let i = 0; i < N; i++) msgs.push(new TextEncoder().encode(`message ${i}`));

const t0 = performance.now();
const sigs = [];
for (let i = 0; i < N; i++) sigs.push(await subtle.sign(params, priv, msgs[i]));
const t1 = performance.now();
let ok = 0;
for (let i = 0; i < N; i++) if (await subtle.verify(params, pub, sigs[i], msgs[i])) ok++;
const t2 = performance.now();
if (ok !== N) throw new Error(`webcrypto-sign: ${N - ok} signatures did not verify`);
if (await subtle.verify(params, pub, sigs[0], msgs[1])) throw new Error('webcrypto-sign: wrong message verified');

// AES-256-GCM over 64 MiB.
const SIZE = 64 << 20;
const EXPECTED_TAIL = 'f473d132bb7beed4fec2af434fdc32db509719886a84db82a1975162192fc2af';
const plain = new Uint8Array(SIZE);
let seed = 7;
for (let i = 0; i < SIZE; i += 4096) plain[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
const key = await subtle.importKey('raw', hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'),
                                   'AES-GCM', false, ['encrypt', 'decrypt']);
const gcm = { name: 'AES-GCM', iv: hex('cafebabefacedbaddecaf888'), additionalData: new TextEncoder().encode('rode bench') };
const t3 = performance.now();
const sealed = await subtle.encrypt(gcm, key, plain);
const t4 = performance.now();
const opened = new Uint8Array(await subtle.decrypt(gcm, key, sealed));
const t5 = performance.now();
const tail = Array.from(new Uint8Array(sealed, sealed.byteLength - 32), (b) => b.toString(16).padStart(2, '0')).join('');
if (sealed.byteLength !== SIZE + 16) throw new Error(`webcrypto-sign: ciphertext is ${sealed.byteLength} bytes`);
if (tail !== EXPECTED_TAIL) throw new Error(`webcrypto-sign: ciphertext tail ${tail} != expected`);
const sameDigest = async (a, b) => {
  const [da, db] = await Promise.all([subtle.digest('SHA-256', a), subtle.digest('SHA-256', b)]);
  return new Uint8Array(da).every((x, i) => x === new Uint8Array(db)[i]);
};
if (opened.length !== SIZE || !(await sameDigest(opened, plain))) throw new Error('webcrypto-sign: decryption differs');

console.error(`ecdsa-p256 sign ${(N / ((t1 - t0) / 1000)).toFixed(0)} ops/s, verify ${(N / ((t2 - t1) / 1000)).toFixed(0)} ops/s`);
console.log(`webcrypto-sign.sign ${(t1 - t0).toFixed(2)}`);
console.log(`webcrypto-sign.verify ${(t2 - t1).toFixed(2)}`);
console.log(`webcrypto-sign.aes-gcm-64m ${(t4 - t3).toFixed(2)}`);
console.log(`webcrypto-sign.aes-gcm-64m-decrypt ${(t5 - t4).toFixed(2)}`);
console.log(`webcrypto-sign ${(t2 - t0).toFixed(2)}`);
