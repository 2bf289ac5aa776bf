'use strict';
// pbkdf2, scrypt and hkdf (sync and callback forms; the callback forms derive on the
// blocking pool).

const { binding, codes, nativeError, toBytes, toU8, isAnyArrayBuffer } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const {
  validateString, validateInt32, validateUint32, validateInteger, validateFunction,
} = require('internal/validators');

function checkDigest(digest) {
  if (binding.digestSize(digest) < 0) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  }
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  checkDigest(a.digest);
  binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest, function(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, new FastBuffer(ab));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  checkDigest(a.digest);
  return new FastBuffer(
    binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest, undefined));
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptArgs(password, salt, keylen, options) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    // Each parameter has two names; giving both is an error.
    const pick = (short, long, value) => {
      const hasShort = options[short] !== undefined;
      if (hasShort) {
        value = options[short];
        validateUint32(value, short);
      }
      if (options[long] !== undefined) {
        if (hasShort) throw new (codes().ERR_CRYPTO_SCRYPT_INVALID_PARAMETER)();
        value = options[long];
        validateUint32(value, long);
      }
      return value;
    };
    N = pick('N', 'cost', N);
    r = pick('r', 'blockSize', r);
    p = pick('p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  const bad = binding.scryptCheck(N, r, p, maxmem);
  if (bad !== null && bad !== undefined) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
                      bad === '' ? 'Invalid scrypt params' : `Invalid scrypt params: ${bad}`);
  }
  return { password, salt, keylen, params: [N, r, p, maxmem] };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const a = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(a.password, a.salt, a.params, a.keylen, function(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, new FastBuffer(ab));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const a = scryptArgs(password, salt, keylen, options);
  return new FastBuffer(binding.scrypt(a.password, a.salt, a.params, a.keylen, undefined));
}

function byteSource(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (isAnyArrayBuffer(value) || ArrayBuffer.isView(value)) return toU8(value);
  throw new (codes().ERR_INVALID_ARG_TYPE)(
    name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  const keys = require('internal/crypto/keys');
  let ikm;
  if (keys.isKeyObject(key)) {
    ikm = keys.secretBytes(key, 'ikm');
  } else if (typeof key === 'string' || isAnyArrayBuffer(key) || ArrayBuffer.isView(key)) {
    ikm = byteSource(key, 'ikm');
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'],
      key);
  }
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) {
    throw new (codes().ERR_OUT_OF_RANGE)(
      'info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { digest, ikm, salt, info, length };
}

function hkdfCheck(a) {
  const size = binding.digestSize(a.digest);
  checkDigest(a.digest);
  if (a.length > size * 255) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
}

function hkdf(digest, key, salt, info, length, callback) {
  const a = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  hkdfCheck(a);
  binding.hkdf(a.digest, a.ikm, a.salt, a.info, a.length, function(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, ab);
  });
}

function hkdfSync(digest, key, salt, info, length) {
  const a = hkdfArgs(digest, key, salt, info, length);
  hkdfCheck(a);
  return binding.hkdf(a.digest, a.ikm, a.salt, a.info, a.length, undefined);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
