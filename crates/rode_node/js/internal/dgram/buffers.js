'use strict';
// What node:dgram accepts as a message: a string, a Buffer / TypedArray / DataView, or an
// array of those. These turn it into the list of Buffers one datagram is made of, with
// Node's errors for anything else.

const { Buffer } = require('buffer');
const { FastBuffer, fastBufferView } = require('internal/buffer');

const kMessageTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function errors() {
  return require('internal/errors');
}

function isView(v) {
  return ArrayBuffer.isView(v);
}

// `length` bytes of `message` from `offset` (send's offset/length form), as a Buffer.
function sliceMessage(message, offset, length) {
  if (typeof message === 'string') {
    message = Buffer.from(message);
  } else if (!isView(message)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer', kMessageTypes, message);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > message.byteLength) {
    throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  }
  if (offset + length > message.byteLength) {
    throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)('length');
  }
  return new FastBuffer(message.buffer, message.byteOffset + offset, length);
}

// An array of chunks as Buffers, or null when one of them is not a string or a view.
function bufferList(chunks) {
  const out = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (typeof c === 'string') out[i] = Buffer.from(c);
    else if (Buffer.isBuffer(c)) out[i] = c;
    else if (isView(c)) out[i] = fastBufferView(c.buffer, c.byteOffset, c.byteLength);
    else return null;
  }
  return out;
}

// The chunks of one datagram for `message` (already sliced if offset/length were given).
function messageList(message) {
  if (Array.isArray(message)) {
    const list = bufferList(message);
    if (list === null) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer list arguments', kMessageTypes,
                                                      message);
    }
    return list;
  }
  if (typeof message === 'string') return [Buffer.from(message)];
  if (!isView(message)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer', kMessageTypes, message);
  }
  return [message];
}

module.exports = { sliceMessage, messageList };
