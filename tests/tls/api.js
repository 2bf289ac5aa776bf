// tls's plain functions: checkServerIdentity (DNS and IP altnames, wildcards, CN fallback,
// Node's messages), convertALPNProtocols, getCiphers, rootCertificates, SecureContext.
'use strict';
const assert = require('assert');
const tls = require('tls');

const check = (host, cert) => {
  const e = tls.checkServerIdentity(host, cert);
  return e === undefined ? 'ok' : `${e.code}: ${e.reason}`;
};
const san = (subjectaltname, CN) => ({ subject: { CN }, subjectaltname });

assert.strictEqual(check('localhost', san('DNS:localhost, IP Address:127.0.0.1')), 'ok');
assert.strictEqual(check('LOCALHOST.', san('DNS:localhost')), 'ok');
assert.strictEqual(check('127.0.0.1', san('DNS:localhost, IP Address:127.0.0.1')), 'ok');
assert.strictEqual(check('::1', san('IP Address:0:0:0:0:0:0:0:1')), 'ok');
assert.strictEqual(check('10.0.0.1', san('DNS:localhost, IP Address:127.0.0.1')),
  "ERR_TLS_CERT_ALTNAME_INVALID: IP: 10.0.0.1 is not in the cert's list: 127.0.0.1");
assert.strictEqual(check('a.example.com', san('DNS:*.example.com')), 'ok');
assert.strictEqual(check('b.a.example.com', san('DNS:*.example.com')),
  "ERR_TLS_CERT_ALTNAME_INVALID: Host: b.a.example.com. is not in the cert's altnames: DNS:*.example.com");
assert.strictEqual(check('example.com', san('DNS:*.com')),
  "ERR_TLS_CERT_ALTNAME_INVALID: Host: example.com. is not in the cert's altnames: DNS:*.com");
assert.strictEqual(check('foo-bar.example.com', san('DNS:foo*.example.com')), 'ok');
assert.strictEqual(check('xn--a.example.com', san('DNS:xn--*.example.com')),
  "ERR_TLS_CERT_ALTNAME_INVALID: Host: xn--a.example.com. is not in the cert's altnames: DNS:xn--*.example.com");
assert.strictEqual(check('host.example', san(undefined, 'host.example')), 'ok');
assert.strictEqual(check('other.example', san(undefined, 'host.example')),
  "ERR_TLS_CERT_ALTNAME_INVALID: Host: other.example. is not cert's CN: host.example");
assert.strictEqual(check('host.example', { subject: {} }),
  'ERR_TLS_CERT_ALTNAME_INVALID: Cert does not contain a DNS name');
const err = tls.checkServerIdentity('x.example', san('DNS:y.example'));
assert.strictEqual(err.message,
  "Hostname/IP does not match certificate's altnames: Host: x.example. is not in the cert's altnames: DNS:y.example");
assert.strictEqual(err.host, 'x.example');
assert.strictEqual(err.cert.subjectaltname, 'DNS:y.example');

const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1', 'latin1'));
const out2 = {};
tls.convertALPNProtocols(Buffer.from('\x02h2'), out2);
assert.deepStrictEqual(out2.ALPNProtocols, Buffer.from('\x02h2'));
assert.throws(() => tls.convertALPNProtocols(['x'.repeat(300)], {}), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The byte length of the protocol at index 0 exceeds the maximum length. It must be <= 255. Received 300',
});

const ciphers = tls.getCiphers();
for (const name of ['tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256', 'ecdhe-rsa-aes128-gcm-sha256',
  'aes128-gcm-sha256']) {
  assert.ok(ciphers.includes(name), name);
}
assert.deepStrictEqual(ciphers, [...ciphers].sort());

const roots = tls.rootCertificates;
assert.ok(Array.isArray(roots) && Object.isFrozen(roots));
assert.strictEqual(tls.rootCertificates, roots);
for (const pem of roots) {
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----$/);
}

const ctx = tls.createSecureContext();
assert.ok(ctx instanceof tls.SecureContext);
assert.strictEqual(typeof ctx.context, 'object');
console.log('ok');
