'use strict';
// DiffieHellman / DiffieHellmanGroup (finite-field DH), ECDH, and crypto.diffieHellman (key
// agreement between two KeyObjects).

const {
  binding, codes, nativeError, kHandle, isAnyArrayBuffer, toBytes,
} = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const { validateString, validateInt32, validateObject } = require('internal/validators');

function encode(ab, encoding) {
  const buf = new FastBuffer(ab);
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !ArrayBuffer.isView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBytes(sizeOrKey, 'sizeOrKey', keyEncoding);
  if (!generator) {
    generator = 2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBytes(generator, 'generator', genEncoding);
  } else if (!ArrayBuffer.isView(generator) && !isAnyArrayBuffer(generator)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'generator', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      generator);
  } else {
    generator = toBytes(generator, 'generator');
  }
  this[kHandle] = binding.dhNew(sizeOrKey, generator);
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, value: binding.dhField(this[kHandle], 4),
    writable: true, configurable: true,
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const h = binding.dhGroup(`${name}`);
  if (h === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  }
  this[kHandle] = h;
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, value: 0, writable: true, configurable: true,
  });
}

function dhField(self, which, what) {
  const r = binding.dhField(self[kHandle], which);
  if (r === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE',
                      `No ${what} - did you forget to generate one?`);
  }
  return r;
}

const dhMethods = {
  generateKeys(encoding) {
    binding.dhGenerate(this[kHandle]);
    return encode(dhField(this, 2, 'public key'), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = toBytes(key, 'key', inEnc);
    const r = binding.dhCompute(this[kHandle], key);
    if (typeof r === 'number') {
      if (r === -1) {
        throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
      }
      if (r === -2) {
        throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
      }
      throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE',
                        'No private key - did you forget to generate one?');
    }
    return encode(r, outEnc);
  },
  getPrime(encoding) {
    return encode(dhField(this, 0, 'prime'), encoding);
  },
  getGenerator(encoding) {
    return encode(dhField(this, 1, 'generator'), encoding);
  },
  getPublicKey(encoding) {
    return encode(dhField(this, 2, 'public key'), encoding);
  },
  getPrivateKey(encoding) {
    return encode(dhField(this, 3, 'private key'), encoding);
  },
  setPublicKey(key, encoding) {
    binding.dhSet(this[kHandle], 2, toBytes(key, 'key', encoding));
    return this;
  },
  setPrivateKey(key, encoding) {
    binding.dhSet(this[kHandle], 3, toBytes(key, 'key', encoding));
    return this;
  },
};
for (const [name, fn] of Object.entries(dhMethods)) {
  DiffieHellman.prototype[name] = fn;
  // A group's keys are generated, never set.
  if (name !== 'setPublicKey' && name !== 'setPrivateKey') DiffieHellmanGroup.prototype[name] = fn;
}

function pointFormat(format) {
  if (format) {
    if (format === 'compressed' || format === 'hybrid') return format;
    if (format !== 'uncompressed') throw new (codes().ERR_CRYPTO_ECDH_INVALID_FORMAT)(format);
  }
  return 'uncompressed';
}

function invalidCurve() {
  return nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const h = binding.ecdhNew(curve);
  if (h === undefined) throw invalidCurve();
  this[kHandle] = h;
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  binding.ecdhGenerate(this[kHandle]);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const r = binding.ecdhPublic(this[kHandle], pointFormat(format));
  if (r === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  }
  return encode(r, encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const r = binding.ecdhPrivate(this[kHandle]);
  if (r === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  }
  return encode(r, encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = toBytes(key, 'key', encoding);
  if (!binding.ecdhSetPrivate(this[kHandle], key)) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE',
                      'Private key is not valid for specified curve.');
  }
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = toBytes(key, 'key', encoding);
  if (!binding.ecdhSetPublic(this[kHandle], key)) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = toBytes(key, 'key', inEnc);
  const r = binding.ecdhCompute(this[kHandle], key);
  if (r === undefined) throw new (codes().ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY)();
  return encode(r, outEnc);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = toBytes(key, 'key', inEnc);
  const f = pointFormat(format);
  if (binding.ecdhNew(curve) === undefined) throw invalidCurve();
  const r = binding.ecdhConvert(curve, key, f);
  if (r === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return encode(r, outEnc);
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(groupName) {
  return new DiffieHellmanGroup(groupName);
}

function createECDH(curve) {
  return new ECDH(curve);
}

const dhKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { KeyObject } = require('internal/crypto/keys');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') {
    throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhKeyTypes.has(privateType)) {
    throw new (codes().ERR_CRYPTO_INCOMPATIBLE_KEY)(
      'key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  return new FastBuffer(binding.keyDerive(privateKey[kHandle], publicKey[kHandle]));
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  createDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
  getDiffieHellman,
  createECDH,
  diffieHellman,
};
