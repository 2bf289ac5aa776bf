'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding standard §7), as TransformStreams.

const { kInspect, invalidThis, customInspect } = require('internal/streams/webutil');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { TransformStream } = require('internal/streams/transformstream');

const kEncoderState = Symbol('kEncoderState');
const kDecoderState = Symbol('kDecoderState');

function isTextEncoderStream(value) {
  return value != null && value[kEncoderState] !== undefined;
}

function isTextDecoderStream(value) {
  return value != null && value[kDecoderState] !== undefined;
}

class TextEncoderStream {
  constructor() {
    const state = {
      encoder: new TextEncoder(),
      // A lead surrogate at the end of a chunk waits for the next chunk.
      pendingHighSurrogate: null,
      transform: undefined,
    };
    state.transform = new TransformStream({
      transform(chunk, controller) {
        chunk = String(chunk);
        let output = '';
        for (let i = 0; i < chunk.length; i++) {
          const unit = chunk.charCodeAt(i);
          if (state.pendingHighSurrogate !== null) {
            const high = state.pendingHighSurrogate;
            state.pendingHighSurrogate = null;
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
              output += high + chunk[i];
              continue;
            }
            output += '\uFFFD';
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            state.pendingHighSurrogate = chunk[i];
          } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            output += '\uFFFD';
          } else {
            output += chunk[i];
          }
        }
        if (output !== '') controller.enqueue(state.encoder.encode(output));
      },
      flush(controller) {
        if (state.pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
    this[kEncoderState] = state;
  }

  get encoding() {
    if (!isTextEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isTextEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return this[kEncoderState].transform.readable;
  }

  get writable() {
    if (!isTextEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return this[kEncoderState].transform.writable;
  }

  [kInspect](depth, options) {
    if (!isTextEncoderStream(this)) throw invalidThis('TextEncoderStream');
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const state = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      }),
    };
    this[kDecoderState] = state;
  }

  get encoding() {
    if (!isTextDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this[kDecoderState].decoder.encoding;
  }

  get fatal() {
    if (!isTextDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this[kDecoderState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isTextDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this[kDecoderState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isTextDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this[kDecoderState].transform.readable;
  }

  get writable() {
    if (!isTextDecoderStream(this)) throw invalidThis('TextDecoderStream');
    return this[kDecoderState].transform.writable;
  }

  [kInspect](depth, options) {
    if (!isTextDecoderStream(this)) throw invalidThis('TextDecoderStream');
    const decoder = this[kDecoderState].decoder;
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

// As in Node, these two have no Symbol.toStringTag.
for (const [cls, names] of [
  [TextEncoderStream, ['encoding', 'readable', 'writable']],
  [TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']],
]) {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, { __proto__: null, enumerable: true });
  }
}

module.exports = {
  TextEncoderStream,
  TextDecoderStream,
};
