'use strict';
// The native UDP handle of node:dgram (Node's UDP wrap; what `socket._handle` is): a thin
// object over internalBinding('udp') (src/udp.rs) whose methods return 0 or a negative
// errno, as libuv's do. The binding calls `onrecv` and `onsend` on it from the loop; they
// pass datagrams to `handle.onmessage` (set by dgram.js when the socket starts listening)
// and finished queued sends to their request's `oncomplete`.
// Also here: `newHandle` (a handle with the socket type's address lookup) and
// `_createSocketHandle`, which Node keeps for cluster.

const binding = internalBinding('udp');
const { FastBuffer, fastBufferView } = require('internal/buffer');

function errors() {
  return require('internal/errors');
}

// A Uint8Array over the bytes of any ArrayBufferView.
function asBytes(view) {
  if (view instanceof Uint8Array) return view;
  return fastBufferView(view.buffer, view.byteOffset, view.byteLength);
}

function optionalString(v) {
  return v === undefined || v === null ? undefined : String(v);
}

class UDP {
  constructor(v6) {
    this.owner = null; // the dgram.Socket
    this.lookup = undefined;
    this.onmessage = undefined;
    this.onerror = undefined;
    this.v6 = v6;
    // Requests of queued sends, oldest first: they finish in order.
    this.sendRequests = [];
    this.id = binding.create(this, v6);
  }

  get fd() { return binding.fd(this.id); }

  bind(ip, port, flags) { return binding.bind(this.id, `${ip}`, port >>> 0, flags >>> 0); }
  open(fd) { return binding.open(this.id, fd); }
  connect(ip, port) { return binding.connect(this.id, `${ip}`, port >>> 0); }
  disconnect() { return binding.disconnect(this.id); }

  // Sends one datagram of the chunks in `list`: returns bytes + 1 when it went out at once,
  // 0 when it was queued (`req.oncomplete(status, bytes)` follows), or a negative errno.
  // Without `ip` it goes to the connected peer.
  send(req, list, port, ip) {
    const chunks = new Array(list.length);
    for (let i = 0; i < list.length; i++) chunks[i] = asBytes(list[i]);
    const r = ip === undefined || ip === null ?
      binding.send(this.id, chunks) :
      binding.send(this.id, chunks, port >>> 0, `${ip}`);
    if (r === 0) this.sendRequests.push(req);
    return r;
  }

  recvStart() { return binding.recvStart(this.id); }
  recvStop() { return binding.recvStop(this.id); }

  getsockname(out) { return fillAddress(binding.getsockname(this.id), out); }
  getpeername(out) { return fillAddress(binding.getpeername(this.id), out); }

  setBroadcast(on) { return binding.setBroadcast(this.id, !!on); }
  setTTL(ttl) { return binding.setTTL(this.id, ttl | 0); }
  setMulticastTTL(ttl) { return binding.setMulticastTTL(this.id, ttl | 0); }
  setMulticastLoopback(on) { return binding.setMulticastLoopback(this.id, !!on); }
  setMulticastInterface(iface) { return binding.setMulticastInterface(this.id, `${iface}`); }
  addMembership(group, iface) {
    return binding.setMembership(this.id, String(group), optionalString(iface), true);
  }
  dropMembership(group, iface) {
    return binding.setMembership(this.id, String(group), optionalString(iface), false);
  }
  addSourceSpecificMembership(source, group, iface) {
    return binding.setSourceMembership(this.id, `${source}`, `${group}`,
                                       optionalString(iface), true);
  }
  dropSourceSpecificMembership(source, group, iface) {
    return binding.setSourceMembership(this.id, `${source}`, `${group}`,
                                       optionalString(iface), false);
  }

  // SO_RCVBUF (`recv`) or SO_SNDBUF: read when `size` is 0, else set. On failure fills
  // `ctx` for ERR_SOCKET_BUFFER_SIZE and returns undefined.
  bufferSize(size, recv, ctx) {
    const r = binding.bufferSize(this.id, size >>> 0, !!recv);
    if (r >= 0) return r;
    const [code, message] = errors().uvErrmapGet(r) || [`Unknown system error ${r}`, ''];
    ctx.errno = r;
    ctx.code = code;
    ctx.message = message;
    ctx.syscall = recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
    return undefined;
  }

