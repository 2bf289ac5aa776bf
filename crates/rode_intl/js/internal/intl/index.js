'use strict';
// The Intl object (ECMA-402) over internalBinding('intl') (ICU4X). Loaded on first use of
// the `Intl` global or of a locale-sensitive built-in method (see bootstrap/node's
// installLocaleMethods): nothing here runs at start-up.

const binding = internalBinding('intl');
const {
  canonicalizeLocaleList, getCanonicalLocales, Locale, resolveLocale, supportedLocalesOf,
} = require('internal/intl/locale');

// ---- option helpers (ECMA-402 GetOption / GetNumberOption), V8's messages ----

function toObjectOptions(options) {
  if (options === undefined) return { __proto__: null };
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

function getOption(options, name, values, fallback, service) {
  let v = options[name];
  if (v === undefined) return fallback;
  v = String(v);
  if (values !== undefined && !values.includes(v)) {
    throw new RangeError(`Value ${v} out of range for Intl.${service} options property ${name}`);
  }
  return v;
}

function getBoolean(options, name, fallback) {
  const v = options[name];
  return v === undefined ? fallback : Boolean(v);
}

function getNumberOption(options, name, min, max, fallback) {
  const v = options[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (Number.isNaN(n) || n < min || n > max) throw new RangeError(`${name} value is out of range.`);
  return Math.floor(n);
}

// Internal slots: non-enumerable, so util.inspect and JSON show none (as for V8's objects).
function setSlot(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

function defineToStringTag(C, tag) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

function defineSupportedLocalesOf(C) {
  Object.defineProperty(C, 'supportedLocalesOf', {
    __proto__: null,
    value: function supportedLocalesOf_(locales, options) { return supportedLocalesOf(locales, options); },
    writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(C.supportedLocalesOf, 'name', { __proto__: null, value: 'supportedLocalesOf' });
}

function requireNew(newTarget, name) {
  if (newTarget === undefined) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
}

function checkReceiver(obj, slot, method) {
  if (obj === null || typeof obj !== 'object' || !(slot in obj)) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${describe(obj)}`);
  }
}

function describe(v) {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'object') return Array.isArray(v) ? String(v) : '#<Object>';
  return String(v);
}

// Keeps a bound `format`/`compare` per object, as the spec's getters do.
function boundGetter(C, name, slot, make) {
  const key = Symbol(name);
  Object.defineProperty(C.prototype, name, {
    __proto__: null,
    get() {
      checkReceiver(this, slot, `get Intl.${C.name}.prototype.${name}`);
      if (this[key] === undefined) {
        const f = make(this);
        Object.defineProperty(f, 'name', { __proto__: null, value: '' });
        setSlot(this, key, f);
      }
      return this[key];
    },
    enumerable: false,
    configurable: true,
  });
}

function partsToObjects(flat, extra) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) {
    const o = { type: flat[i], value: flat[i + 1] };
    if (extra) extra(o);
    out.push(o);
  }
  return out;
}

// ---- NumberFormat ----

const kNumber = Symbol('kNumber');

// ISO 4217 minor units where they differ from 2 (what ICU's data gives node).
const CURRENCY_DIGITS = {
  __proto__: null,
  BHD: 3, BIF: 0, CLF: 4, CLP: 0, DJF: 0, GNF: 0, IQD: 0, ISK: 0, JOD: 3, JPY: 0, KMF: 0,
  KRW: 0, KWD: 3, LYD: 3, OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, UYW: 4, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0, ALL: 0, AFN: 0, IDR: 0, IRR: 0, LAK: 0, LBP: 0, MGA: 0,
  MMK: 0, RSD: 0, SLE: 2, SLL: 0, SOS: 0, STD: 0, SYP: 0, TWD: 2, TZS: 2, UZS: 2, YER: 0,
  ZWL: 2, COP: 2, HUF: 2, MNT: 2, PKR: 2,
};

function currencyDigits(c) {
  const d = CURRENCY_DIGITS[c];
  return d === undefined ? 2 : d;
}

const NF_STYLES = ['decimal', 'percent', 'currency', 'unit'];

function numberDigitOptions(o, mnfdDefault, mxfdDefault, notation) {
  const r = {};
  r.minimumIntegerDigits = getNumberOption(o, 'minimumIntegerDigits', 1, 21, 1);
  const mnfd = o.minimumFractionDigits;
  const mxfd = o.maximumFractionDigits;
  const mnsd = o.minimumSignificantDigits;
  const mxsd = o.maximumSignificantDigits;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  const needSd = hasSd;
  const needFd = !hasSd && (notation !== 'compact' || hasFd);
  if (needSd) {
    const min = getNumberOption(o, 'minimumSignificantDigits', 1, 21, 1);
    const max = getNumberOption(o, 'maximumSignificantDigits', min, 21, 21);
    r.minimumSignificantDigits = min;
    r.maximumSignificantDigits = max;
  }
  if (needFd) {
    if (hasFd) {
      let min = getNumberOption(o, 'minimumFractionDigits', 0, 100, undefined);
      let max = getNumberOption(o, 'maximumFractionDigits', 0, 100, undefined);
      if (min === undefined) min = Math.min(mnfdDefault, max);
      else if (max === undefined) max = Math.max(mxfdDefault, min);
      else if (min > max) throw new RangeError('maximumFractionDigits value is out of range.');
      r.minimumFractionDigits = min;
      r.maximumFractionDigits = max;
    } else {
      r.minimumFractionDigits = mnfdDefault;
      r.maximumFractionDigits = mxfdDefault;
    }
  }
  if (!needSd && !needFd) {
    // Compact notation's own rounding: two significant digits, or none after the point.
    r.minimumFractionDigits = 0;
    r.maximumFractionDigits = 0;
    r.minimumSignificantDigits = 1;
    r.maximumSignificantDigits = 2;
    r.compactRounding = true;
  }
  return r;
}

// The numbering system a locale uses by default, from the zero digit its formatter writes.
const ZERO_DIGITS = {
  __proto__: null,
  0x30: 'latn', 0x660: 'arab', 0x6f0: 'arabext', 0x966: 'deva', 0x9e6: 'beng', 0xa66: 'guru',
  0xae6: 'gujr', 0xb66: 'orya', 0xbe6: 'tamldec', 0xc66: 'telu', 0xce6: 'knda', 0xd66: 'mlym',
  0xe50: 'thai', 0xed0: 'laoo', 0xf20: 'tibt', 0x1040: 'mymr', 0x17e0: 'khmr', 0x1810: 'mong',
  0x1946: 'limb', 0x1b50: 'bali', 0x3007: 'hanidec', 0xff10: 'fullwide',
};
const defaultNumberingCache = { __proto__: null };

function defaultNumberingSystem(locale) {
  let v = defaultNumberingCache[locale];
  if (v === undefined) {
    const native = { style: 'decimal', useGrouping: 'false', minimumIntegerDigits: 1, minimumFractionDigits: 0, maximumFractionDigits: 0 };
    const zero = binding.formatNumber(`${locale}|nu-probe`, locale, native, 0, false);
    v = ZERO_DIGITS[zero.codePointAt(0)] || 'latn';
    defaultNumberingCache[locale] = v;
  }
  return v;
}

function isWellFormedCurrency(c) {
  return /^[A-Za-z]{3}$/.test(c);
}

class NumberFormat {
  constructor(locales, options) {
    initNumberFormat(this, locales, options, 'Intl.NumberFormat()');
  }

  resolvedOptions() {
    checkReceiver(this, kNumber, 'Intl.NumberFormat.prototype.resolvedOptions');
    const s = this[kNumber].resolved;
    const r = { locale: s.locale, numberingSystem: s.numberingSystem, style: s.style };
    if (s.style === 'currency') {
      r.currency = s.currency;
      r.currencyDisplay = s.currencyDisplay;
      r.currencySign = s.currencySign;
    }
    if (s.style === 'unit') {
      r.unit = s.unit;
      r.unitDisplay = s.unitDisplay;
    }
    r.minimumIntegerDigits = s.digits.minimumIntegerDigits;
    if (s.digits.minimumSignificantDigits !== undefined) {
      r.minimumSignificantDigits = s.digits.minimumSignificantDigits;
      r.maximumSignificantDigits = s.digits.maximumSignificantDigits;
    }
    if (s.digits.minimumFractionDigits !== undefined && !(s.digits.maximumSignificantDigits && !s.digits.compactRounding)) {
      r.minimumFractionDigits = s.digits.minimumFractionDigits;
      r.maximumFractionDigits = s.digits.maximumFractionDigits;
    }
    r.useGrouping = s.useGrouping;
    r.notation = s.notation;
    if (s.notation === 'compact') r.compactDisplay = s.compactDisplay;
    r.signDisplay = s.signDisplay;
    r.roundingMode = s.roundingMode;
    r.roundingIncrement = s.roundingIncrement;
    r.trailingZeroDisplay = s.trailingZeroDisplay;
    r.roundingPriority = s.roundingPriority;
    return r;
  }

  formatToParts(value) {
    checkReceiver(this, kNumber, 'Intl.NumberFormat.prototype.formatToParts');
    return partsToObjects(formatNumberRaw(this[kNumber], value, true));
  }

  formatRange(start, end) {
    checkReceiver(this, kNumber, 'Intl.NumberFormat.prototype.formatRange');
    const flat = formatNumberRangeRaw(this[kNumber], start, end);
    let s = '';
    for (let i = 0; i < flat.length; i += 3) s += flat[i + 1];
    return s;
  }

  formatRangeToParts(start, end) {
    checkReceiver(this, kNumber, 'Intl.NumberFormat.prototype.formatRangeToParts');
    return rangeParts(formatNumberRangeRaw(this[kNumber], start, end));
  }
}

// ECMA-402 InitializeNumberFormat; `method` names the caller in unit errors as V8 does.
function initNumberFormat(nf, locales, options, method) {
  const o = toObjectOptions(options);
  getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'NumberFormat');
  const nu = getOption(o, 'numberingSystem', undefined, undefined, 'NumberFormat');
  const r = resolveLocale(locales, ['nu'], { nu }, { nu: (v) => v === 'latn' || /^[a-z]{4,8}$/.test(v) });
  const style = getOption(o, 'style', NF_STYLES, 'decimal', 'NumberFormat');
  let currency = o.currency;
  if (currency !== undefined) {
    currency = String(currency);
    if (!isWellFormedCurrency(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
    currency = currency.toUpperCase();
  }
  const currencyDisplay = getOption(o, 'currencyDisplay', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', 'NumberFormat');
  const currencySign = getOption(o, 'currencySign', ['standard', 'accounting'], 'standard', 'NumberFormat');
  let unit = o.unit;
  if (unit !== undefined) {
    unit = String(unit);
    if (!binding.isWellFormedUnit(unit)) throw new RangeError(`Invalid unit argument for ${method} '${unit}'`);
  }
  const unitDisplay = getOption(o, 'unitDisplay', ['short', 'narrow', 'long'], 'short', 'NumberFormat');
  if (style === 'currency' && currency === undefined) {
    throw new TypeError('Currency code is required with currency style.');
  }
  if (style === 'unit' && unit === undefined) {
    throw new TypeError(`Invalid unit argument for ${method} ''`);
  }
  const notation = getOption(o, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard', 'NumberFormat');
  let mnfd = 0;
  let mxfd = 3;
  if (style === 'currency' && notation === 'standard') {
    mnfd = mxfd = currencyDigits(currency);
  } else if (style === 'currency') {
    mxfd = 0;
  } else if (style === 'percent') {
    mxfd = 0;
  }
  const digits = numberDigitOptions(o, mnfd, mxfd, notation);
  const roundingIncrement = getNumberOption(o, 'roundingIncrement', 1, 5000, 1);
  if (![1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000].includes(roundingIncrement)) {
    throw new RangeError('roundingIncrement value is out of range.');
  }
  if (roundingIncrement !== 1) {
    if (digits.minimumFractionDigits === undefined || digits.maximumSignificantDigits !== undefined) {
      throw new TypeError('RoundingType is not fractionDigits');
    }
    if (digits.maximumFractionDigits !== digits.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
  const roundingMode = getOption(o, 'roundingMode', ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand', 'NumberFormat');
  const roundingPriority = getOption(o, 'roundingPriority', ['auto', 'morePrecision', 'lessPrecision'], 'auto', 'NumberFormat');
  const trailingZeroDisplay = getOption(o, 'trailingZeroDisplay', ['auto', 'stripIfInteger'], 'auto', 'NumberFormat');
  const compactDisplay = getOption(o, 'compactDisplay', ['short', 'long'], 'short', 'NumberFormat');
  const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
  let useGrouping = o.useGrouping;
  if (useGrouping === undefined) useGrouping = defaultGrouping;
  else if (useGrouping === true) useGrouping = 'always';
  else if (useGrouping === false || useGrouping === null || useGrouping === 0 || useGrouping === '') useGrouping = false;
  else {
    useGrouping = String(useGrouping);
    if (useGrouping === 'true' || useGrouping === 'false') useGrouping = defaultGrouping;
    else if (!['min2', 'auto', 'always'].includes(useGrouping)) {
      throw new RangeError(`Value ${useGrouping} out of range for Intl.NumberFormat options property useGrouping`);
    }
  }
  const signDisplay = getOption(o, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', 'NumberFormat');
  const numberingSystem = r.values.nu || defaultNumberingSystem(r.base);
  const native = {
    style, currency, currencyDisplay, notation, compactDisplay,
    unit: style === 'unit' ? unit : undefined, unitDisplay: style === 'unit' ? unitDisplay : undefined,
    useGrouping: String(useGrouping), signDisplay, roundingMode, currencySign, roundingIncrement, ...digits,
  };
  const { insertExtension } = require('internal/intl/locale');
  const icuLocale = r.values.nu ? insertExtension(r.base, `-nu-${r.values.nu}`) : r.base;
  if (trailingZeroDisplay === 'stripIfInteger') native.stripIfInteger = true;
  setSlot(nf, kNumber, {
    locale: icuLocale,
    native,
    key: `${icuLocale}|${JSON.stringify(native)}`,
    resolved: {
      locale: r.locale, numberingSystem, style, currency, currencyDisplay, currencySign, unit, unitDisplay,
      digits, useGrouping, notation, compactDisplay, signDisplay, roundingIncrement,
      roundingMode, roundingPriority: notation === 'compact' && digits.compactRounding ? 'morePrecision' : roundingPriority,
      trailingZeroDisplay,
    },
  });
  return nf;
}

const DECIMAL_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function toIntlMathematicalValue(value) {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  if (typeof value === 'string') {
    const s = value.trim();
    if (DECIMAL_RE.test(s) && !/e/i.test(s)) return s;
    return Number(s);
  }
  return Number(value);
}

function formatNumberRaw(state, value, parts) {
  let x = toIntlMathematicalValue(value);
  if (typeof x === 'string' && (x.startsWith('+') || x.startsWith('.') || x.startsWith('-.'))) {
    x = x.replace(/^\+/, '').replace(/^(-?)\./, '$10.');
  }
  return binding.formatNumber(state.key, state.locale, state.native, x, parts);
}

function formatNumberRangeRaw(state, start, end) {
  if (start === undefined) throw new TypeError('Invalid start : undefined');
  if (end === undefined) throw new TypeError('Invalid end : undefined');
  const x = rangeEnd(start, 'start');
  const y = rangeEnd(end, 'end');
  return binding.formatNumberRange(state.key, state.locale, state.native, x, y);
}

function rangeEnd(value, which) {
  let x = toIntlMathematicalValue(value);
  if (typeof x === 'number' && Number.isNaN(x)) throw new RangeError(`Invalid ${which} : ${describe(value)}`);
  if (typeof x === 'string' && (x.startsWith('+') || x.startsWith('.') || x.startsWith('-.'))) {
    x = x.replace(/^\+/, '').replace(/^(-?)\./, '$10.');
  }
  return x;
}

boundGetter(NumberFormat, 'format', kNumber, (nf) => (value) => formatNumberRaw(nf[kNumber], value, false));
defineToStringTag(NumberFormat, 'Intl.NumberFormat');
defineSupportedLocalesOf(NumberFormat);

// ---- DateTimeFormat ----

const kDate = Symbol('kDate');
const DATE_COMPONENTS = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits'],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];
const STYLES = ['full', 'long', 'medium', 'short'];
let defaultZoneValue;
let defaultZoneTZ;

// TZ may change while the program runs (node follows it): look again when it has.
function defaultTimeZone() {
  const tz = process.env.TZ;
  if (defaultZoneValue === undefined || tz !== defaultZoneTZ) {
    defaultZoneTZ = tz;
    defaultZoneValue = canonicalTimeZone(binding.defaultZone()) || 'UTC';
  }
  return defaultZoneValue;
}

function canonicalTimeZone(tz) {
  const upper = tz.toUpperCase();
  if (['UTC', 'ETC/UTC', 'ETC/GMT', 'GMT', 'ETC/UCT', 'UCT', 'ETC/ZULU', 'ZULU', 'ETC/UNIVERSAL', 'UNIVERSAL', 'ETC/GREENWICH', 'GREENWICH', 'GMT0', 'ETC/GMT0', 'GMT+0', 'GMT-0', 'ETC/GMT+0', 'ETC/GMT-0'].includes(upper)) {
    return 'UTC';
  }
  return binding.canonicalZone(tz);
}

// Locales whose clock is 24-hour by default use h23, the rest h12 (h11 in ja).
function hourCycleFor(locale, hour12, hc) {
  const lang = locale.split('-')[0];
  if (hour12 !== undefined) {
    if (hour12) return lang === 'ja' ? 'h11' : 'h12';
    // V8 (node 20) resolves hour12:false in h12 locales to h24 ("24:05").
    return binding.defaultHourCycle(locale) === 'h12' ? 'h24' : 'h23';
  }
  return hc || binding.defaultHourCycle(locale);
}

class DateTimeFormat {
  constructor(locales, options) {
    createDateTimeFormat(this, locales, options, 'any', 'date');
  }

  resolvedOptions() {
    checkReceiver(this, kDate, 'Intl.DateTimeFormat.prototype.resolvedOptions');
    const s = this[kDate];
    const r = {
      locale: s.resolvedLocale, calendar: s.calendar, numberingSystem: s.numberingSystem,
      timeZone: s.timeZone,
    };
    if (s.hasHour) {
      r.hourCycle = s.hourCycle;
      r.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
    }
    const shown = numericWidths(s);
    for (const [name] of DATE_COMPONENTS) {
      if (s.native[name] !== undefined) r[name] = shown[name] || s.native[name];
    }
    if (s.native.dateStyle) r.dateStyle = s.native.dateStyle;
    if (s.native.timeStyle) r.timeStyle = s.native.timeStyle;
    return r;
  }

  formatToParts(date) {
    checkReceiver(this, kDate, 'Intl.DateTimeFormat.prototype.formatToParts');
    return partsToObjects(formatDateRaw(this[kDate], date, true));
  }

  formatRange(startDate, endDate) {
    checkReceiver(this, kDate, 'Intl.DateTimeFormat.prototype.formatRange');
    const flat = formatDateRangeRaw(this[kDate], startDate, endDate);
    let s = '';
    let single = true;
    for (let i = 0; i < flat.length; i += 3) {
      s += flat[i + 1];
      if (flat[i + 2] !== 'shared') single = false;
    }
    // A range that shows one date is that date as format() writes it (V8: ASCII spaces
    // for U+202F); a true range keeps ICU's spaces.
    return single ? s.replace(/\u202f/g, ' ') : s;
  }

  formatRangeToParts(startDate, endDate) {
    checkReceiver(this, kDate, 'Intl.DateTimeFormat.prototype.formatRangeToParts');
    return rangeParts(formatDateRangeRaw(this[kDate], startDate, endDate));
  }
}

function createDateTimeFormat(dtf, locales, options, required, defaults) {
  const o = toObjectOptions(options);
  getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'DateTimeFormat');
  const ca = getOption(o, 'calendar', undefined, undefined, 'DateTimeFormat');
  const nu = getOption(o, 'numberingSystem', undefined, undefined, 'DateTimeFormat');
  const hour12 = getBoolean(o, 'hour12', undefined);
  let hc = getOption(o, 'hourCycle', ['h11', 'h12', 'h23', 'h24'], undefined, 'DateTimeFormat');
  if (hour12 !== undefined) hc = undefined;
  const r = resolveLocale(locales, ['ca', 'hc', 'nu'], { ca, hc, nu });
  let timeZone = o.timeZone;
  if (timeZone === undefined) timeZone = defaultTimeZone();
  else {
    const given = String(timeZone);
    timeZone = canonicalTimeZone(given);
    if (!timeZone) throw new RangeError(`Invalid time zone specified: ${given}`);
  }
  const native = { timeZone };
  let any = false;
  for (const [name, values] of DATE_COMPONENTS) {
    let v;
    if (name === 'fractionalSecondDigits') {
      v = getNumberOption(o, name, 1, 3, undefined);
    } else {
      v = getOption(o, name, values, undefined, 'DateTimeFormat');
    }
    if (v !== undefined) {
      native[name] = v;
      any = true;
    }
  }
  getOption(o, 'formatMatcher', ['basic', 'best fit'], 'best fit', 'DateTimeFormat');
  const dateStyle = getOption(o, 'dateStyle', STYLES, undefined, 'DateTimeFormat');
  const timeStyle = getOption(o, 'timeStyle', STYLES, undefined, 'DateTimeFormat');
  if (dateStyle !== undefined || timeStyle !== undefined) {
    if (any) {
      const first = DATE_COMPONENTS.find(([n]) => native[n] !== undefined)[0];
      throw new TypeError(`Can't set option ${first} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
    }
    if (required === 'date' && dateStyle === undefined) {
      throw new TypeError("Invalid option : timeStyle");
    }
    if (required === 'time' && timeStyle === undefined) {
      throw new TypeError("Invalid option : dateStyle");
    }
    if (dateStyle) native.dateStyle = dateStyle;
    if (timeStyle) native.timeStyle = timeStyle;
  } else {
    let needDefaults = true;
    if (required === 'date' || required === 'any') {
      if (['weekday', 'year', 'month', 'day'].some((n) => native[n] !== undefined)) needDefaults = false;
    }
    if (required === 'time' || required === 'any') {
      if (['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'].some((n) => native[n] !== undefined)) needDefaults = false;
    }
    if (needDefaults && (defaults === 'date' || defaults === 'all')) {
      native.year = native.month = native.day = 'numeric';
    }
    if (needDefaults && (defaults === 'time' || defaults === 'all')) {
      native.hour = native.minute = native.second = 'numeric';
    }
  }
  const base = r.base;
  const hasHour = native.hour !== undefined || native.timeStyle !== undefined;
  const hourCycle = hourCycleFor(base, hour12, r.values.hc);
  const calendar = r.values.ca || binding.defaultCalendar(base);
  const numberingSystem = r.values.nu || defaultNumberingSystem(base);
  // The locale handed to ICU4X carries the resolved calendar, clock and digits.
  const kw = [];
  if (r.values.ca) kw.push(`-ca-${r.values.ca}`);
  if (hasHour) kw.push(`-hc-${hourCycle === 'h24' ? 'h23' : hourCycle}`);
  if (r.values.nu) kw.push(`-nu-${r.values.nu}`);
  const { insertExtension } = require('internal/intl/locale');
  const icuLocale = kw.length ? insertExtension(base, kw.join('')) : base;
  if (hasHour && native.hour !== undefined) native.hourCycle = hourCycle;
  setSlot(dtf, kDate, {
    resolvedLocale: r.locale,
    icuLocale,
    native,
    key: `${icuLocale}|${JSON.stringify(native)}`,
    timeZone,
    calendar,
    numberingSystem,
    hourCycle,
    hasHour,
    h24: hasHour && hourCycle === 'h24',
  });
  return dtf;
}

// Which numeric fields the chosen pattern pads to two digits (resolvedOptions reports the
// pattern's fields, as ICU does): format 2001-02-05 03:04:05 UTC and look at the parts.
function numericWidths(state) {
  if (state.widths === undefined) {
    const native = { ...state.native, timeZone: 'UTC' };
    const probe = { ...state, native, key: `${state.icuLocale}|${JSON.stringify(native)}`, h24: false };
    const flat = formatDateRaw(probe, Date.UTC(2001, 1, 5, 3, 4, 5), true);
    const widths = {};
    for (let i = 0; i < flat.length; i += 2) {
      const type = flat[i];
      const v = flat[i + 1];
      if (!['month', 'day', 'hour', 'minute', 'second', 'year'].includes(type)) continue;
      if (!/^\p{Nd}+$/u.test(v)) continue;
      if (type === 'year') widths.year = v.length === 2 ? '2-digit' : 'numeric';
      else widths[type] = v.length === 2 ? '2-digit' : 'numeric';
    }
    state.widths = widths;
  }
  return state.widths;
}

function formatDateRaw(state, date, parts) {
  let x;
  if (date === undefined) x = Date.now();
  else x = typeof date === 'object' && date !== null && date instanceof Date ? date.getTime() : Number(date);
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw new RangeError('Invalid time value');
  x = Math.trunc(x);
  let out = binding.formatDate(state.key, state.icuLocale, state.native, x, parts);
  if (state.h24) out = toH24(out, parts);
  return out;
}

function toTimeValue(date) {
  const x = typeof date === 'object' && date !== null && date instanceof Date ? date.getTime() : Number(date);
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(x);
}

// ---- DateTimeFormat ranges ----
//
// ICU4X 2.4's range formatter is not used: its interval patterns are right for the medium
// length only (long and short reuse them, with month and weekday names it has not loaded,
// which debug builds assert on), so rode collapses ranges itself. It finds the largest
// calendar field the two dates differ in, and writes once what both share around the
// fields at or below it ("Jan 10 – 20, 2024"), the way CLDR's intervalFormats do for the
// languages in RANGE_STYLES; other languages show both dates in full, joined by ICU4X's
// range glue.

// How large a field each part type shows.
const RANGE_LEVEL = {
  __proto__: null,
  era: 6, year: 5, relatedYear: 5, yearName: 5, month: 4, day: 3, weekday: 3,
  dayPeriod: 2, hour: 1, minute: 0, second: -1, fractionalSecond: -1,
};

// Per language, or locale in its fallback chain (checked against node 20 for en, en-GB, de,
// fr, it, es, pt): `spaced` — between dates the dash always has (thin) spaces around it, else
// only when a side shows more than one field or a long month name; `dotted` — numeric
// dates written with dots collapse too ("10.–20.01.2024"); `weekdayMonth` — with a weekday,
// a range of days repeats the month ("Wed, Jan 10 – Sat, Jan 20"); `yearMonth` — long month
// names take no spaces when a year follows ("Januar–März 2024"); `time` — the dash between
// 24-hour times, and `timeSuffix` what follows them ("10:00–15:00 Uhr").
const THIN_DASH = '\u2009–\u2009';
const RANGE_STYLES = {
  __proto__: null,
  en: { spaced: true, dotted: false, weekdayMonth: true, yearMonth: false, time: THIN_DASH, timeSuffix: '' },
  'en-001': { spaced: true, dotted: false, weekdayMonth: true, yearMonth: false, time: '–', timeSuffix: '' },
  de: { spaced: false, dotted: true, weekdayMonth: false, yearMonth: true, time: '–', timeSuffix: ' Uhr' },
  fr: { spaced: false, dotted: false, weekdayMonth: false, yearMonth: false, time: THIN_DASH, timeSuffix: '' },
  it: { spaced: false, dotted: false, weekdayMonth: false, yearMonth: true, time: '–', timeSuffix: '' },
  es: { spaced: false, dotted: false, weekdayMonth: true, yearMonth: true, time: '–', timeSuffix: '' },
  pt: { spaced: true, dotted: false, weekdayMonth: true, yearMonth: false, time: THIN_DASH, timeSuffix: '' },
};

function greatestDifference(tz, x, y) {
  const a = binding.zonedFields(tz, x);
  const b = binding.zonedFields(tz, y);
  if (a[0] !== b[0]) return (a[0] > 0) !== (b[0] > 0) ? 6 : 5;
  if (a[1] !== b[1]) return 4;
  if (a[2] !== b[2]) return 3;
  if ((a[3] < 12) !== (b[3] < 12)) return 2;
  if (a[3] !== b[3]) return 1;
  if (a[4] !== b[4]) return 0;
  if (a[5] !== b[5] || a[6] !== b[6]) return -1;
  return -2;
}

const rangeGlueCache = { __proto__: null };

function rangeGlue(locale) {
  let g = rangeGlueCache[locale];
  if (g === undefined) {
    g = binding.dateRangeGlue(locale) ?? ' – ';
    rangeGlueCache[locale] = g;
  }
  return g;
}

function sharedParts(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push(flat[i], flat[i + 1], 'shared');
  return out;
}

// Both dates in full: start, the locale's glue, end.
function fullRange(state, one, other) {
  const out = [];
  for (let i = 0; i < one.length; i += 2) out.push(one[i], one[i + 1], 'startRange');
  out.push('literal', rangeGlue(state.icuLocale), 'shared');
  for (let i = 0; i < other.length; i += 2) out.push(other[i], other[i + 1], 'endRange');
  return out;
}

// The same formatter with more fields (the year for a range of years, the date for a range
// of days over times).
function widened(state, extra) {
  const native = { ...state.native, ...extra };
  return { ...state, native, key: `${state.icuLocale}|${JSON.stringify(native)}` };
}

// A range as the native side gives it (flat [type, value, source, ...]) as formatRangeToParts'
// part objects.
function rangeParts(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 3) out.push({ type: flat[i], value: flat[i + 1], source: flat[i + 2] });
  return out;
}

function formatDateRangeRaw(state, a, b) {
  if (a === undefined || b === undefined) throw new TypeError('Invalid time value');
  return mergeLiterals(dateRange(state, a, b));
}

// Literal text next to literal text is one part (V8 splits parts at fields only); it is
// shared when its pieces come from different places.
function mergeLiterals(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 3) {
    const n = out.length;
    if (n && flat[i] === 'literal' && out[n - 3] === 'literal') {
      out[n - 2] += flat[i + 1];
      if (out[n - 1] !== flat[i + 2]) out[n - 1] = 'shared';
    } else {
      out.push(flat[i], flat[i + 1], flat[i + 2]);
    }
  }
  return out;
}

function dateRange(state, a, b) {
  const x = toTimeValue(a);
  const y = toTimeValue(b);
  // Dates that look the same in the chosen fields show once.
  const one = formatDateRaw(state, x, true);
  const other = formatDateRaw(state, y, true);
  if (one.join('\0') === other.join('\0')) return sharedParts(one);
  let g = greatestDifference(state.timeZone, x, y);
  const levels = [];
  for (let i = 0; i < one.length; i += 2) {
    const l = RANGE_LEVEL[one[i]];
    if (l !== undefined) levels.push(l);
  }
  const hasTime = levels.some((l) => l <= 2);
  const hasDate = levels.some((l) => l >= 3);
  const n = state.native;
  if (g >= 3 && hasTime) {
    if (hasDate) return fullRange(state, one, other);
    // Times on different days show their dates.
    const extra = { year: 'numeric', month: 'numeric', day: 'numeric' };
    if (n.timeStyle !== undefined) {
      extra.timeStyle = undefined;
      extra.hour = 'numeric';
      extra.minute = '2-digit';
      if (n.timeStyle !== 'short') extra.second = '2-digit';
      if (n.timeStyle === 'full' || n.timeStyle === 'long') extra.timeZoneName = n.timeStyle === 'full' ? 'long' : 'short';
      extra.hourCycle = state.hourCycle === 'h24' ? 'h23' : state.hourCycle;
    }
    const w = widened(state, extra);
    return fullRange(state, formatDateRaw(w, x, true), formatDateRaw(w, y, true));
  }
  let style;
  for (const id of binding.localeChain(state.icuLocale)) {
    style = RANGE_STYLES[id];
    if (style !== undefined) break;
  }
  if (g < 3) {
    // Times within one day: hour and minute go together; seconds never collapse.
    if (!hasTime || levels.includes(-1)) return fullRange(state, one, other);
    if (style !== undefined) {
      const dayPeriod = levels.includes(2);
      return collapseRange(state, one, other, Math.max(g, 1), style, {
        sep: dayPeriod ? THIN_DASH : style.time, suffix: dayPeriod ? '' : style.timeSuffix,
      });
    }
    return fullRange(state, one, other);
  }
  if (g >= 3) {
    const top = Math.max(...levels);
    if (g > top) {
      if (n.day !== undefined && n.year === undefined && n.dateStyle === undefined) {
        const w = widened(state, { year: 'numeric' });
        return fullRange(state, formatDateRaw(w, x, true), formatDateRaw(w, y, true));
      }
      g = top;
    }
  }
  const gregorian = ['gregory', 'buddhist', 'roc', 'iso8601', 'japanese'].includes(state.calendar);
  if (style !== undefined && gregorian) return collapseRange(state, one, other, g, style);
  return fullRange(state, one, other);
}

// Writes once what the two dates share around the span of fields at or below level `g`.
// `time` gives the dash and suffix of a range of times.
function collapseRange(state, one, other, g, style, time) {
  const n = one.length;
  if (time !== undefined) {
    // A date with a range of times joins them with a comma, not the words of the long
    // date-time pattern ("January 10, 2024, 10:00 AM – 3:00 PM", not "… at …").
    one = one.slice();
    for (let i = 2; i + 2 < n; i += 2) {
      if (one[i] === 'literal' && RANGE_LEVEL[one[i - 2]] >= 3 && RANGE_LEVEL[one[i + 2]] <= 2 && /\p{L}/u.test(one[i + 1])) {
        one[i + 1] = ', ';
      }
    }
  }
  const numericMonth = (() => {
    for (let i = 0; i < n; i += 2) if (one[i] === 'month') return /^\p{Nd}+$/u.test(one[i + 1]);
    return false;
  })();
  if (numericMonth) {
    let dotted = false;
    for (let i = 0; i < n; i += 2) if (one[i] === 'literal' && one[i + 1].startsWith('.')) dotted = true;
    if (!(style.dotted && dotted)) return fullRange(state, one, other);
  }
  if (g === 3 && style.weekdayMonth) {
    for (let i = 0; i < n; i += 2) if (one[i] === 'weekday') g = 4;
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i += 2) {
    const l = RANGE_LEVEL[one[i]];
    if (l !== undefined && l <= g) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return fullRange(state, one, other);
  // Punctuation written onto the last field stays with it ("10.–20.").
  let attached = '';
  if (last + 2 < n && one[last + 2] === 'literal') {
    const m = /^\.+/.exec(one[last + 3]);
    if (m) attached = m[0];
  }
  const out = [];
  for (let i = 0; i < first; i += 2) out.push(one[i], one[i + 1], 'shared');
  const side = (flat, source) => {
    for (let i = first; i <= last; i += 2) out.push(flat[i], flat[i + 1], source);
    if (attached) out.push('literal', attached, source);
  };
  side(one, 'startRange');
  let fields = 0;
  let longMonth = false;
  for (let i = first; i <= last; i += 2) {
    if (one[i] === 'literal') continue;
    fields++;
    if (one[i] === 'month' && (state.native.month === 'long' || state.native.dateStyle === 'long' || state.native.dateStyle === 'full')) longMonth = true;
  }
  if (longMonth && style.yearMonth && one.includes('year')) longMonth = false;
  let sep = style.spaced || fields > 1 || longMonth ? THIN_DASH : '–';
  if (time !== undefined) sep = time.sep;
  out.push('literal', sep, 'shared');
  side(other, 'endRange');
  if (last + 2 < n) {
    let i = last + 2;
    if (one[i] === 'literal') {
      const rest = one[i + 1].slice(attached.length);
      if (rest) out.push('literal', rest, 'shared');
      i += 2;
    }
    for (; i < n; i += 2) out.push(one[i], one[i + 1], 'shared');
  }
  if (time !== undefined && time.suffix && !one[n - 1].endsWith(time.suffix.trim())) {
    out.push('literal', time.suffix, 'shared');
  }
  return out;
}

// h24 shows midnight's hour as 24.
function toH24(out, parts) {
  if (parts) {
    for (let i = 0; i < out.length; i += 2) {
      if (out[i] === 'hour' && Number(out[i + 1]) === 0) out[i + 1] = '24';
    }
    return out;
  }
  return out.replace(/(^|[^\d])(0?0)(:\d\d)/, (m, a, h, rest) => `${a}24${rest}`);
}

boundGetter(DateTimeFormat, 'format', kDate, (dtf) => (date) => formatDateRaw(dtf[kDate], date, false));
defineToStringTag(DateTimeFormat, 'Intl.DateTimeFormat');
defineSupportedLocalesOf(DateTimeFormat);

// ---- PluralRules ----

const kPlural = Symbol('kPlural');

class PluralRules {
  constructor(locales, options) {
    requireNew(new.target, 'PluralRules');
    const o = toObjectOptions(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'PluralRules');
    const type = getOption(o, 'type', ['cardinal', 'ordinal'], 'cardinal', 'PluralRules');
    const digits = numberDigitOptions(o, 0, 3, 'standard');
    const r = resolveLocale(locales);
    const native = { style: 'decimal', notation: 'standard', useGrouping: 'false', signDisplay: 'auto', ...digits };
    setSlot(this, kPlural, { locale: r.locale, type, digits, native, key: `${r.locale}|${JSON.stringify(native)}` });
  }

  select(n) {
    checkReceiver(this, kPlural, 'Intl.PluralRules.prototype.select');
    const s = this[kPlural];
    return binding.pluralSelect(s.locale, s.type === 'ordinal', s.key, s.native, Number(n));
  }

  selectRange(start, end) {
    checkReceiver(this, kPlural, 'Intl.PluralRules.prototype.selectRange');
    if (start === undefined) throw new TypeError(`Invalid startRange : ${start}`);
    if (end === undefined) throw new TypeError(`Invalid endRange : ${end}`);
    const x = Number(start);
    const y = Number(end);
    if (Number.isNaN(x)) throw new RangeError(`Invalid startRange : ${x}`);
    if (Number.isNaN(y)) throw new RangeError(`Invalid endRange : ${y}`);
    const s = this[kPlural];
    return binding.pluralSelectRange(s.locale, s.type === 'ordinal', s.key, s.native, x, y);
  }

  resolvedOptions() {
    checkReceiver(this, kPlural, 'Intl.PluralRules.prototype.resolvedOptions');
    const s = this[kPlural];
    const r = { locale: s.locale, type: s.type, minimumIntegerDigits: s.digits.minimumIntegerDigits };
    if (s.digits.minimumSignificantDigits !== undefined) {
      r.minimumSignificantDigits = s.digits.minimumSignificantDigits;
      r.maximumSignificantDigits = s.digits.maximumSignificantDigits;
    } else {
      r.minimumFractionDigits = s.digits.minimumFractionDigits;
      r.maximumFractionDigits = s.digits.maximumFractionDigits;
    }
    // ICU's order: alphabetical, "other" last.
    r.pluralCategories = binding.pluralCategories(s.locale, s.type === 'ordinal')
      .sort((a, b) => (a === 'other') - (b === 'other') || (a < b ? -1 : a > b ? 1 : 0));
    return r;
  }
}
defineToStringTag(PluralRules, 'Intl.PluralRules');
defineSupportedLocalesOf(PluralRules);

// ---- Collator ----

const kCollator = Symbol('kCollator');

class Collator {
  constructor(locales, options) {
    const o = toObjectOptions(options);
    const usage = getOption(o, 'usage', ['sort', 'search'], 'sort', 'Collator');
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'Collator');
    const co = getOption(o, 'collation', undefined, undefined, 'Collator');
    let kn = getBoolean(o, 'numeric', undefined);
    if (kn !== undefined) kn = String(kn);
    const kf = getOption(o, 'caseFirst', ['upper', 'lower', 'false'], undefined, 'Collator');
    const r = resolveLocale(locales, ['co', 'kn', 'kf'], { co, kn, kf });
    const sensitivity = getOption(o, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant', 'Collator');
    const ignorePunctuation = getBoolean(o, 'ignorePunctuation', false);
    const kw = [];
    const collation = r.values.co && !['standard', 'search'].includes(r.values.co) ? r.values.co : 'default';
    if (collation !== 'default') kw.push(`-co-${collation}`);
    const numeric = r.values.kn === 'true' || r.values.kn === '';
    if (numeric) kw.push('-kn');
    const caseFirst = r.values.kf || 'false';
    if (caseFirst !== 'false') kw.push(`-kf-${caseFirst}`);
    const { insertExtension } = require('internal/intl/locale');
    const icuLocale = kw.length ? insertExtension(r.base, kw.join('')) : r.base;
    setSlot(this, kCollator, {
      locale: r.locale,
      icuLocale,
      handle: binding.collator(icuLocale, sensitivity, ignorePunctuation),
      usage, sensitivity, ignorePunctuation, collation, numeric, caseFirst,
    });
  }

  resolvedOptions() {
    checkReceiver(this, kCollator, 'Intl.Collator.prototype.resolvedOptions');
    const s = this[kCollator];
    return {
      locale: s.locale, usage: s.usage, sensitivity: s.sensitivity,
      ignorePunctuation: s.ignorePunctuation, collation: s.collation, numeric: s.numeric,
      caseFirst: s.caseFirst,
    };
  }
}

function compareRaw(s, a, b) {
  return binding.compare(s.handle, String(a), String(b));
}

boundGetter(Collator, 'compare', kCollator, (c) => {
  const h = c[kCollator].handle;
  return (a, b) => binding.compare(h, String(a), String(b));
});
defineToStringTag(Collator, 'Intl.Collator');
defineSupportedLocalesOf(Collator);

// ---- RelativeTimeFormat ----

const kRelative = Symbol('kRelative');
const RT_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

class RelativeTimeFormat {
  constructor(locales, options) {
    requireNew(new.target, 'RelativeTimeFormat');
    const o = toObjectOptions(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'RelativeTimeFormat');
    const nu = getOption(o, 'numberingSystem', undefined, undefined, 'RelativeTimeFormat');
    const r = resolveLocale(locales, ['nu'], { nu });
    const style = getOption(o, 'style', ['long', 'short', 'narrow'], 'long', 'RelativeTimeFormat');
    const numeric = getOption(o, 'numeric', ['always', 'auto'], 'always', 'RelativeTimeFormat');
    setSlot(this, kRelative, { locale: r.locale, style, numeric, numberingSystem: r.values.nu || defaultNumberingSystem(r.base) });
  }

  format(value, unit) {
    checkReceiver(this, kRelative, 'Intl.RelativeTimeFormat.prototype.format');
    return formatRelative(this[kRelative], value, unit, false, 'format');
  }

  formatToParts(value, unit) {
    checkReceiver(this, kRelative, 'Intl.RelativeTimeFormat.prototype.formatToParts');
    const u = relativeUnit(unit, 'formatToParts');
    const flat = formatRelative(this[kRelative], value, unit, true, 'formatToParts');
    return partsToObjects(flat, (p) => { if (p.type !== 'literal') p.unit = u; });
  }

  resolvedOptions() {
    checkReceiver(this, kRelative, 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    const s = this[kRelative];
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: s.numberingSystem };
  }
}

function relativeUnit(unit, method) {
  let u = String(unit);
  if (u.endsWith('s')) u = u.slice(0, -1);
  if (!RT_UNITS.includes(u)) {
    throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.${method}() '${String(unit)}'`);
  }
  return u;
}

function formatRelative(s, value, unit, parts, method) {
  const x = Number(value);
  const u = relativeUnit(unit, method);
  if (!Number.isFinite(x)) {
    throw new RangeError(`Value need to be finite number for Intl.RelativeTimeFormat.prototype.${method}()`);
  }
  return binding.formatRelative(s.locale, s.style, s.numeric === 'auto', u, x, parts);
}
defineToStringTag(RelativeTimeFormat, 'Intl.RelativeTimeFormat');
defineSupportedLocalesOf(RelativeTimeFormat);

// ---- ListFormat ----

const kList = Symbol('kList');

class ListFormat {
  constructor(locales, options) {
    requireNew(new.target, 'ListFormat');
    const o = toObjectOptions(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'ListFormat');
    const r = resolveLocale(locales);
    const type = getOption(o, 'type', ['conjunction', 'disjunction', 'unit'], 'conjunction', 'ListFormat');
    const style = getOption(o, 'style', ['long', 'short', 'narrow'], 'long', 'ListFormat');
    setSlot(this, kList, { locale: r.locale, type, style });
  }

  format(list) {
    checkReceiver(this, kList, 'Intl.ListFormat.prototype.format');
    const s = this[kList];
    return binding.formatList(s.locale, s.type, s.style, stringList(list), false);
  }

  formatToParts(list) {
    checkReceiver(this, kList, 'Intl.ListFormat.prototype.formatToParts');
    const s = this[kList];
    return partsToObjects(binding.formatList(s.locale, s.type, s.style, stringList(list), true));
  }

  resolvedOptions() {
    checkReceiver(this, kList, 'Intl.ListFormat.prototype.resolvedOptions');
    const s = this[kList];
    return { locale: s.locale, type: s.type, style: s.style };
  }
}

function stringList(list) {
  if (list === undefined) return [];
  const out = [];
  for (const v of list) {
    if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${describe(v)} which is not a string`);
    out.push(v);
  }
  return out;
}
defineToStringTag(ListFormat, 'Intl.ListFormat');
defineSupportedLocalesOf(ListFormat);

// ---- Segmenter ----

const kSegmenter = Symbol('kSegmenter');

class Segmenter {
  constructor(locales, options) {
    requireNew(new.target, 'Segmenter');
    const o = toObjectOptions(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'Segmenter');
    const r = resolveLocale(locales);
    const granularity = getOption(o, 'granularity', ['grapheme', 'word', 'sentence'], 'grapheme', 'Segmenter');
    setSlot(this, kSegmenter, { locale: r.locale, granularity });
  }

  segment(string) {
    checkReceiver(this, kSegmenter, 'Intl.Segmenter.prototype.segment');
    return new Segments(this[kSegmenter].granularity, String(string));
  }

  resolvedOptions() {
    checkReceiver(this, kSegmenter, 'Intl.Segmenter.prototype.resolvedOptions');
    const s = this[kSegmenter];
    return { locale: s.locale, granularity: s.granularity };
  }
}
defineToStringTag(Segmenter, 'Intl.Segmenter');
defineSupportedLocalesOf(Segmenter);

const kBreaks = Symbol('kBreaks');

function segmentData(granularity, input, breaks, i) {
  const start = i === 0 ? 0 : breaks[i - 2];
  const end = breaks[i];
  const o = { segment: input.slice(start, end), index: start, input };
  if (granularity === 'word') o.isWordLike = breaks[i + 1];
  return o;
}

class Segments {
  constructor(granularity, input) {
    setSlot(this, kBreaks, { granularity, input, breaks: binding.segment(granularity, input) });
  }

  containing(index) {
    const { granularity, input, breaks } = this[kBreaks];
    let n = Number(index);
    n = Number.isNaN(n) ? 0 : Math.trunc(n);
    if (n < 0 || n >= input.length) return undefined;
    for (let i = 0; i < breaks.length; i += 2) {
      if (breaks[i] > n) return segmentData(granularity, input, breaks, i);
    }
    return undefined;
  }

  [Symbol.iterator]() {
    return new SegmentIterator(this[kBreaks]);
  }
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function SegmentIterator(state) {
  setSlot(this, kBreaks, state);
  setSlot(this, 'i', 0);
}
SegmentIterator.prototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const s = this[kBreaks];
      if (this.i >= s.breaks.length) return { value: undefined, done: true };
      const value = segmentData(s.granularity, s.input, s.breaks, this.i);
      this.i += 2;
      return { value, done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Segmenter String Iterator', configurable: true },
});

// ---- DisplayNames ----

const kDisplay = Symbol('kDisplay');

class DisplayNames {
  constructor(locales, options) {
    requireNew(new.target, 'DisplayNames');
    if (options === undefined) throw new TypeError('invalid_argument');
    const o = toObjectOptions(options);
    getOption(o, 'localeMatcher', ['lookup', 'best fit'], 'best fit', 'DisplayNames');
    const r = resolveLocale(locales);
    const style = getOption(o, 'style', ['narrow', 'short', 'long'], 'long', 'DisplayNames');
    const type = getOption(o, 'type', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined, 'DisplayNames');
    if (type === undefined) throw new TypeError('invalid_argument');
    const fallback = getOption(o, 'fallback', ['code', 'none'], 'code', 'DisplayNames');
    const languageDisplay = getOption(o, 'languageDisplay', ['dialect', 'standard'], 'dialect', 'DisplayNames');
    if (type !== 'language' && type !== 'region' && type !== 'script') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_NOT_IMPLEMENTED(`Intl.DisplayNames type '${type}'`);
    }
    setSlot(this, kDisplay, { locale: r.locale, style, type, fallback, languageDisplay });
  }

  of(code) {
    checkReceiver(this, kDisplay, 'Intl.DisplayNames.prototype.of');
    const s = this[kDisplay];
    let c = String(code);
    if (s.type === 'region') {
      if (!/^([a-z]{2}|[0-9]{3})$/i.test(c)) throw new RangeError('invalid_argument');
      c = c.toUpperCase();
    } else if (s.type === 'script') {
      if (!/^[a-z]{4}$/i.test(c)) throw new RangeError('invalid_argument');
      c = c[0].toUpperCase() + c.slice(1).toLowerCase();
    } else {
      const canon = binding.canonicalize(c);
      if (canon === undefined || /-u-|-x-|-t-/.test(canon)) throw new RangeError('invalid_argument');
      c = canon;
    }
    const name = binding.displayName(s.locale, s.type, s.style, s.languageDisplay, c);
    if (name !== undefined && name !== null) return name;
    return s.fallback === 'code' ? c : undefined;
  }

  resolvedOptions() {
    checkReceiver(this, kDisplay, 'Intl.DisplayNames.prototype.resolvedOptions');
    const s = this[kDisplay];
    const r = { locale: s.locale, style: s.style, type: s.type, fallback: s.fallback };
    if (s.type === 'language') r.languageDisplay = s.languageDisplay;
    return r;
  }
}
defineToStringTag(DisplayNames, 'Intl.DisplayNames');
defineSupportedLocalesOf(DisplayNames);

