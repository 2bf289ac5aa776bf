// Certificate verification on the client: Node's codes and messages for an unknown issuer, a
// self-signed leaf, a self-signed CA in the sent chain, an expired certificate and a host name
// the certificate doesn't cover; rejectUnauthorized: false connects and reports the reason;
// the server sees the rejected handshakes as 'tlsClientError' ECONNRESET.
'use strict';
const assert = require('assert');
const tls = require('tls');
const f = require('./_fixtures');

async function attempt(serverOpts, clientOpts) {
  const server = tls.createServer(serverOpts, (s) => s.end());
  const serverErrors = [];
  server.on('tlsClientError', (e) => serverErrors.push(e.code));
  const port = await f.listen(server);
  const result = await new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', ...clientOpts }, () => {
      resolve({ ok: true, authorized: c.authorized, authorizationError: c.authorizationError });
      c.destroy();
    });
    c.on('error', (e) => resolve({ ok: false, code: e.code, message: e.message, keys: Object.keys(e) }));
  });
  // The server's view of a refused handshake arrives on its own schedule.
  if (!result.ok) {
    await new Promise((resolve) => {
      if (serverErrors.length) resolve();
      server.once('tlsClientError', () => setImmediate(resolve));
    });
  }
  await new Promise((resolve) => server.close(resolve));
  result.serverErrors = serverErrors;
  return result;
}

(async () => {
  const good = { key: f.key, cert: f.cert };
  assert.deepStrictEqual(await attempt(good, {}), {
    ok: false, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate',
    keys: ['code'], serverErrors: ['ECONNRESET'],
  });
  assert.deepStrictEqual(await attempt({ key: f.selfKey, cert: f.selfCert }, {}), {
    ok: false, code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate',
    keys: ['code'], serverErrors: ['ECONNRESET'],
  });
  assert.deepStrictEqual(await attempt({ key: f.key, cert: Buffer.concat([f.cert, f.ca]) }, {}), {
    ok: false, code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain',
    keys: ['code'], serverErrors: ['ECONNRESET'],
  });
  assert.deepStrictEqual(await attempt({ key: f.expiredKey, cert: f.expiredCert }, { ca: f.ca }), {
    ok: false, code: 'CERT_HAS_EXPIRED', message: 'certificate has expired',
    keys: ['code'], serverErrors: ['ECONNRESET'],
  });
  // `ca` replaces the default trust store: the wrong CA fails even for a good chain.
  assert.strictEqual((await attempt(good, { ca: f.selfCert })).code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');

  const mismatch = await attempt(good, { ca: f.ca, servername: 'foo.localhost' });
  assert.deepStrictEqual(mismatch, {
    ok: false, code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    message: "Hostname/IP does not match certificate's altnames: Host: foo.localhost. is not in " +
      "the cert's altnames: DNS:localhost, IP Address:127.0.0.1",
    keys: ['code', 'reason', 'host', 'cert'], serverErrors: ['ECONNRESET'],
  });

  // Not rejecting: connected, with the reason.
  const lax = await attempt(good, { rejectUnauthorized: false });
  assert.deepStrictEqual([lax.ok, lax.authorized, lax.authorizationError],
    [true, false, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);
  const laxName = await attempt(good, { ca: f.ca, servername: 'example.com', rejectUnauthorized: false });
  assert.deepStrictEqual([laxName.ok, laxName.authorized, laxName.authorizationError],
    [true, false, 'ERR_TLS_CERT_ALTNAME_INVALID']);

  // A custom checkServerIdentity decides.
  const custom = await attempt(good, {
    ca: f.ca, servername: 'anything', checkServerIdentity: (host, cert) => {
      assert.strictEqual(host, 'anything');
      assert.strictEqual(cert.subject.CN, 'localhost');
      return undefined;
    },
  });
  assert.deepStrictEqual([custom.ok, custom.authorized], [true, true]);
  const refused = await attempt(good, {
    ca: f.ca, checkServerIdentity: () => Object.assign(new Error('nope'), { code: 'E_NOPE' }),
  });
  assert.deepStrictEqual(refused.serverErrors, ['ECONNRESET']);
  assert.deepStrictEqual([refused.ok, refused.code, refused.message], [false, 'E_NOPE', 'nope']);

  // Good chain via the IP SAN and via the DNS SAN.
  assert.strictEqual((await attempt(good, { ca: f.ca })).authorized, true);
  assert.strictEqual((await attempt(good, { ca: f.ca, servername: 'localhost' })).authorized, true);
  console.log('ok');
})();
