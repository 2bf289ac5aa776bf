'use strict';
// generateKeyPair(Sync) (rsa, rsa-pss, dsa, ec, ed25519, ed448, x25519, x448) and
// generateKey(Sync) (hmac, aes). Key generation runs on the blocking pool in the async forms.

const { binding, codes } = require('internal/crypto/util');
const {
  validateString, validateObject, validateUint32, validateInt32, validateInteger,
  validateFunction, validateOneOf,
} = require('internal/validators');

function keys() {
  return require('internal/crypto/keys');
}

function parseEncodings(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let pub, priv;
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.publicKeyEncoding', publicKeyEncoding);
    }
    pub = keys().parseKeyEncoding(publicKeyEncoding, keyType, keyType ? true : undefined,
                                  'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.privateKeyEncoding', privateKeyEncoding);
    }
    priv = keys().parseKeyEncoding(privateKeyEncoding, keyType, false, 'privateKeyEncoding');
  }
  return { pub, priv };
}

// Validates the options; returns what the binding needs.
function keyGenParams(type, options) {
  validateString(type, 'type');
  const encodings = parseEncodings(type, options);
  if (options !== undefined) validateObject(options, 'options');
  const params = {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      params.modulusLength = modulusLength;
      params.publicExponent = publicExponent;
      if (type === 'rsa-pss') {
        const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
        if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
        if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
        if (mgf1HashAlgorithm !== undefined) {
          validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
        }
        if (hash !== undefined) {
          validateString(hash, 'options.hash');
          if (hashAlgorithm && hash !== hashAlgorithm) {
            throw new (codes().ERR_INVALID_ARG_VALUE)('options.hash', hash);
          }
        }
        if (mgf1Hash !== undefined) {
          validateString(mgf1Hash, 'options.mgf1Hash');
          if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
            throw new (codes().ERR_INVALID_ARG_VALUE)('options.mgf1Hash', mgf1Hash);
          }
        }
        const h = hashAlgorithm || hash;
        const m = mgf1HashAlgorithm || mgf1Hash;
        for (const [name, v] of [['hashAlgorithm', h], ['mgf1HashAlgorithm', m]]) {
          if (v !== undefined && binding.digestSize(v) < 0) {
            throw new (codes().ERR_CRYPTO_INVALID_DIGEST)(v);
          }
          if (v !== undefined) params[name] = v;
        }
        if (saltLength !== undefined) params.saltLength = saltLength;
      }
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      params.modulusLength = modulusLength;
      if (divisorLength !== -1) params.divisorLength = divisorLength;
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      let { paramEncoding } = options;
      if (paramEncoding == null || paramEncoding === 'named') paramEncoding = 'named';
      else if (paramEncoding !== 'explicit') {
        throw new (codes().ERR_INVALID_ARG_VALUE)('options.paramEncoding', paramEncoding);
      }
      params.namedCurve = namedCurve;
      params.paramEncoding = paramEncoding;
      break;
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      break;
    case 'dh':
      throw new (codes().ERR_NOT_IMPLEMENTED)("generateKeyPair('dh')");
    default:
      throw new (codes().ERR_INVALID_ARG_VALUE)('type', type, 'must be a supported key type');
  }
  return { params, encodings };
}

// Turns the two native handles into what Node returns (KeyObjects, or encoded keys).
function finish(handles, encodings) {
  const k = keys();
  const publicKey = k.keyObjectFor('public', handles[0]);
  const privateKey = k.keyObjectFor('private', handles[1]);
  const { pub, priv } = encodings;
  return {
    publicKey: pub === undefined ? publicKey : publicKey.export(pub),
    privateKey: priv === undefined ? privateKey : privateKey.export({
      ...priv,
      passphrase: priv.passphrase,
    }),
  };
}

function generateKeyPairSync(type, options) {
  const { params, encodings } = keyGenParams(type, options);
  return finish(binding.keyGen(type, params, undefined), encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { params, encodings } = keyGenParams(type, options);
  binding.keyGen(type, params, function(err, handles) {
    if (err) return callback.call(this, err);
    let r;
    try {
      r = finish(handles, encodings);
    } catch (e) {
      return callback.call(this, e);
    }
    callback.call(this, null, r.publicKey, r.privateKey);
  });
}

function secretKeyParams(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new (codes().ERR_INVALID_ARG_VALUE)('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const size = secretKeyParams(type, options);
  const bytes = new Uint8Array(binding.randomBytes(size, undefined));
  return keys().createSecretKey(bytes);
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const size = secretKeyParams(type, options);
  binding.randomBytes(size, function(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, keys().createSecretKey(new Uint8Array(ab)));
  });
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
