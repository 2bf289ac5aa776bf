'use strict';
// Generates src/unit_data.rs: CLDR unit patterns that ICU4X 2.4's compiled data lacks, read
// from node's ICU (run with node 20+, full-icu): `node tools/gen-unit-data.js > src/unit_data.rs`.
//
// Per table locale: for each sanctioned unit and width its plural patterns ("{0} kilobytes"),
// the "per Y" template that turns a numerator pattern into "X-per-Y" ("{0}/s", "{0} per
// second"), and the few compound units CLDR names on their own (km/h, mph, mpg...). A regional
// locale stores only what differs from its parent. For every locale node knows: the
// approximately sign and the number range pattern (only where they differ from "~" and
// "{0}–{1}").

const UNITS = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit',
  'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch',
  'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter',
  'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond',
  'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone',
  'terabit', 'terabyte', 'week', 'yard', 'year'];
const WIDTHS = ['long', 'short', 'narrow'];
const CATS = ['zero', 'one', 'two', 'few', 'many', 'other'];

// Table locales and the locale each inherits from (null = root), as ICU4X's fallback chain
// runs at run time (its en-CA falls back to en, not en-001; zh-HK's id has no script).
const TABLE = {
  en: null, 'en-001': 'en', 'en-150': 'en-001', 'en-AU': 'en-001', 'en-CA': 'en',
  'en-GB': 'en-001', 'en-IN': 'en-001',
  de: null, 'de-AT': 'de', 'de-CH': 'de',
  fr: null, 'fr-CA': 'fr', 'fr-CH': 'fr',
  es: null, 'es-419': 'es', 'es-MX': 'es-419', 'es-US': 'es-419',
  it: null, pt: null, 'pt-PT': 'pt', nl: null,
  ja: null, zh: null, 'zh-Hant': null, 'zh-HK': 'zh-Hant', ko: null,
  ru: null, uk: null, pl: null, cs: null, sv: null, da: null, nb: null, fi: null,
  tr: null, el: null, hu: null, ro: null, he: null, ar: null, hi: null, id: null,
  th: null, vi: null,
};
const ROOT = 'kw'; // a locale with no unit data of its own: CLDR root's patterns

const NUMBER_TYPES = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

function samples(locale) {
  const pr = new Intl.PluralRules(locale);
  const out = {};
  for (const n of [1, 0, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1000000, 1.5, 0.5, 2.5]) {
    const c = pr.select(n);
    if (out[c] === undefined) out[c] = n;
  }
  return out;
}

// The pattern node uses for unit `u` at number n: text with the number replaced by {0}.
function pattern(locale, unit, width, n) {
  const parts = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: width, useGrouping: false }).formatToParts(n);
  let s = '';
  let inNum = false;
  let seen = 0;
  for (const p of parts) {
    if (NUMBER_TYPES.has(p.type)) {
      if (!inNum) { s += '{0}'; seen++; }
      inNum = true;
    } else {
      inNum = false;
      // The runtime calls whitespace runs "literal" and the rest "unit": check that holds.
      const ws = /^\s+$/u.test(p.value);
      if ((p.type === 'literal') !== ws && !(p.type === 'literal' && /^[\s\u200e\u200f\u061c]+$/u.test(p.value))) {
        throw new Error(`part classification: ${locale} ${unit} ${width} ${JSON.stringify(parts)}`);
      }
      s += p.value;
    }
  }
  if (seen > 1) throw new Error(`number split: ${locale} ${unit} ${JSON.stringify(parts)}`);
  return s;
}

function unitPatterns(locale, unit, width, smp) {
  const r = {};
  for (const c of CATS) if (smp[c] !== undefined) r[c] = pattern(locale, unit, width, smp[c]);
  // Only what differs from "other".
  for (const c of CATS) if (c !== 'other' && r[c] === r.other) delete r[c];
  return r;
}

function perTemplate(locale, y, width, smp) {
  const x = y === 'byte' ? 'kilogram' : 'byte';
  const n = smp.other;
  const whole = pattern(locale, `${x}-per-${y}`, width, n);
  const num = pattern(locale, x, width, n);
  const i = whole.indexOf(num);
  if (i < 0 || whole.indexOf(num, i + 1) >= 0) return null;
  return whole.slice(0, i) + '{0}' + whole.slice(i + num.length);
}

