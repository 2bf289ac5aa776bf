'use strict';
// ReadableStream, its readers, controllers and BYOB request, with the abstract operations of
// the Streams standard §4 (default and byte streams, tee, pipeTo, async iteration, from()).
// Error codes and messages are Node's; where Node's promise timing differs from the
// standard's (first async-iterator step, default tee close, pipeTo's loop, BYOB read), this
// follows Node so that programs see the same order of callbacks.

const {
  kState,
  kInspect,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  codes,
  errors,
  invalidState,
  invalidThis,
  isKind,
  Deferred,
  noop,
  settledResolved,
  settledRejected,
  setPromiseHandled,
  Queue,
  dequeueValue,
  enqueueValueWithSize,
  resetQueue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  countSize,
  promiseCallback,
  startCallback,
  resolvedUndefined,
  returnUndefined,
  customInspect,
  defineInterface,
  isDetached,
  transferArrayBuffer,
  isArrayBufferView,
  isDataView,
} = require('internal/streams/webutil');

// The runtime's own, not whatever the program assigned to the global.
const { queueMicrotask } = require('internal/process/task_queues');

const kRS = 'ReadableStream';
const kDefaultReader = 'ReadableStreamDefaultReader';
const kBYOBReader = 'ReadableStreamBYOBReader';
const kDefaultController = 'ReadableStreamDefaultController';
const kByteController = 'ReadableByteStreamController';
const kBYOBRequest = 'ReadableStreamBYOBRequest';
const kSkipThrow = Symbol('kSkipThrow');
// Controller steps called by the stream and its readers.
const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

let lazyWritable;
function writable() {
  lazyWritable ??= require('internal/streams/writablestream');
  return lazyWritable;
}

const isReadableStream = (value) => isKind(value, kRS);
const isReadableStreamDefaultReader = (value) => isKind(value, kDefaultReader);
const isReadableStreamBYOBReader = (value) => isKind(value, kBYOBReader);
const isReadableStreamDefaultController = (value) => isKind(value, kDefaultController);
const isReadableByteStreamController = (value) => isKind(value, kByteController);
const isReadableStreamBYOBRequest = (value) => isKind(value, kBYOBRequest);

function validateOptionsObject(value, name, nullable) {
  const { validateObject, kValidateObjectAllowObjects, kValidateObjectAllowObjectsAndNull } =
    require('internal/validators');
  validateObject(value, name, nullable ? kValidateObjectAllowObjectsAndNull : kValidateObjectAllowObjects);
}

