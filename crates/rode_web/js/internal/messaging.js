'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel, within one process
// (there are no worker threads to talk to yet).
//
// As in Node:
//  - MessagePort is a NodeEventTarget: port.on('message', (value) => ...) receives the
//    value itself, addEventListener('message', ...) and onmessage receive a MessageEvent.
//  - Adding the first 'message' listener (any kind, onmessage too) starts the port and
//    refs it: a port that listens keeps the process alive until it is closed or unref()'d.
//    Removing the last one unrefs it. Messages posted before the port starts wait for it.
//  - close() on either end closes both; each port then emits 'close'.
//  - A BroadcastChannel is ref'd from its creation until close() or unref(). A message
//    reaches every other open BroadcastChannel of the same name in this process.
// Each message is delivered by its own setImmediate() callback (Node delivers them when the
// port's handle is polled, in the poll phase: a message posted before a setImmediate() is
// received before it runs in both, but timers due in the same turn may run in a different
// order). 'close' events come from a setImmediate() callback too (Node: the close phase).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  kCreateEvent,
  kHybridDispatch,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  serialize,
  transferListFrom,
  kTransferShell,
  kTransferCommit,
} = require('internal/structured_clone');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

const kEndpoint = Symbol('kEndpoint');
const kRefed = Symbol('kRefed');
const kCurrentlyReceivingPorts = Symbol('kCurrentlyReceivingPorts');
const kCreate = Symbol('kCreate');

const kData = Symbol('kData');
const kOrigin = Symbol('kOrigin');
const kLastEventId = Symbol('kLastEventId');
const kSource = Symbol('kSource');
const kPorts = Symbol('kPorts');

const kName = Symbol('kName');
const kChannel = Symbol('kChannel');

let processBinding;
function refHandle() {
  processBinding ??= internalBinding('process');
  processBinding.refHandle();
}
function unrefHandle() {
  processBinding ??= internalBinding('process');
  processBinding.unrefHandle();
}

let timers;
function setImmediate(fn, arg) {
  timers ??= require('timers');
  return timers.setImmediate(fn, arg);
}

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/domexception').DOMException;
  return new DOMException(message, name);
}

// Errors Node throws from C++: a plain TypeError with a `code` property.
function nativeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function isMessagePort(value) {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, kEndpoint);
}

// A FIFO of messages: { data, ports }.
class MessageQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }
}

// ---------------------------------------------------------------------------
// MessageEvent

function validateMessagePort(port, name) {
  if (!isMessagePort(port)) throw new ERR_INVALID_ARG_TYPE(name, 'MessagePort', port);
}

function isMessageEvent(value) {
  return value !== null && typeof value === 'object' && kData in value;
}

function checkMessageEvent(self) {
  if (!isMessageEvent(self)) throw new ERR_INVALID_THIS('MessageEvent');
}

class MessageEvent extends Event {
  constructor(type, {
    data = null,
    origin = '',
    lastEventId = '',
    source = null,
    ports = [],
  } = kEmptyObject) {
    super(type);
    this[kData] = data;
    this[kOrigin] = `${origin}`;
    this[kLastEventId] = `${lastEventId}`;
    this[kSource] = source;
    this[kPorts] = [...ports];

    if (this[kSource] !== null) validateMessagePort(this[kSource], 'init.source');
    for (let i = 0; i < this[kPorts].length; i++) {
      validateMessagePort(this[kPorts][i], `init.ports[${i}]`);
    }
  }

  get data() {
    checkMessageEvent(this);
    return this[kData];
  }

  get origin() {
    checkMessageEvent(this);
    return this[kOrigin];
  }

  get lastEventId() {
    checkMessageEvent(this);
    return this[kLastEventId];
  }

  get source() {
    checkMessageEvent(this);
    return this[kSource];
  }

  get ports() {
    checkMessageEvent(this);
    return this[kPorts];
  }
}

Object.defineProperties(MessageEvent.prototype, {
  data: { __proto__: null, enumerable: true },
  origin: { __proto__: null, enumerable: true },
  lastEventId: { __proto__: null, enumerable: true },
  source: { __proto__: null, enumerable: true },
  ports: { __proto__: null, enumerable: true },
});

// ---------------------------------------------------------------------------
// MessagePort
//
// A port's state is an endpoint, shared with the entangled endpoint of the other port.
// Transferring a port moves its endpoint to a new MessagePort object.

class Endpoint {
  constructor(port) {
    this.port = port;
    this.peer = null;
    this.queue = new MessageQueue();
    this.started = false;
    this.closed = false;
    // setImmediate() callbacks not yet run, each delivering one message.
    this.scheduled = 0;
  }

