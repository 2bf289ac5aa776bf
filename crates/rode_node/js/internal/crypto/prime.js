'use strict';
// generatePrime(Sync) and checkPrime(Sync), with OpenSSL's prime generation and tests.

const { binding, codes, isAnyArrayBuffer, toU8 } = require('internal/crypto/util');
const {
  validateInt32, validateObject, validateBoolean, validateFunction,
} = require('internal/validators');

function bigIntBytes(value, name) {
  if (value < 0) throw new (codes().ERR_OUT_OF_RANGE)(name, '>= 0', value);
  const hex = value.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function bytesToBigInt(ab) {
  const hex = Buffer.from(ab).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

function primeOption(value, name) {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return bigIntBytes(value, name);
  if (!isAnyArrayBuffer(value) && !ArrayBuffer.isView(value)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], value);
  }
  return toU8(value);
}

function primeArgs(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = primeOption(options.add, 'options.add');
  const rem = primeOption(options.rem, 'options.rem');
  if (add !== undefined) {
    const addBits = bytesToBigInt(add).toString(2).length;
    if (addBits > size) throw new (codes().ERR_OUT_OF_RANGE)('options.add', `<= ${size}`, addBits);
    if (rem !== undefined && bytesToBigInt(rem) >= bytesToBigInt(add)) {
      throw new (codes().ERR_OUT_OF_RANGE)('options.rem', `< ${bytesToBigInt(add)}`,
                                           bytesToBigInt(rem));
    }
  }
  return { safe, bigint, add, rem };
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  const { safe, bigint, add, rem } = primeArgs(size, options);
  const ab = binding.primeGenerate(size, safe, add, rem, undefined);
  return bigint ? bytesToBigInt(ab) : ab;
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { safe, bigint, add, rem } = primeArgs(size, options);
  binding.primeGenerate(size, safe, add, rem, (err, ab) => {
    if (err) return callback(err);
    callback(undefined, bigint ? bytesToBigInt(ab) : ab);
  });
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') return bigIntBytes(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !ArrayBuffer.isView(candidate)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(
      'candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
  }
  return toU8(candidate);
}

function checkPrimeSync(candidate, options = {}) {
  const c = candidateBytes(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return binding.primeCheck(c, checks, undefined);
}

function checkPrime(candidate, options = {}, callback) {
  const c = candidateBytes(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  binding.primeCheck(c, checks, (err, ok) => {
    if (err) return callback(err);
    callback(undefined, ok);
  });
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