function initReadableStreamState(stream) {
  stream[kState] = {
    kind: kRS,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = new Deferred();
  stream[kControllerErrorFunction] = returnUndefined;
}

// Read requests: what a pending read() does when a chunk, the end or an error arrives.
class DefaultReadRequest {
  constructor() {
    const { promise, resolve, reject } = Promise.withResolvers();
    this.promise = promise;
    this.res = resolve;
    this.rej = reject;
  }

  chunk(value) {
    this.res({ value, done: false });
  }

  close() {
    this.res({ value: undefined, done: true });
  }

  error(e) {
    this.rej(e);
  }
}

class ReadIntoRequest {
  constructor() {
    const { promise, resolve, reject } = Promise.withResolvers();
    this.promise = promise;
    this.res = resolve;
    this.rej = reject;
  }

  chunk(value) {
    this.res({ value, done: false });
  }

  close(value) {
    this.res({ value, done: true });
  }

  error(e) {
    this.rej(e);
  }
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    validateOptionsObject(source, 'source', false);
    validateOptionsObject(strategy, 'strategy', true);
    initReadableStreamState(this);
    // The strategy is read before the source.
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('strategy.size', size);
      setUpByteControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw new (codes().ERR_INVALID_ARG_VALUE)('source.type', type);
      setUpDefaultControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 1),
                                       extractSizeAlgorithm(size));
    }
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  get locked() {
    if (!isReadableStream(this)) throw invalidThis(kRS);
    return this[kState].reader !== undefined;
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(invalidThis(kRS));
    if (this[kState].reader !== undefined) {
      return Promise.reject(invalidState('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw invalidThis(kRS);
    validateOptionsObject(options, 'options', true);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new (codes().ERR_INVALID_ARG_VALUE)('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw invalidThis(kRS);
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform?.writable;
    const { isWritableStream, isWritableStreamLocked } = writable();
    if (!isWritableStream(dest)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('transform.writable', 'WritableStream', dest);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (isWritableStreamLocked(dest)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, dest, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw invalidThis(kRS);
      const { isWritableStream, isWritableStreamLocked } = writable();
      if (!isWritableStream(destination)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw invalidThis(kRS);
    return readableStreamTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw invalidThis(kRS);
    validateOptionsObject(options, 'options', true);
    return createAsyncIterator(this, !!options?.preventCancel);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kRS, {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isReadableByteStreamController(this[kState].controller),
    });
  }
}

function readPipeOptions(options) {
  // Members are read one at a time, in this order, as the web platform tests require.
  validateOptionsObject(options, 'options', true);
  const preventAbort = options?.preventAbort;
  const preventCancel = options?.preventCancel;
  const preventClose = options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) require('internal/validators').validateAbortSignal(signal, 'options.signal');
  return { preventAbort: !!preventAbort, preventCancel: !!preventCancel, preventClose: !!preventClose, signal };
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'ReadableStream', stream);
    }
    this[kState] = { kind: kDefaultReader, stream: undefined, closed: undefined, readRequests: new Queue() };
    setUpReaderGeneric(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) return Promise.reject(invalidThis(kDefaultReader));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const readRequest = new DefaultReadRequest();
    readableStreamDefaultReaderRead(this, readRequest);
    return readRequest.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw invalidThis(kDefaultReader);
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) return Promise.reject(invalidThis(kDefaultReader));
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) return Promise.reject(invalidThis(kDefaultReader));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamCancel(this[kState].stream, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kDefaultReader, {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'ReadableStream', stream);
    }
    this[kState] = { kind: kBYOBReader, stream: undefined, closed: undefined, readIntoRequests: new Queue() };
    if (stream[kState].reader !== undefined) throw invalidState('ReadableStream is locked');
    if (!isReadableByteStreamController(stream[kState].controller)) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('stream', stream, 'must be a byte stream');
    }
    setUpReaderGeneric(this, stream);
  }

  // An async function, as Node's: argument errors reject, and the result settles two
  // microtasks after the read completes.
  async read(view, options = {}) {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis(kBYOBReader);
    const c = codes();
    if (!isArrayBufferView(view)) {
      throw new c.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    validateOptionsObject(options, 'options', true);
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
    }
    const min = options?.min ?? 1;
    if (typeof min !== 'number') throw new c.ERR_INVALID_ARG_TYPE('options.min', 'number', min);
    if (!Number.isInteger(min)) throw new c.ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
    if (min <= 0) throw new c.ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
    if (!isDataView(view)) {
      if (min > view.length) throw new c.ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
    } else if (min > view.byteLength) {
      throw new c.ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
    }
    if (this[kState].stream === undefined) throw invalidState('The reader is not attached to a stream');
    const readIntoRequest = new ReadIntoRequest();
    readableStreamBYOBReaderRead(this, view, min, readIntoRequest);
    return readIntoRequest.promise;
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis(kBYOBReader);
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) return Promise.reject(invalidThis(kBYOBReader));
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) return Promise.reject(invalidThis(kBYOBReader));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamCancel(this[kState].stream, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kBYOBReader, {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

class ReadableStreamDefaultController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) throw invalidThis(kDefaultController);
    return defaultControllerGetDesiredSize(this[kState]);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) throw invalidThis(kDefaultController);
    if (!defaultControllerCanCloseOrEnqueue(this[kState])) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) throw invalidThis(kDefaultController);
    if (!defaultControllerCanCloseOrEnqueue(this[kState])) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isReadableStreamDefaultController(this)) throw invalidThis(kDefaultController);
    readableStreamDefaultControllerError(this, e);
  }

  [kCancelSteps](reason) {
    const c = this[kState];
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(c);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        defaultControllerClearAlgorithms(c);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
      return;
    }
    stream[kState].reader[kState].readRequests.push(readRequest);
    defaultControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {}

  [kInspect](depth, options) {
    return customInspect(depth, options, kDefaultController, {});
  }
}

