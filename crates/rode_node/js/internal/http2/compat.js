'use strict';
// node:http2's compatibility API: Http2ServerRequest / Http2ServerResponse, so a
// `(req, res)` handler written for node:http runs on an HTTP/2 server's streams.

const { Readable, Stream } = require('stream');

function codes() {
  return require('internal/errors').codes;
}

const kStream = Symbol('stream');
const kRequest = Symbol('request');
const kResponse = Symbol('response');
const kHeaders = Symbol('headers');
const kRawHeaders = Symbol('rawHeaders');
const kTrailers = Symbol('trailers');
const kRawTrailers = Symbol('rawTrailers');
const kState = Symbol('state');
const kAborted = Symbol('aborted');

const kConnectionHeaders = new Set([
  'connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding', 'proxy-connection',
  'keep-alive',
]);
const kValidToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kInvalidValueChar = /[^\t\x20-\x7e\x80-\xff]/;
let warnedConnection = false;

function assertValidHeader(name, value) {
  const { ERR_INVALID_HTTP_TOKEN, ERR_HTTP2_INVALID_HEADER_VALUE, ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED,
    ERR_INVALID_CHAR } = codes();
  if (name === '' || typeof name !== 'string' || name.indexOf(' ') >= 0) {
    throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
  if (name[0] === ':') throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
  if (!kValidToken.test(name)) throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, name);
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (kInvalidValueChar.test(String(v))) throw new ERR_INVALID_CHAR('header content', name);
  }
}

function connectionHeaderAllowed(name, value) {
  if (!kConnectionHeaders.has(name) || (name === 'te' && String(value) === 'trailers')) return true;
  if (!warnedConnection) {
    warnedConnection = true;
    process.emitWarning('The provided connection header is not valid, the value will be dropped ' +
      'from the header and will never be in use.', 'UnsupportedWarning');
  }
  return false;
}

// --- the request ----------------------------------------------------------------------------

function onStreamData(chunk) {
  const request = this[kRequest];
  if (request !== undefined && !request.push(chunk)) this.pause();
}

function onStreamTrailers(trailers, flags, rawTrailers) {
  const request = this[kRequest];
  if (request !== undefined) {
    Object.assign(request[kTrailers], trailers);
    request[kRawTrailers].push(...rawTrailers);
  }
}

function onStreamEnd() {
  const request = this[kRequest];
  if (request !== undefined) request.push(null);
}

function onStreamError() {
  // The stream's error reaches the program through the response's/request's 'close'
  // and 'aborted'; the stream itself has no other listener, so swallow it here.
}

function onStreamAbortedRequest() {
  const request = this[kRequest];
  if (request !== undefined && request[kState].closed === false) {
    request[kAborted] = true;
    request.emit('aborted');
  }
}

function onStreamCloseRequest() {
  const req = this[kRequest];
  if (req === undefined) return;
  const state = req[kState];
  state.closed = true;
  req.push(null);
  // Not reading: the body is dropped so 'end' and 'close' can come.
  if (!state.didRead && !req._readableState.resumeScheduled) req.resume();
  this[kRequest] = undefined;
  req.emit('close');
}

function onRequestPause() {
  this[kStream].pause();
}

function onRequestResume() {
  this[kStream].resume();
}

function resumeStream(stream) {
  stream.resume();
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, didRead: false };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    this[kAborted] = false;
    stream[kRequest] = this;
    stream.on('trailers', onStreamTrailers);
    stream.on('end', onStreamEnd);
    stream.on('error', onStreamError);
    stream.on('aborted', onStreamAbortedRequest);
    stream.on('close', onStreamCloseRequest);
    stream.on('timeout', () => this.emit('timeout'));
    this.on('pause', onRequestPause);
    this.on('resume', onRequestResume);
  }

  get aborted() { return this[kAborted]; }
  get complete() {
    return this[kAborted] || this.readableEnded || this[kState].closed || this[kStream].destroyed;
  }
  get stream() { return this[kStream]; }
  get headers() { return this[kHeaders]; }
  get rawHeaders() { return this[kRawHeaders]; }
  get trailers() { return this[kTrailers]; }
  get rawTrailers() { return this[kRawTrailers]; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get httpVersion() { return '2.0'; }
  get socket() {
    const stream = this[kStream];
    return stream.session ? stream.session.socket : undefined;
  }
  get connection() { return this.socket; }
  get method() { return this[kHeaders][':method']; }
  set method(method) {
    require('internal/validators').validateString(method, 'method');
    if (method.trim() === '') throw new (codes().ERR_INVALID_ARG_VALUE)('method', method);
    this[kHeaders][':method'] = method;
  }
  get authority() { return this[kHeaders][':authority']; }
  get scheme() { return this[kHeaders][':scheme']; }
  get url() { return this[kHeaders][':path']; }
  set url(url) { this[kHeaders][':path'] = url; }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }

  _read() {
    const state = this[kState];
    if (!state.closed) {
      if (!state.didRead) {
        state.didRead = true;
        this[kStream].on('data', onStreamData);
      } else {
        process.nextTick(resumeStream, this[kStream]);
      }
    } else if (!this.readableEnded) {
      this.push(null);
    }
  }
}

