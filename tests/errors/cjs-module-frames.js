'use strict';
// Stack frames of CommonJS module code: positions on a module's first line count from the
// file's first character (the module wrapper has a line of its own; on line 1 they were off
// by its length), and top-level code shows as V8 shows it.
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

// A module's top-level code shows as V8 shows it: `Object.<anonymous>` (an anonymous
// function called with `this` = exports), with a null function name and type 'Object' for
// Error.prepareStackTrace.
const top = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rode-top-')), 'top.js');
fs.writeFileSync(top, "module.exports = { stack: new Error('t').stack, frames: (() => {\n" +
  '  const saved = Error.prepareStackTrace;\n' +
  '  Error.prepareStackTrace = (e, cs) => cs;\n' +
  '  const cs = new Error().stack;\n' +
  '  Error.prepareStackTrace = saved;\n' +
  '  return cs.slice(0, 2).map((c) => [c.getFunctionName(), c.getTypeName()]);\n' +
  '})() };\n');
const info = require(top);
assert.match(info.stack.split('\n')[1], /^ {4}at Object\.<anonymous> \(.*top\.js:1:\d+\)$/);
assert.deepStrictEqual(info.frames, [[null, null], [null, 'Object']]);
fs.rmSync(path.dirname(top), { recursive: true });
