'use strict';
// Web Crypto's SubtleCrypto (crypto.subtle) as Node 20 has it, over the node:crypto binding
// (KeyObject handles, one-shot signatures, RSA encryption, HKDF/PBKDF2) plus a few natives
// of its own (src/crypto/webcrypto.rs: AES one-shots, HMAC, raw EC points). Arguments are
// converted as WebIDL says and algorithms normalized as the Web Crypto spec says, with Node's
// error messages; each operation resolves or rejects its promise as Node's does.

const {
  binding, codes, nativeError, kHandle, toU8,
} = require('internal/crypto/util');
const { createCryptoKey, isCryptoKey, keyObjectOf } = require('internal/crypto/webcrypto_keys');

let keysModule;
function keys() {
  if (keysModule === undefined) keysModule = require('internal/crypto/keys');
  return keysModule;
}

function domError(message, name) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, name);
}

function opFailed() {
  return domError('The operation failed for an operation-specific reason', 'OperationError');
}

// ---- WebIDL conversions -------------------------------------------------------------------

const kNormalize = 'Failed to normalize algorithm';

function idlError(prefix, context, message, code = 'ERR_INVALID_ARG_TYPE') {
  return nativeError(TypeError, code, `${prefix}: ${context} ${message}`);
}

// A SharedArrayBuffer is not a BufferSource (views over one are).
function isBufferSource(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
}

// BufferSource: a copy of the bytes (the caller may change its buffer while we work).
function bufferSource(v, prefix, context) {
  if (!isBufferSource(v)) {
    throw idlError(prefix, context,
                   'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  return new Uint8Array(toU8(v));
}

// BufferSource for an operation's main data: a view of the caller's bytes, no copy. Every
// operation hands it to a native call (which copies it) before its first await.
function bufferSourceView(v, prefix, context) {
  if (!isBufferSource(v)) {
    throw idlError(prefix, context,
                   'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  return toU8(v);
}

function enforceRange(max) {
  return (v, prefix, context) => {
    const x = Number(v);
    if (!Number.isFinite(x)) throw idlError(prefix, context, 'is not a finite number.');
    const t = Math.trunc(x) + 0;
    if (t < 0 || t > max) {
      throw idlError(prefix, context, `is outside the expected range of 0 to ${max}.`,
                     'ERR_OUT_OF_RANGE');
    }
    return t;
  };
}
const octet = enforceRange(255);
const unsignedShort = enforceRange(65535);
const unsignedLong = enforceRange(4294967295);

// `unsigned long` without [EnforceRange]: NaN and infinities are 0, others wrap modulo 2^32.
function unsignedLongWrapping(v) {
  const x = Number(v);
  if (!Number.isFinite(x)) return 0;
  const t = Math.trunc(x) % 4294967296;
  return t < 0 ? t + 4294967296 : t + 0;
}

function domString(v) {
  return `${v}`;
}

function bigInteger(v, prefix, context) {
  if (!(v instanceof Uint8Array)) throw idlError(prefix, context, 'is not an Uint8Array object.');
  return new Uint8Array(v);
}

function cryptoKeyMember(v, prefix, context) {
  if (!isCryptoKey(v)) throw idlError(prefix, context, 'is not of type CryptoKey.');
  return v;
}

function algorithmIdentifier(v) {
  return (v !== null && typeof v === 'object') || typeof v === 'function' ? v : domString(v);
}

function hashMember(v) {
  return normalizeAlgorithm(algorithmIdentifier(v), 'digest');
}

function requiredArguments(length, required, prefix) {
  if (length < required) {
    throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                      `${prefix}: ${required} argument${required === 1 ? '' : 's'} required, ` +
                      `but only ${length} present.`);
  }
}

const kKeyUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
                    'wrapKey', 'unwrapKey'];
const kFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

function keyUsages(v, prefix, context) {
  if (v === null || typeof v !== 'object' || typeof v[Symbol.iterator] !== 'function') {
    throw idlError(prefix, context, 'can not be converted to sequence.');
  }
  const out = [];
  let i = 0;
  for (const item of v) {
    const s = domString(item);
    if (!kKeyUsages.includes(s)) {
      throw idlError(prefix, `${context}, index ${i}`,
                     `value '${s}' is not a valid enum value of type KeyUsage.`,
                     'ERR_INVALID_ARG_VALUE');
    }
    out.push(s);
    i++;
  }
  return out;
}

function keyFormat(v, prefix, context) {
  const s = domString(v);
  if (!kFormats.includes(s)) {
    throw idlError(prefix, context, `value '${s}' is not a valid enum value of type KeyFormat.`,
                   'ERR_INVALID_ARG_VALUE');
  }
  return s;
}

function cryptoKeyArg(v, prefix, context) {
  if (!isCryptoKey(v)) throw idlError(prefix, context, 'is not of type CryptoKey.');
  return v;
}

const kJwkStrings = ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'k', 'kty', 'n', 'p', 'q', 'qi', 'use',
                     'x', 'y'];

// The JsonWebKey dictionary: a new object with the members given, converted to their types.
function jsonWebKey(v, prefix, context) {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' && typeof v !== 'function') {
    throw idlError(prefix, context, 'can not be converted to a dictionary');
  }
  const out = {};
  for (const name of kJwkStrings) {
    if (v[name] !== undefined) out[name] = domString(v[name]);
  }
  if (v.ext !== undefined) out.ext = !!v.ext;
  if (v.key_ops !== undefined) {
    const ops = v.key_ops;
    if (ops === null || typeof ops !== 'object' || typeof ops[Symbol.iterator] !== 'function') {
      throw idlError(prefix, `'key_ops' of 'JsonWebKey' (${context})`,
                     'can not be converted to sequence.');
    }
    out.key_ops = Array.from(ops, domString);
  }
  return out;
}

