'use strict';
// node:http — assembles the server (_http_server), the client (_http_client, _http_agent)
// and the shared pieces.

const { methods, parsers, HTTPParser } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { validateHeaderName, validateHeaderValue, OutgoingMessage } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse, _connectionListener } = require('_http_server');

let maxHeaderSize;

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function client() {
  return require('_http_client');
}

function request(url, options, cb) {
  return new (client().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  get Agent() { return require('_http_agent').Agent; },
  get ClientRequest() { return client().ClientRequest; },
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
    parsers.max = max;
  },
  get globalAgent() { return require('_http_agent').globalAgent; },
  set globalAgent(value) { require('_http_agent').globalAgent = value; },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) {
      const flag = process.execArgv.find((a) => a.startsWith('--max-http-header-size='));
      maxHeaderSize = flag ? Number(flag.split('=')[1]) : 16384;
    }
    return maxHeaderSize;
  },
});
