'use strict';
// util.parseEnv: the .env format (expected results from Node 20): comments, quotes,
// backslash-n expansion in double quotes, export prefixes, empty and malformed lines, and the
// order of the result's keys.
const assert = require('assert');
const { parseEnv } = require('util');

const cases = [
  [ '', {} ],
  [ 'A=1', { A: '1' } ],
  [ 'A=1\nB=2', { A: '1', B: '2' } ],
  [ 'A=1\r\nB=2\r\n', { A: '1', B: '2' } ],
  [ ' A = 1 ', { A: '1' } ],
  [ 'export A=1', { A: '1' } ],
  [ 'export  A=1', { ' A': '1' } ],
  [ 'A=x # comment', { A: 'x' } ],
  [ 'A=x#comment', { A: 'x' } ],
  [ '# only a comment', {} ],
  [ '# c\nA=1\n# d', { A: '1' } ],
  [ 'A="double"', { A: 'double' } ],
  [ "A='single'", { A: 'single' } ],
  [ 'A=`back`', { A: 'back' } ],
  [ 'A="x\\ny"', { A: 'x\ny' } ],
  [ "A='x\\ny'", { A: 'x\\ny' } ],
  [ 'A=`x\\ny`', { A: 'x\\ny' } ],
  [ 'A="multi\nline"\nB=2', { A: 'multi\nline', B: '2' } ],
  [ "A='multi\nline'", { A: 'multi\nline' } ],
  [ 'A="has # hash"', { A: 'has # hash' } ],
  [ "A='#'", { A: '#' } ],
  [ 'A="unclosed\nB=2', { A: '"unclosed', B: '2' } ],
  [ 'A="unclosed', {} ],
  [ "A='", {} ],
  [ 'A=', { A: '' } ],
  [ 'A=\nB=', { A: '', B: '' } ],
  [ 'A=  \nB=x', { A: '', B: 'x' } ],
  [ 'A= "spaced"', { A: 'spaced' } ],
  [ 'A="q" trailing\nB=1', { A: 'q', B: '1' } ],
  [ 'A=1=2', { A: '1=2' } ],
  [ 'A=a b  c  ', { A: 'a b  c' } ],
  [ 'A=\ttab', { A: '\ttab' } ],
  [ 'A=1\nA=2', { A: '2' } ],
  [ 'NO_EQUALS\nB=1', { 'NO_EQUALS\nB': '1' } ],
  [ '=value\nB=1', {} ],
  [ 'B=1\n=value\nC=2', { B: '1' } ],
  [ 'A=1\n\n\nB=2', { A: '1', B: '2' } ],
  [
    'zeta=1\nalpha=2\nMid=3\n10=a\n9=b',
    { '9': 'b', '10': 'a', Mid: '3', alpha: '2', zeta: '1' }
  ],
  [ 'é=1\ne=2\nz=3', { e: '2', z: '3', 'é': '1' } ],
  [ 'A.B-C_D=dots', { 'A.B-C_D': 'dots' } ],
  [ 'A="a"b"', { A: 'a' } ],
  [ `A='a"b'`, { A: 'a"b' } ],
  [ 'A="\\\\n"', { A: '\\\n' } ],
  [ 'KEY=value\n =x', { '\n': 'x', KEY: 'value' } ],
  [ 'A=1\n#c=d\nB=2', { A: '1', B: '2' } ],
  [ 'exportA=1', { exportA: '1' } ]
];

for (const [input, expected] of cases) {
  const result = parseEnv(input);
  assert.strictEqual(Object.getPrototypeOf(result), Object.prototype, JSON.stringify(input));
  assert.deepStrictEqual(Object.entries(result), Object.entries(expected), JSON.stringify(input));
}

for (const bad of [undefined, null, 1, new Uint8Array(1), {}]) {
  assert.throws(() => parseEnv(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: /^The "content" argument must be of type string\. Received / });
}

console.log('parseEnv ok');
