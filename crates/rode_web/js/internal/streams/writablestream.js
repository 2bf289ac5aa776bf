'use strict';
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController, with the
// abstract operations of the Streams standard §5. Error codes and messages are Node's.

const {
  kState,
  kInspect,
  kIsClosedPromise,
  kControllerErrorFunction,
  codes,
  invalidState,
  invalidThis,
  isKind,
  Deferred,
  settledResolved,
  settledRejected,
  setPromiseHandled,
  Queue,
  dequeueValue,
  enqueueValueWithSize,
  peekQueueValue,
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
} = require('internal/streams/webutil');

const kWS = 'WritableStream';
const kWriter = 'WritableStreamDefaultWriter';
const kController = 'WritableStreamDefaultController';
const kCloseSentinel = Symbol('kCloseSentinel');
const kSkipThrow = Symbol('kSkipThrow');

function isWritableStream(value) {
  return isKind(value, kWS);
}

function isWritableStreamDefaultWriter(value) {
  return isKind(value, kWriter);
}

function isWritableStreamDefaultController(value) {
  return isKind(value, kController);
}

function validateObjectArg(value, name, nullable) {
  const { validateObject, kValidateObjectAllowObjects, kValidateObjectAllowObjectsAndNull } =
    require('internal/validators');
  validateObject(value, name, nullable ? kValidateObjectAllowObjectsAndNull : kValidateObjectAllowObjects);
}

function initWritableStreamState(stream) {
  stream[kState] = {
    kind: kWS,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: new Queue(),
    backpressure: false,
  };
  stream[kIsClosedPromise] = new Deferred();
  stream[kControllerErrorFunction] = returnUndefined;
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    validateObjectArg(sink, 'sink', false);
    validateObjectArg(strategy, 'strategy', true);
    const type = sink?.type;
    if (type !== undefined) throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('type', type);
    initWritableStreamState(this);
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setUpControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (this[kState].writer !== undefined) {
      return Promise.reject(invalidState('WritableStream is locked'));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (this[kState].writer !== undefined) {
      return Promise.reject(invalidState('WritableStream is locked'));
    }
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'WritableStream', stream);
    }
    this[kState] = { kind: kWriter, stream: undefined, ready: undefined, closed: undefined };
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis(kWriter));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis(kWriter);
    if (this[kState].stream === undefined) {
      throw invalidState('Writer is not bound to a WritableStream');
    }
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis(kWriter));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis(kWriter));
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis(kWriter));
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis(kWriter);
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis(kWriter));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kWriter, {
      stream: this[kState].stream,
      close: this[kState].closed.promise,
      ready: this[kState].ready.promise,
      desiredSize: this.desiredSize,
    });
  }
}

class WritableStreamDefaultController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) throw invalidThis(kController);
    const state = this[kState];
    // The AbortController is made on first use; an abort before that is replayed on it.
    if (state.abortController === undefined) {
      const { AbortController } = require('internal/abort_controller');
      state.abortController = new AbortController();
      if (state.aborted) state.abortController.abort(state.abortReason);
    }
    return state.abortController.signal;
  }

  error(e = undefined) {
    if (!isWritableStreamDefaultController(this)) throw invalidThis(kController);
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, e);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kController, { stream: this[kState].stream });
  }
}

defineInterface(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
defineInterface(WritableStreamDefaultWriter,
                ['closed', 'ready', 'desiredSize', 'abort', 'close', 'releaseLock', 'write']);
defineInterface(WritableStreamDefaultController, ['signal', 'error']);

// Internal constructor used by TransformStream and the node:stream adapters.
function createWritableStream(start, write, close, abort, highWaterMark = 1, size = countSize) {
  const stream = Object.create(WritableStream.prototype);
  initWritableStreamState(stream);
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setUpWritableStreamDefaultController(stream, controller, start, write, close, abort,
                                       highWaterMark, size);
  return stream;
}

// ---- WritableStream abstract operations

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function signalAbort(controllerState, reason) {
  if (controllerState.aborted) return;
  controllerState.aborted = true;
  controllerState.abortReason = reason;
  if (controllerState.abortController !== undefined) controllerState.abortController.abort(reason);
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  signalAbort(s.controller[kState], reason);
  // An abort listener may have changed the state.
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.deferred.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = new Deferred();
  s.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  const closeRequest = new Deferred();
  s.closeRequest = closeRequest;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') {
    writer[kState].ready.resolve();
  }
  writableStreamDefaultControllerClose(s.controller);
  return closeRequest.promise;
}

