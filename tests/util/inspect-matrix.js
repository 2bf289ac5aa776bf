'use strict';
// util.inspect over a large matrix of values and option sets. The expected output in
// inspect-matrix.out was produced by Node 20. Every value here prints the same on any
// engine (no stack frames of the running program, no engine-specific own properties).
const util = require('util');

function setStack(err, stack) {
  Object.defineProperty(err, 'stack', {
    value: stack, writable: true, enumerable: false, configurable: true,
  });
  return err;
}

function fakeError(Ctor, message, stack, extra) {
  const err = new Ctor(message);
  setStack(err, stack);
  if (extra) Object.assign(err, extra);
  return err;
}

class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar extends Foo {}
class MyArray extends Array {}
class MyMap extends Map {}
class MySet extends Set {}
class MyError extends Error {}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'TagName';
  }
}
class WithAccessors {
  constructor() {
    this.x = 1;
  }
  get y() {
    return 2;
  }
  set y(v) {}
}
class CustomInspect {
  constructor(v) {
    this.v = v;
  }
  [util.inspect.custom](depth, options, inspect) {
    return `CustomInspect<${inspect(this.v, options)}>`;
  }
}

function makeCircular() {
  const o = { name: 'root', list: [1, 2] };
  o.self = o;
  o.list.push(o);
  const inner = { parent: o };
  inner.me = inner;
  o.inner = inner;
  return o;
}

function argumentsOf() {
  return arguments;
}

const frames = '\n    at first (/srv/app/node_modules/dep/index.js:20:7)' +
  '\n    at second (/srv/app/node_modules/@scope/pkg/x.js:1:1)' +
  '\n    at Object.emit (node:events:517:28)';

const longArray = Array.from({ length: 120 }, (_, i) => i * 7);
const mixedArray = [1, 'two', 3, 'four', 5, 'six', 7, null, undefined, 10n, true];
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
  'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau'];
const nums = [1, -22, 333, -4444, 55555, 6, 0.5, -0, 1e21, NaN, Infinity, -Infinity, 7, 8];

