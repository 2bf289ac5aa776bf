'use strict';
// stream.Transform: a Duplex whose output is computed from its input by _transform();
// _flush() runs at the end, before the readable side ends. A transform waits (holds its
// write callback) while its readable side is full, which carries backpressure through.

module.exports = Transform;

const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
var { kReadableEnded, kWritableEnded } = require('internal/streams/utils');

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kTransformState = Symbol('kTransformState');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable highWaterMark of 0 must not leave the writable side at the default.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Data pushed from _transform() may be emitted at once.
  this._readableState.sync = false;
  this[kTransformState] = newTransformState(this);

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // A subclass with its own _final() still gets flushed, at 'prefinish'.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// _transform()'s callback is made once per stream (no closure per chunk); the write it
// completes is kept in the stream's transform state, a plain object (string-keyed fields
// are cheaper to reach than symbol-keyed ones).
function newTransformState(stream) {
  var ts = {
    callback: null, // The write's callback, while _transform() runs.
    lengthBefore: 0, // The readable length when the write came.
    held: null, // A write's callback held back while the readable side is full.
    after: null,
  };
  ts.after = function afterTransform(err, val) {
    var callback = ts.callback;
    if (err) {
      callback(err);
      return;
    }
    if (val != null) stream.push(val);
    var rState = stream._readableState;
    var len = rState.length;
    if ((rState.flags & kReadableEnded) !== 0) {
      process.nextTick(callback);
    } else if (len < rState.highWaterMark || ts.lengthBefore === len ||
               (stream._writableState.flags & kWritableEnded) !== 0) {
      callback();
    } else {
      // The readable side is full: continue when it is read from.
      ts.held = callback;
    }
  };
  return ts;
}

Transform.prototype._write = function(chunk, encoding, callback) {
  var ts = this[kTransformState];
  if (ts === undefined) ts = this[kTransformState] = newTransformState(this);
  ts.callback = callback;
  ts.lengthBefore = this._readableState.length;
  this._transform(chunk, encoding, ts.after);
};

Transform.prototype._read = function() {
  const ts = this[kTransformState];
  if (ts !== undefined && ts.held !== null) {
    const callback = ts.held;
    ts.held = null;
    callback();
  }
};
