'use strict';
// createCipheriv / createDecipheriv: NIST SP 800-38A/C/D and RFC 8439 vectors, ciphertexts
// made by Node 20 decrypted here (and the reverse), auth tags, padding, streams and Node's
// errors for bad keys, IVs, tags and states.

const assert = require('assert');
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');
const { throwsLike, drainOpenSSLErrors } = require('./_util');

const h = (s) => Buffer.from(s, 'hex');
function enc(alg, key, iv, pt, opts, aad) {
  const c = crypto.createCipheriv(alg, key, iv, opts);
  if (aad) c.setAAD(aad, { plaintextLength: pt.length });
  const ct = Buffer.concat([c.update(pt), c.final()]).toString('hex');
  let tag;
  try { tag = c.getAuthTag().toString('hex'); } catch { /* not an AEAD */ }
  return tag === undefined ? ct : [ct, tag];
}
function dec(alg, key, iv, ct, opts, aad, tag) {
  const d = crypto.createDecipheriv(alg, key, iv, opts);
  if (tag) d.setAuthTag(tag);
  if (aad) d.setAAD(aad, { plaintextLength: ct.length });
  return Buffer.concat([d.update(ct), d.final()]).toString('hex');
}

// update() after final(). (First in the file: Node reads OpenSSL's error queue here, which
// failed calls elsewhere in the process may have left non-empty.)
{
  const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  c.final();
  throwsLike(() => c.update('a'), { name: 'Error', code: undefined,
                                    message: 'Trying to add data in unsupported state' });
}

// NIST SP 800-38A, AES-128 (F.1.1, F.2.1, F.3.13, F.3.7, F.4.1, F.5.1).
const k128 = h('2b7e151628aed2a6abf7158809cf4f3c');
const iv = h('000102030405060708090a0b0c0d0e0f');
const pt = h('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
             '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
const nopad = { };
function raw(alg, key, ivv, data, decrypt) {
  const c = (decrypt ? crypto.createDecipheriv : crypto.createCipheriv)(alg, key, ivv, nopad);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]).toString('hex');
}
const cbc = '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2' +
            '73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7';
assert.strictEqual(raw('aes-128-cbc', k128, iv, pt), cbc);
assert.strictEqual(raw('aes-128-cbc', k128, iv, h(cbc), true), pt.toString('hex'));
assert.strictEqual(raw('aes-128-ecb', k128, null, pt).slice(0, 32),
                   '3ad77bb40d7a3660a89ecaf32466ef97');
assert.strictEqual(raw('aes-128-ecb', k128, Buffer.alloc(0), pt).slice(0, 32),
                   '3ad77bb40d7a3660a89ecaf32466ef97');
