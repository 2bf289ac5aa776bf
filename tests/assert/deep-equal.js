'use strict';
// Deep equality in loose and strict mode (assert.deepEqual, assert.deepStrictEqual,
// the not- variants and util.isDeepStrictEqual) over a table of value pairs, both
// ways round. Expectations come from Node 20.
const assert = require('assert');
const util = require('util');
class Foo { constructor(x) { this.x = x; } }
class Bar extends Foo {}
const sym = Symbol('s');
const cyc1 = { a: 1 }; cyc1.self = cyc1;
const cyc2 = { a: 1 }; cyc2.self = cyc2;
const cyc3 = { a: 1, self: { a: 1 } }; cyc3.self.self = cyc3;
const arrC1 = [1]; arrC1.push(arrC1);
const arrC2 = [1]; arrC2.push(arrC2);
const withExtra = (arr, k, v) => Object.assign(arr, { [k]: v });
const hidden = (o, k, v) => Object.defineProperty(o, k, { value: v, enumerable: false });
const err = (C, m, extra) => Object.assign(new C(m), extra);
const re = (src, flags, last) => { const r = new RegExp(src, flags); r.lastIndex = last; return r; };
const sparse = (len, entries) => { const a = new Array(len); for (const [i, v] of entries) a[i] = v; return a; };

