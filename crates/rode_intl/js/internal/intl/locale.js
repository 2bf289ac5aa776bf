'use strict';
// Locale lists, negotiation and Intl.Locale (ECMA-402 §9 and §14), over the `intl` binding's
// BCP 47 canonicalizer (ICU4X's LocaleCanonicalizer).

const binding = internalBinding('intl');

let defaultLocaleValue;

// The default locale comes from the environment as ICU reads it: LC_ALL, then LC_MESSAGES,
// then LANG; "C"/"POSIX" or anything unusable means en-US.
function defaultLocale() {
  if (defaultLocaleValue === undefined) {
    const env = process.env;
    let v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    v = v.split('.')[0].split('@')[0].replace(/_/g, '-');
    let c = v && v !== 'C' && v !== 'POSIX' ? binding.canonicalize(v) : undefined;
    if (c === undefined || !binding.isSupported(c)) c = 'en-US';
    defaultLocaleValue = stripUnicodeExtension(c);
  }
  return defaultLocaleValue;
}

function stripUnicodeExtension(tag) {
  // -u- extension: from "-u-" to the next singleton or the end.
  const m = /-u(-[a-z0-9]{2,8})+/.exec(tag);
  if (!m) return tag;
  return tag.slice(0, m.index) + tag.slice(m.index + m[0].length);
}

