'use strict';
// stream.Transform: a Duplex whose output is computed from its input by _transform();
// _flush() runs at the end, before the readable side ends. A transform waits (holds its
// write callback) while its readable side is full, which carries backpressure through.

module.exports = Transform;

const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');

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
  this[kCallback] = null;
  this[kWriteCallback] = null;
  this[kLengthBefore] = 0;
  this[kAfterTransform] = null;

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

// _transform()'s callback is made once per stream (no closure per chunk); the write
// it completes is kept on the stream.
const kWriteCallback = Symbol('kWriteCallback');
const kLengthBefore = Symbol('kLengthBefore');
const kAfterTransform = Symbol('kAfterTransform');

function afterTransform(err, val) {
  const callback = this[kWriteCallback];
  if (err) {
    callback(err);
    return;
  }
  if (val != null) this.push(val);
  const rState = this._readableState;
  if (rState.ended) {
    process.nextTick(callback);
  } else if (this._writableState.ended || this[kLengthBefore] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    // The readable side is full: continue when it is read from.
    this[kCallback] = callback;
  }
}

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kWriteCallback] = callback;
  this[kLengthBefore] = this._readableState.length;
  let after = this[kAfterTransform];
  if (after == null) after = this[kAfterTransform] = afterTransform.bind(this);
  this._transform(chunk, encoding, after);
};

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};