// [label, a, b, deepEqual(a, b), deepStrictEqual(a, b), deepEqual(b, a), deepStrictEqual(b, a)]
const rows = [
  ["1  vs  1", () => (1), () => (1), true, true, true, true],
  ["1  vs  '1'", () => (1), () => ('1'), true, false, true, false],
  ["0  vs  -0", () => (0), () => (-0), true, false, true, false],
  ["NaN  vs  NaN", () => (NaN), () => (NaN), true, true, true, true],
  ["null  vs  undefined", () => (null), () => (undefined), true, false, true, false],
  ["null  vs  null", () => (null), () => (null), true, true, true, true],
  ["''  vs  0", () => (''), () => (0), true, false, true, false],
  ["true  vs  1", () => (true), () => (1), true, false, true, false],
  ["1n  vs  1", () => (1n), () => (1), true, false, true, false],
  ["sym  vs  sym", () => (sym), () => (sym), true, true, true, true],
  ["Symbol('a')  vs  Symbol('a')", () => (Symbol('a')), () => (Symbol('a')), false, false, false, false],
  ["{}  vs  {}", () => ({}), () => ({}), true, true, true, true],
  ["{ a: 1 }  vs  { a: '1' }", () => ({ a: 1 }), () => ({ a: '1' }), true, false, true, false],
  ["{ a: 1, b: 2 }  vs  { b: 2, a: 1 }", () => ({ a: 1, b: 2 }), () => ({ b: 2, a: 1 }), true, true, true, true],
  ["{ a: undefined }  vs  {}", () => ({ a: undefined }), () => ({}), false, false, false, false],
  ["{ a: undefined }  vs  { b: undefined }", () => ({ a: undefined }), () => ({ b: undefined }), false, false, false, false],
  ["[1, 2]  vs  [1, 2]", () => ([1, 2]), () => ([1, 2]), true, true, true, true],
  ["[1, 2]  vs  [2, 1]", () => ([1, 2]), () => ([2, 1]), false, false, false, false],
  ["[1, 2]  vs  ['1', '2']", () => ([1, 2]), () => (['1', '2']), true, false, true, false],
  ["[1]  vs  { 0: 1, length: 1 }", () => ([1]), () => ({ 0: 1, length: 1 }), false, false, false, false],
  ["[]  vs  {}", () => ([]), () => ({}), false, false, false, false],
  ["new Foo(1)  vs  { x: 1 }", () => (new Foo(1)), () => ({ x: 1 }), true, false, true, false],
  ["new Foo(1)  vs  new Bar(1)", () => (new Foo(1)), () => (new Bar(1)), true, false, true, false],
  ["new Foo(1)  vs  new Foo(1)", () => (new Foo(1)), () => (new Foo(1)), true, true, true, true],
  ["Object.create(null)  vs  {}", () => (Object.create(null)), () => ({}), true, false, true, false],
  ["{ [sym]: 1 }  vs  {}", () => ({ [sym]: 1 }), () => ({}), true, false, true, false],
  ["{ [sym]: 1 }  vs  { [sym]: 1 }", () => ({ [sym]: 1 }), () => ({ [sym]: 1 }), true, true, true, true],
  ["{ [sym]: 1 }  vs  { [sym]: 2 }", () => ({ [sym]: 1 }), () => ({ [sym]: 2 }), true, false, true, false],
  ["hidden({ a: 1 }, 'h', 1)  vs  hidden({ a: 1 }, 'h', 2)", () => (hidden({ a: 1 }, 'h', 1)), () => (hidden({ a: 1 }, 'h', 2)), true, true, true, true],
  ["hidden({ a: 1 }, sym, 1)  vs  { a: 1, [sym]: 1 }", () => (hidden({ a: 1 }, sym, 1)), () => ({ a: 1, [sym]: 1 }), true, false, true, false],
  ["cyc1  vs  cyc2", () => (cyc1), () => (cyc2), true, true, true, true],
  ["cyc1  vs  cyc3", () => (cyc1), () => (cyc3), true, true, true, true],
  ["arrC1  vs  arrC2", () => (arrC1), () => (arrC2), true, true, true, true],
  ["withExtra([1], 'x', 1)  vs  [1]", () => (withExtra([1], 'x', 1)), () => ([1]), false, false, false, false],
  ["withExtra([1], 'x', 1)  vs  withExtra([1], 'x', 1)", () => (withExtra([1], 'x', 1)), () => (withExtra([1], 'x', 1)), true, true, true, true],
  ["withExtra([1], sym, 1)  vs  [1]", () => (withExtra([1], sym, 1)), () => ([1]), true, false, true, false],
  ["sparse(3, [[0, 1]])  vs  [1, undefined, undefined]", () => (sparse(3, [[0, 1]])), () => ([1, undefined, undefined]), false, false, false, false],
  ["sparse(3, [[0, 1]])  vs  sparse(3, [[0, 1]])", () => (sparse(3, [[0, 1]])), () => (sparse(3, [[0, 1]])), true, true, true, true],
  ["sparse(3, [[2, 1]])  vs  sparse(3, [[1, 1]])", () => (sparse(3, [[2, 1]])), () => (sparse(3, [[1, 1]])), false, false, false, false],
  ["new Date(0)  vs  new Date(0)", () => (new Date(0)), () => (new Date(0)), true, true, true, true],
  ["new Date(0)  vs  new Date(1)", () => (new Date(0)), () => (new Date(1)), false, false, false, false],
  ["new Date(NaN)  vs  new Date(NaN)", () => (new Date(NaN)), () => (new Date(NaN)), false, false, false, false],
  ["Object.assign(new Date(0), { x: 1 })  vs  new Date(0)", () => (Object.assign(new Date(0), { x: 1 })), () => (new Date(0)), false, false, false, false],
  ["new Date(0)  vs  {}", () => (new Date(0)), () => ({}), false, false, false, false],
  ["/a/g  vs  /a/g", () => (/a/g), () => (/a/g), true, true, true, true],
  ["/a/g  vs  /a/i", () => (/a/g), () => (/a/i), false, false, false, false],
  ["/a/  vs  /b/", () => (/a/), () => (/b/), false, false, false, false],
  ["re('a', 'g', 1)  vs  re('a', 'g', 0)", () => (re('a', 'g', 1)), () => (re('a', 'g', 0)), false, false, false, false],
  ["/a/  vs  Object.assign(/a/, { x: 1 })", () => (/a/), () => (Object.assign(/a/, { x: 1 })), false, false, false, false],
  ["new Map([[1, 2]])  vs  new Map([[1, 2]])", () => (new Map([[1, 2]])), () => (new Map([[1, 2]])), true, true, true, true],
  ["new Map([[1, 2]])  vs  new Map([[1, '2']])", () => (new Map([[1, 2]])), () => (new Map([[1, '2']])), true, false, true, false],
  ["new Map([[1, 2]])  vs  new Map([['1', 2]])", () => (new Map([[1, 2]])), () => (new Map([['1', 2]])), true, false, true, false],
  ["new Map([[{ a: 1 }, 1]])  vs  new Map([[{ a: 1 }, 1]])", () => (new Map([[{ a: 1 }, 1]])), () => (new Map([[{ a: 1 }, 1]])), true, true, true, true],
  ["new Map([[{}, \"a\"], [{}, \"b\"]])  vs  new Map([[{}, \"b\"], [{}, \"a\"]])", () => (new Map([[{}, "a"], [{}, "b"]])), () => (new Map([[{}, "b"], [{}, "a"]])), true, true, true, true],
  ["new Map([[null, 1]])  vs  new Map([[undefined, 1]])", () => (new Map([[null, 1]])), () => (new Map([[undefined, 1]])), true, false, true, false],
  ["new Map()  vs  {}", () => (new Map()), () => ({}), false, false, false, false],
  ["new Map([[1, {}]])  vs  new Map([[1, []]])", () => (new Map([[1, {}]])), () => (new Map([[1, []]])), false, false, false, false],
  ["new Set([1, 2])  vs  new Set([2, 1])", () => (new Set([1, 2])), () => (new Set([2, 1])), true, true, true, true],
  ["new Set([1])  vs  new Set(['1'])", () => (new Set([1])), () => (new Set(['1'])), true, false, true, false],
  ["new Set([{ a: 1 }])  vs  new Set([{ a: 1 }])", () => (new Set([{ a: 1 }])), () => (new Set([{ a: 1 }])), true, true, true, true],
  ["new Set([{ a: 1 }, { a: 2 }])  vs  new Set([{ a: 2 }, { a: 1 }])", () => (new Set([{ a: 1 }, { a: 2 }])), () => (new Set([{ a: 2 }, { a: 1 }])), true, true, true, true],
  ["new Set([null])  vs  new Set([undefined])", () => (new Set([null])), () => (new Set([undefined])), true, false, true, false],
  ["new Set([1, {}])  vs  new Set(['1', {}])", () => (new Set([1, {}])), () => (new Set(['1', {}])), true, false, true, false],
  ["new Set([[1]])  vs  new Set([[1], [1]])", () => (new Set([[1]])), () => (new Set([[1], [1]])), false, false, false, false],
  ["new Set()  vs  new Map()", () => (new Set()), () => (new Map()), false, false, false, false],
  ["new Number(1)  vs  new Number(1)", () => (new Number(1)), () => (new Number(1)), true, true, true, true],
  ["new Number(1)  vs  1", () => (new Number(1)), () => (1), false, false, false, false],
  ["new Number(-0)  vs  new Number(0)", () => (new Number(-0)), () => (new Number(0)), false, false, false, false],
  ["new Number(NaN)  vs  new Number(NaN)", () => (new Number(NaN)), () => (new Number(NaN)), true, true, true, true],
  ["new String('a')  vs  new String('a')", () => (new String('a')), () => (new String('a')), true, true, true, true],
  ["new String('a')  vs  'a'", () => (new String('a')), () => ('a'), false, false, false, false],
  ["new Boolean(true)  vs  new Boolean(1)", () => (new Boolean(true)), () => (new Boolean(1)), true, true, true, true],
  ["Object(1n)  vs  Object(1n)", () => (Object(1n)), () => (Object(1n)), true, true, true, true],
  ["Object(sym)  vs  Object(sym)", () => (Object(sym)), () => (Object(sym)), true, true, true, true],
  ["new String('a')  vs  { 0: 'a' }", () => (new String('a')), () => ({ 0: 'a' }), false, false, false, false],
  ["new Error('a')  vs  new Error('a')", () => (new Error('a')), () => (new Error('a')), true, true, true, true],
  ["new Error('a')  vs  new Error('b')", () => (new Error('a')), () => (new Error('b')), false, false, false, false],
  ["new Error('a')  vs  new TypeError('a')", () => (new Error('a')), () => (new TypeError('a')), false, false, false, false],
  ["err(Error, 'a', { code: 1 })  vs  new Error('a')", () => (err(Error, 'a', { code: 1 })), () => (new Error('a')), false, false, false, false],
  ["new Error('a', { cause: 1 })  vs  new Error('a', { cause: 1 })", () => (new Error('a', { cause: 1 })), () => (new Error('a', { cause: 1 })), true, true, true, true],
  ["new Error('a', { cause: 1 })  vs  new Error('a', { cause: 2 })", () => (new Error('a', { cause: 1 })), () => (new Error('a', { cause: 2 })), false, false, false, false],
  ["new Error('a', { cause: 1 })  vs  new Error('a')", () => (new Error('a', { cause: 1 })), () => (new Error('a')), false, false, false, false],
  ["new AggregateError([1], 'x')  vs  new AggregateError([2], 'x')", () => (new AggregateError([1], 'x')), () => (new AggregateError([2], 'x')), false, false, false, false],
  ["new Error('a')  vs  { message: 'a', name: 'Error' }", () => (new Error('a')), () => ({ message: 'a', name: 'Error' }), false, false, false, false],
  ["new Uint8Array([1, 2])  vs  new Uint8Array([1, 2])", () => (new Uint8Array([1, 2])), () => (new Uint8Array([1, 2])), true, true, true, true],
  ["new Uint8Array([1, 2])  vs  new Int8Array([1, 2])", () => (new Uint8Array([1, 2])), () => (new Int8Array([1, 2])), false, false, false, false],
  ["new Float64Array([0])  vs  new Float64Array([-0])", () => (new Float64Array([0])), () => (new Float64Array([-0])), true, false, true, false],
  ["new Float64Array([NaN])  vs  new Float64Array([NaN])", () => (new Float64Array([NaN])), () => (new Float64Array([NaN])), false, true, false, true],
  ["new Float32Array([0])  vs  new Float32Array([-0])", () => (new Float32Array([0])), () => (new Float32Array([-0])), true, false, true, false],
  ["Buffer.from('ab')  vs  Buffer.from('ab')", () => (Buffer.from('ab')), () => (Buffer.from('ab')), true, true, true, true],
  ["Buffer.from('ab')  vs  new Uint8Array([97, 98])", () => (Buffer.from('ab')), () => (new Uint8Array([97, 98])), true, false, true, false],
  ["withExtra(new Uint8Array(2), 'x', 1)  vs  new Uint8Array(2)", () => (withExtra(new Uint8Array(2), 'x', 1)), () => (new Uint8Array(2)), false, false, false, false],
  ["new Uint16Array(40).fill(7)  vs  new Uint16Array(40).fill(7)", () => (new Uint16Array(40).fill(7)), () => (new Uint16Array(40).fill(7)), true, true, true, true],
  ["new Uint16Array(40).fill(7)  vs  new Uint16Array(40).fill(7).fill(8, 39)", () => (new Uint16Array(40).fill(7)), () => (new Uint16Array(40).fill(7).fill(8, 39)), false, false, false, false],
  ["new ArrayBuffer(2)  vs  new ArrayBuffer(2)", () => (new ArrayBuffer(2)), () => (new ArrayBuffer(2)), true, true, true, true],
  ["new ArrayBuffer(2)  vs  new ArrayBuffer(3)", () => (new ArrayBuffer(2)), () => (new ArrayBuffer(3)), false, false, false, false],
  ["new DataView(new ArrayBuffer(2))  vs  new DataView(new ArrayBuffer(2))", () => (new DataView(new ArrayBuffer(2))), () => (new DataView(new ArrayBuffer(2))), true, true, true, true],
  ["new Uint8Array(new ArrayBuffer(8), 4, 2)  vs  new Uint8Array(2)", () => (new Uint8Array(new ArrayBuffer(8), 4, 2)), () => (new Uint8Array(2)), true, true, true, true],
  ["function f() {}  vs  function f() {}", () => (function f() {}), () => (function f() {}), false, false, false, false],
  ["Math.max  vs  Math.max", () => (Math.max), () => (Math.max), true, true, true, true],
  ["{ a: [{ b: new Map([[1, new Set([2])]]) }] }  vs  { a: [{ b: new Map([[1, new Set([2])]]) }] }", () => ({ a: [{ b: new Map([[1, new Set([2])]]) }] }), () => ({ a: [{ b: new Map([[1, new Set([2])]]) }] }), true, true, true, true],
  ["{ a: [{ b: new Map([[1, new Set([2])]]) }] }  vs  { a: [{ b: new Map([[1, new Set([3])]]) }] }", () => ({ a: [{ b: new Map([[1, new Set([2])]]) }] }), () => ({ a: [{ b: new Map([[1, new Set([3])]]) }] }), false, false, false, false],
  ["[new Date(0), /x/, 1n]  vs  [new Date(0), /x/, 1n]", () => ([new Date(0), /x/, 1n]), () => ([new Date(0), /x/, 1n]), true, true, true, true],
  ["{ [Symbol.toStringTag]: 'X' }  vs  {}", () => ({ [Symbol.toStringTag]: 'X' }), () => ({}), false, false, false, false],
  ["Promise.resolve()  vs  Promise.resolve()", () => (Promise.resolve()), () => (Promise.resolve()), true, true, true, true],
  ["new WeakMap()  vs  new WeakMap()", () => (new WeakMap()), () => (new WeakMap()), true, true, true, true],
  ["[1, [2, [3, [4]]]]  vs  [1, [2, [3, ['4']]]]", () => ([1, [2, [3, [4]]]]), () => ([1, [2, [3, ['4']]]]), true, false, true, false],
];

