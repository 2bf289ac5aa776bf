'use strict';
// Request (WHATWG Fetch), as Node 20's undici exposes it.

const { Headers, createHeaders, setGuard, fillHeaders, headersList, TOKEN } = require('internal/fetch/headers');
const { kBody, extractBody, installMixin, cloneBody, isUnusable } = require('internal/fetch/body');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('request state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');

const NORMALIZED = { delete: 'DELETE', get: 'GET', head: 'HEAD', options: 'OPTIONS', post: 'POST', put: 'PUT' };
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function enumCheck(value, allowed, what) {
  value = `${value}`;
  if (!allowed.includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return value;
}

function parseURL(input) {
  try {
    return new URL(input);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function isRequest(o) {
  return o != null && o[kState] !== undefined;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) {
      throw new TypeError('Request constructor: 1 argument required, but only 0 found.');
    }
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an object.");
    }
    init ??= {};
    let state;
    let parentSignal = null;
    let inputBody = null;
    if (isRequest(input)) {
      const s = input[kState];
      state = { ...s, urlList: [s.urlList[0]] };
      parentSignal = input.signal;
      inputBody = input[kBody];
    } else {
      const url = parseURL(`${input}`);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', urlList: [url], referrer: 'about:client', referrerPolicy: '', mode: 'cors',
        credentials: 'same-origin', cache: 'default', redirect: 'follow', integrity: '',
        keepalive: false, duplex: 'half', reloadNavigation: false, historyNavigation: false,
      };
    }
    if (init.mode === 'navigate') {
      throw new TypeError('Request constructor: invalid request mode navigate.');
    }
    if (init.referrer !== undefined) {
      const r = `${init.referrer}`;
      if (r === '') state.referrer = 'no-referrer';
      else {
        let u;
        try { u = new URL(r); } catch (err) {
          throw new TypeError(`Referrer "${r}" is not a valid URL.`, { cause: err });
        }
        state.referrer = u.href === 'about:client' ? 'about:client' : u.href;
      }
    }
    if (init.referrerPolicy !== undefined) {
      state.referrerPolicy = enumCheck(init.referrerPolicy, ['', 'no-referrer', 'no-referrer-when-downgrade',
        'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin',
        'strict-origin-when-cross-origin', 'unsafe-url']);
    }
    if (init.mode !== undefined) state.mode = enumCheck(init.mode, ['same-origin', 'no-cors', 'cors', 'navigate', 'websocket']);
    if (init.credentials !== undefined) state.credentials = enumCheck(init.credentials, ['omit', 'same-origin', 'include']);
    if (init.cache !== undefined) {
      state.cache = enumCheck(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']);
      if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (init.redirect !== undefined) state.redirect = enumCheck(init.redirect, ['follow', 'error', 'manual']);
    if (init.integrity != null) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const up = method.toUpperCase();
      if (FORBIDDEN_METHODS.has(up)) throw new TypeError(`'${up}' HTTP method is unsupported.`);
      method = NORMALIZED[method.toLowerCase()] ?? method;
      state.method = method;
    }
    if (init.signal !== undefined) {
      const sig = init.signal;
      if (sig !== null && (typeof sig !== 'object' || !('aborted' in sig) || typeof sig.addEventListener !== 'function')) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      parentSignal = sig;
    }
    this[kState] = state;
    this[kSignal] = null;
    Object.defineProperty(this, 'parentSignal', { value: parentSignal, writable: true });

    const headers = createHeaders('request');
    const initHeaders = init.headers !== undefined ? init.headers : (isRequest(input) ? input.headers : undefined);
    if (initHeaders !== undefined) fillHeaders(headers, initHeaders);
    this[kHeaders] = headers;

    if ((init.body != null || (init.body === undefined && inputBody !== null)) &&
        (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (init.body != null) {
      const { body: rec, type } = extractBody(init.body, state.keepalive);
      body = rec;
      if (type !== null && !headers.has('content-type')) headersList(headers).set('content-type', { name: 'content-type', value: type, cookies: null });
    }
    const finalBody = body ?? (init.body === undefined ? inputBody : null);
    if (finalBody !== null && finalBody.source === null) {
      if (init.duplex === undefined && body !== null) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    }
    if (init.duplex !== undefined) state.duplex = enumCheck(init.duplex, ['half']);
    if (body === null && init.body === undefined && inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The input's body moves to the new request.
      const moved = { ...inputBody };
      inputBody.used = true;
      this[kBody] = moved;
    } else {
      this[kBody] = finalBody;
    }
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].urlList[0].href; }
  get headers() { return this[kHeaders]; }
  get destination() { return ''; }
  get referrer() {
    const r = this[kState].referrer;
    return r === 'no-referrer' ? '' : r;
  }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get mode() { return this[kState].mode; }
  get credentials() { return this[kState].credentials; }
  get cache() { return this[kState].cache; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return this[kState].integrity; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return this[kState].reloadNavigation; }
  get isHistoryNavigation() { return this[kState].historyNavigation; }
  get duplex() { return 'half'; }
  get signal() {
    if (this[kSignal] === null) {
      const ac = new AbortController();
      const parent = this.parentSignal;
      if (parent != null) {
        if (parent.aborted) ac.abort(parent.reason);
        else {
          parent.addEventListener('abort', () => ac.abort(parent.reason), { once: true });
        }
      }
      this[kSignal] = ac.signal;
    }
    return this[kSignal];
  }

  clone() {
    if (!isRequest(this)) throw new TypeError('Illegal invocation');
    if (isUnusable(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = Object.create(Request.prototype);
    r[kState] = { ...this[kState], urlList: [...this[kState].urlList] };
    r[kSignal] = null;
    Object.defineProperty(r, 'parentSignal', { value: this.signal, writable: true });
    const h = createHeaders('none');
    fillHeaders(h, this[kHeaders]);
    setGuard(h, 'request');
    r[kHeaders] = h;
    r[kBody] = cloneBody(this[kBody]);
    return r;
  }

  [kInspect](depth, options) {
    const { inspect } = require('internal/util/inspect');
    const obj = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation, isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(obj, { ...options, depth: options.depth })}`;
  }
}
installMixin(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

function requestState(r) { return r[kState]; }

module.exports = { Request, isRequest, requestState, Headers };