function unicodeKeywords(tag) {
  const out = { __proto__: null };
  const m = /-u((?:-[a-z0-9]{2,8})+)/.exec(tag);
  if (!m) return out;
  const subtags = m[1].slice(1).split('-');
  let key;
  for (const s of subtags) {
    if (s.length === 2) {
      key = s;
      out[key] = 'true';
    } else if (key !== undefined) {
      out[key] = out[key] === 'true' ? s : `${out[key]}-${s}`;
    }
  }
  return out;
}

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
  const seen = [];
  let O;
  if (typeof locales === 'string' || locales instanceof Locale) O = [locales];
  else O = Object(locales);
  const len = Math.min(Math.max(Math.trunc(Number(O.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
  for (let k = 0; k < len; k++) {
    if (!(k in O)) continue;
    const v = O[k];
    if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = v instanceof Locale ? v.toString() : String(v);
    const c = binding.canonicalize(tag);
    if (c === undefined) throw new RangeError('Incorrect locale information provided');
    if (!seen.includes(c)) seen.push(c);
  }
  return seen;
}

function getCanonicalLocales(locales) {
  return canonicalizeLocaleList(locales);
}

// Picks the first supported locale of `locales` (else the default) and resolves the
// Unicode extension keys `keys` from it and from `opts` (an option given explicitly wins and
// drops the keyword from the locale, as ResolveLocale does). `valid[key]` filters values.
function resolveLocale(locales, keys = [], opts = {}, valid = {}) {
  const list = canonicalizeLocaleList(locales);
  let found;
  for (const tag of list) {
    if (binding.isSupported(stripUnicodeExtension(tag))) {
      found = tag;
      break;
    }
  }
  if (found === undefined) found = defaultLocale();
  const base = stripUnicodeExtension(found);
  const kw = unicodeKeywords(found);
  const values = { __proto__: null };
  let ext = '';
  for (const key of keys) {
    let v = kw[key];
    if (v !== undefined && valid[key] && !valid[key](v)) v = undefined;
    const o = opts[key];
    if (v !== undefined && (o === undefined || o === v)) {
      ext += `-${key}` + (v === 'true' ? '' : `-${v}`);
      values[key] = v;
    } else if (o !== undefined) {
      values[key] = o;
    }
  }
  const locale = ext ? insertExtension(base, ext) : base;
  return { locale, base, values };
}

function insertExtension(base, ext) {
  // Unicode extensions go before a private-use (-x-) part.
  const i = base.indexOf('-x-');
  return i === -1 ? `${base}-u${ext}` : `${base.slice(0, i)}-u${ext}${base.slice(i)}`;
}

function supportedLocalesOf(locales, options) {
  const list = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    const o = Object(options);
    const m = o.localeMatcher;
    if (m !== undefined && m !== 'lookup' && m !== 'best fit' && String(m) !== 'lookup' && String(m) !== 'best fit') {
      throw new RangeError(`Value ${m} out of range for Intl.supportedLocalesOf options property localeMatcher`);
    }
  }
  return list.filter((t) => binding.isSupported(stripUnicodeExtension(t)));
}

// ---- Intl.Locale ----

const TYPE_RE = /^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i;

function applyOptions(tag, options) {
  if (options === undefined) return tag;
  if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  const get = (name, check) => {
    const v = options[name];
    if (v === undefined) return undefined;
    const s = typeof v === 'boolean' && name === 'numeric' ? String(v) : String(v);
    if (check && !check(s)) throw new RangeError(`Incorrect locale information provided`);
    return s;
  };
  const language = get('language', (s) => /^([a-z]{2,3}|[a-z]{5,8})$/i.test(s));
  const script = get('script', (s) => /^[a-z]{4}$/i.test(s));
  const region = get('region', (s) => /^([a-z]{2}|[0-9]{3})$/i.test(s));
  let base = stripUnicodeExtension(tag);
  const rest = tag.length > base.length ? tag : '';
  const parts = base.split('-');
  let i = 1;
  let lang = parts[0];
  let scr;
  let reg;
  if (parts[i] && /^[a-z]{4}$/i.test(parts[i])) scr = parts[i++];
  if (parts[i] && /^([a-z]{2}|[0-9]{3})$/i.test(parts[i])) reg = parts[i++];
  const tail = parts.slice(i);
  if (language !== undefined) lang = language;
  if (script !== undefined) scr = script;
  if (region !== undefined) reg = region;
  base = [lang, scr, reg, ...tail].filter(Boolean).join('-');
  const kw = unicodeKeywords(rest || tag);
  const set = (key, name, re) => {
    const v = get(name);
    if (v === undefined) return;
    if (re && !re.test(v)) throw new RangeError('Incorrect locale information provided');
    kw[key] = v;
  };
  set('ca', 'calendar', TYPE_RE);
  set('co', 'collation', TYPE_RE);
  const hc = get('hourCycle');
  if (hc !== undefined) {
    if (!['h11', 'h12', 'h23', 'h24'].includes(hc)) {
      throw new RangeError(`Value ${hc} out of range for Intl.Locale options property hourCycle`);
    }
    kw.hc = hc;
  }
  const kf = get('caseFirst');
  if (kf !== undefined) {
    if (!['upper', 'lower', 'false'].includes(kf)) {
      throw new RangeError(`Value ${kf} out of range for Intl.Locale options property caseFirst`);
    }
    kw.kf = kf;
  }
  if (options.numeric !== undefined) kw.kn = String(Boolean(options.numeric));
  set('nu', 'numberingSystem', TYPE_RE);
  const keys = Object.keys(kw).sort();
  let out = base;
  if (keys.length) {
    out = insertExtension(base, keys.map((k) => (kw[k] === 'true' ? `-${k}` : `-${k}-${kw[k]}`)).join(''));
  }
  const c = binding.canonicalize(out);
  if (c === undefined) throw new RangeError('Incorrect locale information provided');
  return c;
}

const kTag = Symbol('kTag');

class Locale {
  constructor(tag, options) {
    if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
    if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
      throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
    }
    const s = tag instanceof Locale ? tag[kTag] : String(tag);
    const c = binding.canonicalize(s);
    if (c === undefined) throw new RangeError('Incorrect locale information provided');
    Object.defineProperty(this, kTag, {
      __proto__: null, value: applyOptions(c, options), writable: false, enumerable: false, configurable: false,
    });
  }

  toString() { return this[kTag]; }
  maximize() { return new Locale(binding.maximize(this[kTag])); }
  minimize() { return new Locale(binding.minimize(this[kTag])); }

  get baseName() { return stripUnicodeExtension(this[kTag]).split('-x-')[0]; }
  get language() { return this.baseName.split('-')[0]; }
  get script() {
    const p = this.baseName.split('-');
    return p[1] && /^[A-Z][a-z]{3}$/.test(p[1]) ? p[1] : undefined;
  }
  get region() {
    const p = this.baseName.split('-').slice(1);
    return p.find((s, i) => i < 2 && /^([A-Z]{2}|[0-9]{3})$/.test(s));
  }
  get calendar() { return unicodeKeywords(this[kTag]).ca; }
  get caseFirst() {
    const v = unicodeKeywords(this[kTag]).kf;
    return v === 'true' ? '' : v;
  }
  get collation() { return unicodeKeywords(this[kTag]).co; }
  get hourCycle() { return unicodeKeywords(this[kTag]).hc; }
  get numeric() { return unicodeKeywords(this[kTag]).kn === 'true'; }
  get numberingSystem() { return unicodeKeywords(this[kTag]).nu; }
}

Object.defineProperty(Locale.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Intl.Locale', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  canonicalizeLocaleList,
  defaultLocale,
  getCanonicalLocales,
  insertExtension,
  Locale,
  resolveLocale,
  stripUnicodeExtension,
  supportedLocalesOf,
  unicodeKeywords,
};
