'use strict';
// node:tls — TLS over the system's OpenSSL 3. TLSSocket, Server and connect live in
// _tls_wrap (a JS socket over a native engine, src/tls.rs); SecureContext in _tls_common.
// rootCertificates are the system's (/etc/ssl/certs), not the Mozilla bundle Node carries.

const net = require('net');

function errors() {
  return require('internal/errors');
}
function wrap() {
  return require('_tls_wrap');
}
function common() {
  return require('_tls_common');
}

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:' +
  '!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

let ciphersCache;
function getCiphers() {
  if (ciphersCache === undefined) {
    const seen = new Set();
    for (const name of internalBinding('tls').getCiphers()) seen.add(name.toLowerCase());
    ciphersCache = [...seen].sort();
  }
  return ciphersCache.slice();
}

let rootCache;
function readRootCertificates() {
  const fs = require('fs');
  const files = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt',
    '/etc/ssl/ca-bundle.pem', '/etc/ssl/cert.pem'];
  for (const f of files) {
    let text;
    try {
      text = fs.readFileSync(f, 'latin1');
    } catch {
      continue;
    }
    const out = [];
    const re = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
    let m;
    while ((m = re.exec(text)) !== null) {
      const body = m[0].slice(27, -25).replace(/\s+/g, '');
      const lines = body.match(/.{1,64}/g) || [];
      out.push(`-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----`);
    }
    return out;
  }
  return [];
}

// The protocols as ALPN's wire format (each name after its length byte) in out.ALPNProtocols.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const bytes = Buffer.from(protocols[i]);
      if (bytes.length > 255) {
        throw new (errors().codes.ERR_OUT_OF_RANGE)('The byte length of the protocol at index ' +
          `${i} exceeds the maximum length.`, '<= 255', bytes.length, true);
      }
      parts.push(Buffer.from([bytes.length]), bytes);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(new Uint8Array(protocols.buffer, protocols.byteOffset,
      protocols.byteLength));
  }
}

// ---------------------------------------------------------------------------
// checkServerIdentity

// Lower-cased labels of a host name without its final dot.
function labelsOf(host) {
  let h = String(host).toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h.split('.');
}

// Whether host labels match a certificate name; `*` is allowed only as the whole or part of
// the leftmost label of a name with at least three labels, and never in IDNA labels.
function nameMatches(hostLabels, name, allowWildcard) {
  if (!name) return false;
  const pat = labelsOf(name);
  if (pat.length !== hostLabels.length) return false;
  for (const label of pat) {
    if (label === '') return false;
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      if (c < 0x21 || c > 0x7f) return false;
    }
  }
  for (let i = pat.length - 1; i >= 1; i--) {
    if (pat[i] !== hostLabels[i]) return false;
  }
  const first = pat[0];
  const want = hostLabels[0];
  const star = first.indexOf('*');
  if (star === -1 || first.includes('xn--')) return first === want;
  if (!allowWildcard || first.indexOf('*', star + 1) !== -1 || pat.length <= 2) return false;
  const before = first.slice(0, star);
  const after = first.slice(star + 1);
  return before.length + after.length <= want.length && want.startsWith(before) &&
    want.endsWith(after);
}

// A comparable form of an IP address (IPv6 expanded to eight lower-case groups).
function canonicalIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return ip;
  let s = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const p = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + ((p[0] << 8) | p[1]).toString(16) + ':' +
      ((p[2] << 8) | p[3]).toString(16);
  }
  let groups;
  if (s.includes('::')) {
    const [a, b] = s.split('::');
    const ga = a ? a.split(':') : [];
    const gb = b ? b.split(':') : [];
    groups = [...ga, ...new Array(8 - ga.length - gb.length).fill('0'), ...gb];
  } else {
    groups = s.split(':');
  }
  return groups.map((g) => parseInt(g, 16).toString(16)).join(':');
}

// Splits a subjectaltname string on ", " outside double quotes (quoted names may hold ", ").
function splitAltNames(text) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\' && i + 1 < text.length) {
        cur += text[++i];
      } else if (c === '"') {
        quoted = false;
      } else {
        cur += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' && text[i + 1] === ' ') {
      out.push(cur);
      cur = '';
      i++;
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  let ok = false;
  let reason = 'Unknown reason';
  if (net.isIP(hostname)) {
    ok = ips.includes(canonicalIP(hostname));
    if (!ok) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const host = labelsOf(hostname);
    if (dnsNames.length > 0) {
      ok = dnsNames.some((n) => nameMatches(host, n, true));
      if (!ok) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      ok = Array.isArray(cn) ? cn.some((n) => nameMatches(host, n, true)) :
        nameMatches(host, cn, true);
      if (!ok) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!ok) return new (errors().codes.ERR_TLS_CERT_ALTNAME_INVALID)(reason, hostname, cert);
  return undefined;
}

function createSecureContext(options) {
  return common().createSecureContext(options);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  get SecureContext() { return common().SecureContext; },
  get TLSSocket() { return wrap().TLSSocket; },
  get Server() { return wrap().Server; },
  createServer(options, listener) { return wrap().createServer(options, listener); },
  connect(...args) { return wrap().connect(...args); },
  createSecurePair() {
    throw new (errors().codes.ERR_NOT_IMPLEMENTED)('tls.createSecurePair()');
  },
};

Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get() {
    if (rootCache === undefined) rootCache = Object.freeze(readRootCertificates());
    return rootCache;
  },
});
