'use strict';
// The DNS protocol resolver behind dns.resolve*/reverse and Resolver (c-ares in Node):
// queries go to the configured servers through the native `query` (src/dns/query.rs), and
// answers are shaped here as Node returns them. The callback and promise APIs share
// ResolverBase; dns and dns/promises each have a default resolver.

const binding = internalBinding('dns');
const { isIP } = require('internal/net/ip');

const kServers = Symbol('kServers');
const kOptions = Symbol('kOptions');
const kPending = Symbol('kPending');

function errors() {
  return require('internal/errors');
}

function validators() {
  return require('internal/validators');
}

// The c-ares error code constants node:dns exports.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

// rrtype → [query type number, c-ares syscall name, how answers are shaped]
const types = {
  A: [1, 'queryA'],
  AAAA: [28, 'queryAaaa'],
  ANY: [255, 'queryAny'],
  CAA: [257, 'queryCaa'],
  CNAME: [5, 'queryCname'],
  MX: [15, 'queryMx'],
  NAPTR: [35, 'queryNaptr'],
  NS: [2, 'queryNs'],
  PTR: [12, 'queryPtr'],
  SOA: [6, 'querySoa'],
  SRV: [33, 'querySrv'],
  TXT: [16, 'queryTxt'],
};

function shape(rec, ttl) {
  switch (rec[0]) {
    case 'A':
    case 'AAAA':
      return ttl ? { address: rec[2], ttl: rec[1] } : rec[2];
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return rec[2];
    case 'MX':
      return { exchange: rec[3], priority: rec[2] };
    case 'TXT':
      return rec[2];
    case 'SRV':
      return { name: rec[2], port: rec[3], priority: rec[4], weight: rec[5] };
    case 'SOA':
      return {
        nsname: rec[2], hostmaster: rec[3], serial: rec[4], refresh: rec[5],
        retry: rec[6], expire: rec[7], minttl: rec[8],
      };
    case 'CAA':
      return { critical: rec[2], [rec[3]]: rec[4] };
    case 'NAPTR':
      return {
        flags: rec[2], service: rec[3], regexp: rec[4], replacement: rec[5],
        order: rec[6], preference: rec[7],
      };
  }
  return undefined;
}

// resolveAny's entries: each with its `type`, as c-ares' ares_parse_*_reply give them.
function shapeAny(rec) {
  const type = rec[0];
  switch (type) {
    case 'A':
    case 'AAAA':
      return { address: rec[2], ttl: rec[1], type };
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return { value: rec[2], type };
    case 'TXT':
      return { entries: rec[2], type };
    default:
      return { ...shape(rec, false), type };
  }
}

function formatServer([ip, port]) {
  if (port === 53) return ip;
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

// "1.2.3.4", "1.2.3.4:53", "::1", "[::1]:53" → [ip, port]
function parseServer(serv, index) {
  validators().validateString(serv, `servers[${index}]`);
  let ip = serv;
  let port = 53;
  if (isIP(serv) === 0) {
    const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(serv);
    const v4 = /^([^:]+):(\d+)$/.exec(serv);
    const m = v6 ?? v4;
    if (m === null || isIP(m[1]) === 0) {
      throw new (errors().codes.ERR_INVALID_IP_ADDRESS)(serv);
    }
    ip = m[1];
    if (m[2] !== undefined) port = Number(m[2]);
  }
  return [ip, port];
}

function reverseName(ip) {
  const v = isIP(ip);
  if (v === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (v === 6) {
    // Expand to 32 nibbles.
    let [head, tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
    let groups = h;
    if (tail !== undefined) groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    const hex = groups.map((g) => g.padStart(4, '0')).join('');
    return `${[...hex].reverse().join('.')}.ip6.arpa`;
  }
  return null;
}

class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options !== undefined) {
      validators().validateObject(options, 'options');
      if (options.timeout !== undefined) {
        validators().validateInt32(options.timeout, 'options.timeout', -1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validators().validateInt32(options.tries, 'options.tries', 1);
        tries = options.tries;
      }
    }
    this[kOptions] = { timeout, tries };
    this[kServers] = null;
    this[kPending] = new Set();
  }

  servers() {
    if (this[kServers] === null) {
      const flat = binding.systemServers();
      const list = [];
      for (let i = 0; i < flat.length; i += 2) list.push([flat[i], Number(flat[i + 1])]);
      this[kServers] = list;
    }
    return this[kServers];
  }

  getServers() {
    return this.servers().map(formatServer);
  }

  setServers(servers) {
    validators().validateArray(servers, 'servers');
    const list = servers.map(parseServer);
    this[kServers] = list;
  }

  setLocalAddress(ipv4, ipv6) {
    validators().validateString(ipv4, 'ipv4');
    if (isIP(ipv4) !== 4) throw new (errors().codes.ERR_INVALID_ARG_VALUE)('ipv4', ipv4);
    if (ipv6 !== undefined) {
      validators().validateString(ipv6, 'ipv6');
      if (isIP(ipv6) !== 6) throw new (errors().codes.ERR_INVALID_ARG_VALUE)('ipv6', ipv6);
    }
    throw new (errors().codes.ERR_NOT_IMPLEMENTED)('resolver.setLocalAddress()');
  }

  cancel() {
    for (const req of this[kPending]) req.cancel();
    this[kPending].clear();
  }

  // Runs one query; done(err, records) exactly once (ECANCELLED after cancel()).
  query(name, rrtype, syscall, done) {
    const [qtype] = types[rrtype];
    const flat = [];
    for (const [ip, port] of this.servers()) flat.push(ip, String(port));
    const { timeout, tries } = this[kOptions];
    const pending = this[kPending];
    const req = {
      finished: false,
      cancel() {
        if (this.finished) return;
        this.finished = true;
        process.nextTick(done, errors().dnsException('ECANCELLED', syscall, name));
      },
    };
    pending.add(req);
    binding.query(flat, name, qtype, timeout, tries, (code, records) => {
      pending.delete(req);
      if (req.finished) return;
      req.finished = true;
      if (code !== null) done(errors().dnsException(code, syscall, name));
      else done(null, records);
    });
  }
}

function resolveWith(resolver, rrtype, name, options, callback) {
  const [, syscall] = types[rrtype];
  const ttl = !!(options && options.ttl);
  resolver.query(name, rrtype, syscall, (err, records) => {
    if (err) return callback(err);
    if (rrtype === 'ANY') return callback(null, records.map(shapeAny));
    if (rrtype === 'SOA') return callback(null, shape(records[0], false));
    callback(null, records.map((r) => shape(r, ttl)));
  });
}

function reverseWith(resolver, ip, callback) {
  resolver.query(reverseName(ip), 'PTR', 'getHostByAddr', (err, records) => {
    if (err) {
      err.hostname = ip;
      err.message = `getHostByAddr ${err.code} ${ip}`;
      return callback(err);
    }
    callback(null, records.map((r) => shape(r, false)));
  });
}

const methodTypes = {
  resolve4: 'A', resolve6: 'AAAA', resolveAny: 'ANY', resolveCaa: 'CAA',
  resolveCname: 'CNAME', resolveMx: 'MX', resolveNaptr: 'NAPTR', resolveNs: 'NS',
  resolvePtr: 'PTR', resolveSoa: 'SOA', resolveSrv: 'SRV', resolveTxt: 'TXT',
};

function checkRrtype(rrtype) {
  if (rrtype === undefined) return 'A';
  validators().validateString(rrtype, 'rrtype');
  if (!Object.hasOwn(types, rrtype)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('rrtype', rrtype);
  }
  return rrtype;
}

function invalidIp(ip) {
  const err = errors().dnsException('EINVAL', 'getHostByAddr', ip);
  err.errno = -22;
  return err;
}

// The callback API (node:dns).
class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = undefined;
    }
    validators().validateString(hostname, 'name');
    rrtype = checkRrtype(rrtype);
    validators().validateFunction(callback, 'callback');
    resolveWith(this, rrtype, hostname, undefined, callback);
  }

  reverse(ip, callback) {
    validators().validateString(ip, 'ip');
    validators().validateFunction(callback, 'callback');
    if (reverseName(ip) === null) throw invalidIp(ip);
    reverseWith(this, ip, callback);
  }
}
for (const [method, rrtype] of Object.entries(methodTypes)) {
  const fn = function(hostname, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validators().validateString(hostname, 'name');
    validators().validateFunction(callback, 'callback');
    resolveWith(this, rrtype, hostname, options, callback);
  };
  Object.defineProperty(fn, 'name', { __proto__: null, value: method });
  Resolver.prototype[method] = fn;
}

