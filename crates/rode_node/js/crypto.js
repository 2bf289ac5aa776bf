'use strict';
// node:crypto — on the system's OpenSSL 3 through internalBinding('crypto') (src/crypto.rs).
// Hashing, HMAC, random numbers and key derivation load with the module; ciphers, keys,
// signatures, Diffie-Hellman and certificates load on first use.

const util = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  const isBytes = (v) => ArrayBuffer.isView(v) || util.isAnyArrayBuffer(v);
  // Node checks these in C++ (no "Received …" part in the message).
  const typeError = (name) => util.nativeError(
    TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an instance of ` +
    'ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (!isBytes(buf1)) throw typeError('buf1');
  if (!isBytes(buf2)) throw typeError('buf2');
  if (buf1.byteLength !== buf2.byteLength) {
    throw util.nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
                           'Input buffers must have the same byte length');
  }
  return util.binding.timingSafeEqual(util.toU8(buf1), util.toU8(buf2));
}

function getFips() {
  return 0;
}

function setFips(val) {
  if (val) throw new (util.codes().ERR_CRYPTO_FIPS_UNAVAILABLE)();
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// The parts loaded on first use.
const lazyParts = {
  cipher: 'internal/crypto/cipher',
  keys: 'internal/crypto/keys',
  sig: 'internal/crypto/sig',
  dh: 'internal/crypto/diffiehellman',
  x509: 'internal/crypto/x509',
  prime: 'internal/crypto/prime',
  keygen: 'internal/crypto/keygen',
};
function part(name) {
  return require(lazyParts[name]);
}
module.exports = {
  checkPrime: undefined,
  checkPrimeSync: undefined,
  createCipheriv: undefined,
  createDecipheriv: undefined,
  createDiffieHellman: undefined,
  createDiffieHellmanGroup: undefined,
  createECDH: undefined,
  createHash,
  createHmac,
  createPrivateKey: undefined,
  createPublicKey: undefined,
  createSecretKey: undefined,
  createSign: undefined,
  createVerify: undefined,
  diffieHellman: undefined,
  generatePrime: undefined,
  generatePrimeSync: undefined,
  getCiphers: util.getCiphers,
  getCipherInfo: undefined,
  getCurves: util.getCurves,
  getDiffieHellman: undefined,
  getHashes: util.getHashes,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  generateKeyPair: undefined,
  generateKeyPairSync: undefined,
  generateKey: undefined,
  generateKeySync: undefined,
  privateDecrypt: undefined,
  privateEncrypt: undefined,
  publicDecrypt: undefined,
  publicEncrypt: undefined,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  sign: undefined,
  setEngine: util.setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify: undefined,
  hash,
  Certificate: undefined,
  Cipher: undefined,
  Cipheriv: undefined,
  Decipher: undefined,
  Decipheriv: undefined,
  DiffieHellman: undefined,
  DiffieHellmanGroup: undefined,
  ECDH: undefined,
  Hash,
  Hmac,
  KeyObject: undefined,
  Sign: undefined,
  Verify: undefined,
  X509Certificate: undefined,
  secureHeapUsed,
};

// Functions and classes of the lazily loaded parts: accessors that turn into plain values
// on first read.
const lazyExports = {
  checkPrime: ['prime', 'checkPrime'],
  checkPrimeSync: ['prime', 'checkPrimeSync'],
  createCipheriv: ['cipher', 'createCipheriv'],
  createDecipheriv: ['cipher', 'createDecipheriv'],
  createDiffieHellman: ['dh', 'createDiffieHellman'],
  createDiffieHellmanGroup: ['dh', 'createDiffieHellmanGroup'],
  createECDH: ['dh', 'createECDH'],
  createPrivateKey: ['keys', 'createPrivateKey'],
  createPublicKey: ['keys', 'createPublicKey'],
  createSecretKey: ['keys', 'createSecretKey'],
  createSign: ['sig', 'createSign'],
  createVerify: ['sig', 'createVerify'],
  diffieHellman: ['dh', 'diffieHellman'],
  generatePrime: ['prime', 'generatePrime'],
  generatePrimeSync: ['prime', 'generatePrimeSync'],
  getCipherInfo: ['cipher', 'getCipherInfo'],
  getDiffieHellman: ['dh', 'getDiffieHellman'],
  generateKeyPair: ['keygen', 'generateKeyPair'],
  generateKeyPairSync: ['keygen', 'generateKeyPairSync'],
  generateKey: ['keygen', 'generateKey'],
  generateKeySync: ['keygen', 'generateKeySync'],
  privateDecrypt: ['cipher', 'privateDecrypt'],
  privateEncrypt: ['cipher', 'privateEncrypt'],
  publicDecrypt: ['cipher', 'publicDecrypt'],
  publicEncrypt: ['cipher', 'publicEncrypt'],
  sign: ['sig', 'signOneShot'],
  verify: ['sig', 'verifyOneShot'],
  Certificate: ['x509', 'Certificate'],
  Cipher: ['cipher', 'Cipher'],
  Cipheriv: ['cipher', 'Cipheriv'],
  Decipher: ['cipher', 'Decipher'],
  Decipheriv: ['cipher', 'Decipheriv'],
  DiffieHellman: ['dh', 'DiffieHellman'],
  DiffieHellmanGroup: ['dh', 'DiffieHellmanGroup'],
  ECDH: ['dh', 'ECDH'],
  KeyObject: ['keys', 'KeyObject'],
  Sign: ['sig', 'Sign'],
  Verify: ['sig', 'Verify'],
  X509Certificate: ['x509', 'X509Certificate'],
};
for (const name of Object.keys(lazyExports)) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const [partName, exportName] = lazyExports[name];
      const value = part(partName)[exportName];
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}


function webcrypto() {
  return require('internal/webcrypto').crypto;
}

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    writable: false,
    value: require('internal/crypto/constants'),
  },
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: webcrypto,
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() {
      return require('internal/crypto/subtle').subtle;
    },
  },
  getRandomValues: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() {
      return random.getRandomValues;
    },
  },
  // Deprecated aliases of randomBytes (DEP0115).
  prng: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return random.randomBytes;
    },
  },
  pseudoRandomBytes: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return random.randomBytes;
    },
  },
  rng: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return random.randomBytes;
    },
  },
});
