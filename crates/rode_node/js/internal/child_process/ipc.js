'use strict';
// The IPC channel of fork(): a Unix socketpair whose child end is the child's fd
// NODE_CHANNEL_FD. Messages use Node's 'json' serialization — one JSON text per line — so a
// rode parent can talk to a node child and the other way round. The parent's end is wrapped
// by setupChannel(child, fd); a child started with NODE_CHANNEL_FD in its environment gets
// process.send/connected/disconnect/channel from setupChildFromEnv() at start-up.
//
// Handles (net.Socket, net.Server, their native handles) travel as Node sends them: the
// message wrapped as {cmd: 'NODE_HANDLE', type, msg} with the fd attached (SCM_RIGHTS);
// the receiver answers {cmd: 'NODE_HANDLE_ACK'}, and only one handle is in flight at a
// time. Serialization 'json' is one JSON text per line; 'advanced' is Node's framing: a
// 4-byte big-endian length, then the message in V8's serialization format (node:v8, with
// typed arrays as host objects). Not supported: dgram sockets as handles (ERR_NOT_IMPLEMENTED).

const kChannel = Symbol('kChannel');

function errors() {
  return require('internal/errors');
}

function notImplemented(what) {
  return new (errors().codes.ERR_NOT_IMPLEMENTED)(what);
}

// What `subprocess.channel` / `process.channel` is: the channel handle, with ref/unref.
class Channel {
  constructor(socket, fd) {
    this.socket = socket;
    this.fd = fd;
    this.refs = 0;
    this.pending = 0;
    this.userRef = null;
    // fds received and not yet matched with their NODE_HANDLE message.
    this.pendingFds = [];
    // Handle messages waiting for the one in flight to be acknowledged.
    this.handleQueue = null;
    this.advanced = false;
  }

  ref() {
    this.userRef = true;
    this.sync();
  }

  unref() {
    this.userRef = false;
    this.sync();
  }

  // Refs held by 'message'/'disconnect' listeners in a child, and by sends in flight.
  refCounted() {
    this.refs++;
    this.sync();
  }

  unrefCounted() {
    this.refs--;
    this.sync();
  }

  sync() {
    if (this.socket.destroyed) return;
    const on = this.userRef !== null ? this.userRef || this.pending > 0 : this.refs + this.pending > 0;
    if (on) this.socket.ref();
    else this.socket.unref();
  }
}

// Makes `target` (a ChildProcess, or `process` in a child) an IPC endpoint over `fd`.
function setupChannel(target, fd, serialization, isChild) {
  const net = require('net');
  const socket = new net.Socket({ fd, readable: true, writable: true });
  const advanced = serialization === 'advanced';
  if (!advanced) socket.setEncoding('utf8');
  const channel = new Channel(socket, fd);
  channel.advanced = advanced;
  socket._handle.setIpc();
  socket._handle.onfds = (fds) => {
    for (const f of fds) channel.pendingFds.push(f);
  };
  // A parent's channel keeps it alive; a child's only while something listens (below).
  channel.refs = isChild ? 0 : 1;
  channel.sync();

  target[kChannel] = channel;
  target._channel = channel;
  Object.defineProperty(target, 'channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return this._channel; },
  });
  target.connected = true;

  const onMessage = (message) => {
    if (!target.connected) return;
    if (message !== null && typeof message === 'object') {
      if (message.cmd === 'NODE_HANDLE_ACK') {
        handleAcked(target, channel);
        return;
      }
      if (message.cmd === 'NODE_HANDLE') {
        receiveHandle(target, channel, message);
        return;
      }
    }
    process.nextTick(emitMessage, target, eventFor(message), message);
  };
  if (advanced) {
    let pending = null;
    socket.on('data', (chunk) => {
      pending = pending === null ? chunk : Buffer.concat([pending, chunk]);
      while (pending !== null && pending.length >= 4) {
        const size = pending.readUInt32BE(0);
        if (pending.length < 4 + size) break;
        const body = pending.subarray(4, 4 + size);
        pending = pending.length === 4 + size ? null : pending.subarray(4 + size);
        let message;
        try {
          message = new (advancedSerdes().Deserializer)(body).readMessage();
        } catch (err) {
          target.emit('error', err);
          continue;
        }
        onMessage(message);
      }
    });
  } else {
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!target.connected) continue;
        let message;
        try {
          message = JSON.parse(line);
        } catch (err) {
          target.emit('error', err);
          continue;
        }
        onMessage(message);
      }
    });
  }
  // The other end closed: disconnected.
  socket.on('end', () => {
    if (target.connected) target.disconnect();
    socket.destroy();
  });
  socket.on('error', (err) => {
    if (err.code === 'ECONNRESET' || err.code === 'EPIPE') {
      if (target.connected) target.disconnect();
      return;
    }
    target.emit('error', err);
  });
  let peerClosed = false;
  socket.on('end', () => { peerClosed = true; });
  socket.on('close', () => {
    // A ChildProcess counts its channel among the things to close before 'close' (only
    // when the child closed it, as in Node).
    if (peerClosed && typeof target._closesGot === 'number') {
      target._closesGot++;
      if (target._closesGot === target._closesNeeded) {
        target.emit('close', target.exitCode, target.signalCode);
      }
    }
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      require('internal/validators').validateObject(options, 'options');
    }
    if (this.connected) return sendMessage(this, message, handle, options, callback);
    const ex = new (errors().codes.ERR_IPC_CHANNEL_CLOSED)();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new (errors().codes.ERR_IPC_DISCONNECTED)());
      return;
    }
    this.connected = false;
    this._channel = null;
    for (const f of channel.pendingFds) internalBinding('net').closeFd(f);
    channel.pendingFds.length = 0;
    // Let queued messages go out, then close.
    if (!socket.destroyed) {
      socket.end();
      if (socket.writableFinished) socket.destroy();
      else socket.once('finish', () => socket.destroy());
    }
    process.nextTick(() => this.emit('disconnect'));
  };
  target._disconnect = target.disconnect;

  if (isChild) {
    // A child stays alive while it listens for messages or for 'disconnect'.
    target.on('newListener', (name) => {
      if ((name === 'message' || name === 'disconnect') && target.connected) {
        channel.refCounted();
      }
    });
    target.on('removeListener', (name) => {
      if ((name === 'message' || name === 'disconnect') && target.connected) {
        channel.unrefCounted();
      }
    });
  }
}

