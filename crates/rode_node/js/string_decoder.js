'use strict';
// node:string_decoder — decodes a stream of byte chunks into strings without splitting a
// character across chunks. The state lives in a 7-byte buffer laid out as Node's native
// decoder's (kNativeDecoder): bytes 0-3 the incomplete character, 4 the bytes still
// missing, 5 the bytes buffered, 6 the encoding; chunk boundaries, replacement characters
// and flushing follow Node's decoder exactly.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's encoding enum values (stored in the state, as Node does).
const encodingIds = { __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
const encodingNames = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le',
  'utf-16le': 'utf16le', 'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64',
  'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const len = enc.length;
  if (typeof len !== 'number') return undefined;
  const lower = `${enc}`.toLowerCase();
  if (lower.length !== len) return undefined;
  return encodingNames[lower];
}

let BufferCtor = null;
function newState() {
  if (BufferCtor === null) {
    try {
      BufferCtor = require('buffer').Buffer;
    } catch {
      BufferCtor = undefined;
    }
  }
  return typeof BufferCtor?.alloc === 'function' ? BufferCtor.alloc(kSize) : new Uint8Array(kSize);
}

let utf8Decoder;
function decodeUtf8(bytes) {
  if (utf8Decoder === undefined) {
    const { TextDecoder } = require('internal/encoding');
    utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  }
  return utf8Decoder.decode(bytes);
}

function decodeBytes(bytes, mask) {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, Math.min(i + CHUNK, bytes.length));
    out += String.fromCharCode.apply(null, mask === 0xff ? part : part.map((b) => b & mask));
  }
  return out;
}

function decodeUtf16le(bytes) {
  const n = bytes.length >> 1;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + 8192, n)));
  return out;
}

const hexDigits = '0123456789abcdef';
function decodeHex(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
  return out;
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function decodeBase64(bytes, url) {
  const table = url ? b64url : b64;
  let out = '';
  const len = bytes.length;
  let i = 0;
  for (; i + 2 < len; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
  }
  if (i < len) {
    const n = (bytes[i] << 16) | ((i + 1 < len ? bytes[i + 1] : 0) << 8);
    out += table[n >> 18] + table[(n >> 12) & 63];
    if (i + 1 < len) out += table[(n >> 6) & 63];
    if (!url) out += i + 1 < len ? '=' : '==';
  }
  return out;
}

// The string for complete input bytes in encoding `id`.
function makeString(bytes, id) {
  switch (id) {
    case 1: return decodeUtf8(bytes);
    case 3: return decodeUtf16le(bytes);
    case 2: return decodeBase64(bytes, false);
    case 7: return decodeBase64(bytes, true);
    case 5: return decodeHex(bytes);
    case 4: return decodeBytes(bytes, 0xff);
    default: return decodeBytes(bytes, 0x7f);
  }
}

function decode(state, data) {
  const id = state[kEncodingField];
  if (id !== 1 && id !== 3 && id !== 2 && id !== 7) return makeString(data, id);
  let prepend = '';
  let start = 0;
  let nread = data.length;
  if (state[kMissingBytes] > 0) {
    if (id === 1) {
      // A byte that should continue the character but does not ends it early: the
      // buffered bytes become a replacement character and the byte starts anew.
      for (let i = 0; i < nread && i < state[kMissingBytes]; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state.subarray(0, state[kBufferedBytes]), id);
      state[kBufferedBytes] = 0;
    }
  }
  if (nread === 0) return prepend;

  const body = data.subarray(start, start + nread);
  // Keep back an incomplete character at the end for the next chunk.
  if (id === 1) {
    if (body[nread - 1] & 0x80) {
      for (let i = nread - 1; ; i--) {
        state[kBufferedBytes]++;
        const b = body[i];
        if ((b & 0xC0) === 0x80) {
          if (state[kBufferedBytes] >= 4 || i === 0) {
            state[kBufferedBytes] = 0;
            break;
          }
          continue;
        }
        let need;
        if ((b & 0xE0) === 0xC0) need = 2;
        else if ((b & 0xF0) === 0xE0) need = 3;
        else if ((b & 0xF8) === 0xF0) need = 4;
        else {
          state[kBufferedBytes] = 0;
          break;
        }
        if (state[kBufferedBytes] >= need) {
          // Complete (or invalid anyway): nothing to keep.
          state[kBufferedBytes] = 0;
          state[kMissingBytes] = 0;
        } else {
          state[kMissingBytes] = need - state[kBufferedBytes];
        }
        break;
      }
    }
  } else if (id === 3) {
    if (nread % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((body[nread - 1] & 0xFC) === 0xD8) {
      // The first half of a surrogate pair.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    state[kBufferedBytes] = nread % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }
  let keep = nread;
  if (state[kBufferedBytes] > 0) {
    keep -= state[kBufferedBytes];
    state.set(body.subarray(keep, nread), 0);
  }
  return prepend + (keep > 0 ? makeString(body.subarray(0, keep), id) : '');
}

function flush(state) {
  const id = state[kEncodingField];
  if (id === 3 && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state.subarray(0, state[kBufferedBytes]), id);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kNativeDecoder] = newState();
  this[kNativeDecoder][kEncodingField] = encodingIds[enc];
}

function bytesOf(buf) {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], bytesOf(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Undocumented legacy: decode from `offset`, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, 4);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

exports.StringDecoder = StringDecoder;
