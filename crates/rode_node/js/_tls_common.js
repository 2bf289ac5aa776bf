'use strict';
// node:_tls_common — SecureContext and createSecureContext. A SecureContext wraps a native
// OpenSSL SSL_CTX (internalBinding('tls').contextNew, src/tls.rs) built from the options
// in one call; its `context` is that handle.

const binding = internalBinding('tls');

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}

const kProtocols = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function toBytes(v) {
  if (typeof v === 'string') return Buffer.from(v);
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return v;
}

function isBytes(v) {
  return typeof v === 'string' || ArrayBuffer.isView(v);
}

function validateKeyOrCertOption(name, value) {
  if (!isBytes(value)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(`options.${name}`,
      ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function listOf(name, v) {
  const out = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    validateKeyOrCertOption(name, item);
    out.push(toBytes(item));
  }
  return out;
}

// NODE_EXTRA_CA_CERTS: a PEM file added to the default trust store (read once, as Node
// reads it at start-up).
let extraCache;
function extraCACerts() {
  if (extraCache === undefined) {
    extraCache = null;
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (file) {
      try {
        extraCache = require('fs').readFileSync(file);
      } catch (err) {
        process.emitWarning(`Ignoring extra certs from \`${file}\`, load failed: ${err.message}`);
      }
    }
  }
  return extraCache;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  this.context = null;
  this._options = null;
}

// Splits Node's `ciphers` string into TLS 1.3 suites and the TLS 1.2 cipher list.
function processCiphers(ciphers, name) {
  const list = ciphers.split(':');
  const cipherList = list.filter((c) => !c.startsWith('TLS_') && c !== '').join(':');
  const cipherSuites = list.filter((c) => c.startsWith('TLS_')).join(':');
  if (cipherSuites === '' && cipherList === '') {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, ciphers);
  }
  return { cipherList, cipherSuites };
}

function createSecureContext(options) {
  if (!options) options = {};
  const tls = require('tls');
  const {
    honorCipherOrder, minVersion, maxVersion, secureProtocol, sessionIdContext,
    sessionTimeout, ecdhCurve, ciphers, key, cert, ca, pfx, passphrase,
    secureOptions, sigalgs, crl, dhparam,
  } = options;

  if (secureProtocol !== undefined) validators().validateString(secureProtocol, 'options.secureProtocol');
  const min = minVersion ?? (secureProtocol ? undefined : tls.DEFAULT_MIN_VERSION);
  const max = maxVersion ?? (secureProtocol ? undefined : tls.DEFAULT_MAX_VERSION);
  for (const [v, which] of [[min, 'minimum'], [max, 'maximum']]) {
    if (v !== undefined && !kProtocols.includes(v)) {
      throw new (errors().codes.ERR_TLS_INVALID_PROTOCOL_VERSION)(v, which);
    }
  }
  if (secureProtocol && (minVersion || maxVersion)) {
    throw new (errors().codes.ERR_TLS_PROTOCOL_VERSION_CONFLICT)(minVersion || maxVersion,
      secureProtocol);
  }
  let protoMin = min;
  let protoMax = max;
  if (secureProtocol) {
    const m = /^TLSv1(?:_(\d))?_(?:client_|server_)?method$/.exec(secureProtocol);
    if (m) {
      protoMin = protoMax = m[1] ? `TLSv1.${m[1]}` : 'TLSv1';
    } else if (!/^(SSLv23|TLS)(_client|_server)?_method$/.test(secureProtocol)) {
      throw new (errors().codes.ERR_TLS_INVALID_PROTOCOL_METHOD)(secureProtocol);
    }
  }

  const opts = {
    minVersion: protoMin,
    maxVersion: protoMax,
    honorCipherOrder: !!honorCipherOrder,
    sessionIdContext: undefined,
    sessionTimeout: undefined,
    ecdhCurve: undefined,
    secureOptions: undefined,
    sigalgs: undefined,
    dhAuto: false,
    dhparam: [],
    crl: [],
    cipherList: undefined,
    cipherSuites: undefined,
    ca: [],
    defaultCa: false,
    cert: [],
    key: [],
    keyPass: [],
    pfx: [],
    pfxPass: [],
  };

  if (ciphers !== undefined && ciphers !== null) {
    validators().validateString(ciphers, 'options.ciphers');
  }
  const c = processCiphers(ciphers || tls.DEFAULT_CIPHERS, 'options.ciphers');
  opts.cipherList = c.cipherList;
  if (c.cipherSuites !== '') opts.cipherSuites = c.cipherSuites;
  // Only TLS 1.2 ciphers: at most TLS 1.2; only TLS 1.3 suites: at least TLS 1.3.
  const rank = (v) => kProtocols.indexOf(v);
  if (c.cipherSuites === '' && rank(opts.maxVersion ?? 'TLSv1.3') > 2 && rank(opts.minVersion ?? 'TLSv1') < 3) {
    opts.maxVersion = 'TLSv1.2';
  }
  if (c.cipherList === '' && rank(opts.minVersion ?? 'TLSv1') < 3 && rank(opts.maxVersion ?? 'TLSv1.3') > 2) {
    opts.minVersion = 'TLSv1.3';
  }

  if (ecdhCurve !== undefined) {
    validators().validateString(ecdhCurve, 'options.ecdhCurve');
    opts.ecdhCurve = ecdhCurve;
  }
  if (secureOptions) {
    validators().validateInteger(secureOptions, 'secureOptions');
    opts.secureOptions = secureOptions;
  }
  if (sigalgs !== undefined) {
    validators().validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options.sigalgs', sigalgs);
    opts.sigalgs = sigalgs;
  }
  // DH parameters that aren't PEM DH parameters are ignored, as in Node; under 1024 bits
  // they are refused, under 2048 a warning follows.
  let weakDH = false;
  if (dhparam !== undefined) {
    validateKeyOrCertOption('dhparam', dhparam);
    if (dhparam === 'auto') {
      opts.dhAuto = true;
    } else {
      const bytes = toBytes(dhparam);
      const bits = binding.dhParamBits(bytes);
      if (bits > 0) {
        if (bits < 1024) {
          const err = new TypeError('DH parameter is less than 1024 bits');
          err.code = 'ERR_INVALID_ARG_VALUE';
          throw err;
        }
        opts.dhparam = [bytes];
        weakDH = bits < 2048;
      }
    }
  }
  if (crl !== undefined) opts.crl = listOf('crl', crl);
  if (sessionIdContext !== undefined) {
    validators().validateString(sessionIdContext, 'options.sessionIdContext');
    opts.sessionIdContext = sessionIdContext;
  }
  if (sessionTimeout !== undefined) {
    validators().validateInt32(sessionTimeout, 'options.sessionTimeout');
    opts.sessionTimeout = sessionTimeout;
  }
  if (ca) {
    opts.ca = listOf('ca', ca);
  } else {
    const extra = extraCACerts();
    if (extra !== null) {
      opts.ca = [extra];
      opts.defaultCa = true;
    }
  }
  if (cert) opts.cert = listOf('cert', cert);
  if (key) {
    for (const k of Array.isArray(key) ? key : [key]) {
      const pem = k?.pem !== undefined ? k.pem : k;
      validateKeyOrCertOption('key', pem);
      opts.key.push(toBytes(pem));
      opts.keyPass.push(k?.passphrase ?? passphrase);
    }
  }
  if (pfx) {
    for (const p of Array.isArray(pfx) ? pfx : [pfx]) {
      const buf = p?.buf !== undefined ? p.buf : p;
      validateKeyOrCertOption('pfx', buf);
      opts.pfx.push(toBytes(buf));
      opts.pfxPass.push(p?.passphrase ?? passphrase);
    }
  }
  for (const p of [...opts.keyPass, ...opts.pfxPass]) {
    if (p !== undefined && p !== null) validators().validateString(p, 'options.passphrase');
  }

  const sc = new SecureContext(secureProtocol);
  sc.context = binding.contextNew(opts);
  sc._options = opts;
  if (weakDH) process.emitWarning('DH parameter is less than 2048 bits', 'SecurityWarning');
  return sc;
}

function translatePeerCertificate(c) {
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
};
