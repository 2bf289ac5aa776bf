'use strict';
// node:querystring — application/x-www-form-urlencoded-ish parsing and formatting with
// Node's rules: parse() splits on `sep`/`eq` (any length), decodes '+' and %XX only in
// the parts that need it, and falls back to a lenient byte-wise unescape when
// decodeURIComponent throws; stringify() escapes with Node's table.

const { encodeStr, hexTable, isHexTable } = require('internal/querystring');

const qs = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

let utf8Decoder;
function decodeUtf8(bytes) {
  if (utf8Decoder === undefined) {
    const { TextDecoder } = require('internal/encoding');
    utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  }
  return utf8Decoder.decode(bytes);
}

// Value of a hex digit's char code, -1 for anything else.
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes of `s` with %XX decoded (a '%' not followed by two hex digits stays), '+' as
// a space when `decodeSpaces`; other code units keep their low byte. The result is as
// long as `s` when nothing was decoded.
function unescapeBytes(s, decodeSpaces) {
  const len = s.length;
  const out = new Uint8Array(len);
  let n = 0;
  let decoded = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        decoded = true;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return decoded ? out.subarray(0, n) : out;
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  const B = lazyBuffer();
  return B.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    if (qs.unescapeBuffer !== unescapeBuffer) return qs.unescapeBuffer(s, decodeSpaces).toString();
    return decodeUtf8(unescapeBytes(`${s}`, decodeSpaces));
  }
}

// Kept as-is by escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const keepChars = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  keepChars[ch.charCodeAt(0)] = 1;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    str = typeof str === 'object' ? String(str) : str + '';
  }
  return encodeStr(str, keepChars, hexTable);
}

function primitiveString(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the default escape(): numbers below 1e21 need no escaping (no '+' in them).
function encodeDefault(v, encode) {
  switch (typeof v) {
    case 'string': return v.length ? encode(v) : '';
    case 'number':
      if (!Number.isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function encodeCustom(v, encode) {
  return encode(primitiveString(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qs.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let out = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const prefix = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (out) out += sep;
        out += prefix + convert(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(v, encode);
    }
  }
  return out;
}

function codesOf(str) {
  const codes = new Array(str.length);
  for (let i = 0; i < str.length; i++) codes[i] = str.charCodeAt(i);
  return codes;
}

function decodePart(s, decode) {
  try {
    return decode(s);
  } catch {
    return qs.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodePart(key, decode);
  if (value.length > 0 && valueEncoded) value = decodePart(value, decode);
  const cur = obj[key];
  if (cur === undefined) {
    obj[key] = value;
  } else if (Array.isArray(cur)) {
    cur.push(value);
  } else {
    obj[key] = [cur, value];
  }
}

function parse(str, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof str !== 'string' || str.length === 0) return obj;

  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // Pairs left to read; -1 means no limit (maxKeys <= 0).
  let left = 1000;
  if (options && typeof options.maxKeys === 'number') left = options.maxKeys > 0 ? options.maxKeys : -1;

  let decode = qs.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  // A custom decoder sees every non-empty part, with '+' handed over as '%20'.
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  let start = 0; // First char not yet copied into key/value.
  let sepMatched = 0; // Chars of `sep` matched so far.
  let eqMatched = 0; // Chars of `eq` matched so far; eqLen once the key is complete.
  let escapeSeen = 0; // 1 after '%', 2 after '%' and a hex digit.

  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === sepCodes[sepMatched]) {
      if (++sepMatched !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqMatched < eqLen) {
        if (start < end) {
          key += str.slice(start, end);
        } else if (key.length === 0) {
          // Nothing between two separators.
          if (--left === 0) return obj;
          start = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (start < end) {
        value += str.slice(start, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--left === 0) return obj;
      keyEncoded = valueEncoded = custom;
      key = value = '';
      escapeSeen = 0;
      start = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;
    if (eqMatched < eqLen) {
      // Still in the key.
      if (c === eqCodes[eqMatched]) {
        if (++eqMatched === eqLen) {
          const end = i - eqLen + 1;
          if (start < end) key += str.slice(start, end);
          escapeSeen = 0;
          start = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEncoded) {
        if (c === 37) {
          escapeSeen = 1;
          continue;
        }
        if (escapeSeen > 0) {
          if (isHexTable[c] === 1) {
            if (++escapeSeen === 3) keyEncoded = true;
            continue;
          }
          escapeSeen = 0;
        }
      }
      if (c === 43) {
        if (start < i) key += str.slice(start, i);
        key += plus;
        start = i + 1;
        continue;
      }
    }
    if (c === 43) {
      if (start < i) value += str.slice(start, i);
      value += plus;
      start = i + 1;
    } else if (!valueEncoded) {
      if (c === 37) {
        escapeSeen = 1;
      } else if (escapeSeen > 0) {
        if (isHexTable[c] === 1) {
          if (++escapeSeen === 3) valueEncoded = true;
        } else {
          escapeSeen = 0;
        }
      }
    }
  }

  if (start < str.length) {
    if (eqMatched < eqLen) key += str.slice(start);
    else if (sepMatched < sepLen) value += str.slice(start);
  } else if (eqMatched === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}
