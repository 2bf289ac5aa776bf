'use strict';
// node:dns/promises: lookup and lookupService as promises. resolve*/reverse/Resolver throw
// ERR_NOT_IMPLEMENTED until the DNS protocol resolver exists (see node:dns).

const lookupImpl = require('internal/dns/lookup');
const { errorCodes, addUnimplementedResolver } = require('internal/dns/unimplemented');

module.exports = {
  lookup: lookupImpl.lookupPromise,
  lookupService: lookupImpl.lookupServicePromise,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
  ...errorCodes,
};
addUnimplementedResolver(module.exports, 'dnsPromises');
