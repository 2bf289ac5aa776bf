'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel, in one thread and across
// worker threads.
//
// Ports on one thread talk directly (an endpoint holds its peer endpoint). A port that is
// sent to another thread (postMessage(x, [port]), or the two ends made for a Worker) gets a
// process-wide id, and its peer one too; the native router (internalBinding('worker'))
// knows which thread holds each id. Messages to such a port are structured-cloned here,
// serialized natively, and dispatched on the receiving thread by onInbox() below. Values the
// native serializer can't write (errors, DataViews, ports) are replaced by marker objects
// before sending and restored after receiving.
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
//  - Messages are delivered in the poll phase, as Node's port handles are: a port with
//    messages waiting is put on a list that one native completion (internalBinding('worker')
//    queuePoll) works through in the next poll phase, one message per callback with
//    process.nextTick and microtasks after each. A message from another thread arrives in the
//    poll phase already and is delivered at once. 'close' events come in the close phase.
//  - A message that can't be deserialized on the receiving side becomes a 'messageerror'
//    event with the error, in its place among the messages.

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
  errorPrototypes,
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

let workerBinding;
function wb() {
  if (workerBinding === undefined) {
    workerBinding = internalBinding('worker');
    workerBinding.setDispatcher(onInbox);
  }
  return workerBinding;
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
    // Process-wide ids, when this endpoint or its peer is reachable from another thread.
    this.id = 0;
    this.remotePeer = 0;
    // internal/worker's hook for its stdio messages.
    this.filter = undefined;
    // Items: { data, ports } or, for a message that could not be read, { failed, error }.
    this.queue = new MessageQueue();
    this.started = false;
    this.closed = false;
    // The other side closed: this one closes once the messages it sent are delivered.
    this.closing = false;
    // On the poll list (see schedulePoll).
    this.inPoll = false;
    this.closeLater = false;
  }

  enqueue(message) {
    this.queue.push(message);
    if (this.started) schedulePoll(this);
  }

  start() {
    if (this.started || this.closed) return;
    this.started = true;
    if (this.queue.length > 0) schedulePoll(this);
  }

  // For the poll phase.
  ready() {
    return this.started && !this.closed && this.queue.length > 0;
  }

  deliverNext() {
    deliverMessage(this, this.queue.shift());
  }

  // After its poll turn.
  polled() {
    if (this.closing && this.queue.length === 0) finishClosing(this);
  }
}

function deliverMessage(endpoint, item) {
  const port = endpoint.port;
  if (item.failed === true) {
    port[kHybridDispatch](item.error, 'messageerror');
    return;
  }
  port[kCurrentlyReceivingPorts] = item.ports;
  try {
    port[kHybridDispatch](item.data, 'message');
  } finally {
    port[kCurrentlyReceivingPorts] = undefined;
  }
}

// Delivers what `port` has received so far, now (a Worker does it before 'error' and
// 'exit', as Node drains its ports).
function drainPort(port) {
  const endpoint = port[kEndpoint];
  if (endpoint === null || endpoint === undefined) return;
  while (endpoint.ready()) endpoint.deliverNext();
  endpoint.polled();
}

// ---------------------------------------------------------------------------
// The poll and close phases
//
// Targets (port endpoints, BroadcastChannel states, the events a synchronous inbox read put
// aside) with something to deliver wait on pollList; one native completion delivers them
// in the next poll phase through pollStep(). Each target delivers the messages it has
// (up to max(its queue length, 1000), then it waits for the next turn, as Node bounds a
// port's turn); messages scheduled meanwhile wait for the next poll phase.

let pollList = [];
let pollQueued = false;
let round = null;
let roundIndex = 0;
let budget = -1;

function schedulePoll(target) {
  if (target.inPoll) return;
  target.inPoll = true;
  pollList.push(target);
  if (!pollQueued) {
    pollQueued = true;
    wb().queuePoll();
  }
}

