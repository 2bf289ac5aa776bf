//! Intl.NumberFormat `style: "unit"`: CLDR unit patterns from a generated table
//! (src/unit_data.rs, made by tools/gen-unit-data.js). ICU4X 2.4's compiled data names the
//! units of five categories only and has no "per" patterns, so the table holds all the
//! sanctioned units for a set of locales; other locales get CLDR root's patterns ("5 km").
//! The table also holds the number range glue and approximately sign per locale.

use crate::unit_data::{NUMBER_RANGE, UNITS, UNIT_IDS};
use icu_locale::LocaleFallbacker;
use icu_locale_core::{DataLocale, Locale};
use icu_plurals::PluralCategory;

/// A part: (type, text).
pub type Part = (&'static str, String);

const CODES: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn code(unit: &str) -> Option<char> {
    let i = UNIT_IDS.iter().position(|u| *u == unit)?;
    Some(CODES[i] as char)
}

/// ECMA-402 IsWellFormedUnitIdentifier: a sanctioned unit, or two joined by "-per-".
pub fn is_well_formed(unit: &str) -> bool {
    if code(unit).is_some() {
        return true;
    }
    match unit.split_once("-per-") {
        Some((x, y)) => code(x).is_some() && code(y).is_some(),
        None => false,
    }
}

/// The locale ids `loc` inherits from, nearest first (ICU4X's fallback chain: en-AU,
/// en-001, en; zh-TW, zh-Hant-TW, zh-Hant), without "und".
pub fn fallback_chain(loc: &Locale) -> Vec<String> {
    let fallbacker = LocaleFallbacker::new().for_config(Default::default());
    let mut it = fallbacker.fallback_for(DataLocale::from(loc));
    let mut out = Vec::new();
    for _ in 0..8 {
        if it.get().is_unknown() {
            break;
        }
        out.push(it.get().to_string());
        it.step();
    }
    out
}

/// The table texts that apply to `loc`, nearest first, root last.
fn tables(loc: &Locale) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = fallback_chain(loc)
        .iter()
        .filter_map(|id| UNITS.iter().find(|(k, _)| k == id).map(|(_, v)| *v))
        .collect();
    if let Some((_, root)) = UNITS.iter().find(|(k, _)| *k == "root") {
        out.push(root);
    }
    out
}

fn lookup(tables: &[&'static str], key: &str) -> Option<&'static str> {
    for t in tables {
        for line in t.split('\n') {
            if let Some(v) = line.strip_prefix(key) {
                return Some(v);
            }
        }
    }
    match key.strip_prefix('n') {
        Some(rest) => lookup(tables, &format!("s{rest}")),
        None => None,
    }
}

/// One unit's patterns in one width: "{0} kilometers" per plural category.
pub struct UnitPatterns {
    other: String,
    forms: Vec<(PluralCategory, String)>,
    /// Short and narrow "percent" take the place of the percent pattern: for ranges its text
    /// is part of the number's own affixes (ICU's "middle" modifier), not the unit's.
    pub middle: bool,
}

fn category(c: u8) -> Option<PluralCategory> {
    Some(match c {
        b'z' => PluralCategory::Zero,
        b'o' => PluralCategory::One,
        b't' => PluralCategory::Two,
        b'f' => PluralCategory::Few,
        b'm' => PluralCategory::Many,
        _ => return None,
    })
}

fn parse(v: &str) -> UnitPatterns {
    let mut it = v.split('\u{1f}');
    let other = it.next().unwrap_or_default().to_owned();
    let forms = it
        .filter_map(|f| {
            let b = f.as_bytes();
            if b.len() >= 2 && b[1] == b':' {
                Some((category(b[0])?, f[2..].to_owned()))
            } else {
                None
            }
        })
        .collect();
    UnitPatterns {
        other,
        forms,
        middle: false,
    }
}

impl UnitPatterns {
    /// The patterns of `unit` ("kilometer", "kilobyte-per-second") for `width` (long, short,
    /// narrow) in `loc`; None for a unit that is not well-formed.
    pub fn new(loc: &Locale, unit: &str, width: &str) -> Option<Self> {
        let w = match width {
            "long" => 'l',
            "narrow" => 'n',
            _ => 's',
        };
        let t = tables(loc);
        if let Some((x, y)) = unit.split_once("-per-") {
            let (cx, cy) = (code(x)?, code(y)?);
            if let Some(v) = lookup(&t, &format!("{w}c{cx}{cy}")) {
                return Some(parse(v));
            }
            if x == "percent" && w != 'l' {
                // ICU shows a short percent numerator as the percent alone ("2%").
                return Self::new(loc, x, width);
            }
            let per = lookup(&t, &format!("{w}p{cy}"))?;
            let mut p = parse(lookup(&t, &format!("{w}u{cx}"))?);
            p.other = per.replacen("{0}", &p.other, 1);
            for (_, f) in p.forms.iter_mut() {
                *f = per.replacen("{0}", f, 1);
            }
            return Some(p);
        }
        let mut p = parse(lookup(&t, &format!("{w}u{}", code(unit)?))?);
        p.middle = unit == "percent" && w != 'l';
        Some(p)
    }

    pub fn pattern(&self, c: PluralCategory) -> &str {
        self.forms
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, p)| p.as_str())
            .unwrap_or(&self.other)
    }

    /// The parts before and after the number for category `c`, and whether the pattern
    /// shows the number at all (a few CLDR patterns for 1 do not).
    pub fn affixes(&self, c: PluralCategory) -> (Vec<Part>, Vec<Part>, bool) {
        let p = self.pattern(c);
        let (pre, post, number) = match p.find("{0}") {
            Some(i) => (&p[..i], &p[i + 3..], true),
            None => (p, "", false),
        };
        (split(pre), split(post), number)
    }
}

