'use strict';
// The Body mixin of Request and Response: extracting a body from what the user gives
// (string, URLSearchParams, Blob, buffers, FormData as multipart, ReadableStream, async
// iterables) and consuming it (text/json/arrayBuffer/blob/formData/bytes).
//
// A body is a record { source, stream, node, length, used }: `source` holds the bytes when
// they are known up front, `node` a Node Readable (a fetched response body), `stream` the
// ReadableStream — made only when `.body` is read, so text()/json() on a fetched response
// read the socket data directly.

const kBody = Symbol('body');

let lazy;
function mods() {
  if (lazy === undefined) {
    lazy = {
      rs: require('internal/streams/readablestream'),
      blob: require('internal/buffer_blob'),
      fd: require('internal/fetch/formdata'),
      types: require('internal/util/types'),
      utils: require('internal/streams/utils'),
    };
  }
  return lazy;
}

const encoder = { encode: (s) => { const b = Buffer.from(s, 'utf8'); return new Uint8Array(b.buffer, b.byteOffset, b.length); } };

function toU8(chunk) {
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function isURLSearchParams(o) {
  return o != null && typeof o === 'object' && Object.prototype.toString.call(o) === '[object URLSearchParams]';
}

function randomBoundary() {
  return `----formdata-undici-0${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
}

function escapeName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function multipart(fd) {
  const { formDataEntries } = mods().fd;
  const boundary = randomBoundary();
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const [name, value] of formDataEntries(fd)) {
    if (typeof value === 'string') {
      parts.push(encoder.encode(`${prefix}; name="${escapeName(name)}"\r\n\r\n` +
        `${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(encoder.encode(`${prefix}; name="${escapeName(name)}"; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(blobBytes(value));
      parts.push(encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  return { bytes: concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function blobBytes(b) {
  // The Blob's bytes without copying (they are never written to).
  const syms = Object.getOwnPropertySymbols(b);
  for (const s of syms) if (s.description === 'kBytes') return b[s];
  throw new TypeError('not a Blob');
}

function concat(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let pos = 0;
  for (const p of parts) { out.set(p, pos); pos += p.length; }
  return out;
}

// Returns { body: record, type: string|null }.
function extractBody(object, keepalive = false) {
  const m = mods();
  let source = null;
  let stream = null;
  let type = null;
  if (typeof object === 'string') {
    source = encoder.encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (isURLSearchParams(object)) {
    source = encoder.encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (m.types.isAnyArrayBuffer(object)) {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
  } else if (m.blob.isBlob(object)) {
    source = blobBytes(object);
    if (object.type) type = object.type;
  } else if (m.fd.isFormData(object)) {
    const r = multipart(object);
    source = r.bytes;
    type = r.type;
  } else if (m.rs.isReadableStream(object)) {
    if (keepalive) throw new TypeError('keepalive');
    if (m.utils.isDisturbed(object) || object.locked) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = object;
  } else if (object != null && typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    stream = streamFromAsyncIterable(object);
  } else {
    source = encoder.encode(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  return {
    body: { source, stream, node: null, length: source === null ? null : source.length, used: false },
    type,
  };
}

function streamFromAsyncIterable(iterable) {
  let it;
  return new (mods().rs.ReadableStream)({
    type: 'bytes',
    async pull(c) {
      it ??= iterable[Symbol.asyncIterator]();
      const { value, done } = await it.next();
      if (done) {
        queueMicrotask(() => { c.close(); c.byobRequest?.respond(0); });
        return;
      }
      if (!ArrayBuffer.isView(value) && !mods().types.isAnyArrayBuffer(value)) {
        throw new TypeError('Received non-Uint8Array chunk');
      }
      const u8 = ArrayBuffer.isView(value) ? new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)) : new Uint8Array(value.slice(0));
      if (u8.length) c.enqueue(u8);
    },
    async cancel(reason) {
      await it?.return?.(reason);
    },
  }, { highWaterMark: 0 });
}

// A byte ReadableStream over a Node Readable (fetched body): reads as the consumer pulls.
function streamFromNode(node) {
  let done = false;
  let ctrl;
  const onData = (chunk) => {
    if (done) return;
    ctrl.enqueue(new Uint8Array(chunk));
    if (ctrl.desiredSize <= 0) node.pause();
  };
  return new (mods().rs.ReadableStream)({
    type: 'bytes',
    start(c) {
      ctrl = c;
      node.on('data', onData);
      node.once('end', () => {
        if (done) return;
        done = true;
        c.close();
        c.byobRequest?.respond(0);
      });
      node.once('error', (err) => {
        if (done) return;
        done = true;
        c.error(err);
      });
      node.pause();
    },
    pull() {
      node.resume();
    },
    cancel(reason) {
      done = true;
      node.destroy();
    },
  }, { highWaterMark: 65536 });
}

function bytesStream(bytes) {
  return new (mods().rs.ReadableStream)({
    type: 'bytes',
    start(c) {
      if (bytes.length) c.enqueue(new Uint8Array(bytes));
      c.close();
    },
  });
}

// The ReadableStream of a body record (made on first use).
function bodyStream(rec) {
  if (rec.stream === null) {
    if (rec.used) {
      // Consumed without a stream: a closed, locked one (as undici's after text()).
      rec.stream = bytesStream(new Uint8Array(0));
      rec.stream.getReader();
    } else if (rec.node !== null) rec.stream = streamFromNode(rec.node);
    else rec.stream = bytesStream(rec.source);
  }
  return rec.stream;
}

function isUnusable(rec) {
  if (rec === null) return false;
  if (rec.used) return true;
  return rec.stream !== null && (mods().utils.isDisturbed(rec.stream) || rec.stream.locked);
}

function bodyUsed(obj) {
  const rec = obj[kBody];
  return rec !== null && rec !== undefined &&
    (rec.used || (rec.stream !== null && mods().utils.isDisturbed(rec.stream)));
}

function readAllNode(node) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let n = 0;
    node.on('data', (c) => { chunks.push(c); n += c.length; });
    node.once('end', () => resolve(chunks.length === 1 ? toU8(chunks[0]) : toU8(Buffer.concat(chunks, n))));
    node.once('error', reject);
    node.resume();
  });
}

async function readAllStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0] : concat(chunks);
}

// All the bytes of the body of `obj` (a Request or Response); marks it used.
function consume(obj) {
  const rec = obj[kBody];
  if (rec === null) return Promise.resolve(new Uint8Array(0));
  if (isUnusable(rec)) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  rec.used = true;
  if (rec.stream !== null) return readAllStream(rec.stream);
  if (rec.node !== null) return readAllNode(rec.node);
  return Promise.resolve(rec.source);
}

let decoder;
function utf8(bytes) {
  decoder ??= new TextDecoder();
  return decoder.decode(bytes);
}

function mimeEssence(obj) {
  const ct = obj.headers.get('content-type');
  return ct === null ? '' : ct.split(';')[0].trim().toLowerCase();
}

function parseFormData(obj, bytes) {
  const { FormData } = mods().fd;
  const ct = obj.headers.get('content-type') ?? '';
  const essence = mimeEssence(obj);
  const fd = new FormData();
  if (essence === 'application/x-www-form-urlencoded') {
    for (const [k, v] of new URLSearchParams(utf8(bytes))) fd.append(k, v);
    return fd;
  }
  if (essence === 'multipart/form-data') {
    const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(ct);
    if (m === null) throw new TypeError('Failed to parse body as FormData.');
    parseMultipart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), m[1] ?? m[2], fd);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

function unescapeName(s) {
  return s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');
}

function parseMultipart(buf, boundary, fd) {
  const delim = Buffer.from(`--${boundary}`);
  const fail = () => { throw new TypeError('Failed to parse body as FormData.'); };
  let pos = buf.indexOf(delim);
  if (pos !== 0) fail();
  const { File } = mods().blob;
  for (;;) {
    pos += delim.length;
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) return; // closing delimiter
    if (buf[pos] !== 0x0d || buf[pos + 1] !== 0x0a) fail();
    pos += 2;
    const headEnd = buf.indexOf('\r\n\r\n', pos);
    if (headEnd === -1) fail();
    const head = buf.toString('latin1', pos, headEnd);
    const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headEnd + 4);
    if (next === -1) fail();
    const content = buf.subarray(headEnd + 4, next);
    let name = null;
    let filename = null;
    let type = '';
    for (const line of head.split('\r\n')) {
      const i = line.indexOf(':');
      if (i === -1) fail();
      const key = line.slice(0, i).trim().toLowerCase();
      const value = line.slice(i + 1).trim();
      if (key === 'content-disposition') {
        const n = /(?:^|;)\s*name="([^"]*)"/i.exec(value) ?? /(?:^|;)\s*name=([^;\s]*)/i.exec(value);
        const f = /;\s*filename="([^"]*)"/i.exec(value) ?? /;\s*filename=([^;\s]*)/i.exec(value);
        if (n !== null) name = unescapeName(Buffer.from(n[1], 'latin1').toString('utf8'));
        if (f !== null) filename = unescapeName(Buffer.from(f[1], 'latin1').toString('utf8'));
      } else if (key === 'content-type') {
        type = value;
      }
    }
    if (name === null) fail();
    if (filename !== null) fd.append(name, new File([content], filename, { type }));
    else fd.append(name, content.toString('utf8'));
    pos = next + 2;
  }
}

// The methods Request and Response share.
const mixin = {
  get body() {
    const rec = this[kBody];
    return rec === null ? null : bodyStream(rec);
  },
  get bodyUsed() {
    return bodyUsed(this);
  },
  arrayBuffer() {
    return consume(this).then((b) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ?
      b.buffer : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
  },
  blob() {
    return consume(this).then((b) => {
      const { Blob } = mods().blob;
      const ct = this.headers.get('content-type');
      return new Blob([b], { type: ct ?? '' });
    });
  },
  bytes() {
    return consume(this).then((b) => new Uint8Array(b));
  },
  formData() {
    return consume(this).then((b) => parseFormData(this, b));
  },
  json() {
    return consume(this).then((b) => JSON.parse(utf8(b)));
  },
  text() {
    return consume(this).then(utf8);
  },
};

function installMixin(cls) {
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(mixin))) {
    const d = Object.getOwnPropertyDescriptor(mixin, key);
    d.enumerable = true;
    Object.defineProperty(cls.prototype, key, d);
  }
}

// Tees a body record (clone()).
function cloneBody(rec) {
  if (rec === null) return null;
  if (rec.stream === null && rec.node === null) {
    return { source: rec.source, stream: null, node: null, length: rec.length, used: false };
  }
  const [a, b] = bodyStream(rec).tee();
  rec.stream = a;
  return { source: null, stream: b, node: null, length: rec.length, used: false };
}

module.exports = {
  kBody, extractBody, installMixin, cloneBody, bodyStream, isUnusable, bodyUsed, streamFromNode,
};
