//! Intl.NumberFormat: ECMA-402 rounding on `fixed_decimal`, digits and separators from
//! `icu_decimal`, affixes (currency, percent, compact) from ICU4X's own formatters.

use crate::parts::Parts;
use fixed_decimal::{
    Decimal, FloatPrecision, RoundingIncrement, Sign, SignDisplay, SignedRoundingMode,
    UnsignedRoundingMode,
};
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::options::{CurrencyFormatterOptions, CurrencyUsage};
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRulesWithRanges};
use rquickjs::{Object, Result};

#[derive(Clone, Copy, PartialEq)]
pub enum Notation {
    Standard,
    Scientific,
    Engineering,
    Compact,
}

/// Parts before and after the digits.
type Affixes = (Vec<(&'static str, String)>, Vec<(&'static str, String)>);

pub struct NumberFormat {
    dec: DecimalFormatter,
    compact: Option<CompactDecimalFormatter>,
    notation: Notation,
    /// Text before and after the digits, per sign: [positive, negative].
    affixes: Option<[Affixes; 2]>,
    min_int: i16,
    min_fd: i16,
    max_fd: i16,
    min_sd: i16,
    max_sd: i16,
    /// Whether significant digits (not fraction digits) decide the rounding.
    use_sd: bool,
    /// Compact notation's own rounding (no digit options given).
    compact_rounding: bool,
    sign_display: SignDisplay,
    percent: bool,
    mode: SignedRoundingMode,
    strip_if_integer: bool,
    /// roundingIncrement as (multiple, extra power of ten): 250 → (25, 1).
    increment: (RoundingIncrement, i16),
    /// style "unit": the unit's patterns and the plural rules that pick one.
    unit: Option<UnitFormat>,
    /// currencyDisplay "name": the name is the outer layer of a range.
    name_outer: bool,
    /// The approximately sign and the range glue ("~", "–" in en).
    approx: &'static str,
    glue: &'static str,
}

struct UnitFormat {
    patterns: crate::unit::UnitPatterns,
    rules: PluralRulesWithRanges<icu_plurals::PluralRules>,
}

fn get_str(o: &Object<'_>, k: &str) -> Result<String> {
    Ok(o.get::<_, Option<String>>(k)?.unwrap_or_default())
}

fn get_i(o: &Object<'_>, k: &str) -> Result<i16> {
    Ok(o.get::<_, Option<f64>>(k)?.unwrap_or(0.0) as i16)
}

/// Classifies affix text around a formatted number.
fn affix_parts(s: &str, percent: bool) -> Vec<(&'static str, String)> {
    let mut p = Parts::default();
    let mut cur = String::new();
    let flush = |p: &mut Parts, cur: &mut String| {
        if !cur.is_empty() {
            p.push(if percent { "percentSign" } else { "currency" }, cur);
            cur.clear();
        }
    };
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // A hyphen inside a name ("US-Dollar", "États-Unis") is part of the name.
        let in_word = i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        let kind = match c {
            '-' | '\u{2212}' if !in_word => Some("minusSign"),
            '+' => Some("plusSign"),
            '%' | '\u{066A}' | '\u{2030}' if percent => Some("percentSign"),
            c if c.is_whitespace()
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '(' | ')') =>
            {
                Some("literal")
            }
            _ => None,
        };
        match kind {
            Some(k) => {
                flush(&mut p, &mut cur);
                let mut b = [0u8; 4];
                p.push(k, c.encode_utf8(&mut b));
            }
            None => cur.push(c),
        }
    }
    flush(&mut p, &mut cur);
    // A name with spaces in it ("US dollars") is one part.
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for (k, v) in p.out {
        let n = out.len();
        if k == "currency"
            && n >= 2
            && out[n - 1].0 == "literal"
            && out[n - 1].1.chars().all(|c| c == ' ')
            && out[n - 2].0 == "currency"
        {
            let space = out.pop().unwrap().1;
            let last = out.last_mut().unwrap();
            last.1.push_str(&space);
            last.1.push_str(&v);
        } else {
            out.push((k, v));
        }
    }
    out
}

