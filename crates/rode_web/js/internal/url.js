'use strict';
// The WHATWG URL and URLSearchParams classes (the globals and node:url's), plus the
// helpers node:url builds on: fileURLToPath, pathToFileURL, urlToHttpOptions,
// domainToASCII/Unicode.
//
// Parsing is native (internalBinding('url'), servo's rust-url): a URL keeps its href and
// the offsets of its parts (Node's layout, see src/url.rs), so every getter is a slice.
// A URL's searchParams are made on first use; changes to them reach the href on the next
// read of href/search/toString/toJSON (at once when the URL has a query, as in Node).

const binding = internalBinding('url');
const { encodeStr, hexTable } = require('internal/querystring');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kOmitted = 4294967295;
const isWindows = process.platform === 'win32';

// Setter numbers of binding.update (Node's updateActions).
const updateActions = {
  kProtocol: 0,
  kHost: 1,
  kHostname: 2,
  kPort: 3,
  kUsername: 4,
  kPassword: 5,
  kPathname: 6,
  kSearch: 7,
  kHash: 8,
  kHref: 9,
};

const kEnumerable = { __proto__: null, enumerable: true };

let inspectFn;
function lazyInspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}


function toUSVString(s) {
  return s.toWellFormed();
}

// Legacy url.parse() protocol sets (kept here, as Node does).
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// A URL's record, as binding.parse/update return it: the href, then the offsets of its
// parts in the href (Node's layout, see src/url.rs); the URL adds its URLSearchParams
// (made on first use) and the generation of those params that the href's query shows.
// The params never point back at their URL (that would make a cycle, and every URL whose
// searchParams were read would wait for the cycle collector instead of being freed when
// dropped): the URL compares generations whenever it needs its query.
const kHref = 0;
const kProtocolEnd = 1;
const kUsernameEnd = 2;
const kHostStart = 3;
const kHostEnd = 4;
const kPort = 5;
const kPathnameStart = 6;
const kSearchStart = 7;
const kHashStart = 8;
const kSchemeType = 9;
const kParams = 10;
const kParamsGen = 11;

// What util.inspect(url, { showHidden: true }) shows of a URL's state, as in Node.
class URLContext {
  constructor(c) {
    this.href = c[kHref];
    this.protocol_end = c[kProtocolEnd];
    this.username_end = c[kUsernameEnd];
    this.host_start = c[kHostStart];
    this.host_end = c[kHostEnd];
    this.pathname_start = c[kPathnameStart];
    this.search_start = c[kSearchStart];
    this.hash_start = c[kHashStart];
    this.port = c[kPort];
    this.scheme_type = c[kSchemeType];
  }

  get hasPort() {
    return this.port !== kOmitted;
  }

  get hasSearch() {
    return this.search_start !== kOmitted;
  }

