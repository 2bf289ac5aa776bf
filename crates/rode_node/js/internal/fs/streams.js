'use strict';
// fs.ReadStream / fs.WriteStream. They need node:stream, which rode does not have yet:
// until it does, using them throws ERR_NOT_IMPLEMENTED naming the API.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplemented(name) {
  const C = function() {
    throw new ERR_NOT_IMPLEMENTED(`fs.${name}`);
  };
  Object.defineProperty(C, 'name', { __proto__: null, value: name });
  return C;
}

module.exports = {
  available: false,
  ReadStream: notImplemented('ReadStream'),
  WriteStream: notImplemented('WriteStream'),
};