class ReadableByteStreamController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw invalidThis(kByteController);
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw invalidThis(kByteController);
    return byteControllerGetDesiredSize(this[kState]);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw invalidThis(kByteController);
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw invalidThis(kByteController);
    require('internal/validators').validateBuffer(chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isReadableByteStreamController(this)) throw invalidThis(kByteController);
    readableByteStreamControllerError(this, e);
  }

  [kCancelSteps](reason) {
    const c = this[kState];
    byteControllerClearPendingPullIntos(c);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(c);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queueTotalSize > 0) {
      const readRequests = stream[kState].reader[kState].readRequests;
      if (readRequests.length > 0) {
        // Earlier reads still wait (bytes of a released BYOB reader's read went to the
        // queue); they are served first. The standard asserts this cannot happen.
        readRequests.push(readRequest);
        byteControllerProcessReadRequestsUsingQueue(this);
        return;
      }
      byteControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = c.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (error) {
        readRequest.error(error);
        return;
      }
      c.pendingPullIntos.push({
        buffer,
        bufferByteLength: autoAllocateChunkSize,
        byteOffset: 0,
        byteLength: autoAllocateChunkSize,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        ctor: Uint8Array,
        readerType: 'default',
      });
    }
    stream[kState].reader[kState].readRequests.push(readRequest);
    byteControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const c = this[kState];
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kByteController, {});
  }
}