/// Splits `full` around the digits `core` into (prefix, suffix).
fn split_around(full: &str, core: &str) -> Option<(String, String)> {
    let i = full.find(core)?;
    Some((full[..i].to_owned(), full[i + core.len()..].to_owned()))
}

impl NumberFormat {
    pub fn new(locale: &str, o: &Object<'_>) -> Result<Self> {
        let loc: Locale = crate::parse_locale(locale);
        let prefs = (&loc).into();
        let grouping = match get_str(o, "useGrouping")?.as_str() {
            "always" => GroupingStrategy::Always,
            "min2" => GroupingStrategy::Min2,
            "false" => GroupingStrategy::Never,
            _ => GroupingStrategy::Auto,
        };
        let mut dopts = DecimalFormatterOptions::default();
        dopts.grouping_strategy = Some(grouping);
        let err = crate::data_err;
        let dec = DecimalFormatter::try_new(prefs, dopts).map_err(err)?;
        let notation = match get_str(o, "notation")?.as_str() {
            "scientific" => Notation::Scientific,
            "engineering" => Notation::Engineering,
            "compact" => Notation::Compact,
            _ => Notation::Standard,
        };
        let style = get_str(o, "style")?;
        let mut compact = None;
        if notation == Notation::Compact {
            let mut copts = icu_decimal::options::CompactDecimalFormatterOptions::default();
            copts.grouping_strategy = Some(if grouping == GroupingStrategy::Auto {
                GroupingStrategy::Min2
            } else {
                grouping
            });
            let c = if get_str(o, "compactDisplay")? == "long" {
                CompactDecimalFormatter::try_new_long((&loc).into(), copts)
            } else {
                CompactDecimalFormatter::try_new_short((&loc).into(), copts)
            };
            compact = Some(c.map_err(err)?);
        }
        let percent = style == "percent";
        let affixes = match style.as_str() {
            "percent" => {
                let pf =
                    PercentFormatter::try_new((&loc).into(), Default::default()).map_err(err)?;
                let mut out = Vec::new();
                for v in ["1", "-1"] {
                    let d: Decimal = v.parse().unwrap();
                    let full = pf.format(&d).to_string();
                    let one = writeable::Writeable::write_to_string(&dec.format(&Decimal::from(1)))
                        .into_owned();
                    let (pre, post) = split_around(&full, &one).unwrap_or_default();
                    out.push((affix_parts(&pre, true), affix_parts(&post, true)));
                }
                let n = out.pop().unwrap();
                Some([out.pop().unwrap(), n])
            }
            "currency" => {
                let code = get_str(o, "currency")?;
                let code = CurrencyType::try_from_str(&code.to_ascii_lowercase())
                    .or_else(|_| CurrencyType::try_from_str("xxx"))
                    .map_err(|_| rquickjs::Error::new_from_js("currency", "code"))?;
                let disp = get_str(o, "currencyDisplay")?;
                let mut copts = CurrencyFormatterOptions::default();
                if get_str(o, "currencySign")? == "accounting" {
                    copts.usage = CurrencyUsage::Accounting;
                }
                let make = |l: &Locale| {
                    let cprefs = l.into();
                    match disp.as_str() {
                        "code" => CurrencyFormatter::try_new_code(cprefs, code, copts),
                        "narrowSymbol" => {
                            CurrencyFormatter::try_new_symbol_narrow(cprefs, code, copts)
                        }
                        "name" => CurrencyFormatter::try_new_name(cprefs, code),
                        _ => CurrencyFormatter::try_new_symbol(cprefs, code, copts),
                    }
                };
                // Some locales lack their own entry for a currency: fall back to the language.
                let lang = Locale::from(icu_locale_core::LanguageIdentifier::from(loc.id.language));
                let cf = make(&loc)
                    .or_else(|_| make(&lang))
                    .or_else(|_| make(&Locale::UNKNOWN))
                    .map_err(err)?;
                let mut out = Vec::new();
                for v in ["7", "-7"] {
                    let d: Decimal = v.parse().unwrap();
                    let full = cf.format_fixed_decimal(&d).to_string();
                    let mut abs = cf_round(&d, &cf, &full);
                    abs.sign = Sign::None;
                    let core =
                        writeable::Writeable::write_to_string(&dec.format(&abs)).into_owned();
                    let (pre, post) = split_around(&full, &core).unwrap_or_default();
                    out.push((affix_parts(&pre, false), affix_parts(&post, false)));
                }
                let n = out.pop().unwrap();
                Some([out.pop().unwrap(), n])
            }
            _ => None,
        };
        let unit = if style == "unit" {
            let id = get_str(o, "unit")?;
            let patterns = crate::unit::UnitPatterns::new(&loc, &id, &get_str(o, "unitDisplay")?)
                .ok_or_else(|| rquickjs::Error::new_from_js("unit", "UnitPatterns"))?;
            let rules = PluralRulesWithRanges::try_new_cardinal((&loc).into()).map_err(err)?;
            Some(UnitFormat { patterns, rules })
        } else {
            None
        };
        let name_outer = style == "currency" && get_str(o, "currencyDisplay")? == "name";
        let (approx, glue) = crate::unit::range_symbols(&loc);
        let min_fd = get_i(o, "minimumFractionDigits")?;
        let max_fd = get_i(o, "maximumFractionDigits")?;
        let min_sd = get_i(o, "minimumSignificantDigits")?;
        let max_sd = get_i(o, "maximumSignificantDigits")?;
        let sign_display = match get_str(o, "signDisplay")?.as_str() {
            "never" => SignDisplay::Never,
            "always" => SignDisplay::Always,
            "exceptZero" => SignDisplay::ExceptZero,
            "negative" => SignDisplay::Negative,
            _ => SignDisplay::Auto,
        };
        use UnsignedRoundingMode as U;
        let mode = match get_str(o, "roundingMode")?.as_str() {
            "ceil" => SignedRoundingMode::Ceil,
            "floor" => SignedRoundingMode::Floor,
            "expand" => SignedRoundingMode::Unsigned(U::Expand),
            "trunc" => SignedRoundingMode::Unsigned(U::Trunc),
            "halfCeil" => SignedRoundingMode::HalfCeil,
            "halfFloor" => SignedRoundingMode::HalfFloor,
            "halfTrunc" => SignedRoundingMode::Unsigned(U::HalfTrunc),
            "halfEven" => SignedRoundingMode::Unsigned(U::HalfEven),
            _ => SignedRoundingMode::Unsigned(U::HalfExpand),
        };
        let inc = get_i(o, "roundingIncrement")?.max(1);
        let (mut base, mut power) = (inc, 0i16);
        while base % 10 == 0 {
            base /= 10;
            power += 1;
        }
        let increment = match base {
            2 => RoundingIncrement::MultiplesOf2,
            5 => RoundingIncrement::MultiplesOf5,
            25 => RoundingIncrement::MultiplesOf25,
            _ => RoundingIncrement::MultiplesOf1,
        };
        Ok(NumberFormat {
            unit,
            name_outer,
            approx,
            glue,
            increment: (increment, power),
            strip_if_integer: o.get::<_, Option<bool>>("stripIfInteger")?.unwrap_or(false),
            mode,
            dec,
            compact,
            notation,
            affixes,
            min_int: get_i(o, "minimumIntegerDigits")?.max(1),
            min_fd,
            max_fd,
            min_sd,
            max_sd,
            use_sd: max_sd > 0,
            compact_rounding: o
                .get::<_, Option<bool>>("compactRounding")?
                .unwrap_or(false),
            sign_display,
            percent,
        })
    }

