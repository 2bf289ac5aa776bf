'use strict';
// util.format and util.formatWithOptions over many format strings and arguments.
// Expected output in format-matrix.out comes from Node 20.
const util = require('util');

class WithToString {
  toString() {
    return 'custom toString';
  }
}
class Plain {
  constructor() {
    this.p = 1;
  }
}
class WithToPrimitive {
  [Symbol.toPrimitive]() {
    return 'from toPrimitive';
  }
}
class DateChild extends Date {}

const circular = { name: 'c' };
circular.self = circular;

const err = new Error('formatted');
Object.defineProperty(err, 'stack', {
  value: 'Error: formatted\n    at fn (/x.js:1:1)', configurable: true, writable: true,
});

const cases = [
  [],
  [''],
  ['plain string'],
  ['%s'],
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 10n],
  ['%s', null],
  ['%s', undefined],
  ['%s', true],
  ['%s', Symbol('sym')],
  ['%s', { a: 1, b: { c: { d: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new WithToString()],
  ['%s', new Plain()],
  ['%s', new WithToPrimitive()],
  ['%s', { toString() { return 'own toString'; } }],
  ['%s', new Date(0)],
  ['%s', new DateChild(0)],
  ['%s', err],
  ['%s', /re/g],
  ['%s', function named() {}],
  ['%s', Object.create(null)],
  ['%s', new Map([[1, 2]])],
  ['%s', new Proxy({ a: 1 }, {})],
  ['%s:%s', 'a'],
  ['%s:%s', 'a', 'b', 'c'],
  ['%d', 42],
  ['%d', '42'],
  ['%d', '0x10'],
  ['%d', -0],
  ['%d', 1.5],
  ['%d', 10n],
  ['%d', Symbol('s')],
  ['%d', {}],
  ['%d', ''],
  ['%d', null],
  ['%i', 42.9],
  ['%i', '42.9abc'],
  ['%i', -0.5],
  ['%i', 10n],
  ['%i', Symbol('s')],
  ['%i', 'abc'],
  ['%f', '3.25xyz'],
  ['%f', 1e21],
  ['%f', Symbol('s')],
  ['%f', -0],
  ['%f', 'abc'],
  ['%j', { a: [1, 'x'] }],
  ['%j', circular],
  ['%j', undefined],
  ['%j', 'str'],
  ['%j', { toJSON() { return 'json'; } }],
  ['%o', { a: [1, 2], f() {} }],
  ['%o', [1, 2, 3]],
  ['%o', { deep: { er: { still: { more: { five: 5 } } } } }],
  ['%O', { a: [1, 2], deep: { er: { still: { more: 1 } } } }],
  ['%O', 'str'],
  ['%c', 'color: red'],
  ['a%cb%cc', 'css1', 'css2'],
  ['100%'],
  ['100%%'],
  ['100%%', 1],
  ['%%s %s', 'x'],
  ['%x %s', 'y'],
  ['%', 1],
  ['%s%', 1],
  ['%s %d %i %f %j %o %O %c %%', 's', 2, 3, 4.5, [6], { o: 7 }, { O: 8 }, 'c'],
  ['no placeholders', 1, 'two', { three: 3 }, [4], null, undefined],
  ['%s', 'a', 'b', { c: 1 }],
  [1, 2, 3],
  [{ a: 1 }, 'str', 5],
  [null, undefined],
  [Symbol('first'), 'x'],
  ['%s', 'line\nbreak'],
  ['multi\nline %s', 'x'],
  ['%s %s', '%s', 'literal'],
  ['%d%d', 1, 2],
  ['%s', 1234567.891],
];

for (const args of cases) {
  let out;
  try {
    out = util.format(...args);
  } catch (e) {
    out = `THREW ${e.name}: ${e.message}`;
  }
  console.log(JSON.stringify(out));
}

console.log('=== formatWithOptions');
const withOptions = [
  [{ colors: true }, '%s %O %o', 'x', { a: 1 }, [1]],
  [{ colors: true }, 1, 'two', { three: [3] }],
  [{ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321.5, 1234.5678, 12345678],
  [{ numericSeparator: true }, 123456789n, '%d', 1234567n],
  [{ depth: 0 }, { a: { b: 1 } }, '%O', { c: { d: 1 } }],
  [{ compact: false }, '%o', { a: 1 }],
  [{ breakLength: 20 }, { alpha: 1, beta: 2, gamma: 3 }],
  [[], 'arrays are accepted as options %s', 'x'],
];
for (const args of withOptions) {
  console.log(JSON.stringify(util.formatWithOptions(...args)));
}

console.log('=== errors');
for (const bad of [null, undefined, 'str', 1, true]) {
  try {
    util.formatWithOptions(bad, 'x');
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
