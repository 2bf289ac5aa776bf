'use strict';
// ECDH, DiffieHellman/DiffieHellmanGroup and crypto.diffieHellman: values computed by Node 20
// from fixed private keys, agreement between two parties, and Node's errors.

const assert = require('assert');
const crypto = require('crypto');
const { throwsLike } = require('./_util');

// ECDH from fixed private keys.
const k1 = crypto.createECDH('secp256k1');
k1.setPrivateKey(Buffer.alloc(32, 1));
assert.strictEqual(k1.getPublicKey('hex'),
                   '041b84c5567b126440995d3ed5aaba0565d71e1834604819ff9c17f5e9d5dd078f' +
                   '70beaf8f588b541507fed6a642c5ab42dfdf8120a7f639de5122d47a69a8e8d1');
assert.strictEqual(k1.getPublicKey('hex', 'compressed'),
                   '031b84c5567b126440995d3ed5aaba0565d71e1834604819ff9c17f5e9d5dd078f');
assert.deepStrictEqual(k1.getPrivateKey(), Buffer.alloc(32, 1));
const p1 = crypto.createECDH('prime256v1');
p1.setPrivateKey(Buffer.alloc(32, 2));
assert.strictEqual(p1.getPublicKey('base64'),
                   'BFUPRxAD89+Xw99QaseX9nIfsaH7e49vg9IkSYplyI4kE2CT1wEuUJpzcVy9CwCjzA/0tcAbP/' +
                   'oZarH7MnA2uOY=');
const p2 = crypto.createECDH('prime256v1');
p2.setPrivateKey(Buffer.alloc(32, 5));
assert.strictEqual(p1.computeSecret(p2.getPublicKey()).toString('hex'),
                   '2d7713186044a3ca58ab0c8f98404eb4646c62db02bef6e898d46baf7be97e1c');
assert.strictEqual(p2.computeSecret(p1.getPublicKey('hex', 'compressed'), 'hex', 'hex'),
                   '2d7713186044a3ca58ab0c8f98404eb4646c62db02bef6e898d46baf7be97e1c');
// Generated pairs agree.
{
  const a = crypto.createECDH('secp384r1');
  const b = crypto.createECDH('secp384r1');
  assert.strictEqual(a.generateKeys().length, 97);
  b.generateKeys();
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey()));
  assert.strictEqual(
    crypto.ECDH.convertKey(a.getPublicKey(), 'secp384r1', null, 'hex', 'compressed'),
    a.getPublicKey('hex', 'compressed'));
}

// Finite-field DH.
{
  const prime = crypto.getDiffieHellman('modp2').getPrime();
  const e = crypto.createDiffieHellman(prime, 2);
  e.setPrivateKey(Buffer.alloc(32, 3));
  e.generateKeys();
  const f = crypto.createDiffieHellman(prime, 2);
  f.setPrivateKey(Buffer.alloc(32, 4));
  f.generateKeys();
  assert.strictEqual(e.getPublicKey('hex').slice(0, 64),
                     '45a5743a0b275c216e88926133e36f9782edab0b1004a2928b18d1d1ad9c36aa');
  assert.strictEqual(e.computeSecret(f.getPublicKey()).toString('hex').slice(0, 64),
                     'ee5639efe4760f05527d6dced8100d1dda400557356f5cbaee0208cffa860030');
  assert.deepStrictEqual(e.computeSecret(f.getPublicKey()), f.computeSecret(e.getPublicKey()));
  assert.strictEqual(e.verifyError, 0);
  assert.strictEqual(e.getGenerator('hex'), '02');
  const g = crypto.getDiffieHellman('modp14');
  const h = crypto.createDiffieHellmanGroup('modp14');
  g.generateKeys();
  h.generateKeys();
  assert.deepStrictEqual(g.computeSecret(h.getPublicKey()), h.computeSecret(g.getPublicKey()));
  assert.strictEqual(g.getPrime().length, 256);
  assert.strictEqual(crypto.getDiffieHellman('modp1').getPrime('hex').slice(0, 40),
                     'ffffffffffffffffc90fdaa22168c234c4c6628b');
  assert.deepStrictEqual(Object.keys(g), ['verifyError']);
  assert.strictEqual(g.setPrivateKey, undefined);
  assert.strictEqual(crypto.createDiffieHellman(512).getPrime().length, 64);
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('ff', 'hex')).verifyError, 129);
}

// crypto.diffieHellman with KeyObjects.
{
  const a = crypto.generateKeyPairSync('x448');
  const b = crypto.generateKeyPairSync('x448');
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }),
                         crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }));
  const c = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const d = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.strictEqual(crypto.diffieHellman({ privateKey: c.privateKey, publicKey: d.publicKey })
    .length, 32);
  throwsLike(() => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: c.publicKey }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY',
    message: 'Incompatible key types for Diffie-Hellman: x448 and ec',
  });
  throwsLike(() => crypto.diffieHellman({}), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.privateKey' is invalid. Received undefined",
  });
}

// Errors.
throwsLike(() => crypto.createECDH('nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
throwsLike(() => crypto.createECDH(5), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const e = crypto.createECDH('prime256v1');
  throwsLike(() => e.getPublicKey(), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key',
  });
  throwsLike(() => e.getPrivateKey(), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH private key',
  });
  e.generateKeys();
  throwsLike(() => e.computeSecret(Buffer.alloc(65)), {
    code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
  });
  throwsLike(() => e.getPublicKey(null, 'bogus'), {
    name: 'TypeError', code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bogus',
  });
  throwsLike(() => e.setPrivateKey(Buffer.alloc(32)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE',
    message: 'Private key is not valid for specified curve.',
  });
}
throwsLike(() => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1'), {
  code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to convert Buffer to EC_POINT',
});
throwsLike(() => crypto.getDiffieHellman('nope'), {
  code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group',
});
{
  const x = crypto.getDiffieHellman('modp1');
  x.generateKeys();
  throwsLike(() => x.computeSecret(Buffer.alloc(1)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small',
  });
}