  enqueue(message) {
    this.queue.push(message);
    if (this.started) this.schedule(1);
  }

  schedule(n) {
    for (let i = 0; i < n; i++) {
      this.scheduled++;
      setImmediate(deliverOne, this);
    }
  }

  start() {
    if (this.started || this.closed) return;
    this.started = true;
    const missing = this.queue.length - this.scheduled;
    if (missing > 0) this.schedule(missing);
  }
}

function deliverOne(endpoint) {
  endpoint.scheduled--;
  if (endpoint.closed || !endpoint.started || endpoint.queue.length === 0) return;
  const { data, ports } = endpoint.queue.shift();
  const port = endpoint.port;
  port[kCurrentlyReceivingPorts] = ports;
  try {
    port[kHybridDispatch](data, 'message');
  } finally {
    port[kCurrentlyReceivingPorts] = undefined;
  }
}

function checkPort(self) {
  if (!isMessagePort(self)) throw new ERR_INVALID_THIS('MessagePort');
}

function setRef(port, refed) {
  if (port[kRefed] === refed) return;
  port[kRefed] = refed;
  if (refed) refHandle();
  else unrefHandle();
}

// Closes `endpoint` now and its peer after the messages already on their way to it.
function closeEndpoint(endpoint) {
  if (endpoint.closed) return;
  endpoint.closed = true;
  endpoint.queue.clear();
  const peer = endpoint.peer;
  endpoint.peer = null;
  if (peer !== null) peer.peer = null;
  setImmediate(() => {
    finishClose(endpoint);
    if (peer !== null && !peer.closed) {
      peer.closed = true;
      peer.queue.clear();
      finishClose(peer);
    }
  });
}

function finishClose(endpoint) {
  const port = endpoint.port;
  if (port === null) return;
  setRef(port, false);
  port.emit('close');
}

class MessagePort extends NodeEventTarget {
  constructor(token = undefined) {
    if (token !== kCreate) {
      throw nativeTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    super();
    this[kEndpoint] = null;
    this[kRefed] = false;
    this[kCurrentlyReceivingPorts] = undefined;
  }

  // postMessage(value[, transferList]); transferList may also be { transfer }.
  postMessage(message, transfer = undefined) {
    checkPort(this);
    if (arguments.length === 0) {
      throw nativeTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    let list;
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer === 'object' && !Array.isArray(transfer) &&
          typeof transfer[Symbol.iterator] !== 'function') {
        const inner = transfer.transfer;
        if (inner !== undefined && inner !== null) list = transferListFrom(inner);
      } else {
        list = transferListFrom(transfer);
      }
    }
    if (list !== undefined && list.includes(this)) {
      throw domException('Transfer list contains source port', 'DataCloneError');
    }
    const { value, transferred } = serialize(message, list);
    const endpoint = this[kEndpoint];
    if (endpoint === null || endpoint.closed || endpoint.peer === null) return;
    endpoint.peer.enqueue({ data: value, ports: transferred.filter(isMessagePort) });
  }

  start() {
    checkPort(this);
    this[kEndpoint]?.start();
  }

  ref() {
    checkPort(this);
    const endpoint = this[kEndpoint];
    if (endpoint !== null && !endpoint.closed) setRef(this, true);
  }

  unref() {
    checkPort(this);
    setRef(this, false);
  }

  hasRef() {
    checkPort(this);
    return this[kRefed];
  }

  // The first 'message' listener starts the port and refs it.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (type === 'message' && size === 1) {
      const endpoint = this[kEndpoint];
      if (endpoint !== null && !endpoint.closed) {
        setRef(this, true);
        endpoint.start();
      }
    }
    super[kNewListener](size, type, listener, once, capture, passive, weak);
  }

  [kRemoveListener](size, type, listener, capture) {
    if (type === 'message' && size === 0) setRef(this, false);
    super[kRemoveListener](size, type, listener, capture);
  }

  [kCreateEvent](data, type) {
    if (type !== 'message' && type !== 'messageerror') return super[kCreateEvent](data, type);
    const ports = this[kCurrentlyReceivingPorts] ?? [];
    return new MessageEvent(type, { data, ports });
  }

  // Transfer (see internal/structured_clone).
  [kTransferShell]() {
    const endpoint = this[kEndpoint];
    if (endpoint === null || endpoint.closed) {
      throw domException('MessagePort in transfer list is already detached', 'DataCloneError');
    }
    return new MessagePort(kCreate);
  }

  [kTransferCommit](shell) {
    const endpoint = this[kEndpoint];
    this[kEndpoint] = null;
    setRef(this, false);
    endpoint.port = shell;
    endpoint.started = false;
    shell[kEndpoint] = endpoint;
  }

  [customInspectSymbol](depth, options) {
    if (!isMessagePort(this)) return this;
    const endpoint = this[kEndpoint];
    const state = endpoint !== null && !endpoint.closed ?
      { active: true, refed: this[kRefed] } : { active: false };
    return Object.assign({ __proto__: MessagePort.prototype }, state);
  }
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
// Defined last, as in Node's prototype.
function close() {
  checkPort(this);
  const endpoint = this[kEndpoint];
  if (endpoint !== null) closeEndpoint(endpoint);
}
{
  const enumerable = { __proto__: null, enumerable: true };
  Object.defineProperties(MessagePort.prototype, {
    postMessage: enumerable,
    start: enumerable,
    ref: enumerable,
    unref: enumerable,
    hasRef: enumerable,
    close: { __proto__: null, value: close, writable: true, enumerable: true, configurable: true },
  });
}

