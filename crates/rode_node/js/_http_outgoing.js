'use strict';
// node:_http_outgoing — OutgoingMessage, the base of ServerResponse and ClientRequest:
// header storage (case kept as written), the header block with Node's implicit
// Date/Connection/Keep-Alive/Content-Length/Transfer-Encoding lines, chunked framing, and
// writes buffered until a socket is assigned.

const Stream = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar,
  chunkExpression: RE_TE_CHUNKED } = require('internal/http/tokens');

const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kIsCorked = Symbol('kIsCorked');
// The head holds a character above 0x7F (a Latin-1 reason or value): it can't share a
// UTF-8 write with the body (see end()).
const kHeadNotAscii = Symbol('kHeadNotAscii');

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlf = '\r\n';
let netModule;
function tryDirectWrite(socket, data, encoding, cb) {
  netModule ??= require('net');
  return netModule._tryDirectWrite(socket, data, encoding, cb);
}

function errors() {
  return require('internal/errors');
}

let utcCache;
function utcDate() {
  if (!utcCache) {
    utcCache = new Date().toUTCString();
    setTimeout(resetCache, 1000 - new Date().getMilliseconds()).unref();
  }
  return utcCache;
}
function resetCache() {
  utcCache = undefined;
}

// Header names already found valid (most responses repeat a few names): a lookup instead
// of a regular expression. Bounded, so odd names can't grow it without limit.
let validNames = { __proto__: null };
let validNamesCount = 0;

function validateHeaderName(name, label) {
  if (typeof name === 'string' && validNames[name] === true) return;
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw errors().trimStack(new (errors().codes.ERR_INVALID_HTTP_TOKEN)(label || 'Header name', name), validateHeaderName);
  }
  if (validNamesCount === 256) {
    validNames = { __proto__: null };
    validNamesCount = 0;
  }
  validNames[name] = true;
  validNamesCount++;
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw errors().trimStack(new (errors().codes.ERR_HTTP_INVALID_HEADER_VALUE)(value, name), validateHeaderValue);
  }
  if (checkInvalidHeaderChar(value)) {
    throw errors().trimStack(new (errors().codes.ERR_INVALID_CHAR)('header content', name), validateHeaderValue);
  }
}

// No output queued: a frozen empty array shared by every message until one queues data.
const kNoOutput = Object.freeze([]);

