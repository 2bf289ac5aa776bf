'use strict';
// Node-API primitive values: create/get, strings, symbols, BigInt, dates, typeof,
// coercion, strict equality, and the exact napi_status of failing calls.
const assert = require('assert');
const a = require('./_addon').load('values');

// napi_status numbers (js_native_api_types.h)
const ok = 0, invalid_arg = 1, object_expected = 2, string_expected = 3,
  number_expected = 6, boolean_expected = 7, bigint_expected = 17, date_expected = 18;

// --- creation ---
const c = a.created();
assert.strictEqual(c.int32, -5);
assert.strictEqual(c.int32min, -2147483648);
assert.strictEqual(c.uint32max, 4294967295);
assert.strictEqual(c.int64, 9007199254740992); // 2**53+1 rounds to a double
assert.strictEqual(c.int64neg, -42);
assert.strictEqual(c.double, 0.5);
assert.ok(Object.is(c.negzero, -0));
assert.ok(Number.isNaN(c.nan));
assert.strictEqual(c.neginf, -Infinity);
assert.strictEqual(c.true, true);
assert.strictEqual(c.false, false);
assert.strictEqual(c.null, null);
assert.ok('undefined' in c);
assert.strictEqual(c.undefined, undefined);
assert.strictEqual(c.global, globalThis);

// --- number getters: [status, value] ---
const num = (v) => [a.getInt32(v), a.getUint32(v), a.getInt64(v), a.getDouble(v)];
assert.deepStrictEqual(num(1.9), [[ok, 1], [ok, 1], [ok, 1n], [ok, 1.9]]);
assert.deepStrictEqual(num(-1.9), [[ok, -1], [ok, 4294967295], [ok, -1n], [ok, -1.9]]);
assert.deepStrictEqual(num(2 ** 31), [[ok, -2147483648], [ok, 2147483648], [ok, 2147483648n], [ok, 2 ** 31]]);
assert.deepStrictEqual(num(2 ** 32 + 5), [[ok, 5], [ok, 5], [ok, 4294967301n], [ok, 4294967301]]);
assert.deepStrictEqual(num(-1), [[ok, -1], [ok, 4294967295], [ok, -1n], [ok, -1]]);
assert.deepStrictEqual(num(2 ** 53 + 2), [[ok, 2], [ok, 2], [ok, 9007199254740994n], [ok, 2 ** 53 + 2]]);
// Out of int64 range: saturates. int32/uint32: modulo 2**32.
assert.deepStrictEqual(num(1e20), [[ok, 1661992960], [ok, 1661992960], [ok, 9223372036854775807n], [ok, 1e20]]);
assert.deepStrictEqual(num(-1e20), [[ok, -1661992960], [ok, 2632974336], [ok, -9223372036854775808n], [ok, -1e20]]);
// Non-finite numbers give 0 (double passes them through).
for (const v of [NaN, Infinity, -Infinity]) {
  const [i32, u32, i64, d] = num(v);
  assert.deepStrictEqual([i32, u32, i64], [[ok, 0], [ok, 0], [ok, 0n]]);
  assert.ok(Object.is(d[1], v));
}
assert.ok(Object.is(a.getDouble(-0)[1], -0));
assert.deepStrictEqual(a.getInt32(-0), [ok, 0]);
// Wrong type: napi_number_expected, result untouched (the C side preset 12345).
for (const v of ['1', null, undefined, 1n, {}, new Number(3)]) {
  assert.deepStrictEqual(num(v), [[number_expected, 12345], [number_expected, 12345],
    [number_expected, 12345n], [number_expected, 12345]]);
}
assert.deepStrictEqual(a.getBool(true), [ok, true]);
assert.deepStrictEqual(a.getBool(false), [ok, false]);
assert.deepStrictEqual(a.getBool(0), [boolean_expected, true]);
assert.deepStrictEqual(a.getBool(null), [boolean_expected, true]);
assert.deepStrictEqual(a.getBool(new Boolean(false)), [boolean_expected, true]);

