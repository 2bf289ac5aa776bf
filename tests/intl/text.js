'use strict';
// PluralRules, RelativeTimeFormat, ListFormat, Segmenter, Collator, case mapping.
// Expected values are node 20's (full-icu) output for the same calls.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

// PluralRules
check(() => ['zero', 0, 1, 2, 3, 5, 11, 21, 1.5].map((n) => new Intl.PluralRules('en').select(n)),
  ["other", "other", "one", "other", "other", "other", "other", "other", "other"]);
check(() => [0, 1, 2, 3, 5, 11, 21, 22, 23, 101].map((n) => new Intl.PluralRules('en', { type: 'ordinal' }).select(n)),
  ["other", "one", "two", "few", "other", "other", "one", "two", "few", "one"]);
check(() => [0, 1, 2, 5, 22, 25, 1.5].map((n) => new Intl.PluralRules('pl').select(n)),
  ["many", "one", "few", "many", "few", "many", "other"]);
check(() => [0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n)),
  ["zero", "one", "two", "few", "many", "other"]);
check(() => [0, 1, 2, 5, 21].map((n) => new Intl.PluralRules('ru').select(n)),
  ["many", "one", "few", "many", "one"]);
check(() => [1, 1.0, '1.0'].map((n) => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(n)),
  ["other", "other", "other"]);
check(() => new Intl.PluralRules('ar').resolvedOptions(),
  { "locale": "ar", "type": "cardinal", "minimumIntegerDigits": 1, "minimumFractionDigits": 0, "maximumFractionDigits": 3, "pluralCategories": ["few", "many", "one", "two", "zero", "other"] });
check(() => new Intl.PluralRules('en', { type: 'ordinal' }).resolvedOptions(),
  { "locale": "en", "type": "ordinal", "minimumIntegerDigits": 1, "minimumFractionDigits": 0, "maximumFractionDigits": 3, "pluralCategories": ["few", "one", "two", "other"] });
check(() => new Intl.PluralRules('ru').resolvedOptions().pluralCategories,
  ["few", "many", "one", "other"]);
check(() => new Intl.PluralRules('ja').resolvedOptions().pluralCategories,
  ["other"]);
// RelativeTimeFormat
check(() => new Intl.RelativeTimeFormat('en').format(-1, 'day'),
  "1 day ago");
check(() => new Intl.RelativeTimeFormat('en').format(3, 'hours'),
  "in 3 hours");
check(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day'),
  "yesterday");
check(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(0, 'year'),
  "this year");
check(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(1, 'week'),
  "next week");
check(() => new Intl.RelativeTimeFormat('en', { style: 'short' }).format(-5, 'month'),
  "5 mo. ago");
check(() => new Intl.RelativeTimeFormat('en', { style: 'narrow' }).format(2, 'quarter'),
  "in 2q");
check(() => new Intl.RelativeTimeFormat('de').format(-2, 'day'),
  "vor 2 Tagen");
check(() => new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).format(-2, 'day'),
  "vorgestern");
check(() => new Intl.RelativeTimeFormat('fr').format(1, 'minute'),
  "dans 1 minute");
check(() => new Intl.RelativeTimeFormat('es', { numeric: 'auto' }).format(1, 'day'),
  "mañana");
check(() => new Intl.RelativeTimeFormat('ja').format(-3, 'second'),
  "3 秒前");
check(() => new Intl.RelativeTimeFormat('en').format(-1234.5, 'day'),
  "1,234.5 days ago");
check(() => new Intl.RelativeTimeFormat('en').format(-0, 'day'),
  "0 days ago");
check(() => new Intl.RelativeTimeFormat('en').format(0, 'day'),
  "in 0 days");
check(() => new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'days'),
  [{ "type": "integer", "value": "1", "unit": "day" }, { "type": "group", "value": ",", "unit": "day" }, { "type": "integer", "value": "234", "unit": "day" }, { "type": "decimal", "value": ".", "unit": "day" }, { "type": "fraction", "value": "5", "unit": "day" }, { "type": "literal", "value": " days ago" }]);
check(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(-1, 'day'),
  [{ "type": "literal", "value": "yesterday" }]);
check(() => new Intl.RelativeTimeFormat('en').formatToParts(100, 'day'),
  [{ "type": "literal", "value": "in " }, { "type": "integer", "value": "100", "unit": "day" }, { "type": "literal", "value": " days" }]);
check(() => new Intl.RelativeTimeFormat('en').resolvedOptions(),
  { "locale": "en", "style": "long", "numeric": "always", "numberingSystem": "latn" });
fails(() => new Intl.RelativeTimeFormat('en').format(1, 'decade'),
  "RangeError", "Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() 'decade'");
fails(() => new Intl.RelativeTimeFormat('en').format(Infinity, 'day'),
  "RangeError", "Value need to be finite number for Intl.RelativeTimeFormat.prototype.format()");
// ListFormat
check(() => new Intl.ListFormat('en').format(['a', 'b', 'c']),
  "a, b, and c");
check(() => new Intl.ListFormat('en', { type: 'disjunction' }).format(['a', 'b', 'c']),
  "a, b, or c");
check(() => new Intl.ListFormat('en', { style: 'short', type: 'unit' }).format(['a', 'b', 'c']),
  "a, b, c");
check(() => new Intl.ListFormat('en', { style: 'narrow', type: 'unit' }).format(['a', 'b', 'c']),
  "a b c");
check(() => new Intl.ListFormat('de').format(['a', 'b', 'c']),
  "a, b und c");
check(() => new Intl.ListFormat('es').format(['a', 'b', 'i']),
  "a, b e i");
check(() => new Intl.ListFormat('ja').format(['a', 'b', 'c']),
  "a、b、c");
