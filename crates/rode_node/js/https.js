'use strict';
// node:https — placeholder until TLS is implemented (issue 5's https/tls part). It loads, so
// packages that require it at start-up without using TLS (ws, fastify, socket.io) work:
// `Agent`/`globalAgent` exist with Node's fields; requests and servers throw
// ERR_NOT_IMPLEMENTED naming the API.

const { Agent: HttpAgent } = require('_http_agent');

function notImplemented(name) {
  return function() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)(name);
  };
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = notImplemented('https.Agent.prototype.createConnection()');

// The pool key: http's, then the TLS options that make a connection different, each after a
// ':' (Node's order).
const nameParts = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder',
  'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs',
  'privateKeyIdentifier', 'privateKeyEngine'];
const setIfDefined = new Set(['rejectUnauthorized', 'honorCipherOrder', 'secureOptions']);

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const part of nameParts) {
    name += ':';
    const v = options[part];
    if (setIfDefined.has(part)) {
      if (v !== undefined) name += v;
    } else if (part === 'servername') {
      if (v && v !== options.host) name += v;
    } else if (part === 'sigalgs') {
      if (v) name += JSON.stringify(v);
    } else if (v) {
      name += v;
    }
  }
  return name;
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = {
  Agent,
  globalAgent,
  Server: notImplemented('https.Server'),
  createServer: notImplemented('https.createServer()'),
  get: notImplemented('https.get()'),
  request: notImplemented('https.request()'),
};