// ---- Algorithm normalization ----------------------------------------------------------------

// The dictionaries' members, each level's members in alphabetical order (as WebIDL converts
// them): [name, converter, required].
const dictionaries = {
  RsaHashedKeyGenParams: [['modulusLength', unsignedLong, true],
                          ['publicExponent', bigInteger, true], ['hash', hashMember, true]],
  RsaHashedImportParams: [['hash', hashMember, true]],
  RsaPssParams: [['saltLength', unsignedLong, true]],
  RsaOaepParams: [['label', bufferSource, false]],
  EcdsaParams: [['hash', hashMember, true]],
  EcKeyGenParams: [['namedCurve', domString, true]],
  EcKeyImportParams: [['namedCurve', domString, true]],
  EcdhKeyDeriveParams: [['public', cryptoKeyMember, true]],
  AesCtrParams: [['counter', bufferSource, true], ['length', octet, true]],
  AesKeyGenParams: [['length', unsignedShort, true]],
  AesDerivedKeyParams: [['length', unsignedShort, true]],
  AesCbcParams: [['iv', bufferSource, true]],
  AesGcmParams: [['additionalData', bufferSource, false], ['iv', bufferSource, true],
                 ['tagLength', octet, false]],
  HmacImportParams: [['hash', hashMember, true], ['length', unsignedLong, false]],
  HmacKeyGenParams: [['hash', hashMember, true], ['length', unsignedLong, false]],
  HkdfParams: [['hash', hashMember, true], ['info', bufferSource, true],
               ['salt', bufferSource, true]],
  Pbkdf2Params: [['hash', hashMember, true], ['iterations', unsignedLong, true],
                 ['salt', bufferSource, true]],
  Ed448Params: [['context', bufferSource, false]],
};

const kAes = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kCfrg = ['Ed25519', 'Ed448', 'X25519', 'X448'];

function table(entries) {
  return new Map(entries);
}

// The algorithms each operation knows, with the dictionary of their parameters.
const registry = {
  digest: table([['SHA-1', null], ['SHA-256', null], ['SHA-384', null], ['SHA-512', null]]),
  encrypt: table([['RSA-OAEP', 'RsaOaepParams'], ['AES-CTR', 'AesCtrParams'],
                  ['AES-CBC', 'AesCbcParams'], ['AES-GCM', 'AesGcmParams']]),
  sign: table([['RSASSA-PKCS1-v1_5', null], ['RSA-PSS', 'RsaPssParams'],
               ['ECDSA', 'EcdsaParams'], ['Ed25519', null], ['Ed448', 'Ed448Params'],
               ['HMAC', null]]),
  generateKey: table([
    ...kRsa.map((n) => [n, 'RsaHashedKeyGenParams']),
    ['ECDSA', 'EcKeyGenParams'], ['ECDH', 'EcKeyGenParams'], ['HMAC', 'HmacKeyGenParams'],
    ...kAes.map((n) => [n, 'AesKeyGenParams']),
    ...kCfrg.map((n) => [n, null]),
  ]),
  importKey: table([
    ...kRsa.map((n) => [n, 'RsaHashedImportParams']),
    ['ECDSA', 'EcKeyImportParams'], ['ECDH', 'EcKeyImportParams'], ['HMAC', 'HmacImportParams'],
    ...kAes.map((n) => [n, null]),
    ['HKDF', null], ['PBKDF2', null],
    ...kCfrg.map((n) => [n, null]),
  ]),
  deriveBits: table([['ECDH', 'EcdhKeyDeriveParams'], ['X25519', 'EcdhKeyDeriveParams'],
                     ['X448', 'EcdhKeyDeriveParams'], ['HKDF', 'HkdfParams'],
                     ['PBKDF2', 'Pbkdf2Params']]),
  getKeyLength: table([...kAes.map((n) => [n, 'AesDerivedKeyParams']),
                       ['HMAC', 'HmacImportParams'], ['HKDF', null], ['PBKDF2', null]]),
  wrapKey: table([['AES-KW', null]]),
};

const warned = new Set();

