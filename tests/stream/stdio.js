'use strict';
// process.stdout/stderr are stream.Writable and process.stdin a stream.Readable (the
// test runner gives the program /dev/null as stdin).
const assert = require('assert');
const { Readable, Writable, finished } = require('stream');

const out = process.stdout;
assert.ok(out instanceof Writable);
assert.ok(process.stderr instanceof Writable);
assert.ok(process.stdin instanceof Readable);
assert.strictEqual(out.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdin.fd, 0);
assert.strictEqual(out.writable, true);
assert.strictEqual(typeof out.writableHighWaterMark, 'number');
assert.strictEqual(out._isStdio, true);
assert.strictEqual(out.isTTY ? out.columns > 0 : out.isTTY, out.isTTY ? true : undefined);

// Writes are synchronous; the callback comes later.
const order = [];
assert.strictEqual(out.write('first\n', () => order.push('cb')), true);
order.push('after write');
out.write(Buffer.from('second\n'));
out.write(new Uint8Array([0x74, 0x68, 0x69, 0x72, 0x64, 0x0a]));
out.write('66 6f 75 72 74 68 0a'.replace(/ /g, ''), 'hex');
console.log('fifth');

// pipe() into stdout does not end it.
const src = Readable.from(['sixth\n']);
src.pipe(out);
src.on('end', () => setImmediate(() => assert.strictEqual(out.writableEnded, false)));

// stdin from /dev/null ends at once.
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { data += c; });
process.stdin.on('end', () => {
  assert.strictEqual(data, '');
  assert.strictEqual(process.stdin.readableEnded, true);
  assert.deepStrictEqual(order, ['after write', 'cb']);
  finished(process.stdin, (err) => {
    assert.ifError(err);
    out.write('end of stdin\n');
  });
});
