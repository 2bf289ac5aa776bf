'use strict';
// net.SocketAddress is not written yet.
class SocketAddress {
  constructor() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('net.SocketAddress');
  }
}
module.exports = { SocketAddress };
