'use strict';
// node:url — the WHATWG URL API (from internal/url) and the legacy url.parse() /
// url.format() / url.resolve() API with Node's long-standing quirks: backslashes before
// the query become slashes, auth is percent-decoded, hostnames are lowercased and
// IDNA-encoded, RFC 2396 "unwise" characters are escaped, and relative resolution follows
// Node's (not the WHATWG) algorithm.

const { encodeStr, hexTable } = require('internal/querystring');
const querystring = require('querystring');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL: whatwgPathToFileURL,
  urlToHttpOptions,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
} = require('internal/url');

const binding = internalBinding('url');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with no host, hash or whitespace: parsed without the full algorithm.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;

// Host characters that can only have come from IDNA processing (they are filtered out
// before it): their presence afterwards makes the URL invalid.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

function pendingDeprecation() {
  const flags = process._rodeFlags;
  if (flags && 'pending-deprecation' in flags) return true;
  if (process.execArgv.includes('--pending-deprecation')) return true;
  const env = process.env.NODE_PENDING_DEPRECATION;
  return typeof env === 'string' && env[0] === '1';
}

let parseWarned = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && pendingDeprecation()) {
    parseWarned = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to ' +
      'errors that have security implications. Use the WHATWG URL API ' +
      'instead. CVEs are not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning',
      'DEP0169',
    );
  }
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 /* [ */ && hostname.charCodeAt(hostname.length - 1) === 93 /* ] */;
}

// Whitespace for trimming: controls, space, NBSP and BOM.
function isTrimmed(c) {
  return c < 33 || c === 0xA0 || c === 0xFEFF;
}

// The input trimmed, with backslashes turned into slashes up to the first '?' or '#'.
// Also reports whether a '#' or an '@' (before the first '?'/'#') occurs.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(url.charCodeAt(start))) start++;
  while (end > start && isTrimmed(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let last = start;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const c = url.charCodeAt(i);
    if (split) {
      if (c === 35 /* # */) {
        hasHash = true;
        break;
      }
      continue;
    }
    if (c === 64 /* @ */) {
      hasAt = true;
    } else if (c === 35 /* # */) {
      hasHash = true;
      split = true;
    } else if (c === 63 /* ? */) {
      split = true;
    } else if (c === 92 /* \ */) {
      rest += url.slice(last, i) + '/';
      last = i + 1;
    }
  }
  rest += url.slice(last, end);
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "user@server" always has a host; so does "//server" when slashes denote hosts (as in
  // url.resolve()) or after a protocol.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  // The rest is path, query and hash.
  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35 /* # */) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (c === 63 /* ? */ && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    const end = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, end);
    this.query = rest.slice(questionIdx + 1, end);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

// Reads auth, host and port from the start of `rest` into `self`; returns what follows.
function parseAuthority(self, rest, url) {
  // The host ends at the first '/', '?' or '#'. Characters RFC 2396 never allows in
  // a host end it too, unless an '@' follows them (they were part of the auth then).
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest.charCodeAt(i)) {
      case 9: case 10: case 13:
        // Tabs and newlines are dropped, as WHATWG URL does.
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
        break;
      case 32: case 34: case 37: case 39: case 59: case 60: case 62: case 92: case 94: case 96:
      case 123: case 124: case 125:
        if (nonHost === -1) nonHost = i;
        break;
      case 35: case 47: case 63:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 64:
        atSign = i;
        nonHost = -1;
        break;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();
  // There is a host, even if it is empty.
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) rest = splitHostname(self, rest, hostname, url);

  if (self.hostname.length > hostnameMaxLen) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      self.hostname = binding.toASCII(self.hostname.toWellFormed());
      // An empty or odd result can only come from IDNA: refuse rather than guess.
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }

  self.host = (self.hostname || '') + (self.port ? ':' + self.port : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
    return rest;
}

let warnInvalidPort = true;

// Cuts the hostname at the first character a hostname cannot hold; that character and
// everything after it go back to the path. A ':' there is an invalid port (DEP0170).
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 47 || c === 92 || c === 35 || c === 63 || c === 58) {
      if (warnInvalidPort && c === 58) {
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                            'DeprecationWarning', 'DEP0170');
        warnInvalidPort = false;
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

// Escapes of the characters url.parse() always escapes in path, query and hash.
const autoEscapes = new Map([
  [9, '%09'], [10, '%0A'], [13, '%0D'], [32, '%20'], [34, '%22'], [39, '%27'], [60, '%3C'],
  [62, '%3E'], [92, '%5C'], [94, '%5E'], [96, '%60'], [123, '%7B'], [124, '%7C'], [125, '%7D'],
]);

function autoEscapeStr(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const esc = autoEscapes.get(rest.charCodeAt(i));
    if (esc !== undefined) {
      out += rest.slice(last, i) + esc;
      last = i + 1;
    }
  }
  if (last === 0) return rest;
  return out + rest.slice(last);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return binding.format(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// Kept as-is in the auth part: A-Z a-z 0-9 - . _ ~ ! ' ( ) * :
const authKeep = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*:") {
  authKeep[ch.charCodeAt(0)] = 1;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeStr(auth, authKeep, hexTable) + '@';

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isIpv6Hostname(h) ? '[' + h + ']' : h);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58 /* : */) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replaceAll('#', '%23').replaceAll('?', '%3F');
  }

  // Only the slashed protocols get '//' (mailto:, xmpp: … don't), unless the URL had it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replaceAll('#', '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;

  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  Object.assign(result, this);

  // The hash always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path" keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: a non-slashed one replaces everything; a slashed one needs a
    // host (taken from the path when missing), except file:, which has none.
    if (!slashedProtocol.has(relative.protocol)) {
      Object.assign(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // In a non-slashed URL (mailto: …) the host is the first path segment, so ../ can
  // climb up to it; it is put back in the host field at the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: replaces the last segment of the source path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ("?x").
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      // The auth may have ended up in the host (mailto:user@host).
      const authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or '/') keeps a trailing slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.' segments and resolve '..' against what precedes them; `up` counts the
  // '..' that climbed above the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');

  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }

  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function pathToFileURL(path, options) {
  validateString(path, 'path');
  return whatwgPathToFileURL(path, options);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
