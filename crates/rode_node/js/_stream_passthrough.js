'use strict';
// Legacy module id: node:_stream_passthrough is stream.PassThrough.

module.exports = require('stream').PassThrough;
