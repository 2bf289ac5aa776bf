'use strict';
// Blob.prototype.stream() (a byte stream, read by default and BYOB readers) and
// node:stream/consumers reading web streams.
const assert = require('assert');
const consumers = require('stream/consumers');
const { Blob } = require('buffer');

(async () => {
  // Default reader: the bytes, then the end.
  {
    const blob = new Blob([new Uint8Array(200000).fill(7)]);
    const stream = blob.stream();
    assert.ok(stream instanceof ReadableStream);
    let total = 0;
    for await (const chunk of stream) {
      assert.ok(chunk instanceof Uint8Array);
      assert.ok(chunk.every((b) => b === 7));
      total += chunk.byteLength;
    }
    assert.strictEqual(total, 200000);
    // The blob is untouched (its bytes were copied, not transferred).
    assert.strictEqual(blob.size, 200000);
    assert.strictEqual((await blob.arrayBuffer()).byteLength, 200000);
  }

  // A BYOB reader reads into its own views.
  {
    const reader = new Blob(['hello']).stream().getReader({ mode: 'byob' });
    const a = await reader.read(new Uint8Array(3));
    assert.deepStrictEqual(Buffer.from(a.value).toString(), 'hel');
    const b = await reader.read(new Uint8Array(10));
    assert.deepStrictEqual(Buffer.from(b.value).toString(), 'lo');
    const c = await reader.read(new Uint8Array(10));
    assert.strictEqual(c.done, true);
    assert.strictEqual(c.value.byteLength, 0);
  }

  // An empty blob's stream ends at once; two streams of one blob are independent.
  {
    assert.deepStrictEqual(await new Blob([]).stream().getReader().read(), { value: undefined, done: true });
    const blob = new Blob(['ab']);
    const [x, y] = await Promise.all([consumers.text(blob.stream()), consumers.text(blob.stream())]);
    assert.strictEqual(x, 'ab');
    assert.strictEqual(y, 'ab');
  }

  // stream/consumers over web streams.
  {
    const bytes = () => ReadableStream.from([new TextEncoder().encode('{"a":'), new TextEncoder().encode('[1,"é"]}')]);
    assert.deepStrictEqual(await consumers.json(bytes()), { a: [1, 'é'] });
    assert.strictEqual(await consumers.text(bytes()), '{"a":[1,"é"]}');
    const buf = await consumers.buffer(bytes());
    assert.ok(Buffer.isBuffer(buf));
    assert.strictEqual(buf.length, 14);
    const ab = await consumers.arrayBuffer(bytes());
    assert.ok(ab instanceof ArrayBuffer);
    assert.strictEqual(ab.byteLength, 14);
    const blob = await consumers.blob(bytes());
    assert.strictEqual(await blob.text(), '{"a":[1,"é"]}');
    // A multi-byte character split between chunks.
    const euro = new TextEncoder().encode('€');
    assert.strictEqual(await consumers.text(ReadableStream.from([euro.slice(0, 1), euro.slice(1)])), '€');
    // Strings pass through text().
    assert.strictEqual(await consumers.text(ReadableStream.from(['x', 'y'])), 'xy');
    // An erroring stream rejects.
    await assert.rejects(consumers.text(new ReadableStream({ pull(c) { c.error(new Error('nope')); } })),
                         { message: 'nope' });
  }

  // A blob stream piped through TextDecoderStream.
  {
    const out = [];
    for await (const s of new Blob(['pi', 'ped']).stream().pipeThrough(new TextDecoderStream())) out.push(s);
    assert.strictEqual(out.join(''), 'piped');
  }
  console.log('ok');
})();