function createPortPair() {
  const port1 = new MessagePort(kCreate);
  const port2 = new MessagePort(kCreate);
  const e1 = new Endpoint(port1);
  const e2 = new Endpoint(port2);
  e1.peer = e2;
  e2.peer = e1;
  port1[kEndpoint] = e1;
  port2[kEndpoint] = e2;
  return { port1, port2 };
}

function MessageChannel() {
  if (new.target === undefined) {
    throw nativeTypeError('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const { port1, port2 } = createPortPair();
  this.port1 = port1;
  this.port2 = port2;
}

// worker_threads.receiveMessageOnPort(): the next queued message, taken synchronously.
function receiveMessageOnPort(port) {
  validateMessagePort(port, 'port');
  const endpoint = port[kEndpoint];
  if (endpoint === null || endpoint.queue.length === 0) return undefined;
  return { message: endpoint.queue.shift().data };
}

// ---------------------------------------------------------------------------
// BroadcastChannel

// name -> Set of open BroadcastChannels.
const channels = new Map();

function isBroadcastChannel(value) {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, kChannel);
}

function checkBroadcastChannel(self) {
  if (!isBroadcastChannel(self)) throw new ERR_INVALID_THIS('BroadcastChannel');
}

// Per-channel state: messages wait here for their setImmediate() callback.
class ChannelState {
  constructor(channel) {
    this.channel = channel;
    this.queue = new MessageQueue();
    this.closed = false;
    this.refed = false;
  }

  enqueue(data) {
    this.queue.push(data);
    setImmediate(deliverBroadcast, this);
  }
}

function deliverBroadcast(state) {
  if (state.closed || state.queue.length === 0) return;
  const data = state.queue.shift();
  state.channel.dispatchEvent(new MessageEvent('message', { data }));
}

function setChannelRef(state, refed) {
  if (state.refed === refed) return;
  state.refed = refed;
  if (refed) refHandle();
  else unrefHandle();
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const state = new ChannelState(this);
    this[kChannel] = state;
    setChannelRef(state, true);
    let set = channels.get(this[kName]);
    if (set === undefined) {
      set = new Set();
      channels.set(this[kName], set);
    }
    set.add(this);
  }

  get name() {
    checkBroadcastChannel(this);
    return this[kName];
  }

  close() {
    checkBroadcastChannel(this);
    const state = this[kChannel];
    if (state.closed) return;
    state.closed = true;
    state.queue.clear();
    setChannelRef(state, false);
    const set = channels.get(this[kName]);
    if (set !== undefined) {
      set.delete(this);
      if (set.size === 0) channels.delete(this[kName]);
    }
  }

  postMessage(message) {
    checkBroadcastChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kChannel].closed) {
      throw domException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    // Cloned even without receivers (an uncloneable message throws), then once more for
    // each receiver after the first.
    let data = serialize(message).value;
    for (const other of channels.get(this[kName]) ?? []) {
      if (other === this) continue;
      other[kChannel].enqueue(data ?? serialize(message).value);
      data = undefined;
    }
  }

  ref() {
    checkBroadcastChannel(this);
    const state = this[kChannel];
    if (!state.closed) setChannelRef(state, true);
    return this;
  }

  unref() {
    checkBroadcastChannel(this);
    setChannelRef(this[kChannel], false);
    return this;
  }

  [customInspectSymbol](depth, options) {
    checkBroadcastChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `BroadcastChannel ${inspect({
      name: this[kName],
      active: !this[kChannel].closed,
    }, opts)}`;
  }
}

Object.defineProperties(BroadcastChannel.prototype, {
  name: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  postMessage: { __proto__: null, enumerable: true },
});
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMessagePort,
  receiveMessageOnPort,
};
