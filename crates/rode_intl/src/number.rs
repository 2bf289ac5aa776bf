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
    for c in s.chars() {
        let kind = match c {
            '-' | '\u{2212}' => Some("minusSign"),
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
    p.out
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
    pub fn format_decimal(&self, mut d: Decimal) -> Parts {
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
        d.apply_sign_display(self.sign_display);
        let sign = d.sign;
        let mut abs = d.clone();
        abs.sign = Sign::None;
        let mut out = Parts::default();
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
            p.out
                .into_iter()
                .filter(|(k, _)| *k != "integer")
                .collect::<Vec<_>>()
        };
        let (pre, post) = match &self.affixes {
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
                if sign == Sign::Positive && !neg.0.iter().any(|(k, _)| *k == "minusSign") {
                    // Accounting negatives have no minus to stand in for: lead with the sign.
                    pre.insert(0, plus());
                } else if sign == Sign::Positive {
                    // Put the plus sign where the minus would go.
                    pre = neg
                        .0
                        .iter()
                        .map(|(k, v)| {
                            if *k == "minusSign" {
                                plus()
                            } else {
                                (*k, v.clone())
                            }
                        })
                        .collect();
                }
                (pre, a.1.clone())
            }
            None => (sign_parts, Vec::new()),
        };
        for (k, v) in pre {
            out.push(k, &v);
        }
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
                out.push("literal", lead);
                out.push("compact", t);
                out.push("literal", trail);
            } else {
                out.push(k, &v);
            }
        }
        if let Some(e) = exponent {
            out.push("exponentSeparator", "E");
            let mut ed = Decimal::from(e as i64);
            let neg = e < 0;
            ed.sign = Sign::None;
            if neg {
                out.push("exponentMinusSign", "-");
            }
            out.push(
                "exponentInteger",
                &writeable::Writeable::write_to_string(&self.dec.format(&ed)),
            );
        }
        for (k, v) in post {
            out.push(k, &v);
        }
        out
    }

    /// `x` rounded as the digit options say (for PluralRules).
    pub fn rounded(&self, x: f64) -> Decimal {
        let mut d = Decimal::try_from_f64(x, FloatPrecision::RoundTrip).unwrap_or_default();
        self.round(&mut d);
        d
    }

    pub fn format_f64(&self, x: f64) -> Parts {
        if x.is_finite() {
            let d = Decimal::try_from_f64(x, FloatPrecision::RoundTrip).unwrap_or_default();
            let mut d = d;
            if x == 0.0 && x.is_sign_negative() {
                d.sign = Sign::Negative;
            }
            return self.format_decimal(d);
        }
        // NaN and ±Infinity: the sign and affixes as for 0, the symbol instead of digits.
        let zero = if x.is_sign_negative() && !x.is_nan() {
            "-0"
        } else {
            "0"
        };
        let base = self.format_decimal(zero.parse().unwrap());
        let sym = if x.is_nan() { "NaN" } else { "∞" };
        let kind = if x.is_nan() { "nan" } else { "infinity" };
        let mut out = Parts::default();
        let mut done = false;
        for (k, v) in base.out {
            if matches!(k, "integer" | "decimal" | "fraction" | "group") {
                if !done {
                    out.push(kind, sym);
                    done = true;
                }
            } else if k == "minusSign" && x.is_nan() {
            } else {
                out.push(k, &v);
            }
        }
        out
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
