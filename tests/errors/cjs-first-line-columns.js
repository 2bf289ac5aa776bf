'use strict';
// Stack positions on a CommonJS module's first line count from the file's first character:
// the module wrapper is not on that line (rode compiled it there once, and line 1's columns
// were off by the wrapper's length).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-cols-'));
const file = path.join(dir, 'first-line.js');
fs.writeFileSync(file, "exports.run = (cb) => cb(); exports.fail = () => { null.x; };\nexports.line2 = (cb) => cb();\n");
const m = require(file);

const frame = m.run(() => new Error('y').stack.split('\n')[2]);
assert.match(frame, /first-line\.js:1:23\)?$/, frame);
const frame2 = m.line2(() => new Error('y').stack.split('\n')[2]);
assert.match(frame2, /first-line\.js:2:25\)?$/, frame2);
try {
  m.fail();
  assert.fail('no throw');
} catch (e) {
  const [, line, col] = /first-line\.js:(\d+):(\d+)\)?$/m.exec(e.stack);
  assert.strictEqual(line, '1');
  assert.ok(Number(col) >= 52 && Number(col) <= 57, e.stack);
}
fs.rmSync(dir, { recursive: true });
