'use strict';
// node:dns. lookup/lookupService use the system resolver (internal/dns/lookup); resolve*,
// reverse, Resolver, getServers/setServers speak the DNS protocol to the configured servers
// (internal/dns/resolver).

const lookupImpl = require('internal/dns/lookup');
const { errorCodes, addResolverFunctions } = require('internal/dns/resolver');

let promises;

module.exports = {
  lookup: lookupImpl.lookup,
  lookupService: lookupImpl.lookupService,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
  ADDRCONFIG: lookupImpl.ADDRCONFIG,
  ALL: lookupImpl.ALL,
  V4MAPPED: lookupImpl.V4MAPPED,
  ...errorCodes,
  get promises() {
    return promises ??= require('dns/promises');
  },
};
addResolverFunctions(module.exports, false);
