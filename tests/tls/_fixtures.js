// Keys and certificates for the tls and https tests (made once with the openssl CLI; see
// fixtures/README): a CA, a server certificate for localhost/127.0.0.1 signed by it, a client
// certificate signed by it, a self-signed certificate, an expired one, and the server's key and
// chain as PKCS#12 (passphrase "sesame").
'use strict';
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures');
const read = (name) => fs.readFileSync(path.join(dir, name));

module.exports = {
  dir,
  ca: read('ca-cert.pem'),
  key: read('server-key.pem'),
  cert: read('server-cert.pem'),
  clientKey: read('client-key.pem'),
  clientCert: read('client-cert.pem'),
  selfKey: read('self-key.pem'),
  selfCert: read('self-cert.pem'),
  expiredKey: read('expired-key.pem'),
  expiredCert: read('expired-cert.pem'),
  pfx: read('server.pfx'),
  // Resolves with the listening server's port.
  listen(server) {
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  },
};