const cases = [
  // Primitives
  ['number', () => 42],
  ['negative zero', () => -0],
  ['float', () => 0.1 + 0.2],
  ['big number', () => 123456789012.5],
  ['exponent', () => 1e-7],
  ['NaN', () => NaN],
  ['Infinity', () => -Infinity],
  ['bigint', () => 12345678901234567890n],
  ['negative bigint', () => -1234n],
  ['true', () => true],
  ['undefined', () => undefined],
  ['null', () => null],
  ['symbol', () => Symbol('desc')],
  ['symbol no description', () => Symbol()],
  ['well-known symbol', () => Symbol.iterator],
  ['empty string', () => ''],
  ['string', () => 'hello world'],
  ['string with single quote', () => "it's"],
  ['string with both quotes', () => 'it\'s "quoted"'],
  ['string with all quotes', () => 'it\'s "quoted" `too`'],
  ['string with ${', () => 'it\'s "q" ${x}'],
  ['control characters', () => 'a\x00b\x07c\x1bd\x7fe\x9ff\u00a0g'],
  ['escapes', () => 'tab\there\nnew\\line\rcr\bbs\fff\vvt'],
  ['lone surrogates', () => 'a\ud800b\udc00c\ud83d\ude00d'],
  ['long escaped string', () => 'it\'s \x01 "q" \\ \ud800 😀 \u0085 '.repeat(8)],
  ['escaped key string', () => ({ 'a\nb': 1, 'tab\t': 2, "q'": 3, '\ud800': 4, [Symbol('\x1b[31m')]: 5 })],
  ['unicode', () => 'héllo wörld ☃ 日本語 😀'],
  ['long string', () => 'x'.repeat(120)],
  ['long multiline string', () => 'first line of the text\nsecond line of the text\n' +
    'third line that is long enough to pass the limit\nlast'],
  ['short multiline string', () => 'a\nb\nc'],
  ['multiline string ending with newline', () => 'line one is here\nline two is here too\n'.repeat(3)],

  // Plain objects
  ['empty object', () => ({})],
  ['object', () => ({ a: 1, b: 'two', c: [3], d: { e: null } })],
  ['nested objects', () => ({ l1: { l2: { l3: { l4: { l5: 1 } } } } })],
  ['nested arrays', () => [[[[[1]]]], [[2, [3]]]]],
  ['quoted keys', () => ({ 'a-b': 1, '1a': 2, '': 3, é: 4, "it's": 5, 'x y': 6, _ok: 7, $no: 8 })],
  ['numeric keys', () => ({ 1: 'one', 0: 'zero', 10: 'ten', b: 'b' })],
  ['symbol keys', () => ({ [Symbol('s')]: 1, [Symbol.for('reg')]: 2, [Symbol('a\nb')]: 3, plain: 4 })],
  ['__proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}')],
  ['non-enumerable', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false })],
  ['wide object', () => {
    const o = {};
    for (let i = 0; i < 30; i++) o[`key${i}`] = i * 1000;
    return o;
  }],
  ['object with long values', () => ({
    description: 'A fairly long description string that goes on',
    other: 'another string value',
    n: 12345,
  })],
  ['compact levels', () => ({ a: { b: { c: {} } }, x: [1, [2, [3, [4]]]], y: { z: 'short' } })],
  ['object in array', () => [{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: { c: { d: 6 } } }]],
  ['array of objects long', () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item${i}` }))],
  ['getters and setters', () => ({
    get g() { return 1; },
    set s(v) {},
    get gs() { return 'both'; },
    set gs(v) {},
    get obj() { return { deep: { er: 1 } }; },
    get nul() { return null; },
    get thrower() { throw new Error('nope'); },
  })],
  ['toStringTag own', () => ({ [Symbol.toStringTag]: 'Own', a: 1 })],
  ['toStringTag non-enumerable', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, {
    value: 'Hidden', enumerable: false,
  })],
  ['constructor property', () => ({ constructor: 'not a function', a: 1 })],
  ['null prototype', () => Object.create(null)],
  ['null prototype with keys', () => Object.assign(Object.create(null), { a: 1, b: [2] })],
  ['prototype without constructor', () => Object.create(Object.create(null))],
  ['object from object', () => Object.create({ inherited: 1 })],

  // Arrays
  ['empty array', () => []],
  ['array', () => [1, 2, 3]],
  ['array of strings', () => ['a', 'b', 'c']],
  ['sparse array', () => [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['holes only', () => new Array(5)],
  ['leading holes', () => [, , 1, , , 2, , ]], // eslint-disable-line no-sparse-arrays
  ['array with extra keys', () => Object.assign([1, 2], { foo: 'bar', [Symbol('s')]: 1 })],
  ['array with negative-ish keys', () => Object.assign([1], { '-1': 'neg', '1.5': 'frac' })],
  ['long array', () => longArray],
  ['array of 101', () => Array.from({ length: 101 }, () => 0)],
  ['number grouping', () => nums],
  ['word grouping', () => words],
  ['mixed grouping', () => mixedArray],
  ['array of arrays', () => Array.from({ length: 10 }, (_, i) => [i, i * 2])],
  ['nested long array', () => ({ data: Array.from({ length: 30 }, (_, i) => i) })],
  ['long strings in array', () => ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30), 'd', 'e', 'f', 'g']],
  ['multiline string in array', () => ['first line of the text\nsecond line of the text, long', 'x']],
  ['unicode grouping', () => ['日本', '語', 'テスト', 'ab', 'cd', 'ef', 'gh', '😀', 'é', 'x']],
  ['bigint array', () => [1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]],
  ['array subclass', () => MyArray.from([1, 2, 3])],
  ['empty array subclass', () => new MyArray()],
  ['null prototype array', () => Object.setPrototypeOf([1, 2], null)],
  ['arguments', () => argumentsOf(1, 'two', [3])],
  ['empty arguments', () => argumentsOf()],

  // Collections
  ['map', () => new Map([['a', 1], [{ k: 1 }, [2]], [3, new Map([[4, 5]])]])],
  ['empty map', () => new Map()],
  ['set', () => new Set([1, 'two', { three: 3 }, [4]])],
  ['empty set', () => new Set()],
  ['map subclass', () => new MyMap([[1, 2]])],
  ['set subclass', () => new MySet([1])],
  ['map with props', () => Object.assign(new Map([[1, 2]]), { extra: true })],
  ['null prototype map', () => Object.setPrototypeOf(new Map([[1, 2]]), null)],
  ['null prototype set', () => Object.setPrototypeOf(new Set([1, 2]), null)],
  ['big set', () => new Set(Array.from({ length: 120 }, (_, i) => i))],
  ['big map', () => new Map(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]))],
  ['map entries iterator', () => new Map([[1, 'a'], [2, 'b']]).entries()],
  ['map keys iterator', () => new Map([[1, 'a'], [2, 'b']]).keys()],
  ['map values iterator', () => new Map([[1, 'a'], [2, 'b']]).values()],
  ['map iterator advanced', () => {
    const it = new Map([[1, 'a'], [2, 'b'], [3, 'c']])[Symbol.iterator]();
    it.next();
    return it;
  }],
  ['set values iterator', () => new Set([1, 2, 3]).values()],
  ['set entries iterator', () => new Set([1, 2]).entries()],
  ['iterator with props', () => Object.assign(new Set([1]).values(), { extra: 1 })],
  ['weak map', () => new WeakMap([[{}, 1]])],
  ['weak set', () => new WeakSet([{}])],

  // Class instances and functions
  ['class instance', () => new Foo()],
  ['subclass instance', () => new Bar()],
  ['empty class instance', () => new (class Empty {})()],
  ['tagged instance', () => new Tagged()],
  ['accessor instance', () => new WithAccessors()],
  ['anonymous class instance', () => new (class {})()],
  ['function', () => function foo() {}],
  ['anonymous function', () => [function() {}, () => {}]],
  ['arrow function', () => { const arrow = () => {}; return arrow; }],
  ['async function', () => async function af() {}],
  ['async arrow', () => { const aa = async () => {}; return aa; }],
  ['generator function', () => function* gen() {}],
  ['async generator function', () => async function* agen() {}],
  ['methods', () => ({ m() {}, async am() {}, * gm() {}, async * agm() {} })],
  ['class', () => Foo],
  ['subclass', () => Bar],
  ['anonymous class', () => [class {}]],
  ['class extends expression', () => class X extends (class {}) {}],
  ['class extends null', () => class N extends null {}],
  ['bound function', () => function bound() {}.bind(null)],
  ['native function', () => Math.max],
  ['function with props', () => Object.assign(function withProps() {}, { a: 1, b: 'x' })],
  ['function with toStringTag', () => Object.defineProperty(function tagged() {}, Symbol.toStringTag, { value: 'Tag' })],
  ['null prototype function', () => Object.setPrototypeOf(function np() {}, null)],
  ['class with static', () => class S { static x = 1; }],
  ['generator object', () => (function* g() { yield 1; })()],

  // Errors (with fixed stacks)
  ['error', () => fakeError(Error, 'boom', 'Error: boom' + frames)],
  ['type error', () => fakeError(TypeError, 'bad type', 'TypeError: bad type' + frames)],
  ['error with code', () => fakeError(Error, 'failed', 'Error: failed' + frames, { code: 'E_FAIL', errno: -2 })],
  ['error subclass', () => fakeError(MyError, 'mine', 'Error: mine' + frames)],
  ['error with name changed', () => {
    const e = fakeError(Error, 'renamed', 'Error: renamed' + frames);
    e.name = 'CustomName';
    return e;
  }],
  ['error with name in stack', () => {
    const e = fakeError(Error, 'msg', 'SpecialError: msg' + frames);
    e.name = 'SpecialError';
    return e;
  }],
  ['error without stack', () => fakeError(Error, 'no stack', '')],
  ['error without stack with props', () => fakeError(RangeError, 'no stack', '', { code: 42 })],
  ['error stack without frames', () => fakeError(Error, 'frameless', 'Error: frameless')],
  ['error with multiline message', () => fakeError(Error, 'line1\nline2', 'Error: line1\nline2' + frames)],
  ['error message mentions at', () => fakeError(Error, 'x\n    at y', 'Error: x\n    at y' + frames)],
  ['error with cause', () => {
    const cause = fakeError(Error, 'inner', 'Error: inner' + frames);
    const e = new Error('outer', { cause });
    return setStack(e, 'Error: outer\n    at outer (/srv/app/x.js:1:1)' + frames);
  }],
  ['error with primitive cause', () => {
    const e = new Error('outer', { cause: 'just a string' });
    return setStack(e, 'Error: outer' + frames);
  }],
  ['aggregate error', () => {
    const e = new AggregateError([
      fakeError(Error, 'one', 'Error: one\n    at a (/a.js:1:1)'),
      fakeError(TypeError, 'two', ''),
    ], 'many');
    return setStack(e, 'AggregateError: many\n    at b (/b.js:2:2)');
  }],
  ['error in object', () => ({ err: fakeError(Error, 'nested', 'Error: nested' + frames), n: 1 })],
  ['error in array', () => [fakeError(Error, 'a', ''), fakeError(Error, 'b', 'Error: b\n    at z (/z.js:1:1)')]],
  ['null prototype error', () => Object.setPrototypeOf(fakeError(Error, 'np', 'Error: np' + frames), null)],
  ['error with enumerable message', () => {
    const e = fakeError(Error, 'm', 'Error: m' + frames);
    Object.defineProperty(e, 'message', { value: 'm', enumerable: true });
    return e;
  }],
  ['error whose stack is not Error-like', () => fakeError(Error, 'x', 'random text\n    at q (/q.js:1:1)')],

  // Other built-ins
  ['date', () => new Date(0)],
  ['date with time', () => new Date(Date.UTC(2020, 1, 29, 13, 45, 30, 123))],
  ['invalid date', () => new Date(NaN)],
  ['date with props', () => Object.assign(new Date(0), { extra: 1 })],
  ['date subclass', () => new (class MyDate extends Date {})(0)],
  ['regexp', () => /ab+c/gi],
  ['regexp with slash', () => new RegExp('a/b', 'u')],
  ['regexp with props', () => Object.assign(/x/, { extra: 1 })],
  ['regexp subclass', () => new (class MyRe extends RegExp {})('z', 'y')],
  ['boxed number', () => new Number(3)],
  ['boxed negative zero', () => new Number(-0)],
  ['boxed string', () => new String('ab')],
  ['boxed boolean', () => new Boolean(false)],
  ['boxed bigint', () => Object(10n)],
  ['boxed symbol', () => Object(Symbol('boxed'))],
  ['boxed with props', () => Object.assign(new String('ab'), { extra: 1 })],
  ['boxed subclass', () => new (class MyNum extends Number {})(5)],
  ['promise fulfilled', () => Promise.resolve({ value: [1, 2] })],
  ['promise pending', () => new Promise(() => {})],
  ['promise rejected', () => {
    const p = Promise.reject(3);
    p.catch(() => {});
    return p;
  }],
  ['promise with props', () => Object.assign(Promise.resolve(1), { extra: 1 })],
  ['promise subclass', () => new (class MyPromise extends Promise {})(() => {})],
  ['uint8array', () => new Uint8Array([1, 2, 3])],
  ['empty typed array', () => new Float32Array(0)],
  ['float64array', () => new Float64Array([-0, 0.5, NaN, Infinity, 1e21, 123456.789, 7])],
  ['bigint64array', () => new BigInt64Array([1n, -2n])],
  ['typed array grouping', () => new Int16Array(Array.from({ length: 40 }, (_, i) => (i * 997) % 30000 - 15000))],
  ['long typed array', () => new Uint8Array(150)],
  ['typed array with props', () => Object.assign(new Uint8Array(2), { extra: 1 })],
  ['typed array subarray', () => new Uint8Array([1, 2, 3, 4]).subarray(1, 3)],
  ['typed array subclass', () => new (class MyBytes extends Uint8Array {})(2)],
  ['array buffer', () => new Uint8Array([1, 2, 255, 16]).buffer],
  ['empty array buffer', () => new ArrayBuffer(0)],
  ['long array buffer', () => new ArrayBuffer(130)],
  ['array buffer with props', () => Object.assign(new ArrayBuffer(1), { extra: 1 })],
  ['shared array buffer', () => new SharedArrayBuffer(3)],
  ['data view', () => new DataView(new ArrayBuffer(4), 1, 2)],
  ['proxy object', () => new Proxy({ a: 1 }, { get() { return 'trapped'; } })],
  ['proxy array', () => new Proxy([1, 2], {})],
  ['proxy function', () => new Proxy(function target() {}, {})],
  ['revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }],
  ['nested proxy', () => new Proxy(new Proxy({ deep: true }, {}), {})],

  // Circular and custom
  ['circular', () => makeCircular()],
  ['circular array', () => {
    const a = [1];
    a.push(a);
    return a;
  }],
  ['circular map', () => {
    const m = new Map();
    m.set('self', m);
    return m;
  }],
  ['two circular refs', () => {
    const a = { name: 'a' };
    const b = { name: 'b', a };
    a.b = b;
    b.b = b;
    return [a, b];
  }],
  ['same object twice', () => {
    const shared = { s: 1 };
    return { x: shared, y: shared };
  }],
  ['custom inspect string', () => ({ [util.inspect.custom]() { return 'CUSTOM'; } })],
  ['custom inspect multiline', () => ({
    inner: { [util.inspect.custom]() { return 'line one\nline two'; } },
  })],
  ['custom inspect object', () => ({ [util.inspect.custom]() { return { replaced: [1, 2] }; } })],
  ['custom inspect this', () => {
    const o = { a: 1, [util.inspect.custom]() { return this; } };
    return o;
  }],
  ['custom inspect depth', () => ({
    a: { b: { [util.inspect.custom](depth, opts) { return `depth=${depth} compact=${opts.compact}`; } } },
  })],
  ['custom inspect class', () => [new CustomInspect({ x: [1, 2] }), new CustomInspect('s')]],
  ['custom inspect stylize', () => ({ [util.inspect.custom](d, o) { return o.stylize('styled', 'special'); } })],
  ['custom inspect on prototype', () => CustomInspect.prototype],
  ['custom inspect non-function', () => ({ [util.inspect.custom]: 'not a function' })],

  // Depth
  ['deep object', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } })],
  ['deep array', () => [1, [2, [3, [4, [5, [6]]]]]]],
  ['deep mixed', () => ({ m: new Map([['k', { s: new Set([[1, { z: 1 }]]) }]]) })],
  ['deep class', () => ({ a: { b: { c: new Foo(), d: new Map([[1, 2]]), e: [1], f: /re/, g: new Date(0) } } })],
  ['deep empty', () => ({ a: { b: { c: {}, d: [], e: new Map(), f: new Set() } } })],
  ['deep null prototype', () => ({ a: { b: { c: Object.create(null), d: Object.assign(Object.create(null), { x: 1 }) } } })],
  ['deep error', () => ({ a: { b: { c: fakeError(Error, 'deep', 'Error: deep' + frames) } } })],
];

// [options, labels to print (all when omitted)]
const optionSets = [
  [undefined],
  [{ colors: true }],
  [{ compact: false }],
  [{ compact: true }],
  [{ compact: 1 }],
  [{ depth: 0 }],
  [{ depth: null }],
  [{ breakLength: 40 }],
  [{ breakLength: Infinity }],
  [{ sorted: true }],
  [{ getters: true }, /getter|accessor|circular/],
  [{ getters: 'get' }, /getter|accessor/],
  [{ getters: 'set' }, /getter|accessor/],
  [{ numericSeparator: true }, /number|bigint|float|exponent|NaN|Infinity|grouping|array|boxed/],
  [{ maxArrayLength: 2 }],
  [{ maxArrayLength: 0 }, /array|set|map|iterator|arguments|grouping|proxy/],
  [{ maxStringLength: 5 }, /string|quote|escape|character|surrogate|unicode|key|error/],
  [{ showProxy: true }, /proxy|custom/],
  [{ customInspect: false }, /custom/],
  [{ compact: false, colors: true, breakLength: 60 }],
  [{ compact: true, breakLength: 30, depth: 1 }],
  [{ colors: true, depth: 0 }, /deep|nested|circular|map|set/],
  [{ sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }, /object|key|map|set|array|circular/],
];

// Values whose showHidden output is the same on every engine.
const showHiddenCases = [
  'object', 'non-enumerable', 'array', 'sparse array', 'array with extra keys',
  'map', 'set', 'uint8array', 'typed array with props', 'data view', 'array buffer',
  'regexp', 'boxed string', 'boxed number', 'date', 'class instance',
  'accessor instance', 'symbol keys', 'toStringTag non-enumerable', 'circular',
  'null prototype with keys', 'promise fulfilled', 'map entries iterator',
];

function describe(options) {
  if (options === undefined) return 'default';
  return Object.keys(options).map((k) => {
    const v = options[k];
    return `${k}=${typeof v === 'function' ? 'fn' : String(v)}`;
  }).join(',');
}

function show(label, options, fn) {
  let out;
  try {
    out = options === undefined ? util.inspect(fn()) : util.inspect(fn(), options);
  } catch (err) {
    out = `THREW ${err && err.name}: ${err && err.message}`;
  }
  console.log(`=== ${label} [${describe(options)}]`);
  console.log(out);
}

for (const [options, filter] of optionSets) {
  for (const [label, fn] of cases) {
    if (filter === undefined || filter.test(label)) show(label, options, fn);
  }
}

const byLabel = new Map(cases);
for (const label of showHiddenCases) {
  show(label, { showHidden: true }, byLabel.get(label));
  show(label, { showHidden: true, colors: true }, byLabel.get(label));
}

// Strings longer than maxStringLength (10000 by default).
console.log('=== very long string');
for (const options of [undefined, { maxStringLength: null }, { maxStringLength: 10 }]) {
  const text = util.inspect('abcdefghij'.repeat(1100), options);
  console.log(text.length, text.slice(0, 12), text.slice(-40));
}

// Legacy arguments: (value, showHidden, depth, colors).
const legacy = { a: { b: { c: { d: 1 } } }, arr: [1, 2] };
console.log('=== legacy');
console.log(util.inspect(legacy, false, 0));
console.log(util.inspect(legacy, false, null, true));
console.log(util.inspect(legacy, true));
console.log(util.inspect(legacy, false, undefined, false));
console.log(util.inspect([1, 2], { unknownOption: 1 }));
console.log(util.inspect({ [util.inspect.custom](d, o) { return String(o.unknownOption); } },
                         { unknownOption: 'passed through' }));

// Nested util.inspect calls through the inspect argument keep the indentation.
console.log('=== nested custom');
console.log(util.inspect({
  outer: {
    [util.inspect.custom](depth, options, inspect) {
      return inspect({ inner: [1, 2, 3], text: 'x'.repeat(70) }, options);
    },
  },
}));
