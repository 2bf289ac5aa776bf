'use strict';
// node:_http_common — what the HTTP server and client share: header token/value checks,
// the parser wrapper over internalBinding('http_parser'), and the glue that turns parser
// events into IncomingMessage data.

const binding = internalBinding('http_parser');
const { FastBuffer, fastBufferView } = require('internal/buffer');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const kIncomingMessage = Symbol('IncomingMessage');
const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

const methods = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK',
  'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH',
  'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const tokens = require('internal/http/tokens');

let maxHeaderSize = 16384;

// HTTPParser: Node's parser object, over a native parser. `execute(buf)` feeds bytes;
// events are delivered to the owner's handlers (`onHeaders`, `onBody`, `onComplete`,
// `onError`, `onUpgrade`) synchronously.
class HTTPParser {
  static REQUEST = 0;
  static RESPONSE = 1;
  constructor(type, maxSize) {
    this.type = type;
    this.id = binding.create(type, maxSize || maxHeaderSize);
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.maxHeaderPairs = 2000;
    this.joinDuplicateHeaders = false;
    this.handlers = null;
    this.paused = false;
    this.freed = false;
    this.upgradeMask = 3;
  }
  // Which requests switch protocol (a server sets it from its listeners before parsing):
  // bit 1 requests with Upgrade, bit 2 CONNECT. Others are parsed as ordinary requests.
  setUpgradeMask(mask) {
    if (mask !== this.upgradeMask) {
      this.upgradeMask = mask;
      binding.setUpgradeMask(this.id, mask);
    }
  }
  initialize(type, maxSize) {
    this.type = type;
    binding.reset(this.id, type, maxSize || maxHeaderSize);
  }
  // What the next response answers: 'HEAD' (no body), 'CONNECT' (switches protocol), other.
  setRequestMethod(method) {
    binding.setResponseTo(this.id, method === 'HEAD' ? 1 : method === 'CONNECT' ? 2 : 0);
  }
  // Returns false when a parse error stopped it.
  execute(buf) {
    const evs = binding.execute(this.id, buf);
    return this.dispatch(evs, buf);
  }
  finish() {
    return this.dispatch(binding.finish(this.id), null);
  }
  dispatch(evs, buf) {
    const h = this.handlers;
    for (let i = 0; i < evs.length; i++) {
      const e = evs[i];
      switch (e[0]) {
        case 0: h.onHeaders(this, e); break;
        case 1: h.onBody(this, fastBufferView(buf.buffer, buf.byteOffset + e[1], e[2] - e[1])); break;
        case 2: h.onComplete(this, e[1]); break;
        case 3: {
          const err = new Error(`Parse Error: ${e[2]}`);
          err.code = e[1];
          err.reason = e[2];
          err.bytesParsed = e[3];
          if (buf) err.rawPacket = buf;
          h.onError(this, err);
          return false;
        }
        case 4: h.onUpgrade(this, buf ? fastBufferView(buf.buffer, buf.byteOffset + e[1], buf.length - e[1]) : new FastBuffer(0));
          return true;
      }
      if (this.freed) return true;
    }
    return true;
  }
  inMessage() {
    return binding.inMessage(this.id);
  }
  free() {
    if (this.freed) return;
    this.freed = true;
    binding.free(this.id);
  }
  remove() {}
  close() {
    this.free();
  }
  pause() { this.paused = true; }
  resume() { this.paused = false; }
  consume() {}
  unconsume() {}
  getCurrentBuffer() { return new FastBuffer(0); }
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser._consumed = false;
    parser.incoming = null;
    parser.outgoing = null;
    parser.socket = null;
    parser.handlers = null;
    parser.free();
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const parsers = { alloc: () => null, free() {} };

// Builds `incoming.headers` lazily from rawHeaders (see _http_incoming); here only the
// message fields.
function prepareIncoming(socket, e, Ctor) {
  const incoming = new Ctor(socket);
  incoming.httpVersionMajor = e[1];
  incoming.httpVersionMinor = e[2];
  incoming.httpVersion = e[1] === 1 && e[2] === 1 ? '1.1' : `${e[1]}.${e[2]}`;
  incoming.upgrade = e[8];
  const headers = e[3];
  incoming._addHeaderLines(headers, Math.min(headers.length, 4000));
  return incoming;
}

function setMaxHeaderSize(n) {
  maxHeaderSize = n;
}

module.exports = {
  _checkInvalidHeaderChar: tokens._checkInvalidHeaderChar,
  _checkIsHttpToken: tokens._checkIsHttpToken,
  chunkExpression: tokens.chunkExpression,
  continueExpression: tokens.continueExpression,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient: () => false,
  prepareError(err, parser, rawPacket) {
    err.rawPacket = rawPacket || parser.getCurrentBuffer();
    if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
  },
  prepareIncoming,
  readStart,
  readStop,
  setMaxHeaderSize,
  get maxHeaderSize() { return maxHeaderSize; },
  kOnMessageBegin, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute,
  kOnTimeout,
  IncomingMessage,
};
