'use strict';
// The primary side of node:cluster: fork(), the workers table, their lifecycle events, and
// the listening sockets workers ask for. With SCHED_RR (the default) the primary listens
// and hands each accepted connection to the next free worker; with SCHED_NONE it sends
// the listening socket itself and the kernel spreads connections.

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const handles = new Map();
// Fires 'disconnect' (for cluster.disconnect()'s callback) when the last worker is removed.
const intercom = new EventEmitter();
let ids = 0;
let initialized = false;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

const policyFromEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
let schedulingPolicy = policyFromEnv === 'none' ? SCHED_NONE :
  policyFromEnv === 'rr' ? SCHED_RR : SCHED_RR;
cluster.schedulingPolicy = schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized === true) {
    process.nextTick(setupSettingsNT, settings);
    return;
  }
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy;
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(
      'cluster.schedulingPolicy', schedulingPolicy);
  }
  process.nextTick(setupSettingsNT, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function setupSettingsNT(settings) {
  cluster.emit('setup', settings);
}

function createWorkerProcess(id, env) {
  const { fork } = require('child_process');
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const execArgv = [...cluster.settings.execArgv];
  return fork(cluster.settings.exec, cluster.settings.args, {
    cwd: cluster.settings.cwd,
    env: workerEnv,
    serialization: cluster.settings.serialization,
    silent: cluster.settings.silent,
    windowsHide: cluster.settings.windowsHide,
    execArgv,
    stdio: cluster.settings.stdio,
    gid: cluster.settings.gid,
    uid: cluster.settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // The channel may close after the exit: handles are released now.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(emitForkNT, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitForkNT(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function disconnect(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const key of workers) {
      const worker = cluster.workers[key];
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};


function onmessage(message, handle, worker) {
  switch (message.act) {
    case 'online': return online(worker);
    case 'queryServer': return queryServer(worker, message);
    case 'listening': return listening(worker, message);
    case 'exitedAfterDisconnect': return exitedAfterDisconnect(worker, message);
    case 'close': return close(worker, message);
  }
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:` +
    `${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // Unix sockets and explicit addresses: as given; otherwise all interfaces.
    if (message.port < 0 && typeof address === 'string' && !path.isAbsolute(address)) {
      address = path.resolve(address);
    }
    const Handle = message.addressType === 'udp4' || message.addressType === 'udp6' ||
      schedulingPolicy !== SCHED_RR ? SharedHandle : RoundRobinHandle;
    handle = new Handle(key, address, message);
    handles.set(key, handle);
  }
  handle.add(worker, (errno, reply, rawHandle) => {
    const { data } = handles.get(key) ?? {};
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, rawHandle);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// A worker's server closed: it no longer takes connections for that key.
function close(worker, message) {
  const key = message.key;
  const handle = handles.get(key);
  if (handle && handle.remove(worker)) handles.delete(key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};

// ---------------------------------------------------------------------------
// Listening sockets owned by the primary

function createListenHandle(address, message) {
  const net = require('net');
  return net._createServerHandle(address, message.port, message.addressType, message.fd,
    { ...message.flags, backlog: message.backlog });
}

// What both scheduling policies share: the listening socket for one address (or the
// errno of making it), and closing it.
class ListenHandle {
  constructor(key, address, message) {
    this.key = key;
    this.handle = null;
    this.errno = 0;
    this.data = null;
    const h = createListenHandle(address, message);
    if (typeof h === 'number') this.errno = h;
    else this.handle = h;
  }

  close() {
    if (this.handle !== null) {
      this.handle.close();
      this.handle = null;
    }
  }
}

// SCHED_RR: the primary accepts; each connection goes to the next free worker.
class RoundRobinHandle extends ListenHandle {
  constructor(key, address, message) {
    super(key, address, message);
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    // The connection each worker was handed and hasn't acknowledged yet.
    this.inflight = new Map();
    if (this.handle !== null) {
      this.handle.onconnection = (status, id) => this.distribute(status, id);
    }
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    if (this.errno) {
      process.nextTick(send, this.errno, null);
      return;
    }
    const out = {};
    this.handle.getsockname(out);
    process.nextTick(send, 0, { sockname: out });
    this.handoff(worker);
  }

  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    // A connection handed to a worker that went away: the primary's copy closes (the
    // client sees a reset instead of waiting forever).
    this.inflight.get(worker.id)?.close();
    this.inflight.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const h of this.handles) h.close();
    this.handles = [];
    this.close();
    return true;
  }

  // A connection accepted (a handle id), or one a worker turned down (a handle).
  distribute(status, handle) {
    if (status < 0) return;
    if (typeof handle === 'number') handle = new (require('net')._StreamHandle)(null, handle);
    this.handles.push(handle);
    const [workerEntry] = this.free;
    if (Array.isArray(workerEntry)) {
      const [workerId, worker] = workerEntry;
      this.free.delete(workerId);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    const message = { act: 'newconn', key: this.key };
    this.inflight.set(worker.id, handle);
    send(worker, message, handle, (reply) => {
      this.inflight.delete(worker.id);
      if (reply.accepted) handle.close();
      else this.distribute(0, handle); // that worker's server closed: another one takes it
      this.handoff(worker);
    });
  }
}

// SCHED_NONE (and explicit handles): every worker gets the listening socket itself.
class SharedHandle extends ListenHandle {
  constructor(key, address, message) {
    super(key, address, message);
    this.workers = new Map();
    // Bound and listening here, but only the workers accept.
    if (this.handle !== null) this.handle.stopAccepting();
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    process.nextTick(send, this.errno, null, this.handle ?? undefined);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    this.close();
    return true;
  }
}

module.exports = cluster;
