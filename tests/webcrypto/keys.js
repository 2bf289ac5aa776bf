// CryptoKey objects as Node 20 has them (getters on the prototype, inspect output, usages
// deduplicated, key pairs as null-prototype objects), the SubtleCrypto/CryptoKey globals,
// KeyObject.from(), export formats of every key type, and keys moving between webcrypto and
// node:crypto.
'use strict';
const assert = require('assert');
const util = require('util');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

(async () => {
  // Globals and brands.
  assert.strictEqual(typeof CryptoKey, 'function');
  assert.strictEqual(typeof SubtleCrypto, 'function');
  assert.ok(subtle instanceof SubtleCrypto);
  assert.strictEqual(nodeCrypto.webcrypto.subtle, subtle);
  assert.strictEqual(Object.prototype.toString.call(subtle), '[object SubtleCrypto]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(CryptoKey.prototype),
                         ['constructor', 'type', 'extractable', 'algorithm', 'usages']);
  assert.deepStrictEqual(Object.keys(SubtleCrypto.prototype),
                         ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey',
                          'deriveKey', 'deriveBits', 'importKey', 'exportKey', 'wrapKey',
                          'unwrapKey']);
  assert.throws(() => new CryptoKey(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // A secret key: shape and inspect output.
  const raw = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  const aes = await subtle.importKey('raw', raw, 'aes-gcm', true, // kept as given:
                                     ['decrypt', 'encrypt', 'decrypt']);
  assert.ok(aes instanceof CryptoKey);
  assert.strictEqual(Object.prototype.toString.call(aes), '[object CryptoKey]');
  assert.deepStrictEqual(Object.keys(aes), []);
  assert.strictEqual(aes.usages, aes.usages);
  assert.strictEqual(aes.algorithm, aes.algorithm);
  assert.deepStrictEqual(aes.usages, ['decrypt', 'encrypt', 'decrypt']);
  const aesGen = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true,
                                          ['decrypt', 'encrypt', 'decrypt']);
  assert.strictEqual(util.inspect(aesGen),
                     "CryptoKey {\n  type: 'secret',\n  extractable: true,\n" +
                     "  algorithm: { name: 'AES-GCM', length: 128 },\n" +
                     "  usages: [ 'decrypt', 'encrypt' ]\n}");
  assert.strictEqual(util.inspect({ a: { b: aes } }, { depth: 1 }), '{ a: { b: CryptoKey {} } }');
  assert.deepStrictEqual(await subtle.exportKey('jwk', aes), {
    key_ops: ['decrypt', 'encrypt', 'decrypt'], ext: true, kty: 'oct',
    k: raw.toString('base64url'),
    alg: 'A128GCM',
  });
  const exported = await subtle.exportKey('raw', aes);
  assert.ok(exported instanceof ArrayBuffer);
  assert.deepStrictEqual(Buffer.from(exported), raw);

  // KeyObject.from gives the key's KeyObject; node:crypto uses it directly.
  const ko = nodeCrypto.KeyObject.from(aes);
  assert.strictEqual(ko.type, 'secret');
  assert.strictEqual(ko.symmetricKeySize, 16);
  assert.deepStrictEqual(ko.export(), raw);
  assert.throws(() => nodeCrypto.KeyObject.from({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of CryptoKey. Received an instance of Object',
  });

  // Key pairs: null-prototype objects, order as Node's (CFRG keys list the private key first).
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false,
                                      ['verify', 'sign', 'verify']);
  assert.strictEqual(Object.getPrototypeOf(ec), null);
  assert.deepStrictEqual(Object.keys(ec), ['publicKey', 'privateKey']);
  assert.strictEqual(ec.publicKey.extractable, true);
  assert.strictEqual(ec.privateKey.extractable, false);
  assert.deepStrictEqual(ec.publicKey.usages, ['verify']);
  assert.deepStrictEqual(ec.privateKey.usages, ['sign']);
  assert.strictEqual(util.inspect(ec.privateKey),
                     "CryptoKey {\n  type: 'private',\n  extractable: false,\n" +
                     "  algorithm: { name: 'ECDSA', namedCurve: 'P-256' },\n" +
                     "  usages: [ 'sign' ]\n}");
  await assert.rejects(subtle.exportKey('pkcs8', ec.privateKey), {
    name: 'InvalidAccessException', message: 'key is not extractable',
  });
  const ecObj = nodeCrypto.KeyObject.from(ec.publicKey);
  assert.strictEqual(ecObj.asymmetricKeyType, 'ec');
  assert.deepStrictEqual(ecObj.asymmetricKeyDetails, { namedCurve: 'prime256v1' });

  const x = await subtle.generateKey('X25519', true, ['deriveKey']);
  assert.deepStrictEqual(Object.keys(x), ['privateKey', 'publicKey']);
  assert.deepStrictEqual(x.publicKey.usages, []);
  assert.deepStrictEqual(x.privateKey.usages, ['deriveKey']);
  const ed = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  assert.deepStrictEqual(Object.keys(ed), ['privateKey', 'publicKey']);
  assert.deepStrictEqual(ed.publicKey.algorithm, { name: 'Ed25519' });

  // RSA key algorithms carry modulusLength, publicExponent and hash.
  const rsa = await subtle.generateKey({
    name: 'rsassa-pkcs1-V1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'sha-1',
  }, true, ['sign', 'verify']);
  assert.strictEqual(util.inspect(rsa.publicKey.algorithm),
                     "{\n  name: 'RSASSA-PKCS1-v1_5',\n  modulusLength: 1024,\n" +
                     '  publicExponent: Uint8Array(3) [ 1, 0, 1 ],\n' +
                     "  hash: { name: 'SHA-1' }\n}");
  assert.strictEqual((await subtle.exportKey('jwk', rsa.privateKey)).alg, 'RS1');
  const rsaObj = nodeCrypto.KeyObject.from(rsa.privateKey);
  assert.strictEqual(rsaObj.asymmetricKeyDetails.modulusLength, 1024);

  // Keys from node:crypto import into webcrypto (spki / pkcs8 DER) and work both ways.
  const pair = nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
  const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const pub = await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-384' }, true,
                                     ['verify']);
  const priv = await subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-384' },
                                      true, ['sign']);
  assert.ok(nodeCrypto.KeyObject.from(pub).equals(pair.publicKey));
  assert.ok(nodeCrypto.KeyObject.from(priv).equals(pair.privateKey));
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('spki', pub)), spki);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('pkcs8', priv)), pkcs8);
  const msg = Buffer.from('interop');
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, priv, msg);
  assert.ok(nodeCrypto.verify('sha384', msg, { key: pair.publicKey, dsaEncoding: 'ieee-p1363' },
                              Buffer.from(sig)));
  // JWK from node:crypto's KeyObject.export imports as the same key.
  const jwk = pair.privateKey.export({ format: 'jwk' });
  const fromJwk = await subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-384' }, false,
                                         ['deriveBits']);
  assert.ok(nodeCrypto.KeyObject.from(fromJwk).equals(pair.privateKey));
  assert.deepStrictEqual(fromJwk.algorithm, { name: 'ECDH', namedCurve: 'P-384' });

  // HKDF/PBKDF2 keys: never extractable, algorithm is only the name.
  const hk = await subtle.importKey('raw', raw, 'hkdf', false, ['deriveBits']);
  assert.deepStrictEqual(hk.algorithm, { name: 'HKDF' });
  assert.strictEqual(hk.extractable, false);

  // deepStrictEqual compares CryptoKeys by their key material too.
  const again = await subtle.importKey('raw', raw, 'AES-GCM', true,
                                       ['decrypt', 'encrypt', 'decrypt']);
  assert.deepStrictEqual(again, aes);
  const other = await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true,
                                       ['decrypt', 'encrypt', 'decrypt']);
  assert.notDeepStrictEqual(other, aes);

  // structuredClone copies a CryptoKey: same key, copied algorithm; it works afterwards.
  const copy = structuredClone(rsa.privateKey);
  assert.ok(copy instanceof CryptoKey);
  assert.notStrictEqual(copy.algorithm, rsa.privateKey.algorithm);
  assert.deepStrictEqual(copy.algorithm, rsa.privateKey.algorithm);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('pkcs8', copy)),
                         Buffer.from(await subtle.exportKey('pkcs8', rsa.privateKey)));
  const signed = await subtle.sign('RSASSA-PKCS1-v1_5', copy, msg);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', rsa.publicKey, signed, msg), true);
  done = true;
})();

let done = false;
process.on('exit', () => assert.ok(done, 'key tests did not finish'));
