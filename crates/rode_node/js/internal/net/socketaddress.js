'use strict';
// net.SocketAddress, and the IP address arithmetic net.BlockList shares with it: addresses are
// parsed the way libuv's uv_inet_pton does (dotted quads without leading zeros; RFC 4291
// IPv6 text with an optional dotted tail and a zone id, which is dropped) and printed the way
// uv_inet_ntop does (RFC 5952 compression, `::a.b.c.d` and `::ffff:a.b.c.d` forms).

const kHandle = Symbol('kHandle');
const kDetail = Symbol('kDetail');

function errors() {
  return require('internal/errors');
}
function validators() {
  return require('internal/validators');
}

// Node's SocketAddress and BlockList extend its (internal) JSTransferable base.
class JSTransferable {}

const digits = /^(?:0|[1-9][0-9]{0,2})$/;
const hexWord = /^[0-9a-fA-F]{1,4}$/;

// 4 bytes, or null.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!digits.test(parts[i])) return null;
    const n = +parts[i];
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

// 16 bytes, or null.
function parseIPv6(s) {
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  const lastColon = s.lastIndexOf(':');
  if (lastColon === -1) return null;
  let tail = null;
  if (s.indexOf('.', lastColon) !== -1) {
    tail = parseIPv4(s.slice(lastColon + 1));
    if (tail === null) return null;
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }
  const maxWords = tail === null ? 8 : 6;
  const dbl = s.indexOf('::');
  let head = s;
  let rest = null;
  if (dbl !== -1) {
    if (s.indexOf('::', dbl + 1) !== -1) return null;
    head = s.slice(0, dbl);
    rest = s.slice(dbl + 2);
  }
  const a = head === '' ? [] : head.split(':');
  const b = rest === null ? [] : rest === '' ? [] : rest.split(':');
  if (rest === null ? a.length !== maxWords : a.length + b.length >= maxWords) return null;
  for (const w of a) if (!hexWord.test(w)) return null;
  for (const w of b) if (!hexWord.test(w)) return null;
  const out = new Uint8Array(16);
  const put = (i, w) => {
    const n = parseInt(w, 16);
    out[i * 2] = n >> 8;
    out[i * 2 + 1] = n & 0xff;
  };
  for (let i = 0; i < a.length; i++) put(i, a[i]);
  for (let i = 0; i < b.length; i++) put(maxWords - b.length + i, b[i]);
  if (tail !== null) out.set(tail, 12);
  return out;
}

function formatIPv4(b) {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

function formatIPv6(b) {
  const words = new Array(8);
  for (let i = 0; i < 8; i++) words[i] = (b[i * 2] << 8) | b[i * 2 + 1];
  // The first longest run of two or more zero words becomes '::'.
  let base = -1;
  let len = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > len) {
      base = i;
      len = j - i;
    }
    i = j;
  }
  if (len < 2) base = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (base !== -1 && i >= base && i < base + len) {
      if (i === base) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && base === 0 && (len === 6 || (len === 5 && words[5] === 0xffff))) {
      out += formatIPv4(b.subarray(12));
      return out;
    }
    out += words[i].toString(16);
  }
  if (base !== -1 && base + len === 8) out += ':';
  return out;
}

// The address part of a handle: { family: 4 | 6, bytes }.
const LESS = -1;
const SAME = 0;
const GREATER = 1;
const NOT_COMPARABLE = 2;

function isMapped(b) {
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return false;
  return b[10] === 0xff && b[11] === 0xff;
}

function cmpBytes(a, b, ao, bo, n) {
  for (let i = 0; i < n; i++) {
    if (a[ao + i] !== b[bo + i]) return a[ao + i] < b[bo + i] ? LESS : GREATER;
  }
  return SAME;
}

// Node's comparison: an IPv4 address compares with an IPv4-mapped IPv6 one by its four
// bytes; with any other IPv6 address it doesn't compare.
function compare(x, y) {
  if (x.family === y.family) return cmpBytes(x.bytes, y.bytes, 0, 0, x.bytes.length);
  if (x.family === 4) return isMapped(y.bytes) ? cmpBytes(x.bytes, y.bytes, 0, 12, 4) : NOT_COMPARABLE;
  const c = compare(y, x);
  return c === LESS ? GREATER : c === GREATER ? LESS : c;
}

function sameAddress(x, y) {
  return compare(x, y) === SAME;
}

function prefixMatch(a, ao, b, bo, prefix) {
  const whole = prefix >> 3;
  if (cmpBytes(a, b, ao, bo, whole) !== SAME) return false;
  const r = prefix & 7;
  if (r === 0) return true;
  const mask = (0xff << (8 - r)) & 0xff;
  return (a[ao + whole] & mask) === (b[bo + whole] & mask);
}

const mappedPrefix = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]);

function inNetwork(ip, net, prefix) {
  if (ip.family === net.family) return prefixMatch(ip.bytes, 0, net.bytes, 0, prefix);
  if (ip.family === 4) {
    const mapped = new Uint8Array(16);
    mapped.set(mappedPrefix);
    mapped.set(ip.bytes, 12);
    return prefixMatch(mapped, 0, net.bytes, 0, prefix);
  }
  return isMapped(ip.bytes) && prefixMatch(ip.bytes, 12, net.bytes, 0, prefix);
}

class SocketAddress extends JSTransferable {
  static isSocketAddress(value) {
    return value?.[kHandle] !== undefined;
  }

  constructor(options = {}) {
    super();
    validators().validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    let fam;
    switch (family) {
      case 'ipv4': fam = 4; break;
      case 'ipv6': fam = 6; break;
      default:
        throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options.family', options.family);
    }
    validators().validateString(address, 'options.address');
    const portNumber = validators().validatePort(port, 'options.port');
    validators().validateUint32(flowlabel, 'options.flowlabel', false);
    const bytes = fam === 4 ? parseIPv4(address) : parseIPv6(address);
    if (bytes === null) throw new (errors().codes.ERR_INVALID_ADDRESS)();
    // An IPv6 flow label has 20 bits (Node 20 aborts on a larger one).
    if (fam === 6 && flowlabel > 0xfffff) {
      throw new (errors().codes.ERR_OUT_OF_RANGE)('options.flowlabel', '>= 0 && <= 1048575', flowlabel);
    }
    this[kHandle] = { family: fam, bytes };
    this[kDetail] = {
      address: fam === 4 ? formatIPv4(bytes) : formatIPv6(bytes),
      port: portNumber,
      family: fam,
      flowlabel: fam === 6 ? flowlabel : 0,
    };
  }

  get address() {
    return this[kDetail].address;
  }

  get port() {
    return this[kDetail].port;
  }

  get family() {
    return this[kDetail].family === 4 ? 'ipv4' : 'ipv6';
  }

  get flowlabel() {
    return this[kDetail].flowlabel;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}

module.exports = {
  SocketAddress,
  JSTransferable,
  kHandle,
  compare,
  sameAddress,
  inNetwork,
  LESS,
  SAME,
  GREATER,
  NOT_COMPARABLE,
};
