'use strict';
// KeyObject: keys made by Node 20 (fixtures/node-keys.json) imported from PEM/DER/JWK and
// exported again, signatures and ciphertexts made by Node verified/decrypted here (and ours
// checked the same way), key generation, and Node's errors.

const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');
const { throwsLike } = require('./_util');

const K = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'node-keys.json'), 'utf8'));
const msg = Buffer.from('rode signs this');
const h = (s) => Buffer.from(s, 'hex');

const rsa = crypto.createPrivateKey(K.rsaPriv);
const rsaPub = crypto.createPublicKey(K.rsaPub);
const ec = crypto.createPrivateKey(K.ecPriv);
const ecPub = crypto.createPublicKey(K.ecPub);
const k1 = crypto.createPrivateKey(K.k1Priv);
const ed = crypto.createPrivateKey(K.edPriv);
const x1 = crypto.createPrivateKey(K.x1Priv);
const x2Pub = crypto.createPublicKey(K.x2Pub);
const pss = crypto.createPrivateKey(K.pssPriv);

// Types and details.
assert.strictEqual(rsa.type, 'private');
assert.strictEqual(rsaPub.type, 'public');
assert.strictEqual(rsa.asymmetricKeyType, 'rsa');
assert.deepStrictEqual(rsa.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
assert.deepStrictEqual(pss.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256',
  mgf1HashAlgorithm: 'sha256', saltLength: 20,
});
assert.strictEqual(pss.asymmetricKeyType, 'rsa-pss');
assert.deepStrictEqual(ec.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
assert.deepStrictEqual(k1.asymmetricKeyDetails, { namedCurve: 'secp256k1' });
assert.strictEqual(ed.asymmetricKeyType, 'ed25519');
assert.deepStrictEqual(ed.asymmetricKeyDetails, {});
assert.strictEqual(x2Pub.asymmetricKeyType, 'x25519');
assert.strictEqual(String(rsa), '[object KeyObject]');
assert.ok(rsa instanceof crypto.KeyObject);
assert.deepStrictEqual(Object.keys(rsa), []);

// Export round trips give Node's bytes back.
assert.strictEqual(rsa.export({ type: 'pkcs8', format: 'pem' }), K.rsaPriv);
assert.strictEqual(rsa.export({ type: 'pkcs1', format: 'pem' }), K.rsaPkcs1);
assert.strictEqual(rsaPub.export({ type: 'spki', format: 'pem' }), K.rsaPub);
assert.strictEqual(crypto.createPublicKey(rsa).export({ type: 'spki', format: 'pem' }), K.rsaPub);
assert.strictEqual(crypto.createPublicKey(K.rsaPriv).export({ type: 'spki', format: 'pem' }),
                   K.rsaPub);
assert.strictEqual(rsaPub.export({ type: 'spki', format: 'der' }).toString('base64'),
                   K.rsaDerSpkiB64);
assert.strictEqual(rsaPub.export({ type: 'pkcs1', format: 'der' }).toString('base64'),
                   K.rsaDerPkcs1PubB64);
assert.strictEqual(ec.export({ type: 'sec1', format: 'pem' }), K.ecPriv);
assert.strictEqual(ec.export({ type: 'pkcs8', format: 'der' }).toString('base64'), K.ecDerPkcs8B64);
assert.strictEqual(ed.export({ type: 'pkcs8', format: 'pem' }), K.edPriv);
// DER input.
assert.ok(crypto.createPublicKey({ key: Buffer.from(K.rsaDerSpkiB64, 'base64'), format: 'der',
                                   type: 'spki' }).equals(rsaPub));
assert.ok(crypto.createPublicKey({ key: K.rsaDerPkcs1PubB64, encoding: 'base64', format: 'der',
                                   type: 'pkcs1' }).equals(rsaPub));
assert.ok(crypto.createPrivateKey({ key: Buffer.from(K.ecDerPkcs8B64, 'base64'), format: 'der',
                                    type: 'pkcs8' }).equals(ec));
// Encrypted PEM, with and without the passphrase.
assert.ok(crypto.createPrivateKey({ key: K.rsaEnc, passphrase: 'secret' }).equals(rsa));
throwsLike(() => crypto.createPrivateKey(K.rsaEnc), {
  code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
  message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
});
throwsLike(() => crypto.createPrivateKey({ key: K.rsaEnc, passphrase: 'wrong' }), {
  code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt',
});
{
  const enc = rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
  assert.match(enc, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey({ key: enc, passphrase: 'pw' }).equals(rsa));
  const der = rsa.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' });
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' })
    .equals(rsa));
  const trad = rsa.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
  assert.match(trad, /^-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,/);
  assert.ok(crypto.createPrivateKey({ key: trad, passphrase: 'pw' }).equals(rsa));
}

