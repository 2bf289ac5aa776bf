'use strict';
// Stand-in for rode's native internalBinding('buffer') when a built-in runs under real Node
// (see tools/builtin-under-node.js). Same contract as crates/rode_node/src/buffer.rs (read
// its module comment); the byte work is done with Node's own Buffer, so a difference
// between rode's buffer.js and Node found this way is in the JS layer. The Rust codec is
// checked against Node separately (its unit tests, and the oracle comparison).
const {
  Buffer: NodeBuffer,
  transcode: nodeTranscode,
  atob: nodeAtob,
  btoa: nodeBtoa,
  isUtf8: nodeIsUtf8,
  isAscii: nodeIsAscii,
} = require('buffer');

const names = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const encName = (enc) => names[enc] || 'utf8';

// The same limits as QuickJS, so the JS layer sees rode's numbers (Node's own with
// RODE_SHIM_NODE_LIMITS=1, to compare error messages with Node's word for word).
const nodeLimits = process.env.RODE_SHIM_NODE_LIMITS === '1';
const kMaxLength = nodeLimits ? require('buffer').kMaxLength : 2 ** 31 - 1;
const kStringMaxLength = nodeLimits ? require('buffer').kStringMaxLength : 2 ** 30 - 1;

const view = (u8) => NodeBuffer.from(u8.buffer, u8.byteOffset, u8.byteLength);

function index(x, max) {
  if (x !== x || x <= 0) return 0;
  return x >= max ? max : Math.trunc(x);
}

function requireUint8(v) {
  if (!(v instanceof Uint8Array)) throw new TypeError('not a Uint8Array');
}

function byteLengthUtf8(str) {
  return NodeBuffer.byteLength(`${str}`, 'utf8');
}

function write(buf, str, offset, maxLength, enc) {
  requireUint8(buf);
  const start = index(offset, buf.length);
  const len = index(maxLength, buf.length - start);
  if (len === 0) return 0;
  return view(buf).write(`${str}`, start, len, encName(enc));
}

function encode(str, enc) {
  const b = NodeBuffer.from(`${str}`, encName(enc));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
}

function toString(buf, enc, start, end) {
  requireUint8(buf);
  end = index(end, buf.length);
  start = index(start, end);
  const bytes = end - start;
  const name = encName(enc);
  const outLen = name === 'hex' ? bytes * 2 : name === 'utf16le' ? bytes >> 1 :
    name.startsWith('base64') ? Math.ceil(bytes / 3) * 4 : bytes;
  if (outLen > kStringMaxLength) return undefined;
  return view(buf).toString(name, start, end);
}

function indexOf(buf, needle, byteOffset, enc, forward) {
  requireUint8(buf);
  const b = view(buf);
  const offset = byteOffset !== byteOffset ? 0 : Math.trunc(byteOffset);
  const name = encName(enc);
  if (typeof needle === 'string' && name !== 'utf8' && name !== 'utf16le' && name !== 'latin1') {
    needle = NodeBuffer.from(needle, name);
  }
  return forward ? b.indexOf(needle, offset, name) : b.lastIndexOf(needle, offset, name);
}

function compare(a, b, aStart, aEnd, bStart, bEnd) {
  requireUint8(a);
  requireUint8(b);
  if (arguments.length <= 2) return NodeBuffer.compare(view(a), view(b));
  aEnd = index(aEnd, a.length);
  aStart = index(aStart, aEnd);
  bEnd = index(bEnd, b.length);
  bStart = index(bStart, bEnd);
  return NodeBuffer.compare(view(a).subarray(aStart, aEnd), view(b).subarray(bStart, bEnd));
}

function concat(target, list, start) {
  requireUint8(target);
  let pos = index(start, Infinity);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!require('util').types.isUint8Array(item)) return -(i + 1);
    const n = Math.min(item.length, Math.max(target.length - pos, 0));
    target.set(item.subarray(0, n), pos);
    pos += n;
  }
  return pos;
}

function fill(buf, value, start, end, enc) {
  requireUint8(buf);
  if (!(start >= 0 && start <= end && end <= buf.length)) return -2;
  const pattern = typeof value === 'string' ? NodeBuffer.from(value, encName(enc)) : view(value);
  if (end === start) return 0;
  if (pattern.length === 0) return -1;
  const target = view(buf);
  for (let i = start; i < end; i += pattern.length) pattern.copy(target, i, 0, Math.min(pattern.length, end - i));
  return 0;
}

function swap16(buf) {
  view(buf).swap16();
}

function swap32(buf) {
  view(buf).swap32();
}

function swap64(buf) {
  view(buf).swap64();
}

function isUtf8(buf) {
  return nodeIsUtf8(buf);
}

function isAscii(buf) {
  return nodeIsAscii(buf);
}

function atob(str) {
  try {
    return nodeAtob(str);
  } catch (e) {
    return e.message === 'Invalid character' ? -2 : -1;
  }
}

function btoa(str) {
  try {
    return nodeBtoa(str);
  } catch {
    return -1;
  }
}

function transcode(source, from, to) {
  try {
    const b = nodeTranscode(view(source), encName(from), encName(to));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
  } catch (e) {
    return e.errno;
  }
}

module.exports = {
  kMaxLength,
  kStringMaxLength,
  byteLengthUtf8,
  write,
  encode,
  toString,
  indexOf,
  compare,
  concat,
  fill,
  swap16,
  swap32,
  swap64,
  isUtf8,
  isAscii,
  atob,
  btoa,
  transcode,
};