    fn round(&self, d: &mut Decimal) {
        if self.use_sd {
            let msd = if d.absolute.is_zero() {
                0
            } else {
                d.absolute.nonzero_magnitude_start()
            };
            d.round_with_mode(msd - self.max_sd + 1, self.mode);
            d.absolute.trim_end();
            let msd = if d.absolute.is_zero() {
                0
            } else {
                d.absolute.nonzero_magnitude_start()
            };
            d.absolute.pad_end(msd - self.min_sd + 1);
        } else {
            let (inc, power) = self.increment;
            if inc == RoundingIncrement::MultiplesOf1 && power == 0 {
                d.round_with_mode(-self.max_fd, self.mode);
            } else {
                d.round_with_mode_and_increment(-self.max_fd + power, self.mode, inc);
            }
            d.absolute.trim_end();
            let integer = d.absolute.is_zero() || d.absolute.nonzero_magnitude_end() >= 0;
            if !(self.strip_if_integer && integer) {
                d.absolute.pad_end(-self.min_fd);
            }
        }
        d.absolute.pad_start(self.min_int);
    }

    fn compact_round(&self, d: &mut Decimal) {
        // ECMA-402: two significant digits below 100, else integers.
        let msd = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        if msd >= 1 {
            d.round_with_mode(0, self.mode);
        } else {
            d.round_with_mode(msd - 1, self.mode);
        }
        d.absolute.trim_end();
    }

