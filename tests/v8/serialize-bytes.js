'use strict';
// v8.serialize() writes the same bytes as Node 20 for every value in _cases.js, and
// v8.deserialize() of Node's bytes gives back an equal value.
const assert = require('assert');
const v8 = require('v8');
const { cases } = require('./_cases');
const expected = require('./_expected');

assert.deepStrictEqual(Object.keys(expected), Object.keys(cases));

// The subclass is written with its name's prototype tag ('T' for a TypeError subclass).
const errorProtos = new Set([EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]
  .map((C) => C.prototype));

for (const [name, make] of Object.entries(cases)) {
  const hex = v8.serialize(make()).toString('hex');
  assert.strictEqual(hex, expected[name], `serialize(${name})`);
}

for (const [name, make] of Object.entries(cases)) {
  const value = make();
  const back = v8.deserialize(Buffer.from(expected[name], 'hex'));
  if (name === 'protoKey') {
    // CreateDataProperty: "__proto__" comes back as an own property, not a prototype.
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(back, '__proto__').value, 5);
    assert.strictEqual(Object.getPrototypeOf(back), Object.prototype);
    continue;
  }
  if (name === 'invalidDate') {
    assert.ok(back instanceof Date && Number.isNaN(back.getTime()));
    continue;
  }
  if (name === 'symbolKeySkipped' || name === 'nonEnumerableSkipped') {
    assert.deepStrictEqual(back, name === 'symbolKeySkipped' ? { k: 2 } : { a: 1 }, name);
    continue;
  }
  if (name === 'classInstance' || name === 'nullProto' || name === 'getter') {
    assert.strictEqual(Object.getPrototypeOf(back), Object.prototype, name);
    assert.deepStrictEqual({ ...back }, { ...value }, name);
    continue;
  }
  if (name === 'buffer' || name === 'bufferSlice') {
    assert.ok(Buffer.isBuffer(back), name);
    assert.deepStrictEqual(back, value, name);
    continue;
  }
  if (value instanceof Error) {
    assert.strictEqual(Object.getPrototypeOf(back), Object.getPrototypeOf(value) === Error.prototype ||
      errorProtos.has(Object.getPrototypeOf(value)) ? Object.getPrototypeOf(value) : TypeError.prototype, name);
    assert.strictEqual(back.stack, value.stack, name);
    assert.strictEqual(back.message, value.message, name);
    assert.deepStrictEqual(Object.keys(back), [], name); // extra own props are not written
    if ('cause' in value) assert.deepStrictEqual(back.cause, value.cause);
    continue;
  }
  assert.deepStrictEqual(back, value, name);
}


// Identity and cycles survive.
{
  const [a, b] = v8.deserialize(Buffer.from(expected.sameObjectTwice, 'hex'));
  assert.strictEqual(a, b);
  const c = v8.deserialize(Buffer.from(expected.cycle, 'hex'));
  assert.strictEqual(c.self, c);
  const arr = v8.deserialize(Buffer.from(expected.arrayCycle, 'hex'));
  assert.strictEqual(arr[1], arr);
  const m = v8.deserialize(Buffer.from(expected.mapCycle, 'hex'));
  assert.strictEqual(m.get('m'), m);
  const [u1, u2] = v8.deserialize(Buffer.from(expected.sharedBuffer, 'hex'));
  assert.strictEqual(u1, u2);
  const { x, y } = v8.deserialize(Buffer.from(expected.sharedArrayBuffer, 'hex'));
  assert.strictEqual(x, y);
}

// Holes stay holes; a deserialized error's message and stack are own, non-enumerable.
{
  const holey = v8.deserialize(Buffer.from(expected.holeyArray, 'hex'));
  assert.strictEqual(holey.length, 3);
  assert.strictEqual(1 in holey, false);
  const e = v8.deserialize(Buffer.from(expected.errorCause, 'hex'));
  for (const key of ['message', 'stack', 'cause']) {
    const d = Object.getOwnPropertyDescriptor(e, key);
    assert.strictEqual(d.enumerable, false, key);
    assert.strictEqual(d.writable, true, key);
  }
  const noStack = v8.deserialize(Buffer.from('ff0f72526d2201722e', 'hex'));
  assert.ok(noStack instanceof RangeError);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(noStack, 'stack'),
                         { value: undefined, writable: true, enumerable: false, configurable: true });
}

// Typed arrays from v8.deserialize share the input's memory when aligned, copy otherwise.
{
  const input = Buffer.from(expected.float64, 'hex');
  const f = v8.deserialize(input);
  assert.ok(f instanceof Float64Array);
  assert.strictEqual(f[0], Math.PI);
  const aligned = new Uint8Array(new ArrayBuffer(32), 3, input.length);
  aligned.set(input); // the 8 payload bytes start at offset 3 + 5
  const h = v8.deserialize(aligned);
  assert.strictEqual(h.buffer, aligned.buffer);
  assert.strictEqual(h.byteOffset, 8);
  const bytes = Buffer.alloc(input.length + 1);
  input.copy(bytes, 1);
  const g = v8.deserialize(bytes.subarray(1));
  assert.strictEqual(g[0], Math.PI);
  assert.strictEqual(g.byteLength, 8);
  assert.notStrictEqual(g.buffer, bytes.buffer);
}

// Round trips of values written here.
{
  const value = {
    s: 'x'.repeat(10000) + '\u20ac', n: [0, -1, 2 ** 53, 1e-300], big: 123456789012345678901234567890n,
    d: new Date(86400000), m: new Map([[NaN, -0]]), st: new Set(['a']), nested: [[[[]]]],
  };
  assert.deepStrictEqual(v8.deserialize(v8.serialize(value)), value);
}
