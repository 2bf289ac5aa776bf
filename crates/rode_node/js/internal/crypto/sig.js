'use strict';
// Sign and Verify (streams: data is hashed, then the digest is signed) and the one-shot
// crypto.sign / crypto.verify (which also do Ed25519/Ed448).

const { binding, codes, kHandle, updateData, toBytes } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const Writable = require('internal/streams/writable');
const {
  validateString, validateFunction, validateEncoding,
} = require('internal/validators');

function keys() {
  return require('internal/crypto/keys');
}

function intOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new (codes().ERR_INVALID_ARG_VALUE)(`options.${name}`, value);
  }
  return NaN;
}

function dsaEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return 0;
    if (dsaEncoding === 'ieee-p1363') return 1;
    throw new (codes().ERR_INVALID_ARG_VALUE)('options.dsaEncoding', dsaEncoding);
  }
  return 0;
}

// [padding, saltLength, p1363] for the binding.
function sigOptions(options) {
  return [intOption('padding', options), intOption('saltLength', options), dsaEncoding(options)];
}

function invalidDigest(name) {
  const err = new TypeError(name === undefined ? 'Invalid digest' : `Invalid digest: ${name}`);
  err.code = 'ERR_CRYPTO_INVALID_DIGEST';
  return err;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  const h = binding.signNew(algorithm);
  if (h === undefined) throw invalidDigest();
  this[kHandle] = h;
  Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

function update(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.hashUpdate(this[kHandle], updateData(data, encoding));
  return this;
}
Sign.prototype.update = update;

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new (codes().ERR_CRYPTO_SIGN_KEY_REQUIRED)();
  const key = keys().preparePrivateKey(options);
  const opts = sigOptions(options);
  const ret = new FastBuffer(binding.signFinal(this[kHandle], key, opts));
  if (encoding && encoding !== 'buffer') return ret.toString(encoding);
  return ret;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  const h = binding.signNew(algorithm);
  if (h === undefined) throw invalidDigest();
  this[kHandle] = h;
  Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const key = keys().preparePublicOrPrivateKey(options);
  const opts = sigOptions(options);
  const sig = toBytes(signature, 'signature', sigEncoding || 'buffer');
  return binding.verifyFinal(this[kHandle], key, sig, opts);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = toBytes(data, 'data');
  if (!key) throw new (codes().ERR_CRYPTO_SIGN_KEY_REQUIRED)();
  const opts = sigOptions(key);
  const handle = keys().preparePrivateKey(key);
  if (algorithm != null && binding.digestSize(algorithm) < 0) throw invalidDigest(algorithm);
  if (!callback) {
    return new FastBuffer(binding.signOneShot(algorithm, data, handle, opts, undefined));
  }
  binding.signOneShot(algorithm, data, handle, opts, (err, sig) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(sig));
  });
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = toBytes(data, 'data');
  if (!ArrayBuffer.isView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  const opts = sigOptions(key);
  const handle = keys().preparePublicOrPrivateKey(key);
  signature = toBytes(signature, 'signature');
  if (algorithm != null && binding.digestSize(algorithm) < 0) throw invalidDigest(algorithm);
  if (!callback) {
    return binding.verifyOneShot(algorithm, data, handle, signature, opts, undefined);
  }
  binding.verifyOneShot(algorithm, data, handle, signature, opts, callback);
}

module.exports = { Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot };
