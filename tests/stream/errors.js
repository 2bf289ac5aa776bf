'use strict';
// Error codes, classes and messages the stream classes produce.
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

function errorOf(stream, action) {
  return new Promise((resolve) => {
    stream.on('error', resolve);
    action(stream);
  });
}

async function main() {
  let err = await errorOf(new Readable(), (r) => r.read());
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.strictEqual(err.message, 'The _read() method is not implemented');
  assert.ok(err instanceof Error);

  // _write() and _transform() missing: thrown from write().
  assert.throws(() => new Writable().write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _write() method is not implemented',
  });
  assert.throws(() => new Transform().write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _transform() method is not implemented',
  });

  err = await errorOf(new Readable({ read() {} }), (r) => { r.push(null); r.push('x'); });
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(err.message, 'stream.push() after EOF');

  err = await errorOf(new Writable({ write(c, e, cb) { cb(); } }), (w) => { w.end(); w.write('x'); });
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  assert.strictEqual(err.message, 'write after end');

  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.destroy();
    err = await new Promise((res) => w.write('x', res));
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
  }

  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.end();
    await new Promise((res) => w.on('finish', res));
    err = await new Promise((res) => w.end(res));
    assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
    assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
  }

  err = await errorOf(new Writable({ write(c, e, cb) { cb(); cb(); } }), (w) => w.write('x'));
  assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
  assert.strictEqual(err.message, 'Callback called multiple times');

  err = await errorOf(new Writable({ write(c, e, cb) { cb(); } }), (w) => w.pipe(new PassThrough()));
  assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE');
  assert.strictEqual(err.message, 'Cannot pipe, not readable');

  // Thrown synchronously.
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError', message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => w.write({}), /The "chunk" argument must be of type string or an instance of Buffer/);
  assert.throws(() => w.write('x', 'no-such-encoding'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
  assert.strictEqual(w.setDefaultEncoding('HEX'), w);
  assert.strictEqual(w._writableState.defaultEncoding, 'hex');
  assert.throws(() => new Readable({ highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.highWaterMark' is invalid. Received -1",
  });
  assert.throws(() => new Duplex({ readableHighWaterMark: 1.5 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.readableHighWaterMark' is invalid. Received 1.5",
  });
  assert.throws(() => new Readable({ encoding: 'bogus' }), { code: 'ERR_UNKNOWN_ENCODING' });

  // A non-buffer pushed in byte mode errors the stream.
  err = await errorOf(new Readable({ read() {} }), (r) => r.push(42));
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');

  // In object mode null still ends the stream, anything else is data.
  const o = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(o.push(0), true);
  assert.strictEqual(o.push(false), true);
  assert.strictEqual(o.push(null), false);
  assert.strictEqual(o.readableLength, 2);

  // Errored state is visible.
  const d = new PassThrough();
  d.on('error', () => {});
  d.destroy(new Error('E'));
  assert.strictEqual(d.errored.message, 'E');
  assert.strictEqual(d.destroyed, true);
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.readable, false);
  console.log('ok');
}

main();
