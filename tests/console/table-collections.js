'use strict';
// console.table with Maps, Sets and their iterators: '(iteration index)', 'Key' and
// 'Values' columns; iterators are shown from where they are, without being advanced.
// Expected output in table-collections.out comes from Node 20.

const map = new Map([['a', 1], [{ k: 1 }, [1, 2]], [3, 'three'], [null, { a: 1, b: 2, c: 3 }]]);
console.table(map);
console.table(map, ['ignored']);
console.table(new Set([1, 'a', { b: 2 }, [1, 2, 3, 4, 5]]));
console.table(new Map());
console.table(new Set());

console.table(map.entries());
console.table(map.keys());
console.table(map.values());
const set = new Set(['x', 'y']);
console.table(set.values());
console.table(set.entries());

const partly = new Map([['one', 1], ['two', 2], ['three', 3]]).entries();
partly.next();
console.table(partly);
console.log(partly.next().value);

// Objects whose values are Maps and Sets.
console.table({ m: { inner: new Map([['k', 'v']]) }, s: { inner: new Set([1]) } });
console.table([new Map([['a', 1]]), new Set([2])]);
