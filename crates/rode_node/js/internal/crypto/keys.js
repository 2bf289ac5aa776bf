'use strict';
// KeyObject (secret, public and private keys), createSecretKey/createPublicKey/
// createPrivateKey, key export (PEM, DER, JWK), and the key argument handling the other
// crypto functions share (prepareSecretKey, preparePrivateKey, preparePublicOrPrivateKey).

const {
  binding, codes, nativeError, kHandle, isAnyArrayBuffer, toBytes, toU8,
} = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const { validateObject, validateOneOf, validateString } = require('internal/validators');

const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
// Marks handles made here (so `new KeyObject(type, {})` is refused as in Node).
const kIsHandle = Symbol('kIsHandle');

// Contexts of prepareAsymmetricKey, as in Node.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

function isStringOrBuffer(v) {
  return typeof v === 'string' || ArrayBuffer.isView(v) || isAnyArrayBuffer(v);
}

function wrapHandle(h) {
  return { [kIsHandle]: true, h };
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('type', type);
    }
    if (typeof handle !== 'object' || handle === null || handle[kIsHandle] !== true) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, {
      __proto__: null, value: handle.h, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    const { isCryptoKey, keyObjectOf } = lazyWebCryptoKeys();
    if (!isCryptoKey(key)) throw new (codes().ERR_INVALID_ARG_TYPE)('key', 'CryptoKey', key);
    return keyObjectOf(key);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', configurable: true,
});

function lazyWebCryptoKeys() {
  return require('internal/crypto/webcrypto_keys');
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return binding.keyInfo(this[kHandle])[1];
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return exportJwk(this[kHandle]);
    }
    return new FastBuffer(binding.keySecretBytes(this[kHandle]));
  }
}

function normalizeDetails(d) {
  if (typeof d.publicExponent === 'string') d.publicExponent = BigInt(d.publicExponent);
  return d;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) {
      this[kAsymmetricKeyType] = binding.keyInfo(this[kHandle])[1];
    }
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        if (this[kAsymmetricKeyDetails] === undefined) {
          this[kAsymmetricKeyDetails] = normalizeDetails(binding.keyInfo(this[kHandle])[2]);
        }
        return { ...this[kAsymmetricKeyDetails] };
      default:
        return {};
    }
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return exportJwk(this[kHandle]);
    const { format, type } = parseKeyEncoding(options, this.asymmetricKeyType, true);
    return exported(binding.keyExport(this[kHandle], format, type, undefined, undefined));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new (codes().ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS)('jwk', 'does not support encryption');
      }
      return exportJwk(this[kHandle]);
    }
    const { format, type, cipher, passphrase } =
      parseKeyEncoding(options, this.asymmetricKeyType, false);
    return exported(binding.keyExport(this[kHandle], format, type, cipher, passphrase));
  }
}

function exported(r) {
  return typeof r === 'string' ? r : new FastBuffer(r);
}

function base64url(ab) {
  return new FastBuffer(ab).toString('base64url');
}

function exportJwk(handle) {
  const jwk = {};
  for (const [k, v] of binding.keyJwkExport(handle)) {
    jwk[k] = typeof v === 'string' ? v : base64url(v);
  }
  return jwk;
}

function isKeyObject(v) {
  return v instanceof KeyObject;
}

function keyObjectFor(type, handle) {
  const wrapped = wrapHandle(handle);
  if (type === 'secret') return new SecretKeyObject(wrapped);
  if (type === 'public') return new PublicKeyObject(wrapped);
  return new PrivateKeyObject(wrapped);
}

// Key encodings (Node's parseKeyEncoding): for input (keyType undefined) the format defaults
// to PEM and the type is needed only for DER; for output both are required.
function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const { format: formatStr, type: typeStr } = enc;
  let format;
  if (formatStr === undefined && isInput) format = 'pem';
  else if (formatStr === 'pem' || formatStr === 'der' || formatStr === 'jwk') format = formatStr;
  else throw new (codes().ERR_INVALID_ARG_VALUE)(option('format', objName), formatStr);
  const required = (!isInput || format === 'der') && format !== 'jwk';
  let type;
  if (typeStr === undefined && !required) {
    type = undefined;
  } else if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new (codes().ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS)(typeStr, 'can only be used for RSA keys');
    }
    type = typeStr;
  } else if (typeStr === 'spki' && isPublic !== false) {
    type = typeStr;
  } else if (typeStr === 'pkcs8' && isPublic !== true) {
    type = typeStr;
  } else if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new (codes().ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS)(typeStr, 'can only be used for EC keys');
    }
    type = typeStr;
  } else {
    throw new (codes().ERR_INVALID_ARG_VALUE)(option('type', objName), typeStr);
  }
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') {
          throw new (codes().ERR_INVALID_ARG_VALUE)(option('cipher', objName), cipher);
        }
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          throw new (codes().ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS)(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new (codes().ERR_INVALID_ARG_VALUE)(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new (codes().ERR_INVALID_ARG_VALUE)(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = toBytes(passphrase, 'key.passphrase', encoding);
  if (cipher != null && typeof cipher === 'string' &&
      binding.cipherInfo(cipher, undefined, undefined) === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  }
  return { format, type, cipher: cipher == null ? undefined : cipher, passphrase };
}

function keyTypes(allowKeyObject, bufferOnly = false) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string',
                 'KeyObject', 'CryptoKey'];
  if (bufferOnly) return types.slice(0, 4);
  if (!allowKeyObject) return types.slice(0, 5);
  return types;
}