// JWK: Node's export, and import back.
assert.deepStrictEqual(rsa.export({ format: 'jwk' }), K.jwkRsa);
assert.deepStrictEqual(ec.export({ format: 'jwk' }), K.jwkEc);
assert.deepStrictEqual(ed.export({ format: 'jwk' }), K.jwkEd);
assert.deepStrictEqual(Object.keys(ec.export({ format: 'jwk' })), ['kty', 'x', 'y', 'crv', 'd']);
assert.deepStrictEqual(Object.keys(ed.export({ format: 'jwk' })), ['crv', 'd', 'x', 'kty']);
assert.ok(crypto.createPrivateKey({ key: K.jwkRsa, format: 'jwk' }).equals(rsa));
assert.ok(crypto.createPublicKey({ key: K.jwkRsa, format: 'jwk' }).equals(rsaPub));
assert.ok(crypto.createPrivateKey({ key: K.jwkEc, format: 'jwk' }).equals(ec));
assert.ok(crypto.createPublicKey({ key: K.jwkEc, format: 'jwk' }).equals(ecPub));
assert.ok(crypto.createPrivateKey({ key: K.jwkEd, format: 'jwk' }).equals(ed));

// Secret keys.
{
  const s = crypto.createSecretKey(Buffer.from('abc'));
  assert.strictEqual(s.type, 'secret');
  assert.strictEqual(s.symmetricKeySize, 3);
  assert.strictEqual(s.asymmetricKeyType, undefined);
  assert.deepStrictEqual(s.export(), Buffer.from('abc'));
  assert.deepStrictEqual(s.export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });
  assert.ok(s.equals(crypto.createSecretKey('abc', 'utf8')));
  assert.ok(!s.equals(crypto.createSecretKey('abd', 'utf8')));
  assert.strictEqual(crypto.createSecretKey('616263', 'hex').export().toString(), 'abc');
  assert.strictEqual(crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize, 0);
  assert.strictEqual(crypto.generateKeySync('hmac', { length: 64 }).symmetricKeySize, 8);
  assert.strictEqual(crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize, 32);
}

// Signatures made by Node verify here; deterministic ones are equal.
assert.strictEqual(crypto.sign('sha256', msg, rsa).toString('hex'), K.sigRsa);
assert.strictEqual(crypto.createSign('SHA384').update(msg).sign(rsa, 'base64'), K.sigRsaSign);
assert.strictEqual(crypto.sign(null, msg, ed).toString('hex'), K.sigEd);
assert.ok(crypto.verify('sha256', msg, rsaPub, h(K.sigRsa)));
assert.ok(crypto.verify('sha256', msg, rsa, h(K.sigRsa)));
assert.ok(crypto.createVerify('sha384').update(msg).verify(K.rsaPub, K.sigRsaSign, 'base64'));
assert.ok(crypto.verify('sha256', msg, { key: rsaPub, padding: 6, saltLength: 32 }, h(K.sigPss)));
assert.ok(crypto.verify('sha256', msg, ecPub, h(K.sigEc)));
assert.ok(crypto.verify('sha256', msg, { key: ecPub, dsaEncoding: 'ieee-p1363' },
                        h(K.sigEcP1363)));
