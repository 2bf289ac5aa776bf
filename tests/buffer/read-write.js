'use strict';
// Every number read/write method at its limits, both byte orders, and Node's errors for
// bad values, offsets and byte lengths.
const assert = require('assert');
const { Buffer } = require('buffer');

const outOfRange = (name, range, received) => ({
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
});
const badType = (name, received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "${name}" argument must be of type number. Received ${received}`,
});
const outOfBounds = {
  name: 'RangeError',
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: 'Attempt to access memory outside buffer bounds',
};

// [method suffix, byte width, min, max] for the fixed-width integers.
const ints = [
  ['UInt8', 1, 0, 0xff], ['Int8', 1, -0x80, 0x7f],
  ['UInt16LE', 2, 0, 0xffff], ['UInt16BE', 2, 0, 0xffff], ['Int16LE', 2, -0x8000, 0x7fff], ['Int16BE', 2, -0x8000, 0x7fff],
  ['UInt32LE', 4, 0, 0xffffffff], ['UInt32BE', 4, 0, 0xffffffff],
  ['Int32LE', 4, -0x80000000, 0x7fffffff], ['Int32BE', 4, -0x80000000, 0x7fffffff],
];

for (const [name, width, min, max] of ints) {
  const read = `read${name}`;
  const write = `write${name}`;
  const le = !name.endsWith('BE');
  for (const value of [min, max, 0, 1, -1, min + 1, max - 1, 0x12]) {
    if (value < min || value > max) continue;
    const b = Buffer.alloc(width + 2, 0xaa);
    assert.strictEqual(b[write](value, 1), 1 + width, `${write}(${value})`);
    assert.strictEqual(b[read](1), value, `${read} of ${value}`);
    assert.strictEqual(b[0], 0xaa);
    assert.strictEqual(b[width + 1], 0xaa);
    // The same bytes as a DataView writes.
    const dv = new DataView(new ArrayBuffer(width));
    const setter = `set${name.replace('UInt', 'Uint').replace(/LE|BE/, '')}`;
    dv[setter](0, value, le);
    assert.deepStrictEqual([...b.subarray(1, 1 + width)], [...new Uint8Array(dv.buffer)], `${write} bytes`);
  }
  const range = width > 4 ? null : `>= ${min} and <= ${max}`;
  assert.throws(() => Buffer.alloc(8)[write](max + 1), outOfRange('value', range, String(max + 1)));
  assert.throws(() => Buffer.alloc(8)[write](min - 1), outOfRange('value', range, String(min - 1)));
  // Offsets.
  const b = Buffer.alloc(width + 1);
  assert.strictEqual(b[read](), b[read](0));
  assert.strictEqual(b[write](0), width);
  assert.throws(() => b[read](2), outOfRange('offset', `>= 0 and <= 1`, 2));
  assert.throws(() => b[read](-1), outOfRange('offset', `>= 0 and <= 1`, -1));
  assert.throws(() => b[read](1.5), outOfRange('offset', 'an integer', 1.5));
  assert.throws(() => b[read](NaN), outOfRange('offset', 'an integer', NaN));
  assert.throws(() => b[read](Infinity), outOfRange('offset', '>= 0 and <= 1', Infinity));
  assert.throws(() => b[read]('1'), badType('offset', "type string ('1')"));
  assert.throws(() => b[read](null), badType('offset', 'null'));
  assert.throws(() => b[write](0, 2), outOfRange('offset', `>= 0 and <= 1`, 2));
  assert.throws(() => b[write](0, '0'), badType('offset', "type string ('0')"));
  assert.throws(() => Buffer.alloc(width - 1)[read](0), outOfBounds);
  assert.throws(() => Buffer.alloc(width - 1)[write](0, 0), outOfBounds);
}

// The Uint spellings are the same functions.
for (const name of ['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE', 'UIntLE', 'UIntBE', 'BigUInt64LE', 'BigUInt64BE']) {
  const alias = name.replace('UInt', 'Uint');
  assert.strictEqual(Buffer.prototype[`read${alias}`], Buffer.prototype[`read${name}`]);
  assert.strictEqual(Buffer.prototype[`write${alias}`], Buffer.prototype[`write${name}`]);
}

// Values are coerced to numbers and stored modulo 2^n (fractions truncated).
{
  const b = Buffer.alloc(4);
  b.writeUInt8('200');
  assert.strictEqual(b[0], 200);
  b.writeUInt8(1.9);
  assert.strictEqual(b[0], 1);
  b.writeUInt8(NaN);
  assert.strictEqual(b[0], 0);
  b.writeInt16LE(-1.5);
  assert.deepStrictEqual([...b.subarray(0, 2)], [0xff, 0xff]);
  b.writeUInt32BE(0xdeadbeef);
  assert.strictEqual(b.toString('hex'), 'deadbeef');
  assert.strictEqual(b.readInt32BE(), 0xdeadbeef | 0);
  assert.strictEqual(b.readUInt32LE(), 0xefbeadde);
}

// Variable widths: (U)IntLE/BE with byteLength 1 to 6.
for (let n = 1; n <= 6; n++) {
  const umax = 2 ** (8 * n) - 1;
  const smax = 2 ** (8 * n - 1) - 1;
  const smin = -(2 ** (8 * n - 1));
  for (const [read, write, values] of [
    ['readUIntLE', 'writeUIntLE', [0, 1, umax, 0x123456789abc % (umax + 1)]],
    ['readUIntBE', 'writeUIntBE', [0, 1, umax, 0x123456789abc % (umax + 1)]],
    ['readIntLE', 'writeIntLE', [0, -1, smax, smin, 1]],
    ['readIntBE', 'writeIntBE', [0, -1, smax, smin, 1]],
  ]) {
    for (const v of values) {
      const b = Buffer.alloc(8, 0x55);
      assert.strictEqual(b[write](v, 1, n), 1 + n, `${write}(${v}, 1, ${n})`);
      assert.strictEqual(b[read](1, n), v, `${read}(1, ${n}) after ${v}`);
      assert.strictEqual(b[0], 0x55);
      assert.strictEqual(b[1 + n], 0x55);
    }
    const unsigned = write.includes('UInt');
    const max = unsigned ? umax : smax;
    const min = unsigned ? 0 : smin;
    let range;
    if (n > 4) {
      range = unsigned ? `>= 0 and < 2 ** ${8 * n}` : `>= -(2 ** ${8 * n - 1}) and < 2 ** ${8 * n - 1}`;
    } else {
      range = `>= ${min} and <= ${max}`;
    }
    const show = (x) => (Math.abs(x) > 2 ** 32 ? String(x).replace(/\B(?=(\d{3})+$)/g, '_') : String(x));
    assert.throws(() => Buffer.alloc(8)[write](max + 1, 0, n), outOfRange('value', range, show(max + 1)));
    assert.throws(() => Buffer.alloc(8)[write](min - 1, 0, n), outOfRange('value', range, show(min - 1)));
    assert.throws(() => Buffer.alloc(8)[read](8 - n + 1, n), outOfRange('offset', `>= 0 and <= ${8 - n}`, 8 - n + 1));
  }
}
{
  const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
  assert.strictEqual(b.readUIntBE(0, 6), 0x010203040506);
  assert.strictEqual(b.readUIntLE(0, 6), 0x060504030201);
  assert.strictEqual(b.readIntBE(0, 3), 0x010203);
  assert.strictEqual(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]).readIntBE(0, 6), -2);
  assert.strictEqual(Buffer.from([0x80, 0, 0, 0, 0]).readIntBE(0, 5), -(2 ** 39));
  for (const bad of [0, 7, -1]) {
    assert.throws(() => b.readUIntLE(0, bad), outOfRange('byteLength', '>= 1 and <= 6', bad));
    assert.throws(() => b.writeIntBE(0, 0, bad), outOfRange('byteLength', '>= 1 and <= 6', bad));
  }
  assert.throws(() => b.readIntLE(0, 2.5), outOfRange('byteLength', 'an integer', 2.5));
  assert.throws(() => b.readIntLE(0), badType('byteLength', 'undefined'));
  assert.throws(() => b.readUIntBE(0, '2'), badType('byteLength', "type string ('2')"));
  assert.throws(() => b.readUIntBE(), badType('offset', 'undefined'));
  assert.throws(() => b.writeUIntBE(1, undefined, 2), badType('offset', 'undefined'));
}

// Floats and doubles.
for (const [read, write, width] of [['readFloatLE', 'writeFloatLE', 4], ['readFloatBE', 'writeFloatBE', 4],
  ['readDoubleLE', 'writeDoubleLE', 8], ['readDoubleBE', 'writeDoubleBE', 8]]) {
  const le = write.endsWith('LE');
  for (const v of [0, -0, 1, -1.5, 0.1, 3.4028234663852886e38, 1.401298464324817e-45, Infinity, -Infinity, NaN, 1e300, 2 ** -1074, Math.PI]) {
    const b = Buffer.alloc(width + 1);
    assert.strictEqual(b[write](v, 1), width + 1);
    const dv = new DataView(new ArrayBuffer(width));
    if (width === 4) dv.setFloat32(0, v, le);
    else dv.setFloat64(0, v, le);
    assert.deepStrictEqual([...b.subarray(1)], [...new Uint8Array(dv.buffer)], `${write}(${v})`);
    const expected = width === 4 ? Math.fround(v) : v;
    assert.ok(Object.is(b[read](1), expected), `${read} after ${v}`);
  }
  const b = Buffer.alloc(width);
  assert.strictEqual(b[write]('1.5'), width); // Coerced, never range checked.
  assert.strictEqual(b[read](), 1.5);
  assert.throws(() => b[read](1), outOfRange('offset', '>= 0 and <= 0', 1));
  assert.throws(() => b[write](1, 1), outOfRange('offset', '>= 0 and <= 0', 1));
  assert.throws(() => Buffer.alloc(width - 1)[read](), outOfBounds);
}
assert.strictEqual(Buffer.from('0000803f', 'hex').readFloatLE(), 1);
assert.strictEqual(Buffer.from('3ff0000000000000', 'hex').readDoubleBE(), 1);

// BigInt 64-bit.
{
  const cases = [
    ['BigUInt64', 0n, 2n ** 64n - 1n, '>= 0n and < 2n ** 64n'],
    ['BigInt64', -(2n ** 63n), 2n ** 63n - 1n, '>= -(2n ** 63n) and < 2n ** 63n'],
  ];
  for (const [name, min, max, range] of cases) {
    for (const order of ['LE', 'BE']) {
      const read = `read${name}${order}`;
      const write = `write${name}${order}`;
      for (const v of [min, max, 0n, 1n, 0x0102030405060708n]) {
        const b = Buffer.alloc(10, 0x55);
        assert.strictEqual(b[write](v, 1), 9);
        assert.strictEqual(b[read](1), v);
        const dv = new DataView(new ArrayBuffer(8));
        dv[`set${name.replace('UInt', 'Uint')}`](0, v, order === 'LE');
        assert.deepStrictEqual([...b.subarray(1, 9)], [...new Uint8Array(dv.buffer)]);
      }
      const show = (x) => `${String(x).replace(/\B(?=(\d{3})+$)/g, '_')}n`;
      assert.throws(() => Buffer.alloc(8)[write](max + 1n), outOfRange('value', range, show(max + 1n)));
      assert.throws(() => Buffer.alloc(8)[write](min - 1n), outOfRange('value', range, show(min - 1n)));
      assert.throws(() => Buffer.alloc(9)[read](2), outOfRange('offset', '>= 0 and <= 1', 2));
      assert.throws(() => Buffer.alloc(8)[write](1n, 1), outOfRange('offset', '>= 0 and <= 0', 1));
      assert.throws(() => Buffer.alloc(7)[read](), outOfBounds);
      assert.throws(() => Buffer.alloc(8)[write](1)); // a number is not a BigInt
    }
  }
  const b = Buffer.from('ffffffffffffffff', 'hex');
  assert.strictEqual(b.readBigInt64LE(), -1n);
  assert.strictEqual(b.readBigUInt64BE(), 2n ** 64n - 1n);
}

// Writes return the offset after the value, so they chain.
{
  const b = Buffer.alloc(15);
  let o = b.writeUInt8(1);
  o = b.writeUInt16BE(0x0203, o);
  o = b.writeInt32LE(-2, o);
  o = b.writeDoubleBE(0.5, o);
  assert.strictEqual(o, 15);
  assert.strictEqual(b.toString('hex'), '010203feffffff3fe0000000000000');
}
