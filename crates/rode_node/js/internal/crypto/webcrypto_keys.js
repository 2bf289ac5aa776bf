'use strict';
// CryptoKey: a KeyObject with a Web Crypto algorithm, usages and an extractable flag.
// Instances are made only here (createCryptoKey); `new CryptoKey()` is refused, as in Node.

const { codes, kKeyObject } = require('internal/crypto/util');

const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function isCryptoKey(v) {
  return v !== null && typeof v === 'object' &&
    Object.prototype.hasOwnProperty.call(v, kAlgorithm);
}

function checkThis(self) {
  if (!isCryptoKey(self)) throw new (codes().ERR_INVALID_THIS)('CryptoKey');
}

class CryptoKey {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get type() {
    checkThis(this);
    return this[kKeyObject].type;
  }

  get extractable() {
    checkThis(this);
    return this[kExtractable];
  }

  get algorithm() {
    checkThis(this);
    return this[kAlgorithm];
  }

  get usages() {
    checkThis(this);
    return this[kUsages];
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    inspect = inspect || require('util').inspect;
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }
}
// structuredClone() copies a CryptoKey (same key material, copied algorithm and usages).
function copyAlgorithm(v) {
  if (v instanceof Uint8Array) return new Uint8Array(v);
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const k of Object.keys(v)) out[k] = copyAlgorithm(v[k]);
  return out;
}
Object.defineProperty(CryptoKey.prototype, require('internal/structured_clone').kClone, {
  __proto__: null,
  configurable: true,
  value: function clone() {
    checkThis(this);
    return createCryptoKey(this[kKeyObject], copyAlgorithm(this[kAlgorithm]),
                           this[kUsages].slice(), this[kExtractable]);
  },
});
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CryptoKey', configurable: true,
});
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
  d.enumerable = true;
  Object.defineProperty(CryptoKey.prototype, name, d);
}

// A CryptoKey over `keyObject` (the caller has checked `usages`).
function createCryptoKey(keyObject, algorithm, usages, extractable) {
  const key = Object.create(CryptoKey.prototype);
  const hidden = (value) => ({ __proto__: null, value, enumerable: false });
  Object.defineProperties(key, {
    [kKeyObject]: hidden(keyObject),
    [kAlgorithm]: hidden(algorithm),
    [kUsages]: hidden(usages),
    [kExtractable]: hidden(!!extractable),
  });
  return key;
}

function keyObjectOf(key) {
  return key[kKeyObject];
}

module.exports = { CryptoKey, createCryptoKey, isCryptoKey, keyObjectOf };
