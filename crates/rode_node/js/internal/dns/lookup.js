'use strict';
// dns.lookup / dns.lookupService and their promise forms: the system resolver
// (getaddrinfo/getnameinfo on the blocking pool, internalBinding('dns')), with Node's
// argument rules and result order (`verbatim` by default, as Node 20).

const binding = internalBinding('dns');
const { isIP } = require('internal/net/ip');

const ADDRCONFIG = binding.AI_ADDRCONFIG;
const ALL = binding.AI_ALL;
const V4MAPPED = binding.AI_V4MAPPED;

let defaultOrder = 'verbatim';

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validators().validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first']);
  defaultOrder = order;
}

const validFamilies = [0, 4, 6];

// Parses lookup()'s (hostname, options) like Node: returns { family, hints, all, order }.
function parseOptions(hostname, options) {
  const v = validators();
  if (hostname) v.validateString(hostname, 'hostname');
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    v.validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.hints != null) {
      v.validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
        throw new (errors().codes.ERR_INVALID_ARG_VALUE)('hints', hints);
      }
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          v.validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options.all != null) {
      v.validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      v.validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      v.validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

function sortAddresses(flat, order) {
  const list = [];
  for (let i = 0; i < flat.length; i += 2) list.push({ address: flat[i], family: flat[i + 1] });
  if (order === 'ipv4first') list.sort((a, b) => a.family - b.family);
  else if (order === 'ipv6first') list.sort((a, b) => b.family - a.family);
  return list;
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validators().validateFunction(callback, 'callback');
  const { family, hints, all, order } = parseOptions(hostname, options);

  if (!hostname) {
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  binding.getaddrinfo(hostname, family, hints, (status, flat) => {
    if (status) {
      callback(errors().dnsException(status, 'getaddrinfo', hostname));
      return;
    }
    const list = sortAddresses(flat, order);
    if (all) {
      callback(null, list);
    } else if (list.length === 0) {
      callback(errors().dnsException(-3008, 'getaddrinfo', hostname));
    } else {
      callback(null, list[0].address, list[0].family);
    }
  });
  return {};
}

Object.defineProperty(lookup, Symbol.for('rode.util.promisify.customArgs'), {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function lookupPromise(hostname, options) {
  return new Promise((resolve, reject) => {
    const { all } = parseOptions(hostname, typeof options === 'function' ? undefined : options);
    lookup(hostname, options, (err, address, family) => {
      if (err) reject(err);
      else if (all) resolve(address);
      else resolve({ address, family });
    });
  });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw new (errors().codes.ERR_MISSING_ARGS)('address', 'port', 'callback');
  }
  validators().validateString(address, 'address');
  if (isIP(address) === 0) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('address', address);
  }
  port = validators().validatePort(port);
  validators().validateFunction(callback, 'callback');
  binding.getnameinfo(address, port, (status, hostname, service) => {
    if (status) {
      const e = errors().dnsException(status, 'getnameinfo', address);
      callback(e);
      return;
    }
    callback(null, hostname, service);
  });
  return {};
}

Object.defineProperty(lookupService, Symbol.for('rode.util.promisify.customArgs'), {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

function lookupServicePromise(address, port) {
  return new Promise((resolve, reject) => {
    lookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

module.exports = {
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  lookup,
  lookupPromise,
  lookupService,
  lookupServicePromise,
  getDefaultResultOrder,
  setDefaultResultOrder,
};
