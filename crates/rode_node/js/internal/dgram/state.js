'use strict';
// The state a node:dgram Socket keeps under kStateSymbol (its handle, bind and connect
// states, the queue of work waiting for an implicit bind, the options for bind) and the
// checks and helpers that act on it, shared by dgram.js and the option methods.

const kStateSymbol = Symbol('state symbol');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

let errorsModule;
let validatorsModule;
function errors() {
  return errorsModule ??= require('internal/errors');
}
function validators() {
  return validatorsModule ??= require('internal/validators');
}

// Throws ERR_SOCKET_DGRAM_NOT_RUNNING once the socket is closed.
function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) {
    throw new (errors().codes.ERR_SOCKET_DGRAM_NOT_RUNNING)();
  }
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// Sets (or, with size 0, reads) SO_RCVBUF (`which` = RECV_BUFFER) or SO_SNDBUF.
function bufferSize(socket, size, which) {
  if (size >>> 0 !== size) throw new (errors().codes.ERR_SOCKET_BAD_BUFFER_SIZE)();
  const ctx = {};
  const ret = socket[kStateSymbol].handle.bufferSize(size, which, ctx);
  if (ret === undefined) throw new (errors().codes.ERR_SOCKET_BUFFER_SIZE)(ctx);
  return ret;
}

module.exports = {
  kStateSymbol,
  BIND_STATE_UNBOUND,
  BIND_STATE_BINDING,
  BIND_STATE_BOUND,
  CONNECT_STATE_DISCONNECTED,
  CONNECT_STATE_CONNECTING,
  CONNECT_STATE_CONNECTED,
  RECV_BUFFER,
  SEND_BUFFER,
  errors,
  validators,
  healthCheck,
  stopReceiving,
  bufferSize,
};
