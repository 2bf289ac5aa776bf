'use strict';
// The 8/16/32-bit integer and float/double reads and writes over their common case (a
// number and an offset in range on a Buffer) and every way out of it: fractions, -0, NaN,
// strings, values and offsets out of range, a missing offset, other receivers. Results,
// return values, bytes written and errors must be Node's.
const assert = require('assert');

const methods = [
  ['UInt8', 1, false], ['Int8', 1, true],
  ['UInt16LE', 2, false], ['UInt16BE', 2, false], ['Int16LE', 2, true], ['Int16BE', 2, true],
  ['UInt32LE', 4, false], ['UInt32BE', 4, false], ['Int32LE', 4, true], ['Int32BE', 4, true],
];

const lines = [];
function record(label, fn) {
  try {
    lines.push(`${label} -> ${String(fn())}`);
  } catch (e) {
    lines.push(`${label} !! ${e.name} ${e.code} ${e.message}`);
  }
}

for (const [name, width, signed] of methods) {
  const bits = width * 8;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const values = [0, 1, 127, 128, 255, 256, max, min, max + 1, min - 1, -1, 1.5, -0, '7', NaN,
    Infinity, 2 ** 31, 2 ** 32 - 1, -(2 ** 31), null, undefined, {}, 10n];
  const offsets = [undefined, 0, 1, 8 - width, 9 - width, -1, 1.5, '1', NaN, 2 ** 31, null];
  for (const v of values) {
    for (const o of offsets) {
      const buf = Buffer.alloc(8, 0xaa);
      record(`write${name}(${String(v)}, ${String(o)})`, () =>
        `${buf[`write${name}`](v, o)} ${buf.toString('hex')}`);
    }
  }
  const src = Buffer.from([0x80, 0xff, 0x7f, 0x01, 0x00, 0xfe, 0x81, 0x10]);
  for (const o of offsets) record(`read${name}(${String(o)})`, () => src[`read${name}`](o));
  record(`read${name}()`, () => src[`read${name}`]());
  // other receivers
  record(`read${name} on Uint8Array`, () => Buffer.prototype[`read${name}`].call(new Uint8Array(8).fill(3), 0));
  record(`write${name} on Uint8Array`, () => {
    const u = new Uint8Array(8);
    return `${Buffer.prototype[`write${name}`].call(u, 5, 0)} ${Array.from(u)}`;
  });
  record(`write${name} on a Uint16Array`, () => {
    const u = new Uint16Array(4);
    return `${Buffer.prototype[`write${name}`].call(u, 5, 0)} ${Array.from(u)}`;
  });
  record(`read${name} on {}`, () => Buffer.prototype[`read${name}`].call({ 0: 1, 1: 2, 2: 3, 3: 4 }, 0));
  record(`write${name} no args`, () => Buffer.alloc(4)[`write${name}`]());
}

// floats and doubles: any number is written as it is (NaN, -0 and overflow included)
for (const [name, width] of [['FloatLE', 4], ['FloatBE', 4], ['DoubleLE', 8], ['DoubleBE', 8]]) {
  const values = [0, -0, 1, -1, 1.1, 2 ** 31, -(2 ** 53), 1e40, -1e-50, NaN, Infinity,
    -Infinity, '2.5', null, undefined, {}, 10n];
  const offsets = [undefined, 0, 1, 8 - width, 9 - width, -1, 1.5, '1', NaN, null];
  for (const v of values) {
    for (const o of offsets) {
      const buf = Buffer.alloc(8, 0xaa);
      record(`write${name}(${String(v)}, ${String(o)})`, () =>
        `${buf[`write${name}`](v, o)} ${buf.toString('hex')}`);
    }
  }
  const sources = [
    Buffer.from([0, 0, 0xc0, 0x7f, 0, 0, 0xf8, 0x7f]), // NaNs
    Buffer.from([0, 0, 0, 0x80, 0, 0, 0, 0x80]), // -0
    Buffer.from([0x9a, 0x99, 0x8c, 0x3f, 0x9a, 0x99, 0x99, 0x99]),
    Buffer.from([0, 0, 0x80, 0x7f, 0, 0, 0xf0, 0x7f]), // Infinity
  ];
  for (const src of sources) {
    for (const o of offsets) {
      record(`read${name}(${String(o)}) of ${src.toString('hex')}`, () => {
        const r = src[`read${name}`](o);
        return Object.is(r, -0) ? '-0' : String(r);
      });
    }
  }
  record(`read${name} on Uint8Array`, () => Buffer.prototype[`read${name}`].call(new Uint8Array(8).fill(64), 0));
  record(`write${name} on a Uint16Array`, () => {
    const u = new Uint16Array(4);
    return `${Buffer.prototype[`write${name}`].call(u, 5, 0)} ${Array.from(u)}`;
  });
  const f = Buffer.prototype[`read${name}`];
  const g = Buffer.prototype[`write${name}`];
  lines.push(`${name}: ${f.name} ${f.length} ${g.name} ${g.length}`);
}

// names, lengths and the Uint spellings
for (const [name] of methods) {
  for (const dir of ['read', 'write']) {
    const f = Buffer.prototype[`${dir}${name}`];
    lines.push(`${dir}${name}: ${f.name} ${f.length}`);
    if (name.startsWith('UInt')) {
      assert.strictEqual(Buffer.prototype[`${dir}${name.replace('UInt', 'Uint')}`], f);
    }
  }
}

// A digest of all the lines above, as node 20 prints them (RODE_PRINT=1 shows them).
const digest = require('crypto').createHash('sha256').update(lines.join('\n')).digest('hex');
if (process.env.RODE_PRINT) console.log(lines.join('\n'));
assert.strictEqual(lines.length, 3572);
assert.strictEqual(digest, '88d561c8e2762fc240fa8a6c256dec035078b255d6b42fdf85d18f7dd07ad128');