/// Text around the number as parts: spaces and bidi marks at either end are literals, the
/// rest is the unit.
fn split(text: &str) -> Vec<Part> {
    let spacing = |c: char| c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}');
    let mid = text.trim_matches(spacing);
    let mut out = Vec::new();
    if mid.is_empty() {
        if !text.is_empty() {
            out.push(("literal", text.to_owned()));
        }
        return out;
    }
    let start = text.find(mid).unwrap_or(0);
    if start > 0 {
        out.push(("literal", text[..start].to_owned()));
    }
    out.push(("unit", mid.to_owned()));
    if start + mid.len() < text.len() {
        out.push(("literal", text[start + mid.len()..].to_owned()));
    }
    out
}

/// The approximately sign and the range glue of `loc` ("~", "–" unless CLDR says otherwise).
pub fn range_symbols(loc: &Locale) -> (&'static str, &'static str) {
    for id in fallback_chain(loc) {
        if let Some((_, a, g)) = NUMBER_RANGE.iter().find(|(k, _, _)| *k == id) {
            return (a, g);
        }
    }
    ("~", "–")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(loc: &str, unit: &str, width: &str, c: PluralCategory) -> String {
        let l: Locale = loc.parse().unwrap();
        UnitPatterns::new(&l, unit, width)
            .unwrap()
            .pattern(c)
            .to_owned()
    }

    #[test]
    fn patterns() {
        use PluralCategory::*;
        assert_eq!(text("en-US", "kilobyte", "long", One), "{0} kilobyte");
        assert_eq!(text("en-US", "kilobyte", "long", Other), "{0} kilobytes");
        assert_eq!(
            text("en-US", "kilometer-per-hour", "short", Other),
            "{0} km/h"
        );
        assert_eq!(
            text("en-US", "kilobyte-per-second", "long", Other),
            "{0} kilobytes per second"
        );
        assert_eq!(
            text("en-US", "kilobyte-per-second", "narrow", Other),
            "{0}kB/s"
        );
        assert_eq!(text("en-GB", "kilometer", "long", Other), "{0} kilometres");
        assert_eq!(
            text("de-AT", "kilometer-per-hour", "long", Other),
            "{0} Kilometer pro Stunde"
        );
        assert_eq!(text("pl", "kilometer", "long", Few), "{0} kilometry");
        assert_eq!(text("zh-TW", "hour", "long", Other), "{0} 小時");
        assert_eq!(text("kw", "kilobyte", "long", Other), "{0} kB");
        assert!(UnitPatterns::new(&"en".parse().unwrap(), "furlong", "long").is_none());
        assert!(is_well_formed("gigabyte-per-day"));
        assert!(!is_well_formed("kilometer-per-hour-per-second"));
        assert!(!is_well_formed("KILOMETER"));
    }

    #[test]
    fn chains() {
        let c = |s: &str| fallback_chain(&s.parse().unwrap()).join(",");
        assert_eq!(c("en-AU"), "en-AU,en-001,en");
        assert_eq!(c("en-CA"), "en-CA,en");
        assert_eq!(c("zh-HK"), "zh-HK,zh-Hant");
        assert_eq!(c("es-AR"), "es-AR,es-419,es");
        assert_eq!(c("zh-TW"), "zh-TW,zh-Hant");
        assert_eq!(range_symbols(&"de-DE".parse().unwrap()), ("≈", "–"));
        assert_eq!(range_symbols(&"en-US".parse().unwrap()), ("~", "–"));
    }
}