assert.ok(crypto.createVerify('sha256').update(msg).verify(k1, K.sigK1, 'hex'));
assert.ok(crypto.verify(undefined, msg, ed, h(K.sigEd)));
assert.ok(crypto.verify('sha256', msg, pss, h(K.sigPssKey)));
assert.ok(!crypto.verify('sha256', Buffer.from('other'), rsaPub, h(K.sigRsa)));
assert.ok(!crypto.verify('sha256', msg, rsaPub, Buffer.alloc(3)));
// Ours verify too (ECDSA and PSS are randomized).
{
  const sig = crypto.sign('sha512', msg, { key: ec, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(sig.length, 64);
  assert.ok(crypto.verify('sha512', msg, { key: ecPub, dsaEncoding: 'ieee-p1363' }, sig));
  const der = crypto.createSign('sha256').update('a').update('b').sign(ec);
  assert.strictEqual(der[0], 0x30);
  assert.ok(crypto.createVerify('sha256').update('ab').verify(ecPub, der));
  const p = crypto.sign('sha256', msg, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
                                         saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
  assert.ok(crypto.verify('sha256', msg, { key: rsaPub, padding: 6, saltLength: 32 }, p));
  // Sign is a Writable.
  const s = crypto.createSign('sha256');
  s.write('a');
  s.end('b');
  assert.strictEqual(s.sign(rsa, 'hex'), crypto.sign('sha256', Buffer.from('ab'), rsa).toString('hex'));
}

// RSA encryption: Node's ciphertexts decrypt here.
assert.deepStrictEqual(crypto.privateDecrypt(rsa, h(K.oaep)), msg);
assert.deepStrictEqual(crypto.privateDecrypt({ key: K.rsaPriv, oaepHash: 'sha256',
                                               oaepLabel: Buffer.from('L') }, h(K.oaep256)), msg);
// Node 20 refuses PKCS#1 v1.5 decryption on OpenSSL 3.0 (CVE-2023-46809).
throwsLike(() => crypto.privateDecrypt({ key: rsa, padding: 1 }, h(K.pkcs1enc)), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
    'reverted with --security-revert=CVE-2023-46809',
});
assert.strictEqual(crypto.privateEncrypt(rsa, msg).toString('hex'), K.privEnc);
assert.deepStrictEqual(crypto.publicDecrypt(rsaPub, h(K.privEnc)), msg);
assert.deepStrictEqual(crypto.privateDecrypt(rsa, crypto.publicEncrypt(K.rsaPub, msg)), msg);

// Key agreement.
assert.strictEqual(crypto.diffieHellman({ privateKey: x1, publicKey: x2Pub }).toString('hex'),
                   K.x25519);

// Generation.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
  assert.ok(crypto.verify('sha384', msg, publicKey, crypto.sign('sha384', msg, privateKey)));
  const r = crypto.generateKeyPairSync('rsa', {
    modulusLength: 1024, publicExponent: 3,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  assert.match(r.publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(Buffer.isBuffer(r.privateKey));
  assert.deepStrictEqual(crypto.createPublicKey(r.publicKey).asymmetricKeyDetails,
                         { modulusLength: 1024, publicExponent: 3n });
  const e = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' } });
  assert.strictEqual(e.publicKey.crv, 'Ed25519');
  assert.strictEqual(crypto.generateKeyPairSync('x448').privateKey.asymmetricKeyType, 'x448');
  const p = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha512',
                                                    mgf1HashAlgorithm: 'sha256', saltLength: 8 });
  assert.deepStrictEqual(p.privateKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha512',
    mgf1HashAlgorithm: 'sha256', saltLength: 8,
  });
}
process.exitCode = 1;
crypto.generateKeyPair('ec', { namedCurve: 'secp256k1' }, (err, publicKey, privateKey) => {
  assert.ifError(err);
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.asymmetricKeyType, 'ec');
  crypto.sign('sha256', msg, privateKey, (err2, sig) => {
    assert.ifError(err2);
    crypto.verify('sha256', msg, publicKey, sig, (err3, ok) => {
      assert.ifError(err3);
      assert.strictEqual(ok, true);
      process.exitCode = 0;
    });
  });
});

