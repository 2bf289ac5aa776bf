'use strict';
// Intl.NumberFormat: styles, notations, digits, signs, parts and errors.
// Expected values are node 20's (full-icu) output for the same calls.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

// Grouping and decimal separators per locale
check(() => new Intl.NumberFormat('en-US').format(1234567.891),
  "1,234,567.891");
check(() => new Intl.NumberFormat('de-DE').format(1234567.891),
  "1.234.567,891");
check(() => new Intl.NumberFormat('fr-FR').format(1234567.891),
  "1 234 567,891");
check(() => new Intl.NumberFormat('ja-JP').format(1234567.891),
  "1,234,567.891");
check(() => new Intl.NumberFormat('ar-EG').format(1234567.891),
  "١٬٢٣٤٬٥٦٧٫٨٩١");
check(() => new Intl.NumberFormat('en-IN').format(1234567.891),
  "12,34,567.891");
check(() => new Intl.NumberFormat('hi-IN').format(1234567.5),
  "12,34,567.5");
check(() => new Intl.NumberFormat('es-ES').format(1234.5),
  "1234,5");
check(() => new Intl.NumberFormat('es-ES').format(12345.5),
  "12.345,5");
check(() => new Intl.NumberFormat('fa-IR').format(1234.5),
  "۱٬۲۳۴٫۵");
check(() => new Intl.NumberFormat('en-US', { numberingSystem: 'arab' }).format(123),
  "١٢٣");
check(() => new Intl.NumberFormat('en-US', { useGrouping: false }).format(1234567),
  "1234567");
check(() => new Intl.NumberFormat('pl-PL', { useGrouping: 'min2' }).format(1234),
  "1234");
check(() => new Intl.NumberFormat('en-US', { useGrouping: 'always' }).format(1234),
  "1,234");
// Digits and rounding (half-expand by default)
check(() => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(5),
  "5.00");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(2.5),
  "3");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(-2.5),
  "-3");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(2.25),
  "2.3");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(2.35),
  "2.4");
check(() => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }).format(123456),
  "123,000");
check(() => new Intl.NumberFormat('en-US', { minimumSignificantDigits: 5 }).format(1.5),
  "1.5000");
check(() => new Intl.NumberFormat('en-US', { minimumIntegerDigits: 3 }).format(7),
  "007");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, roundingMode: 'floor' }).format(-2.5),
  "-3");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, roundingMode: 'halfEven' }).format(2.5),
  "2");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, roundingMode: 'trunc' }).format(-2.7),
  "-2");
check(() => new Intl.NumberFormat('en-US', { trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }).format(5),
  "5");
check(() => new Intl.NumberFormat('en-US', { trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }).format(5.1),
  "5.10");
check(() => new Intl.NumberFormat('en-US').format('1.23456789012345678901'),
  "1.235");
check(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format('1.23456789012345678901'),
  "1.23456789012345678901");
check(() => new Intl.NumberFormat('en-US').format(12345678901234567890n),
  "12,345,678,901,234,567,890");
// Signs and special values
check(() => new Intl.NumberFormat('en-US', { signDisplay: 'always' }).format(5),
  "+5");
check(() => new Intl.NumberFormat('en-US', { signDisplay: 'always' }).format(0),
  "+0");
check(() => new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' }).format(0),
  "0");
check(() => new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' }).format(-3),
  "-3");
check(() => new Intl.NumberFormat('en-US', { signDisplay: 'never' }).format(-3),
  "3");
check(() => new Intl.NumberFormat('en-US', { signDisplay: 'negative' }).format(-0),
  "0");
check(() => new Intl.NumberFormat('en-US').format(-0),
  "-0");
check(() => new Intl.NumberFormat('en-US').format(NaN),
  "NaN");
check(() => new Intl.NumberFormat('en-US').format(Infinity),
  "∞");
check(() => new Intl.NumberFormat('de-DE').format(-Infinity),
  "-∞");
