// A TLS server and client on 127.0.0.1 with the test CA: data both ways, the negotiated
// protocol and cipher, ALPN, servername, the peer certificate in Node's object shape (chain
// linked to the self-signed CA), session tickets and resumption, and close_notify ends.
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');
const f = require('./_fixtures');

const serverSeen = [];
const server = tls.createServer({ key: f.key, cert: f.cert, ALPNProtocols: ['h2', 'x-rode'] }, (s) => {
  serverSeen.push([s.encrypted, s.authorized, s.servername, s.alpnProtocol, s.getProtocol()]);
  s.setEncoding('utf8');
  let got = '';
  s.on('data', (d) => {
    got += d;
    if (got.endsWith('!')) s.end(`echo:${got}`);
  });
});

function connect(port, opts) {
  return new Promise((resolve, reject) => {
    const sessions = [];
    const c = tls.connect({ port, host: '127.0.0.1', ca: f.ca, servername: 'localhost', ...opts }, () => {
      c.write('hello ');
      c.write(Buffer.from('world!'));
    });
    let data = '';
    c.on('session', (s) => sessions.push(s));
    c.on('data', (d) => { data += d; });
    c.on('end', () => resolve({ c, data, sessions }));
    c.on('error', reject);
  });
}

(async () => {
  const port = await f.listen(server);
  const { c, data, sessions } = await connect(port, { ALPNProtocols: ['x-rode', 'http/1.1'] });
  assert.strictEqual(data, 'echo:hello world!');
  assert.strictEqual(c.authorized, true);
  assert.strictEqual(c.authorizationError, null);
  assert.strictEqual(c.encrypted, true);
  assert.strictEqual(c.alpnProtocol, 'x-rode');
  assert.strictEqual(c.servername, 'localhost');
  assert.strictEqual(c.getProtocol(), 'TLSv1.3');
  assert.deepStrictEqual(c.getCipher(), {
    name: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384', version: 'TLSv1.3',
  });
  assert.deepStrictEqual(c.getEphemeralKeyInfo(), { type: 'ECDH', name: 'X25519', size: 253 });
  assert.strictEqual(c.isSessionReused(), false);
  assert.ok(sessions.length >= 1 && Buffer.isBuffer(sessions[0]));
  assert.deepStrictEqual(serverSeen[0], [true, false, 'localhost', 'x-rode', 'TLSv1.3']);
  assert.strictEqual(c.remoteAddress, '127.0.0.1');
  assert.strictEqual(c.remotePort, port);

  const pc = c.getPeerCertificate(true);
  assert.deepStrictEqual(Object.keys(pc), ['subject', 'issuer', 'subjectaltname', 'ca', 'modulus',
    'bits', 'exponent', 'pubkey', 'valid_from', 'valid_to', 'fingerprint', 'fingerprint256',
    'fingerprint512', 'ext_key_usage', 'serialNumber', 'raw', 'issuerCertificate']);
  assert.deepStrictEqual({ ...pc.subject }, { C: 'US', ST: 'CA', L: 'SF', O: 'Rode Test', CN: 'localhost' });
  assert.strictEqual(Object.getPrototypeOf(pc.subject), null);
  assert.deepStrictEqual({ ...pc.issuer }, { C: 'US', O: 'Rode Test', CN: 'Rode Test CA' });
  assert.strictEqual(pc.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
  assert.strictEqual(pc.ca, false);
  assert.strictEqual(pc.bits, 2048);
  assert.strictEqual(pc.exponent, '0x10001');
  assert.strictEqual(pc.serialNumber, '1001');
  assert.deepStrictEqual(pc.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
  const x509 = new crypto.X509Certificate(f.cert);
  assert.strictEqual(pc.valid_from, x509.validFrom);
  assert.strictEqual(pc.valid_to, x509.validTo);
  assert.strictEqual(pc.fingerprint, x509.fingerprint);
  assert.strictEqual(pc.fingerprint256, x509.fingerprint256);
  assert.strictEqual(pc.fingerprint512, x509.fingerprint512);
  assert.ok(pc.raw.equals(x509.raw));
  assert.ok(pc.pubkey.equals(x509.publicKey.export({ type: 'spki', format: 'der' })));
  assert.strictEqual(pc.modulus, x509.publicKey.export({ format: 'jwk' }).n &&
    Buffer.from(x509.publicKey.export({ format: 'jwk' }).n, 'base64url').toString('hex').toUpperCase());
  const issuer = pc.issuerCertificate;
  assert.strictEqual(issuer.subject.CN, 'Rode Test CA');
  assert.strictEqual(issuer.ca, true);
  assert.strictEqual(issuer.issuerCertificate, issuer);
  assert.strictEqual(c.getPeerCertificate().issuerCertificate, undefined);
  assert.ok(c.getPeerX509Certificate().raw.equals(x509.raw));

  // Resumption with the session from the first connection.
  const again = await connect(port, { session: sessions[sessions.length - 1] });
  assert.strictEqual(again.data, 'echo:hello world!');
  assert.strictEqual(again.c.isSessionReused(), true);
  assert.strictEqual(again.c.authorized, true);

  // TLS 1.2 only, with a chosen cipher.
  const v12 = await connect(port, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });
  assert.strictEqual(v12.c.getProtocol(), 'TLSv1.2');
  assert.deepStrictEqual(v12.c.getCipher(), {
    name: 'ECDHE-RSA-AES128-GCM-SHA256', standardName: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    version: 'TLSv1.2',
  });
  assert.strictEqual(v12.c.alpnProtocol, false);
  assert.strictEqual(v12.c.getFinished().length, 12);
  assert.strictEqual(v12.c.getPeerFinished().length, 12);
  const km = v12.c.exportKeyingMaterial(16, 'EXPERIMENTAL-rode');
  assert.strictEqual(km.length, 16);

  // A connection to the IP without servername: no SNI, identity checked against the IP SAN.
  const ip = await connect(port, { servername: undefined });
  assert.strictEqual(ip.c.servername, false);
  assert.strictEqual(ip.c.authorized, true);
  server.close(() => console.log('ok'));
})();
