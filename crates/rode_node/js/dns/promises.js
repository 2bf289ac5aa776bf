'use strict';
// node:dns/promises: lookup and lookupService as promises. resolve*/reverse/Resolver throw
// ERR_NOT_IMPLEMENTED until the DNS protocol resolver exists (see node:dns).

const lookupImpl = require('internal/dns/lookup');

function notImplemented(name) {
  const fn = function() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)(`dnsPromises.${name}()`);
  };
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

class Resolver {
  constructor() {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('dnsPromises.Resolver');
  }
}

module.exports = {
  lookup: lookupImpl.lookupPromise,
  lookupService: lookupImpl.lookupServicePromise,
  Resolver,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
};
for (const m of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse', 'getServers', 'setServers']) {
  module.exports[m] = notImplemented(m);
}
Object.assign(module.exports, {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
});
