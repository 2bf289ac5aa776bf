'use strict';
// What node:dns and node:dns/promises share until the DNS protocol resolver exists: the
// c-ares error code constants, and the resolver methods, which throw ERR_NOT_IMPLEMENTED.

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const resolverMethods = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse', 'getServers', 'setServers'];

function notImplementedError(api) {
  return new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)(api);
}

// Adds the resolver methods to `target`, each throwing for `${prefix}.${name}()`, and a
// Resolver class whose constructor throws for `${prefix}.Resolver`.
function addUnimplementedResolver(target, prefix) {
  for (const name of resolverMethods) {
    const fn = function() {
      throw notImplementedError(`${prefix}.${name}()`);
    };
    Object.defineProperty(fn, 'name', { __proto__: null, value: name });
    target[name] = fn;
  }
  target.Resolver = class Resolver {
    constructor() {
      throw notImplementedError(`${prefix}.Resolver`);
    }
  };
}

module.exports = { errorCodes, addUnimplementedResolver };
