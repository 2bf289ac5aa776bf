'use strict';
// internal/errors and internal/validators are required where an error is thrown, not at
// the top: start-up loads this module and only pays for them when something fails.
// destroy(), construct() and error routing shared by Readable, Writable and Duplex.
//
// Order of events on destroy(err): _destroy(err, cb) runs; when it calls back the stream
// is `closed`, then on the next tick 'error' (once per stream) and then 'close' (when
// emitClose). A stream still running its _construct() defers _destroy until that ends.

const {
  isDestroyed,
  isFinished,
  isServerRequest,
  kIsDestroyed,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kConstructed,
} = require('internal/streams/utils');

// The states' flags are bits of state.flags (see utils); `errored` is an accessor.

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

function recordError(err, w, r) {
  if (!err) return;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy([err][, cb]): the cb form is undocumented but used by old modules.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;

  if ((w && (w.flags & kDestroyed) !== 0) || (r && (r.flags & kDestroyed) !== 0)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  // Mark destroyed first: callbacks below may call destroy() again.
  recordError(err, w, r);
  if (w) w.flags |= kDestroyed;
  if (r) r.flags |= kDestroyed;

  const s = w || r;
  if ((s.flags & kConstructed) === 0) {
    this.once(kDestroy, function(er) {
      runDestroy(this, require('internal/errors').aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(stream, err, cb) {
  let called = false;
  const done = (er) => {
    if (called) return;
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    recordError(er, w, r);
    if (w) w.flags |= kClosed;
    if (r) r.flags |= kClosed;
    if (typeof cb === 'function') cb(er);
    if (er) process.nextTick(emitErrorCloseNT, stream, er);
    else process.nextTick(emitCloseNT, stream);
  };
  try {
    stream._destroy(err || null, done);
  } catch (e) {
    done(e);
  }
}

function emitErrorCloseNT(stream, err) {
  emitErrorNT(stream, err);
  emitCloseNT(stream);
}

function emitCloseNT(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w) w.flags |= kCloseEmitted;
  if (r) r.flags |= kCloseEmitted;
  if ((w && (w.flags & kEmitClose) !== 0) || (r && (r.flags & kEmitClose) !== 0)) stream.emit('close');
}

function emitErrorNT(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && (w.flags & kErrorEmitted) !== 0) || (r && (r.flags & kErrorEmitted) !== 0)) return;
  if (w) w.flags |= kErrorEmitted;
  if (r) r.flags |= kErrorEmitted;
  stream.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An error inside the stream machinery: destroy the stream when it auto-destroys,
// otherwise record the error and emit 'error' (now, or on the next tick when `sync`).
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && (w.flags & kDestroyed) !== 0) || (r && (r.flags & kDestroyed) !== 0)) return;

  if ((r && (r.flags & kAutoDestroy) !== 0) || (w && (w.flags & kAutoDestroy) !== 0)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct(cb) on the next tick; until it calls back the stream is not
// `constructed`: no _read/_write/_final/_destroy happen. `onConstructed` runs after.
function construct(stream, onConstructed) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.flags &= ~kConstructed;
  if (w) w.flags &= ~kConstructed;
  stream.once(kConstruct, onConstructed);
  // A Duplex calls this once per side; only the first schedules the work.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  const onConstruct = (err) => {
    if (called) {
      errorOrDestroy(stream, err ?? new (require('internal/errors').codes.ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.flags |= kConstructed;
    if (w) w.flags |= kConstructed;
    if (((w || r).flags & kDestroyed) !== 0) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  };
  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// stream.destroy(stream, err) / pipeline's teardown: destroys anything stream-like.
// A stream that is not finished gets an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new (require('internal/errors').AbortError)();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  undestroy,
  kDestroy,
  kConstruct,
};
