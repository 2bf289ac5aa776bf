'use strict';
// Intl.NumberFormat formatRange / formatRangeToParts: collapsing of shared affixes, the
// approximately sign, range glue per locale, parts' sources, and errors.
// Expected values are node 20's (full-icu) output.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

function range(locale, options, x, y) {
  return new Intl.NumberFormat(locale, options).formatRange(x, y);
}

// Parts as "type:source:value" for compact expected values.
function parts(locale, options, x, y) {
  return new Intl.NumberFormat(locale, options).formatRangeToParts(x, y)
    .map((p) => `${p.type}:${p.source}:${p.value}`);
}


// Plain numbers: no spaces around the dash unless the start has a sign
check(() => range('en', {}, 3, 5), "3–5");
check(() => range('en', {}, 5, 3), "5–3");
check(() => range('en', {}, -5, -3), "-5 – -3");
check(() => range('en', {}, -3, 5), "-3 – 5");
check(() => range('en', {}, 3, -5), "3–-5");
check(() => range('en', {}, 0, -0), "0–-0");
check(() => range('en', {}, -0, 0), "-0 – 0");
check(() => range('en', {}, 1.5, 2), "1.5–2");
check(() => range('en', {}, 1000, 2000000), "1,000–2,000,000");
check(() => range('en', {}, Infinity, 5), "∞–5");
check(() => range('en', {}, -Infinity, Infinity), "-∞ – ∞");
check(() => range('en', {}, 1n, 3n), "1–3");
check(() => range('en', {}, '1.5', '2'), "1.5–2");
check(() => range('en', {}, '12345678901234567890', '12345678901234567891'), "~12,345,678,901,234,567,890");

