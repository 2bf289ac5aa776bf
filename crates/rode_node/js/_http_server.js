'use strict';
// node:_http_server — http.Server (a net.Server) and ServerResponse. Each connection gets a
// parser (internalBinding('http_parser')) fed from the socket's data; requests are queued
// for pipelining, responses are assigned to the socket one at a time, keep-alive and the
// server's timeouts are Node's.

const net = require('net');
const EventEmitter = require('events');
const { HTTPParser, continueExpression, chunkExpression, prepareIncoming, freeParser,
  kIncomingMessage } = require('_http_common');
const { IncomingMessage, readStart, readStop, pushEnd, settleDumped, isUnbuilt } =
  require('_http_incoming');
const { OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders, parseUniqueHeadersOption,
  kBeforeFinish, restoreOutgoingShape } = require('_http_outgoing');
const { _checkInvalidHeaderChar: checkInvalidHeaderChar } = require('internal/http/tokens');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kRequestStart = Symbol('kRequestStart');
const kHeadersDone = Symbol('kHeadersDone');
// The request clock: a monotonic millisecond count (the global `performance.now()` checks
// its receiver first, which costs more than the rest of socketOnData).
const { hrtimeMs } = internalBinding('timers');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently',
  302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
  412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

// Status lines with the standard reason phrase, built once per code.
const statusLines = { __proto__: null };

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}

// ---------------------------------------------------------------------------
// ServerResponse

// The connection a response belongs to, when a Server made it (see parserOnIncoming).
const kConnState = Symbol('kConnState');

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;
ServerResponse.prototype[kConnState] = null;

ServerResponse.prototype[require('internal/http/own-shape').kRestoreShape] =
  function restoreServerResponseShape() {
    const state = this[kConnState];
    if (state !== null && !Object.hasOwn(this, '_onPendingData')) {
      // What Node has there (the prototype's method does the same).
      this._onPendingData = updateOutgoingData.bind(undefined, state.socket, state);
    }
    if (!Object.hasOwn(this, '_maxRequestsPerSocket') && Object.hasOwn(this, kConnState)) {
      this._maxRequestsPerSocket = state.server.maxRequestsPerSocket;
    }
    restoreOutgoingShape(this, ['req', '_sent100', '_expect_continue', '_maxRequestsPerSocket'],
      [kConnState, kBeforeFinish]);
  };

