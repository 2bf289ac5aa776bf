// tlsSocket.getCertificate() / getX509Certificate(): the local certificate on the server and
// on a client that presents one; {} and undefined without one; null and undefined once the
// socket has closed. getSharedSigalgs() on a socket that has none yet.
'use strict';
const assert = require('assert');
const tls = require('tls');
const f = require('./_fixtures');

(async () => {
  let server;
  const s = tls.createServer({ key: f.key, cert: f.cert }, (sock) => {
    const c = sock.getCertificate();
    const x = sock.getX509Certificate();
    server = {
      cn: c.subject.CN,
      serial: c.serialNumber,
      sameAsX509: c.fingerprint256 === x.fingerprint256,
      keys: Object.keys(c),
      issuerCertificate: c.issuerCertificate,
      raw: c.raw.equals(x.raw),
    };
    sock.end();
  });
  const port = await f.listen(s);
  const opts = { port, host: '127.0.0.1', servername: 'localhost', ca: f.ca };

  await new Promise((resolve) => {
    const c = tls.connect(opts, () => {
      assert.deepStrictEqual(c.getCertificate(), {});
      assert.strictEqual(c.getX509Certificate(), undefined);
      c.end();
      c.on('close', () => {
        assert.strictEqual(c.getCertificate(), null);
        assert.strictEqual(c.getX509Certificate(), undefined);
        assert.strictEqual(c.getSharedSigalgs(), null);
        resolve();
      });
    });
  });
  assert.deepStrictEqual(server, {
    cn: 'localhost',
    serial: '1001',
    sameAsX509: true,
    keys: ['subject', 'issuer', 'subjectaltname', 'ca', 'modulus', 'bits', 'exponent', 'pubkey',
      'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage',
      'serialNumber', 'raw'],
    issuerCertificate: undefined,
    raw: true,
  });

  await new Promise((resolve) => {
    const c = tls.connect({ ...opts, key: f.clientKey, cert: f.clientCert }, () => {
      const o = c.getCertificate();
      assert.strictEqual(o.subject.CN, 'rode client');
      assert.strictEqual(o.issuer.CN, 'Rode Test CA');
      assert.strictEqual(o.bits, 2048);
      assert.strictEqual(o.serialNumber, '1002');
      assert.strictEqual(c.getX509Certificate().subject, 'O=Rode Test\nCN=rode client');
      c.end();
      c.on('close', resolve);
    });
  });
  s.close();
  console.log('ok');
})();
