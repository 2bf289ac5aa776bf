'use strict';
// Cipheriv / Decipheriv (streams over OpenSSL's ciphers), getCipherInfo, and the RSA
// publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt functions.

const {
  binding, codes, kHandle, updateData, toBytes,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const { FastBuffer } = require('internal/buffer');
const {
  validateString, validateUint32, validateEncoding, validateInt32, validateObject,
} = require('internal/validators');

function stringOption(options, key) {
  if (options !== null && typeof options === 'object' && options[key] !== undefined) {
    const value = options[key];
    validateString(value, `options.${key}`);
    return value;
  }
  return undefined;
}

function uintOption(options, key) {
  if (options !== null && typeof options === 'object' && options[key] !== undefined) {
    const value = options[key];
    validateUint32(value, `options.${key}`);
    return value;
  }
  return -1;
}

function getDecoder(decoder, encoding) {
  const normalized = require('internal/buffer').normalizeEncoding(encoding);
  if (decoder === null) {
    if (normalized === undefined) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    const { StringDecoder } = require('string_decoder');
    return new StringDecoder(encoding);
  }
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    throw new (codes().ERR_INTERNAL_ASSERTION)('Cannot change encoding');
  }
  return decoder;
}

function setUp(self, cipher, key, iv, options, decrypt) {
  validateString(cipher, 'cipher');
  const encoding = stringOption(options, 'encoding');
  const keyBytes = require('internal/crypto/keys').prepareSecretKey(key, encoding);
  const ivBytes = iv === null ? null : toBytes(iv, 'iv');
  const authTagLength = uintOption(options, 'authTagLength');
  self[kHandle] = binding.cipherNew(cipher, keyBytes, ivBytes, authTagLength, decrypt);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = new FastBuffer(binding.cipherUpdate(this[kHandle], updateData(data, inputEncoding)));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = new FastBuffer(binding.cipherFinal(this[kHandle]));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!binding.cipherSetAutoPadding(this[kHandle], !!ap)) {
    throw new (codes().ERR_CRYPTO_INVALID_STATE)('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = stringOption(options, 'encoding');
  const plaintextLength = uintOption(options, 'plaintextLength');
  const aad = toBytes(aadbuf, 'aadbuf', encoding);
  if (!binding.cipherSetAAD(this[kHandle], aad, plaintextLength)) {
    throw new (codes().ERR_CRYPTO_INVALID_STATE)('setAAD');
  }
  return this;
}

function getAuthTag() {
  const tag = binding.cipherGetAuthTag(this[kHandle]);
  if (tag === undefined) throw new (codes().ERR_CRYPTO_INVALID_STATE)('getAuthTag');
  return new FastBuffer(tag);
}

function setAuthTag(tagbuf, encoding) {
  const tag = toBytes(tagbuf, 'buffer', encoding);
  if (!binding.cipherSetAuthTag(this[kHandle], tag)) {
    throw new (codes().ERR_CRYPTO_INVALID_STATE)('setAuthTag');
  }
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(new FastBuffer(binding.cipherUpdate(this[kHandle], updateData(chunk, encoding))));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  setUp(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  setUp(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const C of [Cipheriv, Decipheriv]) {
  C.prototype._transform = _transform;
  C.prototype._flush = _flush;
  C.prototype.update = update;
  C.prototype.final = final;
  C.prototype.setAutoPadding = setAutoPadding;
  C.prototype.setAAD = setAAD;
}
Cipheriv.prototype.getAuthTag = getAuthTag;
Decipheriv.prototype.finaltol = final;
Decipheriv.prototype.setAuthTag = setAuthTag;

// The password-based Cipher/Decipher (createCipher, removed in Node 22) are not provided.
function Cipher() {
  throw new (codes().ERR_NOT_IMPLEMENTED)('crypto.Cipher (use createCipheriv)');
}
function Decipher() {
  throw new (codes().ERR_NOT_IMPLEMENTED)('crypto.Decipher (use createDecipheriv)');
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const r = binding.cipherInfo(nameOrNid, keyLength, ivLength);
  if (r === undefined) return undefined;
  const [mode, name, nid, blockSize, ivLen, keyLen] = r;
  const info = {};
  if (mode !== null && mode !== undefined) info.mode = mode;
  info.name = name.toLowerCase();
  info.nid = nid;
  if (mode !== null && mode !== undefined && mode !== 'stream') info.blockSize = blockSize;
  if (ivLen !== 0) info.ivLength = ivLen;
  info.keyLength = keyLen;
  return info;
}

// RSA encryption with a key: publicEncrypt/privateDecrypt and the reverse pair.
function rsaFunction(kind, defaultPadding, keyIsPublic) {
  return function rsaCrypt(options, buffer) {
    return require('internal/crypto/keys').rsaCipher(
      kind, defaultPadding, keyIsPublic, options, buffer);
  };
}

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

module.exports = {
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  publicEncrypt: rsaFunction('publicEncrypt', RSA_PKCS1_OAEP_PADDING, true),
  privateDecrypt: rsaFunction('privateDecrypt', RSA_PKCS1_OAEP_PADDING, false),
  privateEncrypt: rsaFunction('privateEncrypt', RSA_PKCS1_PADDING, false),
  publicDecrypt: rsaFunction('publicDecrypt', RSA_PKCS1_PADDING, true),
};
