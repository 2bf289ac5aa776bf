'use strict';
// The shape of the API: node:stream/web exports the same classes as the globals; WebIDL-like
// prototypes (enumerable members, Symbol.toStringTag), constructors' lengths and names.
const assert = require('assert');
const web = require('stream/web');
const webNs = require('node:stream/web');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream',
];
assert.strictEqual(web, webNs);
for (const name of names) {
  assert.strictEqual(typeof web[name], 'function', name);
  assert.strictEqual(web[name], globalThis[name], name);
  assert.strictEqual(web[name].name, name);
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.configurable, true, name);
  assert.strictEqual(desc.writable, true, name);
}

const members = {
  ReadableStream: ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values'],
  ReadableStreamDefaultReader: ['closed', 'read', 'releaseLock', 'cancel'],
  ReadableStreamBYOBReader: ['closed', 'read', 'releaseLock', 'cancel'],
  ReadableStreamBYOBRequest: ['view', 'respond', 'respondWithNewView'],
  ReadableByteStreamController: ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error'],
  ReadableStreamDefaultController: ['desiredSize', 'close', 'enqueue', 'error'],
  WritableStream: ['locked', 'abort', 'close', 'getWriter'],
  WritableStreamDefaultWriter: ['closed', 'ready', 'desiredSize', 'abort', 'close', 'releaseLock', 'write'],
  WritableStreamDefaultController: ['signal', 'error'],
  TransformStream: ['readable', 'writable'],
  TransformStreamDefaultController: ['desiredSize', 'enqueue', 'error', 'terminate'],
  ByteLengthQueuingStrategy: ['highWaterMark', 'size'],
  CountQueuingStrategy: ['highWaterMark', 'size'],
  TextEncoderStream: ['encoding', 'readable', 'writable'],
  TextDecoderStream: ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable'],
  CompressionStream: ['readable', 'writable'],
  DecompressionStream: ['readable', 'writable'],
};
for (const [name, keys] of Object.entries(members)) {
  const proto = web[name].prototype;
  assert.deepStrictEqual(Object.keys(proto).sort(), [...keys].sort(), name);
  const tag = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag);
  if (name === 'TextEncoderStream' || name === 'TextDecoderStream') {
    assert.strictEqual(tag, undefined);
  } else {
    assert.deepStrictEqual(tag, { value: name, writable: false, enumerable: false, configurable: true });
  }
}

assert.deepStrictEqual(Object.keys(ReadableStream), ['from']);
assert.strictEqual(ReadableStream.length, 0);
assert.strictEqual(ReadableStreamDefaultReader.length, 1);
assert.strictEqual(CountQueuingStrategy.length, 1);
assert.strictEqual(ReadableStream.from.length, 1);
assert.strictEqual(ReadableStream.prototype.pipeTo.length, 1);
assert.strictEqual(ReadableStream.prototype.pipeThrough.length, 1);

// The strategies share one size function each.
const s1 = new ByteLengthQueuingStrategy({ highWaterMark: 1 });
const s2 = new ByteLengthQueuingStrategy({ highWaterMark: 2 });
assert.strictEqual(s1.size, s2.size);
assert.strictEqual(s1.size.name, 'size');
assert.strictEqual(s1.size({ byteLength: 42 }), 42);
assert.strictEqual(new CountQueuingStrategy({ highWaterMark: '7' }).highWaterMark, 7);
assert.strictEqual(new CountQueuingStrategy({ highWaterMark: 1 }).size(), 1);

// Subclassing works.
class Numbers extends ReadableStream {
  constructor(n) {
    let i = 0;
    super({ pull(c) { if (i < n) c.enqueue(i++); else c.close(); } });
  }
}
const nums = new Numbers(3);
assert.ok(nums instanceof ReadableStream);
assert.strictEqual(nums.locked, false);
(async () => {
  const got = [];
  for await (const x of nums) got.push(x);
  assert.deepStrictEqual(got, [0, 1, 2]);

  // Stream predicates of node:stream understand web streams.
  const stream = require('stream');
  const r = new ReadableStream();
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isDisturbed(r), false);
  r.cancel();
  assert.strictEqual(stream.isDisturbed(r), true);
  assert.strictEqual(stream.isReadable(r), false);
  const errored = new ReadableStream({ start(c) { c.error(new Error('e')); } });
  assert.strictEqual(stream.isErrored(errored), true);
  // finished() on web streams.
  const consumed = ReadableStream.from([1, 2]);
  const done = require('stream/promises').finished(consumed);
  for await (const x of consumed) assert.ok(x);
  assert.strictEqual(await done, undefined);
  const failing = new ReadableStream({ start(c) { c.error(new Error('web error')); } });
  await assert.rejects(require('stream/promises').finished(failing), { message: 'web error' });
  console.log('ok');
})();
