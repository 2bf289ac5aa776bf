'use strict';
// pbkdf2, scrypt and hkdf: RFC 6070 / RFC 7914 / RFC 5869 vectors, sync and callback forms,
// and Node's errors.

const assert = require('assert');
const crypto = require('crypto');
const { throwsLike } = require('./_util');

const hex = (b) => Buffer.from(b).toString('hex');

// RFC 6070 (PBKDF2-HMAC-SHA1) and the common SHA-256 vector.
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')),
                   '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1')),
                   'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')),
                   '4b007901b765489abead49d926f721d065a429c1');
assert.strictEqual(hex(crypto.pbkdf2Sync('password', Buffer.from('salt'), 4096, 32, 'sha256')),
                   'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a');
assert.strictEqual(hex(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha256')), '');
assert.ok(Buffer.isBuffer(crypto.pbkdf2Sync('p', 's', 1, 1, 'sha256')));

// RFC 7914 section 12.
assert.strictEqual(hex(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 })),
                   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
                   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
assert.strictEqual(hex(crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8,
                                                                    parallelization: 16 })),
                   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
                   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
// Node's defaults (N=16384, r=8, p=1), computed by Node 20.
assert.strictEqual(hex(crypto.scryptSync('pw', 'salt', 16)), 'c0b515908e61334cae6d6003c00be60e');

// RFC 5869 test cases 1 and 3; the result is an ArrayBuffer.
{
  const okm = crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b),
                              Buffer.from('000102030405060708090a0b0c', 'hex'),
                              Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
  assert.ok(okm instanceof ArrayBuffer);
  assert.strictEqual(hex(okm), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf' +
                               '34007208d5b887185865');
  assert.strictEqual(hex(crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b), '', '', 42)),
                     '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d' +
                     '9d201395faa4b61a96c8');
  // An empty key (Web Crypto needs it), computed by Node 20.
  assert.strictEqual(hex(crypto.hkdfSync('sha256', '', 's', 'i', 8)), 'e7ee38c8e709aea4');
  assert.strictEqual(hex(crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.alloc(22, 0x0b)),
                                         '', '', 42)),
                     '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d' +
                     '9d201395faa4b61a96c8');
}

// Callback forms (run off the JS thread).
let pending = 3;
const done = () => { if (--pending === 0) process.exitCode = 0; };
process.exitCode = 1;
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  assert.ifError(err);
  assert.strictEqual(hex(key), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  done();
});
crypto.scrypt('', '', 64, { N: 16, r: 1, p: 1 }, (err, key) => {
  assert.ifError(err);
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(hex(key).slice(0, 16), '77d6576238657b20');
  done();
});
crypto.hkdf('sha256', Buffer.alloc(22, 0x0b), '', '', 42, (err, key) => {
  assert.ifError(err);
  assert.ok(key instanceof ArrayBuffer);
  assert.strictEqual(hex(key).slice(0, 16), '8da4e775a563c18f');
  done();
});

// Errors.
throwsLike(() => crypto.pbkdf2Sync('p', 's', 1, 32, 'nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
throwsLike(() => crypto.pbkdf2Sync('p', 's', 0, 32, 'sha256'), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. ' +
    'Received 0',
});
throwsLike(() => crypto.pbkdf2Sync('p', 's', 1, 32), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined',
});
throwsLike(() => crypto.pbkdf2('p', 's', 1, 32, 'sha256'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
throwsLike(() => crypto.pbkdf2Sync(1, 's', 1, 32, 'sha256'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "password" argument must be of type string or an instance of ArrayBuffer, ' +
    'Buffer, TypedArray, or DataView. Received type number (1)',
});
throwsLike(() => crypto.pbkdf2Sync('p', 's', 1, 32, 'shake128'), {
  name: 'Error', message: 'Deriving bits failed',
});
throwsLike(() => crypto.hkdfSync('shake128', 'k', 's', 'i', 32), {
  name: 'Error', message: 'Deriving bits failed',
});
throwsLike(() => crypto.scryptSync('p', 's', 16, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
});
throwsLike(() => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});
throwsLike(() => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }), {
  name: 'Error', code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter',
});
throwsLike(() => crypto.scryptSync('p', 's', 16, { N: '16' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "N" argument must be of type number. Received type string (\'16\')',
});
throwsLike(() => crypto.scryptSync('p', 's', -1), { code: 'ERR_OUT_OF_RANGE' });
throwsLike(() => crypto.hkdfSync('nope', 'k', 's', 'i', 32), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
throwsLike(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
throwsLike(() => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 32), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than 1024 ' +
    'bytes. Received 1025',
});
throwsLike(() => crypto.hkdfSync('sha256', 5, 's', 'i', 32), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ikm" argument must be of type string or an instance of SecretKeyObject, ' +
    'ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (5)',
});
