'use strict';
// util.inspect's public surface: inspect.custom, defaultOptions, colors, styles, option
// handling, and util.stripVTControlCharacters.
const assert = require('assert');
const util = require('util');
const { inspect } = util;

// inspect.custom is the registered symbol.
assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.deepStrictEqual(Object.keys(inspect), ['custom', 'colors', 'styles']);

// defaultOptions: the documented defaults, validated on assignment, merged not replaced.
const defaults = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
assert.deepStrictEqual({ ...inspect.defaultOptions }, defaults);
for (const bad of [null, [], 1, 'str', undefined, true]) {
  assert.throws(() => { inspect.defaultOptions = bad; }, {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => { inspect.defaultOptions = { notAnOption: 1 }; }, TypeError);
assert.deepStrictEqual({ ...inspect.defaultOptions }, defaults);

inspect.defaultOptions = { depth: 0 };
assert.strictEqual(inspect.defaultOptions.depth, 0);
assert.strictEqual(inspect.defaultOptions.compact, 3);
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.format('%O', { a: { b: 1 } }), '{ a: [Object] }');
// Explicit options still win.
assert.strictEqual(inspect({ a: { b: 1 } }, { depth: 1 }), '{ a: { b: 1 } }');
inspect.defaultOptions = { depth: 2, breakLength: 20 };
assert.strictEqual(inspect({ alpha: 1, beta: 2, gamma: 3 }), '{\n  alpha: 1,\n  beta: 2,\n  gamma: 3\n}');
inspect.defaultOptions = { breakLength: 80 };
assert.deepStrictEqual({ ...inspect.defaultOptions }, defaults);

inspect.defaultOptions = { numericSeparator: true };
assert.strictEqual(util.format('%d', 1234567), '1_234_567');
assert.strictEqual(inspect(1234567.1234), '1_234_567.123_4');
inspect.defaultOptions = { numericSeparator: false };
assert.strictEqual(util.format('%d', 1234567), '1234567');

// colors: [set, reset] pairs with aliases that are not enumerable.
assert.deepStrictEqual(inspect.colors.red, [31, 39]);
assert.deepStrictEqual(inspect.colors.bgBlue, [44, 49]);
assert.deepStrictEqual(inspect.colors.bold, [1, 22]);
assert.strictEqual(inspect.colors.grey, inspect.colors.gray);
assert.strictEqual(inspect.colors.faint, inspect.colors.dim);
assert.strictEqual(inspect.colors.swapColors, inspect.colors.inverse);
assert.strictEqual(Object.keys(inspect.colors).includes('grey'), false);
assert.strictEqual(Object.getPrototypeOf(inspect.colors), null);
assert.strictEqual(Object.getPrototypeOf(inspect.styles), null);
assert.deepStrictEqual({ ...inspect.styles }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// Styles and colours are read when used.
inspect.styles.number = 'red';
assert.strictEqual(inspect(5, { colors: true }), '\u001b[31m5\u001b[39m');
inspect.styles.number = 'yellow';
assert.strictEqual(inspect(5, { colors: true }), '\u001b[33m5\u001b[39m');
inspect.styles.name = 'blue';
assert.strictEqual(inspect({ a: 1 }, { colors: true }),
                   '{ \u001b[34ma\u001b[39m: \u001b[33m1\u001b[39m }');
delete inspect.styles.name;
inspect.styles.string = 'not a colour';
assert.strictEqual(inspect('s', { colors: true }), "'s'");
inspect.styles.string = 'green';

// A user stylize function is used as it is.
assert.strictEqual(inspect([1, 'a', null], { stylize: (s, t) => `<${t}>${s}` }),
                   "[ <number>1, <string>'a', <null>null ]");

// Legacy positional arguments: (value, showHidden, depth, colors).
assert.strictEqual(inspect({ a: { b: { c: {} } } }, false, 0), '{ a: [Object] }');
assert.strictEqual(inspect([1], true), '[ 1, [length]: 1 ]');
assert.strictEqual(inspect(1, false, 2, true), '\u001b[33m1\u001b[39m');

// Options given to custom inspect functions.
let seen;
inspect({ [inspect.custom](depth, options, inspectFn) {
  seen = { depth, options, inspectFn };
  return '';
} }, { depth: 5, extra: 'kept', breakLength: 50 });
assert.strictEqual(seen.depth, 5);
assert.strictEqual(seen.inspectFn, inspect);
assert.strictEqual(seen.options.extra, 'kept');
assert.strictEqual(seen.options.breakLength, 50);
assert.strictEqual(typeof seen.options.stylize, 'function');
for (const key of Object.keys(defaults)) assert.ok(key in seen.options, key);
// Nested values see the remaining depth.
inspect({ a: { b: { [inspect.custom](depth) { seen = depth; return ''; } } } });
assert.strictEqual(seen, 0);
inspect({ a: { [inspect.custom](depth) { seen = depth; return ''; } } }, { depth: null });
assert.strictEqual(seen, null);

// stripVTControlCharacters
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;4mx\u001b[0m y'), 'x y');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;http://a\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(util.stripVTControlCharacters('plain'), 'plain');
assert.strictEqual(util.stripVTControlCharacters(inspect({ a: [1, 'x'] }, { colors: true })),
                   inspect({ a: [1, 'x'] }));
assert.throws(() => util.stripVTControlCharacters(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});

// Inspecting does not run getters, proxy traps or iterators unless asked to.
let touched = false;
const quiet = {
  get g() { touched = true; return 1; },
  map: new Map([[1, 2]]).entries(),
  proxy: new Proxy({}, { get() { touched = true; }, ownKeys() { touched = true; return []; } }),
};
inspect(quiet, { showHidden: true, depth: 5 });
assert.strictEqual(touched, false);
assert.deepStrictEqual(quiet.map.next().value, [1, 2]);
assert.strictEqual(inspect({ get g() { return 'ran'; } }, { getters: true }), "{ g: [Getter: 'ran'] }");
