'use strict';
// node:dns/promises: lookup and lookupService as promises, and the promise forms of the
// DNS protocol resolver (internal/dns/resolver).

const lookupImpl = require('internal/dns/lookup');
const { errorCodes, addResolverFunctions } = require('internal/dns/resolver');

module.exports = {
  lookup: lookupImpl.lookupPromise,
  lookupService: lookupImpl.lookupServicePromise,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
  ...errorCodes,
};
addResolverFunctions(module.exports, true);