// --- strings ---
assert.deepStrictEqual({ ...a.createStrings() }, {
  utf8: 'héllo 🌍',
  utf8len3: 'abc',
  utf8nul: 'a\0b',
  utf8empty: '',
  latin1: 'caf\u00e9\u00ff',
  latin1len2: 'ca',
  utf16: 'h\u00e9\u{1f30d}!',
  utf16len3: 'h\u00e9\ud83c',
});
// [NULL str with length 3, NULL str with length 0, length > INT_MAX, NULL result]
assert.deepStrictEqual(a.badStrings(), [invalid_arg, ok, invalid_arg, invalid_arg]);

// getUtf8(str, bufsize) -> [status, copied, result]; bufsize -1 means a NULL buffer.
assert.deepStrictEqual(a.getUtf8('héllo', -1), [ok, null, 6]); // byte length, no NUL
assert.deepStrictEqual(a.getUtf8('', -1), [ok, null, 0]);
assert.deepStrictEqual(a.getUtf8('héllo', 0), [ok, null, 0]); // buffer of size 0: result 0
assert.deepStrictEqual(a.getUtf8('héllo', 1), [ok, '', 0]); // room for the NUL only
assert.deepStrictEqual(a.getUtf8('héllo', 2), [ok, 'h', 1]);
// A multi-byte character that doesn't fit whole is left out entirely.
assert.deepStrictEqual(a.getUtf8('héllo', 3), [ok, 'h', 1]);
assert.deepStrictEqual(a.getUtf8('héllo', 4), [ok, 'hé', 3]);
assert.deepStrictEqual(a.getUtf8('héllo', 7), [ok, 'héllo', 6]);
assert.deepStrictEqual(a.getUtf8('héllo', 64), [ok, 'héllo', 6]);
assert.deepStrictEqual(a.getUtf8('h🌍x', -1), [ok, null, 6]);
assert.deepStrictEqual(a.getUtf8('h🌍x', 5), [ok, 'h', 1]);
assert.deepStrictEqual(a.getUtf8('h🌍x', 6), [ok, 'h🌍', 5]);
assert.deepStrictEqual(a.getUtf8('a\0b', 10), [ok, 'a\0b', 3]);
assert.deepStrictEqual(a.getUtf8(5, 10), [string_expected, null, 999]);
assert.deepStrictEqual(a.getUtf8(new String('s'), 10), [string_expected, null, 999]);

// getLatin1 -> [status, bytes incl. terminator, result]; chars > 0xff keep their low byte.
assert.deepStrictEqual(a.getLatin1('café€', -1), [ok, [], 5]);
assert.deepStrictEqual(a.getLatin1('café€', 10), [ok, [99, 97, 102, 0xe9, 0xac, 0], 5]);
assert.deepStrictEqual(a.getLatin1('café€', 3), [ok, [99, 97, 0], 2]);
assert.deepStrictEqual(a.getLatin1('abc', 1), [ok, [0], 0]);
assert.deepStrictEqual(a.getLatin1('abc', 0), [ok, [], 0]);
assert.deepStrictEqual(a.getLatin1(true, 10), [string_expected, [], 999]);

// getUtf16 -> [status, code units incl. terminator, result]; counts are in code units,
// and truncation may split a surrogate pair.
assert.deepStrictEqual(a.getUtf16('h🌍x', -1), [ok, [], 4]);
assert.deepStrictEqual(a.getUtf16('h🌍x', 10), [ok, [104, 0xd83c, 0xdf0d, 120, 0], 4]);
assert.deepStrictEqual(a.getUtf16('h🌍x', 3), [ok, [104, 0xd83c, 0], 2]);
assert.deepStrictEqual(a.getUtf16('h🌍x', 2), [ok, [104, 0], 1]);
assert.deepStrictEqual(a.getUtf16('abc', 0), [ok, [], 0]);
assert.deepStrictEqual(a.getUtf16(Symbol(), 10), [string_expected, [], 999]);