assert.strictEqual(enc('aes-128-ctr', k128, h('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), pt).slice(0, 32),
                   '874d6191b620e3261bef6864990db6ce');
assert.strictEqual(enc('aes-128-ofb', k128, iv, pt).slice(0, 32),
                   '3b3fd92eb72dad20333449f8e83cfb4a');
assert.strictEqual(enc('aes-128-cfb', k128, iv, pt).slice(0, 64),
                   '3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b');
assert.strictEqual(enc('aes-128-cfb8', k128, iv, pt.subarray(0, 18)),
                   '3b79424c9c0dd436bace9e0ed4586a4f32b9');
assert.strictEqual(
  raw('aes-256-cbc', h('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'), iv,
      pt).slice(0, 32),
  'f58c4c04d6e5f1ba779eabfb5f7bfbd6');
assert.strictEqual(
  raw('aes-192-ecb', h('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'), null, pt).slice(0, 32),
  'bd334f1d6e45f25ff712a214571fa5cc');

// GCM (the GCM spec's test cases 1-3; NIST SP 800-38D).
const z16 = Buffer.alloc(16);
const z12 = Buffer.alloc(12);
assert.deepStrictEqual(enc('aes-128-gcm', z16, z12, Buffer.alloc(0)),
                       ['', '58e2fccefa7e3061367f1d57a4e7455a']);
assert.deepStrictEqual(enc('aes-128-gcm', z16, z12, z16),
                       ['0388dace60b6a392f328c2b971b2fe78', 'ab6e47d42cec13bdf53a67b21257bddf']);
{
  const key = h('feffe9928665731c6d6a8f9467308308');
  const ivg = h('cafebabefacedbaddecaf888');
  const p = h('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
              '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
  const [ct, tag] = enc('aes-128-gcm', key, ivg, p);
  assert.strictEqual(ct, '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                         '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985');
  assert.strictEqual(tag, '4d5c2af327cd64a62cf35abd2ba6fab4');
  assert.strictEqual(dec('aes-128-gcm', key, ivg, h(ct), undefined, undefined, h(tag)),
                     p.toString('hex'));
  // A shorter tag chosen up front.
  const [, tag8] = enc('aes-128-gcm', key, ivg, p, { authTagLength: 8 });
  assert.strictEqual(tag8, '4d5c2af327cd64a6');
  // Any IV length works with GCM.
  assert.strictEqual(enc('aes-128-gcm', key, Buffer.alloc(1), Buffer.alloc(0))[1].length, 32);
}

// CCM: NIST SP 800-38C example 1.
{
  const key = h('404142434445464748494a4b4c4d4e4f');
  const nonce = h('10111213141516');
  const aad = h('0001020304050607');
  const [ct, tag] = enc('aes-128-ccm', key, nonce, h('20212223'), { authTagLength: 4 }, aad);
  assert.strictEqual(ct, '7162015b');
  assert.strictEqual(tag, '4dac255d');
  assert.strictEqual(dec('aes-128-ccm', key, nonce, h(ct), { authTagLength: 4 }, aad, h(tag)),
                     '20212223');
  // A wrong tag fails in final(), as in Node.
  const d = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
  d.setAuthTag(h('00000000'));
  d.setAAD(aad, { plaintextLength: 4 });
  d.update(h(ct));
  throwsLike(() => d.final(), {
    name: 'Error', message: 'Unsupported state or unable to authenticate data',
  });
}

// ChaCha20-Poly1305: RFC 8439 section 2.8.2.
{
  const key = h('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = h('070000004041424344454647');
  const aad = h('50515253c0c1c2c3c4c5c6c7');
  const text = Buffer.from('Ladies and Gentlemen of the class of \'99: If I could offer you ' +
                           'only one tip for the future, sunscreen would be it.');
  const [ct, tag] = enc('chacha20-poly1305', key, nonce, text, undefined, aad);
  assert.strictEqual(ct, 'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6' +
                         '3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36' +
                         '92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc' +
                         '3ff4def08e4b7a9de576d26586cec64b6116');
  assert.strictEqual(tag, '1ae10b594f09e26a7e902ecbd0600691');
  assert.strictEqual(dec('chacha20-poly1305', key, nonce, h(ct), undefined, aad, h(tag)),
                     text.toString('hex'));
}

// Ciphertexts made by Node 20 (key = 0x01 x len, iv = 0x02 x len, text 'rode and node').
const nodeVectors = [
  // [algorithm, key length, IV length, options, ciphertext, tag]
  ['aes-128-cbc', 16, 16, null, '6d633e74e7ff08b86dfe930835ae34f2', ''],
  ['aes-192-cbc', 24, 16, null, 'ef5058dd2f982df400070df41a77e561', ''],
  ['aes-256-cbc', 32, 16, null, 'f05579b4ee20912b66d5a0120049a0d3', ''],
  ['aes-128-ctr', 16, 16, null, '65b9709659c85bf457873a1398', ''],
  ['aes-192-ctr', 24, 16, null, '99e37355b0a63513f61cdb33c2', ''],
  ['aes-256-ctr', 32, 16, null, '10c1769604de846cf5981ad176', ''],
  ['aes-128-ecb', 16, 0, null, 'e9d978723dffae1f281025f2b199ae5b', ''],
  ['aes-256-ecb', 32, 0, null, '16172780ab63ede2a1fff1885934996b', ''],
  ['aes-128-ofb', 16, 16, null, '65b9709659c85bf457873a1398', ''],
  ['aes-256-ofb', 32, 16, null, '10c1769604de846cf5981ad176', ''],
  ['aes-128-cfb', 16, 16, null, '65b9709659c85bf457873a1398', ''],
  ['aes-256-cfb8', 32, 16, null, '1070b5aec5257f1ab6f07d8fc7', ''],
  ['aes-192-cfb8', 24, 16, null, '990e72a9b72f00c5647858ede3', ''],
  ['aes-128-gcm', 16, 12, null, '218b7406e64f2818b78e6150d7', '3eb2df8be7fdb9d541d51d3ae3044b92'],
  ['aes-192-gcm', 24, 12, null, '5d538dc2d03a77e369164968aa', 'b61295830f42ae81464acf62fb5569f9'],
  ['aes-256-gcm', 32, 12, { authTagLength: 12 }, '75b9ad2c6a36af99f3a2d3ac39', '89742f265150c893b475758d'],
  ['aes-256-ccm', 32, 13, { authTagLength: 16 }, '85f233336c47976f33fb188021', 'c332f506379fafc407d87de760f1fe82'],
  ['aes-128-ccm', 16, 7, { authTagLength: 6 }, 'bf84c092a0c59b7be2d63bc699', '22e765927811'],
  ['chacha20-poly1305', 32, 12, null, '9473964badc286be5143869db6', '6ed834b7abc4f476f7bd71f25600f7e0'],
  ['chacha20-poly1305', 32, 12, { authTagLength: 8 }, '9473964badc286be5143869db6', '6ed834b7abc4f476'],
  ['aes-128-ocb', 16, 12, { authTagLength: 16 }, 'f7513dd6cfce61f494bcdef241', '4d90885d6c9e5cb59935f45cfc26f37e'],
  ['chacha20', 32, 16, null, '628b2f794e709c010e15d0aab2', ''],
  ['aes256-wrap', 32, 8, null, 'a7d3920d52221d183417a0d4c8e3cae9c3b2740159465ef5', ''],
  ['des-ede3-cbc', 24, 8, null, '4f39367a68f533f5658d66ba18362fe2', ''],
  ['camellia-128-cbc', 16, 16, null, '0c60432abc558740713298b8505c1249', ''],
  ['aria-256-gcm', 32, 12, null, '91308f357d21ea9502aa9fae18', '2a2a089b93178810b8b4a3325c9f9621'],
  ['sm4-cbc', 16, 16, null, '8b7a254166f0bdbb6bd6cffad97cba3b', ''],
];
for (const [alg, kl, ivl, opts, ct, tag] of nodeVectors) {
  const key = Buffer.alloc(kl, 1);
  const ivv = ivl ? Buffer.alloc(ivl, 2) : null;
  const data = alg.includes('wrap') ? Buffer.alloc(16, 7) : Buffer.from('rode and node');
  const c = crypto.createCipheriv(alg, key, ivv, opts || undefined);
  if (alg.includes('ccm')) c.setAAD(Buffer.alloc(0), { plaintextLength: data.length });
  assert.strictEqual(Buffer.concat([c.update(data), c.final()]).toString('hex'), ct, alg);
  if (tag) assert.strictEqual(c.getAuthTag().toString('hex'), tag, alg);
  const d = crypto.createDecipheriv(alg, key, ivv, opts || undefined);
  if (tag) d.setAuthTag(h(tag));
  if (alg.includes('ccm')) d.setAAD(Buffer.alloc(0), { plaintextLength: data.length });
  assert.deepStrictEqual(Buffer.concat([d.update(h(ct)), d.final()]), data, alg);
}

// Padding: PKCS#7 by default; setAutoPadding(false) needs whole blocks.
{
  const key = Buffer.alloc(16, 1);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  assert.strictEqual(c.update('abc', 'utf8', 'hex') + c.final('hex'),
                     '2dde717c1d169804105cb7c0fcba8661');
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.setAutoPadding(false);
  assert.strictEqual(d.update('2dde717c1d169804105cb7c0fcba8661', 'hex', 'hex') + d.final('hex'),
                     '6162630d0d0d0d0d0d0d0d0d0d0d0d0d');
  const e = crypto.createCipheriv('aes-128-cbc', key, iv);
  e.setAutoPadding(false);
  e.update(Buffer.alloc(15));
  throwsLike(() => e.final(), {
    code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: 'error:1C80006B:Provider routines::wrong final block length',
  });
  // A wrong key: bad decrypt.
  const w = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv);
  w.update('2dde717c1d169804105cb7c0fcba8661', 'hex');
  throwsLike(() => w.final(), {
    name: 'Error', code: 'ERR_OSSL_BAD_DECRYPT', library: 'Provider routines',
    reason: 'bad decrypt', message: 'error:1C800064:Provider routines::bad decrypt',
  });
}

// Output encodings go through a StringDecoder (base64 is carried across update() calls).
{
  const key = Buffer.alloc(16, 1);
  const c = crypto.createCipheriv('aes-128-ctr', key, iv);
  const b64 = c.update('ab', 'utf8', 'base64') + c.update('cdefg', 'utf8', 'base64') +
    c.final('base64');
  const c2 = crypto.createCipheriv('aes-128-ctr', key, iv);
  assert.strictEqual(b64, Buffer.concat([c2.update('abcdefg'), c2.final()]).toString('base64'));
  const c3 = crypto.createCipheriv('aes-128-ctr', key, iv);
  c3.update('a', 'utf8', 'hex');
  throwsLike(() => c3.update('a', 'utf8', 'base64'), { code: 'ERR_INTERNAL_ASSERTION' });
}

// Cipher objects.
{
  const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), iv);
  assert.ok(c instanceof crypto.Cipheriv);
  assert.ok(crypto.Cipheriv('aes-128-cbc', Buffer.alloc(16), iv) instanceof crypto.Cipheriv);
  assert.deepStrictEqual(Object.keys(c), ['_decoder', '_options']);
  assert.strictEqual(typeof c.getAuthTag, 'function');
  assert.strictEqual(c.setAuthTag, undefined);
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), iv);
  assert.strictEqual(d.getAuthTag, undefined);
  assert.strictEqual(typeof d.setAuthTag, 'function');
}

