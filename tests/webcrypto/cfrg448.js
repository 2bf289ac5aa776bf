// Ed448 (RFC 8032 7.4, the empty message) and X448 (RFC 7748 6.2) through crypto.subtle, with
// raw, jwk, spki and pkcs8 keys. Node prints an ExperimentalWarning for these (stderr).
'use strict';
const assert = require('assert');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s, 'hex');
const toHex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  const secret = hex('6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f' +
                     '044e39a3fc5b94492f8f032e7549a20098f95b');
  const pub = hex('5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7' +
                  '061bd6783df1e50f6cd1fa1abeafe8256180');
  const want = '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f6282' +
    '81f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db9' +
    '9ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600';
  const priv = await subtle.importKey('jwk', {
    kty: 'OKP', crv: 'Ed448', d: secret.toString('base64url'), x: pub.toString('base64url'),
  }, 'Ed448', true, ['sign']);
  assert.strictEqual(toHex(await subtle.sign('Ed448', priv, new Uint8Array(0))), want);
  const pubKey = await subtle.importKey('raw', pub, 'Ed448', true, ['verify']);
  assert.strictEqual(await subtle.verify({ name: 'Ed448' }, pubKey, hex(want), new Uint8Array(0)),
                     true);
  assert.strictEqual(await subtle.verify({ name: 'Ed448', context: new Uint8Array(0) }, pubKey,
                                         hex(want), new Uint8Array(1)), false);
  const spki = await subtle.exportKey('spki', pubKey);
  assert.ok(nodeCrypto.createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' })
    .equals(nodeCrypto.KeyObject.from(pubKey)));
  const pkcs8 = await subtle.exportKey('pkcs8', priv);
  assert.strictEqual(toHex(pkcs8), '3047020100300506032b6571043b0439' + secret.toString('hex'));

  // X448.
  const alicePriv = hex('9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419' +
                        '744897391006382a6f127ab1d9ac2d8c0a598726b');
  const alicePub = hex('9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647' +
                       '241d953d40c5b12da88120d53177f80e532c41fa0');
  const bobPub = hex('3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4' +
                     '232a13ca706dcb57aec3dae07bdc1c67bf33609');
  const a = await subtle.importKey('pkcs8', Buffer.concat([
    hex('3046020100300506032b656f043a0438'), alicePriv]), 'X448', true, ['deriveBits']);
  assert.strictEqual((await subtle.exportKey('jwk', a)).x, alicePub.toString('base64url'));
  const b = await subtle.importKey('raw', bobPub, 'X448', true, []);
  assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X448', public: b }, a, null)),
                     '07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c3355' +
                     '43936521c24403085d59a449a5037514a879d');
  done = true;
})();

let done = false;
process.on('exit', () => assert.ok(done, 'Ed448/X448 tests did not finish'));
