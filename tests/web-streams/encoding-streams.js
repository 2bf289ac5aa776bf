'use strict';
// TextEncoderStream and TextDecoderStream: multi-byte characters split across chunks at
// every byte, surrogate pairs split across string chunks, lone surrogates, BOM handling,
// fatal decoding, other encodings, and the readable/writable pair.
const assert = require('assert');
const { collect } = require('./_helpers');

function streamOf(chunks) {
  return new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      c.close();
    },
  });
}

function concat(chunks) {
  const total = chunks.reduce((n, c) => n + c.byteLength, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

(async () => {
  const text = 'aé€😀z — ünïcödé';
  const bytes = new TextEncoder().encode(text);

  // Every split point, and one byte per chunk.
  for (let cut = 0; cut <= bytes.length; cut++) {
    const parts = [bytes.slice(0, cut), bytes.slice(cut)];
    const out = await collect(streamOf(parts).pipeThrough(new TextDecoderStream()));
    assert.strictEqual(out.join(''), text, `split at ${cut}`);
  }
  const single = [];
  for (const b of bytes) single.push(new Uint8Array([b]));
  const pieces = await collect(streamOf(single).pipeThrough(new TextDecoderStream()));
  assert.strictEqual(pieces.join(''), text);
  // No empty strings are emitted for chunks that end mid-character.
  assert.ok(pieces.every((p) => p.length > 0));
  assert.strictEqual(pieces.length, [...text].length);

  // An incomplete sequence at the end becomes U+FFFD on flush.
  const cutEnd = await collect(streamOf([new Uint8Array([0x61, 0xE2, 0x82])]).pipeThrough(new TextDecoderStream()));
  assert.deepStrictEqual(cutEnd, ['a', '\uFFFD']);

  // fatal: invalid input errors the stream with Node's error.
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  await assert.rejects(collect(streamOf([new Uint8Array([0xFF])]).pipeThrough(fatal)), {
    name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });

  // BOM: dropped by default, kept with ignoreBOM.
  const bom = new Uint8Array([0xEF, 0xBB, 0xBF, 0x68, 0x69]);
  assert.deepStrictEqual(await collect(streamOf([bom.slice(0, 2), bom.slice(2)]).pipeThrough(new TextDecoderStream())), ['hi']);
  const keep = new TextDecoderStream('utf8', { ignoreBOM: true });
  assert.strictEqual(keep.ignoreBOM, true);
  assert.strictEqual(keep.encoding, 'utf-8');
  assert.deepStrictEqual((await collect(streamOf([bom]).pipeThrough(keep))).join(''), '\uFEFFhi');

  // UTF-16LE split in the middle of a code unit and of a surrogate pair.
  const u16 = new Uint8Array([0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x42, 0x00]);
  const dec16 = new TextDecoderStream('utf-16le');
  assert.strictEqual(dec16.encoding, 'utf-16le');
  const out16 = await collect(streamOf([u16.slice(0, 1), u16.slice(1, 3), u16.slice(3, 5), u16.slice(5)]).pipeThrough(dec16));
  assert.strictEqual(out16.join(''), 'A😀B');

  // Chunks that are not BufferSources error the stream.
  await assert.rejects(collect(streamOf(['text']).pipeThrough(new TextDecoderStream())), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });

  // TextEncoderStream: a surrogate pair split across chunks is encoded whole.
  const enc = await collect(streamOf(['a\uD83D', '\uDE00b']).pipeThrough(new TextEncoderStream()));
  assert.deepStrictEqual(enc.map((u) => [...u]), [[0x61], [0xF0, 0x9F, 0x98, 0x80, 0x62]]);
  assert.ok(enc.every((u) => u instanceof Uint8Array));
  // Lone surrogates become U+FFFD, also one left at the end.
  const lone = await collect(streamOf(['\uDE00x', '\uD83D', 'y\uD83D']).pipeThrough(new TextEncoderStream()));
  assert.deepStrictEqual([...concat(lone)], [0xEF, 0xBF, 0xBD, 0x78, 0xEF, 0xBF, 0xBD, 0x79, 0xEF, 0xBF, 0xBD]);
  // Non-strings are converted with String(); empty strings give no chunk.
  const conv = await collect(streamOf([12, '', { toString() { return 'ok'; } }]).pipeThrough(new TextEncoderStream()));
  assert.deepStrictEqual(conv.map((u) => new TextDecoder().decode(u)), ['12', 'ok']);
  assert.strictEqual(new TextEncoderStream().encoding, 'utf-8');

  // Round trip through both.
  const round = await collect(streamOf(['x€', 'y😀'])
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new TextDecoderStream()));
  assert.strictEqual(round.join(''), 'x€y😀');
  console.log('ok');
})();
