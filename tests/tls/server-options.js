// tls.Server options: client certificates (requestCert / rejectUnauthorized), SNI through
// addContext() and SNICallback, a PKCS#12 identity with a passphrase, TLS over an existing
// socket (tls.connect({ socket })), and the API errors Node throws for bad options.
'use strict';
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const f = require('./_fixtures');

function session(port, opts) {
  return new Promise((resolve, reject) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca: f.ca, ...opts }, () => {
      const r = { authorized: c.authorized, cn: c.getPeerCertificate().subject.CN };
      c.end();
      c.on('close', () => resolve(r));
    });
    c.on('error', reject);
  });
}

(async () => {
  // Client certificates.
  const seen = [];
  const mtls = tls.createServer({ key: f.key, cert: f.cert, ca: f.ca, requestCert: true, rejectUnauthorized: false }, (s) => {
    const pc = s.getPeerCertificate();
    seen.push([s.authorized, s.authorizationError, pc.subject?.CN ?? null]);
    s.end();
  });
  let port = await f.listen(mtls);
  await session(port, { servername: 'localhost', key: f.clientKey, cert: f.clientCert });
  await session(port, { servername: 'localhost' });
  await session(port, { servername: 'localhost', key: f.selfKey, cert: f.selfCert });
  assert.deepStrictEqual(seen, [
    [true, null, 'rode client'],
    [false, 'UNABLE_TO_GET_ISSUER_CERT', null],
    [false, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'localhost'],
  ]);
  mtls.close();

  // SNI: addContext picks the certificate by name (wildcards allowed), else the default.
  const sni = tls.createServer({ key: f.selfKey, cert: f.selfCert }, (s) => s.end());
  sni.addContext('localhost', { key: f.key, cert: f.cert });
  sni.addContext('*.rode.test', tls.createSecureContext({ key: f.expiredKey, cert: f.expiredCert }));
  port = await f.listen(sni);
  const names = [];
  sni.on('secureConnection', (s) => names.push(s.servername));
  assert.deepStrictEqual(await session(port, { servername: 'localhost' }), { authorized: true, cn: 'localhost' });
  const other = await session(port, { servername: 'a.rode.test', rejectUnauthorized: false });
  assert.strictEqual(other.authorized, false);
  const def = await session(port, { servername: 'nothing.example', rejectUnauthorized: false });
  assert.deepStrictEqual(def, { authorized: false, cn: 'localhost' });
  assert.deepStrictEqual(names, ['localhost', 'a.rode.test', 'nothing.example']);
  sni.close();

  // SNICallback, called asynchronously; an error fails the handshake.
  const calls = [];
  const cb = tls.createServer({
    key: f.selfKey, cert: f.selfCert,
    SNICallback(name, done) {
      calls.push(name);
      if (name === 'bad.example') return setImmediate(done, new Error('no such host'));
      setImmediate(done, null, tls.createSecureContext({ key: f.key, cert: f.cert }));
    },
  }, (s) => s.end());
  const cbErrors = [];
  cb.on('tlsClientError', (e) => cbErrors.push(e.message));
  port = await f.listen(cb);
  assert.deepStrictEqual(await session(port, { servername: 'localhost' }), { authorized: true, cn: 'localhost' });
  await assert.rejects(session(port, { servername: 'bad.example' }), (e) => e.code === 'ECONNRESET');
  assert.deepStrictEqual(calls, ['localhost', 'bad.example']);
  await new Promise((r) => setTimeout(r, 20));
  assert.deepStrictEqual(cbErrors, ['no such host']);
  cb.close();

  // PKCS#12 with a passphrase.
  const pfx = tls.createServer({ pfx: f.pfx, passphrase: 'sesame' }, (s) => s.end());
  port = await f.listen(pfx);
  assert.deepStrictEqual(await session(port, { servername: 'localhost' }), { authorized: true, cn: 'localhost' });
  pfx.close();
  assert.throws(() => tls.createSecureContext({ pfx: f.pfx, passphrase: 'wrong' }),
    (e) => e.code === 'ERR_OSSL_PKCS12_MAC_VERIFY_FAILURE' || e.message.includes('mac verify failure'));

  // TLS over a socket the program connected itself.
  const echo = tls.createServer({ key: f.key, cert: f.cert }, (s) => s.pipe(s));
  port = await f.listen(echo);
  const raw = net.connect(port, '127.0.0.1');
  await new Promise((r) => raw.once('connect', r));
  const text = await new Promise((resolve, reject) => {
    const c = tls.connect({ socket: raw, ca: f.ca, servername: 'localhost' }, () => c.end('over a socket'));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve(got));
    c.on('error', reject);
  });
  assert.strictEqual(text, 'over a socket');
  echo.close();

  // Option errors.
  assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv9' }), {
    code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError',
    message: '"TLSv9" is not a valid minimum TLS protocol version',
  });
  assert.throws(() => tls.createSecureContext({ secureProtocol: 'foo' }), {
    code: 'ERR_TLS_INVALID_PROTOCOL_METHOD', name: 'TypeError', message: 'Unknown method: foo',
  });
  assert.throws(() => tls.createSecureContext({ ca: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ca" property must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (5)',
  });
  assert.throws(() => tls.createSecureContext({ key: 'garbage' }), {
    code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines', reason: 'unsupported',
  });
  assert.throws(() => tls.createSecureContext({ key: f.selfKey, cert: f.cert }), {
    code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH',
  });
  assert.throws(() => tls.createServer({ SNICallback: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new tls.Server({}).addContext('', {}), { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
  console.log('ok');
})();
