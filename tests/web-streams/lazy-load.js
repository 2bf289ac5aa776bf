'use strict';
// The web stream classes are globals that cost nothing until used: no streams module is
// loaded at start-up, and touching a global loads it. (Node loads its own streams modules
// under other names; the checks on rode's module names pass there trivially.)
const assert = require('assert');

const ours = (m) => /^NativeModule internal\/streams\/(readablestream|writablestream|transformstream|webutil|queuingstrategies|encodingstreams)$/.test(m);
const isRode = typeof process.versions.rode === 'string';

assert.deepStrictEqual(process.moduleLoadList.filter(ours), []);
// Reading the descriptor does not load anything.
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').get, 'function');
assert.deepStrictEqual(process.moduleLoadList.filter(ours), []);
// Neither does loading node:stream.
require('stream');
assert.deepStrictEqual(process.moduleLoadList.filter(ours), []);

assert.strictEqual(typeof CountQueuingStrategy, 'function');
if (isRode) {
  assert.deepStrictEqual(process.moduleLoadList.filter(ours).sort(), [
    'NativeModule internal/streams/queuingstrategies',
    'NativeModule internal/streams/webutil',
  ]);
}
assert.strictEqual(typeof ReadableStream, 'function');
if (isRode) {
  assert.ok(process.moduleLoadList.includes('NativeModule internal/streams/readablestream'));
  assert.ok(!process.moduleLoadList.includes('NativeModule internal/streams/transformstream'));
}
// A program may replace a global before or after touching it.
globalThis.TransformStream = 1;
assert.strictEqual(TransformStream, 1);
if (isRode) assert.ok(!process.moduleLoadList.includes('NativeModule internal/streams/transformstream'));
console.log('ok');