// The promise API (node:dns/promises).
class PromiseResolver extends ResolverBase {
  resolve(hostname, rrtype) {
    validators().validateString(hostname, 'name');
    rrtype = checkRrtype(rrtype);
    return new Promise((resolve, reject) => {
      resolveWith(this, rrtype, hostname, undefined, (e, r) => (e ? reject(e) : resolve(r)));
    });
  }

  reverse(ip) {
    validators().validateString(ip, 'ip');
    if (reverseName(ip) === null) return Promise.reject(invalidIp(ip));
    return new Promise((resolve, reject) => {
      reverseWith(this, ip, (e, r) => (e ? reject(e) : resolve(r)));
    });
  }
}
for (const [method, rrtype] of Object.entries(methodTypes)) {
  const fn = function(hostname, options) {
    validators().validateString(hostname, 'name');
    return new Promise((resolve, reject) => {
      resolveWith(this, rrtype, hostname, options, (e, r) => (e ? reject(e) : resolve(r)));
    });
  };
  Object.defineProperty(fn, 'name', { __proto__: null, value: method });
  PromiseResolver.prototype[method] = fn;
}

Object.defineProperty(PromiseResolver, 'name', { __proto__: null, value: 'Resolver' });

// The module-level functions: methods of a default resolver (shared by dns and
// dns/promises, as in Node, so setServers on one shows in the other).
let defaultResolver;
let defaultPromiseResolver;

function getDefaultResolver() {
  if (defaultResolver === undefined) {
    defaultResolver = new Resolver();
    defaultPromiseResolver = new PromiseResolver();
    defaultPromiseResolver[kServers] = null;
  }
  return defaultResolver;
}

function getDefaultPromiseResolver() {
  getDefaultResolver();
  return defaultPromiseResolver;
}

const resolverMethods = ['resolve', 'reverse', ...Object.keys(methodTypes)];

// Adds dns.resolve4 … dns.setServers to `target`, bound to the default resolver.
function addResolverFunctions(target, promises) {
  const get = promises ? getDefaultPromiseResolver : getDefaultResolver;
  for (const name of resolverMethods) {
    const fn = function(...args) {
      return get()[name](...args);
    };
    Object.defineProperty(fn, 'name', { __proto__: null, value: name });
    target[name] = fn;
  }
  target.getServers = function getServers() {
    return get().getServers();
  };
  target.setServers = function setServers(servers) {
    getDefaultResolver().setServers(servers);
    getDefaultPromiseResolver()[kServers] = getDefaultResolver()[kServers];
  };
  target.Resolver = promises ? PromiseResolver : Resolver;
}

module.exports = { errorCodes, addResolverFunctions, Resolver, PromiseResolver };