// --- the response ---------------------------------------------------------------------------

function onStreamTrailersReady() {
  const res = this[kResponse];
  this.sendTrailers(res ? res[kTrailers] : {});
}

function onStreamCloseResponse() {
  const res = this[kResponse];
  if (res === undefined) return;
  const state = res[kState];
  state.closed = true;
  this.removeListener('wantTrailers', onStreamTrailersReady);
  this[kResponse] = undefined;
  res.emit('finish');
  res.emit('close');
}

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super(options);
    this[kState] = {
      closed: false,
      ending: false,
      destroyed: false,
      headRequest: false,
      sendDate: true,
      statusCode: 200,
    };
    this[kHeaders] = { __proto__: null };
    this[kTrailers] = { __proto__: null };
    this[kStream] = stream;
    stream[kResponse] = this;
    this.writable = true;
    this.req = stream[kRequest];
    stream.on('drain', () => this.emit('drain'));
    stream.on('aborted', () => this.emit('aborted'));
    stream.on('close', onStreamCloseResponse);
    stream.on('wantTrailers', onStreamTrailersReady);
    stream.on('timeout', () => this.emit('timeout'));
  }

  get _header() { return this.headersSent; }
  get writableEnded() { return this[kState].ending; }
  get finished() { return this[kState].ending; }
  get writableCorked() { return this[kStream].writableCorked; }
  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }
  get writableFinished() { return this[kStream].writableFinished; }
  get writableLength() { return this[kStream].writableLength; }
  get socket() {
    if (this[kState].closed) return undefined;
    const stream = this[kStream];
    return stream.session ? stream.session.socket : undefined;
  }
  get connection() { return this.socket; }
  get stream() { return this[kStream]; }
  get headersSent() { return this[kStream].headersSent; }
  get sendDate() { return this[kState].sendDate; }
  set sendDate(bool) { this[kState].sendDate = Boolean(bool); }
  get statusCode() { return this[kState].statusCode; }
  set statusCode(code) {
    const { ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, ERR_HTTP2_STATUS_INVALID } = codes();
    code |= 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }
  get statusMessage() { return ''; }
  set statusMessage(msg) {
    process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)', 'UnsupportedWarning');
  }

  setTrailer(name, value) {
    require('internal/validators').validateString(name, 'name');
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    this[kTrailers][name] = value;
  }

  addTrailers(headers) {
    for (const key of Object.keys(headers)) this.setTrailer(key, headers[key]);
  }

  getHeader(name) {
    require('internal/validators').validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()];
  }

  getHeaderNames() {
    return Object.keys(this[kHeaders]);
  }

  getHeaders() {
    const headers = { __proto__: null };
    return Object.assign(headers, this[kHeaders]);
  }

  hasHeader(name) {
    require('internal/validators').validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()] !== undefined;
  }

  removeHeader(name) {
    require('internal/validators').validateString(name, 'name');
    if (this[kStream].headersSent) throw new (codes().ERR_HTTP2_HEADERS_SENT)();
    name = name.trim().toLowerCase();
    if (name === 'date') {
      this[kState].sendDate = false;
      return;
    }
    delete this[kHeaders][name];
  }

  setHeader(name, value) {
    require('internal/validators').validateString(name, 'name');
    if (this[kStream].headersSent) throw new (codes().ERR_HTTP2_HEADERS_SENT)();
    this._setHeader(name, value);
    return this;
  }

  _setHeader(name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!connectionHeaderAllowed(name, value)) return;
    if (name[0] === ':') throw new (codes().ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED)();
    this[kHeaders][name] = value;
  }

  appendHeader(name, value) {
    require('internal/validators').validateString(name, 'name');
    if (this[kStream].headersSent) throw new (codes().ERR_HTTP2_HEADERS_SENT)();
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!connectionHeaderAllowed(name, value)) return this;
    const existing = this[kHeaders][name];
    if (existing === undefined) {
      this[kHeaders][name] = value;
    } else {
      const list = Array.isArray(existing) ? existing : [existing];
      this[kHeaders][name] = list.concat(value);
    }
    return this;
  }

  setHeaders(headers) {
    if (this[kStream].headersSent) throw new (codes().ERR_HTTP2_HEADERS_SENT)();
    const entries = headers instanceof Map || (headers && typeof headers.entries === 'function' &&
      typeof headers.forEach === 'function') ? [...headers.entries()] : null;
    if (entries === null) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('headers', ['Headers', 'Map'], headers);
    }
    for (const [k, v] of entries) this.setHeader(k, v);
    return this;
  }

  flushHeaders() {
    const state = this[kState];
    if (!state.closed && !this[kStream].headersSent) this.writeHead(state.statusCode);
  }

  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this.stream.destroyed) return this;
    if (this[kStream].headersSent) throw new (codes().ERR_HTTP2_HEADERS_SENT)();
    if (typeof statusMessage === 'string') {
      this.statusMessage = statusMessage;
    } else if (statusMessage !== undefined && headers === undefined) {
      headers = statusMessage;
    }
    if (headers !== undefined && headers !== null) {
      if (Array.isArray(headers)) {
        if (headers.length > 0 && Array.isArray(headers[0])) {
          for (const [k, v] of headers) this.appendHeader(k, v);
        } else {
          if (headers.length % 2 !== 0) throw new (codes().ERR_INVALID_ARG_VALUE)('headers', headers);
          for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
        }
      } else {
        for (const k of Object.keys(headers)) this._setHeader(k, headers[k]);
      }
    }
    this.statusCode = statusCode;
    this._beginSend();
    return this;
  }

  _beginSend() {
    const state = this[kState];
    const headers = Object.assign({ __proto__: null }, this[kHeaders]);
    headers[':status'] = state.statusCode;
    const stream = this[kStream];
    stream.respond(headers, { waitForTrailers: true, sendDate: state.sendDate });
  }

  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    const { ERR_STREAM_WRITE_AFTER_END, ERR_HTTP2_INVALID_STREAM } = codes();
    let err;
    if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
    else if (state.closed) err = new ERR_HTTP2_INVALID_STREAM();
    else if (state.destroyed) return false;
    if (err) {
      if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    const stream = this[kStream];
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (stream.headRequest || stream.writableEnded) {
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    }
    return stream.write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    const stream = this[kStream];
    const state = this[kState];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (state.closed || stream.destroyed) onStreamCloseResponse.call(stream);
    else stream.end();
    return this;
  }

  destroy(err) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(err);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return this;
    this[kStream].setTimeout(msecs, callback);
    return this;
  }

  createPushResponse(headers, callback) {
    require('internal/validators').validateFunction(callback, 'callback');
    if (this[kState].closed) {
      process.nextTick(callback, new (codes().ERR_HTTP2_INVALID_STREAM)());
      return;
    }
    this[kStream].pushStream(headers, {}, (err, stream, headers, options) => {
      if (err) {
        callback(err);
        return;
      }
      callback(null, new Http2ServerResponse(stream, headers, options));
    });
  }

  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ':status': 100 });
    return true;
  }

  writeEarlyHints(hints) {
    require('internal/validators').validateObject(hints, 'hints');
    const headers = { __proto__: null, ':status': 103 };
    for (const key of Object.keys(hints)) headers[key.trim().toLowerCase()] = hints[key];
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders(headers);
    return true;
  }
}

function onServerStream(ServerRequest, ServerResponse, stream, headers, flags, rawHeaders) {
  const server = this;
  const request = new ServerRequest(stream, headers, undefined, rawHeaders);
  const response = new ServerResponse(stream);
  if (headers[':method'] === 'CONNECT') {
    if (!server.emit('connect', request, response)) {
      response.statusCode = 405;
      response.end();
    }
    return;
  }
  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation')) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = 417;
      response.end();
    }
    return;
  }
  server.emit('request', request, response);
}

module.exports = {
  onServerStream,
  Http2ServerRequest,
  Http2ServerResponse,
};
