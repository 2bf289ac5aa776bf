'use strict';
// Legacy module id: node:_stream_writable is stream.Writable.

module.exports = require('stream').Writable;
