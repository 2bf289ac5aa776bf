'use strict';
// Headers (WHATWG Fetch), as Node 20's undici exposes it: names compared case-insensitively,
// iteration sorted by lower-cased name with set-cookie values kept apart, guards
// ('immutable' throws). Server-side, no header name is forbidden.

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kList = Symbol('headers list');
const kGuard = Symbol('guard');

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\0\r\n]/;

function isHeaders(o) {
  return o != null && o[kList] !== undefined;
}

function normalizeValue(v) {
  return v.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function byteString(v, prefix, what) {
  v = `${v}`;
  for (let i = 0; i < v.length; i++) {
    if (v.charCodeAt(i) > 255) {
      throw new TypeError(`${prefix}: ${what} "${v}" is not a valid ByteString.`);
    }
  }
  return v;
}

function requireArgs(n, got, prefix) {
  if (got < n) {
    throw new TypeError(`${prefix}: ${n} argument${n > 1 ? 's' : ''} required, but only ${got} found.`);
  }
}

// The list: Map lower-cased name -> { name (first spelling), value (combined) , cookies }.
function appendTo(h, name, value, prefix) {
  value = normalizeValue(value);
  if (!TOKEN.test(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
  if (BAD_VALUE.test(value)) throw new TypeError(`${prefix}: "${value}" is an invalid header value.`);
  if (h[kGuard] === 'immutable') throw new TypeError('immutable');
  listAppend(h[kList], name, value);
}

function listAppend(list, name, value) {
  const key = name.toLowerCase();
  const e = list.get(key);
  if (e === undefined) {
    list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  } else {
    e.value += (key === 'cookie' ? '; ' : ', ') + value;
    if (e.cookies !== null) e.cookies.push(value);
  }
}

function fill(h, init) {
  if (init === undefined) return;
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (isHeaders(init)) {
    for (const e of init[kList].values()) {
      if (e.cookies !== null) for (const c of e.cookies) listAppend(h[kList], e.name, c);
      else listAppend(h[kList], e.name, e.value);
    }
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const p = [...pair];
      if (p.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
      }
      appendTo(h, byteString(p[0], 'Headers constructor', 'name'),
        byteString(p[1], 'Headers constructor', 'value'), 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError('Headers constructor: Key Symbol() in init is a symbol, which cannot be converted to a ByteString.');
    }
    appendTo(h, byteString(key, 'Headers constructor', 'name'),
      byteString(init[key], 'Headers constructor', 'value'), 'Headers.append');
  }
}

// Sorted, combined entries; set-cookie values each on their own.
function sortedEntries(list) {
  const keys = [...list.keys()].sort();
  const out = [];
  for (const k of keys) {
    const e = list.get(k);
    if (e.cookies !== null) for (const c of e.cookies) out.push([k, c]);
    else out.push([k, e.value]);
  }
  return out;
}

const HeadersIteratorPrototype = {
  __proto__: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
  next() {
    const st = this.state;
    if (st === undefined) throw new TypeError("'next' called on an object that does not implement interface Headers Iterator.");
    const entries = sortedEntries(st.headers[kList]);
    if (st.index >= entries.length) return { value: undefined, done: true };
    const [k, v] = entries[st.index++];
    return { value: st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v], done: false };
  },
};
Object.defineProperty(HeadersIteratorPrototype, Symbol.toStringTag, {
  value: 'Headers Iterator', configurable: true,
});
Object.defineProperty(HeadersIteratorPrototype, 'next', { enumerable: true });

function makeIterator(headers, kind) {
  const it = Object.create(HeadersIteratorPrototype);
  Object.defineProperty(it, 'state', { value: { headers, kind, index: 0 } });
  return it;
}

function check(h, name) {
  if (!isHeaders(h)) throw new TypeError(`Value of "this" must be of type Headers`);
  return name;
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kGuard] = 'none';
    fill(this, init);
  }

  append(name, value) {
    check(this);
    requireArgs(2, arguments.length, 'Headers.append');
    appendTo(this, byteString(name, 'Headers.append', 'name'),
      byteString(value, 'Headers.append', 'value'), 'Headers.append');
  }

  delete(name) {
    check(this);
    requireArgs(1, arguments.length, 'Headers.delete');
    name = byteString(name, 'Headers.delete', 'name');
    if (!TOKEN.test(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    check(this);
    requireArgs(1, arguments.length, 'Headers.get');
    name = byteString(name, 'Headers.get', 'name');
    if (!TOKEN.test(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    const e = this[kList].get(name.toLowerCase());
    return e === undefined ? null : e.value;
  }

  getSetCookie() {
    check(this);
    const e = this[kList].get('set-cookie');
    return e === undefined ? [] : [...e.cookies];
  }

  has(name) {
    check(this);
    requireArgs(1, arguments.length, 'Headers.has');
    name = byteString(name, 'Headers.has', 'name');
    if (!TOKEN.test(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    check(this);
    requireArgs(2, arguments.length, 'Headers.set');
    name = byteString(name, 'Headers.set', 'name');
    value = normalizeValue(byteString(value, 'Headers.set', 'value'));
    if (!TOKEN.test(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (BAD_VALUE.test(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const key = name.toLowerCase();
    const e = this[kList].get(key);
    if (e === undefined) {
      this[kList].set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
    } else {
      e.value = value;
      if (e.cookies !== null) e.cookies = [value];
    }
  }

  forEach(callback, thisArg = undefined) {
    check(this);
    requireArgs(1, arguments.length, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of sortedEntries(this[kList])) callback.call(thisArg, v, k, this);
  }

  keys() { check(this); return makeIterator(this, 'key'); }
  values() { check(this); return makeIterator(this, 'value'); }
  entries() { check(this); return makeIterator(this, 'key+value'); }

  [kInspect](depth, options) {
    const obj = {};
    for (const e of this[kList].values()) obj[e.name] = e.value;
    const { inspect } = require('internal/util/inspect');
    return `Headers ${inspect(obj, { ...options, depth: options.depth })}`;
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.iterator, { enumerable: false });
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });
for (const m of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'forEach', 'keys', 'values', 'entries']) {
  Object.defineProperty(Headers.prototype, m, { enumerable: true });
}

// Internal helpers for the other fetch files.
function createHeaders(guard) {
  const h = new Headers();
  h[kGuard] = guard;
  return h;
}
function setGuard(h, guard) { h[kGuard] = guard; }
function headersList(h) { return h[kList]; }
function fillHeaders(h, init) { fill(h, init); }
// Appends without validation (values that came off the wire).
function rawAppend(h, name, value) { listAppend(h[kList], name, value); }

module.exports = {
  Headers, isHeaders, createHeaders, setGuard, headersList, fillHeaders, rawAppend, listAppend,
  TOKEN,
};