function eventFor(message) {
  const internal = message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
  return internal ? 'internalMessage' : 'message';
}

function emitMessage(target, event, message, handle) {
  if (handle === undefined) target.emit(event, message);
  else target.emit(event, message, handle);
}

// A NODE_HANDLE message arrived: its fd came with its bytes.
function receiveHandle(target, channel, message) {
  const fd = channel.pendingFds.shift();
  writeLine(channel, { cmd: 'NODE_HANDLE_ACK' }, undefined);
  if (fd === undefined) return;
  const net = require('net');
  const inner = message.msg;
  const event = eventFor(inner);
  switch (message.type) {
    case 'net.Server': {
      const handle = net._handleFromFd(fd, 'server');
      if (typeof handle === 'number') return;
      const server = new net.Server();
      server.listen(handle, () => emitMessage(target, event, inner, server));
      return;
    }
    case 'net.Socket': {
      const handle = net._handleFromFd(fd, 'stream');
      if (typeof handle === 'number') return;
      const socket = new net.Socket({ handle, readable: true, writable: true });
      process.nextTick(emitMessage, target, event, inner, socket);
      return;
    }
    case 'net.Native': {
      const handle = net._handleFromFd(fd, message.kind === 'server' ? 'server' : 'stream');
      if (typeof handle === 'number') return;
      process.nextTick(emitMessage, target, event, inner, handle);
      return;
    }
    default:
      internalBinding('net').closeFd(fd);
  }
}

// Which handle `handle` is, and the native handle whose fd goes over the channel.
function classifyHandle(handle) {
  const net = require('net');
  if (handle instanceof net.Socket) return { type: 'net.Socket', native: handle._handle };
  if (handle instanceof net.Server) return { type: 'net.Server', native: handle._handle };
  if (handle instanceof net._StreamHandle) return { type: 'net.Native', native: handle, kind: 'stream' };
  if (handle !== null && typeof handle === 'object' && typeof handle.onconnection === 'function' &&
      typeof handle.getsockname === 'function' && typeof handle.id === 'number') {
    return { type: 'net.Native', native: handle, kind: 'server' };
  }
  const name = handle?.constructor?.name;
  if (name === 'Socket' && typeof handle.bind === 'function') {
    throw notImplemented('Sending dgram sockets over IPC');
  }
  throw new (errors().codes.ERR_INVALID_HANDLE_TYPE)();
}

function sendHandle(target, channel, message, handle, options, callback) {
  const { type, native, kind } = classifyHandle(handle);
  const entry = { message, handle, native, type, kind, options, callback };
  if (channel.handleQueue !== null) {
    channel.handleQueue.push(entry);
    return channel.handleQueue.length === 1;
  }
  channel.handleQueue = [];
  writeHandleEntry(target, channel, entry);
  return true;
}

