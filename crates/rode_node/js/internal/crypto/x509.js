'use strict';
// X509Certificate (parsing and inspecting certificates) and the legacy SPKAC Certificate.

const { binding, codes, kHandle } = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const { validateObject, validateString, validateBoolean } = require('internal/validators');

const kInfo = Symbol('kInfo');

function hostFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false,
  } = options;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  let flags = 0;
  switch (subject) {
    case 'default': break;
    case 'always': flags |= 0x1; break;
    case 'never': flags |= 0x20; break;
    default: throw new (codes().ERR_INVALID_ARG_VALUE)('options.subject', subject);
  }
  if (!wildcards) flags |= 0x2;
  if (!partialWildcards) flags |= 0x4;
  if (multiLabelWildcards) flags |= 0x8;
  if (singleLabelSubdomains) flags |= 0x10;
  return flags;
}

function isX509Certificate(v) {
  return v instanceof X509Certificate;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)(
        'buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    Object.defineProperty(this, kHandle, { __proto__: null, value: binding.x509Parse(u8) });
  }

  get [kInfo]() {
    const info = binding.x509Info(this[kHandle]);
    Object.defineProperty(this, kInfo, { __proto__: null, value: info });
    return info;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return this[kInfo].subject; }
  get subjectAltName() { return this[kInfo].subjectAltName; }
  get issuer() { return this[kInfo].issuer; }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return this[kInfo].infoAccess; }
  get validFrom() { return this[kInfo].validFrom; }
  get validTo() { return this[kInfo].validTo; }
  get fingerprint() { return this[kInfo].fingerprint; }
  get fingerprint256() { return this[kInfo].fingerprint256; }
  get fingerprint512() { return this[kInfo].fingerprint512; }
  get keyUsage() { return this[kInfo].keyUsage; }
  get serialNumber() { return this[kInfo].serialNumber; }
  get ca() { return this[kInfo].ca; }
  get raw() { return new FastBuffer(this[kInfo].raw.slice(0)); }

  get publicKey() {
    return require('internal/crypto/keys').keyObjectFor('public', binding.x509PublicKey(this[kHandle]));
  }

  toString() { return this[kInfo].pem; }
  toJSON() { return this.toString(); }

  checkHost(name, options) {
    validateString(name, 'name');
    return binding.x509Check(this[kHandle], 0, name, hostFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509Check(this[kHandle], 1, email, hostFlags(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    return binding.x509Check(this[kHandle], 2, ip, hostFlags(options));
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509CheckIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    const { isKeyObject } = require('internal/crypto/keys');
    if (!isKeyObject(pkey)) throw new (codes().ERR_INVALID_ARG_TYPE)('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new (codes().ERR_INVALID_ARG_VALUE)('pkey', pkey);
    return binding.x509CheckPrivateKey(this[kHandle], pkey[kHandle]);
  }

  verify(pkey) {
    const { isKeyObject } = require('internal/crypto/keys');
    if (!isKeyObject(pkey)) throw new (codes().ERR_INVALID_ARG_TYPE)('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new (codes().ERR_INVALID_ARG_VALUE)('pkey', pkey);
    return binding.x509Verify(this[kHandle], pkey[kHandle]);
  }

  toLegacyObject() {
    throw new (codes().ERR_NOT_IMPLEMENTED)('X509Certificate.toLegacyObject()');
  }
}

// The legacy SPKAC helper (crypto.Certificate) is not provided.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
for (const name of ['exportChallenge', 'exportPublicKey', 'verifySpkac']) {
  const fn = function() {
    throw new (codes().ERR_NOT_IMPLEMENTED)(`crypto.Certificate.${name}()`);
  };
  Certificate[name] = fn;
  Certificate.prototype[name] = fn;
}

module.exports = { X509Certificate, Certificate, isX509Certificate };
