// Signatures through crypto.subtle: Ed25519 (RFC 8032 test 1), RSASSA-PKCS1-v1_5 (a fixed
// key's known signature), RSA-PSS and ECDSA (round trips, cross-checked with node:crypto's
// sign/verify), and RSA-OAEP encryption interoperating with node:crypto.
'use strict';
const assert = require('assert');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s, 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');
const abc = new TextEncoder().encode('abc');

// A 1024-bit RSA key (PKCS#8, made by node:crypto) and its RSASSA-PKCS1-v1_5 SHA-256
// signature of "abc".
const rsaPkcs8 = Buffer.from(
  'MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMn2pg97wIurV73xD0l+1Yr268uocRZM+8OcLikq' +
  '31PKNlprixRAHfL+jW/Dr3iq93g2k+KF9XZZ33KaSWDHUW5u99AE8uIdFHm2v+pcsE8PA4lFNbAv7giWws91R78p' +
  'KQVKANgtSaVyq4OX9G/cZi9QkWfI42c2YPKrdEPl07C/AgMBAAECgYBLbU5/odw7TXarfYgUDsZ569YMbZAun/m3' +
  'CHFE9roJdQ/vnRKIMZn90ovIHfE+w7tArkF07ErMNKx7BJw7BLWoOs21q0k/b7apYOroqA9d4jIA2naJe7yRTfmj' +
  'K8po136BxJ7Y8bI6VOFJOGaEkZqPjE4dShNmvUK24DWd9LHkQQJBAO3VXBLV+oE7N8AHNDjuhFz6YUEtRIaqrpwA' +
  'exGgBJ6lDuqJZOV6DQguEQzwH4S/QwUjFKqUwnMGb8qP4xaUPOkCQQDZY+GBlT2y9mgU4gemFCX3nJl4+TFGYYv9' +
  'Z+h6GuYoNKBdiSGGiHjsEBsLYA1Rgtj6VWpAkHyCUuU/kFjWHFdnAkEA5xvhcNxFpLaqogteD8SXEtKrFu6qHEJX' +
  'knhVHvdkBdVW/UmtpeBIMZ6yKuRbfF9u/NruBiSwH54tm6Tegt5hoQJAEDvTNTgN2XVpJFYUuCQ9CZaaJ1yEf3r9' +
  'VzkRNT0Y/tufNhztcfxy+z3gpyLPG80notoKCzQ++AR0tiBzYdnP9QJBAMaXDskYLOG1LxTwFcguWt+aza7F2p7/' +
  'nlF8P7AE5saKqo3nEe3gbiWX55nIrtMKD1xiZLC9xnOCY3TTdgEqqvE=',
  'base64');
const rsaSig = 'bb2a76feaf9cf48bc21c86d11b65ad20176b1fb790c0df90ee723e1cd4a9926a1579b53634bd293f85c15fd8b7f671eb47dbcf9306c2215c6aad77a7b7627b1378c943b3220ae905e7bbbd30e96b3d8f308be785e05253e73ac285225baa067c0f00b091f04084b6ecde71a56c244bb201241f2c1ea6a546b237526411c33a64';

async function ed25519() {
  const secret = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
  const pub = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  const want = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33' +
    'bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
  const priv = await subtle.importKey('pkcs8', Buffer.concat([
    hex('302e020100300506032b657004220420'), secret]), 'Ed25519', true, ['sign']);
  const sig = await subtle.sign('Ed25519', priv, new Uint8Array(0));
  assert.strictEqual(toHex(sig), want);
  const pubKey = await subtle.importKey('raw', pub, { name: 'Ed25519' }, true, ['verify']);
  assert.strictEqual(await subtle.verify('Ed25519', pubKey, sig, new Uint8Array(0)), true);
  assert.strictEqual(await subtle.verify('Ed25519', pubKey, sig, abc), false);
  assert.strictEqual(await subtle.verify('Ed25519', pubKey, sig.slice(2), abc), false);
  assert.strictEqual(toHex(await subtle.exportKey('raw', pubKey)), pub.toString('hex'));
  const jwk = await subtle.exportKey('jwk', priv);
  assert.deepStrictEqual(jwk, {
    key_ops: ['sign'], ext: true, crv: 'Ed25519', d: secret.toString('base64url'),
    x: pub.toString('base64url'), kty: 'OKP', alg: 'Ed25519',
  });
  // node:crypto signs the same bytes with the same key.
  assert.strictEqual(nodeCrypto.sign(null, abc, nodeCrypto.KeyObject.from(priv)).toString('hex'),
                     toHex(await subtle.sign('Ed25519', priv, abc)));
}

async function rsassa() {
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const priv = await subtle.importKey('pkcs8', rsaPkcs8, alg, true, ['sign']);
  assert.strictEqual(priv.algorithm.modulusLength, 1024);
  assert.deepStrictEqual(priv.algorithm.publicExponent, new Uint8Array([1, 0, 1]));
  assert.deepStrictEqual(priv.algorithm.hash, { name: 'SHA-256' });
  assert.strictEqual(toHex(await subtle.sign(alg, priv, abc)), rsaSig);
  // The public half through node:crypto, then spki and jwk imports.
  const spki = nodeCrypto.createPublicKey(nodeCrypto.KeyObject.from(priv))
    .export({ format: 'der', type: 'spki' });
  const pub = await subtle.importKey('spki', spki, alg, true, ['verify']);
  assert.strictEqual(await subtle.verify(alg, pub, hex(rsaSig), abc), true);
  assert.strictEqual(toHex(await subtle.exportKey('spki', pub)), spki.toString('hex'));
  const jwk = await subtle.exportKey('jwk', pub);
  assert.strictEqual(jwk.alg, 'RS256');
  assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'n', 'e', 'alg']);
  const pub2 = await subtle.importKey('jwk', jwk, alg, false, ['verify']);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', pub2, hex(rsaSig), abc), true);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', pub2, hex(rsaSig), abc.slice(1)),
                     false);
  // pkcs8 export gives the same DER back.
  assert.strictEqual(toHex(await subtle.exportKey('pkcs8', priv)), rsaPkcs8.toString('hex'));
}