    /// Formats `d` (already a finite decimal) into parts.
    pub fn format_decimal(&self, d: Decimal) -> Parts {
        self.layers(d, false, None).flatten()
    }

    /// Formats `d` as its layers (see `Layers`). `approx` puts the approximately sign where
    /// the sign goes; `special` ("nan" or "infinity" and its symbol) replaces the digits.
    fn layers(
        &self,
        mut d: Decimal,
        approx: bool,
        special: Option<(&'static str, &'static str)>,
    ) -> Layers {
        let negative = d.sign == Sign::Negative;
        if self.percent {
            d.multiply_pow10(2);
        }
        let mut exponent: Option<i16> = None;
        let mut compact_exp = 0u8;
        match self.notation {
            Notation::Scientific | Notation::Engineering => {
                let mut e = if d.absolute.is_zero() {
                    0
                } else {
                    d.absolute.nonzero_magnitude_start()
                };
                if self.notation == Notation::Engineering {
                    e = e.div_euclid(3) * 3;
                }
                d.multiply_pow10(-e);
                self.round(&mut d);
                let m = if d.absolute.is_zero() {
                    0
                } else {
                    d.absolute.nonzero_magnitude_start()
                };
                let limit = if self.notation == Notation::Engineering {
                    3
                } else {
                    1
                };
                if m >= limit {
                    d.multiply_pow10(-limit);
                    e += limit;
                    self.round(&mut d);
                }
                exponent = Some(e);
            }
            Notation::Compact => {
                let c = self.compact.as_ref().unwrap();
                let mut mag = if d.absolute.is_zero() {
                    0
                } else {
                    d.absolute.nonzero_magnitude_start()
                };
                compact_exp = c.compact_exponent_for_magnitude(mag);
                let mut s = d.clone();
                s.multiply_pow10(-(compact_exp as i16));
                if self.compact_rounding {
                    self.compact_round(&mut s);
                } else {
                    self.round(&mut s);
                }
                // Rounding can carry into the next magnitude (999_999 → 1M).
                let new_mag = if s.absolute.is_zero() {
                    0
                } else {
                    s.absolute.nonzero_magnitude_start() + compact_exp as i16
                };
                if new_mag > mag {
                    mag = new_mag;
                    let e2 = c.compact_exponent_for_magnitude(mag);
                    if e2 != compact_exp {
                        s.multiply_pow10(compact_exp as i16 - e2 as i16);
                        compact_exp = e2;
                        if self.compact_rounding {
                            self.compact_round(&mut s);
                        } else {
                            self.round(&mut s);
                        }
                    }
                }
                d = s;
            }
            Notation::Standard => self.round(&mut d),
        }
        if d.absolute.is_zero() && !negative {
            d.sign = Sign::None;
        }
        // The rounded value, for telling a range's ends apart (as ICU, by their double values
        // and signs).
        let rounded = {
            let mut v = d.clone();
            v.multiply_pow10(exponent.unwrap_or(0) + compact_exp as i16);
            // exceptZero and negative show no sign on zero, so -0 is 0 for them.
            let unsigned_zero = v.absolute.is_zero()
                && matches!(
                    self.sign_display,
                    SignDisplay::ExceptZero | SignDisplay::Negative
                );
            let negative = v.sign == Sign::Negative && !unsigned_zero;
            let x = writeable::Writeable::write_to_string(&v)
                .parse::<f64>()
                .unwrap_or(f64::NAN);
            (x, negative)
        };
        d.apply_sign_display(self.sign_display);
        let sign = d.sign;
        let mut abs = d.clone();
        abs.sign = Sign::None;
        // The value the plural rules see: what the digits show, at full magnitude.
        let mut shown = abs.clone();
        if let Some(e) = exponent {
            shown.multiply_pow10(e);
        }
        if special.is_some() {
            exponent = None;
        }
        let body = match (self.notation, &self.compact) {
            (Notation::Compact, Some(c)) => match c.format_with_exponent(&abs, compact_exp) {
                Ok(w) => Parts::of(&w),
                Err(_) => Parts::of(&self.dec.format(&abs)),
            },
            _ => Parts::of(&self.dec.format(&abs)),
        };
        let sign_parts = {
            let mut s = d.clone();
            s.absolute = "0".parse::<Decimal>().unwrap().absolute;
            let p = Parts::of(&self.dec.format(&s));
            let mut out = Vec::new();
            for (k, v) in p.out.into_iter().filter(|(k, _)| *k != "integer") {
                // A bidi mark written with the sign ("\u{61C}-" in ar-EG) is a literal, as
                // ICU reports it.
                let t = v.trim_start_matches(is_bidi_mark);
                if t.len() < v.len() && !t.is_empty() {
                    out.push(("literal", v[..v.len() - t.len()].to_owned()));
                    out.push((k, t.to_owned()));
                } else {
                    out.push((k, v));
                }
            }
            out
        };
        let approx_part = || ("approximatelySign", self.approx.to_owned());
        let (mut pre, post) = match &self.affixes {
            Some([pos, neg]) => {
                let a = if sign == Sign::Negative { neg } else { pos };
                let mut pre = a.0.clone();
                let plus = || {
                    sign_parts
                        .iter()
                        .find(|(k, _)| *k == "plusSign")
                        .cloned()
                        .unwrap_or(("plusSign", "+".into()))
                };
                let neg_has_minus = neg.0.iter().any(|(k, _)| *k == "minusSign");
                if sign == Sign::Positive && !neg_has_minus {
                    // Accounting negatives have no minus to stand in for: lead with the sign.
                    pre.insert(0, plus());
                } else if sign == Sign::Positive || (approx && sign == Sign::None && neg_has_minus)
                {
                    // Put the plus (or approximately) sign where the minus would go.
                    pre = neg
                        .0
                        .iter()
                        .map(|(k, v)| {
                            if *k != "minusSign" {
                                (*k, v.clone())
                            } else if sign == Sign::Positive {
                                plus()
                            } else {
                                approx_part()
                            }
                        })
                        .collect();
                    if sign != Sign::Positive {
                        // The bidi mark belongs to the minus sign it replaces.
                        if let Some(i) = pre.iter().position(|(k, _)| *k == "approximatelySign") {
                            if i > 0
                                && pre[i - 1].0 == "literal"
                                && pre[i - 1].1.chars().all(is_bidi_mark)
                            {
                                pre.remove(i - 1);
                            }
                        }
                    }
                }
                if approx && !pre.iter().any(|(k, _)| *k == "approximatelySign") {
                    match sign_index(&pre) {
                        Some(i) => pre.insert(i, approx_part()),
                        // Nowhere to put it in an accounting negative, as in ICU.
                        None if sign == Sign::Negative => {}
                        None => pre.insert(0, approx_part()),
                    }
                }
                (pre, a.1.clone())
            }
            None => {
                let mut pre = sign_parts;
                if approx {
                    let i = sign_index(&pre).unwrap_or(0);
                    pre.insert(i, approx_part());
                }
                (pre, Vec::new())
            }
        };
        if special.is_some_and(|(k, _)| k == "nan") {
            pre.retain(|(k, _)| *k != "minusSign");
        }
        // The digits with what compact notation writes around them.
        let mut digits: Vec<Part> = Vec::new();
        for (k, v) in body.out {
            let k = match k {
                "literal" if self.notation == Notation::Compact => {
                    if v.trim().is_empty() {
                        "literal"
                    } else {
                        "compact"
                    }
                }
                k => k,
            };
            if k == "compact" {
                // Split leading/trailing spaces off the compact suffix.
                let t = v.trim_matches(|c: char| c.is_whitespace());
                let lead = &v[..v.find(t).unwrap_or(0)];
                let trail = &v[lead.len() + t.len()..];
                push(&mut digits, "literal", lead);
                push(&mut digits, "compact", t);
                push(&mut digits, "literal", trail);
            } else {
                push(&mut digits, k, &v);
            }
        }
        let is_num = |k: &str| matches!(k, "integer" | "group" | "decimal" | "fraction");
        let first = digits.iter().position(|(k, _)| is_num(k)).unwrap_or(0);
        let last = digits
            .iter()
            .rposition(|(k, _)| is_num(k))
            .map_or(digits.len(), |i| i + 1);
        let mut l = Layers {
            value: rounded,
            ..Default::default()
        };
        let after: Vec<Part> = digits.drain(last..).collect();
        let before: Vec<Part> = digits.drain(..first).collect();
        l.core = match special {
            Some((k, sym)) => {
                let inf = if rounded.1 {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                };
                l.value = (if k == "nan" { f64::NAN } else { inf }, rounded.1);
                vec![(k, sym.to_owned())]
            }
            None => digits,
        };
        if let Some(e) = exponent {
            l.inner.push(("exponentSeparator", "E".into()));
            let mut ed = Decimal::from(e as i64);
            ed.sign = Sign::None;
            if e < 0 {
                l.inner.push(("exponentMinusSign", "-".into()));
            }
            l.inner.push((
                "exponentInteger",
                writeable::Writeable::write_to_string(&self.dec.format(&ed)).into_owned(),
            ));
        }
        // A currency's long name is the outer layer (ICU's long-name modifier), the sign and
        // symbols around it the middle one.
        if self.name_outer {
            let signs = |k: &str| matches!(k, "minusSign" | "plusSign" | "approximatelySign");
            let cut = pre.iter().position(|(k, _)| signs(k)).unwrap_or(pre.len());
            l.outer_pre = pre.drain(..cut).collect();
            let cut = post
                .iter()
                .rposition(|(k, _)| signs(k))
                .map_or(0, |i| i + 1);
            let mut post = post;
            l.outer_post = post.drain(cut..).collect();
            l.mid_pre = pre;
            l.mid_post = post;
        } else {
            l.mid_pre = pre;
            l.mid_post = post;
        }
        l.mid_pre.extend(before);
        let mut mid_post = after;
        mid_post.append(&mut l.mid_post);
        l.mid_post = mid_post;
        if let Some(u) = &self.unit {
            l.category = if special.is_some() {
                PluralCategory::Other
            } else if compact_exp > 0 {
                let c = fixed_decimal::CompactDecimal::from_significand_and_exponent(
                    abs.clone(),
                    compact_exp,
                );
                u.rules.rules().category_for(&c)
            } else {
                u.rules.rules().category_for(&shown)
            };
            self.apply_unit(&mut l);
        }
        l
    }