// getCipherInfo.
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-gcm'), {
  mode: 'gcm', name: 'id-aes128-gcm', nid: 895, blockSize: 1, ivLength: 12, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo('AES128'), {
  mode: 'cbc', name: 'aes-128-cbc', nid: 419, blockSize: 16, ivLength: 16, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 13 }), {
  mode: 'ccm', name: 'id-aes128-ccm', nid: 896, blockSize: 1, ivLength: 13, keyLength: 16,
});
assert.strictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 14 }), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 12 }), undefined);
drainOpenSSLErrors();
assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'), {
  mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12, keyLength: 32,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ecb'), {
  mode: 'ecb', name: 'aes-128-ecb', nid: 418, blockSize: 16, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo(427), {
  mode: 'cbc', name: 'aes-256-cbc', nid: 427, blockSize: 16, ivLength: 16, keyLength: 32,
});
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
throwsLike(() => crypto.getCipherInfo(1.5), { code: 'ERR_OUT_OF_RANGE' });

// Errors.
const k16 = Buffer.alloc(16, 1);
const k32 = Buffer.alloc(32, 2);
const iv16 = Buffer.alloc(16, 3);
const iv12 = Buffer.alloc(12, 4);
const ivError = { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV',
                  message: 'Invalid initialization vector' };
