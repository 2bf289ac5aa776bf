'use strict';
// util.styleText: escape codes for one format or a list, validation of the format
// against util.inspect.colors, and colour detection on the target stream.
const assert = require('assert');
const util = require('util');
const { styleText } = util;

delete process.env.FORCE_COLOR;
const noCheck = { validateStream: false };

assert.strictEqual(styleText('red', 'x', noCheck), '\u001b[31mx\u001b[39m');
assert.strictEqual(styleText('bold', 'bold text', noCheck), '\u001b[1mbold text\u001b[22m');
assert.strictEqual(styleText('bgBlueBright', '', noCheck), '\u001b[104m\u001b[49m');
// Aliases are accepted although they are not enumerable keys of inspect.colors.
assert.strictEqual(styleText('grey', 'g', noCheck), '\u001b[90mg\u001b[39m');
assert.strictEqual(styleText('faint', 'f', noCheck), '\u001b[2mf\u001b[22m');
// Every enumerable colour works and uses inspect.colors' codes.
for (const [name, [open, close]] of Object.entries(util.inspect.colors)) {
  assert.strictEqual(styleText(name, 't', noCheck), `\u001b[${open}mt\u001b[${close}m`, name);
}

// A list nests the formats: opened in order, closed in reverse order.
assert.strictEqual(styleText(['bold', 'red', 'underline'], 'x'),
  '\u001b[1m\u001b[31m\u001b[4mx\u001b[24m\u001b[39m\u001b[22m');
assert.strictEqual(styleText([], 'plain'), 'plain');

// Streams: colours only when the stream supports them.
const sink = { write() { return true; }, on() { return this; } };
const tty16 = { ...sink, isTTY: true, getColorDepth: () => 4 };
const ttyMono = { ...sink, isTTY: true, getColorDepth: () => 1 };
const ttyNoDepth = { ...sink, isTTY: true };
const pipe = { ...sink, isTTY: false };
assert.strictEqual(styleText('green', 'x', { stream: tty16 }), '\u001b[32mx\u001b[39m');
assert.strictEqual(styleText('green', 'x', { stream: ttyNoDepth }), '\u001b[32mx\u001b[39m');
assert.strictEqual(styleText('green', 'x', { stream: ttyMono }), 'x');
assert.strictEqual(styleText('green', 'x', { stream: pipe }), 'x');
assert.strictEqual(styleText('green', 'x', { stream: tty16, validateStream: false }), '\u001b[32mx\u001b[39m');
// Node 20 applies a list of formats without asking the stream.
assert.strictEqual(styleText(['green'], 'x', { stream: pipe }), '\u001b[32mx\u001b[39m');
// FORCE_COLOR decides for every stream.
process.env.FORCE_COLOR = '1';
assert.strictEqual(styleText('green', 'x', { stream: pipe }), '\u001b[32mx\u001b[39m');
process.env.FORCE_COLOR = '0';
assert.strictEqual(styleText('green', 'x', { stream: tty16 }), 'x');
delete process.env.FORCE_COLOR;
// The default stream is process.stdout.
assert.strictEqual(styleText('blue', 'x'),
  process.stdout.isTTY && process.stdout.hasColors() ? '\u001b[34mx\u001b[39m' : 'x');

// Validation.
const list = Object.keys(util.inspect.colors).map((k) => `'${k}'`).join(', ');
assert.throws(() => styleText('nope', 'x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'format' must be one of: ${list}. Received 'nope'`,
});
assert.throws(() => styleText(['red', 'nope'], 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'format' must be one of: ${list}. Received 'nope'`,
});
assert.throws(() => styleText(5, 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'format' must be one of: ${list}. Received 5`,
});
assert.throws(() => styleText('red', 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
assert.throws(() => styleText('nope', 5), { code: 'ERR_INVALID_ARG_TYPE' }); // text first
assert.throws(() => styleText('red', 'x', { validateStream: 'no' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. Received type string (\'no\')',
});
assert.throws(() => styleText('red', 'x', { stream: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object',
});
assert.throws(() => styleText('red', 'x', { stream: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received null',
});
assert.throws(() => styleText('nope', 'x', { stream: {} }), { code: 'ERR_INVALID_ARG_TYPE' }); // stream before format
assert.strictEqual(styleText('red', 'x', { stream: {}, validateStream: false }), '\u001b[31mx\u001b[39m');

console.log('styleText ok');