    /// Puts the unit's text for `l.category` around the number.
    fn apply_unit(&self, l: &mut Layers) {
        let Some(u) = &self.unit else { return };
        let (pre, post, number) = u.patterns.affixes(l.category);
        if !number {
            // CLDR writes some forms without the number ("mil pr. gallon" for 1 in da).
            l.mid_pre.clear();
            l.core.clear();
            l.inner.clear();
            l.mid_post.clear();
        }
        if u.patterns.middle {
            l.mid_pre.splice(0..0, pre);
            l.mid_post.extend(post);
            l.outer_pre.clear();
            l.outer_post.clear();
        } else {
            l.outer_pre = pre;
            l.outer_post = post;
        }
    }

    /// `x` rounded as the digit options say (for PluralRules).
    pub fn rounded(&self, x: f64) -> Decimal {
        let mut d = Decimal::try_from_f64(x, FloatPrecision::RoundTrip).unwrap_or_default();
        self.round(&mut d);
        d
    }

    fn layers_num(&self, x: &Num, approx: bool) -> Layers {
        match x {
            Num::Decimal(d) => self.layers(d.clone(), approx, None),
            Num::Float(x) if x.is_finite() => {
                let mut d =
                    Decimal::try_from_f64(*x, FloatPrecision::RoundTrip).unwrap_or_default();
                if *x == 0.0 && x.is_sign_negative() {
                    d.sign = Sign::Negative;
                }
                self.layers(d, approx, None)
            }
            Num::Float(x) => {
                // NaN and ±Infinity: the sign and affixes as for 0 (NaN) or ±1, the symbol
                // instead of the digits.
                let zero = if x.is_nan() {
                    "0"
                } else if x.is_sign_negative() {
                    "-1"
                } else {
                    "1"
                };
                let special = if x.is_nan() {
                    ("nan", "NaN")
                } else {
                    ("infinity", "∞")
                };
                self.layers(zero.parse().unwrap(), approx, Some(special))
            }
        }
    }

