'use strict';
// Locales (getCanonicalLocales, Intl.Locale), DisplayNames, the Intl object, built-in methods.
// Expected values are node 20's (full-icu) output for the same calls.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

// getCanonicalLocales and Intl.Locale
check(() => Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'iw', 'en-US']),
  ["en-US", "zh-Hant-TW", "he"]);
check(() => Intl.getCanonicalLocales('und-Latn'),
  ["und-Latn"]);
check(() => Intl.getCanonicalLocales(),
  []);
// A language subtag of 5 to 8 letters is well-formed BCP 47 (fast-levenshtein, which
// eslint loads, makes Intl.Collator('generic')); with no data for it, services use the
// default locale.
check(() => Intl.getCanonicalLocales(['generic', 'GENERIC-us', 'abcdefgh-Latn-u-nu-arab']),
  ['generic', 'generic-US', 'abcdefgh-Latn-u-nu-arab']);
fails(() => Intl.getCanonicalLocales('abcdefghi'),
  'RangeError', 'Incorrect locale information provided');
fails(() => Intl.getCanonicalLocales('abcd'),
  'RangeError', 'Incorrect locale information provided');
check(() => Intl.Collator('generic', { sensitivity: 'base' }).compare('a', 'A'), 0);
check(() => new Intl.NumberFormat('generic').format(1234.5), '1,234.5');
check(() => ((l) => [l.toString(), l.language, l.region])(new Intl.Locale('generic-us')), ['generic-US', 'generic', 'US']);
check(() => Intl.NumberFormat.supportedLocalesOf(['generic', 'en']), ['en']);
fails(() => Intl.getCanonicalLocales('en_US'),
  "RangeError", "Incorrect locale information provided");
fails(() => Intl.getCanonicalLocales([1]),
  "TypeError", "Language ID should be string or object.");
check(() => new Intl.Locale('en-latn-us-u-ca-gregory-hc-h12').baseName,
  "en-Latn-US");
check(() => new Intl.Locale('en-latn-us-u-ca-gregory-hc-h12').toString(),
  "en-Latn-US-u-ca-gregory-hc-h12");
check(() => new Intl.Locale('zh').maximize().toString(),
  "zh-Hans-CN");
check(() => new Intl.Locale('zh-Hant-TW').minimize().toString(),
  "zh-TW");
check(() => new Intl.Locale('en').maximize().toString(),
  "en-Latn-US");
check(() => ((l) => [l.toString(), l.calendar, l.hourCycle, l.numeric, l.language, l.region, l.script])(new Intl.Locale('en-US', { calendar: 'gregory', hourCycle: 'h23', numeric: true })),
  ["en-US-u-ca-gregory-hc-h23-kn", "gregory", "h23", true, "en", "US", undefined]);
check(() => new Intl.Locale('ja-Jpan-JP-u-nu-jpan').numberingSystem,
  "jpan");
fails(() => new Intl.Locale('x'),
  "RangeError", "Incorrect locale information provided");
check(() => Object.prototype.toString.call(new Intl.Locale('en')),
  "[object Intl.Locale]");
// DisplayNames
check(() => new Intl.DisplayNames('en', { type: 'region' }).of('DE'),
  "Germany");
check(() => new Intl.DisplayNames('de', { type: 'region' }).of('US'),
  "Vereinigte Staaten");
check(() => new Intl.DisplayNames('ja', { type: 'region' }).of('JP'),
  "日本");
check(() => new Intl.DisplayNames('en', { type: 'region', style: 'short' }).of('GB'),
  "UK");
check(() => new Intl.DisplayNames('en', { type: 'region' }).of('ZZ'),
  "Unknown Region");
check(() => new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of('XA'),
  "Pseudo-Accents");
check(() => new Intl.DisplayNames('en', { type: 'language' }).of('fr'),
  "French");
check(() => new Intl.DisplayNames('en', { type: 'language' }).of('en-US'),
  "American English");
check(() => new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'standard' }).of('en-US'),
  "English (United States)");
check(() => new Intl.DisplayNames('fr', { type: 'language' }).of('de'),
  "allemand");
check(() => new Intl.DisplayNames('en', { type: 'script' }).of('Latn'),
  "Latin");
check(() => new Intl.DisplayNames('en', { type: 'region' }).resolvedOptions(),
  { "locale": "en", "style": "long", "type": "region", "fallback": "code" });
