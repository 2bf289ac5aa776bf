'use strict';
// process.stdout, process.stderr and process.stdin.
// stdout/stderr write synchronously (as Node does for files, pipes and terminals on Linux).
// They are EventEmitters with the Writable surface programs use (write/end/cork/uncork,
// 'finish'/'close'/'drain' events, isTTY/columns/rows/hasColors); they become real
// stream.Writable objects once node:stream exists. stdin is a minimal readable that
// delivers 'data'/'end' (and async iteration).

const EventEmitter = require('events');
const binding = internalBinding('process');

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && typeof Buffer === 'function') {
      return Buffer.from(chunk, encoding);
    }
    return chunk;
  }
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = binding.guessHandleType(fd);
    this.isTTY = this._type === 'tty' ? true : undefined;
    if (this.isTTY) {
      const size = binding.getWindowSize(fd);
      this.columns = size ? size[0] : 80;
      this.rows = size ? size[1] : 24;
    }
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.destroyed = false;
    this._isStdio = true;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_STREAM_NULL_VALUES();
    }
    const rc = binding.writeSync(this.fd, toBytes(chunk, encoding));
    if (rc < 0 && rc !== -32) {
      const { errnoException } = require('internal/errors');
      const err = errnoException(rc, 'write');
      if (typeof cb === 'function') process.nextTick(cb, err);
      process.nextTick(() => this.emit('error', err));
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  }

  cork() {
    this.writableCorked++;
  }

  uncork() {
    if (this.writableCorked > 0) this.writableCorked--;
  }

  setDefaultEncoding() {
    return this;
  }

  destroy() {
    this.destroyed = true;
    return this;
  }

  destroySoon() {
    this.destroy();
  }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      switch (env.FORCE_COLOR) {
        case '': case '1': case 'true': return 4;
        case '2': return 8;
        case '3': return 24;
        default: return 1;
      }
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
    if (!this.isTTY) return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && (/-256(color)?$/i.test(env.TERM) || env.TERM.startsWith('xterm'))) return 8;
    if (env.TERM) return 4;
    return 1;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

class StdinStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.isTTY = binding.guessHandleType(0) === 'tty' ? true : undefined;
    this.readable = true;
    this.readableEnded = false;
    this.readableFlowing = null;
    this.destroyed = false;
    this._started = false;
    this._encoding = null;
    this._paused = false;
    this._buffered = [];
    this._ended = false;
    this.on('newListener', (type) => {
      if (type === 'data' || type === 'readable' || type === 'end') this._start();
      if (type === 'data' && this.readableFlowing !== false) this.resume();
    });
  }

  _start() {
    if (this._started) return;
    this._started = true;
    binding.stdinStart((chunk) => this._onChunk(chunk));
  }

  _onChunk(chunk) {
    if (typeof chunk === 'number') {
      const { errnoException } = require('internal/errors');
      this.emit('error', errnoException(chunk, 'read'));
      return;
    }
    if (chunk === null) {
      this._ended = true;
    } else {
      if (typeof Buffer === 'function') chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this._buffered.push(chunk);
    }
    this._flush();
  }

  _flush() {
    if (this._paused || this.readableFlowing === false) return;
    while (this._buffered.length > 0 && !this._paused) {
      const chunk = this._buffered.shift();
      this.emit('data', this._encoding ? decode(chunk, this._encoding) : chunk);
    }
    if (this._ended && this._buffered.length === 0 && !this.readableEnded) {
      this.readableEnded = true;
      this.readable = false;
      this.emit('end');
      this.emit('close');
    }
  }

  setEncoding(enc) {
    this._encoding = enc || 'utf8';
    return this;
  }

  pause() {
    this._paused = true;
    this.readableFlowing = false;
    return this;
  }

  resume() {
    this._start();
    this._paused = false;
    this.readableFlowing = true;
    process.nextTick(() => this._flush());
    return this;
  }

  isPaused() {
    return this._paused;
  }

  setRawMode() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_IMPLEMENTED('process.stdin.setRawMode()');
  }

  pipe(dest) {
    this.on('data', (chunk) => dest.write(chunk));
    this.on('end', () => { if (dest !== process.stdout && dest !== process.stderr) dest.end(); });
    return dest;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  [Symbol.asyncIterator]() {
    const queue = [];
    let waiting = null;
    let done = false;
    let error = null;
    this.on('data', (chunk) => {
      if (waiting) {
        const w = waiting;
        waiting = null;
        w.resolve({ value: chunk, done: false });
      } else {
        queue.push(chunk);
      }
    });
    this.on('end', () => {
      done = true;
      if (waiting) waiting.resolve({ value: undefined, done: true });
    });
    this.on('error', (err) => {
      error = err;
      if (waiting) waiting.reject(err);
    });
    return {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (error) return Promise.reject(error);
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
      },
      return() {
        done = true;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

function decode(chunk, encoding) {
  if (typeof chunk.toString === 'function' && typeof Buffer === 'function' && Buffer.isBuffer(chunk)) {
    return chunk.toString(encoding);
  }
  return new TextDecoder().decode(chunk);
}

let stdout;
let stderr;
let stdin;

module.exports = {
  getStdout() {
    if (stdout === undefined) stdout = new SyncWriteStream(1);
    return stdout;
  },
  getStderr() {
    if (stderr === undefined) stderr = new SyncWriteStream(2);
    return stderr;
  },
  getStdin() {
    if (stdin === undefined) stdin = new StdinStream();
    return stdin;
  },
  SyncWriteStream,
};