// Called by the native poll completion until it returns false: delivers one message.
function pollStep(first) {
  if (first) {
    round = pollList;
    pollList = [];
    pollQueued = false;
    roundIndex = 0;
    budget = -1;
  }
  while (round !== null && roundIndex < round.length) {
    const target = round[roundIndex];
    if (budget < 0) budget = target.queue.length > 1000 ? target.queue.length : 1000;
    if (budget > 0 && target.ready()) {
      budget--;
      target.deliverNext();
      return true;
    }
    roundIndex++;
    budget = -1;
    target.inPoll = false;
    target.polled();
    if (target.ready()) schedulePoll(target);
  }
  round = null;
  return false;
}

// Ports whose 'close' is due, emitted in the close phase through closeStep(): the last
// closed first, as libuv runs its closing handles. A port whose peer on this thread closed
// it gets its 'close' one turn later (it learns of it from a message, as in Node).
let closeList = [];
let closeQueued = false;
let closeRound = null;
let closeIndex = 0;

function scheduleClose(endpoint) {
  closeList.push(endpoint);
  if (!closeQueued) {
    closeQueued = true;
    wb().queueClose();
  }
}

function closeStep(first) {
  if (first) {
    const list = closeList;
    closeList = [];
    closeQueued = false;
    closeRound = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const endpoint = list[i];
      if (endpoint.closeLater) {
        endpoint.closeLater = false;
        scheduleClose(endpoint);
      } else {
        closeRound.push(endpoint);
      }
    }
    closeIndex = 0;
  }
  if (closeRound === null || closeIndex >= closeRound.length) {
    closeRound = null;
    return false;
  }
  finishClose(closeRound[closeIndex++]);
  return true;
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
  endpoint.closing = false;
  endpoint.closed = true;
  endpoint.queue.clear();
  if (endpoint.id !== 0) {
    endpointsById.delete(endpoint.id);
    wb().closePort(endpoint.id);
    endpoint.remotePeer = 0;
  }
  const peer = endpoint.peer;
  endpoint.peer = null;
  if (peer !== null) peer.peer = null;
  scheduleClose(endpoint);
  if (peer !== null) {
    peer.closeLater = true;
    closeWhenDrained(peer);
  }
}

// The other side of `endpoint` closed: it closes once the messages it already has are
// delivered (a port that never starts keeps them, and stays open, as in Node).
function closeWhenDrained(endpoint) {
  if (endpoint.closed || endpoint.closing) return;
  endpoint.closing = true;
  if (endpoint.queue.length === 0) finishClosing(endpoint);
}

function finishClosing(endpoint) {
  if (!endpoint.closing) return;
  endpoint.closing = false;
  endpoint.closed = true;
  endpoint.queue.clear();
  scheduleClose(endpoint);
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
    if (list !== undefined && untransferable !== undefined) list = list.filter(isTransferable);
    if (list !== undefined && list.includes(this)) {
      throw domException('Transfer list contains source port', 'DataCloneError');
    }
    const endpoint = this[kEndpoint];
    // To another thread, plain data (the usual message) is written as it is: its clone
    // would be the same (internalBinding('worker').postPlain checks it).
    if ((list === undefined || list.length === 0) && endpoint !== null && !endpoint.closed &&
        endpoint.remotePeer !== 0 && wb().postPlain(endpoint.remotePeer, message) !== 2) {
      return;
    }
    const { value, transferred } = serialize(message, list);
    if (endpoint === null || endpoint.closed) return;
    if (endpoint.remotePeer !== 0) {
      sendRemote(endpoint.remotePeer, value, transferred);
      return;
    }
    if (endpoint.peer === null) return;
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
  // Node's is declared with no named parameters.
  Object.defineProperty(MessagePort.prototype.postMessage, 'length', { __proto__: null, value: 0 });
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
  if (endpoint === null) return undefined;
  // Messages from other threads wait in the thread's inbox until the loop runs it.
  if (endpoint.queue.length === 0 && endpoint.id !== 0) {
    syncDrain = true;
    try {
      wb().drainInbox();
    } finally {
      syncDrain = false;
    }
  }
  if (endpoint.queue.length === 0) return undefined;
  const item = endpoint.queue.shift();
  endpoint.polled();
  if (item.failed === true) throw item.error;
  return { message: item.data };
}

// ---------------------------------------------------------------------------
// Across threads

