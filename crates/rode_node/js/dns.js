'use strict';
// node:dns. lookup/lookupService use the system resolver (internal/dns/lookup). The DNS
// protocol resolver (resolve*, reverse, Resolver) is not written yet: those functions
// throw ERR_NOT_IMPLEMENTED naming the API.

const lookupImpl = require('internal/dns/lookup');

const codes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

function notImplemented(name) {
  const fn = function() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)(`dns.${name}()`);
  };
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

const resolverMethods = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse', 'getServers', 'setServers'];

class Resolver {
  constructor() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('dns.Resolver');
  }
}

let promises;

module.exports = {
  lookup: lookupImpl.lookup,
  lookupService: lookupImpl.lookupService,
  Resolver,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
  ADDRCONFIG: lookupImpl.ADDRCONFIG,
  ALL: lookupImpl.ALL,
  V4MAPPED: lookupImpl.V4MAPPED,
  ...codes,
  get promises() {
    return promises ??= require('dns/promises');
  },
};
for (const m of resolverMethods) module.exports[m] = notImplemented(m);