// Percent
check(() => new Intl.NumberFormat('en-US', { style: 'percent' }).format(0.256),
  "26%");
check(() => new Intl.NumberFormat('de-DE', { style: 'percent' }).format(0.256),
  "26 %");
check(() => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(-0.256),
  "-26 %");
check(() => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }).format(0.12345),
  "12.35%");
check(() => new Intl.NumberFormat('de-DE', { style: 'percent', signDisplay: 'always' }).format(0.5),
  "+50 %");
// Currency
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1234.5),
  "$1,234.50");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(-1234.5),
  "-$1,234.50");
check(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5),
  "1.234,50 €");
check(() => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(-1234.5),
  "-1 234,50 €");
check(() => new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(1234.5),
  "￥1,235");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).format(1234.5),
  "¥1,235");
check(() => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(99.999),
  "£100.00");
check(() => new Intl.NumberFormat('ar-EG', { style: 'currency', currency: 'EGP' }).format(1234.5),
  "‏١٬٢٣٤٫٥٠ ج.م.‏");
check(() => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(1234567.5),
  "₹12,34,567.50");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', currencyDisplay: 'code' }).format(12),
  "EUR 12.00");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', currencyDisplay: 'name' }).format(12),
  "12.00 euros");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', currencyDisplay: 'name' }).format(1),
  "1.00 euros");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CAD' }).format(12),
  "CA$12.00");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol' }).format(12),
  "$12.00");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'usd', signDisplay: 'always' }).format(5),
  "+$5.00");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).resolvedOptions(),
  { "locale": "en-US", "numberingSystem": "latn", "style": "currency", "currency": "USD", "currencyDisplay": "symbol", "currencySign": "standard", "minimumIntegerDigits": 1, "minimumFractionDigits": 2, "maximumFractionDigits": 2, "useGrouping": "auto", "notation": "standard", "signDisplay": "auto", "roundingMode": "halfExpand", "roundingIncrement": 1, "trailingZeroDisplay": "auto", "roundingPriority": "auto" });
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).resolvedOptions().maximumFractionDigits,
  0);
// Compact, scientific, engineering
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(1234),
  "1.2K");
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(12345),
  "12K");
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(1500000),
  "1.5M");
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(999999),
  "1M");
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(12),
  "12");
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(0.123),
  "0.12");
check(() => new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long' }).format(1234567),
  "1.2 million");
check(() => new Intl.NumberFormat('de-DE', { notation: 'compact' }).format(1234567),
  "1,2 Mio.");
check(() => new Intl.NumberFormat('ja-JP', { notation: 'compact' }).format(123456789),
  "1.2億");
check(() => new Intl.NumberFormat('fr-FR', { notation: 'compact', compactDisplay: 'long' }).format(2500),
  "2,5 mille");
check(() => new Intl.NumberFormat('de', { notation: 'compact' }).resolvedOptions(),
  { "locale": "de", "numberingSystem": "latn", "style": "decimal", "minimumIntegerDigits": 1, "minimumSignificantDigits": 1, "maximumSignificantDigits": 2, "minimumFractionDigits": 0, "maximumFractionDigits": 0, "useGrouping": "min2", "notation": "compact", "compactDisplay": "short", "signDisplay": "auto", "roundingMode": "halfExpand", "roundingIncrement": 1, "trailingZeroDisplay": "auto", "roundingPriority": "morePrecision" });
check(() => new Intl.NumberFormat('en-US', { notation: 'scientific' }).format(123456),
  "1.235E5");
check(() => new Intl.NumberFormat('en-US', { notation: 'engineering' }).format(123456),
  "123.456E3");
check(() => new Intl.NumberFormat('de-DE', { notation: 'scientific' }).format(0.00012345),
  "1,235E-4");
check(() => new Intl.NumberFormat('en-US', { notation: 'scientific' }).format(0),
  "0E0");
