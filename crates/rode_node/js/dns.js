'use strict';
// node:dns. lookup/lookupService use the system resolver (internal/dns/lookup). The DNS
// protocol resolver (resolve*, reverse, Resolver) is not written yet: those functions
// throw ERR_NOT_IMPLEMENTED naming the API.

const lookupImpl = require('internal/dns/lookup');
const { errorCodes, addUnimplementedResolver } = require('internal/dns/unimplemented');

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
addUnimplementedResolver(module.exports, 'dns');