// Queued output of a response waiting for its turn on the connection counts towards the
// connection's backpressure.
ServerResponse.prototype._onPendingData = function _onPendingData(delta) {
  const state = this[kConnState];
  if (state !== null) updateOutgoingData(state.socket, state, delta);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

// A Server's connections close their current response from their own 'close' listener
// (socketOnClose); other sockets get a listener per response, as in Node.
ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new (errors().codes.ERR_HTTP_SOCKET_ASSIGNED)();
  socket._httpMessage = this;
  if (socket[kConnState] === undefined) socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket[kConnState] === undefined) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  validators().validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validators().validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new (errors().codes.ERR_HTTP_HEADERS_SENT)('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new (errors().codes.ERR_HTTP_INVALID_STATUS_CODE)(originalStatusCode);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new (errors().codes.ERR_INVALID_ARG_VALUE)('headers', obj);
      // Node 20: each pair is a setHeader, so a later spelling of a name replaces an earlier.
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n + 0];
        if (k) this.setHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  let statusLine;
  const statusMessage = this.statusMessage;
  if (statusMessage === STATUS_CODES[statusCode]) {
    statusLine = statusLines[statusCode] ??= `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
  } else {
    if (checkInvalidHeaderChar(statusMessage)) {
      throw new (errors().codes.ERR_INVALID_CHAR)('statusMessage');
    }
    statusLine = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
  }

  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---------------------------------------------------------------------------
// Server

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validators().validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validators().validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validators().validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validators().validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }

  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)('headersTimeout', '<= requestTimeout', headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validators().validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validators().validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validators().validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validators().validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validators().validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);

  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }

  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });

  if (requestListener) this.on('request', requestListener);

  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, ...args) {
  switch (event) {
    case 'request': {
      const { 1: res } = args;
      if (!res.headersSent && !res.writableEnded) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      net.Server.prototype[EventEmitter.captureRejectionSymbol].apply(this, [err, event, ...args]);
  }
};

function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new Set();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0 && (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kConnectionsCheckingInterval] =
      setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

// Expires requests whose headers or whole body took longer than headersTimeout/requestTimeout.
function checkConnections() {
  const now = hrtimeMs();
  for (const socket of this[kConnections]) {
    const start = socket[kRequestStart];
    if (start === undefined || socket.destroyed) continue;
    const headersLate = this.headersTimeout > 0 && !socket[kHeadersDone] &&
      now - start > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && now - start > this.requestTimeout;
    if (headersLate || requestLate) {
      socket[kRequestStart] = undefined;
      socketOnError.call(socket, new (errors().codes.ERR_HTTP_REQUEST_TIMEOUT)());
    }
  }
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close() {
  httpServerPreClose(this);
  return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype[Symbol.asyncDispose] = async function() {
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const socket of this[kConnections]) {
    if (!socket._httpMessage && !(socket.parser && socket.parser.incoming && !socket.parser.incoming.complete) &&
        socket[kRequestStart] === undefined) {
      socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

function connectionListenerInternal(server, socket) {
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = new HTTPParser(HTTPParser.REQUEST, server.maxHeaderSize);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  const state = {
    socket,
    server,
    resOptions: {
      highWaterMark: socket.writableHighWaterMark,
      rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
    },
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    outgoing: [],
    incoming: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    pending: [],
  };
  parser.handlers = {
    onHeaders(p, e) {
      const req = prepareIncoming(socket, e, server[kIncomingMessage]);
      socket[kHeadersDone] = true;
      if (server.joinDuplicateHeaders !== undefined) {
        req.joinDuplicateHeaders = server.joinDuplicateHeaders;
      }
      req.method = e[4];
      req.url = e[5];
      p.incoming = req;
      parserOnIncoming(server, socket, state, req, e[9], e[10]);
    },
    onBody(p, b) {
      const stream = p.incoming;
      if (stream === null || stream._dumped) return;
      if (!stream.push(b)) readStop(socket);
    },
    onComplete(p, trailers) {
      const stream = p.incoming;
      socket[kRequestStart] = undefined;
      socket[kHeadersDone] = false;
      if (stream !== null) {
        stream.complete = true;
        if (trailers.length) stream._addHeaderLines(trailers, trailers.length);
        pushEnd(stream);
      }
      readStart(socket);
    },
    onError(p, err) {
      socketOnError.call(socket, err);
    },
    onUpgrade(p, bodyHead) {
      onUpgrade(server, socket, p, state, bodyHead);
    },
  };
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  // The parser takes a socket's data directly (no 'data' events, as in Node); any other
  // Duplex given as a connection (`server.emit('connection', stream)`) through 'data'.
  if (socket instanceof net.Socket) net._setConsumer(socket, state.onData);
  else socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  socket[kConnState] = state;
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);
  socket._paused = false;
  if (server[kConnections]) {
    server[kConnections].add(socket);
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
    while (state.pending.length && !socket._paused && socket.parser) {
      state.onData(state.pending.shift());
    }
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  const parser = socket.parser;
  if (parser) freeParser(parser, null, socket);
  socket.server[kConnections]?.delete(socket);
  abortIncoming(state.incoming);
  // What Node's per-response 'close' listener does (see assignSocket).
  if (socket._httpMessage) onServerResponseClose.call(socket);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(new (errors().ConnResetException)('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ok = socket.parser ? parser.finish() : true;
  if (!ok) return;
  if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  if (!socket.parser) return;
  if (socket._paused) {
    // Paused for backpressure (responses not yet written): parse these bytes on resume.
    state.pending.push(d);
    return;
  }
  if (socket[kRequestStart] === undefined) socket[kRequestStart] = hrtimeMs();
  // As Node: a request asking for an upgrade is an ordinary request unless the server has
  // an 'upgrade' listener; CONNECT always switches (and closes without a 'connect' listener).
  parser.setUpgradeMask(server._events?.upgrade !== undefined ? 3 : 2);
  parser.execute(d);
}

function onUpgrade(server, socket, parser, state, bodyHead) {
  const req = parser.incoming;
  socket[kRequestStart] = undefined;
  if (socket instanceof net.Socket) net._setConsumer(socket, null);
  else socket.removeListener('data', state.onData);
  socket.removeListener('end', state.onEnd);
  socket.removeListener('close', state.onClose);
  socket.removeListener('drain', state.onDrain);
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  freeParser(parser, req, socket);
  socket[kConnState] = undefined;
  server[kConnections]?.delete(socket);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(eventName) > 0) {
    socket.readableFlowing = null;
    server.emit(eventName, req, socket, bodyHead);
  } else {
    socket.destroy();
  }
}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = requestHeaderFieldsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = requestTimeoutResponse;
          break;
        default:
          response = badRequestResponse;
          break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function noop() {}

function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
}

function onSocketPause() {}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  // The keep-alive timeout is off while a request is served; suspending it is setTimeout(0)
  // without taking the timer out of its list and putting it back after the response.
  if (server.timeout || !net._suspendTimeout(socket)) socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

// `seen`: bit 1 the request has a Host header, bit 2 an Expect header (from the parser).
function parserOnIncoming(server, socket, state, req, keepAlive, seen) {
  resetSocketTimeout(server, socket, state);

  // An upgrade or CONNECT: the 'upgrade'/'connect' event follows, no 'request'.
  if (req.upgrade) return 2;

  state.incoming.push(req);

  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, state.resOptions);
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (server.maxRequestsPerSocket) res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res[kConnState] = state;
  // As Node: the parser's verdict, also over the constructor's false for HTTP/1.0.
  if (res.shouldKeepAlive !== keepAlive) res.shouldKeepAlive = keepAlive;
  if (server[kUniqueHeaders]) res[kUniqueHeaders] = server[kUniqueHeaders];

  if (socket._httpMessage) {
    state.outgoing.push(res);
  } else {
    res.assignSocket(socket);
  }

  // Node's first 'finish' listener.
  res[kBeforeFinish] = resOnFinish;

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && (seen & 1) === 0) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const isRequestsLimitSet = typeof server.maxRequestsPerSocket === 'number' &&
      server.maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if ((seen & 2) !== 0) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }

  if (!handled) server.emit('request', req, res);
  return 0;
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket?.parser;
  if (parser && parser.incoming === req) {
    // Unbuilt after _dump(): its end is settled (see _http_incoming).
    if (isUnbuilt(req) || req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

const kKeepAliveTimeoutBuffer = 1000;

function resOnFinish(res) {
  const req = res.req;
  const state = res[kConnState];
  const socket = state.socket;
  const server = state.server;
  if (state.incoming.length && state.incoming[0] === req) state.incoming.shift();
  else {
    const i = state.incoming.indexOf(req);
    if (i !== -1) state.incoming.splice(i, 1);
  }
  if (!req._consuming && (isUnbuilt(req) || !req._readableState.resumeScheduled)) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    // As Node, the socket's timeout is a second longer than the advertised one, so that a
    // client reusing the connection at the last moment doesn't meet a closed socket.
    const ka = server.keepAliveTimeout && server.keepAliveTimeout + kKeepAliveTimeoutBuffer;
    if (ka && typeof socket.setTimeout === 'function') {
      if (!net._resumeTimeout(socket, ka)) socket.setTimeout(ka);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function emitCloseNT(self) {
  if (self.req) settleDumped(self.req);
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};