    pub fn format_f64(&self, x: f64) -> Parts {
        self.layers_num(&Num::Float(x), false).flatten()
    }

    /// ECMA-402 FormatNumericRange with ICU's defaults (collapse "auto", identity fallback
    /// "approximately"): parts as (type, value, source).
    pub fn format_range(&self, a: &Num, b: &Num) -> Vec<(&'static str, String, &'static str)> {
        let mut out = Vec::new();
        let (mut s, e) = (self.layers_num(a, false), self.layers_num(b, false));
        if s.value == e.value {
            for (k, v) in self.layers_num(a, true).flatten().out {
                out.push((k, v, "shared"));
            }
            return out;
        }
        // The unit (outer layer) is the same at both ends: show it once, in the plural form
        // the range as a whole takes. The middle layer (sign, currency symbol, percent, compact
        // suffix) collapses when it is the same at both ends and more than one character.
        let collapse_outer = true;
        let mid_text = |l: &Layers| {
            let mut t: String = l.mid_pre.iter().map(|(_, v)| v.as_str()).collect();
            t.push('\u{0}');
            t.extend(l.mid_post.iter().map(|(_, v)| v.as_str()));
            t
        };
        let mid_len = s
            .mid_pre
            .iter()
            .chain(s.mid_post.iter())
            .map(|(_, v)| v.chars().count())
            .sum::<usize>();
        let collapse_mid = collapse_outer && mid_text(&s) == mid_text(&e) && mid_len > 1;
        if let Some(u) = &self.unit {
            if !u.patterns.middle {
                s.category = u.rules.resolve_range(s.category, e.category);
                self.apply_unit(&mut s);
            }
        }
        let spaced = (!collapse_mid && mid_len > 0) || !s.inner.is_empty();
        let mut glue = self.glue.to_owned();
        if spaced {
            if !glue.starts_with(char::is_whitespace) {
                glue.insert(0, ' ');
            }
            if !glue.ends_with(char::is_whitespace) {
                glue.push(' ');
            }
        }
        let put = |out: &mut Vec<(&'static str, String, &'static str)>,
                   parts: &[Part],
                   src: &'static str| {
            for (k, v) in parts {
                out.push((k, v.clone(), src));
            }
        };
        put(&mut out, &s.outer_pre, "shared");
        if collapse_mid {
            put(&mut out, &s.mid_pre, "shared");
            put(&mut out, &s.core, "startRange");
            put(&mut out, &s.inner, "startRange");
            out.push(("literal", glue, "shared"));
            put(&mut out, &e.core, "endRange");
            put(&mut out, &e.inner, "endRange");
            put(&mut out, &s.mid_post, "shared");
        } else {
            for (l, src) in [(&s, "startRange"), (&e, "endRange")] {
                if src == "endRange" {
                    out.push(("literal", glue.clone(), "shared"));
                }
                put(&mut out, &l.mid_pre, src);
                put(&mut out, &l.core, src);
                put(&mut out, &l.inner, src);
                put(&mut out, &l.mid_post, src);
            }
        }
        put(&mut out, &s.outer_post, "shared");
        // Literal text next to literal text is one part (V8 splits parts at fields only); it
        // is shared when any of it is.
        let mut merged: Vec<(&'static str, String, &'static str)> = Vec::with_capacity(out.len());
        for (k, v, src) in out {
            match merged.last_mut() {
                Some((lk, lv, lsrc)) if *lk == "literal" && k == "literal" => {
                    lv.push_str(&v);
                    if src == "shared" || *lsrc != src {
                        *lsrc = "shared";
                    }
                }
                _ => merged.push((k, v, src)),
            }
        }
        merged
    }
}

fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Where a sign goes in `parts`: before the sign, and before the bidi marks leading into it.
fn sign_index(parts: &[Part]) -> Option<usize> {
    let mut i = parts
        .iter()
        .position(|(k, _)| matches!(*k, "minusSign" | "plusSign"))?;
    while i > 0 && parts[i - 1].0 == "literal" && parts[i - 1].1.chars().all(is_bidi_mark) {
        i -= 1;
    }
    Some(i)
}

fn push(v: &mut Vec<Part>, k: &'static str, t: &str) {
    if t.is_empty() {
        return;
    }
    match v.last_mut() {
        Some((lk, lt)) if *lk == k => lt.push_str(t),
        _ => v.push((k, t.to_owned())),
    }
}

/// A number to format: a float, or an exact decimal (BigInt digits, decimal strings).
pub enum Num {
    Float(f64),
    Decimal(Decimal),
}

type Part = (&'static str, String);

/// A formatted number in the layers ICU's range formatter tells apart, outside in: the unit
/// (outer), the sign and symbols and compact suffix (middle), the digits, and the exponent
/// (inner, written after the digits).
struct Layers {
    outer_pre: Vec<Part>,
    mid_pre: Vec<Part>,
    core: Vec<Part>,
    inner: Vec<Part>,
    mid_post: Vec<Part>,
    outer_post: Vec<Part>,
    /// The plural category the unit's pattern was chosen for.
    category: PluralCategory,
    /// The value shown, and whether it is negative (-0 is).
    value: (f64, bool),
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            outer_pre: Vec::new(),
            mid_pre: Vec::new(),
            core: Vec::new(),
            inner: Vec::new(),
            mid_post: Vec::new(),
            outer_post: Vec::new(),
            category: PluralCategory::Other,
            value: (0.0, false),
        }
    }
}

