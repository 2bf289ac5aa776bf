'use strict';
// Hash and Hmac (streams over OpenSSL's digests, as in Node) and crypto.hash().

const {
  binding, codes, nativeError, kHandle, updateData, outputCode, encodeOutput,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const { validateString, validateUint32, validateEncoding } = require('internal/validators');

const kFinalized = Symbol('kFinalized');
const kNativeHash = Symbol('kNativeHash');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let copyOf;
  if (typeof algorithm !== 'string') {
    if (algorithm !== null && typeof algorithm === 'object' && algorithm[kNativeHash] === true) {
      copyOf = algorithm.handle;
    } else {
      validateString(algorithm, 'algorithm');
    }
  }
  let xofLen = -1;
  if (typeof options === 'object' && options !== null && options.outputLength !== undefined) {
    xofLen = options.outputLength;
    validateUint32(xofLen, 'options.outputLength');
  }
  this[kHandle] = copyOf !== undefined ?
    binding.hashCopy(copyOf, xofLen) : binding.hashNew(algorithm, xofLen);
  this[kFinalized] = false;
  // LazyTransform's constructor.
  this._options = options;
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
  return new Hash({ [kNativeHash]: true, handle: this[kHandle] }, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.hashUpdate(this[kHandle], updateData(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(encodeOutput(binding.hashDigest(this[kHandle], -1)));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
  if (typeof data === 'string') {
    if (encoding !== undefined) validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!binding.hashUpdate(this[kHandle], updateData(data, encoding))) {
    throw new (codes().ERR_CRYPTO_HASH_UPDATE_FAILED)();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
  const enc = outputEncoding ? `${outputEncoding}` : 'buffer';
  const ret = encodeOutput(binding.hashDigest(this[kHandle], outputCode(enc)), enc);
  this[kFinalized] = true;
  return ret;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== null && typeof options === 'object' && options.encoding !== undefined) {
    encoding = options.encoding;
    validateString(encoding, 'options.encoding');
  }
  const keyBytes = require('internal/crypto/keys').prepareSecretKey(key, encoding);
  const handle = binding.hmacNew(hmac, keyBytes);
  if (handle === undefined) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  const enc = outputEncoding ? `${outputEncoding}` : 'buffer';
  if (this[kFinalized]) {
    // A second digest() gives an empty result (Node's behaviour).
    return encodeOutput(new ArrayBuffer(0), enc);
  }
  const ret = encodeOutput(binding.hashDigest(this[kHandle], outputCode(enc)), enc);
  this[kFinalized] = true;
  return ret;
};

// crypto.hash(algorithm, input[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let enc = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    enc = require('internal/buffer').normalizeEncoding(outputEncoding);
    if (enc === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') {
        throw new (codes().ERR_INVALID_ARG_VALUE)('outputEncoding', outputEncoding);
      }
      enc = 'buffer';
    }
  }
  const data = typeof input === 'string' ? input : updateData(input);
  const r = binding.hashOnce(algorithm, data, outputCode(enc));
  if (r === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return encodeOutput(r, enc);
}

module.exports = { Hash, Hmac, hash };