// A message sets only what differs from the defaults on the prototype below: property stores
// are the dear part of creating an object in QuickJS. Its EventEmitter state is made by the
// first listener (events.js allows `_events` to be undefined).
function OutgoingMessage(options) {
  this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark();
  if (options?.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.assign(OutgoingMessage.prototype, {
  outputData: kNoOutput,
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  [kBytesWritten]: 0,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  [kNeedDrain]: false,
  finished: false,
  _headerSent: false,
  [kCorked]: 0,
  [kChunkedBuffer]: kNoOutput,
  [kChunkedLength]: 0,
  _closed: false,
  socket: null,
  _header: null,
  [kOutHeaders]: null,
  [kUniqueHeaders]: null,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  [kErrored]: null,
  [kRejectNonStandardBodyWrites]: false,
  [kHeadNotAscii]: false,
});

function defineGetter(name, get, set) {
  Object.defineProperty(OutgoingMessage.prototype, name, {
    __proto__: null, get, set, configurable: true, enumerable: false,
  });
}

defineGetter('errored', function() { return this[kErrored]; });
defineGetter('closed', function() { return this._closed; });
defineGetter('writableFinished', function() {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
defineGetter('writableObjectMode', function() { return false; });
defineGetter('writableLength', function() {
  return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0);
});
defineGetter('writableHighWaterMark', function() {
  return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
});
defineGetter('writableCorked', function() { return this[kCorked]; });
defineGetter('writableEnded', function() { return this.finished; });
defineGetter('writableNeedDrain', function() { return !this.destroyed && !this.finished && this[kNeedDrain]; });
defineGetter('connection', function() { return this.socket; }, function(val) { this.socket = val; });
defineGetter('headersSent', function() { return !!this._header; });

Object.defineProperty(OutgoingMessage.prototype, '_headerNames', {
  __proto__: null,
  get() {
    const headers = this[kOutHeaders];
    if (headers === null) return null;
    const out = { __proto__: null };
    for (const key of Object.keys(headers)) out[key] = headers[key][0];
    return out;
  },
  set(val) {
    if (typeof val === 'object' && val !== null) {
      const headers = this[kOutHeaders];
      if (!headers) return;
      for (const key of Object.keys(val)) {
        const header = headers[key];
        if (header) header[0] = val[key];
      }
    }
  },
});

Object.defineProperty(OutgoingMessage.prototype, '_headers', {
  __proto__: null,
  get() { return this.getHeaders(); },
  set(val) {
    if (val == null) {
      this[kOutHeaders] = null;
    } else if (typeof val === 'object') {
      const headers = this[kOutHeaders] = { __proto__: null };
      for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
    }
  },
});

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new (errors().codes.ERR_HTTP_HEADERS_SENT)('render');
  const headersMap = this[kOutHeaders];
  const headers = {};
  if (headersMap !== null) {
    for (const key of Object.keys(headersMap)) headers[headersMap[key][0]] = headersMap[key][1];
  }
  return headers;
};

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
  if (this.socket) this.socket.cork();
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kCorked]) this[kCorked]--;
  if (this.socket) this.socket.uncork();
  if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
  const len = this[kChunkedLength];
  const buf = this[kChunkedBuffer];
  let callbacks = [];
  if (this.socket) this.socket.cork();
  this._send(len.toString(16), 'latin1', null);
  this._send(crlf, null, null);
  for (let n = 0; n < buf.length; n += 3) {
    this._send(buf[n + 0], buf[n + 1], null);
    if (buf[n + 2]) callbacks.push(buf[n + 2]);
  }
  this._send(crlf, null, callbacks.length ? (err) => { for (const cb of callbacks) cb(err); } : null);
  if (this.socket) this.socket.uncork();
  this[kChunkedBuffer].length = 0;
  this[kChunkedLength] = 0;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) {
      socket.setTimeout(msecs);
    });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) {
      socket.destroy(error);
    });
  }
  return this;
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      if (this.outputData === kNoOutput) this.outputData = [];
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn?.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    else if (tryDirectWrite(conn, data, encoding, callback)) return true;
    return conn.write(data, encoding, callback);
  }
  if (this.outputData === kNoOutput) this.outputData = [];
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

// Which implicit headers the user's headers settle, as bits (see matchHeader).
const kSeenConnection = 1;
const kSeenContLen = 2;
const kSeenTE = 4;
const kSeenDate = 8;
const kSeenExpect = 16;
const kSeenTrailer = 32;
// The bits and the header block being built by one _storeHeader call (no object per call).
let seenHeaders = 0;
let headerBlock = '';

// What the native header loop reports besides the kSeen* bits (src/http_parser/head.rs).
const kConnClose = 64;
const kConnOther = 128;
const kTEChunked = 256;
const kKeepAliveSeen = 512;
const kNotAscii = 1024;
// Its out-parameters: [flags, Content-Length].
const headOut = new Float64Array(2);
const { storeHeader: nativeStoreHeader, finishHead } = internalBinding('http_parser');

// The native loop over the user's headers, for a plain object or the kOutHeaders map whose
// names and values are strings or integers: sets headerBlock and seenHeaders and what
// matchHeader would have set. False (nothing done) when the JS loop must do it.
function storeHeaderNative(self, firstLine, headers, isMap) {
  const block = nativeStoreHeader(firstLine, headers, isMap, headOut);
  if (block === undefined) return false;
  const f = headOut[0];
  if ((f & kSeenConnection) !== 0) {
    self._removedConnection = false;
    if ((f & kConnClose) !== 0) self._last = true;
    if ((f & kConnOther) !== 0) self.shouldKeepAlive = true;
  }
  if ((f & kSeenTE) !== 0) {
    self._removedTE = false;
    if ((f & kTEChunked) !== 0) self.chunkedEncoding = true;
  }
  if ((f & kSeenContLen) !== 0) {
    self._contentLength = headOut[1];
    self._removedContLen = false;
  }
  if ((f & kKeepAliveSeen) !== 0) self._defaultKeepAlive = false;
  if ((f & kNotAscii) !== 0) self[kHeadNotAscii] = true;
  seenHeaders = f & 63;
  headerBlock = block;
  return true;
}

const RE_NOT_ASCII = /[^\x00-\x7f]/;
// The last first line found all ASCII (a server repeats one or a few).
let asciiFirstLine = '';