impl Layers {
    fn flatten(&self) -> Parts {
        let mut p = Parts::default();
        for (k, v) in self
            .outer_pre
            .iter()
            .chain(&self.mid_pre)
            .chain(&self.core)
            .chain(&self.inner)
            .chain(&self.mid_post)
            .chain(&self.outer_post)
        {
            p.push(k, v);
        }
        p
    }
}

/// The value the currency formatter shows for `d` (its digits decide the fraction length).
fn cf_round<V: icu_decimal::AbstractFormatter>(
    d: &Decimal,
    _cf: &CurrencyFormatter<V>,
    full: &str,
) -> Decimal {
    // Count the fraction digits in `full` after the last separator before the digits end.
    let digits: Vec<char> = full.chars().collect();
    let last_digit = digits.iter().rposition(|c| c.is_numeric());
    let mut frac = 0i16;
    if let Some(end) = last_digit {
        let mut i = end as isize;
        while i >= 0 && digits[i as usize].is_numeric() {
            frac += 1;
            i -= 1;
        }
        if i < 0 || !matches!(digits[i as usize], '.' | ',' | '٫') {
            frac = 0;
        } else {
            // the integer part "7" must precede the separator
            frac = frac.min(6);
        }
    }
    let mut x = d.clone();
    x.absolute.pad_end(-frac);
    x
}