  getSendQueueSize() { return binding.sendQueue(this.id)[0]; }
  getSendQueueCount() { return binding.sendQueue(this.id)[1]; }

  ref() { binding.ref(this.id); }
  unref() { binding.unref(this.id); }
  hasRef() { return binding.hasRef(this.id); }
  close() { binding.close(this.id); }

  // From the binding: a datagram (nread >= 0) or a receive error (-errno).
  onrecv(nread, ab, address, family, port) {
    const cb = this.onmessage;
    if (typeof cb !== 'function') return;
    if (nread < 0) {
      cb(nread, this);
      return;
    }
    cb(nread, this, fastBufferView(ab, 0, nread), { address, family, port });
  }

  // From the binding: the oldest queued send finished.
  onsend(status, bytes) {
    const req = this.sendRequests.shift();
    if (req !== undefined && typeof req.oncomplete === 'function') {
      req.oncomplete(status, bytes);
    }
  }
}

function fillAddress(r, out) {
  if (typeof r === 'number') return r;
  out.address = r[0];
  out.family = r[1];
  out.port = r[2];
  return 0;
}

// What a send request carries (Node's SendWrap).
class SendWrap {
  constructor() {
    this.list = undefined;
    this.address = undefined;
    this.port = undefined;
    this.callback = undefined;
    this.oncomplete = undefined;
  }
}

let defaultLookup;
let isIP;

// `lookup(address, family, callback)` with the socket family's default address. With
// the built-in dns.lookup, an IP literal answers in a nextTick without going through it (what
// dns.lookup does for literals); the last literal is remembered, as a socket mostly
// talks to the same peer.
function lookupFor(lookup, family, fallback) {
  if (lookup !== defaultLookup) {
    return (address, callback) => lookup(address || fallback, family, callback);
  }
  let lastAddress;
  let lastFamily = 0;
  return (address, callback) => {
    address ||= fallback;
    if (address !== lastAddress) {
      isIP ??= require('internal/net/ip').isIP;
      lastFamily = typeof address === 'string' ? isIP(address) : 0;
      lastAddress = lastFamily ? address : undefined;
    }
    if (lastFamily) {
      process.nextTick(callback, null, address, lastFamily);
      return {};
    }
    return lookup(address, family, callback);
  };
}

// A handle for socket type `type` ('udp4' or 'udp6') resolving names with `lookup`
// (dns.lookup by default).
function newHandle(type, lookup) {
  defaultLookup ??= require('internal/dns/lookup').lookup;
  if (lookup === undefined) {
    lookup = require('dns').lookup;
  } else {
    require('internal/validators').validateFunction(lookup, 'lookup');
  }
  if (type === 'udp4' || type === 'udp6') {
    const handle = new UDP(type === 'udp6');
    handle.lookup = type === 'udp4' ?
      lookupFor(lookup, 4, '127.0.0.1') :
      lookupFor(lookup, 6, '::1');
    return handle;
  }
  throw new (errors().codes.ERR_SOCKET_BAD_TYPE)();
}

// Node's `dgram._createSocketHandle` (used by cluster): a bound handle, or a negative errno.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (fd === (fd | 0) && fd > 0) {
    err = binding.isUdpFd(fd) ? handle.open(fd) : -22; // UV_EINVAL
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

// Node's guessHandleType for the fd of `bind({ fd })`.
function guessHandleType(fd) {
  if (binding.isUdpFd(fd)) return 'UDP';
  const type = internalBinding('process').guessHandleType(fd);
  switch (type) {
    case 'file': return 'FILE';
    case 'tty': return 'TTY';
    case 'pipe': return 'PIPE';
    default: return 'UNKNOWN';
  }
}

module.exports = {
  UDP,
  SendWrap,
  newHandle,
  _createSocketHandle,
  guessHandleType,
  UV_UDP_IPV6ONLY: binding.UV_UDP_IPV6ONLY,
  UV_UDP_REUSEADDR: binding.UV_UDP_REUSEADDR,
};
