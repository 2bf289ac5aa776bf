// tls.createSecureContext options beyond keys and CAs: `crl` (revoked certificates
// refused on both sides, CERT_REVOKED), `dhparam` ('auto' and PEM parameters, with the
// client's `minDHSize`), `sigalgs`, `secureOptions`, OpenSSL security level 1 (a 1024-bit
// DH group works, as in Node 22), and each option's validation errors and warnings.
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = require('./_fixtures');

const fixture = (name) => fs.readFileSync(path.join(f.dir, name));
const crlRevoked = fixture('crl-revoked.pem'); // revokes the server and client certificates
const crlEmpty = fixture('crl-empty.pem');
const dh512 = fixture('dh512.pem');
const dh1024 = fixture('dh1024.pem');
const dh2048 = fixture('dh2048.pem');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return [e.name, e.code, e.message];
  }
  return 'ok';
}

// Resolves with what the client saw: the error's code, or the session's facts.
function connect(port, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: f.ca, ...opts }, () => {
      const r = {
        authorized: c.authorized,
        protocol: c.getProtocol(),
        cipher: c.getCipher().name,
        key: c.getEphemeralKeyInfo(),
      };
      c.end();
      c.on('close', () => resolve(r));
    });
    c.on('error', (e) => resolve({ error: e.code, message: e.message }));
  });
}

function server(opts, onSecure = (s) => s.end()) {
  const s = tls.createServer({ key: f.key, cert: f.cert, ...opts }, onSecure);
  s.on('tlsClientError', () => {});
  return s;
}

(async () => {
  // Validation, as node 20 reports it.
  const ctx = (o) => thrown(() => tls.createSecureContext(o));
  assert.deepStrictEqual(ctx({ crl: 'garbage' }), ['Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to parse CRL']);
  assert.deepStrictEqual(ctx({ crl: [crlEmpty, 'x'] }), ['Error', 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to parse CRL']);
  assert.deepStrictEqual(ctx({ crl: 5 }), ['TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "options.crl" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)']);
  assert.strictEqual(ctx({ crl: [crlEmpty, crlRevoked] }), 'ok');
  assert.deepStrictEqual(ctx({ sigalgs: '' }), ['TypeError', 'ERR_INVALID_ARG_VALUE', "The property 'options.sigalgs' is invalid. Received ''"]);
  assert.deepStrictEqual(ctx({ sigalgs: 5 }), ['TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "options.sigalgs" property must be of type string. Received type number (5)']);
  assert.strictEqual(ctx({ sigalgs: 'bogus' })[0], 'Error');
  assert.strictEqual(ctx({ sigalgs: 'RSA-PSS+SHA256:ECDSA+SHA256' }), 'ok');
  assert.deepStrictEqual(ctx({ secureOptions: 'x' }), ['TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "secureOptions" argument must be of type number. Received type string (\'x\')']);
  assert.deepStrictEqual(ctx({ secureOptions: 1.5 }), ['RangeError', 'ERR_OUT_OF_RANGE',
    'The value of "secureOptions" is out of range. It must be an integer. Received 1.5']);
  assert.strictEqual(ctx({ secureOptions: 2 ** 40 }), 'ok');
  assert.deepStrictEqual(ctx({ dhparam: 5 }), ['TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "options.dhparam" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)']);
  assert.strictEqual(ctx({ dhparam: 'junk' }), 'ok'); // not DH parameters: ignored
  assert.strictEqual(ctx({ dhparam: 'auto' }), 'ok');
  assert.deepStrictEqual(ctx({ dhparam: dh512 }), ['TypeError', 'ERR_INVALID_ARG_VALUE', 'DH parameter is less than 1024 bits']);
  assert.strictEqual(ctx({ dhparam: dh2048 }), 'ok');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(warnings, []);
  assert.strictEqual(ctx({ dhparam: dh1024.toString('latin1') }), 'ok');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(warnings, ['SecurityWarning: DH parameter is less than 2048 bits']);

  // CRL on the client: the server's certificate is revoked.
  let s = server({});
  let port = await f.listen(s);
  assert.deepStrictEqual(await connect(port, { crl: crlRevoked }),
    { error: 'CERT_REVOKED', message: 'certificate revoked' });
  assert.strictEqual((await connect(port, { crl: crlEmpty })).authorized, true);
  assert.strictEqual((await connect(port, { crl: crlRevoked, rejectUnauthorized: false })).authorized, false);
  s.close();

  // CRL on the server: the client's certificate is revoked.
  const seen = [];
  s = server({ ca: f.ca, crl: crlRevoked, requestCert: true, rejectUnauthorized: false }, (sock) => {
    seen.push([sock.authorized, sock.authorizationError]);
    sock.end();
  });
  port = await f.listen(s);
  await connect(port, { key: f.clientKey, cert: f.clientCert });
  assert.deepStrictEqual(seen, [[false, 'CERT_REVOKED']]);
  s.close();

  // DHE with a 1024-bit group: refused by the default minDHSize of... 1024? No: allowed
  // at 1024, refused when the client asks for 2048.
  const dhe = { ciphers: 'DHE-RSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' };
  s = server({ ...dhe, dhparam: dh1024 });
  port = await f.listen(s);
  assert.deepStrictEqual(await connect(port, dhe), {
    authorized: true, protocol: 'TLSv1.2', cipher: 'DHE-RSA-AES128-GCM-SHA256', key: { type: 'DH', size: 1024 },
  });
  assert.deepStrictEqual(await connect(port, { ...dhe, minDHSize: 2048 }),
    { error: 'ERR_TLS_DH_PARAM_SIZE', message: 'DH parameter size 1024 is less than 2048' });
  s.close();
  // 'auto': parameters to match the 2048-bit key.
  s = server({ ...dhe, dhparam: 'auto' });
  port = await f.listen(s);
  assert.deepStrictEqual((await connect(port, { ...dhe, minDHSize: 2048 })).key, { type: 'DH', size: 2048 });
  s.close();
  // Without dhparam the server has no DHE: the handshake fails.
  s = server(dhe);
  port = await f.listen(s);
  assert.ok((await connect(port, dhe)).error);
  s.close();

  // secureOptions: SSL_OP_NO_TLSv1_3 on the server leaves TLS 1.2.
  s = server({ secureOptions: crypto.constants.SSL_OP_NO_TLSv1_3 });
  port = await f.listen(s);
  assert.strictEqual((await connect(port, {})).protocol, 'TLSv1.2');
  s.close();

  // sigalgs: what the server accepts is what both sides share.
  let shared;
  s = server({ sigalgs: 'RSA-PSS+SHA256', maxVersion: 'TLSv1.2', requestCert: true, rejectUnauthorized: false, ca: f.ca },
    (sock) => { shared = sock.getSharedSigalgs(); sock.end(); });
  port = await f.listen(s);
  await connect(port, { key: f.clientKey, cert: f.clientCert, sigalgs: 'RSA-PSS+SHA256:RSA+SHA384' });
  assert.deepStrictEqual(shared, ['RSA-PSS+SHA256']);
  s.close();

  console.log('ok');
})();
