'use strict';
// How a test file run by `--test` reports to the parent: each event is one line on stdout,
// `\u001eRODE-TEST ` + JSON, with values JSON can't carry (errors, undefined, bigints,
// non-finite numbers, Maps, Sets, Dates, RegExps, cycles) tagged so the parent rebuilds them
// for its reporters. Anything else the child prints is its own output.

const kPrefix = '\u001eRODE-TEST ';

function encode(value, seen = new Set()) {
  switch (typeof value) {
    case 'undefined': return { $: 'undefined' };
    case 'bigint': return { $: 'bigint', v: String(value) };
    case 'number': return Number.isFinite(value) && !Object.is(value, -0) ? value : { $: 'number', v: String(value) };
    case 'symbol': return { $: 'symbol', v: value.description };
    case 'function': return { $: 'function', v: value.name };
    case 'string': case 'boolean': return value;
    default: break;
  }
  if (value === null) return null;
  if (seen.has(value)) return { $: 'circular' };
  seen.add(value);
  try {
    if (value instanceof Error || (typeof value.stack === 'string' && typeof value.message === 'string')) {
      const keys = Object.keys(value);
      const props = keys.map((key) => [key, encode(value[key], seen)]);
      const hiddenCause = !keys.includes('cause') && Object.hasOwn(value, 'cause');
      return {
        $: 'error',
        ctor: value.constructor?.name,
        name: value.name,
        message: value.message,
        stack: value.stack,
        props,
        cause: hiddenCause ? encode(value.cause, seen) : undefined,
        hiddenCause,
      };
    }
    if (Array.isArray(value)) return { $: 'array', v: value.map((v) => encode(v, seen)) };
    if (value instanceof Map) return { $: 'map', v: [...value].map(([k, v]) => [encode(k, seen), encode(v, seen)]) };
    if (value instanceof Set) return { $: 'set', v: [...value].map((v) => encode(v, seen)) };
    if (value instanceof Date) return { $: 'date', v: value.getTime() };
    if (value instanceof RegExp) return { $: 'regexp', v: value.source, f: value.flags };
    const out = [];
    for (const key of Object.keys(value)) out.push([key, encode(value[key], seen)]);
    return { $: 'object', v: out, proto: Object.getPrototypeOf(value) === null ? null : undefined };
  } finally {
    seen.delete(value);
  }
}

function errorPrototype(ctor, name) {
  if (ctor === 'AssertionError') return require('assert').AssertionError.prototype;
  const G = globalThis[ctor] ?? globalThis[name];
  return typeof G === 'function' && (G === Error || G.prototype instanceof Error) ? G.prototype : Error.prototype;
}

function decode(v) {
  if (v === null || typeof v !== 'object') return v;
  switch (v.$) {
    case 'undefined': return undefined;
    case 'bigint': return BigInt(v.v);
    case 'number': return Number(v.v);
    case 'symbol': return Symbol(v.v);
    case 'function': {
      const f = function() {};
      Object.defineProperty(f, 'name', { __proto__: null, value: v.v });
      return f;
    }
    case 'circular': return '<Circular>';
    case 'array': return v.v.map(decode);
    case 'map': return new Map(v.v.map(([k, x]) => [decode(k), decode(x)]));
    case 'set': return new Set(v.v.map(decode));
    case 'date': return new Date(v.v);
    case 'regexp': return new RegExp(v.v, v.f);
    case 'error': {
      const err = Object.create(errorPrototype(v.ctor, v.name));
      const hidden = (key, value) => Object.defineProperty(err, key, {
        __proto__: null, value, writable: true, configurable: true, enumerable: false,
      });
      hidden('stack', v.stack);
      hidden('message', v.message);
      if (err.name !== v.name) hidden('name', v.name);
      for (const [key, x] of v.props) err[key] = decode(x);
      if (v.hiddenCause) hidden('cause', decode(v.cause));
      return err;
    }
    case 'object': {
      const o = v.proto === null ? { __proto__: null } : {};
      for (const [key, x] of v.v) o[key] = decode(x);
      return o;
    }
    default: return v;
  }
}

// The child's reporter.
async function* serialize(source) {
  for await (const event of source) {
    yield `${kPrefix}${JSON.stringify(encode(event))}\n`;
  }
}

// Splits a child's stdout into events and lines of its own output.
function parseLine(line) {
  if (!line.startsWith(kPrefix)) return null;
  try {
    return decode(JSON.parse(line.slice(kPrefix.length)));
  } catch {
    return null;
  }
}

module.exports = { serialize, parseLine, kPrefix };
