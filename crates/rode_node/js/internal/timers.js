'use strict';
// Timers and immediates, kept in JS as Node keeps them: one linked list per duration, a
// binary heap of lists by expiry, and a single native timer armed for the earliest one.
// The loop calls processTimers(now) in its timers phase and processImmediate() in its
// check phase; ticks and microtasks run between callbacks (runNextTicks).

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, toggleImmediateRef, setImmediatePending, getLibuvNow } = binding;
const { runNextTicks, asyncContextState } = require('internal/process/task_queues');
const kAsyncFrame = Symbol('kAsyncFrame');
let asyncContext; // internal/async_context_frame, once an AsyncLocalStorage exists
function captureFrame() {
  asyncContext ??= require('internal/async_context_frame');
  return asyncContext.getFrame();
}

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let asyncIdCounter = 1;
function newAsyncId() {
  return ++asyncIdCounter;
}

// ---- intrusive doubly linked lists (Node's internal/linkedlist) ----
function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}
function listPeek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}
function listIsEmpty(list) {
  return list._idleNext === list;
}

// ---- priority queue of lists, by (expiry, id) ----
const heap = [null];
let heapSize = 0;
function heapLess(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(i, item) {
  heap[i] = item;
  item.priorityQueuePosition = i;
}
function heapUp(i) {
  const item = heap[i];
  while (i > 1) {
    const parent = heap[i >>> 1];
    if (!heapLess(item, parent)) break;
    heapSet(i, parent);
    i >>>= 1;
  }
  heapSet(i, item);
}
function heapDown(i) {
  const item = heap[i];
  const half = heapSize >>> 1;
  while (i <= half) {
    let child = i << 1;
    if (child + 1 <= heapSize && heapLess(heap[child + 1], heap[child])) child++;
    if (!heapLess(heap[child], item)) break;
    heapSet(i, heap[child]);
    i = child;
  }
  heapSet(i, item);
}
function heapInsert(item) {
  heap[++heapSize] = item;
  heapUp(heapSize);
}
function heapPeek() {
  return heapSize > 0 ? heap[1] : null;
}
function heapRemoveAt(pos) {
  const last = heap[heapSize];
  heap[heapSize--] = undefined;
  if (pos <= heapSize) {
    heapSet(pos, last);
    if (pos > 1 && heapLess(last, heap[pos >>> 1])) heapUp(pos);
    else heapDown(pos);
  }
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

const timerListMap = { __proto__: null };
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let timerRefCount = 0;

function incRefCount() {
  if (timerRefCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--timerRefCount === 0) toggleTimerRef(false);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this[kAsyncFrame] = asyncContextState.enabled ? captureFrame() : undefined;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) activate(this, getLibuvNow());
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

const knownTimersById = { __proto__: null };

// A timer restarted by `refreshLazily` keeps its place in its list with a newer
// `_idleStart`; listOnTimeout moves it to its sorted place when it reaches the head.
const kMovedLater = Symbol('kMovedLater');

function insert(item, msecs, start) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  item[kMovedLater] = false;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function activate(item, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
}

// Restarts an enrolled timer without moving it in its list (sockets restart theirs on every
// read and write): O(1), and it fires exactly when a moved timer would.
function refreshLazily(item) {
  if (item._destroyed || item._idlePrev === null || item._idlePrev === item) {
    item.refresh();
    return;
  }
  item._idleStart = getLibuvNow();
  item[kMovedLater] = true;
}

// Puts `item` in `list` ordered by `_idleStart`, searching from the newest end. Lazily
// restarted timers only ever moved later, so the order of the others still holds.
function listInsertSorted(list, item) {
  const start = item._idleStart;
  let newer = list;
  let older = list._idleNext;
  while (older !== list && older._idleStart > start) {
    newer = older;
    older = older._idleNext;
  }
  item._idleNext = older;
  item._idlePrev = newer;
  newer._idleNext = item;
  older._idlePrev = item;
}

function unrefActive(item) {
  activate(item, getLibuvNow());
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[kRefed] !== !refed) {
    item._destroyed = false;
    if (refed) incRefCount();
    else if (!isDestroyed) decRefCount();
  }
  item[kRefed] = refed;
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && item._idleNext !== null && item._idlePrev !== null) {
    listRemove(item);
    if (listIsEmpty(list) && timerListMap[item._idleTimeout] === list) {
      delete timerListMap[item._idleTimeout];
      heapRemoveAt(list.priorityQueuePosition);
    }
  } else {
    listRemove(item);
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

// Called by the loop when the native timer fires. Returns the next expiry: positive when
// some timer keeps the loop alive, negative when all are unref'd, 0 when none is left.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heapPeek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return timerRefCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      if (timer[kMovedLater]) {
        timer[kMovedLater] = false;
        listRemove(timer);
        listInsertSorted(list, timer);
        continue;
      }
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.priorityQueuePosition);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    const switchFrame = asyncContextState.enabled;
    const outer = switchFrame ? captureFrame() : undefined;
    if (switchFrame) asyncContext.setFrame(timer[kAsyncFrame]);
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) decRefCount();
      }
    }
    // Restored only when the callback returned: a throw leaves its context current for
    // the 'uncaughtException' handler (the loop empties it afterwards).
    if (switchFrame) asyncContext.setFrame(outer);
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(list.priorityQueuePosition);
  }
}

// ---- immediates ----
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

let immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();
let immediateCount = 0;
let immediateRefCount = 0;

function immediateRefInc() {
  if (immediateRefCount++ === 0) toggleImmediateRef(true);
}
function immediateRefDec() {
  if (--immediateRefCount === 0) toggleImmediateRef(false);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kAsyncFrame] = asyncContextState.enabled ? captureFrame() : undefined;
    this[kRefed] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    if (immediateCount++ === 0) setImmediatePending(true);
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      immediateRefInc();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      immediateRefDec();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateCount--;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateRefDec();
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
  if (immediateCount === 0) setImmediatePending(false);
}

// Called by the loop in the check phase; again with `outstandingOnly` after an immediate
// threw and the exception was handled, to finish that batch.
function processImmediate(outstandingOnly) {
  if (outstandingOnly === true && outstandingQueue.head === null) return;
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateQueue = new ImmediateList();
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateCount--;
    if (immediate[kRefed]) immediateRefDec();
    immediate[kRefed] = null;
    prevImmediate = immediate;
    const switchFrame = asyncContextState.enabled;
    const outer = switchFrame ? captureFrame() : undefined;
    if (switchFrame) asyncContext.setFrame(immediate[kAsyncFrame]);
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
      if (immediate === null) setImmediatePending(immediateCount > 0);
    }
    if (switchFrame) asyncContext.setFrame(outer); // not on a throw (see listOnTimeout)
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  setImmediatePending(immediateCount > 0);
}

// A socket's or request's timeout in ms: a finite number ≥ 0 (Node's ERR_OUT_OF_RANGE else).
function getTimerDuration(msecs, name) {
  if (typeof msecs === 'number' && msecs >= 0 && msecs !== Infinity) return msecs;
  require('internal/validators').validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

module.exports = {
  TIMEOUT_MAX,
  getTimerDuration,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  Timeout,
  Immediate,
  insert,
  insertGuarded,
  active: (item) => insertGuarded(item, true, getLibuvNow()),
  unrefActive: (item) => insertGuarded(item, false, getLibuvNow()),
  unenroll,
  refreshLazily,
  clearTimeout,
  clearImmediate,
  processTimers,
  processImmediate,
  getLibuvNow,
  knownTimersById,
};
