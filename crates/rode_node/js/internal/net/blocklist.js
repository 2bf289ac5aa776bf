'use strict';
// net.BlockList: rules (single addresses, inclusive ranges, subnets) checked newest first,
// with Node's mixing of IPv4 and IPv4-mapped IPv6 addresses (see internal/net/socketaddress).

const {
  SocketAddress, JSTransferable, kHandle: kAddress, compare, sameAddress, inNetwork,
  LESS, SAME, GREATER,
} = require('internal/net/socketaddress');

const kRules = Symbol('kHandle');

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}

function familyName(handle) {
  return handle.family === 4 ? 'IPv4' : 'IPv6';
}

function toAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validators().validateString(value, name);
  validators().validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

class BlockList extends JSTransferable {
  constructor() {
    super();
    // Newest first: { text, test(handle) }.
    this[kRules] = [];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    address = toAddress(address, 'address', family);
    const h = address[kAddress];
    this[kRules].unshift({
      text: `Address: ${familyName(h)} ${address.address}`,
      test: (x) => sameAddress(h, x),
    });
  }

  addRange(start, end, family = 'ipv4') {
    start = toAddress(start, 'start', family);
    end = toAddress(end, 'end', family);
    const s = start[kAddress];
    const e = end[kAddress];
    if (compare(s, e) === GREATER) {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('start', start, 'must come before end');
    }
    this[kRules].unshift({
      text: `Range: ${familyName(s)} ${start.address}-${end.address}`,
      test(x) {
        const a = compare(x, s);
        const b = compare(x, e);
        return (a === GREATER || a === SAME) && (b === LESS || b === SAME);
      },
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toAddress(network, 'network', family);
    const n = network[kAddress];
    validators().validateInt32(prefix, 'prefix', 0, n.family === 4 ? 32 : 128);
    this[kRules].unshift({
      text: `Subnet: ${familyName(n)} ${network.address}/${prefix}`,
      test: (x) => inNetwork(x, n, prefix),
    });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validators().validateString(address, 'address');
      validators().validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const h = address[kAddress];
    const rules = this[kRules];
    for (let i = 0; i < rules.length; i++) {
      if (rules[i].test(h)) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }
}

module.exports = { BlockList };
