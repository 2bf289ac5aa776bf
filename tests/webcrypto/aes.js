// AES-CBC, AES-CTR, AES-GCM and AES-KW through crypto.subtle: NIST SP 800-38A, the GCM spec's
// test cases, RFC 3394, Web Crypto's counter-length rule for AES-CTR, and round trips with
// node:crypto's ciphers.
'use strict';
const assert = require('assert');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');

// NIST SP 800-38A F.2.1 / F.5.1 (AES-128), first two blocks.
const nistKey = hex('2b7e151628aed2a6abf7158809cf4f3c');
const nistPlain = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51');

async function cbc() {
  const key = await subtle.importKey('raw', nistKey, 'AES-CBC', false, ['encrypt', 'decrypt']);
  const iv = hex('000102030405060708090a0b0c0d0e0f');
  const ct = await subtle.encrypt({ name: 'AES-CBC', iv }, key, nistPlain);
  assert.ok(ct instanceof ArrayBuffer);
  // Two NIST blocks, then the PKCS#7 padding block.
  assert.strictEqual(toHex(ct).slice(0, 64),
                     '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2');
  assert.strictEqual(ct.byteLength, 48);
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv }, key, ct)),
                         nistPlain);
  // Same bytes as node:crypto's aes-128-cbc.
  const c = nodeCrypto.createCipheriv('aes-128-cbc', nistKey, iv);
  assert.deepStrictEqual(Buffer.concat([c.update(nistPlain), c.final()]), Buffer.from(ct));
  // Bad padding fails as an OperationError.
  const broken = new Uint8Array(ct);
  broken[47] ^= 1;
  await assert.rejects(subtle.decrypt({ name: 'AES-CBC', iv }, key, broken), {
    name: 'OperationError',
    message: 'The operation failed for an operation-specific reason',
  });
}

async function ctr() {
  const key = await subtle.importKey('raw', nistKey, 'AES-CTR', true, ['encrypt', 'decrypt']);
  const counter = hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  const ct = await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, key, nistPlain);
  assert.strictEqual(toHex(ct),
                     '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff');
  assert.deepStrictEqual(
    Buffer.from(await subtle.decrypt({ name: 'AES-CTR', counter, length: 64 }, key, ct)),
    nistPlain);
  // With an 8-bit counter starting at 0xff the second block uses ...00 (the upper bits stay):
  // the same as encrypting that block alone from a counter ending in 00.
  const c2 = hex('000102030405060708090a0b0c0d0eff');
  const two = await subtle.encrypt({ name: 'AES-CTR', counter: c2, length: 8 }, key, nistPlain);
  const wrapped = hex('000102030405060708090a0b0c0d0e00');
  const second = await subtle.encrypt({ name: 'AES-CTR', counter: wrapped, length: 8 }, key,
                                      nistPlain.subarray(16));
  assert.strictEqual(toHex(two).slice(32), toHex(second));
  assert.strictEqual(toHex(two), 'ab930eb6a1f9b307c8633228ae164c15cc73f9de397d6cabbe04204b6d68a45e');
  // A full 128-bit counter carries into the upper bytes, as node:crypto's aes-128-ctr does.
  const full = await subtle.encrypt({ name: 'AES-CTR', counter: c2, length: 128 }, key,
                                    nistPlain);
  const c = nodeCrypto.createCipheriv('aes-128-ctr', nistKey, c2);
  assert.deepStrictEqual(Buffer.from(full), c.update(nistPlain));
  // More blocks than the counter can number: an OperationError.
  await assert.rejects(
    subtle.encrypt({ name: 'AES-CTR', counter: c2, length: 1 }, key, new Uint8Array(48)),
    { name: 'OperationError' });
}

async function gcm() {
  // The GCM spec (McGrew & Viega), test case 4: AES-128, 60-byte plaintext, 20-byte AAD.
  const key = await subtle.importKey('raw', hex('feffe9928665731c6d6a8f9467308308'),
                                     { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
  const iv = hex('cafebabefacedbaddecaf888');
  const plain = hex(`d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72
    1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39`);
  const additionalData = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plain);
  assert.strictEqual(toHex(ct),
                     '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                     '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091' +
                     '5bc94fbc3221a5db94fae95ae7121a47');
  assert.deepStrictEqual(
    Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ct)), plain);
  // A 96-bit tag is the first 12 bytes of the full one.
  const short = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 96 },
                                     key, plain);
  assert.strictEqual(toHex(short), toHex(ct).slice(0, (60 + 12) * 2));
  // Changed AAD or ciphertext: OperationError.
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv }, key, ct),
                       { name: 'OperationError' });
  const bad = new Uint8Array(ct);
  bad[0] ^= 0x80;
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, bad),
                       { name: 'OperationError' });
  // Test case 2 (zero key, zero IV, one zero block).
  const zero = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
  const z = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, zero,
                                 new Uint8Array(16));
  assert.strictEqual(toHex(z), '0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf');
  // Interop with node:crypto's aes-256-gcm and a 16-byte IV.
  const raw = nodeCrypto.randomBytes(32);
  const iv16 = nodeCrypto.randomBytes(16);
  const k256 = await subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  const c = nodeCrypto.createCipheriv('aes-256-gcm', raw, iv16);
  const sealed = Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: iv16 }, k256,
                                                          sealed)), plain);
}

