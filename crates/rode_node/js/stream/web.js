'use strict';
// node:stream/web — the WHATWG stream classes (implemented in rode_web's
// internal/streams/*), the same objects as the globals of the same names.

const {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
} = require('internal/streams/readablestream');
const {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
} = require('internal/streams/writablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/streams/transformstream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/streams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/streams/encodingstreams');
const { CompressionStream, DecompressionStream } = require('internal/streams/compressionstreams');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