  get hasHash() {
    return this.hash_start !== kOmitted;
  }
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

// Splits a query into [name, value, name, value, …]; '+' is a space, %XX decoded as
// querystring.unescape does (Node's leniency for malformed escapes included).
const parseParams = binding.parseParams;

// Kept by the urlencoded serializer: A-Z a-z 0-9 * - . _
const paramKeep = new Int8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') {
  paramKeep[ch.charCodeAt(0)] = 1;
}
const paramHexTable = hexTable.slice();
paramHexTable[0x20] = '+';

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${encodeStr(list[i], paramKeep, paramHexTable)}=${encodeStr(list[i + 1], paramKeep, paramHexTable)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

let paramsList; // (params) => its [name, value, …] list
let paramsReplace; // (params, query | undefined) => void
let paramsOfURL; // (query) => new URLSearchParams of that query, for a URL
let paramsGen; // (params) => a number that changes whenever the params change
let isParams; // (object) => whether it is a URLSearchParams

let checkParams; // (self) => void, throws ERR_INVALID_THIS

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#params in self)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
  }

  next() {
    URLSearchParamsIterator.#check(this);
    const list = paramsList(this.#params);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index];
    const value = list[index + 1];
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  [kInspect](recurseTimes, ctx) {
    URLSearchParamsIterator.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = paramsList(this.#params);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') items.push(list[i]);
      else if (this.#kind === 'value') items.push(list[i + 1]);
      else items.push([list[i], list[i + 1]]);
    }
    const multiline = lazyInspect(items, inner).includes('\n');
    const strs = items.map((p) => lazyInspect(p, inner));
    const body = multiline ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
  next: kEnumerable,
});

// (A private token: the URLSearchParams a URL makes gets its list from the URL.)
const kFromURL = Symbol('kFromURL');

class URLSearchParams {
  #list;
  #gen = 0;

  static {
    paramsList = (p) => p.#list;
    paramsReplace = (p, query) => {
      p.#list = query === undefined ? [] : parseParams(query);
    };
    paramsOfURL = (query) => {
      const p = new URLSearchParams(kFromURL);
      p.#list = query === '' ? [] : parseParams(query);
      return p;
    };
    paramsGen = (p) => p.#gen;
    isParams = (v) => #list in v;
    // (A brand check without a second call, for the hot methods.)
    checkParams = (self) => {
      if (typeof self !== 'object' || self === null || !(#list in self)) {
        throw new ERR_INVALID_THIS('URLSearchParams');
      }
    };
  }

  constructor(init = undefined) {
    if (init === kFromURL) return; // (the list comes next)
    this.#list = [];
    if (init == null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = this.#list;
        for (const pair of init) {
          if (pair == null) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          if (Array.isArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            list.push(toUSVString(`${pair[0]}`), toUSVString(`${pair[1]}`));
          } else {
            if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            }
            let n = 0;
            for (const element of pair) {
              n++;
              list.push(toUSVString(`${element}`));
            }
            if (n !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
        }
      } else {
        // A record: own enumerable string keys; a repeated key (after USV conversion)
        // keeps the first position and the last value.
        const seen = new Map();
        const list = this.#list;
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(`${init[key]}`);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at] = value;
          } else {
            seen.set(name, list.push(name, value) - 1);
          }
        }
      }
    } else {
      init = toUSVString(`${init}`);
      if (init) this.#list = parseParams(init);
    }
  }

  #changed() {
    this.#gen++;
  }

  [kInspect](recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = this.#list;
    const parts = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const s = `${lazyInspect(list[i], inner)} => ${lazyInspect(list[i + 1], inner)}`;
      parts.push(s);
      length += stripColors(s).length + 2;
    }
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `${name} { ${parts.join(', ')} }`;
    return `${name} {}`;
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(`${name}`), toUSVString(`${value}`));
    this.#changed();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    this.#changed();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#changed();
  }

  sort() {
    checkParams(this);
    const list = this.#list;
    if (list.length > 2) {
      // Stable, by UTF-16 code units of the names.
      const pairs = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (let i = 0; i < pairs.length; i++) {
        list[2 * i] = pairs[i][0];
        list[2 * i + 1] = pairs[i][1];
      }
    }
    this.#changed();
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list is looked up again after each call: the callback may replace it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeParams(this.#list);
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  getAll: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  size: kEnumerable,
  sort: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  toString: kEnumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: {
    __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries,
  },
});

function stripColors(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[\d\d?m/g, '');
}

// ---------------------------------------------------------------------------
// URL

// True for WHATWG URL-shaped objects (not legacy url.parse() results).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

const kParseOnly = Symbol('kParseOnly');