// --- symbols ---
{
  const [st, s] = a.createSymbol('desc');
  assert.strictEqual(st, ok);
  assert.strictEqual(typeof s, 'symbol');
  assert.strictEqual(s.description, 'desc');
  assert.notStrictEqual(s, a.createSymbol('desc')[1]);
  const [st2, s2] = a.createSymbol(undefined);
  assert.strictEqual(st2, ok);
  assert.strictEqual(typeof s2, 'symbol');
  assert.strictEqual(s2.description, undefined);
  assert.strictEqual(s2.toString(), 'Symbol()');
  assert.deepStrictEqual(a.createSymbol(5), [string_expected, undefined]);
  assert.deepStrictEqual(a.createSymbol(Symbol('x')), [string_expected, undefined]);
  assert.strictEqual(a.symbolFor(), Symbol.for('rode.napi.key'));
}

// --- BigInt ---
assert.deepStrictEqual({ ...a.createBigints() }, {
  int64min: -(2n ** 63n),
  minus1: -1n,
  uint64max: 2n ** 64n - 1n,
  words: -(2n ** 64n + 3n),
  negzero: 0n,
  leadingZeros: 5n,
  noWords: 0n,
});
// [status, value, lossless]
assert.deepStrictEqual(a.getBigintInt64(5n), [ok, 5n, true]);
assert.deepStrictEqual(a.getBigintInt64(-(2n ** 63n)), [ok, -(2n ** 63n), true]);
assert.deepStrictEqual(a.getBigintInt64(2n ** 63n - 1n), [ok, 2n ** 63n - 1n, true]);
assert.deepStrictEqual(a.getBigintInt64(2n ** 63n), [ok, -(2n ** 63n), false]);
assert.deepStrictEqual(a.getBigintInt64(2n ** 64n + 5n), [ok, 5n, false]);
assert.deepStrictEqual(a.getBigintInt64(2n ** 64n - 1n), [ok, -1n, false]);
assert.deepStrictEqual(a.getBigintUint64(5n), [ok, 5n, true]);
assert.deepStrictEqual(a.getBigintUint64(-5n), [ok, 2n ** 64n - 5n, false]);
assert.deepStrictEqual(a.getBigintUint64(-1n), [ok, 2n ** 64n - 1n, false]);
assert.deepStrictEqual(a.getBigintUint64(2n ** 64n - 1n), [ok, 2n ** 64n - 1n, true]);
assert.deepStrictEqual(a.getBigintUint64(2n ** 64n + 5n), [ok, 5n, false]);
assert.deepStrictEqual(a.getBigintInt64(5), [bigint_expected, 777n, false]);
assert.deepStrictEqual(a.getBigintUint64('5'), [bigint_expected, 777n, false]);
// getBigintWords(v, capacity) -> [status, sign, word_count, words]; capacity -1 = count query
// (NULL sign and words: sign stays at the preset 7).
const big = -(2n ** 64n + 3n);
assert.deepStrictEqual(a.getBigintWords(big, -1), [ok, 7, 2, []]);
assert.deepStrictEqual(a.getBigintWords(big, 4), [ok, 1, 2, [3n, 1n, 111n, 111n]]);
// Too small a buffer: fills what fits; word_count says how many are needed.
assert.deepStrictEqual(a.getBigintWords(big, 1), [ok, 1, 2, [3n]]);
assert.deepStrictEqual(a.getBigintWords(5n, 0), [ok, 0, 1, []]);
assert.deepStrictEqual(a.getBigintWords(0n, -1), [ok, 7, 0, []]);
assert.deepStrictEqual(a.getBigintWords(0n, 2), [ok, 0, 0, [111n, 111n]]);
assert.deepStrictEqual(a.getBigintWords(2n ** 64n, 2), [ok, 0, 2, [0n, 1n]]);
assert.deepStrictEqual(a.getBigintWords(1, 3), [bigint_expected, 7, 3, [111n, 111n, 111n]]);

