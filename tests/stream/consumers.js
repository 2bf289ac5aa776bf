'use strict';
// stream/consumers: text, json, buffer, arrayBuffer, blob from readables and async
// iterables; multi-byte characters split across chunks.
const assert = require('assert');
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');
const { text, json, buffer, arrayBuffer, blob } = consumers;

async function main() {
  assert.deepStrictEqual(Object.keys(consumers).sort(), ['arrayBuffer', 'blob', 'buffer', 'json', 'text']);

  const euro = Buffer.from('€');
  const split = () => Readable.from([Buffer.from('a'), euro.subarray(0, 2), euro.subarray(2), Buffer.from('b')]);
  assert.strictEqual(await text(split()), 'a€b');
  assert.strictEqual(await text(Readable.from(['x', 'y'])), 'xy');
  // A truncated character becomes U+FFFD.
  assert.strictEqual(await text(Readable.from([euro.subarray(0, 2)])), '\ufffd');

  assert.deepStrictEqual(await json(Readable.from(['{"a":', '[1,2]}'])), { a: [1, 2] });
  await assert.rejects(json(Readable.from(['{'])), SyntaxError);

  const buf = await buffer(split());
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'a€b');

  const ab = await arrayBuffer(Readable.from([Buffer.from([1, 2]), new Uint8Array([3])]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3]);

  const b = await blob(Readable.from(['hi ', 'there']));
  assert.strictEqual(b.size, 8);
  assert.strictEqual(await b.text(), 'hi there');

  // Any async iterable works.
  async function* gen() {
    yield 'g1';
    yield 'g2';
  }
  assert.strictEqual(await text(gen()), 'g1g2');

  // Errors of the source reject.
  const pt = new PassThrough();
  setImmediate(() => pt.destroy(new Error('source failed')));
  await assert.rejects(text(pt), { message: 'source failed' });

  // A stream with an encoding yields strings.
  const enc = new PassThrough();
  enc.setEncoding('hex');
  enc.end(Buffer.from([0xab, 0xcd]));
  assert.strictEqual(await text(enc), 'abcd');
  console.log('ok');
}

main();