function constructorOf(obj) {
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') return desc.value;
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

class URL {
  #r; // The record: href, offsets, params (see kHref …).

  constructor(input, base = undefined, parseOnly = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const r = binding.parse(input.toWellFormed(), base === undefined ? undefined : base.toWellFormed());
    if (r === undefined) {
      if (parseOnly === kParseOnly) return;
      // Node's constructor throws the parser's own TypeError (no "[code]" in its
      // toString, unlike its JS errors such as the href setter's).
      const err = new TypeError('Invalid URL');
      err.code = 'ERR_INVALID_URL';
      err.input = input;
      if (base !== undefined) err.base = base;
      throw err;
    }
    this.#r = r;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const url = new URL(input, base, kParseOnly);
    return url.#r !== undefined ? url : null;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(`${url}`);
    if (base !== undefined) return binding.canParse(url, toUSVString(`${base}`));
    return binding.canParse(url, undefined);
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = constructorOf(this) || URL;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[Symbol('context')] = new URLContext(this.#r);
    return `${ctor.name} ${lazyInspect(obj, opts)}`;
  }

  // Takes a new record from the binding; undefined is ignored. With `queryMayChange`, the
  // params are re-read if the query changed.
  #apply(r, queryMayChange = false) {
    if (r === undefined) return;
    const old = this.#r;
    const params = old[kParams];
    const before = queryMayChange && params !== undefined &&
      (paramsUnsynced(old) ? this.#searchFromParams() : searchOf(old));
    this.#r = r;
    if (params !== undefined) {
      r[kParams] = params;
      r[kParamsGen] = old[kParamsGen];
      if (queryMayChange) {
        const now = searchOf(r);
        if (before !== now) {
          paramsReplace(params, now);
          r[kParamsGen] = paramsGen(params);
        }
      }
      this.#syncParams();
    }
  }

  #searchFromParams() {
    const params = this.#r[kParams];
    if (!params?.size) return '';
    return `?${params}`;
  }

  // Writes URLSearchParams changes not yet in the href into it.
  #syncParams() {
    const r = this.#r;
    if (paramsUnsynced(r)) {
      r[kParamsGen] = paramsGen(r[kParams]);
      this.#apply(binding.update(r[kHref], updateActions.kSearch, this.#searchFromParams()));
    }
  }

  #set(action, value) {
    this.#apply(binding.update(this.#r[kHref], action, toUSVString(`${value}`)));
  }

  toString() {
    this.#syncParams();
    return this.#r[kHref];
  }

  get href() {
    this.#syncParams();
    return this.#r[kHref];
  }

  set href(value) {
    value = `${value}`;
    const r = binding.update(this.#r[kHref], updateActions.kHref, toUSVString(value));
    if (r === undefined) throw new ERR_INVALID_URL(value);
    this.#apply(r, true);
  }

  get origin() {
    const r = this.#r;
    const type = r[kSchemeType];
    const protocol = r[kHref].slice(0, r[kProtocolEnd]);
    if (type !== 1) {
      if (type === 6) return 'null';
      return `${protocol}//${this.host}`;
    }
    if (protocol === 'blob:') {
      const path = this.pathname;
      if (path.length > 0) {
        const inner = URL.parse(path);
        if (inner !== null && (inner.#r[kSchemeType] === 0 || inner.#r[kSchemeType] === 2)) {
          return `${inner.protocol}//${inner.host}`;
        }
      }
    }
    return 'null';
  }

  get protocol() {
    const r = this.#r;
    return r[kHref].slice(0, r[kProtocolEnd]);
  }

  set protocol(value) {
    this.#set(updateActions.kProtocol, value);
  }

  get username() {
    const r = this.#r;
    if (r[kProtocolEnd] + 2 < r[kUsernameEnd]) return r[kHref].slice(r[kProtocolEnd] + 2, r[kUsernameEnd]);
    return '';
  }

  set username(value) {
    this.#set(updateActions.kUsername, value);
  }

  get password() {
    const r = this.#r;
    if (r[kHostStart] - r[kUsernameEnd] > 0) return r[kHref].slice(r[kUsernameEnd] + 1, r[kHostStart]);
    return '';
  }

  set password(value) {
    this.#set(updateActions.kPassword, value);
  }

  get host() {
    const r = this.#r;
    const start = hostStartOf(r);
    if (start === r[kHostEnd]) return '';
    return r[kHref].slice(start, r[kPathnameStart]);
  }

  set host(value) {
    this.#set(updateActions.kHost, value);
  }

  get hostname() {
    const r = this.#r;
    return r[kHref].slice(hostStartOf(r), r[kHostEnd]);
  }

  set hostname(value) {
    this.#set(updateActions.kHostname, value);
  }

  get port() {
    const port = this.#r[kPort];
    return port !== kOmitted ? `${port}` : '';
  }

  set port(value) {
    this.#set(updateActions.kPort, value);
  }

  get pathname() {
    const r = this.#r;
    let end = r[kSearchStart];
    if (end === kOmitted) end = r[kHashStart];
    return end === kOmitted ? r[kHref].slice(r[kPathnameStart]) : r[kHref].slice(r[kPathnameStart], end);
  }

  set pathname(value) {
    this.#set(updateActions.kPathname, value);
  }

  get search() {
    this.#syncParams();
    return searchOf(this.#r);
  }

  set search(value) {
    this.#apply(binding.update(this.#r[kHref], updateActions.kSearch, toUSVString(`${value}`)), true);
  }

  get searchParams() {
    const r = this.#r;
    let params = r[kParams];
    if (params === undefined) {
      params = r[kParams] = paramsOfURL(searchOf(r));
      r[kParamsGen] = paramsGen(params);
    }
    return params;
  }

  get hash() {
    const r = this.#r;
    const start = r[kHashStart];
    if (start === kOmitted || r[kHref].length - start <= 1) return '';
    return r[kHref].slice(start);
  }

  set hash(value) {
    this.#set(updateActions.kHash, value);
  }

  toJSON() {
    this.#syncParams();
    return this.#r[kHref];
  }
}

// Whether a URL record's params changed since its href's query was written from them.
function paramsUnsynced(r) {
  const params = r[kParams];
  return params !== undefined && paramsGen(params) !== r[kParamsGen];
}

// The query of a URL record ('' when it is absent or just '?').
function searchOf(r) {
  const start = r[kSearchStart];
  if (start === kOmitted) return '';
  const end = r[kHashStart] !== kOmitted ? r[kHashStart] : r[kHref].length;
  if (end - start <= 1) return '';
  return r[kHref].slice(start, end);
}

// Where the host starts: after the '@' when there are credentials.
function hostStartOf(r) {
  const start = r[kHostStart];
  return r[kHref].charCodeAt(start) === 64 /* @ */ ? start + 1 : start;
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerable,
  href: kEnumerable,
  origin: kEnumerable,
  protocol: kEnumerable,
  username: kEnumerable,
  password: kEnumerable,
  host: kEnumerable,
  hostname: kEnumerable,
  port: kEnumerable,
  pathname: kEnumerable,
  search: kEnumerable,
  searchParams: kEnumerable,
  hash: kEnumerable,
  toJSON: kEnumerable,
});

// Object URLs need Blob storage, which rode does not have yet: nothing can be registered,
// so revoking is always a no-op.
function createObjectURL(obj) {
  if (typeof globalThis.Blob !== 'function' || !(obj instanceof globalThis.Blob)) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }
  // `blob:nodedata:<uuid>`, registered where buffer.resolveObjectURL and fetch find it.
  const id = require('internal/webcrypto').crypto.randomUUID();
  return require('internal/buffer_blob').storeObjectURL(id, obj);
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  url = `${url}`; // Converted as Node does (a Symbol throws).
  require('internal/buffer_blob').revokeObjectURL(url);
}