// Equal after rounding: the approximately sign, where the sign goes
check(() => range('en', {}, 5, 5), "~5");
check(() => range('en', { signDisplay: 'exceptZero' }, -0, 0), "~0");
check(() => range('en', { signDisplay: 'never' }, -5, 5), "5–5");
check(() => range('en', {}, -5, -5), "~-5");
check(() => range('en', { maximumFractionDigits: 0 }, 2.9, 3.1), "~3");
check(() => range('en', { signDisplay: 'always' }, 5, 5), "~+5");
check(() => range('en', { signDisplay: 'never' }, -5, -5), "~5");
check(() => range('en', { signDisplay: 'exceptZero' }, 0, 0), "~0");
check(() => range('en', { style: 'currency', currency: 'USD' }, 2.999, 3), "~$3.00");
check(() => range('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, 5, 5), "~$5.00");
check(() => range('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, -5, -5), "($5.00)");
check(() => range('en', { notation: 'compact' }, 3000, 3001), "~3K");
check(() => range('en', { notation: 'scientific' }, -5, -5), "~-5E0");
check(() => range('en', { style: 'percent', signDisplay: 'always' }, 0.05, 0.05), "~+5%");
check(() => range('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 1, 1), "~1 kilometer");
check(() => range('de', {}, 5, 5), "≈5");
check(() => range('fr', {}, 5, 5), "≃5");
check(() => range('ja', {}, 5, 5), "約5");
check(() => range('es', {}, 5, 5), "~5");
check(() => range('ru', {}, 5, 5), "≈5");
check(() => range('it', {}, 5, 5), "~5");
check(() => range('de', { style: 'currency', currency: 'EUR' }, -5, -5), "≈-5,00 €");
check(() => range('ja', { style: 'currency', currency: 'JPY' }, 5, 5), "約￥5");

// Currency: a one-character symbol repeats ($3.00 – $5.00), a longer affix is shared
check(() => range('en', { style: 'currency', currency: 'USD' }, 3, 5), "$3.00 – $5.00");
check(() => range('en', { style: 'currency', currency: 'USD' }, -3, -5), "-$3.00–5.00");
check(() => range('en', { style: 'currency', currency: 'EUR' }, 3, 5), "€3.00 – €5.00");
check(() => range('de', { style: 'currency', currency: 'EUR' }, 3, 5), "3,00–5,00 €");
check(() => range('de', { style: 'currency', currency: 'EUR' }, -3, -5), "-3,00–5,00 €");
check(() => range('de', { style: 'currency', currency: 'EUR' }, -3, 5), "-3,00 € – 5,00 €");
check(() => range('fr', { style: 'currency', currency: 'EUR' }, 3, 5), "3,00–5,00 €");
check(() => range('ja', { style: 'currency', currency: 'JPY' }, 3, 5), "￥3 ～ ￥5");
check(() => range('en-CA', { style: 'currency', currency: 'USD' }, 3, 5), "US$3.00–5.00");
check(() => range('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, -5, -3), "($5.00–3.00)");
check(() => range('en', { style: 'currency', currency: 'USD', currencyDisplay: 'name' }, 3, 5), "3.00–5.00 US dollars");
check(() => range('en', { style: 'currency', currency: 'USD', notation: 'compact' }, 3000, 5000), "$3–5K");

// Percent, compact and scientific notation
check(() => range('en', { style: 'percent' }, 0.03, 0.05), "3% – 5%");
check(() => range('en', { style: 'percent' }, -0.03, -0.05), "-3–5%");
check(() => range('de', { style: 'percent' }, 0.03, 0.05), "3–5 %");
check(() => range('fr', { style: 'percent' }, 0.03, 0.05), "3–5 %");
check(() => range('en', { notation: 'compact' }, 3000, 5000), "3K – 5K");
check(() => range('en', { notation: 'compact' }, 3000, 5000000), "3K – 5M");
check(() => range('en', { notation: 'compact' }, -3000, -5000), "-3–5K");
check(() => range('en', { notation: 'compact', compactDisplay: 'long' }, 3000, 5000), "3–5 thousand");
check(() => range('en', { notation: 'scientific' }, 3000, 5000), "3E3 – 5E3");
check(() => range('en', { notation: 'scientific' }, Infinity, 5), "∞–5E0");
check(() => range('en', { signDisplay: 'always' }, 3, 5), "+3 – +5");
check(() => range('en', { signDisplay: 'exceptZero' }, Infinity, 5), "+∞ – +5");

// Units: the unit is shared, in the plural the range takes
check(() => range('en', { style: 'unit', unit: 'kilometer' }, 3, 5), "3–5 km");
check(() => range('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 1, 2), "1–2 kilometers");
check(() => range('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, -3, -5), "-3 – -5 kilometers");
check(() => range('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'narrow' }, 3, 5), "3–5km");
check(() => range('en', { style: 'unit', unit: 'celsius' }, 3, 5), "3–5°C");
check(() => range('en', { style: 'unit', unit: 'kilometer-per-hour' }, 3, 5), "3–5 km/h");
check(() => range('en', { style: 'unit', unit: 'percent' }, 3, 5), "3% – 5%");
check(() => range('en', { style: 'unit', unit: 'percent', unitDisplay: 'long' }, 3, 5), "3–5 percent");
check(() => range('de', { style: 'unit', unit: 'percent' }, 3, 5), "3–5 %");
check(() => range('en', { style: 'unit', unit: 'kilometer', notation: 'compact' }, 3000, 5000), "3K – 5K km");
check(() => range('fr', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 0, 1), "0–1 kilomètre");
check(() => range('fr', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 0.5, 1.5), "0,5–1,5 kilomètre");
check(() => range('fr', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 1, 2), "1–2 kilomètres");
check(() => range('ja', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }, 3, 5), "時速 3～5 キロメートル");
check(() => range('de', { style: 'unit', unit: 'kilobyte', unitDisplay: 'long' }, 1, 2), "1–2 Kilobyte");

// The range glue per locale
check(() => range('de', {}, 3, 5), "3–5");
check(() => range('fr', {}, 3, 5), "3–5");
check(() => range('ja', {}, 3, 5), "3～5");
check(() => range('ko', {}, 3, 5), "3~5");
check(() => range('es', {}, 3, 5), "3-5");
check(() => range('zh', {}, 3, 5), "3-5");
check(() => range('ar-EG', {}, 3, 5), "٣–٥");
check(() => range('he', {}, 3, 5), "3–5");
check(() => range('ru', {}, 3, 5), "3–5");

// formatRangeToParts: sources
check(() => parts('en', {}, 3, 5),
  ["integer:startRange:3","literal:shared:–","integer:endRange:5"]);
check(() => parts('en', {}, 5, 5),
  ["approximatelySign:shared:~","integer:shared:5"]);
check(() => parts('en', { style: 'currency', currency: 'USD' }, 3, 5),
  ["currency:startRange:$","integer:startRange:3","decimal:startRange:.","fraction:startRange:00","literal:shared: – ","currency:endRange:$","integer:endRange:5","decimal:endRange:.","fraction:endRange:00"]);
check(() => parts('en', { style: 'currency', currency: 'USD' }, -3, -5),
  ["minusSign:shared:-","currency:shared:$","integer:startRange:3","decimal:startRange:.","fraction:startRange:00","literal:shared:–","integer:endRange:5","decimal:endRange:.","fraction:endRange:00"]);
check(() => parts('de', { style: 'currency', currency: 'EUR' }, 3, 5),
  ["integer:startRange:3","decimal:startRange:,","fraction:startRange:00","literal:shared:–","integer:endRange:5","decimal:endRange:,","fraction:endRange:00","literal:shared: ","currency:shared:€"]);
check(() => parts('de', { style: 'currency', currency: 'EUR' }, -3, 5),
  ["minusSign:startRange:-","integer:startRange:3","decimal:startRange:,","fraction:startRange:00","literal:startRange: ","currency:startRange:€","literal:shared: – ","integer:endRange:5","decimal:endRange:,","fraction:endRange:00","literal:endRange: ","currency:endRange:€"]);
check(() => parts('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, -3, 5),
  ["literal:startRange:(","currency:startRange:$","integer:startRange:3","decimal:startRange:.","fraction:startRange:00","literal:shared:) – ","currency:endRange:$","integer:endRange:5","decimal:endRange:.","fraction:endRange:00"]);
check(() => parts('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 3, 5),
  ["integer:startRange:3","literal:shared:–","integer:endRange:5","literal:shared: ","unit:shared:kilometers"]);
check(() => parts('en', { style: 'unit', unit: 'percent' }, 3, 5),
  ["integer:startRange:3","unit:startRange:%","literal:shared: – ","integer:endRange:5","unit:endRange:%"]);
check(() => parts('en', { notation: 'compact', compactDisplay: 'long' }, 3000, 5000),
  ["integer:startRange:3","literal:shared:–","integer:endRange:5","literal:shared: ","compact:shared:thousand"]);
check(() => parts('ja', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }, 3, 5),
  ["unit:shared:時速","literal:shared: ","integer:startRange:3","literal:shared:～","integer:endRange:5","literal:shared: ","unit:shared:キロメートル"]);

// Errors: missing and NaN ends (x > y is allowed)
fails(() => new Intl.NumberFormat('en').formatRange(NaN, 5),
  "RangeError", "Invalid start : NaN");
fails(() => new Intl.NumberFormat('en').formatRange(3, NaN),
  "RangeError", "Invalid end : NaN");
fails(() => new Intl.NumberFormat('en').formatRange(NaN, NaN),
  "RangeError", "Invalid start : NaN");
fails(() => new Intl.NumberFormat('en').formatRange(undefined, 5),
  "TypeError", "Invalid start : undefined");
fails(() => new Intl.NumberFormat('en').formatRange(3),
  "TypeError", "Invalid end : undefined");
fails(() => new Intl.NumberFormat('en').formatRangeToParts(3),
  "TypeError", "Invalid end : undefined");
fails(() => new Intl.NumberFormat('en').formatRange('abc', 5),
  "RangeError", "Invalid start : abc");
fails(() => new Intl.NumberFormat('en').formatRange(5, 'x'),
  "RangeError", "Invalid end : x");
fails(() => new Intl.NumberFormat('en').formatRange({}, 5),
  "RangeError", "Invalid start : #<Object>");
fails(() => new Intl.NumberFormat('en').formatRange(Symbol(), 2),
  "TypeError", "Cannot convert a Symbol value to a number");
check(() => range('en', {}, null, 5), "0–5");
