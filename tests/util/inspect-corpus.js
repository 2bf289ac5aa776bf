'use strict';
// util.inspect, util.format and console.log over a corpus of more than 220 values, each
// printed with console.log and with several option sets. The expected output in
// inspect-corpus.out was produced by Node 20. Stacks are replaced by fixed text so that
// nothing depends on the engine's frames.
const util = require('util');

function fixStack(err, stack) {
  Object.defineProperty(err, 'stack', {
    value: stack, writable: true, enumerable: false, configurable: true,
  });
  return err;
}

const at = '\n    at run (/srv/app/main.js:3:9)\n    at next (node:internal/x:1:1)';

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
class Hidden {
  constructor() {
    Object.defineProperty(this, 'secret', { value: 's', enumerable: false });
    this.shown = true;
  }
}
class Temp {
  constructor() {
    this.c = 21;
  }
  get f() {
    return this.c * 9 / 5 + 32;
  }
  set f(v) {
    this.c = (v - 32) * 5 / 9;
  }
}
class Labelled {
  get [Symbol.toStringTag]() {
    return 'Label';
  }
}
class Money {
  constructor(n) {
    this.n = n;
  }
  [util.inspect.custom](depth, options) {
    return options.stylize(`$${this.n.toFixed(2)}`, 'number');
  }
}
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}
class Queue extends Array {}
class Registry extends Map {}
class Tags extends Set {}
class Stamp extends Date {}
class Bytes extends Uint8Array {}
function OldStyle(v) {
  this.v = v;
}
OldStyle.prototype.method = function method() {};

function argsOf() {
  return arguments;
}

function err(Ctor, message, stack, extra) {
  const e = new Ctor(message);
  fixStack(e, stack === undefined ? `${e.name}: ${message}${at}` : stack);
  if (extra) Object.assign(e, extra);
  return e;
}

const sharedLeaf = { leaf: true };

