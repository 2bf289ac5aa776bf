'use strict';
// Node's argument errors (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, …) as the
// events module throws them: message wording for every kind of received value,
// and the error object's shape.
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

// The shape of a Node error
{
  const err = thrown(() => new EventEmitter().on('x', 42));
  const msg = 'The "listener" argument must be of type function. Received type number (42)';
  assert.ok(err instanceof TypeError);
  assert.ok(err instanceof Error);
  assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message, msg);
  assert.strictEqual(err.toString(), `TypeError [ERR_INVALID_ARG_TYPE]: ${msg}`);
  assert.strictEqual(String(err), `TypeError [ERR_INVALID_ARG_TYPE]: ${msg}`);
  assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${msg}`);
  assert.match(err.stack.split('\n')[1], /^ {4}at /);
  assert.strictEqual(err.constructor, TypeError);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.ok(!Object.prototype.hasOwnProperty.call(err, 'name'));
  const desc = Object.getOwnPropertyDescriptor(err, 'message');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'code').enumerable, true);
  // Changing the message changes toString (but not the already made stack).
  err.message = 'changed';
  assert.strictEqual(err.toString(), 'TypeError [ERR_INVALID_ARG_TYPE]: changed');
  assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${msg}`);
}

// The stack leads back to the user's call.
{
  function userFunction() {
    new EventEmitter().on('x', null);
  }
  const err = thrown(userFunction);
  assert.match(err.stack, /\n {4}at userFunction /);
}

// How each kind of received value is described
class Foo {}
function namedFunction() {}
const received = [
  [undefined, 'undefined'],
  [null, 'null'],
  [0, 'type number (0)'],
  [-0, 'type number (-0)'],
  [1.5, 'type number (1.5)'],
  [NaN, 'type number (NaN)'],
  [Infinity, 'type number (Infinity)'],
  [-Infinity, 'type number (-Infinity)'],
  [2 ** 64, 'type number (18446744073709552000)'],
  [10n, 'type bigint (10n)'],
  [true, 'type boolean (true)'],
  [false, 'type boolean (false)'],
  ['', "type string ('')"],
  ['abc', "type string ('abc')"],
  ["it's", 'type string ("it\'s")'],
  ['a'.repeat(28), `type string ('${'a'.repeat(28)}')`],
  ['a'.repeat(29), `type string ('${'a'.repeat(25)}...')`],
  ["'".repeat(30), `type string ("${"'".repeat(25)}...")`],
  ['line\nbreak', "type string ('line\nbreak')"],
  [Symbol('sym'), 'type symbol (Symbol(sym))'],
  [Symbol(), 'type symbol (Symbol())'],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
  [new Foo(), 'an instance of Foo'],
  [new Map(), 'an instance of Map'],
  [/re/, 'an instance of RegExp'],
  [new Date(0), 'an instance of Date'],
  [new Error('e'), 'an instance of Error'],
  [new Uint8Array(1), 'an instance of Uint8Array'],
  [Promise.resolve(), 'an instance of Promise'],
  [Object.create(null), '[Object: null prototype] {}'],
  [{ constructor: { name: 'Fake' } }, 'an instance of Fake'],
];
for (const [value, description] of received) {
  const err = thrown(() => new EventEmitter().on('x', value));
  assert.strictEqual(err.message,
                     `The "listener" argument must be of type function. Received ${description}`);
}

// Functions (seen through the signal check, which wants an object)
{
  const e = new EventEmitter();
  const withFn = (signal) => thrown(() => events.on(e, 'x', { signal })).message;
  const prefix = 'The "options.signal" property must be an instance of AbortSignal. Received ';
  assert.strictEqual(withFn(namedFunction), `${prefix}function namedFunction`);
  assert.strictEqual(withFn(() => {}), `${prefix}function `); // anonymous
  assert.strictEqual(withFn(class Klass {}), `${prefix}function Klass`);
  assert.strictEqual(withFn(Math.max), `${prefix}function max`);
  assert.strictEqual(withFn(5), `${prefix}type number (5)`);
  assert.strictEqual(withFn(null), `${prefix}null`);
  // A property name (with a dot) says "property", a plain name "argument".
  assert.match(thrown(() => events.on(e, 'x', { highWaterMark: 'x' })).message,
               /^The "options\.highWaterMark" property must be of type number\./);
  assert.match(thrown(() => e.setMaxListeners('x')).message,
               /^The "setMaxListeners" argument must be of type number\./);
}

// Several accepted classes
{
  const err = thrown(() => events.setMaxListeners(1, 'nope'));
  assert.strictEqual(err.message,
                     'The "eventTargets" argument must be an instance of EventEmitter or ' +
                     "EventTarget. Received type string ('nope')");
}

// ERR_OUT_OF_RANGE: ranges, and large integers written with separators
{
  const e = new EventEmitter();
  const cases = [
    [() => e.setMaxListeners(-1), 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1'],
    [() => e.setMaxListeners(-0.5), 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -0.5'],
    [() => e.setMaxListeners(NaN), 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN'],
    [() => e.setMaxListeners(-(2 ** 40)), 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1_099_511_627_776'],
    [() => e.setMaxListeners(-4294967296), 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -4294967296'],
    [() => e.setMaxListeners(-4294967297), 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -4_294_967_297'],
    [() => events.on(e, 'x', { lowWaterMark: 0 }), 'The value of "options.lowWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0'],
    [() => events.on(e, 'x', { lowWaterMark: 2 ** 53 + 2 }), 'The value of "options.lowWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 9_007_199_254_740_994'],
    [() => events.on(e, 'x', { lowWaterMark: 0.5 }), 'The value of "options.lowWaterMark" is out of range. It must be an integer. Received 0.5'],
    [() => events.on(e, 'x', { lowWaterMark: Infinity }), 'The value of "options.lowWaterMark" is out of range. It must be an integer. Received Infinity'],
  ];
  for (const [fn, message] of cases) {
    const err = thrown(fn);
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.name, 'RangeError');
    assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.stack.split('\n')[0], `RangeError [ERR_OUT_OF_RANGE]: ${message}`);
  }
}

// Errors from different calls are distinct objects of the same class.
{
  const a = thrown(() => new EventEmitter().on('x', 1));
  const b = thrown(() => new EventEmitter().on('x', 2));
  assert.notStrictEqual(a, b);
  assert.strictEqual(Object.getPrototypeOf(a), Object.getPrototypeOf(b));
  assert.notStrictEqual(Object.getPrototypeOf(a), TypeError.prototype);
}

console.log('ok');