function writableStreamAddWriteRequest(stream) {
  const deferred = new Deferred();
  stream[kState].writeRequests.push(deferred);
  return deferred.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller[kState]);
  const storedError = s.storedError;
  const requests = s.writeRequests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
  const abortRequest = s.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = controllerAbortSteps(s.controller, abortRequest.reason);
  promise.then(
    () => {
      abortRequest.deferred.resolve();
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    },
    (reason) => {
      abortRequest.deferred.reject(reason);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.deferred.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  if (s.writer !== undefined) s.writer[kState].closed.resolve();
  stream[kIsClosedPromise].resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.deferred.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const closedPromise = stream[kIsClosedPromise];
  setPromiseHandled(closedPromise.promise);
  closedPromise.reject(s.storedError);
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    setPromiseHandled(writer[kState].closed.promise);
  }
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writerEnsureReadyPromiseRejected(s.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && s.controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) {
      writer[kState].ready = new Deferred();
    } else {
      writer[kState].ready.resolve();
    }
  }
  s.backpressure = backpressure;
}

// ---- Writer abstract operations

function setUpWritableStreamDefaultWriter(writer, stream) {
  const s = stream[kState];
  if (s.writer !== undefined) throw invalidState('WritableStream is locked');
  const w = writer[kState];
  w.stream = stream;
  s.writer = writer;
  switch (s.state) {
    case 'writable':
      w.ready = !writableStreamCloseQueuedOrInFlight(stream) && s.backpressure ?
        new Deferred() : settledResolved();
      w.closed = new Deferred();
      break;
    case 'erroring':
      w.ready = settledRejected(s.storedError);
      w.closed = new Deferred();
      break;
    case 'closed':
      w.ready = settledResolved();
      w.closed = settledResolved();
      break;
    default:
      w.ready = settledRejected(s.storedError);
      w.closed = settledRejected(s.storedError);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.pending) {
    w.closed.reject(error);
  } else {
    w.closed = settledRejected(error);
  }
  setPromiseHandled(w.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.pending) {
    w.ready.reject(error);
  } else {
    w.ready = settledRejected(error);
  }
  setPromiseHandled(w.ready.promise);
}

function writerGetDesiredSize(writer) {
  const s = writer[kState].stream[kState];
  if (s.state === 'errored' || s.state === 'erroring') return null;
  if (s.state === 'closed') return 0;
  return controllerGetDesiredSize(s.controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(invalidState('Mismatched WritableStreams'));
  }
  const state = s.state;
  if (state === 'errored') return Promise.reject(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- Controller abstract operations

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  const c = {
    kind: kController,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    strategyHWM: highWaterMark,
    strategySizeAlgorithm: sizeAlgorithm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    abortController: undefined,
    aborted: false,
    abortReason: undefined,
    // The reactions to each write's promise, made once.
    onWriteFulfilled() {
      const s = stream[kState];
      writableStreamFinishInFlightWrite(stream);
      dequeueValue(c);
      if (!writableStreamCloseQueuedOrInFlight(stream) && s.state === 'writable') {
        writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
      }
      controllerAdvanceQueueIfNeeded(controller);
    },
    onWriteRejected(reason) {
      if (stream[kState].state === 'writable') controllerClearAlgorithms(c);
      writableStreamFinishInFlightWriteWithError(stream, reason);
    },
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => controller.error(e);
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm(controller);
  new Promise((resolve) => resolve(startResult)).then(
    () => {
      c.started = true;
      controllerAdvanceQueueIfNeeded(controller);
    },
    (r) => {
      c.started = true;
      writableStreamDealWithRejection(stream, r);
    });
}

function setUpControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const start = sink?.start;
  const write = sink?.write;
  const close = sink?.close;
  const abort = sink?.abort;
  const startAlgorithm = start ? startCallback(start, sink) : returnUndefined;
  const writeAlgorithm = write ? promiseCallback('sink.write', write, sink, 2) : resolvedUndefined;
  const closeAlgorithm = close ? promiseCallback('sink.close', close, sink, 0) : resolvedUndefined;
  const abortAlgorithm = abort ? promiseCallback('sink.abort', abort, sink, 1) : resolvedUndefined;
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                       closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function controllerAbortSteps(controller, reason) {
  const c = controller[kState];
  const result = c.abortAlgorithm(reason);
  controllerClearAlgorithms(c);
  return result;
}

function controllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function controllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  const s = stream[kState];
  if (s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) {
    controllerProcessClose(controller);
  } else {
    controllerProcessWrite(controller, value);
  }
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const c = controller[kState];
  controllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  const size = c.strategySizeAlgorithm;
  if (size === undefined) return 1;
  try {
    return size(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function controllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  controllerClearAlgorithms(c);
  sinkClosePromise.then(
    () => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk, controller).then(c.onWriteFulfilled, c.onWriteRejected);
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamDefaultWriter,
  isWritableStreamDefaultController,
  isWritableStreamLocked,
  createWritableStream,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
};