// Errors.
throwsLike(() => crypto.createPrivateKey('garbage'), {
  name: 'Error', code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines', reason: 'unsupported',
  message: 'error:1E08010C:DECODER routines::unsupported',
});
throwsLike(() => crypto.createPublicKey('garbage'), { code: 'ERR_OSSL_UNSUPPORTED' });
throwsLike(() => crypto.createPrivateKey({ key: Buffer.from('garbage'), format: 'der',
                                           type: 'pkcs8' }), {
  code: 'ERR_OSSL_ASN1_NOT_ENOUGH_DATA',
  message: 'error:0680008E:asn1 encoding routines::not enough data',
});
throwsLike(() => crypto.createPrivateKey({ key: Buffer.from('x'), format: 'der' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined",
});
throwsLike(() => crypto.createPrivateKey({ key: 'x', format: 'bogus' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.format' is invalid. Received 'bogus'",
});
throwsLike(() => crypto.createPrivateKey(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
throwsLike(() => crypto.createPublicKey(rsaPub), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  message: 'Invalid key object type public, expected private.',
});
throwsLike(() => crypto.createSecretKey(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or ' +
    'DataView. Received type number (5)',
});
throwsLike(() => rsa.export(), { code: 'ERR_INVALID_ARG_TYPE' });
throwsLike(() => rsa.export({ type: 'sec1', format: 'pem' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
  message: 'The selected key encoding sec1 can only be used for EC keys.',
});
throwsLike(() => ec.export({ type: 'pkcs1', format: 'pem' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
  message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
});
throwsLike(() => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'aes-256-cbc',
                              passphrase: 'pw' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
  message: 'The selected key encoding pkcs1 does not support encryption.',
});
throwsLike(() => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'pw' }), {
  code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
throwsLike(() => pss.export({ format: 'jwk' }), {
  code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', message: 'Unsupported JWK Key Type.',
});
throwsLike(() => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'a', y: 'b' },
                                          format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'key.crv' must be one of: 'P-256', 'secp256k1', 'P-384', 'P-521'. " +
    "Received 'P-999'",
});
throwsLike(() => crypto.createPrivateKey({ key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' },
                                           format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key.d" property must be of type string. Received undefined',
});
throwsLike(() => crypto.generateKeyPairSync('nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' must be a supported key type. Received 'nope'",
});
throwsLike(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
throwsLike(() => crypto.generateKeySync('aes', { length: 64 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.length' must be one of: 128, 192, 256. Received 64",
});
throwsLike(() => crypto.createSign('nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest',
});
throwsLike(() => crypto.sign('nope', msg, rsa), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
throwsLike(() => crypto.sign('sha256', msg, ed), {
  code: 'ERR_OSSL_INVALID_DIGEST', message: 'error:1C80007A:Provider routines::invalid digest',
});
throwsLike(() => crypto.sign('sha256', msg, rsaPub), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  message: 'Invalid key object type public, expected private.',
});
throwsLike(() => crypto.createSign('sha256').update('a').sign(ed), {
  code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION', message: 'Unsupported crypto operation',
});
throwsLike(() => crypto.createSign('sha256').update('a').sign({ key: rsa, dsaEncoding: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.dsaEncoding' is invalid. Received 'x'",
});
throwsLike(() => crypto.publicEncrypt(rsaPub, Buffer.alloc(100)), {
  code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE',
  message: 'error:0200006E:rsa routines::data too large for key size',
});
throwsLike(() => crypto.privateDecrypt(rsa, Buffer.alloc(128)), {
  code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR',
  message: 'error:02000079:rsa routines::oaep decoding error',
});