// Global id -> Endpoint on this thread.
const endpointsById = new Map();
// Global id -> [{ kind, value, special, buffers }]: messages that arrived before their port
// did.
const pendingById = new Map();
// Worker thread id -> handlers of a Worker object (internal/worker).
const workerHandlers = new Map();

const kWire = '\u0000rode';

// Makes `endpoint` (about to leave this thread) reachable by id, and its peer too.
function globalize(endpoint) {
  const b = wb();
  if (endpoint.id === 0) endpoint.id = b.newPortId();
  const peer = endpoint.peer;
  if (peer !== null) {
    if (peer.id === 0) peer.id = b.newPortId();
    peer.peer = null;
    endpoint.peer = null;
    peer.remotePeer = endpoint.id;
    endpoint.remotePeer = peer.id;
    endpointsById.set(peer.id, peer);
    b.registerPort(peer.id, endpoint.id);
  }
  b.registerPort(endpoint.id, endpoint.remotePeer);
  endpointsById.delete(endpoint.id);
}

// Replaces, in the fresh clone `value`, what the native serializer can't write by markers.
// `marks` maps transferred port shells to their markers. Returns the value to write.
// With `buffers` (an array), large ArrayBuffers are moved out of the clone into it: the
// native side sends their bytes beside the serialized value, copied once, not three times.
function encodeWire(value, marks, buffers) {
  const state = { special: false, seen: new Map(), marks, buffers };
  const out = encodeValue(value, state);
  return { out, special: state.special };
}

// ArrayBuffers at least this large travel beside the serialized message.
const kOutOfBand = 64 * 1024;

function isTypedArray(v) {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

function encodeValue(v, st) {
  if (v === null || typeof v !== 'object') return v;
  const seen = st.seen.get(v);
  if (seen !== undefined) return seen;
  // Most of a clone is plain objects and arrays.
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype && st.marks === undefined) {
    st.seen.set(v, v);
    for (const key in v) {
      const e = v[key];
      if (e !== null && typeof e === 'object') v[key] = encodeValue(e, st);
    }
    return v;
  }
  const mark = st.marks?.get(v);
  if (mark !== undefined) {
    st.special = true;
    st.seen.set(v, mark);
    return mark;
  }
  if (Array.isArray(v)) {
    const keys = Object.keys(v);
    if (keys.length !== v.length) {
      // Holes or other properties: the native serializer would write the elements only.
      st.special = true;
      const props = { __proto__: null };
      const m = { [kWire]: 'array', length: v.length, props };
      st.seen.set(v, m);
      for (let i = 0; i < keys.length; i++) {
        const e = v[keys[i]];
        props[keys[i]] = e !== null && typeof e === 'object' ? encodeValue(e, st) : e;
      }
      return m;
    }
    st.seen.set(v, v);
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (e !== null && typeof e === 'object') v[i] = encodeValue(e, st);
    }
    return v;
  }
  if (v instanceof Error) {
    st.special = true;
    const m = { [kWire]: 'error', name: v.name, message: v.message, stack: v.stack };
    st.seen.set(v, m);
    if (Object.hasOwn(v, 'cause')) m.cause = encodeValue(v.cause, st);
    for (const key of Object.keys(v)) {
      if (!(key in m)) m[key] = encodeValue(v[key], st);
    }
    return m;
  }
  if (v instanceof DataView) {
    st.special = true;
    const m = { [kWire]: 'dataview', buffer: null, offset: v.byteOffset, length: v.byteLength };
    st.seen.set(v, m);
    m.buffer = encodeValue(v.buffer, st);
    return m;
  }
  if (v instanceof ArrayBuffer) {
    if (st.buffers !== undefined && v.byteLength >= kOutOfBand && !v.resizable) {
      st.special = true;
      const m = { [kWire]: 'buffer', index: st.buffers.length };
      st.buffers.push(v);
      st.seen.set(v, m);
      return m;
    }
    return v;
  }
  if (isTypedArray(v)) {
    const buffer = v.buffer;
    if (st.buffers !== undefined && buffer instanceof ArrayBuffer &&
        buffer.byteLength >= kOutOfBand && !buffer.resizable) {
      st.special = true;
      const m = {
        [kWire]: 'view',
        type: Object.getPrototypeOf(v).constructor.name,
        buffer: encodeValue(buffer, st),
        offset: v.byteOffset,
        length: v.length,
      };
      st.seen.set(v, m);
      return m;
    }
    return v;
  }
  if (v instanceof Map) {
    st.seen.set(v, v);
    for (const [k, e] of v) {
      if (e !== null && typeof e === 'object') v.set(k, encodeValue(e, st));
    }
    return v;
  }
  if (v instanceof Set || v instanceof Date || v instanceof RegExp ||
      (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer)) {
    return v;
  }
  if (isMessagePort(v)) {
    throw nativeTypeError('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
                          'Object that needs transfer was found in message but not listed ' +
                          'in transferList');
  }
  st.seen.set(v, v);
  for (const key of Object.keys(v)) {
    const e = v[key];
    if (e !== null && typeof e === 'object') v[key] = encodeValue(e, st);
  }
  return v;
}

