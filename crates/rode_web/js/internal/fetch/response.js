'use strict';
// Response (WHATWG Fetch), as Node 20's undici exposes it.

const { createHeaders, setGuard, fillHeaders, headersList } = require('internal/fetch/headers');
const { kBody, extractBody, installMixin, cloneBody, isUnusable } = require('internal/fetch/body');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('response state');
const kHeaders = Symbol('headers');

const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const REASON = /^[\t\x20-\x7e\x80-\xff]*$/;

function isResponse(o) {
  return o != null && o[kState] !== undefined;
}

function initialize(r, init, body) {
  if (init.status != null) {
    const status = Number(init.status) >>> 0 & 0xffff;
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
  }
  if (init.statusText != null && !REASON.test(`${init.statusText}`)) {
    throw new TypeError('Invalid statusText');
  }
  if (init.status != null) r[kState].status = Number(init.status) >>> 0 & 0xffff;
  if (init.statusText != null) r[kState].statusText = `${init.statusText}`;
  if (init.headers !== undefined) fillHeaders(r[kHeaders], init.headers);
  if (body !== null) {
    if (NULL_BODY.has(r[kState].status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${r[kState].status}`);
    }
    r[kBody] = body.body;
    if (body.type !== null && !r[kHeaders].has('content-type')) {
      headersList(r[kHeaders]).set('content-type', { name: 'content-type', value: body.type, cookies: null });
    }
  }
}

function blank(type, guard) {
  const r = Object.create(Response.prototype);
  r[kState] = { status: 200, statusText: '', type, urlList: [] };
  r[kHeaders] = createHeaders(guard);
  r[kBody] = null;
  return r;
}

class Response {
  constructor(body = null, init = {}) {
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an object.");
    }
    init ??= {};
    this[kState] = { status: 200, statusText: '', type: 'default', urlList: [] };
    this[kHeaders] = createHeaders('response');
    this[kBody] = null;
    initialize(this, init, body != null ? extractBody(body) : null);
  }

  static error() {
    const r = blank('error', 'immutable');
    r[kState].status = 0;
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = blank('default', 'response');
    const body = extractBody(text);
    body.type = 'application/json';
    initialize(r, init ?? {}, body);
    return r;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = Number(status) >>> 0 & 0xffff;
    if (!REDIRECT.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = blank('default', 'immutable');
    r[kState].status = status;
    headersList(r[kHeaders]).set('location', { name: 'location', value: parsed.href, cookies: null });
    return r;
  }

  get type() { return this[kState].type; }
  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = list[list.length - 1];
    const i = u.href.indexOf('#');
    return i === -1 ? u.href : u.href.slice(0, i);
  }
  get redirected() { return this[kState].urlList.length > 1; }
  get status() { return this[kState].status; }
  get ok() { const s = this[kState].status; return s >= 200 && s <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kHeaders]; }

  clone() {
    if (!isResponse(this)) throw new TypeError('Illegal invocation');
    if (isUnusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = Object.create(Response.prototype);
    r[kState] = { ...this[kState], urlList: [...this[kState].urlList] };
    const h = createHeaders('none');
    fillHeaders(h, this[kHeaders]);
    setGuard(h, this[kState].type === 'error' ? 'immutable' : 'response');
    r[kHeaders] = h;
    r[kBody] = cloneBody(this[kBody]);
    return r;
  }

  [kInspect](depth, options) {
    const { inspect } = require('internal/util/inspect');
    const obj = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(obj, { ...options, depth: options.depth })}`;
  }
}
installMixin(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// For fetch: a response off the wire.
function createResponse(status, statusText, urlList, bodyRec) {
  const r = blank('basic', 'immutable');
  r[kState].status = status;
  r[kState].statusText = statusText;
  r[kState].urlList = urlList;
  r[kBody] = bodyRec;
  return r;
}

module.exports = { Response, isResponse, createResponse };
