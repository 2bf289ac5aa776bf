'use strict';
// Legacy module id: node:_stream_transform is stream.Transform.

module.exports = require('stream').Transform;