// Restores markers on the receiving thread. Returns { data, ports }.
function decodeWire(value, special, buffers) {
  if (!special) return { data: value, ports: [] };
  const st = { seen: new Map(), ports: [], buffers };
  return { data: decodeValue(value, st), ports: st.ports };
}

function decodeValue(v, st) {
  if (v === null || typeof v !== 'object') return v;
  const seen = st.seen.get(v);
  if (seen !== undefined) return seen;
  if (Array.isArray(v)) {
    st.seen.set(v, v);
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (e !== null && typeof e === 'object') v[i] = decodeValue(e, st);
    }
    return v;
  }
  if (v instanceof Map) {
    st.seen.set(v, v);
    for (const [k, e] of v) {
      if (e !== null && typeof e === 'object') v.set(k, decodeValue(e, st));
    }
    return v;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  if (Object.hasOwn(v, kWire)) {
    switch (v[kWire]) {
      case 'port': {
        const port = adoptPort(v.id, v.peer);
        st.seen.set(v, port);
        st.ports.push(port);
        return port;
      }
      case 'buffer': {
        const buffer = st.buffers[v.index];
        st.seen.set(v, buffer);
        return buffer;
      }
      case 'view': {
        const Ctor = globalThis[v.type];
        const view = new Ctor(decodeValue(v.buffer, st), v.offset, v.length);
        st.seen.set(v, view);
        return view;
      }
      case 'array': {
        const a = [];
        st.seen.set(v, a);
        a.length = v.length;
        const keys = Object.keys(v.props);
        for (let i = 0; i < keys.length; i++) {
          Object.defineProperty(a, keys[i], {
            __proto__: null, value: decodeValue(v.props[keys[i]], st), writable: true,
            enumerable: true, configurable: true,
          });
        }
        return a;
      }
      case 'dataview': {
        const dv = new DataView(decodeValue(v.buffer, st), v.offset, v.length);
        st.seen.set(v, dv);
        return dv;
      }
      case 'error': {
        const proto = (typeof v.name === 'string' && errorPrototypes[v.name]) || Error.prototype;
        const err = Object.setPrototypeOf(new Error(), proto);
        st.seen.set(v, err);
        const define = (key, value) => Object.defineProperty(err, key, {
          __proto__: null, value, writable: true, enumerable: false, configurable: true,
        });
        if (typeof v.stack === 'string') define('stack', v.stack);
        if (v.message !== undefined) define('message', `${v.message}`);
        if (Object.hasOwn(v, 'cause')) define('cause', decodeValue(v.cause, st));
        for (const key of Object.keys(v)) {
          if (key === kWire || key === 'name' || key === 'message' || key === 'stack' ||
              key === 'cause') continue;
          err[key] = decodeValue(v[key], st);
        }
        if (proto === Error.prototype && typeof v.name === 'string' && v.name !== 'Error') {
          define('name', v.name);
        }
        return err;
      }
    }
  }
  st.seen.set(v, v);
  for (const key of Object.keys(v)) {
    const e = v[key];
    if (e !== null && typeof e === 'object') v[key] = decodeValue(e, st);
  }
  return v;
}

