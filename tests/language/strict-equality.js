'use strict';
// === and !== over every pair of value kinds (rode answers most of them inside the
// interpreter loop: vendor/rquickjs-sys/RODE-PATCH.md). The expected output is node's.
const obj = {};
const sym = Symbol('s');
const big = 2n ** 70n;
const rope = ['ab', 'cd'].join('') + 'x'.repeat(300);
const values = [
  ['undefined', undefined], ['null', null], ['true', true], ['false', false],
  ['0', 0], ['-0', -0], ['1', 1], ['1.5', 1.5], ['NaN', NaN], ['2**31', 2 ** 31],
  ['"1"', '1'], ['""', ''], ['"abc"', 'abc'], ['"abc" built', ['a', 'b', 'c'].join('')],
  ['long', rope], ['long built', 'abcd' + 'x'.repeat(300)],
  ['obj', obj], ['{}', {}], ['sym', sym], ['Symbol()', Symbol('s')],
  ['1n', 1n], ['big', big], ['big built', 2n ** 70n], ['fn', function f() {}],
];
const rows = [];
for (const [na, a] of values) {
  let line = '';
  for (const [, b] of values) {
    const eq = a === b;
    const neq = a !== b;
    if (eq === neq) throw new Error(`=== and !== agree for ${na}`);
    line += eq ? '1' : '0';
  }
  rows.push(`${na.padEnd(12)} ${line}`);
}
console.log(rows.join('\n'));
// Inside a hot loop and with values that must be freed.
let hits = 0;
for (let i = 0; i < 10000; i++) {
  const s = `k${i % 3}`;
  if (s === 'k1') hits++;
  if ({} !== obj) hits++;
  if (undefined !== s) hits++;
}
console.log(hits);
