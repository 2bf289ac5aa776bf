'use strict';
// node:dgram — UDP sockets. A Socket is an EventEmitter over a native UDP handle
// (internal/dgram/handle.js over internalBinding('udp'), src/udp.rs), with Node's states
// and ordering: bind() resolves its address first (so 'listening' comes at the earliest in
// a nextTick), the first send()/connect() on an unbound socket binds it to the
// any-address and waits in a queue until 'listening', sends finish with their callback in a
// nextTick, 'message' comes from the poll phase, and 'close' in a nextTick after close().

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  SendWrap,
  newHandle,
  guessHandleType,
  UV_UDP_IPV6ONLY,
  UV_UDP_REUSEADDR,
} = require('internal/dgram/handle');
const {
  kStateSymbol,
  BIND_STATE_UNBOUND,
  BIND_STATE_BINDING,
  BIND_STATE_BOUND,
  CONNECT_STATE_DISCONNECTED,
  CONNECT_STATE_CONNECTING,
  CONNECT_STATE_CONNECTED,
  RECV_BUFFER,
  SEND_BUFFER,
  errors,
  validators,
  healthCheck,
  stopReceiving,
  bufferSize,
} = require('internal/dgram/state');
const { sliceMessage, messageList } = require('internal/dgram/buffers');
const { addOptionMethods } = require('internal/dgram/options');
const { addLegacyFields, createSocketHandle } = require('internal/dgram/legacy');

let udpSocketChannel;
function socketChannel() {
  return udpSocketChannel ??= require('diagnostics_channel').channel('udp.socket');
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) {
      validators().validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    }
    if (options.sendBufferSize) {
      validators().validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    }
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
  }

  const handle = newHandle(type, lookup);
  handle.owner = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };

  if (options?.signal !== undefined) {
    const { signal } = options;
    validators().validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[Symbol.dispose]);
    }
  }
  const channel = socketChannel();
  if (channel.hasSubscribers) channel.publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle.owner;
  if (nread < 0) {
    self.emit('error', new (errors().ErrnoException)(nread, 'recvmsg'));
    return;
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

function isClusterWorker() {
  return require('cluster').isWorker;
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) {
    throw new (errors().codes.ERR_SOCKET_ALREADY_BOUND)();
  }
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    // The callback is a 'listening' listener that a failed bind ('error') removes.
    const removeListeners = function() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = function() {
      removeListeners.call(this);
      cb.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  // A handle made elsewhere (cluster hands one over).
  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // An existing fd.
  if (port !== null && typeof port === 'object' && port.fd === (port.fd | 0) && port.fd > 0) {
    const fd = port.fd;
    if (!port.exclusive && isClusterWorker()) throw clusterNotImplemented();
    const type = guessHandleType(fd);
    if (type !== 'UDP') throw new (errors().codes.ERR_INVALID_FD_TYPE)(type);
    const err = state.handle.open(fd);
    if (err) throw new (errors().ErrnoException)(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
  if (!exclusive && isClusterWorker()) throw clusterNotImplemented();

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return; // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    const status = state.handle.bind(ip, port || 0, flags);
    if (status) {
      const ex = new (errors().ExceptionWithHostPort)(status, 'bind', ip, port);
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', ex);
      return;
    }
    startListening(this);
  });
  return this;
};

function clusterNotImplemented() {
  return new (errors().codes.ERR_NOT_IMPLEMENTED)(
    'dgram sockets shared through cluster (bind() in a worker without exclusive: true)');
}

function replaceHandle(self, handle) {
  const state = self[kStateSymbol];
  const old = state.handle;
  if (!old.hasRef()) handle.unref();
  handle.lookup = old.lookup;
  handle.owner = self;
  old.close();
  state.handle = handle;
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validators().validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validators().validateString(address, 'address');

  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) {
    throw new (errors().codes.ERR_SOCKET_DGRAM_IS_CONNECTED)();
  }
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, doConnectAfterBind.bind(this, port, address, callback));
    return;
  }
  doConnectAfterBind.call(this, port, address, callback);
};

function doConnectAfterBind(port, address, callback) {
  const state = this[kStateSymbol];
  if (callback) this.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = state.handle.connect(ip, port);
      if (err) ex = new (errors().ExceptionWithHostPort)(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          this.removeListener('connect', callback);
          callback(ex);
        } else {
          this.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => this.emit('connect'));
  });
}

Socket.prototype.disconnect = function disconnect() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) {
    throw new (errors().codes.ERR_SOCKET_DGRAM_NOT_CONNECTED)();
  }
  const err = state.handle.disconnect();
  if (err) throw new (errors().ErrnoException)(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// Work that waits for the implicit bind of a first send()/connect(): run on 'listening',
// dropped if the bind fails.
function enqueue(self, fn) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

// Legacy form: send(buffer, offset, length, port, address[, callback]).
Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  const v = validators();
  v.validateNumber(offset, 'offset');
  v.validateNumber(length, 'length');
  v.validateNumber(port, 'port');
  v.validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

// send(msg[, offset, length], port[, address][, callback]) on an unconnected socket;
// send(msg[, offset, length][, callback]) on a connected one.
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceMessage(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceMessage(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new (errors().codes.ERR_SOCKET_DGRAM_IS_CONNECTED)();
  }

  const list = messageList(buffer);
  if (!connected) port = validators().validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validators().validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }

  if (connected) {
    doSend(null, this, null, list, address, port, callback);
  } else {
    state.handle.lookup(address, (ex, ip) => {
      doSend(ex, this, ip, list, address, port, callback);
    });
  }
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;

  const req = new SendWrap();
  req.list = list;
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const err = port ?
    state.handle.send(req, list, port, ip) :
    state.handle.send(req, list);
  if (err >= 1) {
    // Sent at once: `err` is the byte count + 1.
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  // As in Node, a failed send without a callback is not reported.
  if (err && callback) {
    process.nextTick(callback, new (errors().ExceptionWithHostPort)(err, 'send', address, port));
  }
}

function afterSend(status, sent) {
  const err = status < 0 ?
    new (errors().ExceptionWithHostPort)(status, 'send', this.address, this.port) :
    null;
  this.callback(err, sent);
}

Socket.prototype.close = function close(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(emitClose, this);
  return this;
};

function emitClose(self) {
  self.emit('close');
}

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve, reject) => {
    try {
      this.close(resolve);
    } catch (e) {
      reject(e);
    }
  });
};

addOptionMethods(Socket);
addLegacyFields(Socket);

module.exports = {
  _createSocketHandle: createSocketHandle,
  createSocket,
  Socket,
};
