'use strict';
// The worker side of node:cluster: cluster.worker, the 'online'/'listening' reports to the
// primary, and servers whose listening socket the primary owns (net's listen asks
// _getServer). With round-robin, connections arrive as handles over the IPC channel.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const role = require('internal/cluster/role');

const cluster = new EventEmitter();
const handles = new Map(); // key → server (round-robin) or native handle (shared)
const indexes = new Map();

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;
  delete process.env.NODE_UNIQUE_ID;
  role.child = cluster;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) {
      // The primary went away or disconnected us without asking: end, as Node does.
      process.exit(0);
    }
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') worker._disconnect(true);
  }
};

// net.Server#listen in a worker: the primary decides (see internal/cluster/primary).
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = require('path').resolve(address);
  }
  const indexesKey = `${address}:${options.port}:${options.addressType}:${options.fd}`;
  let index = indexes.get(indexesKey);
  if (index === undefined) index = 0;
  else index++;
  indexes.set(indexesKey, index);

  const message = {
    act: 'queryServer',
    index,
    data: null,
    address,
    port: options.port,
    addressType: options.addressType,
    fd: options.fd,
    flags: options.flags,
    backlog: options.backlog,
  };

  send(message, (reply, handle) => {
    if (handle) {
      shared(reply, handle, indexesKey, index, cb);
    } else {
      rr(reply, indexesKey, index, cb);
    }
  });

  obj.once('listening', () => {
    if (!indexes.has(indexesKey)) return;
    cluster.worker.state = 'listening';
    const addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const i = indexes.get(indexesKey);
  if (i === undefined) return;
  if (i === index) {
    if (index === 0) indexes.delete(indexesKey);
    else indexes.set(indexesKey, index - 1);
  }
}

// SCHED_NONE: the listening socket itself came with the reply.
function shared(message, handle, indexesKey, index, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function(callback) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.call(handle, callback);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in handle; connections come from the primary.
function rr(message, indexesKey, index, cb) {
  if (message.errno) {
    cb(message.errno, null);
    return;
  }
  let key = message.key;
  let refed = true;
  const handle = {
    close(callback) {
      if (key === undefined) return;
      send({ act: 'close', key });
      handles.delete(key);
      removeIndexesKey(indexesKey, index);
      key = undefined;
      if (typeof callback === 'function') process.nextTick(callback);
    },
    getsockname(out) {
      if (message.sockname) Object.assign(out, message.sockname);
      return 0;
    },
    ref() { refed = true; },
    unref() { refed = false; },
    hasRef() { return refed; },
  };
  handles.set(key, handle);
  cb(0, handle);
}

// A connection accepted by the primary (round-robin).
function onconnection(message, handle) {
  const key = message.key;
  const rrHandle = handles.get(key);
  const server = rrHandle?.owner;
  const accepted = server !== undefined && server !== null;
  send({ ack: message.seq, accepted });
  if (accepted) require('net')._acceptHandle(server, handle);
  else handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Worker#disconnect in a worker: close its servers, tell the primary, then disconnect.
cluster.Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    this._disconnect();
  }
  return this;
};

cluster.Worker.prototype._disconnect = function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waitingCount = 1;
  const checkWaitingCount = () => {
    waitingCount--;
    if (waitingCount === 0) {
      if (primaryInitiated) {
        process.disconnect();
      } else {
        send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
      }
    }
  };
  for (const handle of handles.values()) {
    waitingCount++;
    if (handle.owner) handle.owner.close(checkWaitingCount);
    else handle.close(checkWaitingCount);
  }
  handles.clear();
  checkWaitingCount();
};

cluster.Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
