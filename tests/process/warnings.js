'use strict';
// process.emitWarning: the warning object, the 'warning' event (on the next tick), and
// deprecation handling.
const assert = require('assert');

const seen = [];
process.on('warning', (w) => seen.push(w));

process.emitWarning('plain text');
process.emitWarning('with type', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'CODE2', detail: 'more detail' });
const e = new Error('an error');
process.emitWarning(e);
assert.strictEqual(seen.length, 0, 'warnings are emitted on the next tick');
assert.throws(() => process.emitWarning(1), { code: 'ERR_INVALID_ARG_TYPE' });

process.nextTick(() => {
  assert.strictEqual(seen.length, 4);
  assert.strictEqual(seen[0].name, 'Warning');
  assert.strictEqual(seen[0].message, 'plain text');
  assert.ok(seen[0] instanceof Error);
  assert.strictEqual(seen[1].name, 'CustomWarning');
  assert.strictEqual(seen[1].code, 'CODE1');
  assert.strictEqual(seen[2].detail, 'more detail');
  assert.strictEqual(seen[2].code, 'CODE2');
  assert.strictEqual(seen[3], e);
  console.log('ok');
});
