'use strict';
// fill, copy, compare (static and with ranges), equals, concat, subarray/slice sharing
// memory, swap16/32/64, toJSON and iteration.
const assert = require('assert');
const { Buffer, kMaxLength } = require('buffer');

const hex = (b) => b.toString('hex');
const outOfRange = (name, range, received) => ({
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
});

// ---- fill
const f = (...args) => hex(Buffer.alloc(5).fill(...args));
assert.strictEqual(f(7), '0707070707');
assert.strictEqual(f(257), '0101010101'); // numbers are stored modulo 256
assert.strictEqual(f(-1), 'ffffffffff');
assert.strictEqual(f(1.9), '0101010101');
assert.strictEqual(f('a'), '6161616161');
assert.strictEqual(f('abc'), '6162636162');
assert.strictEqual(f(''), '0000000000');
assert.strictEqual(f('\u20ac'), 'e282ace282');
assert.strictEqual(f('\u0101', 'latin1'), '0101010101');
assert.strictEqual(f('\u0101', 'ucs2'), '0101010101');
assert.strictEqual(f('ab', 'ucs2'), '6100620061');
assert.strictEqual(f('abc', 'hex'), 'abababab' + 'ab');
assert.strictEqual(f('aGk=', 'base64'), '6869686968');
assert.strictEqual(f('a', 1), '0061616161');
assert.strictEqual(f('a', 1, 3), '0061610000');
assert.strictEqual(f('ab', 1, 'latin1'), '0061626162');
assert.strictEqual(f('6162', 1, 3, 'hex'), '0061620000');
assert.strictEqual(f(Buffer.from('xy')), '7879787978');
assert.strictEqual(f(new Uint16Array([0x4142])), '4241424142');
assert.strictEqual(f(true), '0101010101');
assert.strictEqual(f({}), '0000000000');
assert.strictEqual(f(0, 2, 2), '0000000000');
assert.strictEqual(f(9, 3, 1), '0000000000'); // start after end: nothing
assert.strictEqual(f('\ud800'), 'efbfbdefbf');
assert.strictEqual(f('x', undefined, undefined, 'ascii'), '7878787878');
const b5 = Buffer.alloc(5);
assert.strictEqual(b5.fill(1), b5); // returns this
const invalidValue = (shown) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'value' is invalid. Received ${shown}`,
});
assert.throws(() => f('zz', 'hex'), invalidValue("'zz'"));
assert.throws(() => f('a', 'hex'), invalidValue("'a'"));
assert.throws(() => f(Buffer.alloc(0)), invalidValue('<Buffer >'));
assert.throws(() => f('x', 'bogus'), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => f('x', 0, 5, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => f(0, -1), outOfRange('offset', `>= 0 && <= ${kMaxLength}`, -1));
assert.throws(() => f(0, 0, 6), outOfRange('end', '>= 0 && <= 5', 6));
assert.throws(() => f(0, 1.5), outOfRange('offset', 'an integer', 1.5));
assert.throws(() => f(0, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(hex(Buffer.alloc(4, 'ab')), '61626162');
assert.strictEqual(hex(Buffer.alloc(4, 'YWI=', 'base64')), '61626162');
assert.strictEqual(hex(Buffer.alloc(3, 258)), '020202');
assert.strictEqual(hex(Buffer.alloc(3, '', 'hex')), '000000');
assert.throws(() => Buffer.alloc(3, 'zz', 'hex'), invalidValue("'zz'"));

// A long pattern and a long fill.
const big = Buffer.alloc(100000).fill('0123456789');
assert.strictEqual(big.toString('latin1', 99990), '0123456789');
assert.strictEqual(big.indexOf('90'), 9);

// ---- copy
function copy(...args) {
  const src = Buffer.from([1, 2, 3, 4, 5]);
  const dst = Buffer.alloc(4);
  const n = src.copy(dst, ...args);
  return [n, hex(dst)];
}
assert.deepStrictEqual(copy(), [4, '01020304']);
assert.deepStrictEqual(copy(1), [3, '00010203']);
assert.deepStrictEqual(copy(0, 3), [2, '04050000']);
assert.deepStrictEqual(copy(1, 1, 3), [2, '00020300']);
assert.deepStrictEqual(copy(4), [0, '00000000']);
assert.deepStrictEqual(copy(0, 2, 1), [0, '00000000']);
assert.deepStrictEqual(copy(0, 0, 100), [4, '01020304']);
assert.deepStrictEqual(copy(1.5, '1', 3.9), [2, '00020300']);
assert.deepStrictEqual(copy(NaN, NaN, NaN), [0, '00000000']);
assert.throws(() => copy(-1), outOfRange('targetStart', '>= 0', -1));
assert.throws(() => copy(0, -1), outOfRange('sourceStart', '>= 0 && <= 5', -1));
assert.throws(() => copy(0, 6), outOfRange('sourceStart', '>= 0 && <= 5', 6));
assert.throws(() => copy(0, 0, -1), outOfRange('sourceEnd', '>= 0', -1));
assert.throws(() => Buffer.alloc(1).copy('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
{
  // Overlapping copies within one buffer behave like memmove.
  const b = Buffer.from('abcdefgh');
  assert.strictEqual(b.copy(b, 2, 0, 6), 6);
  assert.strictEqual(b.toString(), 'ababcdef');
  assert.strictEqual(b.copy(b, 0, 2), 6);
  assert.strictEqual(b.toString(), 'abcdefef');
  const u = new Uint8Array(3);
  assert.strictEqual(Buffer.from('xyz').copy(u, 1), 2);
  assert.deepStrictEqual([...u], [0, 0x78, 0x79]);
}

// ---- compare / equals
const x = Buffer.from([1, 2, 3, 4]);
const y = Buffer.from([1, 2, 4, 4]);
assert.strictEqual(Buffer.compare(x, y), -1);
assert.strictEqual(Buffer.compare(y, x), 1);
assert.strictEqual(Buffer.compare(x, Buffer.from(x)), 0);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), Buffer.from('abc')), -1);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), 0);
assert.strictEqual(Buffer.compare(new Uint8Array([2]), Buffer.from([1])), 1);
assert.deepStrictEqual([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String), ['a', 'ab', 'b']);
assert.strictEqual(x.compare(y), -1);
assert.strictEqual(x.compare(y, 0, 2, 0, 2), 0);
assert.strictEqual(x.compare(y, 2, 3, 3, 4), 0);
assert.strictEqual(x.compare(y, 0, 2), 1);
assert.strictEqual(x.compare(y, 3, 1), 1); // empty target range
assert.strictEqual(x.compare(y, 0, 0, 2, 2), 0); // both empty
assert.strictEqual(x.compare(y, 0, 1, 2, 2), -1); // empty source range
assert.strictEqual(x.compare(y, 5, 4), 1); // a start past the end is an empty range
assert.throws(() => x.compare(y, -1), outOfRange('targetStart', `>= 0 && <= ${kMaxLength}`, -1));
assert.throws(() => x.compare(y, 0, 5), outOfRange('targetEnd', '>= 0 && <= 4', 5));
assert.throws(() => x.compare(y, 0, 1, 0, 5), outOfRange('sourceEnd', '>= 0 && <= 4', 5));
assert.throws(() => x.compare(y, 1.5), outOfRange('targetStart', 'an integer', 1.5));
assert.throws(() => x.compare('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.compare(x, 'y'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. Received type string (\'y\')',
});
assert.strictEqual(x.equals(Buffer.from([1, 2, 3, 4])), true);
assert.strictEqual(x.equals(y), false);
assert.strictEqual(x.equals(x.subarray(0, 3)), false);
assert.strictEqual(x.equals(new Uint8Array([1, 2, 3, 4])), true);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.throws(() => x.equals([1, 2, 3, 4]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received an instance of Array',
});

// ---- concat
assert.strictEqual(hex(Buffer.concat([Buffer.from([1, 2]), new Uint8Array([3]), Buffer.from([4, 5])])), '0102030405');
assert.strictEqual(hex(Buffer.concat([Buffer.from([1, 2]), Buffer.from([3])], 2)), '0102');
assert.strictEqual(hex(Buffer.concat([Buffer.from([1, 2])], 4)), '01020000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([], 5).length, 0);
assert.ok(Buffer.concat([Buffer.alloc(1)]) instanceof Buffer);
const parts = Array.from({ length: 100 }, (_, i) => Buffer.from(`${i},`));
assert.strictEqual(Buffer.concat(parts).toString(), Array.from({ length: 100 }, (_, i) => `${i},`).join(''));
assert.throws(() => Buffer.concat('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "list" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([Buffer.alloc(1), 'x']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([Buffer.alloc(1)], -1), outOfRange('length', `>= 0 && <= ${kMaxLength}`, -1));

// ---- subarray / slice: views on the same memory
{
  const b = Buffer.from('abcdef');
  const s = b.subarray(1, 4);
  assert.ok(s instanceof Buffer);
  assert.strictEqual(s.toString(), 'bcd');
  assert.strictEqual(s.buffer, b.buffer);
  assert.strictEqual(s.byteOffset, b.byteOffset + 1);
  s[0] = 0x42;
  assert.strictEqual(b.toString(), 'aBcdef');
  const sl = b.slice(-2);
  sl[0] = 0x45;
  assert.strictEqual(b.toString(), 'aBcdEf'); // slice() shares memory too (deprecated alias)
  assert.strictEqual(b.slice(4, 2).length, 0);
  assert.strictEqual(b.subarray(-100, 100).length, 6);
  assert.strictEqual(b.subarray(NaN, 2).toString(), 'aB');
  assert.strictEqual(b.subarray(1.7, 3.2).toString(), 'Bc');
  assert.strictEqual(b.subarray('2').toString(), 'cdEf');
}

// ---- swaps
{
  const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
  assert.strictEqual(b.swap16(), b);
  assert.strictEqual(hex(b), '0201040306050807');
  assert.strictEqual(hex(b.swap16().swap32()), '0403020108070605');
  assert.strictEqual(hex(b.swap32().swap64()), '0807060504030201');
  const long = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const copy2 = Buffer.from(long);
  long.swap16();
  for (let i = 0; i < 256; i += 2) assert.strictEqual(long[i], copy2[i + 1]);
  long.swap16().swap64();
  for (let i = 0; i < 256; i++) assert.strictEqual(long[i], copy2[(i & ~7) + 7 - (i & 7)]);
  for (const [m, bits] of [['swap16', 16], ['swap32', 32], ['swap64', 64]]) {
    assert.throws(() => Buffer.alloc(3)[m](), {
      name: 'RangeError', code: 'ERR_INVALID_BUFFER_SIZE', message: `Buffer size must be a multiple of ${bits}-bits`,
    });
  }
  assert.strictEqual(Buffer.alloc(0).swap64().length, 0);
}

// ---- toJSON, iteration, Symbol.species
{
  const b = Buffer.from([1, 2, 3]);
  assert.deepStrictEqual(b.toJSON(), { type: 'Buffer', data: [1, 2, 3] });
  assert.strictEqual(JSON.stringify(b), '{"type":"Buffer","data":[1,2,3]}');
  assert.ok(Buffer.from(JSON.parse(JSON.stringify(b))).equals(b));
  assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
  assert.deepStrictEqual([...b], [1, 2, 3]);
  assert.deepStrictEqual([...b.keys()], [0, 1, 2]);
  assert.deepStrictEqual([...b.values()], [1, 2, 3]);
  assert.deepStrictEqual([...b.entries()], [[0, 1], [1, 2], [2, 3]]);
  const m = b.map((v) => v * 2);
  assert.ok(m instanceof Buffer);
  assert.strictEqual(hex(m), '020406');
  assert.ok(b.filter((v) => v > 1) instanceof Buffer);
}