function compose(data, x, y, width, cat) {
  // ICU formats a short or narrow percent numerator as the percent alone ("2%").
  if (x === 'percent' && width !== 'long') {
    const pp = data.units[`${width}-percent`];
    return pp[cat] !== undefined ? pp[cat] : pp.other;
  }
  const px = data.units[`${width}-${x}`];
  const t = data.per[`${width}-${y}`];
  if (!px || t == null) return null;
  const p = px[cat] !== undefined ? px[cat] : px.other;
  return t.replace('{0}', p);
}

function localeData(locale) {
  const smp = samples(locale);
  const data = { units: {}, per: {}, compound: {} };
  for (const w of WIDTHS) {
    for (const u of UNITS) {
      data.units[`${w}-${u}`] = unitPatterns(locale, u, w, smp);
      const t = perTemplate(locale, u, w, smp);
      if (t !== null) data.per[`${w}-${u}`] = t;
    }
  }
  // Compound units whose text the composition does not give are stored whole.
  for (const x of UNITS) {
    for (const y of UNITS) {
      for (const w of WIDTHS) {
        const want = unitPatterns(locale, `${x}-per-${y}`, w, smp);
        let same = true;
        for (const c of Object.keys(smp)) {
          const p = want[c] !== undefined ? want[c] : want.other;
          if (compose(data, x, y, w, c) !== p) same = false;
        }
        if (!same) data.compound[`${w}-${x}-per-${y}`] = want;
      }
    }
  }
  return data;
}

// Keys: width letter (l, s, n), kind (u: unit, p: "per unit" template, c: compound unit),
// then one code character per unit (its index in UNITS).
const CODES = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const code = (u) => CODES[UNITS.indexOf(u)];
function flatten(data) {
  const m = new Map();
  // "other" first, then `c:pattern` for each category whose pattern differs, joined by U+001F.
  const enc = (p) => [p.other, ...Object.entries(p).filter(([c]) => c !== 'other').map(([c, s]) => `${c[0]}:${s}`)].join('\u001f');
  for (const [k, v] of Object.entries(data.units)) {
    const [w, ...u] = k.split('-');
    m.set(`${w[0]}u${code(u.join('-'))}`, enc(v));
  }
  for (const [k, v] of Object.entries(data.per)) {
    const [w, ...u] = k.split('-');
    m.set(`${w[0]}p${code(u.join('-'))}`, v);
  }
  for (const [k, v] of Object.entries(data.compound)) {
    const [w, ...rest] = k.split('-');
    const [x, y] = rest.join('-').split('-per-');
    m.set(`${w[0]}c${code(x)}${code(y)}`, enc(v));
  }
  return m;
}

// A compound unit that any locale names on its own is listed for every locale, so that a
// locale whose text composes from its parts still overrides its ancestors' own names.
const all = { root: localeData(ROOT) };
for (const l of Object.keys(TABLE)) all[l] = localeData(l);
const named = new Set();
for (const d of Object.values(all)) for (const k of Object.keys(d.compound)) named.add(k);
for (const [l, d] of Object.entries(all)) {
  const smp = samples(l === 'root' ? ROOT : l);
  for (const k of named) {
    if (d.compound[k]) continue;
    const [w, ...rest] = k.split('-');
    d.compound[k] = unitPatterns(l === 'root' ? ROOT : l, rest.join('-'), w, smp);
  }
}
const rootFlat = flatten(all.root);
for (const other of ['gv', 'ii']) {
  const f = flatten(localeData(other));
  for (const [k, v] of f) if (rootFlat.get(k) !== v && !k.startsWith('per-')) throw new Error(`root check ${other} ${k}`);
}
const flat = { root: rootFlat };
for (const l of Object.keys(TABLE)) flat[l] = flatten(all[l]);

function rs(s) {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\u{$1}').replace(/[\u0080-\uffff]/g, (c) => c);
}