async function kw() {
  // RFC 3394 4.1 and 4.6 (256-bit KEK, 256-bit key data) through wrapKey/unwrapKey.
  const kek = await subtle.importKey('raw', hex('000102030405060708090a0b0c0d0e0f'), 'AES-KW',
                                     false, ['wrapKey', 'unwrapKey']);
  const data = await subtle.importKey('raw', hex('00112233445566778899aabbccddeeff'),
                                      { name: 'AES-GCM' }, true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', data, kek, 'AES-KW');
  assert.strictEqual(toHex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const back = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true,
                                      ['encrypt']);
  assert.strictEqual(toHex(await subtle.exportKey('raw', back)),
                     '00112233445566778899aabbccddeeff');
  const kek256 = await subtle.importKey(
    'raw', hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'), 'AES-KW',
    false, ['wrapKey', 'unwrapKey']);
  const data256 = await subtle.importKey(
    'raw', hex('00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f'),
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  assert.strictEqual(toHex(await subtle.wrapKey('raw', data256, kek256, 'AES-KW')),
                     '28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21');
  // A tampered wrapped key does not unwrap.
  const bad = new Uint8Array(wrapped);
  bad[3] ^= 1;
  await assert.rejects(
    subtle.unwrapKey('raw', bad, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']),
    { name: 'OperationError' });
  // JWK through AES-KW: the JSON is padded with spaces to a multiple of 8 bytes.
  const jwkWrapped = await subtle.wrapKey('jwk', data, kek, 'AES-KW');
  const jwkBack = await subtle.unwrapKey('jwk', jwkWrapped, kek, 'AES-KW', 'AES-GCM', true,
                                         ['encrypt']);
  assert.deepStrictEqual(jwkBack.algorithm, { name: 'AES-GCM', length: 128 });
  assert.strictEqual(toHex(await subtle.exportKey('raw', jwkBack)),
                     '00112233445566778899aabbccddeeff');
}

async function gcmWrap() {
  // wrapKey/unwrapKey with an encryption algorithm (AES-GCM) and a JWK.
  const wrapper = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false,
                                           ['wrapKey', 'unwrapKey']);
  const { privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true,
                                                  ['sign', 'verify']);
  const iv = new Uint8Array(12);
  const w = await subtle.wrapKey('pkcs8', privateKey, wrapper, { name: 'AES-GCM', iv });
  const k = await subtle.unwrapKey('pkcs8', w, wrapper, { name: 'AES-GCM', iv },
                                   { name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign']);
  assert.strictEqual(k.type, 'private');
  assert.strictEqual(k.extractable, false);
  assert.deepStrictEqual(k.usages, ['sign']);
  assert.ok(nodeCrypto.KeyObject.from(k).equals(nodeCrypto.KeyObject.from(privateKey)));
}

async function large() {
  // Inputs over 64 KiB take the thread-pool path; results are the same as node:crypto's.
  const big = nodeCrypto.randomBytes(200 * 1024 + 5);
  const raw = nodeCrypto.randomBytes(32);
  const iv = nodeCrypto.randomBytes(16);
  const cbcKey = await subtle.importKey('raw', raw, 'AES-CBC', false, ['encrypt', 'decrypt']);
  const c = nodeCrypto.createCipheriv('aes-256-cbc', raw, iv);
  const want = Buffer.concat([c.update(big), c.final()]);
  const got = await subtle.encrypt({ name: 'AES-CBC', iv }, cbcKey, big);
  assert.deepStrictEqual(Buffer.from(got), want);
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv }, cbcKey, got)),
                         big);
  const gcmKey = await subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const g = nodeCrypto.createCipheriv('aes-256-gcm', raw, iv.subarray(0, 12));
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcmKey, big);
  assert.deepStrictEqual(Buffer.from(sealed), Buffer.concat([g.update(big), g.final(),
                                                             g.getAuthTag()]));
  assert.strictEqual(Buffer.from(await subtle.digest('SHA-512', big)).toString('hex'),
                     nodeCrypto.createHash('sha512').update(big).digest('hex'));
  const mac = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false,
                                     ['sign']);
  assert.strictEqual(Buffer.from(await subtle.sign('HMAC', mac, big)).toString('hex'),
                     nodeCrypto.createHmac('sha256', raw).update(big).digest('hex'));
}

(async () => {
  await large();
  await cbc();
  await ctr();
  await gcm();
  await kw();
  await gcmWrap();
  done = true;
})();

let done = false;
process.on('exit', () => assert.ok(done, 'aes tests did not finish'));
