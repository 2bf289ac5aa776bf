'use strict';
// TextEncoder and TextDecoder (utf-8 natively; utf-16le and latin1 in JS), per the WHATWG
// Encoding standard as Node exposes them.

const { encodeUtf8, decodeUtf8 } = internalBinding('encoding');

function errors() {
  return require('internal/errors');
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    const bytes = encodeUtf8(`${src}`);
    let read = 0;
    let written = 0;
    let i = 0;
    for (const ch of `${src}`) {
      const cp = ch.codePointAt(0);
      const len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + len > dest.length) break;
      for (let k = 0; k < len; k++) dest[written + k] = bytes[i + k];
      i += len;
      written += len;
      read += ch.length;
    }
    return { read, written };
  }
}

const labels = new Map([
  ['unicode-1-1-utf-8', 'utf-8'], ['utf-8', 'utf-8'], ['utf8', 'utf-8'],
  ['unicode11utf8', 'utf-8'], ['unicode20utf8', 'utf-8'], ['x-unicode20utf8', 'utf-8'],
  ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicode', 'utf-16le'],
  ['csunicode', 'utf-16le'], ['iso-10646-ucs-2', 'utf-16le'], ['unicodefeff', 'utf-16le'],
  ['latin1', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['ascii', 'windows-1252'],
  ['us-ascii', 'windows-1252'], ['windows-1252', 'windows-1252'], ['l1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'], ['cp1252', 'windows-1252'], ['x-cp1252', 'windows-1252'],
  ['ansi_x3.4-1968', 'windows-1252'], ['cp819', 'windows-1252'], ['csisolatin1', 'windows-1252'],
  ['ibm819', 'windows-1252'], ['iso-ir-100', 'windows-1252'], ['iso_8859-1', 'windows-1252'],
  ['iso_8859-1:1987', 'windows-1252'], ['iso88591', 'windows-1252'],
]);

function toUint8(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  const { codes } = errors();
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #pending = null;

  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const enc = labels.get(label);
    if (enc === undefined) {
      const { codes } = errors();
      throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() {
    return this.#encoding;
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  decode(input, options = {}) {
    let bytes = toUint8(input);
    const stream = Boolean(options && options.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    if (stream) {
      const cut = incompleteTail(bytes, this.#encoding);
      if (cut > 0) {
        this.#pending = bytes.slice(bytes.length - cut);
        bytes = bytes.subarray(0, bytes.length - cut);
      }
    }
    const stripBom = !this.#ignoreBOM && !this.#bomSeen;
    if (bytes.length > 0) this.#bomSeen = true;
    let out;
    if (this.#encoding === 'utf-8') {
      out = decodeUtf8(bytes, this.#fatal, stripBom);
      if (out === undefined) {
        const { codes } = errors();
        throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
      }
    } else if (this.#encoding === 'utf-16le') {
      let start = 0;
      if (stripBom && bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) start = 2;
      out = '';
      for (let i = start; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if ((bytes.length - start) % 2 === 1) out += '\ufffd';
    } else {
      out = '';
      for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(cp1252(bytes[i]));
    }
    if (!stream) this.#bomSeen = false;
    return out;
  }
}

const cp1252High = [
  0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
  0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
];
function cp1252(b) {
  return b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : b;
}

// Bytes at the end of `bytes` that start a sequence not yet complete.
function incompleteTail(bytes, encoding) {
  const n = bytes.length;
  if (encoding === 'utf-16le') return n % 2;
  if (encoding !== 'utf-8') return 0;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xC0) === 0x80) continue;
    const need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

module.exports = { TextEncoder, TextDecoder };
