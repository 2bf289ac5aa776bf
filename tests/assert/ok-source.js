'use strict';
// assert.ok(value) / assert(value) without a message: Node reads the failing call
// from the source file and quotes it. Messages are literal strings from Node 20.
const assert = require('assert');
const { ok, strict } = assert;

let failures = 0;
function message(fn) {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof assert.AssertionError)) throw e;
    if (e.operator !== '==' || e.actual === true || e.expected !== true) {
      failures++;
      console.error('bad error fields', e.operator, e.actual, e.expected);
    }
    return [e.message, e.generatedMessage];
  }
  return ['no throw', undefined];
}
function expect(label, got, msg, generated = true) {
  if (got[0] !== msg || got[1] !== generated) {
    failures++;
    console.error(`${label}\n  actual:   ${JSON.stringify(got)}\n  expected: ${JSON.stringify([msg, generated])}`);
  }
}
const head = 'The expression evaluated to a falsy value:\n\n  ';
const x = 0;
const obj = { a: { b: 0 } };
const id = (v) => v;

expect('assert(false)', message(() => assert(false)), `${head}assert(false)\n`);
expect('assert.ok(typeof)', message(() => assert.ok(typeof 123 === 'string')), `${head}assert.ok(typeof 123 === 'string')\n`);
expect('ok(x)', message(() => ok(x)), `${head}ok(x)\n`);
expect('strict(x)', message(() => strict(x)), `${head}strict(x)\n`);
expect('assert.strict.ok(x)', message(() => assert.strict.ok(x)), `${head}assert.strict.ok(x)\n`);
expect('member', message(() => assert(obj.a.b)), `${head}assert(obj.a.b)\n`);
expect('nested call', message(() => assert(id(0))), `${head}assert(id(0))\n`);
expect('nested calls', message(() => assert.ok(id(id(0)) === 1)), `${head}assert.ok(id(id(0)) === 1)\n`);
expect('multi-line', message(() => {
  assert.ok(
    x === 1,
    undefined
  );
}), `${head}assert.ok(\n    x === 1,\n    undefined\n  )\n`);
expect('indented', message(() => {
  assert(
      [1, 2].includes(3)
    );
}), `${head}assert(\n      [1, 2].includes(3)\n    )\n`);
expect('template', message(() => assert(`t${x}` === 'q', null)), `${head}assert(\`t\${x}\` === 'q', null)\n`);
expect('regexp with paren', message(() => assert(/\)/.test('x'))), `${head}assert(/\\)/.test('x'))\n`);
expect('string with paren', message(() => assert('a)b' === 'c')), `${head}assert('a)b' === 'c')\n`);
expect('comment with paren', message(() => assert(x /* ) */ === 1)), `${head}assert(x /* ) */ === 1)\n`);
expect('control character', message(() => assert('\u0001' === 1)), `${head}assert('\\u0001' === 1)\n`);
expect('raw control character', message(() => assert('' === 1)), `${head}assert('\\u0001\\u001b' === 1)\n`);
expect('arrow inside', message(() => assert([x].map((v) => v)[0])), `${head}assert([x].map((v) => v)[0])\n`);
expect('optional chain', message(() => assert(obj?.a?.b)), `${head}assert(obj?.a?.b)\n`);
const é = 0; expect('non-ASCII before the call', message(() => assert(é)), `${head}assert(é)\n`);
const emoji = '😀'; expect('astral before the call', message(() => assert(!emoji)), `${head}assert(!emoji)\n`);
expect('statement in block', message(() => { if (true) { assert.ok(NaN); } }), `${head}assert.ok(NaN)\n`);

// The value is quoted from the source, whatever it is.
expect('null', message(() => assert.ok(null)), `${head}assert.ok(null)\n`);
expect('empty string', message(() => assert('')), `${head}assert('')\n`);

// With a message, no source is read.
expect('message', message(() => assert.ok(0, 'given')), 'given', false);
expect('no argument', message(() => assert.ok()), 'No value argument passed to `assert.ok()`');
expect('undefined message', message(() => assert(0, undefined)), `${head}assert(0, undefined)\n`);

// An Error as message is thrown as is.
const mine = new TypeError('mine');
let thrown;
try {
  assert.ok(false, mine);
} catch (e) {
  thrown = e;
}
if (thrown !== mine) {
  failures++;
  console.error('assert.ok(false, error) did not throw the error');
}

// Code evaluated from a string has no file to read: Node prints the values.
const evaluated = message(() => new Function('assert', 'assert(0)')(assert));
expect('new Function', evaluated, '0 == true');

// Truthy values pass.
for (const v of [1, 'a', {}, [], () => {}, -1, 1n, Symbol('s')]) {
  const got = message(() => assert(v));
  if (got[0] !== 'no throw') {
    failures++;
    console.error(`assert(${typeof v}) threw: ${got[0]}`);
  }
}

if (failures !== 0) throw new Error(`${failures} assert.ok source-message checks failed`);
