'use strict';
// node:https — HTTP over TLS: the server is http's request handling on a tls.Server, the
// client is http's ClientRequest with an Agent whose connections are tls.connect() and which
// keeps TLS sessions per connection key for resumption.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const {
  Server: HttpServer, _connectionListener, storeHTTPOptions, setupConnectionsTracking,
  httpServerPreClose,
} = require('_http_server');
const { kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');

function errors() {
  return require('internal/errors');
}

// ---------------------------------------------------------------------------
// Server

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else if (typeof opts !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'object', opts);
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols) opts.ALPNProtocols = ['http/1.1'];

  storeHTTPOptions.call(this, opts);
  tls.Server.call(this, { noDelay: true, ...opts }, _connectionListener);

  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function addListener(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.on('listening', setupConnectionsTracking);
  this[kUniqueHeaders] = parseUniqueHeadersOption(opts.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

Server.prototype.closeAllConnections = HttpServer.prototype.closeAllConnections;
Server.prototype.closeIdleConnections = HttpServer.prototype.closeIdleConnections;
Server.prototype.setTimeout = HttpServer.prototype.setTimeout;
Server.prototype.close = function close() {
  httpServerPreClose(this);
  return tls.Server.prototype.close.apply(this, arguments);
};
Server.prototype[Symbol.asyncDispose] = HttpServer.prototype[Symbol.asyncDispose];

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---------------------------------------------------------------------------
// Agent

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

Agent.prototype.createConnection = function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;

  const key = options._agentKey;
  if (key) {
    const session = this._getSession(key);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (key) {
    socket.on('session', (session) => this._cacheSession(key, session));
    socket.once('close', (err) => {
      if (err) this._evictSession(key);
    });
  }
  return socket;
};

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

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0 || !session) return;
  const cache = this._sessionCache;
  if (cache.map[key]) {
    cache.map[key] = session;
    return;
  }
  // Drop the oldest entry when full.
  if (cache.list.length >= this.maxCachedSessions) {
    const oldest = cache.list.shift();
    delete cache.map[oldest];
  }
  cache.list.push(key);
  cache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const i = cache.list.indexOf(key);
  if (i === -1) return;
  cache.list.splice(i, 1);
  delete cache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---------------------------------------------------------------------------
// request / get

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    const { urlToHttpOptions } = require('url');
    options = urlToHttpOptions(new URL(args.shift()));
  } else if (args[0] instanceof URL) {
    const { urlToHttpOptions } = require('url');
    options = urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') {
    Object.assign(options, args.shift());
  }
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  const { ClientRequest } = require('_http_client');
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