function passes(fn) {
  try {
    fn();
    return true;
  } catch (e) {
    if (!(e instanceof assert.AssertionError)) throw e;
    return false;
  }
}

let failures = 0;
for (const [label, makeA, makeB, ...expected] of rows) {
  const a = makeA();
  const b = makeB();
  const got = [
    passes(() => assert.deepEqual(a, b)),
    passes(() => assert.deepStrictEqual(a, b)),
    passes(() => assert.deepEqual(b, a)),
    passes(() => assert.deepStrictEqual(b, a)),
  ];
  // The negations and util.isDeepStrictEqual must agree.
  const extra = [
    !passes(() => assert.notDeepEqual(a, b)),
    !passes(() => assert.notDeepStrictEqual(a, b)),
    util.isDeepStrictEqual(a, b),
  ];
  const want = [...expected, expected[0], expected[1], expected[1]];
  const all = [...got, ...extra];
  if (JSON.stringify(all) !== JSON.stringify(want)) {
    failures++;
    console.error(`${label}: got ${JSON.stringify(all)}, expected ${JSON.stringify(want)}`);
  }
}
if (failures !== 0) throw new Error(`${failures} of ${rows.length} deep-equality rows differ`);
if (rows.filter((r) => r[3]).length < 20 || rows.filter((r) => !r[4]).length < 20) {
  throw new Error('table lost its equal or unequal rows');
}
