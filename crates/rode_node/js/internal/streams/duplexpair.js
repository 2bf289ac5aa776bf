'use strict';
// stream.duplexPair([options]): two Duplex streams, each writing into the other's
// readable side (what one writes, the other reads).

const Duplex = require('internal/streams/duplex');

const kPending = Symbol('kPending');
const kPeer = Symbol('kPeer');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    // The write callback held until the peer's reader wants more.
    this[kPending] = null;
    this[kPeer] = null;
  }

  _read() {
    const callback = this[kPending];
    if (callback) {
      this[kPending] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      const peer = this[kPeer];
      peer.push(chunk);
      peer[kPending] = callback;
    }
  }

  _final(callback) {
    const peer = this[kPeer];
    peer.on('end', callback);
    peer.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kPeer] = side1;
  side1[kPeer] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