class ReadableStreamBYOBRequest {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis(kBYOBRequest);
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis(kBYOBRequest);
    const { view, controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis(kBYOBRequest);
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    require('internal/validators').validateBuffer(view, 'view');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kBYOBRequest, {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}

defineInterface(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});
Object.defineProperty(ReadableStream, 'from', { __proto__: null, enumerable: true });
defineInterface(ReadableStreamDefaultReader, ['closed', 'read', 'releaseLock', 'cancel']);
defineInterface(ReadableStreamBYOBReader, ['closed', 'read', 'releaseLock', 'cancel']);
defineInterface(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);
defineInterface(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
defineInterface(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

// Internal constructors (tee branches, from(), TransformStream, adapters).
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = countSize) {
  const stream = Object.create(ReadableStream.prototype);
  initReadableStreamState(stream);
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  initReadableStreamState(stream);
  const controller = new ReadableByteStreamController(kSkipThrow);
  setUpByteController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

// ---- Async iteration

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const AsyncIteratorBase = { __proto__: AsyncIteratorPrototype, next: undefined, return: undefined };

class AsyncIteratorReadRequest {
  constructor(reader, state, deferred) {
    this.reader = reader;
    this.state = state;
    this.deferred = deferred;
  }

  chunk(value) {
    this.state.current = undefined;
    this.deferred.resolve({ value, done: false });
  }

  close() {
    this.state.current = undefined;
    this.state.done = true;
    readableStreamReaderGenericRelease(this.reader);
    this.deferred.resolve({ done: true, value: undefined });
  }

  error(e) {
    this.state.current = undefined;
    this.state.done = true;
    readableStreamReaderGenericRelease(this.reader);
    this.deferred.reject(e);
  }
}

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;

  function nextSteps() {
    if (state.done) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
    }
    const deferred = Promise.withResolvers();
    readableStreamDefaultReaderRead(reader, new AsyncIteratorReadRequest(reader, state, deferred));
    return deferred.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw invalidState('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readableStreamCancel(reader[kState].stream, value);
      readableStreamReaderGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readableStreamReaderGenericRelease(reader);
    return { done: true, value };
  }

  return {
    __proto__: AsyncIteratorBase,
    next() {
      // Like Node, the first step waits one microtask so that the source has started.
      if (!started) {
        state.current = Promise.resolve();
        started = true;
      }
      state.current = state.current !== undefined ?
        state.current.then(nextSteps, nextSteps) : nextSteps();
      return state.current;
    },
    return(value) {
      started = true;
      state.current = state.current !== undefined ?
        state.current.then(() => returnSteps(value), () => returnSteps(value)) : returnSteps(value);
      return state.current;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

// ---- ReadableStream.from

function getAsyncIterator(obj) {
  let method = obj[Symbol.asyncIterator];
  let sync = false;
  if (method == null) {
    method = obj[Symbol.iterator];
    if (method === undefined) throw new (codes().ERR_ARG_NOT_ITERABLE)(obj);
    sync = true;
  }
  const iterator = Reflect.apply(method, obj, []);
  if (typeof iterator !== 'object' || iterator === null) {
    throw invalidState('The iterator method must return an object');
  }
  if (sync) {
    // CreateAsyncFromSyncIterator, as yield* in an async generator does it.
    const asyncIterator = (async function* () {
      return yield* { [Symbol.iterator]: () => iterator };
    })();
    return { iterator: asyncIterator, next: asyncIterator.next };
  }
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  const record = getAsyncIterator(iterable);
  let stream;

  async function pullAlgorithm() {
    const result = Reflect.apply(record.next, record.iterator, []);
    if (typeof result !== 'object' || result === null) {
      throw invalidState('The iterator.next() method must return an object');
    }
    return Promise.resolve(result).then((iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (iterResult.done) {
        readableStreamDefaultControllerClose(controller);
      } else {
        readableStreamDefaultControllerEnqueue(controller, iterResult.value);
      }
    });
  }

  async function cancelAlgorithm(reason) {
    const iterator = record.iterator;
    const returnMethod = iterator.return;
    if (returnMethod === undefined) return undefined;
    const returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    return Promise.resolve(returnResult).then((iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  }

  stream = createReadableStream(returnUndefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ---- pipeTo

class PipeReadRequest {
  constructor(writer, pipe, deferred) {
    this.writer = writer;
    this.pipe = pipe;
    this.deferred = deferred;
  }

  chunk(value) {
    const write = writable().writableStreamDefaultWriterWrite(this.writer, value);
    setPromiseHandled(write);
    this.pipe.currentWrite = write;
    this.deferred.resolve(false);
  }

  close() {
    this.deferred.resolve(true);
  }

  error(e) {
    this.deferred.reject(e);
  }
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = writable();
  let reader;
  let writer;
  try {
    reader = new ReadableStreamDefaultReader(source);
    writer = new W.WritableStreamDefaultWriter(dest);
  } catch (error) {
    return Promise.reject(error);
  }
  source[kState].disturbed = true;

  const pipe = { currentWrite: Promise.resolve() };
  const result = Promise.withResolvers();
  let shuttingDown = false;
  let abortListener;

  function finalize(rejected, error) {
    W.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (abortListener !== undefined) signal.removeEventListener('abort', abortListener);
    if (rejected) {
      result.reject(error);
    } else {
      result.resolve();
    }
  }

  // Settles once the last write started has settled (writes may start while waiting).
  async function waitForCurrentWrite() {
    const write = pipe.currentWrite;
    await write;
    if (write !== pipe.currentWrite) await waitForCurrentWrite();
  }

  function destWritable() {
    return dest[kState].state === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      action().then(() => finalize(rejected, originalError), (error) => finalize(true, error));
    };
    if (destWritable()) {
      waitForCurrentWrite().then(complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }

  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritable()) {
      waitForCurrentWrite().then(() => finalize(rejected, error), (e) => finalize(true, e));
      return;
    }
    finalize(rejected, error);
  }

  function abortAlgorithm() {
    let error = signal.reason;
    if (error instanceof errors().AbortError) {
      const { DOMException } = require('internal/domexception');
      error = new DOMException(error.message, 'AbortError');
    }
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ?
        W.writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ?
        readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
  }

  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    if (shuttingDown) return true;
    const deferred = Promise.withResolvers();
    readableStreamDefaultReaderRead(reader, new PipeReadRequest(writer, pipe, deferred));
    return deferred.promise;
  }

  async function run() {
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    abortListener = abortAlgorithm;
    signal.addEventListener('abort', abortListener, { once: true });
  }

  setPromiseHandled(run());

  // Errors must be propagated forward: the source errored.
  const onSourceError = (error) => {
    if (!preventAbort) {
      shutdownWithAnAction(() => W.writableStreamAbort(dest, error), true, error);
    } else {
      shutdown(true, error);
    }
  };
  if (source[kState].state === 'errored') {
    onSourceError(source[kState].storedError);
  } else {
    reader[kState].closed.promise.then(undefined, onSourceError);
  }

  // Errors must be propagated backward: the destination errored.
  const onDestError = (error) => {
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  };
  if (dest[kState].state === 'errored') {
    onDestError(dest[kState].storedError);
  } else {
    writer[kState].closed.promise.then(undefined, onDestError);
  }

  // Closing must be propagated forward: the source closed.
  const onSourceClose = () => {
    if (!preventClose) {
      shutdownWithAnAction(() => W.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };
  if (source[kState].state === 'closed') {
    onSourceClose();
  } else {
    reader[kState].closed.promise.then(onSourceClose, noop);
  }

  // Closing must be propagated backward: the destination is closed or closing.
  if (W.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  }

  return result.promise;
}

// ---- tee

function readableStreamTee(stream) {
  if (isReadableByteStreamController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream);
}

function readableStreamDefaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = new Deferred();

  const readRequest = {
    chunk(value) {
      queueMicrotask(() => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value);
        if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value);
      });
    },
    close() {
      // Node closes the branches on the next tick (nodejs/node#39758); so do we.
      process.nextTick(() => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      });
    },
    error() {
      reading = false;
    },
  };

  async function pullAlgorithm() {
    if (reading) return;
    reading = true;
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(returnUndefined, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(returnUndefined, pullAlgorithm, cancel2Algorithm);

  reader[kState].closed.promise.then(undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = new Deferred();

  function forwardReaderError(thisReader) {
    thisReader[kState].closed.promise.then(undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function afterChunk() {
    reading = false;
    if (readAgainForBranch1) {
      pull1Algorithm();
    } else if (readAgainForBranch2) {
      pull2Algorithm();
    }
  }

  function cloneFailed(error) {
    readableByteStreamControllerError(branch1[kState].controller, error);
    readableByteStreamControllerError(branch2[kState].controller, error);
    cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              cloneFailed(error);
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          afterChunk();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              cloneFailed(error);
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          afterChunk();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          if (!otherCanceled && otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = byteControllerGetBYOBRequest(branch1[kState].controller);
    if (byobRequest === null) {
      pullWithDefaultReader();
    } else {
      pullWithBYOBReader(byobRequest[kState].view, false);
    }
    return Promise.resolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = byteControllerGetBYOBRequest(branch2[kState].controller);
    if (byobRequest === null) {
      pullWithDefaultReader();
    } else {
      pullWithBYOBReader(byobRequest[kState].view, true);
    }
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(returnUndefined, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(returnUndefined, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- ReadableStream abstract operations

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && reader[kState].kind === kBYOBReader) {
    const requests = reader[kState].readIntoRequests.drain();
    for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
  }
  return s.controller[kCancelSteps](reason).then(returnUndefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.resolve();
  if (r.kind === kDefaultReader) {
    const requests = r.readRequests.drain();
    for (let i = 0; i < requests.length; i++) requests[i].close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(e);
  setPromiseHandled(r.closed.promise);
  if (r.kind === kDefaultReader) {
    readerErrorRequests(r.readRequests, e);
  } else {
    readerErrorRequests(r.readIntoRequests, e);
  }
}

function readerErrorRequests(queue, e) {
  const requests = queue.drain();
  for (let i = 0; i < requests.length; i++) requests[i].error(e);
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].kind === kDefaultReader;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].kind === kBYOBReader;
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const readRequest = stream[kState].reader[kState].readRequests.shift();
  if (done) {
    readRequest.close();
  } else {
    readRequest.chunk(chunk);
  }
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) {
    readIntoRequest.close(chunk);
  } else {
    readIntoRequest.chunk(chunk);
  }
}

// ---- Reader abstract operations

function setUpReaderGeneric(reader, stream) {
  const s = stream[kState];
  if (s.reader !== undefined) throw invalidState('ReadableStream is locked');
  const r = reader[kState];
  r.stream = stream;
  s.reader = reader;
  if (s.state === 'readable') {
    r.closed = new Deferred();
  } else if (s.state === 'closed') {
    r.closed = settledResolved();
  } else {
    r.closed = settledRejected(s.storedError);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const s = stream[kState];
  const error = invalidState('Reader released');
  if (s.state === 'readable') {
    r.closed.reject(error);
  } else {
    r.closed = settledRejected(error);
  }
  setPromiseHandled(r.closed.promise);
  s.controller[kReleaseSteps]();
  s.reader = undefined;
  r.stream = undefined;
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readerErrorRequests(reader[kState].readRequests, invalidState('Releasing reader'));
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readerErrorRequests(reader[kState].readIntoRequests, invalidState('Releasing reader'));
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') {
    readRequest.close();
  } else if (s.state === 'errored') {
    readRequest.error(s.storedError);
  } else {
    s.controller[kPullSteps](readRequest);
  }
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') {
    readIntoRequest.error(s.storedError);
    return;
  }
  byteControllerPullInto(s.controller, view, min, readIntoRequest);
}

// ---- Default controller abstract operations

function setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                highWaterMark, sizeAlgorithm) {
  const c = {
    kind: kDefaultController,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    // The reactions to each pull's promise, made once.
    onPullFulfilled() {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        defaultControllerCallPullIfNeeded(controller);
      }
    },
    onPullRejected(e) {
      readableStreamDefaultControllerError(controller, e);
    },
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => controller.error(e);
  const startResult = startAlgorithm(controller);
  new Promise((resolve) => resolve(startResult)).then(
    () => {
      c.started = true;
      defaultControllerCallPullIfNeeded(controller);
    },
    (r) => readableStreamDefaultControllerError(controller, r));
}

function setUpDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const startAlgorithm = start ? startCallback(start, source) : returnUndefined;
  const pullAlgorithm = pull ? promiseCallback('source.pull', pull, source, 1) : resolvedUndefined;
  const cancelAlgorithm = cancel ? promiseCallback('source.cancel', cancel, source, 1) : resolvedUndefined;
  setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                         highWaterMark, sizeAlgorithm);
}

function defaultControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!defaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm(controller).then(c.onPullFulfilled, c.onPullRejected);
}

function defaultControllerShouldCallPull(c) {
  if (!defaultControllerCanCloseOrEnqueue(c) || !c.started) return false;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && readableStreamGetNumReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(c) > 0;
}

function defaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      const chunkSize = c.strategySizeAlgorithm(chunk);
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function defaultControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller[kState]);
}

function defaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return defaultControllerCanCloseOrEnqueue(controller[kState]);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  return defaultControllerGetDesiredSize(controller[kState]);
}

// ---- Byte controller abstract operations

function setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                             highWaterMark, autoAllocateChunkSize) {
  const c = {
    kind: kByteController,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    onPullFulfilled() {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        byteControllerCallPullIfNeeded(controller);
      }
    },
    onPullRejected(e) {
      readableByteStreamControllerError(controller, e);
    },
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => controller.error(e);
  const startResult = startAlgorithm(controller);
  new Promise((resolve) => resolve(startResult)).then(
    () => {
      c.started = true;
      byteControllerCallPullIfNeeded(controller);
    },
    (r) => readableByteStreamControllerError(controller, r));
}

function setUpByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const autoAllocateChunkSize = source?.autoAllocateChunkSize;
  const startAlgorithm = start ? startCallback(start, source) : returnUndefined;
  const pullAlgorithm = pull ? promiseCallback('source.pull', pull, source, 1) : resolvedUndefined;
  const cancelAlgorithm = cancel ? promiseCallback('source.cancel', cancel, source, 1) : resolvedUndefined;
  if (autoAllocateChunkSize === 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                      highWaterMark, autoAllocateChunkSize);
}

function byteControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kSkipThrow);
    request[kState] = { kind: kBYOBRequest, controller, view };
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function byteControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function byteControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!byteControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm(controller).then(c.onPullFulfilled, c.onPullRejected);
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  const r = c.byobRequest[kState];
  r.controller = undefined;
  r.view = null;
  c.byobRequest = null;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function byteControllerShiftPendingPullInto(c) {
  return c.pendingPullIntos.shift();
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function readableByteStreamControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  byteControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function byteControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  byteControllerEnqueueChunkToQueue(controller[kState], clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  byteControllerShiftPendingPullInto(controller[kState]);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('Destination ArrayBuffer is detached');
    byteControllerInvalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(c);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  } else {
    byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerFillHeadPullIntoDescriptor(size, desc) {
  desc.bytesFilled += size;
}

function byteControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % desc.elementSize);
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    if (desc.buffer.byteLength - destStart < bytesToCopy) {
      throw new (codes().ERR_INVALID_STATE.RangeError)('view ArrayBuffer size is invalid');
    }
    new Uint8Array(desc.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullIntoDescriptor(bytesToCopy, desc);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const desc = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      byteControllerShiftPendingPullInto(c);
      filled.push(desc);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const readRequests = c.stream[kState].reader[kState].readRequests;
  while (readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(controller, readRequests.shift());
  }
}

const kTypedArrayCtors = new Set([
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
]);
if (typeof Float16Array === 'function') kTypedArrayCtors.add(Float16Array);

function byteControllerConvertPullIntoDescriptor(desc) {
  const bytesFilled = desc.bytesFilled;
  if (bytesFilled > desc.byteLength) {
    throw new (codes().ERR_INVALID_STATE.RangeError)('The buffer size is invalid');
  }
  const buffer = transferArrayBuffer(desc.buffer);
  const ctor = desc.ctor;
  const length = bytesFilled / desc.elementSize;
  if (!kTypedArrayCtors.has(ctor)) {
    // A Buffer is made with Buffer.from (its constructor is deprecated).
    const { Buffer } = require('buffer');
    if (ctor === Buffer) return Buffer.from(buffer, desc.byteOffset, length);
  }
  return new ctor(buffer, desc.byteOffset, length);
}

function byteControllerCommitPullIntoDescriptor(stream, desc) {
  const done = stream[kState].state === 'closed';
  const filledView = byteControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') {
    if (!readableStreamHasDefaultReader(stream) || readableStreamGetNumReadRequests(stream) === 0) {
      // An auto-allocated buffer whose read was served from the queue (possible after a
      // BYOB reader was released mid-read; Node 20 fails an internal assertion): keep
      // the bytes for the next read.
      if (!done && filledView.byteLength > 0) {
        const c = stream[kState].controller[kState];
        byteControllerEnqueueChunkToQueue(c, filledView.buffer, filledView.byteOffset, filledView.byteLength);
      }
      return;
    }
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function byteControllerPullInto(controller, view, min, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!isDataView(view)) {
    elementSize = view.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const minimumFill = min * elementSize;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const desc = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    ctor,
    readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(desc);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = byteControllerConvertPullIntoDescriptor(desc);
      byteControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream closed');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(desc);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  byteControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new (codes().ERR_INVALID_ARG_VALUE)('bytesWritten', bytesWritten);
  } else {
    if (!bytesWritten) throw new (codes().ERR_INVALID_ARG_VALUE)('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(c);
  if (c.stream[kState].state === 'closed') {
    if (bytesWritten) throw invalidState('Controller is closed but view is not zero-length');
    byteControllerRespondInClosedState(controller, first);
  } else {
    if (!bytesWritten) throw invalidState('View cannot be zero-length');
    byteControllerRespondInReadableState(controller, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondInClosedState(controller, first) {
  const c = controller[kState];
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(c);
  const stream = c.stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadIntoRequests(stream)) {
      filled.push(byteControllerShiftPendingPullInto(c));
    }
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, desc) {
  const c = controller[kState];
  if (desc.bytesFilled + bytesWritten > desc.byteLength) {
    throw new (codes().ERR_INVALID_STATE.RangeError)('The buffer size is invalid');
  }
  byteControllerFillHeadPullIntoDescriptor(bytesWritten, desc);
  const stream = c.stream;
  if (desc.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  byteControllerShiftPendingPullInto(c);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, desc.buffer, end - remainderSize, remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
  byteControllerCommitPullIntoDescriptor(stream, desc);
  for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  const viewByteLength = view.byteLength;
  if (state === 'closed') {
    if (viewByteLength !== 0) throw invalidState('View is not zero-length');
  } else if (viewByteLength === 0) {
    throw invalidState('View is zero-length');
  }
  const RangeErr = codes().ERR_INVALID_ARG_VALUE.RangeError;
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) throw new RangeErr('view', view);
  if (first.bytesFilled + viewByteLength > first.byteLength) throw new RangeErr('view', view);
  if (first.bufferByteLength !== view.buffer.byteLength) throw new RangeErr('view', view);
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  isReadableStreamLocked,
  isReadableByteStreamController,
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  readableStreamPipeTo,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
};