// ---- supportedValuesOf ----

const SUPPORTED = {
  calendar: ['buddhist', 'chinese', 'coptic', 'dangi', 'ethioaa', 'ethiopic', 'gregory', 'hebrew',
    'indian', 'islamic', 'islamic-civil', 'islamic-rgsa', 'islamic-tbla', 'islamic-umalqura',
    'iso8601', 'japanese', 'persian', 'roc'],
  collation: ['compat', 'dict', 'emoji', 'eor', 'phonebk', 'phonetic', 'pinyin', 'searchjl',
    'stroke', 'trad', 'unihan', 'zhuyin'],
  numberingSystem: ['arab', 'arabext', 'bali', 'beng', 'deva', 'fullwide', 'gujr', 'guru', 'hanidec',
    'khmr', 'knda', 'laoo', 'latn', 'limb', 'mlym', 'mong', 'mymr', 'orya', 'tamldec', 'telu',
    'thai', 'tibt'],
  unit: ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit',
    'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch',
    'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter',
    'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond',
    'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone',
    'terabit', 'terabyte', 'week', 'yard', 'year'],
};

function supportedValuesOf(key) {
  const k = String(key);
  if (k === 'timeZone') return binding.timeZones();
  if (k === 'currency') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_IMPLEMENTED("Intl.supportedValuesOf('currency')");
  }
  const list = SUPPORTED[k];
  if (list === undefined) throw new RangeError(`Invalid key : ${k}`);
  return list.slice();
}

