'use strict';
// Legacy module id: node:_stream_readable is stream.Readable.

module.exports = require('stream').Readable;