// A port that arrived from another thread: `id` is now on this thread, entangled with `peer`.
function adoptPort(id, peer) {
  const port = new MessagePort(kCreate);
  const endpoint = new Endpoint(port);
  endpoint.id = id;
  endpoint.remotePeer = peer;
  port[kEndpoint] = endpoint;
  endpointsById.set(id, endpoint);
  const pending = pendingById.get(id);
  if (pending !== undefined) {
    pendingById.delete(id);
    for (const { kind, value, special, buffers } of pending) {
      endpoint.enqueue(readItem(kind, value, special, buffers));
    }
  }
  return port;
}

// Sends the clone `value` (with its transferred objects) to the port `target` on another
// thread.
function sendRemote(target, value, transferred) {
  let marks;
  const moved = [];
  for (const shell of transferred) {
    if (!isMessagePort(shell)) continue;
    const endpoint = shell[kEndpoint];
    shell[kEndpoint] = null;
    globalize(endpoint);
    marks ??= new Map();
    marks.set(shell, { [kWire]: 'port', id: endpoint.id, peer: endpoint.remotePeer });
    moved.push(endpoint);
  }
  const buffers = [];
  const { out, special } = encodeWire(value, marks, buffers);
  const b = wb();
  b.postMessage(target, out, special, moved.map((e) => e.id), buffers);
  // Messages already queued on a moved port follow it.
  for (const endpoint of moved) {
    while (endpoint.queue.length > 0) {
      const { data, failed } = endpoint.queue.shift();
      if (failed === true) continue;
      const w = encodeWire(data, undefined);
      b.postMessage(endpoint.id, w.out, w.special, [], []);
    }
    endpoint.port = null;
    endpoint.closed = true;
  }
}

// The queue item for a message from another thread: the value restored, or, when it can't
// be (kind 6: the native side could not read it), { failed, error } for 'messageerror'.
function readItem(kind, value, special, buffers) {
  if (kind === 6) return { failed: true, error: value };
  try {
    return decodeWire(value, special, buffers);
  } catch (error) {
    return { failed: true, error };
  }
}

// Set while receiveMessageOnPort() reads the inbox: messages are queued on their ports and
// the other events put aside for the poll phase, so no listener runs inside the call.
let syncDrain = false;
const putAside = {
  queue: new MessageQueue(),
  inPoll: false,
  ready() {
    return this.queue.length > 0;
  },
  deliverNext() {
    Reflect.apply(onInbox, undefined, this.queue.shift());
  },
  polled() {},
};

// Events from the thread's inbox (see src/worker.rs), in the poll phase: 0 message, 6 a
// message the native side could not read, 1 the peer closed, 2-4 worker online/error/exit,
// 5 a BroadcastChannel message (9: one that could not be read); 7 and 8 run the poll and
// close phases' deliveries (pollStep, closeStep).
function onInbox(kind, id, value, extra, buffers) {
  switch (kind) {
    case 7:
      return pollStep(id);
    case 8:
      return closeStep(id);
    case 0:
    case 6: {
      const endpoint = endpointsById.get(id);
      if (endpoint === undefined) {
        let list = pendingById.get(id);
        if (list === undefined) pendingById.set(id, list = []);
        list.push({ kind, value, special: extra, buffers });
        return;
      }
      if (endpoint.closed) return;
      const item = readItem(kind, value, extra, buffers);
      if (endpoint.filter !== undefined && item.failed !== true && endpoint.filter(item.data)) {
        return;
      }
      // Delivered now (this is the poll phase), unless earlier ones still wait.
      if (!syncDrain && endpoint.started && !endpoint.closing && endpoint.queue.length === 0) {
        deliverMessage(endpoint, item);
      } else {
        endpoint.enqueue(item);
      }
      return;
    }
    case 1: {
      pendingById.delete(id);
      const endpoint = endpointsById.get(id);
      if (endpoint === undefined) return;
      endpointsById.delete(id);
      wb().unregisterPort(id);
      endpoint.remotePeer = 0;
      closeWhenDrained(endpoint);
      return;
    }
  }
  if (syncDrain) {
    putAside.queue.push([kind, id, value, extra, buffers]);
    schedulePoll(putAside);
    return;
  }
  switch (kind) {
    case 2:
    case 3:
    case 4: {
      const handlers = workerHandlers.get(id);
      if (handlers === undefined) return;
      if (kind === 2) handlers.online();
      else if (kind === 3) handlers.error(value, extra >> 1, (extra & 1) === 1);
      else handlers.exit(value);
      return;
    }
    case 5:
    case 9: {
      const set = channels.get(id);
      if (set === undefined) return;
      // One copy per channel.
      const item = readItem(kind === 9 ? 6 : 0, value, extra, undefined);
      let first = true;
      for (const channel of set) {
        if (item.failed === true || first) {
          channel[kChannel].receive(item);
        } else {
          channel[kChannel].receive({ data: serialize(item.data).value });
        }
        first = false;
      }
    }
  }
}

