'use strict';
// JSON.parse's SyntaxError messages are V8's: the expected token, the unexpected character
// with the source around it, the whole-source names ("undefined" …), UTF-16 positions.
// Node 22+ (V8 12+) add " (line L column C)" after a position; node 20 doesn't, so the
// comparison leaves it out and checks it separately where present.
const assert = require('assert');

const cases = [
  ["{bad", "Expected property name or '}' in JSON at position 1"],
  ["[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"],
  ["", "Unexpected end of JSON input"],
  ["{\"a\":1,}", "Expected double-quoted property name in JSON at position 7"],
  ["tru", "Unexpected end of JSON input"],
  ["\"abc", "Unterminated string in JSON at position 4"],
  ["{\"a\" 1}", "Expected ':' after property name in JSON at position 5"],
  ["\n\n  x", "Unexpected token 'x', \"\n\n  x\" is not valid JSON"],
  ["{\"a\":1}x", "Unexpected non-whitespace character after JSON at position 7"],
  ["[1 2]", "Expected ',' or ']' after array element in JSON at position 3"],
  ["01", "Unexpected number in JSON at position 1"],
  ["\"\\x\"", "Bad escaped character in JSON at position 2"],
  ["{\"a\":\u0001}", "Unexpected token '\u0001', \"{\"a\":\u0001}\" is not valid JSON"],
  ["nul", "Unexpected end of JSON input"],
  ["-", "No number after minus sign in JSON at position 1"],
  ["1e", "Exponent part is missing a number in JSON at position 2"],
  ["{\"a\":1", "Expected ',' or '}' after property value in JSON at position 6"],
  ["[", "Unexpected end of JSON input"],
  ["undefined", "\"undefined\" is not valid JSON"],
  ["{'a':1}", "Expected property name or '}' in JSON at position 1"],
  ["\"a\nb\"", "Bad control character in string literal in JSON at position 2"],
  ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Unexpected token 'a', \"aaaaaaaaaa\"... is not valid JSON"],
  ["{", "Expected property name or '}' in JSON at position 1"],
  ["{\"a\":1,", "Expected double-quoted property name in JSON at position 7"],
  ["[", "Unexpected end of JSON input"],
  ["[1,", "Unexpected end of JSON input"],
  ["\"ab", "Unterminated string in JSON at position 3"],
  ["truex", "Unexpected non-whitespace character after JSON at position 4"],
  ["[truex]", "Expected ',' or ']' after array element in JSON at position 5"],
  ["falsy", "Unexpected token 'y', \"falsy\" is not valid JSON"],
  ["nulL", "Unexpected token 'L', \"nulL\" is not valid JSON"],
  ["Infinity", "\"Infinity\" is not valid JSON"],
  ["NaN", "\"NaN\" is not valid JSON"],
  ["[object Object]", "\"[object Object]\" is not valid JSON"],
  ["{\"k\": undefined}", "Unexpected token 'u', \"{\"k\": undefined}\" is not valid JSON"],
  ["   ", "Unexpected end of JSON input"],
  ["{\"a\":1}}", "Unexpected non-whitespace character after JSON at position 7"],
  ["\"\u00e9\" x", "Unexpected non-whitespace character after JSON at position 4"],
  ["\u00e9", "Unexpected token '\u00e9', \"\u00e9\" is not valid JSON"],
  ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]yyyyyyyyyyyyyyyy", "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON"],
  ["{\"long key here\": 12345, \"other\": tru}", "Unexpected token '}', ...\"ther\": tru}\" is not valid JSON"],
  ["-01", "Unexpected number in JSON at position 2"],
  ["-", "No number after minus sign in JSON at position 1"],
  ["[-]", "No number after minus sign in JSON at position 2"],
  ["1.", "Unterminated fractional number in JSON at position 2"],
  [".5", "Unexpected token '.', \".5\" is not valid JSON"],
];

const lineColumn = / \(line (\d+) column (\d+)\)$/;
let withLineColumn = 0;
for (const [source, expected] of cases) {
  let message;
  try {
    JSON.parse(source);
  } catch (err) {
    assert.ok(err instanceof SyntaxError);
    message = err.message;
  }
  assert.strictEqual(message.replace(lineColumn, ''), expected, JSON.stringify(source));
  const m = lineColumn.exec(message);
  if (m) {
    withLineColumn++;
    // One line here: the column is the position plus one.
    const position = Number(/at position (\d+)/.exec(message)[1]);
    assert.deepStrictEqual([Number(m[1]), Number(m[2])], [1, position + 1], JSON.stringify(source));
  }
}
// Lines and columns after line breaks (V8 12+).
if (withLineColumn > 0) {
  for (const [source, expected] of [
    ['{\n  "a": 1,\n  b: 2\n}', "Expected double-quoted property name in JSON at position 14 (line 3 column 3)"],
    ['[1,\r\n2 3]', "Expected ',' or ']' after array element in JSON at position 7 (line 2 column 3)"],
    ['["\u{1F600}" x]', "Expected ',' or ']' after array element in JSON at position 6 (line 1 column 7)"],
  ]) {
    assert.throws(() => JSON.parse(source), { name: 'SyntaxError', message: expected });
  }
}
console.log('ok');