// --- dates ---
{
  const d = a.createDate(1.5e12);
  assert.ok(d instanceof Date);
  assert.strictEqual(d.getTime(), 1.5e12);
  assert.strictEqual(a.createDate(1.5).getTime(), 1); // TimeClip truncates
  assert.ok(Object.is(a.createDate(-0).getTime(), 0)); // and turns -0 into +0
  assert.ok(Number.isNaN(a.createDate(NaN).getTime()));
  assert.ok(Number.isNaN(a.createDate(8.64e15 + 1).getTime()));
  assert.strictEqual(a.createDate(-8.64e15).getTime(), -8.64e15);
  assert.strictEqual(a.isDate(new Date()), true);
  assert.strictEqual(a.isDate(Date.now()), false);
  assert.strictEqual(a.isDate({}), false);
  assert.strictEqual(a.isDate(Object.create(Date.prototype)), false);
  assert.deepStrictEqual(a.getDateValue(new Date(7)), [ok, 7]);
  const [st, nan] = a.getDateValue(new Date(NaN));
  assert.strictEqual(st, ok);
  assert.ok(Number.isNaN(nan));
  assert.deepStrictEqual(a.getDateValue(7), [date_expected, 12345]);
  assert.deepStrictEqual(a.getDateValue('2020-01-01'), [date_expected, 12345]);
}

// --- napi_typeof ---
{
  class C {}
  const ext = a.makeExternal();
  const cases = [
    [undefined, 0], [null, 1], [true, 2], [false, 2], [1, 3], [NaN, 3], ['s', 4], ['', 4],
    [Symbol(), 5], [{}, 6], [[], 6], [new Number(1), 6], [new Proxy({}, {}), 6],
    [new Date(), 6], [/x/, 6], [Object.create(null), 6], [function f() {}, 7], [C, 7],
    [a.typeOf, 7], [() => {}, 7], [async () => {}, 7], [new Proxy(function () {}, {}), 7],
    [ext, 8], [1n, 9], [0n, 9],
  ];
  for (const [v, t] of cases) assert.strictEqual(a.typeOf(v), t, String(typeof v));
  // An external is a plain-looking object to JS.
  assert.strictEqual(typeof ext, 'object');
  assert.strictEqual(Object.getPrototypeOf(ext), null);
  assert.deepStrictEqual(Object.keys(ext), []);
}

