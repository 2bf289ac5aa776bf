'use strict';
// Legacy module id: node:_stream_duplex is stream.Duplex.

module.exports = require('stream').Duplex;
