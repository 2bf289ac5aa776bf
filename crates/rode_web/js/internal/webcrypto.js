'use strict';
// The global `crypto` (a Crypto): getRandomValues and randomUUID from the OS's CSPRNG.
// crypto.subtle is node:crypto's SubtleCrypto (internal/crypto/webcrypto).

const { fill } = internalBinding('random');

const kBrand = Symbol('kCryptoBrand');
const integerArrayTags = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array',
]);
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class Crypto {
  constructor() {
    throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  getRandomValues(array) {
    if (this === null || typeof this !== 'object' || !(kBrand in this)) throw illegalInvocation();
    if (arguments.length === 0) {
      throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('typedArray');
    }
    const tag = ArrayBuffer.isView(array) ? typedArrayTag.call(array) : undefined;
    if (!integerArrayTags.has(tag)) {
      const { DOMException } = require('internal/domexception');
      throw new DOMException(
        'The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      const { DOMException } = require('internal/domexception');
      throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    fill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    return array;
  }

  randomUUID() {
    if (this === null || typeof this !== 'object' || !(kBrand in this)) throw illegalInvocation();
    const b = new Uint8Array(16);
    fill(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex = '';
    for (let i = 0; i < 16; i++) {
      hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
      if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
    }
    return hex;
  }

  get subtle() {
    if (this === null || typeof this !== 'object' || !(kBrand in this)) throw illegalInvocation();
    return require('internal/crypto/subtle').subtle;
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});

const crypto = Object.create(Crypto.prototype);
Object.defineProperty(crypto, kBrand, { value: true });

module.exports = { Crypto, crypto };
