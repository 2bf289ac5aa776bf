'use strict';
// StringDecoder('utf8'): characters split across writes, replacement characters for
// invalid and incomplete sequences (as Node emits them), lastNeed/lastTotal/lastChar.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const b = (...bytes) => new Uint8Array(bytes);

let d = new StringDecoder('utf8');
assert.strictEqual(d.encoding, 'utf8');
assert.strictEqual(d.write(b(0x61, 0x62)), 'ab');
// '€' = E2 82 AC, one byte at a time.
assert.strictEqual(d.write(b(0xE2)), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 3);
assert.deepStrictEqual([...d.lastChar], [0xE2, 0, 0, 0]);
assert.strictEqual(d.write(b(0x82)), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(b(0xAC)), '\u20ac');
assert.strictEqual(d.lastNeed, 0);
// A four-byte character split 1 + 3, then 3 + 1, with text around it.
assert.strictEqual(d.write(b(0x78, 0xF0)), 'x');
assert.strictEqual(d.write(b(0x9F, 0x98, 0x80, 0x79)), '\uD83D\uDE00y');
assert.strictEqual(d.write(b(0xF0, 0x9F, 0x98)), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 4);
assert.strictEqual(d.end(b(0x80)), '\uD83D\uDE00');

// end() flushes an incomplete character as one U+FFFD and resets.
d = new StringDecoder('utf8');
assert.strictEqual(d.write(b(0xE2, 0x82)), '');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(b(0x41)), 'A');

// An unexpected byte ends the pending character: U+FFFD, then the byte starts anew.
d = new StringDecoder('utf8');
assert.strictEqual(d.write(b(0xE2)), '');
assert.strictEqual(d.write(b(0x41)), '\ufffdA');
assert.strictEqual(d.write(b(0xF0, 0x9F)), '');
assert.strictEqual(d.write(b(0x98, 0xE2, 0x82, 0xAC)), '\ufffd\u20ac');

// Invalid bytes inside a chunk: one U+FFFD per maximal invalid subpart.
const cases = [
  [[0xFF], '\ufffd'],
  [[0xC0, 0x80], '\ufffd\ufffd'],
  [[0xED, 0xA0, 0x80], '\ufffd\ufffd\ufffd'],
  [[0xE2, 0x82, 0x41], '\ufffdA'],
  [[0xF4, 0x90, 0x80, 0x80], '\ufffd\ufffd\ufffd\ufffd'],
  [[0x80, 0x80, 0x41], '\ufffd\ufffdA'],
  [[0xEF, 0xBB, 0xBF, 0x41], '\ufeffA'],
  [[0xF0, 0x9F, 0x98, 0x80, 0x80], '\uD83D\uDE00\ufffd'],
];
for (const [bytes, expected] of cases) {
  assert.strictEqual(new StringDecoder('utf8').end(b(...bytes)), expected, JSON.stringify(bytes));
}
// Trailing continuation bytes are not held back when no lead byte could own them.
d = new StringDecoder('utf8');
assert.strictEqual(d.write(b(0x80, 0x80)), '\ufffd\ufffd');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.write(b(0x41, 0x80, 0x80, 0x80, 0x80)), 'A\ufffd\ufffd\ufffd\ufffd');

// Strings pass through write(); any ArrayBufferView is read as bytes.
assert.strictEqual(d.write('already a string'), 'already a string');
assert.strictEqual(new StringDecoder().write(new Uint16Array([0x6968])), 'hi');
assert.strictEqual(new StringDecoder().write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)), 'ok');
const view = new Uint8Array([0x41, 0x42, 0x43, 0x44]).subarray(1, 3);
assert.strictEqual(new StringDecoder().write(view), 'BC');

// text(buf, offset): decodes from offset, forgetting a pending character.
d = new StringDecoder('utf8');
d.write(b(0xE2));
assert.strictEqual(d.text(b(0x41, 0x42, 0x43), 1), 'BC');
assert.strictEqual(d.lastNeed, 0);