// The JS loop over the user's headers, for what the native one leaves: arrays of pairs,
// array values, other value types, and names or values to reject with Node's errors.
function storeHeaderJs(self, firstLine, headers) {
  if (headers) {
    if (headers === self[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(self, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(self, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) {
          throw new (errors().codes.ERR_INVALID_ARG_VALUE)('headers', headers);
        }
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(self, headers[n + 0], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.hasOwn(headers, key)) processHeader(self, key, headers[key], true);
      }
    }
    if (RE_NOT_ASCII.test(headerBlock)) self[kHeadNotAscii] = true;
  } else if (firstLine !== asciiFirstLine) {
    if (RE_NOT_ASCII.test(firstLine)) self[kHeadNotAscii] = true;
    else asciiFirstLine = firstLine;
  }
}

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  seenHeaders = 0;
  headerBlock = firstLine;
  if (headers && typeof headers === 'object' && this[kUniqueHeaders] === null &&
      (headers === this[kOutHeaders] || !Array.isArray(headers)) &&
      storeHeaderNative(this, firstLine, headers, headers === this[kOutHeaders])) {
    // Done natively.
  } else {
    storeHeaderJs(this, firstLine, headers);
  }

  const seen = seenHeaders;
  let header = headerBlock;
  headerBlock = '';

  // The lines Node adds and the fields they decide, natively unless a Trailer header, an odd
  // head or an odd Content-Length needs the JS below (src/http_parser/head_tail.rs).
  if (finishHead(this, header, seen)) {
    if ((seen & kSeenExpect) !== 0) this._send('');
    return;
  }

  if (this.sendDate && (seen & kSeenDate) === 0) header += 'Date: ' + utcDate() + crlf;

  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if ((seen & kSeenConnection) === 0) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
        ((seen & kSeenContLen) !== 0 || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += keepAliveLine(this._keepAliveTimeout, ~~this._maxRequestsPerSocket);
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if ((seen & (kSeenContLen | kSeenTE)) === 0) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if ((seen & kSeenTrailer) === 0 && !this._removedContLen &&
               typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + crlf;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else if ((seen & kSeenTrailer) === 0) {
      this._last = true;
    } else {
      throw new (errors().codes.ERR_HTTP_TRAILER_INVALID)();
    }
  }

  if (this.chunkedEncoding !== true && (seen & kSeenTrailer) !== 0) {
    throw new (errors().codes.ERR_HTTP_TRAILER_INVALID)();
  }

  this._header = header + crlf;
  this._headerSent = false;

  if ((seen & kSeenExpect) !== 0) this._send('');
};

// `Keep-Alive: timeout=5` (with `, max=N`), the same line for every response of a server.
let keepAliveCache = { timeout: -1, max: -1, line: '' };
function keepAliveLine(timeout, max) {
  const c = keepAliveCache;
  if (c.timeout === timeout && c.max === max) return c.line;
  const line = `Keep-Alive: timeout=${Math.floor(timeout / 1000)}${max > 0 ? `, max=${max}` : ''}\r\n`;
  keepAliveCache = { timeout, max, line };
  return line;
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function processHeader(self, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, key, value, validate);
}

// The lengths of the names matchHeader looks at (date, expect, trailer, connection and
// keep-alive, content-length, transfer-encoding): others skip it.
const kMatchedLengths = (1 << 4) | (1 << 6) | (1 << 7) | (1 << 10) | (1 << 14) | (1 << 17);

function storeHeader(self, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  headerBlock += key + ': ' + value + crlf;
  if (key.length <= 17 && (kMatchedLengths & (1 << key.length)) !== 0) matchHeader(self, key, value);
}

function matchHeader(self, field, value) {
  switch (field.toLowerCase()) {
    case 'connection':
      seenHeaders |= kSeenConnection;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      seenHeaders |= kSeenTE;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      seenHeaders |= kSeenContLen;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
      seenHeaders |= kSeenDate;
      break;
    case 'expect':
      seenHeaders |= kSeenExpect;
      break;
    case 'trailer':
      seenHeaders |= kSeenTrailer;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

const setHeaderJs = function setHeader(name, value) {
  if (this._header) throw new (errors().codes.ERR_HTTP_HEADERS_SENT)('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new (errors().codes.ERR_HTTP_HEADERS_SENT)('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new (errors().codes.ERR_HTTP_HEADERS_SENT)('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0, length = value.length; i < length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

const getHeaderJs = function getHeader(name) {
  if (typeof name !== 'string') require('internal/validators').validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry?.[1];
};

// setHeader and getHeader themselves: C-level for a plain Latin-1 token name and a string
// or number value (src/http_parser/header_map.rs), the JS versions above for the rest.
{
  const { makeHeaderFn } = internalBinding('http_parser');
  OutgoingMessage.prototype.setHeader = makeHeaderFn(0, setHeaderJs, kOutHeaders);
  OutgoingMessage.prototype.getHeader = makeHeaderFn(1, getHeaderJs, kOutHeaders);
}

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  const values = Object.values(headersMap);
  const headers = new Array(values.length);
  for (let i = 0, l = values.length; i < l; i++) headers[i] = values[i][0];
  return headers;
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) {
      const val = headers[key][1];
      ret[key] = val;
    }
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') require('internal/validators').validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') require('internal/validators').validateString(name, 'name');
  if (this._header) throw new (errors().codes.ERR_HTTP_HEADERS_SENT)('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection':
      this._removedConnection = true;
      break;
    case 'content-length':
      this._removedContLen = true;
      break;
    case 'transfer-encoding':
      this._removedTE = true;
      break;
    case 'date':
      this.sendDate = false;
      break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.socket && msg.socket._hadError) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new (errors().codes.ERR_STREAM_WRITE_AFTER_END)();
  else if (msg.destroyed) err = new (errors().codes.ERR_STREAM_DESTROYED)('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (strictContentLength(msg) && (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength
      : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new (errors().codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH)(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) {
      throw new (errors().codes.ERR_HTTP_BODY_NOT_ALLOWED)();
    } else {
      process.nextTick(callback);
      return true;
    }
  }

  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (msg[kCorked] && msg._headerSent) {
      if (msg[kChunkedBuffer] === kNoOutput) msg[kChunkedBuffer] = [];
      msg[kChunkedBuffer].push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      ret = msg[kChunkedLength] < msg[kHighWaterMark];
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlf, null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const isArray = Array.isArray(headers);
  const keys = isArray ? null : Object.keys(headers);
  for (let i = 0, l = isArray ? headers.length : keys.length; i < l; i++) {
    let field, value;
    if (isArray) {
      field = headers[i][0];
      value = headers[i][1];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0, l2 = value.length; j < l2; j++) {
        if (checkInvalidHeaderChar(value[j])) {
          throw new (errors().codes.ERR_INVALID_CHAR)('trailer content', field);
        }
        this._trailer += field + ': ' + value[j] + crlf;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) {
        throw new (errors().codes.ERR_INVALID_CHAR)('trailer content', field);
      }
      this._trailer += field + ': ' + value + crlf;
    }
  }
};

// Node's own properties in Node's order, for util.inspect (see internal/http/own-shape).
// Subclasses list theirs after these.
const outgoingOwnNames = ['_events', '_eventsCount', '_maxListeners', 'outputData',
  'outputSize', 'writable', 'destroyed', '_last', 'chunkedEncoding', 'shouldKeepAlive',
  'maxRequestsOnConnectionReached', '_defaultKeepAlive', 'useChunkedEncodingByDefault',
  'sendDate', '_removedConnection', '_removedContLen', '_removedTE', 'strictContentLength',
  '_contentLength', '_hasBody', '_trailer', 'finished', '_headerSent', '_closed', 'socket',
  '_header', '_keepAliveTimeout', '_onPendingData'];
const outgoingOwnSymbols = [kBytesWritten, kNeedDrain, kCorked, kOutHeaders, kErrored,
  kHighWaterMark, kRejectNonStandardBodyWrites, kUniqueHeaders];

function restoreOutgoingShape(msg, names, hidden) {
  if (!Object.hasOwn(msg, kHighWaterMark)) return; // Not an instance.
  // EventEmitter's own fields, as its constructor makes them (not over existing listeners).
  if (msg._events === undefined) require('events').init.call(msg);
  if (msg.outputData === kNoOutput) msg.outputData = [];
  require('internal/http/own-shape').restoreShape(msg, outgoingOwnNames.concat(names),
    outgoingOwnSymbols, hidden);
}

// Runs before the 'finish' listeners: the server's own bookkeeping for a response, which
// Node registers as the first 'finish' listener (a hook costs less than a listener).
const kBeforeFinish = Symbol('kBeforeFinish');

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  const before = outmsg[kBeforeFinish];
  if (before !== undefined) before(outmsg);
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (chunk) {
    if (this.finished) {
      onError(this, new (errors().codes.ERR_STREAM_WRITE_AFTER_END)(),
        typeof callback !== 'function' ? nop : callback);
      return this;
    }
    // The last chunk (framed, with the terminating chunk and the trailers when chunked) and
    // the head if not yet sent, as one write straight to the socket's handle when it is idle:
    // the same bytes Node sends as several corked writes. A head with non-ASCII characters
    // goes the long way unless chunked (Node encodes it with the body's encoding then).
    const isString = typeof chunk === 'string';
    const plain = isString ?
      !encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'latin1' :
      chunk instanceof Uint8Array;
    if (plain && !this._header && !this.destroyed && !this.strictContentLength) {
      // What write_() does first for end(chunk) without a head: Content-Length from the chunk.
      this._contentLength = isString ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      this._implicitHeader();
    }
    // The last bytes of a message with a body that nothing else holds back.
    const last = plain && chunk.length !== 0 && this._header && this._hasBody &&
      !this[kCorked] && !this.strictContentLength && !this.destroyed;
    if (last && this.outputData.length === 0 &&
        (this.chunkedEncoding || (!this._headerSent && !this[kHeadNotAscii]))) {
      const conn = this.socket;
      if (conn !== null && conn._httpMessage === this && !conn.destroyed && conn.writable) {
        const finish = onFinish.bind(undefined, this);
        netModule ??= require('net');
        if (netModule._tryDirectMessageEnd(conn, this._headerSent ? '' : this._header, chunk,
          encoding === 'latin1', this.chunkedEncoding, this._trailer, finish)) {
          this._headerSent = true;
          if (typeof callback === 'function') this.once('finish', callback);
          return endTail(this);
        }
      }
    }
    if (last && isString && this.chunkedEncoding && (this._headerSent || !this[kHeadNotAscii])) {
      // The last chunk, the terminating chunk and the trailers as one write through the
      // socket (the same bytes Node sends as five corked writes).
      const len = Buffer.byteLength(chunk, encoding);
      if (typeof callback === 'function') this.once('finish', callback);
      this._send(len.toString(16) + crlf + chunk + crlf + '0\r\n' + this._trailer + crlf,
        encoding, onFinish.bind(undefined, this));
      return endTail(this);
    }
    // With the head not built yet, head and chunk go out as one write: no need to cork.
    if (this.socket && this._header) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) {
        this.on('finish', callback);
      } else {
        callback(new (errors().codes.ERR_STREAM_ALREADY_FINISHED)('end'));
      }
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);

  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new (errors().codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH)(this[kBytesWritten], this._contentLength);
  }

  const finish = onFinish.bind(undefined, this);

  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }

  return endTail(this);
};

// What end() does after queuing the last bytes.
function endTail(msg) {
  if (msg.socket) {
    // Fully uncork connection on end().
    const ws = msg.socket._writableState;
    if (ws.corked) {
      ws.corked = 1;
      msg.socket.uncork();
    }
  }
  if (msg[kCorked] || msg[kChunkedBuffer].length) {
    msg[kCorked] = 1;
    msg.uncork();
  }

  msg.finished = true;

  if (msg.outputData.length === 0 && msg.socket && msg.socket._httpMessage === msg) {
    msg._finish();
  }

  return msg;
}

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = kNoOutput;
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new (errors().codes.ERR_STREAM_CANNOT_PIPE)());
};

OutgoingMessage.prototype[EventEmitter_captureRejectionSymbol()] = function(err, event) {
  this.destroy(err);
};

function EventEmitter_captureRejectionSymbol() {
  return require('events').captureRejectionSymbol;
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  const l = headers.length;
  for (let i = 0; i < l; i++) unique.add(String(headers[i]).toLowerCase());
  return unique;
}

module.exports = {
  restoreOutgoingShape,
  kBeforeFinish,
  kHighWaterMark,
  kUniqueHeaders,
  kNeedDrain,
  kOutHeaders,
  kIsCorked,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
