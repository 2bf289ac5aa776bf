'use strict';
// Blob and File (exported by node:buffer), and resolveObjectURL. A Blob keeps its bytes in
// one Uint8Array that is never written to; slices share it.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { encodings: { UTF8 } } = require('internal/buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

// Types may only hold printable ASCII; anything else makes the type ''.
const disallowedTypeCharacters = /[^\u0020-\u007E]/;
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

let lazyInspect;
function inspect(value, options) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, options);
}

function isBlob(object) {
  return object?.[kBytes] !== undefined;
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

// The bytes of one constructor part, copied (the Blob must not see later writes).
function partBytes(part, endings) {
  if (isBlob(part)) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (isArrayBufferView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, EOL);
  return new Uint8Array(binding.encode(text, UTF8));
}

function concatBytes(parts, length) {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

// Makes a Blob around bytes without running the constructor.
function createBlob(bytes, type) {
  const blob = Reflect.construct(function() {
    this[kBytes] = bytes;
    this[kType] = type;
  }, [], Blob);
  return blob;
}

// A number argument of slice() as an integer (WebIDL [Clamp] long long).
function toInteger(value) {
  value = Math.trunc(+value);
  return value !== value ? 0 : value;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    let length = 0;
    const parts = [];
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      length += bytes.length;
      parts.push(bytes);
    }
    if (length > binding.kMaxLength) throw new ERR_BUFFER_TOO_LARGE(binding.kMaxLength);
    this[kBytes] = concatBytes(parts, length);
    this[kType] = normalizeType(type);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this[kBytes]?.length, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    start = toInteger(start);
    end = toInteger(end);
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const span = Math.max(end - start, 0);
    return createBlob(this[kBytes].subarray(start, start + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = this[kBytes];
    const text = binding.toString(bytes, UTF8, 0, bytes.length);
    // As TextDecoder: a leading byte order mark is dropped.
    return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
  }

  bytes() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    // A byte stream (BYOB readers work) that reads nothing until asked: the first pull
    // enqueues a copy of the bytes (enqueue detaches its buffer), the next one closes.
    const bytes = this[kBytes];
    let sent = bytes.length === 0;
    const { ReadableStream } = require('internal/streams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(bytes.slice());
          return;
        }
        controller.close();
        controller.byobRequest?.respond(0);
      },
    });
  }
}

const enumerable = { __proto__: null, enumerable: true };
Object.defineProperties(Blob.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
  size: enumerable,
  type: enumerable,
  slice: enumerable,
  stream: enumerable,
  text: enumerable,
  arrayBuffer: enumerable,
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (lastModified !== lastModified) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = toWellFormed(`${fileName}`);
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: enumerable,
  lastModified: enumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

// Lone surrogates become U+FFFD.
function toWellFormed(s) {
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// Blobs registered by URL.createObjectURL (`blob:nodedata:<id>`), by id.
const objectURLs = new Map();

// For URL.createObjectURL / revokeObjectURL: registers `blob` and returns its URL.
function storeObjectURL(id, blob) {
  objectURLs.set(`${id}`, blob);
  return `blob:nodedata:${id}`;
}

function revokeObjectURL(url) {
  const id = objectURLId(`${url}`);
  if (id !== undefined) objectURLs.delete(id);
}

function objectURLId(url) {
  const match = /^blob:nodedata:([^?#]*)/i.exec(url);
  return match === null ? undefined : match[1];
}

// The Blob registered for a `blob:nodedata:…` URL, else undefined.
function resolveObjectURL(url) {
  const id = objectURLId(`${url}`);
  if (id === undefined) return undefined;
  const blob = objectURLs.get(id);
  return blob === undefined ? undefined : createBlob(blob[kBytes], blob[kType]);
}

module.exports = {
  Blob,
  File,
  isBlob,
  resolveObjectURL,
  storeObjectURL,
  revokeObjectURL,
};