const out = [];
out.push('// @generated by tools/gen-unit-data.js from node ' + process.version + ' (ICU ' + process.versions.icu + ', CLDR ' + process.versions.cldr + '). Do not edit.');
out.push('// The patterns are Unicode CLDR data: Copyright © 1991-2025 Unicode, Inc., under the Unicode');
out.push('// License v3 (https://www.unicode.org/license.txt), as is the ICU4X data rode already embeds.');
out.push('//! Unit patterns per locale: `(locale, entries)`, one entry a line, sorted: a key then its value.');
out.push('//! Key: width (l, s, n), kind (u: plural patterns of a unit, p: its "per unit" template, c: a');
out.push('//! compound unit CLDR names on its own), one character per unit (its index in UNIT_IDS in');
out.push('//! base 62). Plural patterns: "other" first, then `c:pattern` (c the category initial) for');
out.push('//! categories that differ, joined by U+001F. A locale lists only what its parent chain does');
out.push('//! not give; a narrow key no locale has falls back to the short one.');
out.push('');
out.push('pub static UNIT_IDS: &[&str] = &[' + UNITS.map(rs).join(', ') + '];');
out.push('');
out.push('pub static UNITS: &[(&str, &str)] = &[');
let total = 0;
const parentOf = (l) => (l === 'root' ? null : (TABLE[l] === null ? 'root' : TABLE[l]));
const stored = {};
// What the runtime finds for `key` in `l`: the nearest locale in the chain that stores it,
// and for a narrow key that no locale stores, the short one.
function resolve(l, key) {
  for (let p = l; p; p = parentOf(p)) if (stored[p] && stored[p].has(key)) return stored[p].get(key);
  if (key[0] === 'n') return resolve(l, `s${key.slice(1)}`);
  return undefined;
}
const order = (k) => (k[0] === 'n' ? 1 : 0);
for (const l of ['root', ...Object.keys(TABLE)]) {
  stored[l] = new Map();
  const keys = [...flat[l].keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const v = flat[l].get(k);
    if (resolve(l, k) !== v) stored[l].set(k, v);
  }
  const own = [...stored[l]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = own.map(([k, v]) => k + v).join('\n');
  if (own.some(([, v]) => v.includes('\n'))) throw new Error('newline in a pattern');
  out.push(`    (${rs(l)}, ${rs(text)}),`);
  total += Buffer.byteLength(text);
}
out.push('];');
out.push('');

// Number ranges: approximately sign and range pattern, for every locale node knows.
const langs = [];
for (let a = 97; a < 123; a++) for (let b = 97; b < 123; b++) langs.push(String.fromCharCode(a, b));
const extra = ['ast', 'ceb', 'chr', 'ckb', 'fil', 'haw', 'kok', 'yue', 'mai', 'mni', 'sat', 'brx', 'doi', 'kea', 'dsb', 'hsb', 'ksh', 'nds', 'smn', 'sah', 'vai', 'yrl', 'zh-Hant', 'sr-Latn', 'bs-Cyrl', 'pa-Arab', 'uz-Cyrl', 'es-419', 'en-001', 'pt-PT', 'ar-EG', 'fa-AF', 'ms-Arab', 'ff-Adlm'];
const seen = new Set();
const misc = [];
for (const cand of [...langs, ...extra]) {
  let loc;
  try { [loc] = Intl.NumberFormat.supportedLocalesOf(cand); } catch { continue; }
  if (!loc || seen.has(loc)) continue;
  seen.add(loc);
  const nf = new Intl.NumberFormat(loc);
  const eq = nf.formatRangeToParts(5, 5);
  const approx = eq.filter((p) => p.type === 'approximatelySign').map((p) => p.value).join('');
  const rp = nf.formatRangeToParts(3, 5);
  const glue = rp.filter((p) => p.type === 'literal' && p.source === 'shared').map((p) => p.value).join('');
  if (approx !== '~' || glue !== '–') misc.push([loc, approx, glue]);
}
misc.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
out.push('/// (locale, approximately sign, range glue) where they are not "~" and "–".');
out.push('pub static NUMBER_RANGE: &[(&str, &str, &str)] = &[');
for (const [l, a, g] of misc) out.push(`    (${rs(l)}, ${rs(a)}, ${rs(g)}),`);
out.push('];');
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`unit table: ${total} bytes of keys+values, ${misc.length} number-range entries\n`);
