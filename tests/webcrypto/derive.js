// HMAC, HKDF, PBKDF2, ECDH and X25519 through crypto.subtle with RFC test vectors (RFC 4231,
// 5869, 6070, 5903, 7748), deriveKey into AES and HMAC keys, and agreement with node:crypto.
'use strict';
const assert = require('assert');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');
const utf8 = (s) => new TextEncoder().encode(s);

async function hmac() {
  // RFC 4231 test case 2.
  const data = utf8('what do ya want for nothing?');
  const k256 = await subtle.importKey('raw', utf8('Jefe'), { name: 'HMAC', hash: 'SHA-256' },
                                      true, ['sign', 'verify']);
  assert.deepStrictEqual(k256.algorithm, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 32 });
  const mac = await subtle.sign('HMAC', k256, data);
  assert.strictEqual(toHex(mac),
                     '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assert.strictEqual(await subtle.verify('HMAC', k256, mac, data), true);
  assert.strictEqual(await subtle.verify('HMAC', k256, mac.slice(1), data), false);
  assert.strictEqual(await subtle.verify('HMAC', k256, mac, utf8('other')), false);
  const k512 = await subtle.importKey('raw', utf8('Jefe'), { name: 'HMAC', hash: 'SHA-512' },
                                      false, ['sign']);
  assert.strictEqual(toHex(await subtle.sign({ name: 'hmac' }, k512, data)),
                     '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
                     '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
  // A generated key has the hash's block size and matches node:crypto's createHmac.
  const g = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  assert.strictEqual(g.algorithm.length, 1024);
  const raw = Buffer.from(await subtle.exportKey('raw', g));
  assert.strictEqual(raw.length, 128);
  assert.strictEqual(toHex(await subtle.sign('HMAC', g, data)),
                     nodeCrypto.createHmac('sha384', raw).update(data).digest('hex'));
}

async function hkdf() {
  // RFC 5869 test case 1.
  const ikm = await subtle.importKey('raw', hex('0b'.repeat(22)), 'HKDF', false,
                                     ['deriveBits', 'deriveKey']);
  const params = {
    name: 'HKDF', hash: 'SHA-256', salt: hex('000102030405060708090a0b0c'),
    info: hex('f0f1f2f3f4f5f6f7f8f9'),
  };
  const okm = await subtle.deriveBits(params, ikm, 42 * 8);
  assert.strictEqual(toHex(okm),
                     '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf' +
                     '34007208d5b887185865');
  // deriveKey into an HMAC key: the hash's block size (512 bits for SHA-256).
  const h = await subtle.deriveKey(params, ikm, { name: 'HMAC', hash: 'SHA-256' }, true,
                                   ['sign']);
  assert.deepStrictEqual(h.algorithm, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 512 });
  assert.strictEqual(toHex(await subtle.exportKey('raw', h)),
                     toHex(await subtle.deriveBits(params, ikm, 512)));
  assert.strictEqual(toHex(await subtle.deriveBits(params, ikm, 512)),
                     Buffer.from(nodeCrypto.hkdfSync('sha256', hex('0b'.repeat(22)),
                                                     params.salt, params.info, 64))
                       .toString('hex'));
}

async function pbkdf2() {
  // RFC 6070 (SHA-1) and the usual SHA-256 vector.
  const pw = await subtle.importKey('raw', utf8('password'), { name: 'PBKDF2' }, false,
                                    ['deriveBits', 'deriveKey']);
  const salt = utf8('salt');
  const d1 = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt, iterations: 1 },
                                     pw, 160);
  assert.strictEqual(toHex(d1), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
  const d4096 = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-1', salt, iterations: 4096 }, pw, 160);
  assert.strictEqual(toHex(d4096), '4b007901b765489abead49d926f721d065a429c1');
  const d256 = await subtle.deriveBits(
    { name: 'PBKDF2', hash: { name: 'SHA-256' }, salt, iterations: 1 }, pw, 256);
  assert.strictEqual(toHex(d256),
                     '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
  // deriveKey into AES-GCM, usable at once.
  const aes = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 }, pw,
    { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-GCM', length: 256 });
  assert.strictEqual(toHex(await subtle.exportKey('raw', aes)), toHex(d256));
  const iv = new Uint8Array(12);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, aes, utf8('hi'));
  assert.strictEqual(new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv }, aes,
                                                                   ct)), 'hi');
}

async function ecdh() {
  // RFC 5903 8.1 (P-256): both sides reach g^ir's x coordinate.
  const gi = hex('04dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180' +
                 '5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3');
  const gr = hex('04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63' +
                 '56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab');
  const b64 = (h) => hex(h).toString('base64url');
  const iJwk = {
    kty: 'EC', crv: 'P-256', x: gi.subarray(1, 33).toString('base64url'),
    y: gi.subarray(33).toString('base64url'),
    d: b64('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433'),
  };
  const alg = { name: 'ECDH', namedCurve: 'P-256' };
  const iPriv = await subtle.importKey('jwk', iJwk, alg, false, ['deriveBits']);
  const rPub = await subtle.importKey('raw', gr, alg, true, []);
  const shared = await subtle.deriveBits({ name: 'ECDH', public: rPub }, iPriv, 256);
  assert.strictEqual(toHex(shared),
                     'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de');
  // Raw export gives the uncompressed point back; 128 bits are the first 16 bytes.
  assert.strictEqual(toHex(await subtle.exportKey('raw', rPub)), gr.toString('hex'));
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'ECDH', public: rPub }, iPriv, 128)),
                     'd6840f6b42f6edafd13116e0e1256520');
  // Generated pairs agree with node:crypto's diffieHellman on the same keys.
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true,
                                   ['deriveBits', 'deriveKey']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const ab = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, null);
  const ba = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, null);
  assert.strictEqual(ab.byteLength, 48);
  assert.strictEqual(toHex(ab), toHex(ba));
  const viaNode = nodeCrypto.diffieHellman({
    privateKey: nodeCrypto.KeyObject.from(a.privateKey),
    publicKey: nodeCrypto.KeyObject.from(b.publicKey),
  });
  assert.strictEqual(viaNode.toString('hex'), toHex(ab));
  // deriveKey from ECDH into AES-KW.
  const kw = await subtle.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey,
                                    { name: 'AES-KW', length: 128 }, true, ['wrapKey']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', kw)), toHex(ab).slice(0, 32));
}

async function x25519() {
  // RFC 7748 6.1.
  const alicePriv = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
  const alicePub = hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
  const bobPub = hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
  const priv = await subtle.importKey('jwk', {
    kty: 'OKP', crv: 'X25519', x: alicePub.toString('base64url'),
    d: alicePriv.toString('base64url'),
  }, 'X25519', true, ['deriveBits']);
  const pub = await subtle.importKey('raw', bobPub, { name: 'X25519' }, true, []);
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: pub }, priv, 256)),
                     '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
  // pkcs8 export round trip keeps the key.
  const pkcs8 = await subtle.exportKey('pkcs8', priv);
  assert.strictEqual(toHex(pkcs8), '302e020100300506032b656e04220420' + alicePriv.toString('hex'));
  const jwk = await subtle.exportKey('jwk', priv);
  assert.deepStrictEqual(jwk, {
    key_ops: ['deriveBits'], ext: true, crv: 'X25519', d: alicePriv.toString('base64url'),
    x: alicePub.toString('base64url'), kty: 'OKP',
  });
}

(async () => {
  await hmac();
  await hkdf();
  await pbkdf2();
  await ecdh();
  await x25519();
  done = true;
})();

let done = false;
process.on('exit', () => assert.ok(done, 'derive tests did not finish'));