check(() => new Intl.NumberFormat('en-US', { notation: 'scientific' }).format(9.9999),
  "1E1");
// formatToParts
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).formatToParts(-1234.56),
  [{ "type": "minusSign", "value": "-" }, { "type": "currency", "value": "$" }, { "type": "integer", "value": "1" }, { "type": "group", "value": "," }, { "type": "integer", "value": "234" }, { "type": "decimal", "value": "." }, { "type": "fraction", "value": "56" }]);
check(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).formatToParts(1234.56),
  [{ "type": "integer", "value": "1" }, { "type": "group", "value": "." }, { "type": "integer", "value": "234" }, { "type": "decimal", "value": "," }, { "type": "fraction", "value": "56" }, { "type": "literal", "value": " " }, { "type": "currency", "value": "€" }]);
check(() => new Intl.NumberFormat('en-US', { notation: 'compact' }).formatToParts(1234),
  [{ "type": "integer", "value": "1" }, { "type": "decimal", "value": "." }, { "type": "fraction", "value": "2" }, { "type": "compact", "value": "K" }]);
check(() => new Intl.NumberFormat('en-US', { notation: 'scientific' }).formatToParts(-0.00123),
  [{ "type": "minusSign", "value": "-" }, { "type": "integer", "value": "1" }, { "type": "decimal", "value": "." }, { "type": "fraction", "value": "23" }, { "type": "exponentSeparator", "value": "E" }, { "type": "exponentMinusSign", "value": "-" }, { "type": "exponentInteger", "value": "3" }]);
check(() => new Intl.NumberFormat('fr-FR', { style: 'percent' }).formatToParts(0.5),
  [{ "type": "integer", "value": "50" }, { "type": "literal", "value": " " }, { "type": "percentSign", "value": "%" }]);
check(() => new Intl.NumberFormat('en-US').formatToParts(NaN),
  [{ "type": "nan", "value": "NaN" }]);
// resolvedOptions and legacy call
check(() => new Intl.NumberFormat('en-US').resolvedOptions(),
  { "locale": "en-US", "numberingSystem": "latn", "style": "decimal", "minimumIntegerDigits": 1, "minimumFractionDigits": 0, "maximumFractionDigits": 3, "useGrouping": "auto", "notation": "standard", "signDisplay": "auto", "roundingMode": "halfExpand", "roundingIncrement": 1, "trailingZeroDisplay": "auto", "roundingPriority": "auto" });
check(() => new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).resolvedOptions(),
  { "locale": "en", "numberingSystem": "latn", "style": "decimal", "minimumIntegerDigits": 1, "minimumSignificantDigits": 1, "maximumSignificantDigits": 3, "useGrouping": "auto", "notation": "standard", "signDisplay": "auto", "roundingMode": "halfExpand", "roundingIncrement": 1, "trailingZeroDisplay": "auto", "roundingPriority": "auto" });
check(() => Intl.NumberFormat('en').format(3),
  "3");
check(() => Intl.NumberFormat.supportedLocalesOf(['en-US', 'de']),
  ["en-US", "de"]);
// Errors
fails(() => new Intl.NumberFormat('en', { style: 'currency' }),
  "TypeError", "Currency code is required with currency style.");
fails(() => new Intl.NumberFormat('en', { maximumFractionDigits: 101 }),
  "RangeError", "maximumFractionDigits value is out of range.");
fails(() => new Intl.NumberFormat('en', { minimumFractionDigits: 5, maximumFractionDigits: 2 }),
  "RangeError", "maximumFractionDigits value is out of range.");
fails(() => new Intl.NumberFormat('en', { minimumIntegerDigits: 0 }),
  "RangeError", "minimumIntegerDigits value is out of range.");
fails(() => new Intl.NumberFormat('en', { style: 'bogus' }),
  "RangeError", "Value bogus out of range for Intl.NumberFormat options property style");
