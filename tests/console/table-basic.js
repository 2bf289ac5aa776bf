'use strict';
// console.table with arrays and objects: row/column order, the 'Values' column for
// primitive rows, empty cells, the `properties` filter, cell formatting (strings quoted,
// nested objects shortened), and non-object data printed as console.log would.
// Expected output in table-basic.out comes from Node 20.

console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ x: { a: 1 }, y: { b: 2 }, z: { a: 3, c: 4 } });
console.table({ r1: [1, 2, 3], r2: ['a'] });
console.table([1, 'two', null, undefined, true, 3n, Symbol('sym')]);
console.table([{ a: 1 }, 5, 'str', { b: 2 }]);
console.table([{ 10: 'ten', 2: 'two', z: 'zed', a: 'ay' }]);
console.table([{ a: 1 }, { b: 2 }, { c: 3, a: 4 }]);

// Filtering and ordering columns with `properties`.
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['c', 'a']);
console.table([{ a: 1, b: 2 }, 'primitive', { b: 3 }], ['b', 'missing']);
console.table([{ a: 1 }], []);
console.table([[10, 20, 30]], [2, 0]);

// Cell formatting.
console.table([{
  str: 'quoted',
  num: -0,
  nan: NaN,
  big: 12n,
  arr: [1, 2, 3, 4, 5],
  nestedArr: [1, [2, [3, [4]]]],
  small: { a: 1, b: { c: { d: 1 } } },
  large: { a: 1, b: 2, c: 3 },
  fn: function named() {},
  arrow: () => {},
  cls: class K {},
  date: new Date(0),
  re: /re/g,
  map: new Map([[1, 2]]),
  set: new Set(['s']),
  typed: new Uint8Array([1, 2, 3, 4]),
  nil: null,
  undef: undefined,
}]);
console.table({ multi: { v: 'line1\nline2' }, quotes: { v: "it's" }, both: { v: `"'` } });

// Inherited and non-enumerable properties are not rows or columns.
const proto = { inherited: { a: 1 } };
const withProto = Object.create(proto);
withProto.own = { a: 2 };
Object.defineProperty(withProto, 'hidden', { value: { a: 3 }, enumerable: false });
console.table(withProto);
console.table([Object.create({ inheritedColumn: 1 }, { own: { value: 'x', enumerable: true } })]);

// Empty data.
console.table([]);
console.table({});
console.table([{}, {}]);

// Functions as rows, typed arrays as data.
console.table([function f() {}, () => {}]);
console.table(new Uint8Array([7, 8, 9]));

// Not objects: printed as console.log prints them.
console.table('a string');
console.table(42);
console.table(null);
console.table(undefined);
console.table(Symbol('s'));
console.table(true);