// For internal/worker: `fn(data)` sees each message from another thread first and returns
// true for the internal ones it took (a worker's stdio).
function setInternalFilter(port, fn) {
  const endpoint = port[kEndpoint];
  if (endpoint !== null) endpoint.filter = fn;
}

// For internal/worker: a port pair whose two ends are on different threads. Returns the
// local MessagePort (entangled with `peer`, the id the other thread will use).
function createRemotePort(id, peer) {
  wb();
  return adoptPort(id, peer);
}

// worker_threads.markAsUntransferable(): such objects in a transfer list are ignored (Node
// 20), so they are cloned instead.
let untransferable;
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable ??= new WeakSet();
  untransferable.add(obj);
}

function isTransferable(obj) {
  return untransferable === undefined || obj === null ||
    (typeof obj !== 'object' && typeof obj !== 'function') || !untransferable.has(obj);
}

// For internal/worker: the clone of `value` (transferring `list`), ready for the native
// serializer: { out, special, ports } (ports: ids moved with it).
function prepareForThread(value, list) {
  if (list !== undefined && untransferable !== undefined) list = list.filter(isTransferable);
  const { value: clone, transferred } = serialize(value, list);
  let marks;
  const ports = [];
  for (const shell of transferred) {
    if (!isMessagePort(shell)) continue;
    const endpoint = shell[kEndpoint];
    shell[kEndpoint] = null;
    globalize(endpoint);
    marks ??= new Map();
    marks.set(shell, { [kWire]: 'port', id: endpoint.id, peer: endpoint.remotePeer });
    ports.push(endpoint.id);
    endpoint.port = null;
    endpoint.closed = true;
  }
  const { out, special } = encodeWire(clone, marks);
  return { out, special, ports };
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

// Per-channel state: messages wait here for the poll phase. Items as a port's.
class ChannelState {
  constructor(channel) {
    this.channel = channel;
    this.queue = new MessageQueue();
    this.closed = false;
    this.refed = false;
    this.inPoll = false;
  }

  enqueue(data) {
    this.queue.push({ data });
    schedulePoll(this);
  }

  // An item from another thread, in the poll phase: delivered now unless others wait.
  receive(item) {
    if (this.closed) return;
    if (this.queue.length === 0) {
      deliverBroadcast(this, item);
    } else {
      this.queue.push(item);
      schedulePoll(this);
    }
  }

  ready() {
    return !this.closed && this.queue.length > 0;
  }

  deliverNext() {
    deliverBroadcast(this, this.queue.shift());
  }

  polled() {}
}

function deliverBroadcast(state, item) {
  if (item.failed === true) {
    state.channel.dispatchEvent(new MessageEvent('messageerror', { data: item.error }));
  } else {
    state.channel.dispatchEvent(new MessageEvent('message', { data: item.data }));
  }
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
    wb().subscribe(this[kName], 1);
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
    wb().subscribe(this[kName], -1);
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
    // Other threads with channels of this name.
    if (wb().hasSubscribers(this[kName])) {
      const { out, special } = encodeWire(data ?? serialize(message).value, undefined);
      wb().broadcast(this[kName], out, special);
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
  drainPort,
  setInternalFilter,
  markAsUntransferable,
  createRemotePort,
  prepareForThread,
  decodeWire,
  encodeWire,
  workerHandlers,
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMessagePort,
  receiveMessageOnPort,
};
