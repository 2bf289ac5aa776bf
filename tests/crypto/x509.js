'use strict';
// X509Certificate: fields of a certificate made with the openssl CLI (fixtures/cert.pem),
// compared with what Node 20 reports, host/email/IP checks, signature checks and errors.

const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const util = require('util');
const { throwsLike } = require('./_util');

const pem = fs.readFileSync(path.join(__dirname, 'fixtures', 'cert.pem'));
const keyPem = fs.readFileSync(path.join(__dirname, 'fixtures', 'cert-key.pem'));
const x = new crypto.X509Certificate(pem);

const expected = {
  ca: true,
  fingerprint: '87:F0:F5:B5:60:6F:E8:FE:C9:3C:E7:19:B2:B1:8A:A5:B6:7B:90:E5',
  fingerprint256:
    '2C:FE:14:32:FA:4F:21:BD:8A:3A:5C:F6:0B:54:A4:4B:B2:91:0E:CB:8F:' +
    '3B:69:55:F6:14:76:C3:61:2A:F1:B6',
  fingerprint512:
    '12:1F:92:56:15:7B:C2:E0:A8:C9:9D:7A:7A:A5:FA:E7:BA:B2:95:D2:5F:' +
    '82:D2:94:82:66:2A:B1:BE:F8:F1:A0:52:F9:46:86:ED:A7:00:2D:BB:DB:' +
    'B0:9F:43:28:A8:E5:FB:04:BA:22:1C:36:0F:1F:2B:0B:B8:AB:D9:DF:69:' +
    '89',
  infoAccess: 'OCSP - URI:http://ocsp.rode.example/',
  issuer: 'C=US\nST=California\nO=Rode Test\nCN=rode.example',
  keyUsage: ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'],
  serialNumber: '65E4938EB1B7A0E7609912F6BBDEAEDEF17E4A90',
  subject: 'C=US\nST=California\nO=Rode Test\nCN=rode.example',
  subjectAltName:
    'DNS:rode.example, DNS:*.rode.example, IP Address:' +
    '127.0.0.1, email:ops@rode.example',
  validFrom: 'Nov 26 10:18:03 2026 GMT',
  validTo: 'Nov 23 10:18:03 2036 GMT',
};
for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(x[k], v, k);
assert.strictEqual(x.issuerCertificate, undefined);
assert.strictEqual(x.toString(), pem.toString());
assert.strictEqual(x.toJSON(), pem.toString());
assert.deepStrictEqual(Object.keys(x), []);
assert.strictEqual(x.publicKey.type, 'public');
assert.strictEqual(x.publicKey.asymmetricKeyType, 'ec');
assert.ok(x.publicKey.equals(crypto.createPublicKey(keyPem)));
assert.ok(x.publicKey.equals(crypto.createPublicKey(pem)));

// DER in, same certificate.
const der = new crypto.X509Certificate(x.raw);
assert.strictEqual(der.fingerprint256, x.fingerprint256);
assert.strictEqual(x.raw.length, 651);

// Checks.
assert.strictEqual(x.checkHost('rode.example'), 'rode.example');
assert.strictEqual(x.checkHost('a.rode.example'), '*.rode.example');
assert.strictEqual(x.checkHost('a.rode.example', { wildcards: false }), undefined);
assert.strictEqual(x.checkHost('nope.com'), undefined);
assert.strictEqual(x.checkEmail('ops@rode.example'), 'ops@rode.example');
assert.strictEqual(x.checkEmail('x@rode.example'), undefined);
assert.strictEqual(x.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(x.checkIP('1.2.3.4'), undefined);
assert.strictEqual(x.checkIssued(x), true);
assert.strictEqual(x.verify(x.publicKey), true);
assert.strictEqual(x.verify(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey),
                   false);
assert.strictEqual(x.checkPrivateKey(crypto.createPrivateKey(keyPem)), true);

assert.match(util.inspect(x), /^X509Certificate \{\n {2}subject: 'C=US\\nST=California/);

throwsLike(() => new crypto.X509Certificate('garbage'), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
});
throwsLike(() => new crypto.X509Certificate(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
throwsLike(() => x.checkHost('a', { subject: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.subject' is invalid. Received 'x'",
});
throwsLike(() => x.checkIssued({}), { code: 'ERR_INVALID_ARG_TYPE' });
throwsLike(() => x.verify(crypto.createPrivateKey(keyPem)), { code: 'ERR_INVALID_ARG_VALUE' });