function handleOfKeyObject(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(key.type, 'private');
    }
    if (key.type !== 'public') {
      throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(key.type, 'private or public');
    }
  }
  return key[kHandle];
}

function b64(s) {
  return Buffer.from(s, 'base64');
}

function handleFromJwk(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  const invalid = () => new (codes().ERR_CRYPTO_INVALID_JWK)();
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    const data = isPublic ? b64(key.x) : b64(key.d);
    const want = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 }[key.crv];
    if (data.byteLength !== want) throw invalid();
    try {
      return binding.keyJwkImport('OKP', key.crv, isPublic ? [data] : [undefined, data],
                                  !isPublic);
    } catch {
      throw invalid();
    }
  }
  if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
  }
  if (!isPublic) validateString(key.d, 'key.d');
  if (key.kty === 'RSA') {
    const bad = () => nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK RSA key');
    if (typeof key.n !== 'string' || typeof key.e !== 'string') throw bad();
    const parts = [b64(key.n), b64(key.e)];
    if (!isPublic) {
      for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
        if (typeof key[k] !== 'string') throw bad();
        parts.push(b64(key[k]));
      }
    }
    return binding.keyJwkImport('RSA', '', parts, !isPublic);
  }
  const parts = [b64(key.x), b64(key.y)];
  if (!isPublic) parts.push(b64(key.d));
  return binding.keyJwkImport('EC', key.crv, parts, !isPublic);
}

// Node's prepareAsymmetricKey: a native key handle, or what to parse one from.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return { handle: handleOfKeyObject(key, ctx) };
  if (isStringOrBuffer(key)) return { format: 'pem', data: toBytes(key, 'key') };
  if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return { handle: handleOfKeyObject(data, ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { handle: handleFromJwk(data, ctx) };
    }
    if (!isStringOrBuffer(data)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('key.key', keyTypes(ctx !== kCreatePrivate), data);
    }
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    return { data: toBytes(data, 'key', encoding), ...parseKeyEncoding(key, undefined, isPublic) };
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)('key', keyTypes(ctx !== kCreatePrivate), key);
}

function parseKey(prepared, isPublic) {
  if (prepared.handle !== undefined) return prepared.handle;
  return binding.keyParse(isPublic, toU8(prepared.data), prepared.format, prepared.type,
                          prepared.passphrase === undefined ? undefined : toU8(prepared.passphrase));
}

// The native handle of a private key given in any form Node accepts.
function preparePrivateKey(key) {
  const p = prepareAsymmetricKey(key, kConsumePrivate);
  return parseKey(p, false);
}

// A public key handle (a private key gives its public half), for verify and encryption.
function preparePublicOrPrivateKey(key) {
  const p = prepareAsymmetricKey(key, kConsumePublic);
  if (p.handle !== undefined) return p.handle;
  return parseKey(p, true);
}

function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly && isKeyObject(key)) {
    if (key.type !== 'secret') {
      throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(key.type, 'secret');
    }
    return new Uint8Array(binding.keySecretBytes(key[kHandle]));
  }
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    const types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
    if (!bufferOnly) types.push('KeyObject', 'CryptoKey');
    throw new (codes().ERR_INVALID_ARG_TYPE)('key', types, key);
  }
  return toBytes(key, 'key', encoding);
}

function secretBytes(key) {
  if (key.type !== 'secret') {
    throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(key.type, 'secret');
  }
  return new Uint8Array(binding.keySecretBytes(key[kHandle]));
}

function createSecretKey(key, encoding) {
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  const bytes = toBytes(key, 'key', encoding);
  return keyObjectFor('secret', binding.keySecret(bytes));
}

function createPublicKey(key) {
  const p = prepareAsymmetricKey(key, kCreatePublic);
  if (p.handle !== undefined) return keyObjectFor('public', binding.keyToPublic(p.handle));
  return keyObjectFor('public', parseKey(p, true));
}

function createPrivateKey(key) {
  const p = prepareAsymmetricKey(key, kCreatePrivate);
  return keyObjectFor('private', parseKey(p, false));
}

// publicEncrypt/privateDecrypt/privateEncrypt/publicDecrypt.
const rsaOps = { publicEncrypt: 0, privateDecrypt: 1, privateEncrypt: 2, publicDecrypt: 3 };
function rsaCipher(kind, defaultPadding, keyIsPublic, options, buffer) {
  const handle = keyIsPublic ? preparePublicOrPrivateKey(options) : preparePrivateKey(options);
  const padding = options.padding || defaultPadding;
  const { oaepHash, encoding } = options;
  let { oaepLabel } = options;
  if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
  if (oaepLabel !== undefined) oaepLabel = toBytes(oaepLabel, 'key.oaepLabel', encoding);
  const data = toBytes(buffer, 'buffer', encoding);
  if (kind === 'privateDecrypt' && padding === 1) {
    // OpenSSL 3.0 has no implicit rejection for PKCS#1 v1.5 decryption, so Node refuses it
    // (CVE-2023-46809).
    throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      'RSA_PKCS1_PADDING is no longer supported for private decryption, this ' +
                      'can be reverted with --security-revert=CVE-2023-46809');
  }
  return new FastBuffer(binding.rsaCrypt(rsaOps[kind], handle, data, padding,
                                         oaepHash, oaepLabel));
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  isKeyObject,
  keyObjectFor,
  secretBytes,
  prepareSecretKey,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  parseKeyEncoding,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  rsaCipher,
};