Object.defineProperties(URL, {
  canParse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  parse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  createObjectURL: { __proto__: null, configurable: true, writable: true, enumerable: true, value: createObjectURL },
  revokeObjectURL: { __proto__: null, configurable: true, writable: true, enumerable: true, value: revokeObjectURL },
});

// ---------------------------------------------------------------------------
// Helpers for node:url

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(toUSVString(`${domain}`));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(toUSVString(`${domain}`));
}

// A URL as the options object http.request() takes.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%' && pathname[n + 1] === '2' && (pathname.codePointAt(n + 2) | 0x20) === 102) {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? isWindows) ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

// Characters a file path may hold that would change a file: URL's meaning (or be
// dropped by the parser), with their escapes, in the order Node replaces them.
const pathEscapes = [
  ['%', '%25'], ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'],
  ['#', '%23'], ['?', '%3F'], ['[', '%5B'], ['\\', '%5C'], [']', '%5D'], ['^', '%5E'],
  ['|', '%7C'], ['~', '%7E'],
];

function encodePathChars(filepath, windows) {
  for (const { 0: ch, 1: esc } of pathEscapes) {
    if (ch === '\\' && windows) continue;
    if (filepath.includes(ch)) filepath = filepath.replaceAll(ch, esc);
  }
  return filepath;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindows;
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    const out = new URL('file://');
    // UNC: \\server\share\resource; "\\?\UNC\" is an extended-length prefix.
    const prefix = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefix);
    if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    out.hostname = domainToASCII(filepath.slice(prefix, hostEnd));
    out.pathname = encodePathChars(filepath.slice(hostEnd).replaceAll('\\', '/'), windows);
    return out;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing slash: keep it.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

module.exports = {
  URL,
  URLSearchParams,
  URLParse: URL.parse,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  encodeStr,
  urlUpdateActions: updateActions,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
};