async function pss() {
  const { publicKey, privateKey } = await subtle.generateKey({
    name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-384',
  }, true, ['sign', 'verify']);
  const sig = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, privateKey, abc);
  assert.strictEqual(sig.byteLength, 128);
  assert.strictEqual(await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, publicKey, sig, abc),
                     true);
  assert.strictEqual(await subtle.verify({ name: 'RSA-PSS', saltLength: 20 }, publicKey, sig, abc),
                     false);
  // node:crypto verifies it with PSS padding and the same salt length.
  assert.strictEqual(nodeCrypto.verify('sha384', abc, {
    key: nodeCrypto.KeyObject.from(publicKey),
    padding: nodeCrypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32,
  }, Buffer.from(sig)), true);
  assert.strictEqual((await subtle.exportKey('jwk', privateKey)).alg, 'PS384');
}

async function ecdsa() {
  for (const [namedCurve, size] of [['P-256', 64], ['P-384', 96], ['P-521', 132]]) {
    const { publicKey, privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve },
                                                               true, ['sign', 'verify']);
    const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, abc);
    assert.strictEqual(sig.byteLength, size);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, sig,
                                           abc), true);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, publicKey, sig,
                                           abc), false);
    // node:crypto reads the IEEE P1363 form, and signs in it for us.
    const pubObj = nodeCrypto.KeyObject.from(publicKey);
    assert.strictEqual(nodeCrypto.verify('sha256', abc, { key: pubObj, dsaEncoding: 'ieee-p1363' },
                                         Buffer.from(sig)), true);
    const nodeSig = nodeCrypto.sign('sha256', abc, {
      key: nodeCrypto.KeyObject.from(privateKey), dsaEncoding: 'ieee-p1363',
    });
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey,
                                           nodeSig, abc), true);
    // The JWK of the public key imports back; the raw point too.
    const jwk = await subtle.exportKey('jwk', publicKey);
    assert.strictEqual(jwk.crv, namedCurve);
    const back = await subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve }, true,
                                        ['verify']);
    const raw = await subtle.exportKey('raw', back);
    assert.strictEqual(raw.byteLength, 1 + size);
    const fromRaw = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve }, true,
                                           ['verify']);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, fromRaw, sig,
                                           abc), true);
  }
}

async function oaep() {
  const { publicKey, privateKey } = await subtle.generateKey({
    name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  }, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  assert.deepStrictEqual(publicKey.usages, ['encrypt', 'wrapKey']);
  assert.deepStrictEqual(privateKey.usages, ['decrypt', 'unwrapKey']);
  const label = new TextEncoder().encode('label');
  const ct = await subtle.encrypt({ name: 'RSA-OAEP', label }, publicKey, abc);
  assert.strictEqual(ct.byteLength, 128);
  assert.deepStrictEqual(new Uint8Array(await subtle.decrypt({ name: 'RSA-OAEP', label },
                                                             privateKey, ct)), abc);
  await assert.rejects(subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, ct),
                       { name: 'OperationError' });
  // node:crypto decrypts it with the same hash and label, and encrypts for us.
  const pem = nodeCrypto.KeyObject.from(privateKey).export({ format: 'pem', type: 'pkcs8' });
  assert.deepStrictEqual(nodeCrypto.privateDecrypt({ key: pem, oaepHash: 'sha256',
                                                     oaepLabel: label }, Buffer.from(ct)),
                         Buffer.from(abc));
  const fromNode = nodeCrypto.publicEncrypt({ key: nodeCrypto.KeyObject.from(publicKey),
                                              oaepHash: 'sha256' }, abc);
  assert.deepStrictEqual(new Uint8Array(await subtle.decrypt('RSA-OAEP', privateKey, fromNode)),
                         abc);
  // Wrapping an AES key with RSA-OAEP.
  const aes = await subtle.generateKey({ name: 'AES-CTR', length: 192 }, true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', aes, publicKey, { name: 'RSA-OAEP' });
  const unwrapped = await subtle.unwrapKey('raw', wrapped, privateKey, { name: 'RSA-OAEP' },
                                           'AES-CTR', true, ['encrypt']);
  assert.deepStrictEqual(unwrapped.algorithm, { name: 'AES-CTR', length: 192 });
  assert.strictEqual(toHex(await subtle.exportKey('raw', unwrapped)),
                     toHex(await subtle.exportKey('raw', aes)));
  assert.strictEqual((await subtle.exportKey('jwk', publicKey)).alg, 'RSA-OAEP-256');
}

(async () => {
  await ed25519();
  await rsassa();
  await pss();
  await ecdsa();
  await oaep();
  done = true;
})();

let done = false;
process.on('exit', () => assert.ok(done, 'sign tests did not finish'));
