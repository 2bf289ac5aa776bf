'use strict';
// Blob and File from node:buffer: parts of every kind, type normalisation, endings,
// size, slice, arrayBuffer/text/bytes, the brand checks and argument errors.
const assert = require('assert');
const { Blob, File, resolveObjectURL } = require('buffer');

async function main() {
  // Parts: strings (UTF-8), ArrayBuffers, views (their bytes, copied), Blobs, anything
  // else as a string.
  const u16 = new Uint16Array([0x4241]);
  const source = new Uint8Array([1, 2, 3]);
  const blob = new Blob(['h\u00e9', new ArrayBuffer(2), u16, source.subarray(1), new Blob(['!']), 5, null]);
  source[1] = 99; // the Blob holds a copy
  assert.strictEqual(blob.size, 3 + 2 + 2 + 2 + 1 + 1 + 4);
  assert.deepStrictEqual([...new Uint8Array(await blob.arrayBuffer())],
                         [0x68, 0xc3, 0xa9, 0, 0, 0x41, 0x42, 2, 3, 0x21, 0x35, 0x6e, 0x75, 0x6c, 0x6c]);
  assert.strictEqual(new Blob(['\ud800']).size, 3); // lone surrogate → U+FFFD
  assert.strictEqual(new Blob().size, 0);
  assert.strictEqual(new Blob(undefined, undefined).type, '');
  assert.strictEqual(new Blob(new Set(['a', 'b'])).size, 2); // any iterable
  assert.strictEqual(new Blob([new DataView(new ArrayBuffer(4), 1, 2)]).size, 2);

  // type: lower-cased; anything outside printable ASCII makes it ''.
  assert.strictEqual(new Blob([], { type: 'Text/HTML; Charset=UTF-8' }).type, 'text/html; charset=utf-8');
  assert.strictEqual(new Blob([], { type: 'a\u00e9' }).type, '');
  assert.strictEqual(new Blob([], { type: 'a\nb' }).type, '');
  assert.strictEqual(new Blob([], { type: 'A B' }).type, 'a b');
  assert.strictEqual(new Blob([], { type: 5 }).type, '5');
  assert.strictEqual(new Blob([], null).type, '');

  // endings: 'native' turns \n and \r\n into the platform's line end; a lone \r stays.
  const eol = process.platform === 'win32' ? '\r\n' : '\n';
  assert.strictEqual(await new Blob(['a\r\nb\nc\r'], { endings: 'native' }).text(), `a${eol}b${eol}c\r`);
  assert.strictEqual(await new Blob(['a\r\nb'], { endings: 'transparent' }).text(), 'a\r\nb');
  assert.throws(() => new Blob([], { endings: 'x' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'x'",
  });

  // text(): UTF-8 with replacement, a leading BOM dropped; bytes(): a Uint8Array.
  assert.strictEqual(await new Blob(['\ufeffab']).text(), 'ab');
  assert.strictEqual(await new Blob([new Uint8Array([0x61, 0xff, 0xc3])]).text(), 'a\ufffd\ufffd');
  const bytes = await new Blob(['ab']).bytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.deepStrictEqual([...bytes], [0x61, 0x62]);
  const ab = await new Blob(['xyz']).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 3);

  // slice(start, end, type): negative from the end, clamped, never reversed.
  const b = new Blob(['0123456789'], { type: 'text/plain' });
  assert.strictEqual(await b.slice(2, 5).text(), '234');
  assert.strictEqual(await b.slice(-3).text(), '789');
  assert.strictEqual(await b.slice(-3, -1).text(), '78');
  assert.strictEqual(await b.slice(5, 2).text(), '');
  assert.strictEqual(await b.slice(-100, 100).text(), '0123456789');
  assert.strictEqual(b.slice(1).type, '');
  assert.strictEqual(b.slice(1, 2, 'X/Y').type, 'x/y');
  assert.strictEqual(b.slice(1, 2, 'caf\u00e9').type, '');
  assert.strictEqual(b.slice().size, 10);
  assert.strictEqual(await b.slice(2).slice(1, 3).text(), '34');
  assert.ok(b.slice() instanceof Blob);

  // Shape and brand checks.
  assert.strictEqual(Object.prototype.toString.call(b), '[object Blob]');
  assert.strictEqual(Blob.length, 0);
  for (const name of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(Blob.prototype, name).enumerable, true, name);
  }
  assert.deepStrictEqual(Object.keys(b), []);
  assert.strictEqual(JSON.stringify(b), '{}');
  const invalidThis = { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Blob' };
  assert.throws(() => Blob.prototype.size, invalidThis);
  assert.throws(() => Reflect.get(Blob.prototype, 'type', {}), invalidThis);
  assert.throws(() => Blob.prototype.slice.call({}), invalidThis);
  await assert.rejects(Blob.prototype.text.call({}), invalidThis);
  await assert.rejects(Blob.prototype.arrayBuffer.call({}), invalidThis);
  const notSequence = (received) => ({
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: `The "sources" argument must be a sequence. Received ${received}`,
  });
  assert.throws(() => new Blob('abc'), notSequence("type string ('abc')"));
  assert.throws(() => new Blob(null), notSequence('null'));
  assert.throws(() => new Blob({}), notSequence('an instance of Object'));
  assert.throws(() => new Blob([], 5), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be a dictionary. Received type number (5)',
  });

  // File: a Blob with a name (lone surrogates replaced) and lastModified.
  const f = new File(['abc', new Uint8Array([0x21])], 'na\ud800me.txt', { type: 'Text/Plain', lastModified: 42 });
  assert.ok(f instanceof Blob);
  assert.strictEqual(f.name, 'na\ufffdme.txt');
  assert.strictEqual(f.lastModified, 42);
  assert.strictEqual(f.size, 4);
  assert.strictEqual(f.type, 'text/plain');
  assert.strictEqual(await f.text(), 'abc!');
  assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
  assert.strictEqual(File.length, 2);
  assert.strictEqual(new File([], 5).name, '5');
  assert.strictEqual(new File([], 'x', { lastModified: 'abc' }).lastModified, 0);
  assert.strictEqual(new File([], 'x', { lastModified: '12' }).lastModified, 12);
  const before = Date.now();
  const now = new File([], 'x').lastModified;
  assert.ok(now >= before && now <= Date.now());
  assert.strictEqual(new File(['a'], 'b', null).type, '');
  assert.ok(f.slice(0, 1) instanceof Blob);
  assert.throws(() => new File([]), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
  });
  assert.throws(() => new File('abc', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

  // resolveObjectURL: undefined for anything not registered.
  assert.strictEqual(resolveObjectURL('blob:nodedata:nope'), undefined);
  assert.strictEqual(resolveObjectURL('https://example.com/'), undefined);
  assert.strictEqual(resolveObjectURL('not a url'), undefined);
}

main().then(() => console.log('ok'));
