'use strict';
// net.BlockList is not written yet.
class BlockList {
  constructor() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('net.BlockList');
  }
}
module.exports = { BlockList };
