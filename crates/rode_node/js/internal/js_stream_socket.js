'use strict';
// JSStreamSocket: a net.Socket whose bytes come from and go to any Duplex stream, as Node's
// internal class of that name. A TLSSocket made over a stream that isn't a net.Socket shows
// one as `_handle._parentWrap`; http2-wrapper (got 12+) takes the class from there at load
// (`new tls.TLSSocket(duplex)._handle._parentWrap.constructor`) and wraps HTTP/2 streams
// with it. Like any socket made from a handle, it starts reading the stream at once.

const net = require('net');

function noop() {}

// The socket's handle: reading, closing and the socket queries over the stream.
class JSStreamHandle {
  constructor(stream) {
    this.owner = null;
    this.stream = stream;
    this.reading = false;
    this.attached = false;
  }
  get fd() { return -1; }
  readStart() {
    if (!this.attached) attach(this);
    this.reading = true;
    this.stream.resume();
    return 0;
  }
  readStop() {
    this.reading = false;
    this.stream.pause();
    return 0;
  }
  getpeername() { return -107; }
  getsockname() { return -107; }
  setNoDelay() {}
  setKeepAlive() {}
  ref() {}
  unref() {}
  hasRef() { return true; }
  close(cb) {
    const stream = this.stream;
    if (stream.destroyed) {
      process.nextTick(cb || noop);
      return;
    }
    stream.once('close', () => process.nextTick(cb || noop));
    stream.destroy();
  }
  get bytesRead() { return this.owner ? this.owner.bytesRead : 0; }
  get writeQueueSize() { return this.stream.writableLength || 0; }
}

function attach(handle) {
  handle.attached = true;
  const { stream } = handle;
  stream.on('data', (chunk) => {
    const owner = handle.owner;
    if (!owner) return;
    if (typeof chunk === 'string') chunk = Buffer.from(chunk);
    // A consumer (the HTTP server's parser) takes the bytes instead of the Readable side.
    const consumer = owner[net._kConsumer];
    if (consumer) consumer(chunk);
    else if (!owner.push(chunk)) handle.readStop();
  });
  stream.on('end', () => handle.owner?.push(null));
  stream.on('error', (err) => handle.owner?.destroy(err));
}

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    const handle = new JSStreamHandle(stream);
    super({ handle });
    this.stream = stream;
  }

  _writeGeneric(writev, data, encoding, cb) {
    const stream = this.stream;
    if (stream.destroyed || stream.writableEnded) {
      cb(new (require('internal/errors').codes.ERR_SOCKET_CLOSED)());
      return;
    }
    if (!writev) {
      stream.write(data, encoding, cb);
      return;
    }
    for (let i = 0; i < data.length; i++) {
      stream.write(data[i].chunk, data[i].encoding, i === data.length - 1 ? cb : undefined);
    }
    if (data.length === 0) process.nextTick(cb);
  }

  _final(cb) {
    const stream = this.stream;
    if (stream.writableEnded) {
      cb();
      return;
    }
    stream.end(cb);
  }
}

module.exports = { JSStreamSocket };
