'use strict';
// TransformStream and TransformStreamDefaultController (Streams standard §6).

const {
  kState,
  kInspect,
  codes,
  invalidState,
  invalidThis,
  isKind,
  Deferred,
  extractHighWaterMark,
  extractSizeAlgorithm,
  promiseCallback,
  resolvedUndefined,
  customInspect,
  defineInterface,
} = require('internal/streams/webutil');

const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
} = require('internal/streams/readablestream');

const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/streams/writablestream');

const kTS = 'TransformStream';
const kController = 'TransformStreamDefaultController';
const kSkipThrow = Symbol('kSkipThrow');

const isTransformStream = (value) => isKind(value, kTS);
const isTransformStreamDefaultController = (value) => isKind(value, kController);

function validateOptionsObject(value, name, nullable) {
  const { validateObject, kValidateObjectAllowObjects, kValidateObjectAllowObjectsAndNull } =
    require('internal/validators');
  validateObject(value, name, nullable ? kValidateObjectAllowObjectsAndNull : kValidateObjectAllowObjects);
}

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateOptionsObject(transformer, 'transformer', false);
    validateOptionsObject(writableStrategy, 'writableStrategy', true);
    validateOptionsObject(readableStrategy, 'readableStrategy', true);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    const start = transformer?.start;
    if (readableType !== undefined) {
      throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('transformer.writableType', writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy?.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy?.size);
    const startPromise = new Deferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    setUpControllerFromTransformer(this, transformer);
    if (start !== undefined) {
      startPromise.resolve(Reflect.apply(start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw invalidThis(kTS);
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw invalidThis(kTS);
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kTS, {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}

class TransformStreamDefaultController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis(kController);
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis(kController);
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis(kController);
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis(kController);
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, kController, { stream: this[kState].stream });
  }
}

defineInterface(TransformStream, ['readable', 'writable']);
defineInterface(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                                   readableHighWaterMark, readableSizeAlgorithm) {
  const startAlgorithm = () => startPromise.promise;
  const writable = createWritableStream(
    startAlgorithm,
    (chunk) => sinkWriteAlgorithm(stream, chunk),
    () => sinkCloseAlgorithm(stream),
    (reason) => sinkAbortAlgorithm(stream, reason),
    writableHighWaterMark,
    writableSizeAlgorithm);
  const readable = createReadableStream(
    startAlgorithm,
    () => sourcePullAlgorithm(stream),
    (reason) => sourceCancelAlgorithm(stream, reason),
    readableHighWaterMark,
    readableSizeAlgorithm);
  stream[kState] = {
    kind: kTS,
    readable,
    writable,
    controller: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
  };
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  const s = stream[kState];
  controllerClearAlgorithms(s.controller);
  writableStreamDefaultControllerErrorIfNeeded(s.writable[kState].controller, e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChangePromise !== undefined) s.backpressureChangePromise.resolve();
  s.backpressureChangePromise = new Deferred();
  s.backpressure = backpressure;
}

function defaultTransformAlgorithm(chunk, controller) {
  try {
    transformStreamDefaultControllerEnqueue(controller, chunk);
  } catch (error) {
    return Promise.reject(error);
  }
  return resolvedUndefined();
}

function setUpControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkipThrow);
  const transform = transformer?.transform;
  const flush = transformer?.flush;
  const cancel = transformer?.cancel;
  const transformAlgorithm = transform ?
    promiseCallback('transformer.transform', transform, transformer, 2) : defaultTransformAlgorithm;
  const flushAlgorithm = flush ? promiseCallback('transformer.flush', flush, transformer, 1) : resolvedUndefined;
  const cancelAlgorithm = cancel ?
    promiseCallback('transformer.cancel', cancel, transformer, 1) : resolvedUndefined;
  controller[kState] = {
    kind: kController,
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function controllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const s = stream[kState];
  const readableController = s.readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw s.readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== s.backpressure) transformStreamSetBackpressure(stream, true);
}

// An async function as in Node, so the write settles in the same microtask as there.
async function performTransform(controller, chunk) {
  try {
    return await controller[kState].transformAlgorithm(chunk, controller);
  } catch (error) {
    transformStreamError(controller[kState].stream, error);
    throw error;
  }
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function sinkWriteAlgorithm(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return s.backpressureChangePromise.promise.then(() => {
      const w = s.writable[kState];
      if (w.state === 'erroring') throw w.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

async function sinkAbortAlgorithm(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise;
  const { promise, resolve, reject } = Promise.withResolvers();
  c.finishPromise = promise;
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(s.controller);
  const readable = s.readable;
  cancelPromise.then(
    () => {
      if (readable[kState].state === 'errored') {
        reject(readable[kState].storedError);
      } else {
        readableStreamDefaultControllerError(readable[kState].controller, reason);
        resolve();
      }
    },
    (error) => {
      readableStreamDefaultControllerError(readable[kState].controller, error);
      reject(error);
    });
  return promise;
}

function sinkCloseAlgorithm(stream) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise;
  const { promise, resolve, reject } = Promise.withResolvers();
  c.finishPromise = promise;
  const flushPromise = c.flushAlgorithm(s.controller);
  controllerClearAlgorithms(s.controller);
  const readable = s.readable;
  flushPromise.then(
    () => {
      if (readable[kState].state === 'errored') {
        reject(readable[kState].storedError);
      } else {
        readableStreamDefaultControllerClose(readable[kState].controller);
        resolve();
      }
    },
    (error) => {
      readableStreamDefaultControllerError(readable[kState].controller, error);
      reject(error);
    });
  return promise;
}

function sourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise;
  const { promise, resolve, reject } = Promise.withResolvers();
  c.finishPromise = promise;
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(s.controller);
  const writable = s.writable;
  cancelPromise.then(
    () => {
      if (writable[kState].state === 'errored') {
        reject(writable[kState].storedError);
      } else {
        writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
        transformStreamUnblockWrite(stream);
        resolve();
      }
    },
    (error) => {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
      transformStreamUnblockWrite(stream);
      reject(error);
    });
  return promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
