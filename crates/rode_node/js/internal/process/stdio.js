'use strict';
// process.stdout, process.stderr and process.stdin.
//
// stdout/stderr are stream.Writable objects whose _write() writes synchronously (as Node
// does for files, pipes and terminals on Linux): by the time write() returns the bytes are
// out, so console.log keeps its order with process.exit(). Strings go to the native side
// as they are (decodeStrings: false), with no Buffer in between. EPIPE (the reader went
// away) is ignored. Destroying them does not close the fd (Node's "dummy" destroy).
//
// stdin is a stream.Readable fed by binding.stdinStart(cb): a reader thread delivering
// Uint8Array chunks, null at end of input, or a negative errno. Reading starts with the
// first _read(). The native reader keeps the process alive; while the stream is paused
// (or its buffer is full) that reference is dropped, as Node stops reading the handle, so
// a program that paused stdin can exit.

const binding = internalBinding('process');

let stdout;
let stderr;
let stdin;
let WriteStream;
let StdinStream;

function colorDepth(stream, env = process.env) {
  return require('internal/tty').getColorDepth(env, stream.isTTY);
}

function defineWriteStream() {
  const Writable = require('internal/streams/writable');
  const { kWritableIdle } = require('internal/streams/utils');
  const isIdle = Writable[kWritableIdle];

  class SyncWriteStream extends Writable {
    constructor(fd) {
      super({ decodeStrings: false, highWaterMark: 16384 });
      this.fd = fd;
      this._type = binding.guessHandleType(fd);
      this._isStdio = true;
      if (this._type === 'tty') {
        this.isTTY = true;
        const size = binding.getWindowSize(fd);
        this.columns = size ? size[0] : 80;
        this.rows = size ? size[1] : 24;
      }
    }

    // console.log's path: a string and nothing queued goes straight to the fd. The
    // outcome is the full path's (the write completes at once, nothing to call back).
    write(chunk, encoding, cb) {
      const state = this._writableState;
      if (typeof chunk === 'string' && encoding === undefined && cb === undefined &&
          isIdle(state) && state.highWaterMark > 0 && this._write === syncWrite) {
        const rc = binding.writeSync(this.fd, chunk);
        if (rc >= 0 || rc === -32) return true;
        const { errnoException } = require('internal/errors');
        const err = errnoException(rc, 'write');
        state.errored = err;
        process.nextTick(() => this.destroy(err));
        return false;
      }
      return super.write(chunk, encoding, cb);
    }

    _write(chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = require('buffer').Buffer.from(chunk, encoding);
      }
      const rc = binding.writeSync(this.fd, chunk);
      if (rc < 0 && rc !== -32) {
        const { errnoException } = require('internal/errors');
        cb(errnoException(rc, 'write'));
        return;
      }
      cb();
    }

    _writev(chunks, cb) {
      for (let i = 0; i < chunks.length; i++) {
        const { chunk, encoding } = chunks[i];
        let failed = null;
        this._write(chunk, encoding, (err) => {
          failed = err;
        });
        if (failed) {
          cb(failed);
          return;
        }
      }
      cb();
    }

    // The fd stays open: 'close' is still emitted so finished()/pipeline() see the end,
    // and the stream can be written to again.
    _destroy(err, cb) {
      cb(err);
      this._undestroy();
      if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
    }

    destroySoon() {
      return this.destroy();
    }

    getColorDepth(env) {
      return colorDepth(this, env);
    }

    hasColors(count, env) {
      if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
        env = count;
        count = 16;
      }
      return count <= 2 ** colorDepth(this, env);
    }

    // Terminal control (tty.WriteStream's methods; readline has the same as functions).
    cursorTo(x, y, cb) {
      return require('internal/tty').cursorTo(this, x, y, cb);
    }

    moveCursor(dx, dy, cb) {
      return require('internal/tty').moveCursor(this, dx, dy, cb);
    }

    clearLine(dir, cb) {
      return require('internal/tty').clearLine(this, dir, cb);
    }

    clearScreenDown(cb) {
      return require('internal/tty').clearScreenDown(this, cb);
    }

    getWindowSize() {
      return [this.columns, this.rows];
    }

    // On SIGWINCH (stdout only, as Node): new columns/rows and 'resize' when they changed.
    _refreshSize() {
      const size = binding.getWindowSize(this.fd);
      if (!size) return;
      const [columns, rows] = size;
      if (columns !== this.columns || rows !== this.rows) {
        this.columns = columns;
        this.rows = rows;
        this.emit('resize');
      }
    }
  }
  const syncWrite = SyncWriteStream.prototype._write;
  return SyncWriteStream;
}