check(() => new Intl.ListFormat('en').format(['a']),
  "a");
check(() => new Intl.ListFormat('en').format([]),
  "");
check(() => new Intl.ListFormat('en').format(['a', 'b']),
  "a and b");
check(() => new Intl.ListFormat('en').formatToParts(['x', 'y', 'z']),
  [{ "type": "element", "value": "x" }, { "type": "literal", "value": ", " }, { "type": "element", "value": "y" }, { "type": "literal", "value": ", and " }, { "type": "element", "value": "z" }]);
check(() => new Intl.ListFormat('en').resolvedOptions(),
  { "locale": "en", "type": "conjunction", "style": "long" });
fails(() => new Intl.ListFormat('en').format(['a', 1]),
  "TypeError", "Iterable yielded 1 which is not a string");
// Segmenter
check(() => [...new Intl.Segmenter('en').segment('héllo👍🏽!')].map((s) => s.segment),
  ["h", "é", "l", "l", "o", "👍🏽", "!"]);
check(() => [...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello, world! 42 times.')].map((s) => [s.segment, s.index, s.isWordLike]),
  [["Hello", 0, true], [",", 5, false], [" ", 6, false], ["world", 7, true], ["!", 12, false], [" ", 13, false], ["42", 14, true], [" ", 16, false], ["times", 17, true], [".", 22, false]]);
check(() => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hi there. How are you? Fine!')].map((s) => s.segment),
  ["Hi there. ", "How are you? ", "Fine!"]);
check(() => new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello world').containing(7),
  { "segment": "world", "index": 6, "input": "Hello world", "isWordLike": true });
check(() => new Intl.Segmenter('en').segment('abc').containing(5),
  undefined);
check(() => new Intl.Segmenter('fr').resolvedOptions(),
  { "locale": "fr", "granularity": "grapheme" });
check(() => [...new Intl.Segmenter('ja', { granularity: 'word' }).segment('今日は良い天気です')].map((s) => s.segment),
  ["今日", "は", "良い", "天気", "です"]);
check(() => Object.prototype.toString.call(new Intl.Segmenter().segment('a')[Symbol.iterator]()),
  "[object Segmenter String Iterator]");
fails(() => new Intl.Segmenter('en', { granularity: 'x' }),
  "RangeError", "Value x out of range for Intl.Segmenter options property granularity");
// Collator and String#localeCompare
check(() => ['b', 'a', 'C', 'ä', 'z', 'A'].sort(new Intl.Collator('en').compare),
  ["a", "A", "ä", "b", "C", "z"]);
check(() => ['b', 'a', 'ä', 'z'].sort(new Intl.Collator('sv').compare),
  ["a", "b", "z", "ä"]);
check(() => ['b', 'a', 'ä', 'z'].sort(new Intl.Collator('de').compare),
  ["a", "ä", "b", "z"]);
check(() => ['10', '9', '2', '1'].sort(new Intl.Collator('en', { numeric: true }).compare),
  ["1", "2", "9", "10"]);
check(() => ['a', 'A', 'b', 'B'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare),
  ["A", "a", "B", "b"]);
check(() => new Intl.Collator('en', { sensitivity: 'base' }).compare('a', 'Á'),
  0);
check(() => new Intl.Collator('en', { sensitivity: 'accent' }).compare('a', 'á'),
  -1);
check(() => new Intl.Collator('en', { sensitivity: 'case' }).compare('a', 'á'),
  0);
check(() => new Intl.Collator('en', { sensitivity: 'case' }).compare('a', 'A'),
  -1);
check(() => new Intl.Collator('en', { ignorePunctuation: true }).compare('a-b', 'ab'),
  0);
check(() => new Intl.Collator('en-u-kn').resolvedOptions(),
  { "locale": "en-u-kn", "usage": "sort", "sensitivity": "variant", "ignorePunctuation": false, "collation": "default", "numeric": true, "caseFirst": "false" });
check(() => new Intl.Collator('de').resolvedOptions(),
  { "locale": "de", "usage": "sort", "sensitivity": "variant", "ignorePunctuation": false, "collation": "default", "numeric": false, "caseFirst": "false" });
check(() => 'a'.localeCompare('b'),
  -1);
check(() => 'a'.localeCompare('B'),
  -1);
check(() => 'ä'.localeCompare('z', 'sv'),
  1);
check(() => 'résumé'.localeCompare('resume', 'en', { sensitivity: 'base' }),
  0);
fails(() => new Intl.Collator('en', { sensitivity: 'x' }),
  "RangeError", "Value x out of range for Intl.Collator options property sensitivity");
// Case mapping
check(() => 'i'.toLocaleUpperCase('tr'),
  "İ");
check(() => 'I'.toLocaleLowerCase('tr'),
  "ı");
check(() => 'straße'.toLocaleUpperCase(),
  "STRASSE");
check(() => 'İ'.toLocaleLowerCase('en'),
  "i̇");
check(() => 'ΌΣΟΣ'.toLocaleLowerCase('el'),
  "όσος");
// PluralRules#selectRange
check(() => new Intl.PluralRules('en').selectRange(1, 2),
  "other");
check(() => new Intl.PluralRules('fr').selectRange(0, 1),
  "one");
check(() => new Intl.PluralRules('ru').selectRange(1, 2),
  "few");
check(() => new Intl.PluralRules('ru').selectRange(1, 5),
  "many");
fails(() => new Intl.PluralRules('en').selectRange(),
  "TypeError", "Invalid startRange : undefined");
fails(() => new Intl.PluralRules('en').selectRange(1, NaN),
  "RangeError", "Invalid endRange : NaN");