function writeHandleEntry(target, channel, entry) {
  const { message, handle, native, type, kind, options, callback } = entry;
  if (!native || native.id === undefined) {
    // A socket or server without a handle (closed, or never opened): the message goes alone.
    writeLine(channel, message, callback, target);
    handleAcked(target, channel);
    return;
  }
  const wrapped = { cmd: 'NODE_HANDLE', type, msg: message };
  if (kind === 'server') wrapped.kind = kind;
  const bytes = encodeMessage(channel, wrapped);
  const socket = channel.socket;
  const attempt = () => {
    if (socket.destroyed) return;
    if (socket.writableLength > 0) {
      socket.once('drain', attempt);
      return;
    }
    const r = socket._handle.writeHandle(bytes, native.fd);
    if (r === -11 /* EAGAIN */) {
      setTimeout(attempt, 1);
      return;
    }
    if (r === -32 /* EPIPE */ || r === -104 /* ECONNRESET */) {
      // The other end is gone: the channel disconnects, as on a failed plain write.
      if (target.connected) target.disconnect();
      if (typeof callback === 'function') process.nextTick(callback, errors().errnoException(r, 'write'));
      return;
    }
    if (r < 0) {
      const err = errors().errnoException(r, 'write');
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return;
    }
    // Sent: a socket passed without keepOpen no longer belongs to this process.
    if (type === 'net.Socket' && !options?.keepOpen) {
      handle._handle = null;
      handle.setTimeout?.(0);
      native.close();
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
  };
  attempt();
}

function handleAcked(target, channel) {
  const q = channel.handleQueue;
  if (q === null) return;
  const next = q.shift();
  if (next === undefined) {
    channel.handleQueue = null;
    return;
  }
  writeHandleEntry(target, channel, next);
}

// One message as the channel's serialization writes it.
function encodeMessage(channel, message) {
  if (!channel.advanced) return Buffer.from(JSON.stringify(message) + '\n', 'utf8');
  const ser = new (advancedSerdes().Serializer)();
  ser.writeHeader();
  ser.writeValue(message);
  const body = ser.releaseBuffer();
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}

// Node's 'advanced' serializer: v8's, with typed arrays as host objects (tag 0) and other
// host objects by their toJSON() (tag 1).
let serdes;
function advancedSerdes() {
  if (serdes !== undefined) return serdes;
  const v8 = require('v8');
  class Serializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBuffer.isView(object)) {
        this.writeUint32(0);
        return super._writeHostObject(object);
      }
      this.writeUint32(1);
      this.writeValue(object.toJSON());
    }
  }
  class Deserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      const type = this.readUint32();
      if (type === 0) return super._readHostObject();
      return this.readValue();
    }

    readMessage() {
      this.readHeader();
      return this.readValue();
    }
  }
  serdes = { Serializer, Deserializer };
  return serdes;
}

// Writes one message; the process stays alive until it is out.
function writeLine(channel, message, callback, target) {
  const socket = channel.socket;
  channel.pending++;
  channel.sync();
  socket.write(encodeMessage(channel, message), (err) => {
    channel.pending--;
    channel.sync();
    if (typeof callback === 'function') callback(err || null);
    else if (err && target) target.emit('error', err);
  });
}

function sendMessage(target, message, handle, options, callback) {
  if (message === undefined) throw new (errors().codes.ERR_MISSING_ARGS)('message');
  if (typeof message !== 'string' && typeof message !== 'object' &&
      typeof message !== 'number' && typeof message !== 'boolean') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('message',
      ['string', 'object', 'number', 'boolean'], message);
  }
  const channel = target[kChannel];
  if (handle !== undefined && handle !== null) {
    return sendHandle(target, channel, message, handle, options, callback);
  }
  if (channel.handleQueue !== null) {
    // Behind a handle waiting for its acknowledgement: keep the order.
    channel.handleQueue.push({ message, handle: null, native: null, options, callback });
    return channel.handleQueue.length === 1;
  }
  writeLine(channel, message, callback, target);
  const socket = channel.socket;
  return socket.writableLength < 65536 * 2;
}

// Called at start-up when NODE_CHANNEL_FD is set: this process was forked.
function setupChildFromEnv() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  setupChildChannel(fd, mode);
}

function setupChildChannel(fd, mode) {
  setupChannel(process, fd, mode, true);
}

module.exports = { setupChannel, setupChildChannel, setupChildFromEnv };