function normalizeAlgorithm(alg, op) {
  if (typeof alg === 'string') return normalizeAlgorithm({ name: alg }, op);
  const initial = alg.name;
  if (initial === undefined) {
    throw nativeError(TypeError, 'ERR_MISSING_OPTION',
                      `${kNormalize}: passed algorithm can not be converted to 'Algorithm' ` +
                      'because \'name\' is required in \'Algorithm\'.');
  }
  const wanted = domString(initial).toLowerCase();
  let name;
  for (const known of registry[op].keys()) {
    if (known.toLowerCase() === wanted) {
      name = known;
      break;
    }
  }
  if (name === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  if ((name === 'Ed448' || name === 'X448') && !warned.has(name)) {
    warned.add(name);
    process.emitWarning(
      `The ${name} Web Crypto API algorithm is an experimental feature and might change at ` +
      'any time', 'ExperimentalWarning');
  }
  const dict = registry[op].get(name);
  const out = { name };
  if (dict !== null) {
    for (const [member, convert, required] of dictionaries[dict]) {
      const v = alg[member];
      if (v === undefined) {
        if (required) {
          throw nativeError(TypeError, 'ERR_MISSING_OPTION',
                            `${kNormalize}: passed algorithm can not be converted to '${dict}' ` +
                            `because '${member}' is required in '${dict}'.`);
        }
        continue;
      }
      out[member] = convert(v, kNormalize, `'${member}' of '${dict}' (passed algorithm)`);
    }
  }
  return out;
}

function normalizeWrapAlgorithm(alg) {
  try {
    return normalizeAlgorithm(alg, 'wrapKey');
  } catch (e) {
    if (e === null || typeof e !== 'object' || e.name !== 'NotSupportedError') throw e;
    return normalizeAlgorithm(alg, 'encrypt');
  }
}

// ---- Shared helpers -----------------------------------------------------------------------

// [OpenSSL name, HMAC block size in bits, bits in JWK names]
const hashes = {
  'SHA-1': ['sha1', 512, 1],
  'SHA-256': ['sha256', 512, 256],
  'SHA-384': ['sha384', 1024, 384],
  'SHA-512': ['sha512', 1024, 512],
};

const curves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const curveBytes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

// Usages keys of each algorithm may have: [public or secret, private].
const usageSets = {
  'RSASSA-PKCS1-v1_5': [['verify'], ['sign']],
  'RSA-PSS': [['verify'], ['sign']],
  'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
  'ECDSA': [['verify'], ['sign']],
  'Ed25519': [['verify'], ['sign']],
  'Ed448': [['verify'], ['sign']],
  'ECDH': [[], ['deriveKey', 'deriveBits']],
  'X25519': [[], ['deriveKey', 'deriveBits']],
  'X448': [[], ['deriveKey', 'deriveBits']],
  'AES-CTR': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-CBC': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-GCM': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-KW': [['wrapKey', 'unwrapKey']],
  'HMAC': [['sign', 'verify']],
  'HKDF': [['deriveKey', 'deriveBits']],
  'PBKDF2': [['deriveKey', 'deriveBits']],
};

function checkUsages(usages, allowed, label) {
  for (const u of usages) {
    if (!allowed.includes(u)) {
      throw domError(`Unsupported key usage for ${label} key`, 'SyntaxError');
    }
  }
}

function generateLabel(name) {
  if (kRsa.includes(name)) return 'a RSA';
  if (kAes.includes(name)) return 'an AES';
  return `an ${name}`;
}

function importLabel(name) {
  if (kAes.includes(name)) return 'an AES';
  if (name === 'HMAC' || kRsa.includes(name)) return `an ${name}`;
  return `a ${name}`;
}

// Runs a binding call that takes a trailing callback: on the blocking pool, or, when `now` is
// true (short work: small inputs, EC/EdDSA keys), at once on this thread, which saves the
// round trip through the pool. Either way the result comes as a promise.
function job(start, now = false) {
  if (now) {
    try {
      return Promise.resolve(start(undefined));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return new Promise((resolve, reject) => {
    start((err, result) => (err ? reject(err) : resolve(result)));
  });
}

// Inputs up to this size are handled on the JS thread by the fast operations.
const kSmallInput = 64 * 1024;

function handleOf(key) {
  return keyObjectOf(key)[kHandle];
}

function secretBytesOf(key) {
  return new Uint8Array(binding.keySecretBytes(handleOf(key)));
}

function secretKeyObject(bytes) {
  return keys().keyObjectFor('secret', binding.keySecret(bytes));
}

function b64decode(s) {
  return Buffer.from(s, 'base64');
}

function b64encode(ab) {
  return Buffer.from(ab).toString('base64url');
}

function exponentBytes(big) {
  let hex = big.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function intersect(requested, allowed) {
  return requested.filter((u) => allowed.includes(u));
}

// ---- generateKey --------------------------------------------------------------------------

function keyPair(pub, priv, algorithm, extractable, usages, privateFirst) {
  const [pubUsages, privUsages] = usageSets[algorithm.name];
  const publicKey = createCryptoKey(pub, algorithm, intersect(usages, pubUsages), true);
  const privateKey = createCryptoKey(priv, algorithm, intersect(usages, privUsages), extractable);
  if (privateKey.usages.length === 0) {
    throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return privateFirst ? { __proto__: null, privateKey, publicKey } :
    { __proto__: null, publicKey, privateKey };
}

async function generatePair(kind, params) {
  const [pub, priv] = await job((cb) => binding.keyGen(kind, params, cb)).catch(() => {
    throw opFailed();
  });
  return [keys().keyObjectFor('public', pub), keys().keyObjectFor('private', priv)];
}

async function generateKey(alg, extractable, usages) {
  const { name } = alg;
  // Generated keys list each usage once (imported ones keep the list as given).
  usages = [...new Set(usages)];
  const checkAll = () => checkUsages(usages, usageSets[name].flat(), generateLabel(name));
  if (kRsa.includes(name)) {
    let exponent = 0;
    for (const b of alg.publicExponent) exponent = exponent * 256 + b;
    if (exponent > 0xffffffff) {
      throw domError('The publicExponent must be equivalent to an unsigned 32-bit value',
                     'OperationError');
    }
    checkAll();
    const [pub, priv] = await generatePair('rsa', {
      modulusLength: alg.modulusLength, publicExponent: exponent,
    });
    const algorithm = {
      name, modulusLength: alg.modulusLength, publicExponent: alg.publicExponent,
      hash: { name: alg.hash.name },
    };
    return keyPair(pub, priv, algorithm, extractable, usages, false);
  }
  if (name === 'ECDSA' || name === 'ECDH') {
    if (!Object.prototype.hasOwnProperty.call(curves, alg.namedCurve)) {
      throw domError('Unrecognized namedCurve', 'NotSupportedError');
    }
    checkAll();
    const [pub, priv] = await generatePair('ec', { namedCurve: curves[alg.namedCurve] });
    return keyPair(pub, priv, { name, namedCurve: alg.namedCurve }, extractable, usages, false);
  }
  if (kCfrg.includes(name)) {
    checkAll();
    const [pub, priv] = await generatePair(name.toLowerCase(), {});
    return keyPair(pub, priv, { name }, extractable, usages, true);
  }
  let length;
  let algorithm;
  if (name === 'HMAC') {
    length = alg.length;
    if (length === undefined) length = hashes[alg.hash.name][1];
    if (length === 0) throw opFailed();
    if (length % 8) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('algorithm.length', length,
                                                'must be a multiple of 8');
    }
    algorithm = { name, length, hash: { name: alg.hash.name } };
  } else {
    length = alg.length;
    if (length !== 128 && length !== 192 && length !== 256) {
      throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
    algorithm = { name, length };
  }
  checkAll();
  const bytes = new Uint8Array(length / 8);
  binding.randomFill(bytes);
  const key = createCryptoKey(secretKeyObject(bytes), algorithm, usages, extractable);
  if (key.usages.length === 0) {
    throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return key;
}

// ---- importKey ----------------------------------------------------------------------------

function invalidKeyData() {
  return domError('Invalid keyData', 'DataError');
}

function dataError(message) {
  return domError(message, 'DataError');
}

// The checks every JWK import makes.
function checkJwk(jwk, kty, use, extractable, usages) {
  if (!jwk.kty) throw invalidKeyData();
  if (jwk.kty !== kty) throw dataError('Invalid JWK "kty" Parameter');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw dataError('Invalid JWK "use" Parameter');
  }
  if (jwk.key_ops !== undefined) {
    for (const u of usages) {
      if (!jwk.key_ops.includes(u)) throw dataError('Key operations and usage mismatch');
    }
  }
  if (jwk.ext !== undefined && jwk.ext === false && extractable) {
    throw dataError('JWK "ext" Parameter and extractable mismatch');
  }
}

function jwkSecretBytes(jwk, use, extractable, usages) {
  checkJwk(jwk, 'oct', use, extractable, usages);
  if (typeof jwk.k !== 'string') throw invalidKeyData();
  return new Uint8Array(b64decode(jwk.k));
}

function importSecretKey(format, data, alg, extractable, usages) {
  const { name } = alg;
  checkUsages(usages, usageSets[name][0], importLabel(name));
  const use = name === 'HMAC' ? 'sig' : 'enc';
  let bytes;
  if (format === 'raw') {
    bytes = data;
  } else if (format === 'jwk') {
    bytes = jwkSecretBytes(data, use, extractable, usages);
  } else {
    const label = name === 'HMAC' ? name : 'AES';
    // Node gives the HMAC one no name (a DOMException named "Error").
    throw domError(`Unable to import ${label} key with format ${format}`,
                   name === 'HMAC' ? undefined : 'NotSupportedError');
  }
  const bits = bytes.byteLength * 8;
  let algorithm;
  if (name === 'HMAC') {
    if (bits === 0 || alg.length === 0) throw dataError('Zero-length key is not supported');
    if (alg.length !== undefined && alg.length !== bits) throw dataError('Invalid key length');
    if (format === 'jwk' && data.alg !== undefined &&
        data.alg !== `HS${hashes[alg.hash.name][2]}`) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    algorithm = { name, hash: { name: alg.hash.name }, length: bits };
  } else {
    if (bits !== 128 && bits !== 192 && bits !== 256) throw dataError('Invalid key length');
    if (format === 'jwk' && data.alg !== undefined &&
        data.alg !== `A${bits}${name.slice(4)}`) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    algorithm = { name, length: bits };
  }
  return createCryptoKey(secretKeyObject(bytes), algorithm, usages, extractable);
}

function importDerivationKey(format, data, alg, extractable, usages) {
  const { name } = alg;
  if (extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
  checkUsages(usages, usageSets[name][0], importLabel(name));
  if (format !== 'raw') {
    throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  return createCryptoKey(secretKeyObject(data), { name }, usages, false);
}

function parseDer(format, data) {
  try {
    const isPublic = format === 'spki';
    return keys().keyObjectFor(isPublic ? 'public' : 'private',
                               binding.keyParse(isPublic, data, 'der', format, undefined));
  } catch {
    throw invalidKeyData();
  }
}

function jwkImport(kty, crv, parts, isPrivate) {
  try {
    return keys().keyObjectFor(isPrivate ? 'private' : 'public',
                               binding.keyJwkImport(kty, crv, parts, isPrivate));
  } catch {
    throw invalidKeyData();
  }
}

function checkAsymmetricUsages(name, isPrivate, usages) {
  checkUsages(usages, usageSets[name][isPrivate ? 1 : 0], importLabel(name));
}

function importRsa(format, data, alg, extractable, usages) {
  const { name } = alg;
  let keyObject;
  if (format === 'spki' || format === 'pkcs8') {
    checkAsymmetricUsages(name, format === 'pkcs8', usages);
    keyObject = parseDer(format, data);
  } else if (format === 'jwk') {
    checkJwk(data, 'RSA', name === 'RSA-OAEP' ? 'enc' : 'sig', extractable, usages);
    const isPrivate = data.d !== undefined;
    checkAsymmetricUsages(name, isPrivate, usages);
    if (data.alg !== undefined && data.alg !== rsaJwkAlg(name, alg.hash.name)) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    const fields = isPrivate ? ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] : ['n', 'e'];
    const parts = [];
    for (const f of fields) {
      if (typeof data[f] !== 'string') throw invalidKeyData();
      parts.push(b64decode(data[f]));
    }
    keyObject = jwkImport('RSA', '', parts, isPrivate);
  } else {
    throw domError(`Unable to import RSA key with format ${format}`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'rsa') throw dataError('Invalid key type');
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  const algorithm = {
    name, modulusLength, publicExponent: exponentBytes(publicExponent),
    hash: { name: alg.hash.name },
  };
  return createCryptoKey(keyObject, algorithm, usages, extractable);
}

function rsaJwkAlg(name, hash) {
  const bits = hashes[hash][2];
  if (name === 'RSA-OAEP') return bits === 1 ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
  return `${name === 'RSA-PSS' ? 'PS' : 'RS'}${bits}`;
}

function curveOf(keyObject) {
  const c = keyObject.asymmetricKeyDetails.namedCurve;
  for (const [web, ossl] of Object.entries(curves)) if (ossl === c) return web;
  return undefined;
}

function importEc(format, data, alg, extractable, usages) {
  const { name, namedCurve } = alg;
  if (!Object.prototype.hasOwnProperty.call(curves, namedCurve)) {
    throw domError('Unrecognized namedCurve', 'NotSupportedError');
  }
  let keyObject;
  if (format === 'raw') {
    checkAsymmetricUsages(name, false, usages);
    try {
      keyObject = keys().keyObjectFor('public', binding.wcEcImportRaw(namedCurve, data));
    } catch {
      throw invalidKeyData();
    }
  } else if (format === 'spki' || format === 'pkcs8') {
    checkAsymmetricUsages(name, format === 'pkcs8', usages);
    keyObject = parseDer(format, data);
  } else if (format === 'jwk') {
    checkJwk(data, 'EC', name === 'ECDSA' ? 'sig' : 'enc', extractable, usages);
    const isPrivate = data.d !== undefined;
    checkAsymmetricUsages(name, isPrivate, usages);
    if (data.crv !== namedCurve) {
      throw dataError('JWK "crv" does not match the requested algorithm');
    }
    if (name === 'ECDSA' && data.alg !== undefined &&
        data.alg !== `ES${namedCurve === 'P-521' ? 512 : namedCurve.slice(2)}`) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    const parts = [];
    for (const f of isPrivate ? ['x', 'y', 'd'] : ['x', 'y']) {
      if (typeof data[f] !== 'string') throw invalidKeyData();
      parts.push(b64decode(data[f]));
    }
    keyObject = jwkImport('EC', namedCurve, parts, isPrivate);
  } else {
    throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'ec') throw dataError('Invalid key type');
  if (curveOf(keyObject) !== namedCurve) throw dataError('Named curve mismatch');
  return createCryptoKey(keyObject, { name, namedCurve }, usages, extractable);
}

const cfrgSizes = { Ed25519: 32, Ed448: 57, X25519: 32, X448: 56 };

function importCfrg(format, data, alg, extractable, usages) {
  const { name } = alg;
  let keyObject;
  if (format === 'raw') {
    checkAsymmetricUsages(name, false, usages);
    if (data.byteLength !== cfrgSizes[name]) {
      throw dataError(`${name} raw keys must be exactly ${cfrgSizes[name]}-bytes`);
    }
    keyObject = jwkImport('OKP', name, [data], false);
  } else if (format === 'spki' || format === 'pkcs8') {
    checkAsymmetricUsages(name, format === 'pkcs8', usages);
    keyObject = parseDer(format, data);
  } else if (format === 'jwk') {
    checkJwk(data, 'OKP', name.startsWith('Ed') ? 'sig' : 'enc', extractable, usages);
    const isPrivate = data.d !== undefined;
    checkAsymmetricUsages(name, isPrivate, usages);
    if (data.crv !== name) throw dataError('JWK "crv" Parameter and algorithm name mismatch');
    if (typeof data.x !== 'string' || (isPrivate && typeof data.d !== 'string')) {
      throw invalidKeyData();
    }
    const x = b64decode(data.x);
    if (x.byteLength !== cfrgSizes[name]) throw invalidKeyData();
    if (isPrivate) {
      const d = b64decode(data.d);
      if (d.byteLength !== cfrgSizes[name]) throw invalidKeyData();
      keyObject = jwkImport('OKP', name, [undefined, d], true);
      const pub = binding.keyJwkExport(keyObject[kHandle]).find((p) => p[0] === 'x');
      if (!pub || Buffer.compare(Buffer.from(pub[1]), x) !== 0) throw invalidKeyData();
    } else {
      keyObject = jwkImport('OKP', name, [x], false);
    }
  } else {
    throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== name.toLowerCase()) throw dataError('Invalid key type');
  return createCryptoKey(keyObject, { name }, usages, extractable);
}

function importKey(format, data, alg, extractable, usages) {
  const { name } = alg;
  let key;
  if (kAes.includes(name) || name === 'HMAC') {
    key = importSecretKey(format, data, alg, extractable, usages);
  } else if (name === 'HKDF' || name === 'PBKDF2') {
    key = importDerivationKey(format, data, alg, extractable, usages);
  } else if (kRsa.includes(name)) {
    key = importRsa(format, data, alg, extractable, usages);
  } else if (name === 'ECDSA' || name === 'ECDH') {
    key = importEc(format, data, alg, extractable, usages);
  } else {
    key = importCfrg(format, data, alg, extractable, usages);
  }
  if ((key.type === 'secret' || key.type === 'private') && key.usages.length === 0) {
    throw domError(`Usages cannot be empty when importing a ${key.type} key.`, 'SyntaxError');
  }
  return key;
}

// ---- exportKey ----------------------------------------------------------------------------

function exportDer(key, type) {
  return binding.keyExport(handleOf(key), 'der', type, undefined, undefined);
}

function exportKey(format, key) {
  if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const { name } = key.algorithm;
  const { type } = key;
  const asymmetric = type !== 'secret';
  switch (format) {
    case 'spki':
      if (type === 'public') return exportDer(key, 'spki');
      throw domError(`Unable to export a raw ${name} ${type} key`, 'InvalidAccessError');
    case 'pkcs8':
      if (type === 'private') return exportDer(key, 'pkcs8');
      throw domError(`Unable to export a pkcs8 ${name} ${type} key`, 'InvalidAccessError');
    case 'raw':
      if (type === 'public' && (name === 'ECDSA' || name === 'ECDH')) {
        return binding.wcEcPublicRaw(handleOf(key));
      }
      if (type === 'public' && kCfrg.includes(name)) {
        const x = binding.keyJwkExport(handleOf(key)).find((p) => p[0] === 'x');
        return x[1];
      }
      if (!asymmetric && (kAes.includes(name) || name === 'HMAC')) {
        return binding.keySecretBytes(handleOf(key));
      }
      throw domError(`Unable to export a raw ${name} ${type} key`, 'InvalidAccessError');
    default: {
      const jwk = { key_ops: key.usages.slice(), ext: key.extractable };
      for (const [k, v] of binding.keyJwkExport(handleOf(key))) {
        jwk[k] = typeof v === 'string' ? v : b64encode(v);
      }
      if (kRsa.includes(name)) {
        jwk.alg = rsaJwkAlg(name, key.algorithm.hash.name);
      } else if (name === 'ECDSA' || name === 'ECDH') {
        jwk.crv = key.algorithm.namedCurve;
      } else if (name === 'Ed25519' || name === 'Ed448') {
        jwk.alg = name;
      } else if (kAes.includes(name)) {
        jwk.alg = `A${key.algorithm.length}${name.slice(4)}`;
      } else if (name === 'HMAC') {
        jwk.alg = `HS${hashes[key.algorithm.hash.name][2]}`;
      } else if (!kCfrg.includes(name)) {
        throw domError('Not yet supported', 'NotSupportedError');
      }
      return jwk;
    }
  }
}

// ---- sign / verify ------------------------------------------------------------------------

async function signVerify(alg, key, data, signature) {
  const usage = signature === undefined ? 'sign' : 'verify';
  if (!key.usages.includes(usage) || alg.name !== key.algorithm.name) {
    throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  const { name } = alg;
  if (name === 'HMAC') {
    const md = hashes[key.algorithm.hash.name][0];
    const mac = await job((cb) => binding.wcHmac(md, secretBytesOf(key), data, cb),
                          data.byteLength <= kSmallInput);
    if (usage === 'sign') return mac;
    return mac.byteLength === signature.byteLength &&
      binding.timingSafeEqual(new Uint8Array(mac), signature);
  }
  let md;
  let opts;
  if (name === 'RSASSA-PKCS1-v1_5') {
    md = hashes[key.algorithm.hash.name][0];
    opts = [1, NaN, 0];
  } else if (name === 'RSA-PSS') {
    md = hashes[key.algorithm.hash.name][0];
    opts = [6, alg.saltLength, 0];
  } else if (name === 'ECDSA') {
    md = hashes[alg.hash.name][0];
    opts = [NaN, NaN, 1];
    if (usage === 'verify' &&
        signature.byteLength !== 2 * curveBytes[key.algorithm.namedCurve]) {
      return false;
    }
  } else {
    if (name === 'Ed448' && alg.context !== undefined && alg.context.byteLength !== 0) {
      throw domError('Non zero-length context is not yet supported.', 'NotSupportedError');
    }
    md = undefined;
    opts = [NaN, NaN, 0];
  }
  const h = handleOf(key);
  // RSA private-key operations take milliseconds: those go to the pool.
  const now = data.byteLength <= kSmallInput && !kRsa.includes(name);
  if (usage === 'sign') {
    return job((cb) => binding.signOneShot(md, data, h, opts, cb), now).catch(() => {
      throw opFailed();
    });
  }
  return job((cb) => binding.verifyOneShot(md, data, h, signature, opts, cb), now)
    .catch(() => false);
}

// ---- encrypt / decrypt / wrapKey / unwrapKey ----------------------------------------------

function invalidForKey() {
  return domError('The requested operation is not valid for the provided key',
                  'InvalidAccessError');
}

const kGcmTagLengths = [32, 64, 96, 104, 112, 120, 128];

async function cipher(decrypt, alg, key, data) {
  const { name } = alg;
  if (name === 'RSA-OAEP') {
    if (key.type !== (decrypt ? 'private' : 'public')) throw invalidForKey();
    const md = hashes[key.algorithm.hash.name][0];
    try {
      return binding.rsaCrypt(decrypt ? 1 : 0, handleOf(key), data, 4, md, alg.label);
    } catch {
      throw opFailed();
    }
  }
  let mode;
  let iv;
  let n = 0;
  if (name === 'AES-CTR') {
    if (alg.counter.byteLength !== 16) {
      throw domError('algorithm.counter must contain exactly 16 bytes', 'OperationError');
    }
    if (alg.length === 0 || alg.length > 128) {
      throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
    }
    [mode, iv, n] = ['ctr', alg.counter, alg.length];
  } else if (name === 'AES-CBC') {
    if (alg.iv.byteLength !== 16) {
      throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
    }
    [mode, iv] = ['cbc', alg.iv];
  } else if (name === 'AES-GCM') {
    const tagLength = alg.tagLength === undefined ? 128 : alg.tagLength;
    if (!kGcmTagLengths.includes(tagLength)) {
      throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
    }
    if (decrypt && data.byteLength < tagLength / 8) {
      throw domError('The provided data is too small.', 'OperationError');
    }
    [mode, iv, n] = ['gcm', alg.iv, tagLength / 8];
  } else {
    mode = 'kw';
  }
  const keyBytes = secretBytesOf(key);
  return job((cb) => binding.wcAes(mode, keyBytes, data, {
    decrypt, iv, aad: alg.additionalData, n,
  }, cb), data.byteLength <= kSmallInput).catch(() => {
    throw opFailed();
  });
}

async function encryptDecrypt(decrypt, alg, key, data) {
  const usage = decrypt ? 'decrypt' : 'encrypt';
  if (!key.usages.includes(usage) || alg.name !== key.algorithm.name) throw invalidForKey();
  return cipher(decrypt, alg, key, data);
}

async function wrapKey(format, key, wrappingKey, alg) {
  if (!wrappingKey.usages.includes('wrapKey') || alg.name !== wrappingKey.algorithm.name) {
    throw invalidForKey();
  }
  let data = exportKey(format, key);
  if (format === 'jwk') {
    let json = JSON.stringify(data);
    if (alg.name === 'AES-KW' && json.length % 8) json += ' '.repeat(8 - (json.length % 8));
    data = new Uint8Array(Buffer.from(json, 'utf8'));
  } else {
    data = new Uint8Array(data);
  }
  return cipher(false, alg, wrappingKey, data);
}

async function unwrapKey(format, wrapped, unwrappingKey, alg, keyAlg, extractable, usages) {
  if (!unwrappingKey.usages.includes('unwrapKey') ||
      alg.name !== unwrappingKey.algorithm.name) {
    throw invalidForKey();
  }
  let data = new Uint8Array(await cipher(true, alg, unwrappingKey, wrapped));
  if (format === 'jwk') {
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
    } catch {
      throw dataError('Invalid wrapped JWK key');
    }
  }
  return importKey(format, data, keyAlg, extractable, usages);
}

// ---- deriveBits / deriveKey ---------------------------------------------------------------

function invalidAccess(message) {
  return domError(message, 'InvalidAccessError');
}

function truncateBits(ab, length) {
  if (length === null) return ab;
  if (length > ab.byteLength * 8) {
    throw domError('derived bit length is too small', 'OperationError');
  }
  const out = new Uint8Array(ab, 0, Math.ceil(length / 8)).slice();
  if (length % 8) out[out.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
  return out.buffer;
}

function checkLength(length) {
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
}

async function deriveBits(alg, baseKey, length) {
  const { name } = alg;
  if (name === 'ECDH' || name === 'X25519' || name === 'X448') {
    const pub = alg.public;
    if (pub.type !== 'public') throw invalidAccess('algorithm.public must be a public key');
    if (baseKey.type !== 'private') throw invalidAccess('baseKey must be a private key');
    const pubName = pub.algorithm.name;
    if (pubName !== 'ECDH' && pubName !== 'X25519' && pubName !== 'X448') {
      throw invalidAccess('Keys must be ECDH, X25519, or X448 keys');
    }
    if (pubName !== baseKey.algorithm.name) {
      throw invalidAccess('The public and private keys must be of the same type');
    }
    if (pubName === 'ECDH' && pub.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
      throw invalidAccess('Named curve mismatch');
    }
    let secret;
    try {
      secret = binding.keyDerive(handleOf(baseKey), handleOf(pub));
    } catch {
      throw opFailed();
    }
    return truncateBits(secret, length);
  }
  if (name === 'HKDF') {
    checkLength(length);
    if (length === 0) return new ArrayBuffer(0);
    const [md, , hashBits] = hashes[alg.hash.name];
    if (length / 8 > 255 * (hashBits === 1 ? 20 : hashBits / 8)) throw opFailed();
    const ikm = secretBytesOf(baseKey);
    return job((cb) => binding.hkdf(md, ikm, alg.salt, alg.info, length / 8, cb)).catch(() => {
      throw opFailed();
    });
  }
  // PBKDF2
  if (alg.iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
  checkLength(length);
  if (length === 0) return new ArrayBuffer(0);
  const md = hashes[alg.hash.name][0];
  const password = secretBytesOf(baseKey);
  return job((cb) => binding.pbkdf2(password, alg.salt, alg.iterations, length / 8, md, cb))
    .catch(() => {
      throw opFailed();
    });
}

function derivedKeyLength(alg) {
  const { name } = alg;
  if (kAes.includes(name)) {
    if (alg.length !== 128 && alg.length !== 192 && alg.length !== 256) {
      throw domError('Invalid key length', 'OperationError');
    }
    return alg.length;
  }
  if (name === 'HMAC') {
    if (alg.length === undefined) return hashes[alg.hash.name][1];
    if (alg.length === 0) throw domError('Invalid key length', 'OperationError');
    return alg.length;
  }
  return null;
}

// ---- SubtleCrypto -------------------------------------------------------------------------

const kBrand = Symbol('kSubtleBrand');
let subtle;

function checkThis(self) {
  if (self !== subtle) throw new (codes().ERR_INVALID_THIS)('SubtleCrypto');
}

function prefixOf(method) {
  return `Failed to execute '${method}' on 'SubtleCrypto'`;
}

class SubtleCrypto {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    const prefix = prefixOf('encrypt');
    requiredArguments(arguments.length, 3, prefix);
    algorithm = algorithmIdentifier(algorithm);
    key = cryptoKeyArg(key, prefix, '2nd argument');
    data = bufferSourceView(data, prefix, '3rd argument');
    return encryptDecrypt(false, normalizeAlgorithm(algorithm, 'encrypt'), key, data);
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    const prefix = prefixOf('decrypt');
    requiredArguments(arguments.length, 3, prefix);
    algorithm = algorithmIdentifier(algorithm);
    key = cryptoKeyArg(key, prefix, '2nd argument');
    data = bufferSourceView(data, prefix, '3rd argument');
    return encryptDecrypt(true, normalizeAlgorithm(algorithm, 'encrypt'), key, data);
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    const prefix = prefixOf('sign');
    requiredArguments(arguments.length, 3, prefix);
    algorithm = algorithmIdentifier(algorithm);
    key = cryptoKeyArg(key, prefix, '2nd argument');
    data = bufferSourceView(data, prefix, '3rd argument');
    return signVerify(normalizeAlgorithm(algorithm, 'sign'), key, data);
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    const prefix = prefixOf('verify');
    requiredArguments(arguments.length, 4, prefix);
    algorithm = algorithmIdentifier(algorithm);
    key = cryptoKeyArg(key, prefix, '2nd argument');
    signature = bufferSource(signature, prefix, '3rd argument');
    data = bufferSourceView(data, prefix, '4th argument');
    return signVerify(normalizeAlgorithm(algorithm, 'sign'), key, data, signature);
  }

  async digest(algorithm, data) {
    checkThis(this);
    const prefix = prefixOf('digest');
    requiredArguments(arguments.length, 2, prefix);
    algorithm = algorithmIdentifier(algorithm);
    data = bufferSourceView(data, prefix, '2nd argument');
    const { name } = normalizeAlgorithm(algorithm, 'digest');
    const md = hashes[name][0];
    return job((cb) => binding.wcDigest(md, data, cb), data.byteLength <= kSmallInput);
  }

  async generateKey(algorithm, extractable, keyUsages_) {
    checkThis(this);
    const prefix = prefixOf('generateKey');
    requiredArguments(arguments.length, 3, prefix);
    algorithm = algorithmIdentifier(algorithm);
    extractable = !!extractable;
    const usages = keyUsages(keyUsages_, prefix, '3rd argument');
    return generateKey(normalizeAlgorithm(algorithm, 'generateKey'), extractable, usages);
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages_) {
    checkThis(this);
    const prefix = prefixOf('deriveKey');
    requiredArguments(arguments.length, 5, prefix);
    algorithm = algorithmIdentifier(algorithm);
    baseKey = cryptoKeyArg(baseKey, prefix, '2nd argument');
    derivedKeyAlgorithm = algorithmIdentifier(derivedKeyAlgorithm);
    extractable = !!extractable;
    const usages = keyUsages(keyUsages_, prefix, '5th argument');
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    const importAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    const lengthAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'getKeyLength');
    if (!baseKey.usages.includes('deriveKey')) {
      throw invalidAccess('baseKey does not have deriveKey usage');
    }
    if (baseKey.algorithm.name !== alg.name) throw invalidAccess('Key algorithm mismatch');
    const length = derivedKeyLength(lengthAlg);
    const bits = await deriveBits(alg, baseKey, length);
    return importKey('raw', new Uint8Array(bits), importAlg, extractable, usages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkThis(this);
    const prefix = prefixOf('deriveBits');
    requiredArguments(arguments.length, 2, prefix);
    algorithm = algorithmIdentifier(algorithm);
    baseKey = cryptoKeyArg(baseKey, prefix, '2nd argument');
    if (length !== null) length = unsignedLongWrapping(length);
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    if (!baseKey.usages.includes('deriveBits')) {
      throw invalidAccess('baseKey does not have deriveBits usage');
    }
    if (baseKey.algorithm.name !== alg.name) throw invalidAccess('Key algorithm mismatch');
    return deriveBits(alg, baseKey, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages_) {
    checkThis(this);
    const prefix = prefixOf('importKey');
    requiredArguments(arguments.length, 4, prefix);
    format = keyFormat(format, prefix, '1st argument');
    if (format === 'jwk') keyData = jsonWebKey(keyData, prefix, '2nd argument');
    else keyData = bufferSource(keyData, prefix, '2nd argument');
    algorithm = algorithmIdentifier(algorithm);
    extractable = !!extractable;
    const usages = keyUsages(keyUsages_, prefix, '5th argument');
    return importKey(format, keyData, normalizeAlgorithm(algorithm, 'importKey'), extractable,
                     usages);
  }

  async exportKey(format, key) {
    checkThis(this);
    const prefix = prefixOf('exportKey');
    requiredArguments(arguments.length, 2, prefix);
    format = keyFormat(format, prefix, '1st argument');
    key = cryptoKeyArg(key, prefix, '2nd argument');
    return exportKey(format, key);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this);
    const prefix = prefixOf('wrapKey');
    requiredArguments(arguments.length, 4, prefix);
    format = keyFormat(format, prefix, '1st argument');
    key = cryptoKeyArg(key, prefix, '2nd argument');
    wrappingKey = cryptoKeyArg(wrappingKey, prefix, '3rd argument');
    wrapAlgorithm = algorithmIdentifier(wrapAlgorithm);
    return wrapKey(format, key, wrappingKey, normalizeWrapAlgorithm(wrapAlgorithm));
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
                  extractable, keyUsages_) {
    checkThis(this);
    const prefix = prefixOf('unwrapKey');
    requiredArguments(arguments.length, 7, prefix);
    format = keyFormat(format, prefix, '1st argument');
    wrappedKey = bufferSource(wrappedKey, prefix, '2nd argument');
    unwrappingKey = cryptoKeyArg(unwrappingKey, prefix, '3rd argument');
    unwrapAlgorithm = algorithmIdentifier(unwrapAlgorithm);
    unwrappedKeyAlgorithm = algorithmIdentifier(unwrappedKeyAlgorithm);
    extractable = !!extractable;
    const usages = keyUsages(keyUsages_, prefix, '7th argument');
    const alg = normalizeWrapAlgorithm(unwrapAlgorithm);
    const keyAlg = normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
    return unwrapKey(format, wrappedKey, unwrappingKey, alg, keyAlg, extractable, usages);
  }
}

// Methods are enumerable, as WebIDL operations are.
for (const name of Object.getOwnPropertyNames(SubtleCrypto.prototype)) {
  if (name === 'constructor') continue;
  const d = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, name);
  d.enumerable = true;
  Object.defineProperty(SubtleCrypto.prototype, name, d);
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

subtle = Object.create(SubtleCrypto.prototype);
Object.defineProperty(subtle, kBrand, { __proto__: null, value: true });

module.exports = { SubtleCrypto, subtle, normalizeAlgorithm };
