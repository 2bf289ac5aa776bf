'use strict';
// Percent-encoding helpers shared by querystring, url (legacy) and internal/url
// (URLSearchParams): UTF-8 bytes of every code unit not marked in a 128-entry "keep" table
// become %XX (uppercase hex).

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// hexTable[b] === '%XX' for every byte b.
const hexTable = new Array(256);
for (let b = 0; b < 256; b++) hexTable[b] = `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;

// isHexTable[c] === 1 for the char codes of 0-9, A-F and a-f (256 entries).
const isHexTable = new Int8Array(256);
for (const c of '0123456789ABCDEFabcdef') isHexTable[c.charCodeAt(0)] = 1;

// Encodes `str` (a string): ASCII code units with keep[c] === 1 stay, everything else is
// written as the %XX escapes (from `table`) of its UTF-8 bytes. A lone high surrogate at
// the end throws ERR_INVALID_URI; a high surrogate followed by any unit is paired with it.
function encodeStr(str, keep, table) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      out += table[c];
      last = i + 1;
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    } else {
      // A surrogate: take the next unit as its pair, whatever it is.
      if (++i >= len) throw new ERR_INVALID_URI();
      const low = str.charCodeAt(i) & 0x3FF;
      c = 0x10000 + (((c & 0x3FF) << 10) | low);
      out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] +
        table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

module.exports = { encodeStr, hexTable, isHexTable };
