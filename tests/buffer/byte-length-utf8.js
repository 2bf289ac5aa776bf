'use strict';
// Buffer.byteLength of strings in UTF-8 (the default) matches what Buffer.from writes: ASCII,
// Latin-1, BMP, astral pairs, lone surrogates (three bytes each, as U+FFFD) and strings
// built by concatenation.
const assert = require('assert');

const cases = [
  ['', 0], ['Hello', 5], ['café', 5], ['\u00ff\u0080', 4], ['€', 3], ['\u07ff\u0800', 5],
  ['😀', 4], ['\ud800', 3], ['\udc00x', 4], ['a\ud800\udc00b', 6], ['\ud83d\ud83d', 6],
  ['x'.repeat(3) + 'ü'.repeat(2), 7],
];
let built = '';
for (let i = 0; i < 50; i++) built += 'ab' + i;
cases.push([built + 'é', Buffer.from(built).length + 2]);
for (const [s, n] of cases) {
  assert.strictEqual(Buffer.byteLength(s), n, JSON.stringify(s));
  assert.strictEqual(Buffer.byteLength(s, 'utf8'), n);
  assert.strictEqual(Buffer.from(s).length, n);
}