fails(() => new Intl.NumberFormat('en', { currency: 'US' }),
  "RangeError", "Invalid currency code : US");
fails(() => new Intl.NumberFormat('en', { useGrouping: 'x' }),
  "RangeError", "Value x out of range for Intl.NumberFormat options property useGrouping");
// Default numbering systems
check(() => ['ar', 'ar-EG', 'fa', 'hi', 'bn', 'mr', 'th'].map((l) => [new Intl.NumberFormat(l).resolvedOptions().numberingSystem, new Intl.NumberFormat(l).format(1234.5)]),
  [["latn", "1,234.5"], ["arab", "١٬٢٣٤٫٥"], ["arabext", "۱٬۲۳۴٫۵"], ["latn", "1,234.5"], ["beng", "১,২৩৪.৫"], ["deva", "१,२३४.५"], ["latn", "1,234.5"]]);
check(() => ['ar-EG', 'fa', 'en'].map((l) => new Intl.DateTimeFormat(l).resolvedOptions().numberingSystem),
  ["arab", "arabext", "latn"]);
check(() => new Intl.RelativeTimeFormat('ar-EG').resolvedOptions().numberingSystem,
  "arab");
// Accounting currency sign
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' }).format(-1234.5),
  "($1,234.50)");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' }).format(1234.5),
  "$1,234.50");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting', signDisplay: 'always' }).format(1234.5),
  "+$1,234.50");
check(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', currencySign: 'accounting' }).format(-1234.5),
  "-1.234,50 €");
check(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' }).formatToParts(-5),
  [{ "type": "literal", "value": "(" }, { "type": "currency", "value": "$" }, { "type": "integer", "value": "5" }, { "type": "decimal", "value": "." }, { "type": "fraction", "value": "00" }, { "type": "literal", "value": ")" }]);
// Arabic-Indic digits with currency affixes
check(() => new Intl.NumberFormat('ar-EG', { style: 'currency', currency: 'EGP' }).formatToParts(-1234.5),
  [{ "type": "literal", "value": "؜" }, { "type": "minusSign", "value": "-" }, { "type": "literal", "value": "‏" }, { "type": "integer", "value": "١" }, { "type": "group", "value": "٬" }, { "type": "integer", "value": "٢٣٤" }, { "type": "decimal", "value": "٫" }, { "type": "fraction", "value": "٥٠" }, { "type": "literal", "value": " " }, { "type": "currency", "value": "ج.م." }, { "type": "literal", "value": "‏" }]);
check(() => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact' }).formatToParts(1234567),
  [{ "type": "currency", "value": "$" }, { "type": "integer", "value": "1" }, { "type": "decimal", "value": "." }, { "type": "fraction", "value": "2" }, { "type": "compact", "value": "M" }]);
// roundingIncrement
check(() => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(1.234),
  "1.25");
check(() => new Intl.NumberFormat('en', { roundingIncrement: 25, maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(1.234),
  "1.25");
check(() => new Intl.NumberFormat('en', { roundingIncrement: 50, maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(1.234),
  "1.00");
check(() => new Intl.NumberFormat('en', { roundingIncrement: 5000, maximumFractionDigits: 0 }).format(123456),
  "125,000");
check(() => new Intl.NumberFormat('en', { roundingIncrement: 20, maximumFractionDigits: 3, minimumFractionDigits: 3, roundingMode: 'floor' }).format(1.2399),
  "1.220");
check(() => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumFractionDigits: 2, minimumFractionDigits: 2 }).resolvedOptions().roundingIncrement,
  5);
fails(() => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumFractionDigits: 2 }),
  "RangeError", "maximumFractionDigits not equal to minimumFractionDigits");
fails(() => new Intl.NumberFormat('en', { roundingIncrement: 3, maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  "RangeError", "roundingIncrement value is out of range.");
fails(() => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumSignificantDigits: 2 }),
  "TypeError", "RoundingType is not fractionDigits");
