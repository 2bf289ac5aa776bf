'use strict';
// Making Buffers: from() with every kind of source, alloc/allocUnsafe/allocUnsafeSlow,
// the pool, of(), copyBytesFrom(), the deprecated Buffer()/new Buffer() and SlowBuffer,
// and the class shape (a Uint8Array subclass).
const assert = require('assert');
const { Buffer, SlowBuffer, kMaxLength } = require('buffer');

const hex = (b) => b.toString('hex');

// ---- class shape
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(globalThis.Buffer, Buffer);
assert.ok(Buffer.alloc(1) instanceof Uint8Array);
assert.ok(Buffer.isBuffer(Buffer.alloc(1)));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
assert.ok(!Buffer.isBuffer('x'));
assert.strictEqual(Buffer.poolSize, 8192);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
assert.strictEqual(Object.prototype.toString.call(Buffer.alloc(1)), '[object Uint8Array]');
const b0 = Buffer.alloc(2);
assert.strictEqual(b0.parent, b0.buffer);
assert.strictEqual(b0.offset, b0.byteOffset);

// ---- from(string | array | array-like | buffer | ArrayBuffer | object)
assert.strictEqual(hex(Buffer.from('abc')), '616263');
assert.strictEqual(hex(Buffer.from([1, 2, 256, -1, 1.5, '7', 'x', null])), '0102' + '00ff01070000');
assert.strictEqual(hex(Buffer.from({ length: 2, 0: 5, 1: 6 })), '0506');
assert.strictEqual(Buffer.from({ length: '2' }).length, 0);
assert.strictEqual(Buffer.from({ length: -1 }).length, 0);
assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [1, 2] })), '0102');
assert.strictEqual(hex(Buffer.from(new Uint16Array([0x1234, 0x5678]))), '3478'); // values, not bytes
assert.strictEqual(hex(Buffer.from(new String('str'))), '737472');
assert.strictEqual(hex(Buffer.from({ valueOf() { return 'vo'; } })), '766f');
assert.strictEqual(hex(Buffer.from({ [Symbol.toPrimitive]() { return 'p'; } })), '70');
{
  const src = Buffer.from('xyz');
  const copy = Buffer.from(src);
  copy[0] = 0;
  assert.strictEqual(src.toString(), 'xyz'); // a copy
}
{
  // From an ArrayBuffer: a view, not a copy.
  const ab = new ArrayBuffer(8);
  const v = Buffer.from(ab, 2, 4);
  assert.strictEqual(v.buffer, ab);
  assert.strictEqual(v.byteOffset, 2);
  assert.strictEqual(v.length, 4);
  new Uint8Array(ab)[2] = 9;
  assert.strictEqual(v[0], 9);
  assert.strictEqual(Buffer.from(ab).length, 8);
  assert.strictEqual(Buffer.from(ab, 8).length, 0);
  assert.strictEqual(Buffer.from(ab, '2', '3').length, 3);
  assert.strictEqual(Buffer.from(ab, NaN, -5).length, 0);
  assert.strictEqual(Buffer.from(ab, 1.5).length, 6);
  const bounds = (name) => ({
    name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: `"${name}" is outside of buffer bounds`,
  });
  assert.throws(() => Buffer.from(ab, 9), bounds('offset'));
  assert.throws(() => Buffer.from(ab, -1), RangeError); // the engine's Uint8Array rejects it
  assert.throws(() => Buffer.from(ab, 2, 7), bounds('length'));
}
const fromError = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array ' +
    `or an Array-like Object. Received ${received}`,
});
assert.throws(() => Buffer.from(5), fromError('type number (5)'));
assert.throws(() => Buffer.from(null), fromError('null'));
assert.throws(() => Buffer.from(), fromError('undefined'));
assert.throws(() => Buffer.from({}), fromError('an instance of Object'));
assert.throws(() => Buffer.from(true), fromError('type boolean (true)'));
assert.throws(() => Buffer.from(Symbol('s')), fromError('type symbol (Symbol(s))'));

