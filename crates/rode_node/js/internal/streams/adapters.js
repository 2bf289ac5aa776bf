'use strict';
// Bridges between node:stream and WHATWG streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb (and CompressionStream's pair). Backpressure
// crosses in both directions: a web stream's desiredSize pauses the Node stream, and a Node
// stream's write() returning false holds the web sink's write promise until 'drain'.

const {
  ReadableStream,
  isReadableStream,
} = require('internal/streams/readablestream');
const {
  WritableStream,
  isWritableStream,
} = require('internal/streams/writablestream');
const {
  CountQueuingStrategy,
  ByteLengthQueuingStrategy,
} = require('internal/streams/queuingstrategies');
const { Writable, Readable, Duplex, destroy } = require('stream');
const { isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams/utils');
const finished = require('internal/streams/end-of-stream');
const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/buffer');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');

let encoder;

// A Node stream's 'close' without 'end'/'finish' reaches the web side as an AbortError.
function webError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// Strings written to a byte-mode Node stream made from a web stream become Uint8Arrays.
function toBytes(chunk, encoding) {
  if (normalizeEncoding(encoding) === 'utf8') {
    encoder ??= new (require('internal/encoding').TextEncoder)();
    return encoder.encode(chunk);
  }
  const buf = Buffer.from(chunk, encoding);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// Runs a Node-stream callback from a promise reaction; an exception it throws destroys the
// stream instead of becoming an unhandled rejection.
function callbackGuard(stream, callback) {
  return (error) => {
    try {
      callback(error);
    } catch (err) {
      process.nextTick(() => destroy(stream, err));
    }
  };
}

// writev's callback gets the write errors (all writes settled) or the one that failed.
function writevDone(callback) {
  return (result) => {
    if (!Array.isArray(result)) {
      callback(result);
      return;
    }
    const errors = result.filter((e) => e);
    callback(errors.length === 0 ? undefined : errors);
  };
}

function newWritableStreamFromStreamWritable(streamWritable) {
  // Any writable-shaped object passes (a Duplex whose writable side is off gives a closed
  // WritableStream).
  if (!(streamWritable && typeof streamWritable.write === 'function' &&
        typeof streamWritable.on === 'function')) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressure;
  let closed;

  const cleanup = finished(streamWritable, (error) => {
    error = webError(error);
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => {
    if (backpressure !== undefined) backpressure.resolve();
  });

  return new WritableStream({
    start(c) { controller = c; },

    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = Promise.withResolvers();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },

    abort(reason) {
      destroy(streamWritable, reason);
    },

    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = Promise.withResolvers();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = callbackGuard(writable, writevDone(callback));
      writer.ready.then(
        () => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done),
        done);
    },

    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = toBytes(chunk, encoding);
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },

    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        if (error != null) {
          writer.abort(error).then(done, done);
        } else {
          writer.close().then(done, done);
        }
        return;
      }
      done();
    },

    final(callback) {
      const done = callbackGuard(writable, callback);
      if (!closed) writer.close().then(done, done);
    },
  });

  writer.closed.then(
    () => {
      // The WritableStream closed before the Writable ended.
      closed = true;
      if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
    },
    (error) => {
      closed = true;
      destroy(writable, error);
    });

  return writable;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  // A Duplex whose readable side is off passes and gives a cancelled ReadableStream.
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ||
    (objectMode ? new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark }));

  let controller;
  let wasCanceled = false;

  function onData(chunk) {
    // A Buffer may be a slice of a shared pool: hand out a copy of its own.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  streamReadable.pause();

  const cleanup = finished(streamReadable, (error) => {
    error = webError(error);
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    if (wasCanceled) return;
    controller.close();
  });

  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },

    pull() { streamReadable.resume(); },

    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  // (Node passes these two arguments in this order.)
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  validateBoolean(objectMode, 'options.objectMode');

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,

    read() {
      reader.read().then(
        (result) => readable.push(result.done ? null : result.value),
        (error) => destroy(readable, error));
    },

    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(
    () => { closed = true; },
    (error) => {
      closed = true;
      destroy(readable, error);
    });

  return readable;
}

function newReadableWritablePairFromDuplex(duplex) {
  // A Duplex with a side turned off gives a closed/cancelled web stream for that side.
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();
  const readable = isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = callbackGuard(duplex, writevDone(callback));
      writer.ready.then(
        () => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done),
        done);
    },

    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = toBytes(chunk, encoding);
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(duplex, err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },

    final(callback) {
      const done = callbackGuard(duplex, callback);
      if (!writableClosed) writer.close().then(done, done);
    },

    read() {
      reader.read().then(
        (result) => duplex.push(result.done ? null : result.value),
        (error) => destroy(duplex, error));
    },

    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(
    () => {
      writableClosed = true;
      if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
    },
    (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    });

  reader.closed.then(
    () => { readableClosed = true; },
    (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    });

  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