// --- coercion: [status, result or thrown exception, exceptionWasPending] ---
{
  const co = (k, v) => a.coerce(k, v);
  for (const [v, b] of [[0, false], ['', false], [null, false], [undefined, false], [NaN, false],
    [0n, false], [{}, true], ['0', true], [Symbol(), true], [[], true], [1n, true]]) {
    assert.deepStrictEqual(co('bool', v), [ok, b, false]);
  }
  assert.deepStrictEqual(co('number', ' 12 '), [ok, 12, false]);
  assert.deepStrictEqual(co('number', null), [ok, 0, false]);
  assert.deepStrictEqual(co('number', true), [ok, 1, false]);
  assert.deepStrictEqual(co('number', [5]), [ok, 5, false]);
  assert.deepStrictEqual(co('number', { valueOf() { return 3; } }), [ok, 3, false]);
  const nanRes = co('number', 'x');
  assert.strictEqual(nanRes[0], ok);
  assert.ok(Number.isNaN(nanRes[1]));
  assert.ok(Number.isNaN(co('number', undefined)[1]));

  const [sst, sexc, spend] = co('number', Symbol('s'));
  // The failing conversion reports napi_number_expected AND leaves the TypeError pending.
  assert.strictEqual(sst, number_expected);
  assert.strictEqual(spend, true);
  assert.ok(sexc instanceof TypeError);
  assert.strictEqual(sexc.message, 'Cannot convert a Symbol value to a number');
  const [bst, bexc] = co('number', 10n);
  assert.strictEqual(bst, number_expected);
  assert.strictEqual(bexc.message, 'Cannot convert a BigInt value to a number');
  const boom = new Error('boom');
  const [vst, vexc, vpend] = co('number', { valueOf() { throw boom; } });
  assert.deepStrictEqual([vst, vpend], [number_expected, true]);
  assert.strictEqual(vexc, boom);

  const [ost, ov] = co('object', 'x');
  assert.strictEqual(ost, ok);
  assert.ok(ov instanceof String);
  assert.strictEqual(ov.valueOf(), 'x');
  const plain = {};
  assert.strictEqual(co('object', plain)[1], plain);
  assert.strictEqual(typeof co('object', 7)[1], 'object');
  assert.strictEqual(co('object', 7)[1].valueOf(), 7);
  for (const v of [null, undefined]) {
    const [st, exc, pend] = co('object', v);
    assert.deepStrictEqual([st, pend], [object_expected, true]);
    assert.ok(exc instanceof TypeError);
    assert.strictEqual(exc.message, 'Cannot convert undefined or null to object');
  }

  assert.deepStrictEqual(co('string', 12), [ok, '12', false]);
  assert.deepStrictEqual(co('string', null), [ok, 'null', false]);
  assert.deepStrictEqual(co('string', 10n), [ok, '10', false]);
  assert.deepStrictEqual(co('string', [1, 2]), [ok, '1,2', false]);
  assert.deepStrictEqual(co('string', { toString() { return 'ts'; } }), [ok, 'ts', false]);
  const [tst, texc, tpend] = co('string', Symbol('s'));
  assert.deepStrictEqual([tst, tpend], [string_expected, true]);
  assert.ok(texc instanceof TypeError);
  assert.strictEqual(texc.message, 'Cannot convert a Symbol value to a string');
}

// --- napi_strict_equals ---
assert.strictEqual(a.strictEquals(NaN, NaN), false);
assert.strictEqual(a.strictEquals(0, -0), true);
assert.strictEqual(a.strictEquals('1', 1), false);
assert.strictEqual(a.strictEquals('ab', ['a', 'b'].join('')), true);
assert.strictEqual(a.strictEquals({}, {}), false);
assert.strictEqual(a.strictEquals(plainObj(), plainObj()), true);
assert.strictEqual(a.strictEquals(1n, 1n), true);
assert.strictEqual(a.strictEquals(null, undefined), false);
function plainObj() { return plainObj.o || (plainObj.o = {}); }

// --- napi_get_last_error_info after a failing call ---
{
  const messages = {
    int32: [number_expected, 'A number was expected'],
    bool: [boolean_expected, 'A boolean was expected'],
    string: [string_expected, 'A string was expected'],
    bigint: [bigint_expected, 'A bigint was expected'],
    date: [date_expected, 'A date was expected'],
    nullResult: [invalid_arg, 'Invalid argument'],
    nullValue: [invalid_arg, 'Invalid argument'],
    nullEnvValue: [invalid_arg, 'Invalid argument'],
  };
  for (const [kind, [code, message]] of Object.entries(messages)) {
    const r = a.lastError(kind, {});
    assert.deepStrictEqual({ ...r }, { status: code, code, message, okCode: ok, okMessage: null }, kind);
  }
  // Property access on undefined: napi_object_expected, with the TypeError pending.
  const r = a.lastError('property', undefined);
  assert.strictEqual(r.status, object_expected);
  assert.strictEqual(r.code, object_expected);
  assert.strictEqual(r.message, 'An object was expected');
  assert.ok(r.exception instanceof TypeError);
  // A successful call: error_code napi_ok and a NULL message.
  assert.deepStrictEqual({ ...a.lastError('int32', 5) },
    { status: ok, code: ok, message: null, okCode: ok, okMessage: null });
  assert.strictEqual(a.lastError('property', 5).status, ok); // numbers coerce to objects
}
