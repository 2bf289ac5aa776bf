'use strict';
// node:tls — placeholder until TLS is implemented (issue 5's https/tls part). It loads, so
// packages that require it at start-up without using TLS (ws, fastify, socket.io) work; its
// constants are Node 20's; everything that needs a TLS engine throws ERR_NOT_IMPLEMENTED
// naming the API.

function notImplemented(name) {
  return function() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)(name);
  };
}

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:' +
  '!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers: notImplemented('tls.getCiphers()'),
  get rootCertificates() {
    return notImplemented('tls.rootCertificates')();
  },
  convertALPNProtocols: notImplemented('tls.convertALPNProtocols()'),
  checkServerIdentity: notImplemented('tls.checkServerIdentity()'),
  createSecureContext: notImplemented('tls.createSecureContext()'),
  SecureContext: notImplemented('tls.SecureContext'),
  TLSSocket: notImplemented('tls.TLSSocket'),
  Server: notImplemented('tls.Server'),
  createServer: notImplemented('tls.createServer()'),
  connect: notImplemented('tls.connect()'),
  createSecurePair: notImplemented('tls.createSecurePair()'),
};
