'use strict';
// crypto.subtle (Web Crypto): digest() is provided; the other methods return promises
// rejected with ERR_NOT_IMPLEMENTED naming the method.

const { binding, codes, isAnyArrayBuffer, toU8 } = require('internal/crypto/util');

const digests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

function algorithmName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm :
    (algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined);
  if (typeof name !== 'string') {
    throw new TypeError('Algorithm: name: Missing or not a string');
  }
  for (const key of Object.keys(digests)) {
    if (key.toLowerCase() === name.toLowerCase()) return key;
  }
  const { DOMException } = require('internal/domexception');
  throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

const kBrand = Symbol('kSubtleBrand');

class SubtleCrypto {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  async digest(algorithm, data) {
    const name = algorithmName(algorithm);
    if (!ArrayBuffer.isView(data) && !isAnyArrayBuffer(data)) {
      const err = new TypeError('Failed to execute \'digest\' on \'SubtleCrypto\': 2nd argument ' +
                                'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    // Copied first: the caller may change its buffer while the promise is pending.
    const copy = new Uint8Array(toU8(data));
    return binding.hashOnce(digests[name], copy, -1);
  }
}

for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey',
                    'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: true,
    value: {
      async [name]() {
        throw new (codes().ERR_NOT_IMPLEMENTED)(`crypto.subtle.${name}()`);
      },
    }[name],
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

const subtle = Object.create(SubtleCrypto.prototype);
Object.defineProperty(subtle, kBrand, { __proto__: null, value: true });

module.exports = { SubtleCrypto, subtle };
