'use strict';
// node:http2 — HTTP/2 client and server (h2 and h2c), the core streams API and the
// compatibility API. The protocol engine is native (the h2 crate, src/http2.rs); the
// sessions, streams and servers are in internal/http2/core.

const core = require('internal/http2/core');
const {
  constants, getDefaultSettings, getPackedSettings, getUnpackedSettings, kSensitiveHeaders,
} = require('internal/http2/util');
const { Http2ServerRequest, Http2ServerResponse } = require('internal/http2/compat');

module.exports = {
  connect: core.connect,
  constants,
  createServer: core.createServer,
  createSecureServer: core.createSecureServer,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: core.performServerHandshake,
  sensitiveHeaders: kSensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
