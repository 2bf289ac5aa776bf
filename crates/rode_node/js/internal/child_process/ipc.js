'use strict';
// The IPC channel of fork(): a Unix socketpair whose child end is the child's fd
// NODE_CHANNEL_FD. Messages use Node's 'json' serialization — one JSON text per line — so a
// rode parent can talk to a node child and the other way round. The parent's end is wrapped
// by setupChannel(child, fd); a child started with NODE_CHANNEL_FD in its environment gets
// process.send/connected/disconnect/channel from setupChildFromEnv() at start-up.
//
// Not supported: passing handles (sockets, servers) with send(), and the 'advanced'
// serialization (V8's structured-clone wire format): both throw ERR_NOT_IMPLEMENTED.

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
  if (serialization === 'advanced') throw notImplemented("IPC serialization 'advanced'");
  const net = require('net');
  const socket = new net.Socket({ fd, readable: true, writable: true });
  socket.setEncoding('utf8');
  const channel = new Channel(socket, fd);
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
      const internal = message !== null && typeof message === 'object' &&
        typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
      process.nextTick(emitMessage, target, internal ? 'internalMessage' : 'message', message);
    }
  });
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
    if (this.connected) return sendMessage(this, message, handle, callback);
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

function emitMessage(target, event, message) {
  target.emit(event, message);
}

function sendMessage(target, message, handle, callback) {
  if (message === undefined) throw new (errors().codes.ERR_MISSING_ARGS)('message');
  if (typeof message !== 'string' && typeof message !== 'object' &&
      typeof message !== 'number' && typeof message !== 'boolean') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('message',
      ['string', 'object', 'number', 'boolean'], message);
  }
  if (handle !== undefined && handle !== null) throw notImplemented('Sending handles over IPC');
  const channel = target[kChannel];
  const socket = channel.socket;
  const line = JSON.stringify(message) + '\n';
  // Keep the process alive until the message is out.
  channel.pending++;
  channel.sync();
  socket.write(line, 'utf8', (err) => {
    channel.pending--;
    channel.sync();
    if (typeof callback === 'function') {
      callback(err || null);
    } else if (err) {
      target.emit('error', err);
    }
  });
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
