'use strict';
// node:stream. The classes live in internal/streams/; this module assembles the public
// object: Stream (the legacy base class, which is also the module), the stream classes,
// pipeline/finished/compose/addAbortSignal, the Readable operators and the predicates.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const compose = require('internal/streams/compose');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { FastBuffer, fastBufferView } = require('internal/buffer');
const utils = require('internal/streams/utils');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// Operators become non-enumerable methods of Readable.prototype; the stream-returning
// ones wrap their async generator in Readable.from().
function defineOperator(key, op, wrap) {
  const fn = function(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const result = Reflect.apply(op, this, args);
    return wrap ? Stream.Readable.from(result) : result;
  };
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
for (const key of Object.keys(streamReturningOperators)) {
  defineOperator(key, streamReturningOperators[key], true);
}
for (const key of Object.keys(promiseReturningOperators)) {
  defineOperator(key, promiseReturningOperators[key], false);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');

// toWeb/fromWeb: the web-stream adapters (internal/streams/adapters) load on first call.
// Writable's and Duplex's go through Readable._webAdapters.
Stream.Readable._webAdapters = function webAdapters() {
  return require('internal/streams/adapters');
};
Stream.Readable.fromWeb = function(readableStream, options) {
  return require('internal/streams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};
Stream.Readable.toWeb = function(streamReadable, options) {
  return require('internal/streams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: lazyPromises,
});

// util.promisify(pipeline) / util.promisify(finished) give the promise versions.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});
Object.defineProperty(eos, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

Stream.Stream = Stream;

const { isArrayBufferView, isUint8Array } = require('internal/util/types');
Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return fastBufferView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