// ---- the Intl object ----

// NumberFormat, DateTimeFormat and Collator may be called without `new` (legacy
// constructors): a plain function in front of each class.
function callable(C) {
  const f = function (locales, options) {
    return Reflect.construct(C, [locales, options], new.target === undefined ? f : new.target);
  };
  Object.defineProperty(f, 'name', { __proto__: null, value: C.name });
  Object.defineProperty(f, 'length', { __proto__: null, value: 0 });
  Object.defineProperty(f, 'prototype', { __proto__: null, value: C.prototype, writable: false });
  Object.defineProperty(C.prototype, 'constructor', { __proto__: null, value: f, writable: true, configurable: true });
  Object.defineProperty(f, 'supportedLocalesOf', Object.getOwnPropertyDescriptor(C, 'supportedLocalesOf'));
  return f;
}

const Intl = {};
for (const [name, value] of Object.entries({
  getCanonicalLocales: function getCanonicalLocales_(locales) { return getCanonicalLocales(locales); },
  supportedValuesOf: function supportedValuesOf_(key) { return supportedValuesOf(key); },
})) {
  Object.defineProperty(value, 'name', { __proto__: null, value: name });
  Object.defineProperty(Intl, name, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}
const legacy = new Set([DateTimeFormat, NumberFormat, Collator]);
for (const C0 of [DateTimeFormat, NumberFormat, Collator, PluralRules, RelativeTimeFormat, ListFormat, Locale, DisplayNames, Segmenter]) {
  const C = legacy.has(C0) ? callable(C0) : C0;
  Object.defineProperty(Intl, C0.name, { __proto__: null, value: C, writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(Intl, Symbol.toStringTag, {
  __proto__: null, value: 'Intl', writable: false, enumerable: false, configurable: true,
});

// ---- what the patched built-in methods call ----

const defaultCache = { __proto__: null };

function cachedDefault(kind, make) {
  let v = defaultCache[kind];
  if (v === undefined) {
    v = make();
    defaultCache[kind] = v;
  }
  return v;
}

function numberToLocaleString(x, locales, options) {
  const nf = locales === undefined && options === undefined ?
    cachedDefault('number', () => new NumberFormat()) :
    initNumberFormat({}, locales, options, `${typeof x === 'bigint' ? 'BigInt' : 'Number'}.prototype.toLocaleString()`);
  return formatNumberRaw(nf[kNumber], x, false);
}

function dateToLocaleString(kind, t, locales, options) {
  if (Number.isNaN(t)) return 'Invalid Date';
  const required = kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'any';
  const defaults = kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'all';
  const make = () => createDateTimeFormat({}, locales, options, required, defaults);
  const dtf = locales === undefined && options === undefined ?
    cachedDefault(`date-${kind}-${defaultTimeZone()}`, make) : make();
  return formatDateRaw(dtf[kDate], t, false);
}

let defaultCollatorHandle;

function localeCompare(a, b, locales, options) {
  if (locales === undefined && options === undefined) {
    if (defaultCollatorHandle === undefined) defaultCollatorHandle = new Collator()[kCollator].handle;
    return binding.compare(defaultCollatorHandle, a, b);
  }
  return compareRaw(new Collator(locales, options)[kCollator], a, b);
}

function caseLocale(locales) {
  const list = canonicalizeLocaleList(locales);
  if (list.length) return list[0];
  return require('internal/intl/locale').defaultLocale();
}

function toLocaleUpperCase(s, locales) {
  return binding.toUpper(caseLocale(locales), s);
}

function toLocaleLowerCase(s, locales) {
  return binding.toLower(caseLocale(locales), s);
}

module.exports = {
  Intl,
  numberToLocaleString,
  dateToLocaleString,
  localeCompare,
  toLocaleUpperCase,
  toLocaleLowerCase,
};