const kStarted = Symbol('kStarted');
const kRefed = Symbol('kRefed');
const kUserUnref = Symbol('kUserUnref');
// pause() was called (until resume()): the Readable may still _read() to fill its buffer,
// but, as in Node, a paused stdin does not keep the process alive.
const kUserPaused = Symbol('kUserPaused');
const kEof = Symbol('kEof');

function defineStdinStream() {
  const Readable = require('internal/streams/readable');
  const { FastBuffer } = require('internal/buffer');

  // The native reader's hold on the event loop. Once the input has ended the native side
  // has dropped it itself.
  function readStop(stream) {
    if (stream[kRefed] && !stream[kEof]) {
      stream[kRefed] = false;
      binding.unrefHandle();
    }
  }

  function readStart(stream) {
    if (!stream[kStarted]) {
      stream[kStarted] = true;
      stream[kRefed] = true;
      binding.stdinStart((chunk) => onChunk(stream, chunk));
      if (stream[kUserUnref] || stream[kUserPaused]) readStop(stream);
    } else if (!stream[kRefed] && !stream[kEof] && !stream[kUserUnref] && !stream[kUserPaused]) {
      stream[kRefed] = true;
      binding.refHandle();
    }
  }

  function onChunk(stream, chunk) {
    if (chunk === null || typeof chunk === 'number') {
      stream[kEof] = true;
      stream[kRefed] = false;
      if (chunk === null) {
        stream.push(null);
      } else {
        const { errnoException } = require('internal/errors');
        stream.destroy(errnoException(chunk, 'read'));
      }
      return;
    }
    if (!stream.push(new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength))) {
      readStop(stream);
    }
  }

  class ReadStream extends Readable {
    constructor() {
      const type = binding.guessHandleType(0);
      // A file (or /dev/null) is Node's fs.ReadStream with autoClose: false: no 'close'.
      super({ autoDestroy: type !== 'file' });
      this.fd = 0;
      this._type = type;
      if (type === 'tty') {
        this.isTTY = true;
        this.isRaw = false;
      } else {
        // Only a terminal stdin (tty.ReadStream) has setRawMode in Node.
        this.setRawMode = undefined;
      }
      this[kStarted] = false;
      this[kRefed] = false;
      this[kUserUnref] = false;
      this[kEof] = false;
    }

    _read() {
      readStart(this);
    }

    pause() {
      this[kUserPaused] = true;
      readStop(this);
      return super.pause();
    }

    resume() {
      this[kUserPaused] = false;
      return super.resume();
    }

    // Destroyed: stop holding the process open (later input is dropped).
    _destroy(err, cb) {
      readStop(this);
      this[kUserUnref] = true;
      cb(err);
    }

    // Terminal modes (src/tty.rs); errors are 'error' events, as Node's.
    setRawMode(flag) {
      flag = !!flag;
      const err = internalBinding('tty_wrap').setRawMode(this.fd, flag);
      if (err) {
        const { errnoException } = require('internal/errors');
        this.emit('error', errnoException(err, 'setRawMode'));
        return this;
      }
      this.isRaw = flag;
      return this;
    }

    ref() {
      this[kUserUnref] = false;
      if (this[kStarted] && !this.isPaused()) readStart(this);
      return this;
    }

    unref() {
      this[kUserUnref] = true;
      readStop(this);
      return this;
    }
  }
  return ReadStream;
}

module.exports = {
  // The classes behind stdio, which node:tty exposes as WriteStream and ReadStream.
  WriteStream() {
    WriteStream ??= defineWriteStream();
    return WriteStream;
  },
  ReadStream() {
    StdinStream ??= defineStdinStream();
    return StdinStream;
  },
  getStdout() {
    if (stdout === undefined) {
      WriteStream ??= defineWriteStream();
      stdout = new WriteStream(1);
      if (stdout.isTTY) process.on('SIGWINCH', () => stdout._refreshSize());
    }
    return stdout;
  },
  getStderr() {
    if (stderr === undefined) {
      WriteStream ??= defineWriteStream();
      stderr = new WriteStream(2);
    }
    return stderr;
  },
  getStdin() {
    if (stdin === undefined) {
      StdinStream ??= defineStdinStream();
      stdin = new StdinStream();
    }
    return stdin;
  },
};
