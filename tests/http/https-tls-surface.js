// node:https and node:tls load and have Node 20's shape (packages such as ws, fastify and
// socket.io require them at start-up): https.Agent is an http.Agent for port 443, the global
// agent's options, tls's constants.
'use strict';
const assert = require('assert');
const http = require('http');
const https = require('https');
const tls = require('tls');

assert.deepStrictEqual(Object.keys(https).sort(),
  ['Agent', 'Server', 'createServer', 'get', 'globalAgent', 'request']);
for (const name of ['connect', 'createServer', 'createSecureContext', 'checkServerIdentity',
  'getCiphers', 'TLSSocket', 'Server', 'SecureContext']) {
  assert.strictEqual(typeof tls[name], 'function', name);
}
assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
assert.ok(tls.DEFAULT_CIPHERS.startsWith('TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:'));

const agent = new https.Agent({ keepAlive: true, maxSockets: 3 });
assert.ok(agent instanceof http.Agent);
assert.strictEqual(agent.defaultPort, 443);
assert.strictEqual(agent.protocol, 'https:');
assert.strictEqual(agent.maxSockets, 3);
assert.strictEqual(agent.keepAlive, true);
assert.strictEqual(agent.maxCachedSessions, 100);
assert.strictEqual(new https.Agent({ maxCachedSessions: 5 }).maxCachedSessions, 5);
assert.strictEqual(https.globalAgent.defaultPort, 443);
assert.strictEqual(https.globalAgent.keepAlive, true);
assert.strictEqual(https.globalAgent.options.timeout, 5000);
assert.strictEqual(https.globalAgent.getName({ host: 'a', port: 1 }), 'a:1:' + ':'.repeat(20));
assert.strictEqual(https.globalAgent.getName({
  host: 'a', port: 1, ca: 'C', rejectUnauthorized: false, servername: 's', sigalgs: ['x'],
  secureOptions: 0, honorCipherOrder: false, privateKeyEngine: 'E',
}), 'a:1::C::::::false:s:::::false:::0::["x"]::E');
assert.strictEqual(https.globalAgent.getName({ host: 'a', servername: 'a' }), 'a::' + ':'.repeat(20));
