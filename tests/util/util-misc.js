'use strict';
// The rest of node:util: the export list and its shape, the legacy is* checks, _extend,
// toUSVString, system error names, aborted(), the transferable helpers, util.log,
// isDeepStrictEqual, TextEncoder/TextDecoder and util.types / util/types.
const assert = require('assert');
const util = require('util');

// Export names and order, as Node 20.
assert.deepStrictEqual(Object.keys(util), [
  '_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify', 'debug', 'debuglog',
  'deprecate', 'format', 'styleText', 'formatWithOptions', 'getSystemErrorMap',
  'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isBoolean', 'isBuffer',
  'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log',
  'promisify', 'stripVTControlCharacters', 'toUSVString', 'transferableAbortSignal',
  'transferableAbortController', 'aborted', 'types', 'parseEnv', 'parseArgs', 'TextDecoder',
  'TextEncoder', 'MIMEType', 'MIMEParams',
]);
for (const name of ['callbackify', 'debuglog', 'deprecate', 'format', 'styleText', 'inherits',
  'inspect', 'isBoolean', 'log', 'promisify', 'parseEnv', 'getSystemErrorName']) {
  assert.strictEqual(util[name].name, name);
}
assert.strictEqual(util.isArray, Array.isArray);
assert.strictEqual(util.isDate, util.types.isDate);
assert.strictEqual(util.isRegExp, util.types.isRegExp);
assert.strictEqual(util.types, require('util/types'));
assert.strictEqual(util.types, require('node:util/types'));
assert.strictEqual(require('node:util'), util);

// Accessor exports: getters for the abort helpers; lazily loaded values turn into data
// properties once read, and can be overwritten.
{
  const desc = Object.getOwnPropertyDescriptor(util, 'aborted');
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(util.aborted, util.aborted);
  const before = Object.getOwnPropertyDescriptor(util, 'MIMEParams');
  if (before.get) {
    assert.strictEqual(before.get.name, 'get MIMEParams');
    assert.strictEqual(before.set.name, 'set MIMEParams');
  }
  const MIMEParams = util.MIMEParams;
  assert.strictEqual(typeof MIMEParams, 'function');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(util, 'MIMEParams'),
    { value: MIMEParams, writable: true, enumerable: true, configurable: true });
}

// Legacy checks (documentation-only deprecated in Node 20: they do not warn).
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const samples = [undefined, null, 0, 1, NaN, '', 'str', true, false, Symbol('s'), 10n, [], {},
  /re/, new Date(0), new Error('e'), Object.create(Error.prototype), { [Symbol.toStringTag]: 'Error' },
  () => {}, class {}, new Uint8Array(1), new Number(1), new String('s')];
const expectations = {
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v == null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isObject: (v) => v !== null && typeof v === 'object',
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  isError: (v) => v instanceof Error || Object.prototype.toString.call(v) === '[object Error]',
  isRegExp: (v) => v instanceof RegExp,
  isDate: (v) => v instanceof Date,
  isArray: (v) => Array.isArray(v),
  isBuffer: () => false,
};
for (const [name, expected] of Object.entries(expectations)) {
  for (const v of samples) {
    assert.strictEqual(util[name](v), expected(v), `${name}(${String(typeof v === 'symbol' ? 'symbol' : v)})`);
  }
}
assert.strictEqual(util.isError({ [Symbol.toStringTag]: 'Error' }), true);
if (typeof Buffer === 'function') assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);

// _extend copies own enumerable keys onto the target and returns it.
{
  const target = { a: 1, keep: true };
  const source = Object.create({ inherited: 1 });
  Object.assign(source, { a: 2, b: 3 });
  Object.defineProperty(source, 'hidden', { value: 4, enumerable: false });
  assert.strictEqual(util._extend(target, source), target);
  assert.deepStrictEqual(target, { a: 2, keep: true, b: 3 });
  assert.strictEqual(util._extend(target, null), target);
  assert.strictEqual(util._extend(target, 'abc'), target);
  assert.deepStrictEqual(util._extend({}, ['x', 'y']), { 0: 'x', 1: 'y' });
}

// toUSVString replaces lone surrogates.
assert.strictEqual(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'), 'a\ufffdb\ufffdc\ud83d\ude00');
assert.strictEqual(util.toUSVString(12), '12');
assert.strictEqual(util.toUSVString({ toString: () => '\udfff' }), '\ufffd');

// System errors.
assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-111), 'ECONNREFUSED');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.throws(() => util.getSystemErrorName('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "err" argument must be of type number. Received type string (\'x\')',
});
for (const bad of [0, 1, -1.5, -Infinity]) {
  assert.throws(() => util.getSystemErrorName(bad), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: /^The value of "err" is out of range\. It must be a negative integer\. Received /,
  });
}
{
  const map = util.getSystemErrorMap();
  assert.ok(map instanceof Map);
  assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
  assert.deepStrictEqual(map.get(-98), ['EADDRINUSE', 'address already in use']);
  assert.notStrictEqual(util.getSystemErrorMap(), map);
}
{
  const e = util._errnoException(-2, 'open', '/nope');
  assert.strictEqual(e.message, 'open ENOENT /nope');
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.syscall, 'open');
  const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080);
  assert.strictEqual(h.message, 'connect ECONNREFUSED 127.0.0.1:8080');
  assert.strictEqual(h.address, '127.0.0.1');
  assert.strictEqual(h.port, 8080);
}

// isDeepStrictEqual.
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual([1], ['1']), false);
assert.strictEqual(util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), true);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
assert.strictEqual(util.isDeepStrictEqual(0, -0), false);

// TextEncoder / TextDecoder are the globals.
assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);
assert.deepStrictEqual([...new util.TextEncoder().encode('é')], [0xc3, 0xa9]);

// transferableAbortSignal / transferableAbortController.
assert.throws(() => util.transferableAbortSignal({}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
assert.ok(util.transferableAbortSignal(new AbortController().signal) instanceof AbortSignal);
assert.ok(util.transferableAbortController() instanceof AbortController);

// util.log prefixes a timestamp and goes through console.log.
{
  const lines = [];
  const realLog = console.log;
  console.log = (...args) => lines.push(util.format(...args));
  try {
    util.log('hello %s', 'world', 42);
  } finally {
    console.log = realLog;
  }
  assert.strictEqual(lines.length, 1);
  assert.match(lines[0], /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - hello world 42$/);
}

(async () => {
  // aborted(signal, resource) resolves when the signal aborts (with the abort event).
  const ac = new AbortController();
  const resource = {};
  let settled = false;
  const p = util.aborted(ac.signal, resource).then((v) => { settled = true; return v; });
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(settled, false);
  ac.abort();
  const event = await p;
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(await util.aborted(AbortSignal.abort(), resource), undefined);
  assert.strictEqual(await util.aborted(AbortSignal.abort(), () => {}), undefined);
  assert.strictEqual(await util.aborted(AbortSignal.abort(), []), undefined);
  // Validation errors are rejections, not throws.
  const rejected = util.aborted();
  assert.ok(rejected instanceof Promise);
  await assert.rejects(rejected, {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  await assert.rejects(util.aborted({}, resource), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
  });
  for (const bad of [undefined, null, 1, 'x']) {
    await assert.rejects(util.aborted(ac.signal, bad), {
      code: 'ERR_INVALID_ARG_TYPE', message: /^The "resource" argument must be of type object\. Received /,
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(warnings, []);
  console.log('util misc ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