const values = [
  // Primitives
  ['zero', () => 0],
  ['minus zero', () => -0],
  ['one third', () => 1 / 3],
  ['max safe', () => Number.MAX_SAFE_INTEGER],
  ['min value', () => Number.MIN_VALUE],
  ['max value', () => Number.MAX_VALUE],
  ['big integer number', () => 1234567890123],
  ['negative fraction', () => -98765.4321],
  ['tiny exponent', () => 1.5e-10],
  ['huge exponent', () => 2e300],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['minus Infinity', () => -Infinity],
  ['bigint zero', () => 0n],
  ['bigint huge', () => 2n ** 100n],
  ['bigint negative', () => -9876543210n],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['undefined', () => undefined],
  ['symbol', () => Symbol('tag')],
  ['symbol empty description', () => Symbol('')],
  ['symbol no description', () => Symbol()],
  ['registered symbol', () => Symbol.for('app.key')],
  ['well-known asyncIterator', () => Symbol.asyncIterator],
  ['symbol with quotes', () => Symbol('it\'s "x"')],
  ['empty string', () => ''],
  ['space string', () => '   '],
  ['plain string', () => 'rode runtime'],
  ['single quote string', () => "don't"],
  ['double quote string', () => 'say "hi"'],
  ['both quotes string', () => 'don\'t say "hi"'],
  ['all quotes string', () => 'don\'t "say" `hi`'],
  ['backslash string', () => 'C:\\Users\\rode'],
  ['tab newline string', () => 'a\tb\nc'],
  ['control string', () => '\x01\x02\x1f\x7f'],
  ['emoji string', () => '🚀 launch 🌍'],
  ['combining string', () => 'e\u0301 n\u0303'],
  ['cjk string', () => '漢字かなカナ'],
  ['long string', () => 'lorem ipsum dolor sit amet '.repeat(6)],
  ['multiline string', () => 'one\ntwo\nthree'],
  ['long multiline string', () => 'The first line of a long text block\n' +
    'the second line of the same long block\nthe third and final line of it'],
  ['trailing newline string', () => 'ends with newline\n'],

  // Plain objects
  ['empty object', () => ({})],
  ['flat object', () => ({ id: 7, name: 'seven', ok: true, none: null, undef: undefined })],
  ['nested object', () => ({ user: { name: 'ann', address: { city: 'Oslo', geo: { lat: 59.9, lng: 10.7 } } } })],
  ['object with array', () => ({ list: [1, 2, 3], empty: [], nested: [[1], [2, [3]]] })],
  ['object with symbols', () => ({ [Symbol('a')]: 1, [Symbol.for('b')]: 'two', normal: 3 })],
  ['odd keys', () => ({ 'with space': 1, 'dash-key': 2, '0lead': 3, valid_id: 4, $dollar: 5, 'ünï': 6, '': 7 })],
  ['integer keys', () => ({ 2: 'b', 1: 'a', 100: 'c', x: 'd' })],
  ['getter only', () => ({ get now() { return 42; } })],
  ['setter only', () => ({ set val(v) {} })],
  ['getter setter', () => ({ get both() { return 'b'; }, set both(v) {} })],
  ['getter returning object', () => ({ get cfg() { return { deep: [1, { x: 2 }] }; } })],
  ['getter throwing', () => ({ get bad() { throw new TypeError('no access'); } })],
  ['non-enumerable props', () => Object.defineProperties({ visible: 1 }, {
    hidden: { value: 2, enumerable: false },
    [Symbol('hiddenSym')]: { value: 3, enumerable: false },
  })],
  ['frozen object', () => Object.freeze({ a: 1 })],
  ['null prototype', () => Object.create(null)],
  ['null prototype with props', () => Object.assign(Object.create(null), { key: 'value', n: 1 })],
  ['null prototype with toStringTag', () => Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Tagged', v: 1 })],
  ['null prototype hidden toStringTag', () => Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'Quiet' })],
  ['null prototype toStringTag Object', () => Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Object' })],
  ['toStringTag above null prototype', () => {
    const o = Object.create(Object.create(null));
    o[Symbol.toStringTag] = 'Layered';
    return o;
  }],
  ['inherited toStringTag above null prototype', () => Object.create(Object.create(null, {
    [Symbol.toStringTag]: { value: 'FromProto' },
  }))],
  ['inherited props', () => Object.create({ inherited: true }, { own: { value: 1, enumerable: true } })],
  ['own toStringTag', () => ({ [Symbol.toStringTag]: 'Custom', data: 1 })],
  ['class with toStringTag', () => new Labelled()],
  ['constructor shadowed', () => ({ constructor: { name: 'Fake' }, x: 1 })],
  ['many keys', () => Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))],
  ['long values object', () => ({
    title: 'a title that is reasonably long to force wrapping',
    body: 'another long string value that will not fit on a line',
  })],
  ['depth five', () => ({ a: { b: { c: { d: { e: { f: 'bottom' } } } } } })],
  ['shared reference', () => ({ first: sharedLeaf, second: sharedLeaf })],
  ['circular self', () => {
    const o = { name: 'loop' };
    o.self = o;
    return o;
  }],
  ['circular deep', () => {
    const root = { kids: [] };
    const kid = { parent: root, kids: [] };
    root.kids.push(kid);
    kid.kids.push({ grand: root, sib: kid });
    return root;
  }],
  ['circular two objects', () => {
    const a = { n: 'a' };
    const b = { n: 'b', a };
    a.b = b;
    return { a, b };
  }],

  // Arrays
  ['empty array', () => []],
  ['small array', () => [1, 2, 3]],
  ['mixed array', () => [1, 'a', null, undefined, true, 5n, Symbol('s'), {}, []]],
  ['sparse array', () => [1, , , 4]], // eslint-disable-line no-sparse-arrays
  ['trailing holes', () => [1, 2, , , ]], // eslint-disable-line no-sparse-arrays
  ['only holes', () => new Array(3)],
  ['many holes', () => {
    const a = [];
    a[50] = 'x';
    a[99] = 'y';
    return a;
  }],
  ['array with props', () => Object.assign(['a', 'b'], { total: 2, [Symbol('meta')]: true })],
  ['array length 6', () => [10, 20, 30, 40, 50, 60]],
  ['array length 7', () => [10, 20, 30, 40, 50, 60, 70]],
  ['array of 26 numbers', () => Array.from({ length: 26 }, (_, i) => i * i)],
  ['huge array', () => Array.from({ length: 250 }, (_, i) => i)],
  ['array of words', () => 'the quick brown fox jumps over the lazy dog again and again'.split(' ')],
  ['array of long strings', () => ['x'.repeat(20), 'y'.repeat(20), 'z'.repeat(20), 'w'.repeat(20)]],
  ['array of negative floats', () => [-1.5, -22.25, -333.125, 4444.5, -5, 6.75, -7, 8, 9.5]],
  ['array of objects', () => [{ a: 1 }, { b: 2 }, { c: { d: 3 } }]],
  ['array of 10 objects', () => Array.from({ length: 10 }, (_, i) => ({ i, sq: i * i }))],
  ['matrix', () => [[1, 0, 0], [0, 1, 0], [0, 0, 1]]],
  ['deep array', () => [[[[['deep']]]]]],
  ['array subclass', () => Queue.from(['job1', 'job2'])],
  ['circular array', () => {
    const a = ['start'];
    a.push(a, { back: a });
    return a;
  }],
  ['arguments object', () => argsOf('x', 2, [3])],
  ['frozen array', () => Object.freeze([1, 2])],

  // Functions and classes
  ['named function', () => function compute() {}],
  ['anonymous function', () => [function() {}]],
  ['arrow', () => { const add = (a, b) => a + b; return add; }],
  ['anonymous arrow', () => [() => 1]],
  ['async function', () => async function fetchData() {}],
  ['async arrow', () => { const load = async () => {}; return load; }],
  ['generator', () => function* counter() {}],
  ['async generator', () => async function* stream() {}],
  ['class', () => Point],
  ['derived class', () => Point3],
  ['anonymous class', () => [class {}]],
  ['class extends builtin', () => Queue],
  ['class with static props', () => {
    class Config {
      static defaults = { retries: 3 };
    }
    return Config;
  }],
  ['bound function', () => function original() {}.bind({})],
  ['bound arrow', () => { const arrow = () => {}; return arrow.bind(null); }],
  ['builtin function', () => Array.prototype.push],
  ['builtin constructor', () => Map],
  ['function with props', () => Object.assign(function handler() {}, { route: '/x', methods: ['GET'] })],
  ['function renamed', () => Object.defineProperty(function a() {}, 'name', { value: 'renamed' })],
  ['function with empty name', () => Object.defineProperty(function a() {}, 'name', { value: '' })],
  ['old style constructor', () => OldStyle],
  ['old style instance', () => new OldStyle(1)],
  ['methods object', () => ({ run() {}, async go() {}, * gen() {}, get g() { return 1; } })],
  ['generator object', () => (function* g() { yield 1; })()],
  ['async generator object', () => (async function* ag() {})()],

  // Class instances
  ['instance', () => new Point(1, 2)],
  ['derived instance', () => new Point3(1, 2, 3)],
  ['instance with hidden', () => new Hidden()],
  ['instance with accessor', () => new Temp()],
  ['instance custom inspect', () => new Money(12.5)],
  ['instances in array', () => [new Point(0, 0), new Money(1), new Temp()]],
  ['anonymous class instance', () => new (class {})()],

  // Errors
  ['error', () => err(Error, 'failure')],
  ['range error', () => err(RangeError, 'out of range')],
  ['syntax error', () => err(SyntaxError, 'unexpected token')],
  ['reference error', () => err(ReferenceError, 'x is not defined')],
  ['eval error', () => err(EvalError, 'eval')],
  ['uri error', () => err(URIError, 'malformed')],
  ['error empty message', () => err(Error, '')],
  ['error no stack', () => err(Error, 'bare', '')],
  ['error with props', () => err(Error, 'with props', undefined, { code: 'E_X', retry: false })],
  ['error with cause', () => fixStack(new Error('top', { cause: err(Error, 'root cause') }), `Error: top${at}`)],
  ['error with nested cause', () => {
    const inner = new Error('level2', { cause: err(TypeError, 'level3') });
    fixStack(inner, `Error: level2${at}`);
    const outer = new Error('level1', { cause: inner });
    return fixStack(outer, `Error: level1${at}`);
  }],
  ['error with object cause', () => fixStack(new Error('c', { cause: { code: 1 } }), `Error: c${at}`)],
  ['error with undefined cause', () => fixStack(new Error('u', { cause: undefined }), `Error: u${at}`)],
  ['aggregate error', () => fixStack(new AggregateError([
    err(Error, 'first'),
    err(RangeError, 'second', ''),
  ], 'all failed'), `AggregateError: all failed${at}`)],
  ['custom name error', () => err(HttpError, 'not found', undefined, { status: 404 })],
  ['custom name error stack', () => {
    const e = new HttpError(500, 'server');
    return fixStack(e, `HttpError: server${at}`);
  }],
  ['error name property', () => {
    const e = err(Error, 'named');
    e.name = 'ValidationError';
    return e;
  }],
  ['error with multiline message', () => err(Error, 'line one\nline two')],
  ['error stack only message', () => err(Error, 'only', 'Error: only')],
  ['error stack foreign', () => err(Error, 'foreign', 'Something else entirely')],
  ['errors in object', () => ({ errors: [err(Error, 'a', ''), err(TypeError, 'b', '')] })],
  ['error with errno', () => err(Error, 'ENOENT: no such file', undefined, {
    errno: -2, code: 'ENOENT', syscall: 'open', path: '/no/such',
  })],
  ['error non-error object', () => ({ name: 'Error', message: 'looks like error', stack: 'fake' })],

  // Collections and iterators
  ['empty map', () => new Map()],
  ['map', () => new Map([['a', 1], ['b', { c: 2 }]])],
  ['map object keys', () => new Map([[{ id: 1 }, 'one'], [[1, 2], 'pair']])],
  ['nested map', () => new Map([['outer', new Map([['inner', new Map([['x', 1]])]])]])],
  ['big map', () => new Map(Array.from({ length: 120 }, (_, i) => [i, String(i)]))],
  ['map subclass', () => new Registry([['r', 1]])],
  ['map with props', () => Object.assign(new Map([[1, 1]]), { label: 'm' })],
  ['empty set', () => new Set()],
  ['set', () => new Set(['a', 'b', 3])],
  ['set of objects', () => new Set([{ a: 1 }, [2], new Set([3])])],
  ['big set', () => new Set(Array.from({ length: 130 }, (_, i) => i * 2))],
  ['set subclass', () => new Tags(['t'])],
  ['circular set', () => {
    const s = new Set();
    s.add(s);
    return s;
  }],
  ['weak map', () => new WeakMap()],
  ['weak set', () => new WeakSet()],
  ['weak ref', () => new WeakRef({})],
  ['map iterator', () => new Map([['k', 'v'], ['k2', 'v2']]).entries()],
  ['map keys iterator', () => new Map([['k', 'v']]).keys()],
  ['set iterator', () => new Set([1, 2]).values()],
  ['consumed iterator', () => {
    const it = new Set([1, 2, 3]).values();
    it.next();
    it.next();
    it.next();
    return it;
  }],
  ['array iterator', () => [1, 2][Symbol.iterator]()],
  ['string iterator', () => 'ab'[Symbol.iterator]()],
  ['map entries array', () => [...new Map([[1, 'a'], [2, 'b']])]],

  // Binary data
  ['uint8array', () => new Uint8Array([0, 127, 255])],
  ['int8array', () => new Int8Array([-128, 0, 127])],
  ['uint16array', () => new Uint16Array([1, 65535])],
  ['int32array', () => new Int32Array([-2147483648, 2147483647])],
  ['uint32array', () => new Uint32Array([4294967295])],
  ['float32array', () => new Float32Array([1.5, -0, NaN])],
  ['float64array', () => new Float64Array([Math.PI, Math.E])],
  ['biguint64array', () => new BigUint64Array([2n ** 64n - 1n])],
  ['uint8clampedarray', () => new Uint8ClampedArray([300, -5])],
  ['big typed array', () => new Uint16Array(Array.from({ length: 140 }, (_, i) => i * 3))],
  ['typed array subclass', () => new Bytes([9, 8])],
  ['array buffer', () => new Uint8Array([1, 2, 3, 250]).buffer],
  ['big array buffer', () => new Uint8Array(Array.from({ length: 60 }, (_, i) => i)).buffer],
  ['shared array buffer', () => new SharedArrayBuffer(2)],
  ['data view', () => new DataView(new Uint8Array([5, 6, 7]).buffer)],
  ['buffer', () => Buffer.from('hello')],
  ['empty buffer', () => Buffer.alloc(0)],
  ['long buffer', () => Buffer.alloc(70, 0xab)],
  ['buffer with props', () => Object.assign(Buffer.from([1, 2]), { tag: 'b' })],
  ['buffer in object', () => ({ data: Buffer.from('xyz'), size: 3 })],

  // Other built-ins
  ['date epoch', () => new Date(0)],
  ['date', () => new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999))],
  ['date far future', () => new Date(Date.UTC(275000, 0, 1))],
  ['date negative year', () => new Date(Date.UTC(-50, 5, 15))],
  ['invalid date', () => new Date('not a date')],
  ['date with props', () => Object.assign(new Date(86400000), { note: 'x' })],
  ['date subclass', () => new Stamp(1000)],
  ['dates in array', () => [new Date(1e12), new Date(NaN)]],
  ['regexp', () => /^[a-z]+\d*$/i],
  ['regexp all flags', () => /x/dgimsuy],
  ['regexp from string', () => new RegExp('a\\/b\n')],
  ['regexp with props', () => Object.assign(/p/g, { label: 'pattern' })],
  ['regexp with lastIndex', () => {
    const r = /a/g;
    r.lastIndex = 3;
    return r;
  }],
  ['boxed number', () => new Number(-1.5)],
  ['boxed string', () => new String('boxed')],
  ['boxed empty string', () => new String('')],
  ['boxed true', () => new Boolean(true)],
  ['boxed bigint', () => Object(99n)],
  ['boxed symbol', () => Object(Symbol('bx'))],
  ['boxed string with props', () => Object.assign(new String('s'), { p: 1 })],
  ['promise resolved', () => Promise.resolve('done')],
  ['promise resolved object', () => Promise.resolve({ items: [1, 2] })],
  ['promise pending', () => new Promise(() => {})],
  ['promise rejected', () => {
    const p = Promise.reject(err(Error, 'rejected', ''));
    p.catch(() => {});
    return p;
  }],
  ['promise resolved undefined', () => Promise.resolve()],
  ['proxy of object', () => new Proxy({ target: 1 }, {})],
  ['proxy of array', () => new Proxy([1, 2, 3], {})],
  ['proxy with traps', () => new Proxy({ a: 1 }, { ownKeys() { return []; } })],
  ['proxy of class instance', () => new Proxy(new Point(3, 4), {})],
  ['globalThis-like Math', () => Math],
  ['JSON object', () => JSON],
  ['Reflect', () => Reflect],
  ['Atomics', () => Atomics],
  ['Intl collator', () => Intl],
  ['BigInt function', () => BigInt],
  ['Symbol function', () => Symbol],

  // Custom inspect
  ['custom returns string', () => ({ [util.inspect.custom]() { return 'from custom'; } })],
  ['custom returns object', () => ({ [util.inspect.custom]() { return { replaced: true }; } })],
  ['custom returns number', () => ({ [util.inspect.custom]() { return 12; } })],
  ['custom uses depth', () => ({ a: { b: { [util.inspect.custom](depth) { return `depth ${depth}`; } } } })],
  ['custom uses inspect', () => ({
    wrap: { [util.inspect.custom](depth, opts, inspect) { return `Wrapped(${inspect([1, 'two'], opts)})`; } },
  })],
  ['custom multiline', () => [{ [util.inspect.custom]() { return 'l1\nl2\nl3'; } }]],
  ['custom in map', () => new Map([['m', new Money(3)]])],

  // Node and web objects
  ['URL', () => new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash')],
  ['URL simple', () => new URL('http://localhost/')],
  ['URL file', () => new URL('file:///tmp/x.txt')],
  ['URL in object', () => ({ link: new URL('https://nodejs.org/en') })],
  ['URLSearchParams', () => new URLSearchParams('a=1&b=two&a=3')],
  ['URLSearchParams empty', () => new URLSearchParams()],
  ['URLSearchParams iterator', () => new URLSearchParams('x=1&y=2').keys()],
  ['process.versions-like', () => ({
    node: '20.11.1', acorn: '8.11.3', ada: '2.7.4', ares: '1.26.0', brotli: '1.1.0',
    cldr: '44.1', icu: '74.2', llhttp: '8.1.1', modules: '115', napi: '9', nghttp2: '1.59.0',
    openssl: '3.0.13+quic', tz: '2024a', unicode: '15.1', uv: '1.46.0', v8: '11.3.244.8-node.19',
    zlib: '1.3.0.1-motley',
  })],
  ['env-like object', () => ({ HOME: '/home/u', PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', TERM: 'xterm' })],
  ['package-like object', () => ({
    name: 'pkg', version: '1.0.0', scripts: { test: 'node test.js', build: 'tsc -p .' },
    dependencies: { a: '^1.0.0', b: '~2.3.4' }, keywords: ['x', 'y'],
  })],
  ['json parsed', () => JSON.parse('{"a":[1,{"b":null}],"c":"d","e":1.5e3}')],
  ['object from Array.prototype', () => Object.create(Array.prototype)],
  ['object from Map.prototype', () => Object.create(Map.prototype)],
  ['object from Date.prototype', () => Object.create(Date.prototype)],
  ['object from RegExp.prototype', () => Object.create(RegExp.prototype)],
  ['object from Promise.prototype', () => Object.create(Promise.prototype)],
  ['object from Uint8Array.prototype', () => Object.create(Uint8Array.prototype)],
  ['class with private fields', () => {
    class Account {
      #balance = 10;
      owner = 'ann';
      static #count = 0;
      get balance() { return this.#balance; }
    }
    return [new Account(), Account];
  }],
  ['property descriptor', () => Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x')],
  ['class descriptors', () => Object.getOwnPropertyDescriptors(class { static m() {} })],
  ['nested collections', () => new Map([[new Map([[1, 2]]), new Set([new Set([1])])]])],
  ['number array 27', () => ({ a: Array.from({ length: 27 }, (_, i) => i + 1) })],
  ['strings array 7', () => Array.from({ length: 7 }, (_, i) => `str${i}`)],
  ['objects array 7', () => Array.from({ length: 7 }, (_, i) => ({ i }))],
  ['mixed width array 30', () => Array.from({ length: 30 }, (_, i) => (i % 3 ? 'a'.repeat(i) : i))],
  ['long set entries', () => new Set(['a'.repeat(50), 'b'.repeat(50)])],
  ['long map entry', () => new Map([['a'.repeat(50), 'b'.repeat(50)]])],
  ['multiline key and value', () => ({ 'a\nb': 'c\nd' })],
  ['revoked proxy in object', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return { proxy };
  }],
  ['util.inspect function', () => util.inspect],
  ['util.inspect.custom symbol', () => util.inspect.custom],
  ['Intl.DateTimeFormat', () => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' })],
  ['AbortController', () => new AbortController()],
  ['AbortSignal', () => new AbortController().signal],
  ['AbortSignal aborted', () => {
    const c = new AbortController();
    c.abort('reason text');
    return c.signal;
  }],
  ['AbortSignal.abort', () => AbortSignal.abort(42)],
  ['EventTarget', () => new EventTarget()],
  ['EventEmitter', () => new (require('events'))()],
  ['EventEmitter with listener', () => {
    const e = new (require('events'))();
    e.on('data', function onData() {});
    return e;
  }],
  ['DOMException', () => fixStack(new DOMException('was aborted', 'AbortError'), `AbortError: was aborted${at}`)],
  ['Headers', () => new Headers({ 'Content-Type': 'text/plain', 'X-Trace': 'abc' })],
  ['Headers empty', () => new Headers()],
  ['Response', () => new Response(null, { status: 204, statusText: 'No Content' })],
  ['Blob', () => new Blob(['abc', 'de'], { type: 'text/plain' })],
  ['ReadableStream', () => new ReadableStream()],
  ['WritableStream', () => new WritableStream()],
  ['TransformStream', () => new TransformStream()],
  ['structuredClone result', () => structuredClone({ m: new Map([[1, { s: new Set([2]) }]]), d: new Date(5) })],
  ['FinalizationRegistry', () => new FinalizationRegistry(() => {})],
];

// Option sets applied to every value; each value is also printed with console.log.
const optionSets = [
  { depth: 0 },
  { depth: 1 },
  { colors: true },
  { compact: false },
  { compact: 3, breakLength: 40 },
  { compact: 3 },
  { breakLength: 40 },
  { depth: 2, colors: true, compact: false },
  { breakLength: Infinity },
  { sorted: true },
  { getters: true },
  { showHidden: true },
  { maxArrayLength: 3 },
  { maxStringLength: 8 },
  { numericSeparator: true },
];

// rode differs from node for these (see docs/compat.md, util section): the fetch classes'
// own inspect functions print `[Object]` at depth 0 where node prints their fields.
const depthZeroDiffers = new Set(['Headers', 'Response']);

// showHidden output of these depends on engine-internal own properties.
const noShowHidden = /function|class|generator|arrow|builtin|constructor|error|Math|JSON|Reflect|Atomics|Intl|BigInt|Symbol|proxy|weak|promise|URL|iterator|custom|methods|buffer|array buffer|data view/i;

function describe(options) {
  return Object.keys(options).map((k) => `${k}=${String(options[k])}`).join(',');
}

for (const [label, make] of values) {
  console.log(`### ${label}`);
  console.log(make());
  for (const options of optionSets) {
    if (options.showHidden && noShowHidden.test(label)) continue;
    if (options.depth === 0 && depthZeroDiffers.has(label)) continue;
    let out;
    try {
      out = util.inspect(make(), options);
    } catch (e) {
      out = `THREW ${e && e.name}: ${e && e.message}`;
    }
    console.log(`[${describe(options)}] ${out}`);
  }
}

// Errors with showHidden: own `stack` comes first, as V8 creates it.
console.log('### errors with showHidden');
for (const e of [
  err(Error, 'hidden keys'),
  fixStack(new Error('with cause', { cause: 'why' }), `Error: with cause${at}`),
  fixStack(new AggregateError([1, 'two'], 'agg'), `AggregateError: agg${at}`),
  err(HttpError, 'custom', undefined, { status: 500 }),
  err(RangeError, 'no stack', ''),
]) {
  console.log(util.inspect(e, { showHidden: true }));
  console.log(util.inspect(e, { showHidden: true, colors: true, compact: false }));
}

// Sloppy-mode functions (made with the Function constructor, as this file is strict) have
// own `arguments` and `caller` in node; %o shows hidden properties.
console.log('### sloppy functions and shared memory with showHidden');
const sloppy = new Function('return function sloppy(a, b) { return a + b; }')();
const sloppyWithProps = Object.assign(new Function('return function tagged() {}')(), { tag: 1 });
console.log(util.inspect(sloppy, { showHidden: true }));
console.log(util.inspect(sloppyWithProps, { showHidden: true, colors: true }));
console.log(util.inspect(sloppy, { showHidden: true, sorted: true, compact: false }));
console.log(util.inspect(Point, { showHidden: true }));
console.log(util.format('%o', sloppy));
console.log('%o', { handler: sloppy, list: [1, 2] });
console.log(util.inspect(new SharedArrayBuffer(2), { showHidden: true }));
console.log(util.inspect(new DataView(new SharedArrayBuffer(3), 1), { showHidden: true }));

// Layout (string widths, line breaking, grouping), escaping and constructor names.
console.log('### layout, escaping and constructor names');
function show(value, options) {
  console.log(util.inspect(value, options));
}
const wide = ['漢字漢字', 'ｶﾀｶﾅ', '한국어', '😀😀', '👨‍👩‍👧', 'e\u0301e\u0301', '\u200b\u200b', 'ab', 'abc', 'x', 'Ｆｕｌｌ', '🇳🇴'];
show(wide); show(wide, { colors: true }); show(wide.concat(wide), { breakLength: 40 });
show({ k: wide.join('') }, { breakLength: 20 });
show(Array.from({ length: 12 }, (_, i) => 'ø'.repeat(i)), { colors: true });
show(Array.from({ length: 12 }, (_, i) => i * 1.5), { colors: true, numericSeparator: true });
show(Array.from({ length: 12 }, (_, i) => BigInt(i) * 1000n), { numericSeparator: true });
show(new Float32Array(12).fill(-0));
show(Array.from({ length: 12 }, (_, i) => (i % 2 ? null : undefined)));
show(Array.from({ length: 12 }, (_, i) => (i % 2 ? Symbol(i) : true)));
show(Array.from({ length: 16 }, (_, i) => [i]));
show({ a: 'x'.repeat(75) }); show({ a: 'x'.repeat(76) }); show({ ab: 'x'.repeat(70), c: 1 });
show(['x'.repeat(72)]); show(['x'.repeat(73)]); show([['x'.repeat(70)]]);
show({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24 });
show({ a: { b: 1, c: 2, d: 3, e: 4 } }, { compact: 1 }); show({ a: [1, 2] }, { compact: 2 });
show({ a: { b: { c: { d: 1 } } } }, { compact: 2, depth: 5 });
show({ f: function () {}, g: () => {}, [Symbol.iterator]: function* () {} });
show({ s: 'it\'s', t: "say \"x\"", u: `both ' "`, v: 'all \' " `' });
show(new Map([['it\'s', "it's"]]));
show('\u0000\u0001\u001f\u007f\u0080\u009f\u00ad\u2028\u2029\ufeff\ud800\udfff');
show({ '\u0000': 1, [Symbol('\u0000')]: 2 });
show(Symbol('a\nb\'c'));
show(String.raw`\d+\.\s`);
show(/[\u{1F600}-\u{1F64F}]/u); show(new RegExp('\n\t/')); show(new RegExp(''));
show([1, 2, 3].keys()); show([1, 2, 3].entries()); show('abc'.matchAll(/./g));
show(Object.entries({ a: 1 })[Symbol.iterator]());
show(new Map([[1, 2]]).entries(), { showHidden: true });
show(function* () { yield 1; }());
show(Object.assign(Object.create({ x: 1 }), { y: 2 }), { showHidden: true });
show({ __proto__: { inherited: 1 }, own: 2 });
show(Object.defineProperty({}, '__proto__', { value: 5, enumerable: true }));
show({ ['__proto__']: 1 });
show([Object.create(null), Object.create(Object.prototype)]);
show({ constructor: Object });
show({ constructor: function Fake() {} });
show(Object.setPrototypeOf({ a: 1 }, Object.setPrototypeOf({}, null)));
show(Object.setPrototypeOf({ a: 1 }, { constructor: { name: 'X' } }));
function Legacy() {}
Legacy.prototype = { constructor: Legacy, m() {} };
show(new Legacy()); show(Object.create(Legacy.prototype));
function Anon() {}
Object.defineProperty(Anon, 'name', { value: '' });
show(new Anon());
class Base {}
class Derived extends Base {}
Object.defineProperty(Derived, 'name', { value: '' });
show(new Derived());
show(Object.create(new Derived()));
show(new (class extends Array {})(3));
show(new (class extends Uint8Array {})(3));

// console.log with several arguments and format strings.
console.log('### console.log forms');
console.log('plain', 1, -0, 2n, null, undefined, Symbol('a'), { a: 1 }, [1], 'str');
console.log('%s|%s|%s|%s|%s', 'str', 42, -0, 3n, Symbol('sym'));
console.log('%s|%s|%s', { a: { b: { c: 1 } } }, [1, [2]], null);
console.log('%s', new Point(1, 2), new Date(0));
console.log('%s', err(Error, 'in %s', ''));
console.log('%d|%d|%d|%d|%d', 42, '42.5', -0, 10n, 'abc');
console.log('%d', {});
console.log('%i|%i|%i|%i', 42.9, '-7.5', 3n, 'x');
console.log('%f|%f|%f|%f', '1.25', 3, -0, 'nope');
console.log('%j|%j|%j', { a: [1, 'x'] }, 'str', 5);
const circ = { c: 1 };
circ.circ = circ;
console.log('%j', circ);
console.log('%o', { a: [1, 2, { b: 3 }], f: function fn() {} });
console.log('%O', { a: { b: { c: { d: { e: 1 } } } } });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure %s', 'yes');
console.log('%s %s', 'only one');
console.log('%x %s', 'unknown', 'spec');
console.log('trailing %', 'extra', { x: 1 });
console.log(5, '%s', 'not a format');
console.log();
console.log('');
console.log(new Map([[1, 2]]), new Set([3]));
console.log(util.format('%s=%d', 'n', 7, 'rest', { r: 1 }));
console.log(util.format(1, 2, '3'));
console.log(util.formatWithOptions({ colors: true }, '%s %o', 'c', [1, 'x']));
console.log(util.formatWithOptions({ compact: false }, { a: 1, b: [2] }));
console.info('info %d', 1);
console.error('to stderr is not captured');
console.dir({ dir: { nested: { deep: { deeper: 1 } } } }, { depth: 0 });
console.dir({ dir: { nested: { deep: { deeper: 1 } } } });
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }));
console.log(util.inspect({ a: { b: 1 } }, { depth: 0.5 }));
util.inspect.defaultOptions.depth = 0;
console.log({ changed: { defaults: 1 } });
util.inspect.defaultOptions.depth = 2;
console.log(util.inspect.defaultOptions);
console.log(util.inspect.colors.red, util.inspect.styles.number, Object.keys(util.inspect.styles));
console.log(util.inspect(new Proxy({ a: 1 }, { get: () => 5 }), { showProxy: true }));
console.log(util.inspect({ p: new Proxy([1], {}) }, { showProxy: true, depth: 0 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 0 }));
console.log(util.inspect(Array.from({ length: 5 }, (_, i) => i), { maxArrayLength: -1 }));
console.log(util.inspect({ n: 1234567.891, b: 123456789n, s: -1000 }, { numericSeparator: true }));
console.log(util.inspect(new Map([['a', { b: { c: {} } }]]), { depth: 0, compact: false }));

// Other console methods that print through util.inspect/format.
console.log('### console methods');
console.group('G1');
console.log({ a: { b: [1, 2, { c: 'x'.repeat(80) }] } });
console.group();
console.log('multi\nline', new Map([[1, { deep: { er: {} } }]]));
console.groupEnd();
console.groupEnd();
console.log('%s and %o', 'x', { a: [new Set([1])] }, new Error('tail').message);
console.dir(new Map([[1, { a: { b: { c: {} } } }]]), { depth: 0, colors: false });
console.dir('str', { colors: true });
console.log(Symbol('sym'), 'after');
console.log('%s', Symbol('s2'));
console.log('a%sb%sc', 1);
console.log('%o', 'str');
console.log('%O', { a: { b: { c: { d: {} } } } });
console.log('%o', { a: { b: { c: { d: { e: {} } } } } });
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table(new Map([['k', { v: 1 }]]));
console.table([[1, 2], [3, 4]], ['0']);
console.log(new Array(3).fill({ same: 1 }));
console.debug('debug %d', 5);
console.count();
console.count('x');
console.count();
console.countReset();
console.count();