// The Intl object
check(() => Object.getOwnPropertyNames(Intl),
  ["getCanonicalLocales", "supportedValuesOf", "DateTimeFormat", "NumberFormat", "Collator", "PluralRules", "RelativeTimeFormat", "ListFormat", "Locale", "DisplayNames", "Segmenter"]);
check(() => Object.prototype.toString.call(Intl),
  "[object Intl]");
check(() => String(new Intl.NumberFormat()),
  "[object Intl.NumberFormat]");
check(() => Intl.DateTimeFormat.length,
  0);
check(() => Intl.NumberFormat.name,
  "NumberFormat");
check(() => Intl.supportedValuesOf('calendar'),
  ["buddhist", "chinese", "coptic", "dangi", "ethioaa", "ethiopic", "gregory", "hebrew", "indian", "islamic", "islamic-civil", "islamic-rgsa", "islamic-tbla", "islamic-umalqura", "iso8601", "japanese", "persian", "roc"]);
check(() => Intl.supportedValuesOf('collation'),
  ["compat", "dict", "emoji", "eor", "phonebk", "phonetic", "pinyin", "searchjl", "stroke", "trad", "unihan", "zhuyin"]);
check(() => Intl.supportedValuesOf('unit'),
  ["acre", "bit", "byte", "celsius", "centimeter", "day", "degree", "fahrenheit", "fluid-ounce", "foot", "gallon", "gigabit", "gigabyte", "gram", "hectare", "hour", "inch", "kilobit", "kilobyte", "kilogram", "kilometer", "liter", "megabit", "megabyte", "meter", "microsecond", "mile", "mile-scandinavian", "milliliter", "millimeter", "millisecond", "minute", "month", "nanosecond", "ounce", "percent", "petabyte", "pound", "second", "stone", "terabit", "terabyte", "week", "yard", "year"]);
check(() => Intl.supportedValuesOf('timeZone').includes('Europe/Paris'),
  true);
fails(() => Intl.supportedValuesOf('x'),
  "RangeError", "Invalid key : x");
// The built-in methods Intl backs
check(() => (1234.5).toLocaleString('de-DE'),
  "1.234,5");
check(() => (1234.5).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }),
  "€1,234.50");
check(() => 123456789n.toLocaleString('en-IN'),
  "12,34,56,789");
check(() => (0.5).toLocaleString('en', { style: 'percent' }),
  "50%");
check(() => [1234.5, 'x', null, 7].toLocaleString('en-US'),
  "1,234.5,x,,7");
check(() => Number.prototype.toLocaleString.length,
  0);
check(() => String.prototype.localeCompare.length,
  1);
check(() => Date.prototype.toLocaleString.length,
  0);
fails(() => Number.prototype.toLocaleString.call('x'),
  "TypeError", "Number.prototype.toLocaleString requires that 'this' be a Number");
fails(() => BigInt.prototype.toLocaleString.call(1),
  "TypeError", "BigInt.prototype.toLocaleString requires that 'this' be a BigInt");
fails(() => Date.prototype.toLocaleString.call({}),
  "TypeError", "Method Date.prototype.toLocaleString called on incompatible receiver #<Object>");
fails(() => Date.prototype.toLocaleDateString.call(1),
  "TypeError", "Method Date.prototype.toLocaleDateString called on incompatible receiver 1");
fails(() => String.prototype.localeCompare.call(null, 'a'),
  "TypeError", "String.prototype.localeCompare called on null or undefined");
fails(() => String.prototype.toLocaleUpperCase.call(undefined),
  "TypeError", "String.prototype.toLocaleUpperCase called on null or undefined");
// Internal state stays hidden (util.inspect, JSON, keys)
check(() => JSON.stringify(new Intl.NumberFormat('en')),
  "{}");
check(() => Object.keys(new Intl.DateTimeFormat('en')),
  []);
check(() => Object.getOwnPropertySymbols(new Intl.Collator('en')).filter((s) => Object.getOwnPropertyDescriptor(new Intl.Collator('en'), s)?.enumerable),
  []);

const util = require('util');
assert.strictEqual(util.inspect(new Intl.NumberFormat('en')), 'NumberFormat [Intl.NumberFormat] {}');
assert.strictEqual(util.inspect(new Intl.DateTimeFormat('en')), 'DateTimeFormat [Intl.DateTimeFormat] {}');
assert.strictEqual(util.inspect(new Intl.Locale('en-US')), 'Locale [Intl.Locale] {}');
assert.strictEqual(util.inspect(new Intl.Segmenter('en')), 'Segmenter [Intl.Segmenter] {}');