// ---- alloc, allocUnsafe, allocUnsafeSlow
assert.strictEqual(hex(Buffer.alloc(3)), '000000');
assert.strictEqual(hex(Buffer.alloc(3, 1)), '010101');
assert.strictEqual(hex(Buffer.alloc(3, 'a')), '616161');
assert.strictEqual(hex(Buffer.alloc(4, '6162', 'hex')), '61626162');
assert.throws(() => Buffer.alloc(4, 'ab', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.strictEqual(Buffer.alloc(1.5).length, 1);
assert.strictEqual(Buffer.alloc(0, 'x').length, 0);
assert.strictEqual(Buffer.allocUnsafe(7).length, 7);
assert.strictEqual(Buffer.allocUnsafeSlow(7).length, 7);
const sizeRange = (received) => ({
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received ${received}`,
});
for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow, SlowBuffer]) {
  assert.throws(() => fn(-1), sizeRange('-1'));
  assert.throws(() => fn(NaN), sizeRange('NaN'));
  const tooBig = kMaxLength + 1;
  const shown = tooBig > 2 ** 32 ? String(tooBig).replace(/\B(?=(\d{3})+$)/g, '_') : String(tooBig);
  assert.throws(() => fn(tooBig), sizeRange(shown));
  assert.throws(() => fn('1'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'1\')',
  });
}

// ---- the pool: small allocUnsafe() and from() share an 8 KiB ArrayBuffer
{
  const a = Buffer.allocUnsafe(10);
  const b = Buffer.allocUnsafe(10);
  assert.strictEqual(a.buffer, b.buffer);
  assert.strictEqual(a.buffer.byteLength, 8192);
  assert.strictEqual(b.byteOffset - a.byteOffset, 16); // slices are 8-byte aligned
  assert.strictEqual(Buffer.from('pooled').buffer.byteLength, 8192);
  assert.strictEqual(Buffer.from([1, 2, 3]).buffer.byteLength, 8192);
  assert.strictEqual(Buffer.allocUnsafe(4095).buffer.byteLength, 8192);
  assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
  assert.strictEqual(Buffer.from('x'.repeat(5000)).buffer.byteLength, 5000);
  assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10); // alloc() never pools
  assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
  assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
}

// ---- of, copyBytesFrom
assert.strictEqual(hex(Buffer.of(1, 256, -1)), '0100ff');
assert.ok(Buffer.of() instanceof Buffer);
assert.throws(() => new Buffer.of(1)); // an arrow function: not a constructor
{
  const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
  assert.strictEqual(hex(Buffer.copyBytesFrom(u16)), '020104030605');
  assert.strictEqual(hex(Buffer.copyBytesFrom(u16, 1)), '04030605');
  assert.strictEqual(hex(Buffer.copyBytesFrom(u16, 1, 1)), '0403');
  assert.strictEqual(Buffer.copyBytesFrom(u16, 3).length, 0);
  assert.strictEqual(Buffer.copyBytesFrom(new Float64Array(0)).length, 0);
  const copy = Buffer.copyBytesFrom(u16);
  copy[0] = 0xff;
  assert.strictEqual(u16[0], 0x0102);
  assert.throws(() => Buffer.copyBytesFrom([1]), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
  });
  assert.throws(() => Buffer.copyBytesFrom(u16, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Buffer.copyBytesFrom(u16, 0, 1.5), { code: 'ERR_OUT_OF_RANGE' });
}

// ---- SlowBuffer
{
  const s = SlowBuffer(4);
  assert.ok(s instanceof Buffer);
  assert.strictEqual(s.length, 4);
  assert.strictEqual(s.buffer.byteLength, 4);
  assert.strictEqual(Object.getPrototypeOf(SlowBuffer.prototype), Uint8Array.prototype);
}

// ---- Buffer() and new Buffer(): work, with one DEP0005 warning
const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.strictEqual(hex(Buffer(3)), '000000');
assert.strictEqual(hex(new Buffer(2)), '0000');
assert.strictEqual(new Buffer('ab').toString(), 'ab');
assert.strictEqual(Buffer('6162', 'hex').toString(), 'ab');
assert.strictEqual(Buffer([1, 2]).length, 2);
assert.strictEqual(new Buffer(new ArrayBuffer(4), 1, 2).length, 2);
assert.throws(() => Buffer(3, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "string" argument must be of type string. Received type number (3)',
});
setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0005');
  assert.match(warnings[0].message, /^Buffer\(\) is deprecated due to security and usability issues\./);
});