throwsLike(() => crypto.createCipheriv('nope', k16, iv16), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
throwsLike(() => crypto.createCipheriv('aes-128-cbc', k32, iv16), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
drainOpenSSLErrors();
throwsLike(() => crypto.createCipheriv('aes-128-cbc', k16, iv12), ivError);
throwsLike(() => crypto.createCipheriv('aes-128-cbc', k16, null), ivError);
throwsLike(() => crypto.createCipheriv('aes-128-ecb', k16, iv16), ivError);
throwsLike(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)), ivError);
throwsLike(() => crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(14),
                                       { authTagLength: 16 }), ivError);
throwsLike(() => crypto.createCipheriv('chacha20-poly1305', k32, iv16), ivError);
throwsLike(() => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 5 }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
  message: 'Invalid authentication tag length: 5',
});
throwsLike(() => crypto.createCipheriv('aes-128-ccm', k16, iv12), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
  message: 'authTagLength required for aes-128-ccm',
});
throwsLike(() => crypto.createCipheriv('chacha20-poly1305', k32, iv12, { authTagLength: 17 }), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 17',
});
throwsLike(() => crypto.createCipheriv('aes-128-cbc', 5, iv16), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)',
});
throwsLike(() => crypto.createCipheriv('aes-128-cbc', k16, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
throwsLike(() => crypto.createCipheriv(5, k16, iv16), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cipher" argument must be of type string. Received type number (5)',
});
{
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.final();
  throwsLike(() => c.final(), { name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE',
                                message: 'Invalid state' });
  throwsLike(() => c.setAutoPadding(false), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding',
  });
}
throwsLike(() => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
});
throwsLike(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(1)), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD',
});
{
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.update('aa', 'hex');
  throwsLike(() => d.final(), {
    name: 'Error', message: 'Unsupported state or unable to authenticate data',
  });
  const d2 = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  throwsLike(() => d2.setAuthTag(Buffer.alloc(3)), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
    message: 'Invalid authentication tag length: 3',
  });
  d2.setAuthTag(Buffer.alloc(16));
  throwsLike(() => d2.setAuthTag(Buffer.alloc(16)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag',
  });
  throwsLike(() => crypto.createDecipheriv('aes-128-gcm', k16, iv12, { authTagLength: 8 })
    .setAuthTag(Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
}
{
  const c = crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 8 });
  throwsLike(() => c.setAAD(Buffer.from('aad')), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: 'options.plaintextLength required for CCM mode with AAD',
  });
  const c2 = crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(13), { authTagLength: 8 });
  throwsLike(() => c2.update(Buffer.alloc(65536)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_MESSAGELEN', message: 'Invalid message length',
  });
}
// Legacy-provider ciphers are unsupported on OpenSSL 3 (as in Node 20).
throwsLike(() => crypto.createCipheriv('bf-cbc', Buffer.alloc(16), Buffer.alloc(8)), {
  code: 'ERR_OSSL_EVP_UNSUPPORTED',
  message: 'error:0308010C:digital envelope routines::unsupported',
});

// Stream forms: a pipeline through a cipher and back.
{
  const key = crypto.randomBytes(32);
  const ivr = crypto.randomBytes(12);
  const input = crypto.randomBytes(100000);
  const c = crypto.createCipheriv('aes-256-gcm', key, ivr);
  const parts = [];
  pipeline(Readable.from([input.subarray(0, 777), input.subarray(777)]), c, new Writable({
    write(chunk, e, cb) { parts.push(chunk); cb(); },
  }), (err) => {
    assert.ifError(err);
    const d = crypto.createDecipheriv('aes-256-gcm', key, ivr);
    d.setAuthTag(c.getAuthTag());
    const out = [];
    d.on('data', (b) => out.push(b));
    d.on('end', () => assert.deepStrictEqual(Buffer.concat(out), input));
    d.end(Buffer.concat(parts));
  });
  // A stream that fails authentication reports the error.
  const bad = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  bad.setAuthTag(Buffer.alloc(16));
  bad.on('error', (err) => {
    assert.strictEqual(err.message, 'Unsupported state or unable to authenticate data');
  });
  bad.on('data', () => {});
  bad.end(Buffer.alloc(4));
}
