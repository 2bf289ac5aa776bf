'use strict';
// The methods of a node:dgram Socket that read or change its socket rather than its
// lifecycle: addresses, broadcast/TTL/multicast options, memberships, buffer sizes, the
// send queue, ref/unref. Each returns Node's errors for libuv's negative errnos.

const {
  kStateSymbol,
  CONNECT_STATE_CONNECTED,
  RECV_BUFFER,
  SEND_BUFFER,
  errors,
  validators,
  healthCheck,
  bufferSize,
} = require('internal/dgram/state');

function check(err, syscall) {
  if (err) throw new (errors().ErrnoException)(err, syscall);
}

// Adds the methods to Socket.prototype.
function addOptionMethods(Socket) {
  Socket.prototype.address = function address() {
    healthCheck(this);
    const out = {};
    const err = this[kStateSymbol].handle.getsockname(out);
    if (err) throw new (errors().ErrnoException)(err, 'getsockname');
    return out;
  };

  Socket.prototype.remoteAddress = function remoteAddress() {
    healthCheck(this);
    const state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_CONNECTED) {
      throw new (errors().codes.ERR_SOCKET_DGRAM_NOT_CONNECTED)();
    }
    const out = {};
    const err = state.handle.getpeername(out);
    if (err) throw new (errors().ErrnoException)(err, 'getpeername');
    return out;
  };

  Socket.prototype.setBroadcast = function setBroadcast(arg) {
    check(this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0), 'setBroadcast');
  };

  Socket.prototype.setTTL = function setTTL(ttl) {
    validators().validateNumber(ttl, 'ttl');
    check(this[kStateSymbol].handle.setTTL(ttl), 'setTTL');
    return ttl;
  };

  Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
    validators().validateNumber(ttl, 'ttl');
    check(this[kStateSymbol].handle.setMulticastTTL(ttl), 'setMulticastTTL');
    return ttl;
  };

  Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
    check(this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0), 'setMulticastLoopback');
    return arg;
  };

  Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validators().validateString(interfaceAddress, 'interfaceAddress');
    check(this[kStateSymbol].handle.setMulticastInterface(interfaceAddress),
          'setMulticastInterface');
  };

  Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new (errors().codes.ERR_MISSING_ARGS)('multicastAddress');
    check(this[kStateSymbol].handle.addMembership(multicastAddress, interfaceAddress),
          'addMembership');
  };

  Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new (errors().codes.ERR_MISSING_ARGS)('multicastAddress');
    check(this[kStateSymbol].handle.dropMembership(multicastAddress, interfaceAddress),
          'dropMembership');
  };

  Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(
    sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validators().validateString(sourceAddress, 'sourceAddress');
    validators().validateString(groupAddress, 'groupAddress');
    check(this[kStateSymbol].handle.addSourceSpecificMembership(sourceAddress, groupAddress,
                                                                interfaceAddress),
          'addSourceSpecificMembership');
  };

  Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(
    sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validators().validateString(sourceAddress, 'sourceAddress');
    validators().validateString(groupAddress, 'groupAddress');
    check(this[kStateSymbol].handle.dropSourceSpecificMembership(sourceAddress, groupAddress,
                                                                 interfaceAddress),
          'dropSourceSpecificMembership');
  };

  Socket.prototype.ref = function ref() {
    const handle = this[kStateSymbol].handle;
    if (handle) handle.ref();
    return this;
  };

  Socket.prototype.unref = function unref() {
    const handle = this[kStateSymbol].handle;
    if (handle) handle.unref();
    return this;
  };

  Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
    bufferSize(this, size, RECV_BUFFER);
  };

  Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
    bufferSize(this, size, SEND_BUFFER);
  };

  Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
    return bufferSize(this, 0, RECV_BUFFER);
  };

  Socket.prototype.getSendBufferSize = function getSendBufferSize() {
    return bufferSize(this, 0, SEND_BUFFER);
  };

  Socket.prototype.getSendQueueSize = function getSendQueueSize() {
    return this[kStateSymbol].handle.getSendQueueSize();
  };

  Socket.prototype.getSendQueueCount = function getSendQueueCount() {
    return this[kStateSymbol].handle.getSendQueueCount();
  };
}

module.exports = { addOptionMethods };
