//! The smaller services: locales, plural rules, lists, relative time, segmentation,
//! collation, case mapping, display names.

use crate::parts::Parts;
use icu_collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
use icu_collator::CollatorBorrowed;
use icu_experimental::displaynames::multi::{
    LanguageDisplayNames, LocaleDisplayNamesFormatter, RegionDisplayNames, ScriptDisplayNames,
};
use icu_experimental::displaynames::{DisplayNamesOptions, LanguageDisplay, Style};
use icu_experimental::relativetime::options::Numeric;
use icu_experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterOptions};
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale::{LocaleCanonicalizer, LocaleExpander};
use icu_locale_core::{LanguageIdentifier, Locale};
use icu_plurals::{PluralCategory, PluralRules};
use icu_segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu_segmenter::{GraphemeClusterSegmenter, SentenceSegmenter, WordSegmenter};
use rode_core::bind;
use rquickjs::{Array, Ctx, Object, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

fn loc(s: &str) -> Locale {
    crate::parse_locale(s)
}

use crate::data_err;

/// The canonical form of a BCP 47 tag, or None when it is not well-formed.
pub fn canonicalize(tag: &str) -> Option<String> {
    if tag.contains('_') || tag.is_empty() {
        return None;
    }
    let Ok(mut l) = tag.parse::<Locale>() else {
        return canonicalize_long_language(tag);
    };
    LocaleCanonicalizer::new_extended().canonicalize(&mut l);
    Some(l.to_string())
}

/// BCP 47 allows a language subtag of 5 to 8 letters (`generic`, which fast-levenshtein
/// passes to `Intl.Collator`); ICU4X's parser takes 2 or 3 only. Such a tag is canonicalized
/// with a private-use language (`qaa`, which no alias rule touches) standing in for it, and
/// the language put back in lower case. No data exists for it, so services fall back to the
/// default locale, as in V8.
fn canonicalize_long_language(tag: &str) -> Option<String> {
    let (language, rest) = tag.split_once('-').unwrap_or((tag, ""));
    if !(5..=8).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let stand_in = if rest.is_empty() {
        "qaa".to_string()
    } else {
        format!("qaa-{rest}")
    };
    let mut l: Locale = stand_in.parse().ok()?;
    LocaleCanonicalizer::new_extended().canonicalize(&mut l);
    let canonical = l.to_string();
    let tail = canonical.strip_prefix("qaa")?;
    Some(format!("{}{tail}", language.to_ascii_lowercase()))
}

fn category(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

thread_local! {
    static PLURAL: RefCell<HashMap<String, Rc<PluralRules>>> = RefCell::new(HashMap::new());
    static COLLATORS: RefCell<Vec<Rc<CollatorBorrowed<'static>>>> = const { RefCell::new(Vec::new()) };
    static COLLATOR_KEYS: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
}

fn plural_rules(locale: &str, ordinal: bool) -> Result<Rc<PluralRules>> {
    let key = format!("{ordinal}:{locale}");
    crate::cached(&PLURAL, &key, || {
        let l = loc(locale);
        if ordinal {
            PluralRules::try_new_ordinal((&l).into())
        } else {
            PluralRules::try_new_cardinal((&l).into())
        }
        .map_err(data_err)
    })
}

fn relative_formatter(
    locale: &str,
    style: &str,
    unit: &str,
    auto: bool,
) -> Result<RelativeTimeFormatter> {
    let prefs = (&loc(locale)).into();
    let mut opts = RelativeTimeFormatterOptions::default();
    if auto {
        opts = opts.with_numeric(Numeric::Auto);
    }
    macro_rules! pick {
        ($($s:literal, $u:literal => $f:ident),* $(,)?) => {
            match (style, unit) {
                $(($s, $u) => RelativeTimeFormatter::$f(prefs, opts),)*
                _ => return Err(rquickjs::Error::new_from_js("unit", "RelativeTimeFormat")),
            }
        };
    }
    pick!(
        "long", "second" => try_new_long_second, "long", "minute" => try_new_long_minute,
        "long", "hour" => try_new_long_hour, "long", "day" => try_new_long_day,
        "long", "week" => try_new_long_week, "long", "month" => try_new_long_month,
        "long", "quarter" => try_new_long_quarter, "long", "year" => try_new_long_year,
        "short", "second" => try_new_short_second, "short", "minute" => try_new_short_minute,
        "short", "hour" => try_new_short_hour, "short", "day" => try_new_short_day,
        "short", "week" => try_new_short_week, "short", "month" => try_new_short_month,
        "short", "quarter" => try_new_short_quarter, "short", "year" => try_new_short_year,
        "narrow", "second" => try_new_narrow_second, "narrow", "minute" => try_new_narrow_minute,
        "narrow", "hour" => try_new_narrow_hour, "narrow", "day" => try_new_narrow_day,
        "narrow", "week" => try_new_narrow_week, "narrow", "month" => try_new_narrow_month,
        "narrow", "quarter" => try_new_narrow_quarter, "narrow", "year" => try_new_narrow_year,
    )
    .map_err(data_err)
}

fn utf16(s: &rquickjs::String<'_>) -> Result<Vec<u16>> {
    Ok(s.to_string()?.encode_utf16().collect())
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(ctx, o, "canonicalize", |tag: String| canonicalize(&tag))?;
    bind::func(ctx, o, "isSupported", |tag: String| {
        let Ok(l) = tag.parse::<Locale>() else {
            return false;
        };
        if l.id.language.is_unknown() {
            return false;
        }
        let mut id = LanguageIdentifier::from(l.id.language);
        LocaleExpander::new_extended().maximize(&mut id) == icu_locale::TransformResult::Modified
    })?;
    bind::func(ctx, o, "maximize", |tag: String| {
        let mut l = loc(&tag);
        LocaleExpander::new_extended().maximize(&mut l.id);
        l.to_string()
    })?;
    bind::func(ctx, o, "minimize", |tag: String| {
        let mut l = loc(&tag);
        LocaleExpander::new_extended().minimize(&mut l.id);
        l.to_string()
    })?;
    // (locale, ordinal, numberFormatKey, numberOptions, x) → category
    bind::func(
        ctx,
        o,
        "pluralSelect",
        |locale: String,
         ordinal: bool,
         key: String,
         opts: Object<'js>,
         x: f64|
         -> Result<&'static str> {
            let pr = plural_rules(&locale, ordinal)?;
            let nf = crate::cached(&crate::NUMBER, &key, || {
                crate::number::NumberFormat::new(&locale, &opts)
            })?;
            if !x.is_finite() {
                return Ok("other");
            }
            let d = nf.rounded(x);
            Ok(category(pr.category_for(&d)))
        },
    )?;
    // (locale, ordinal, numberFormatKey, numberOptions, x, y) → category of the range x..y
    bind::func(
        ctx,
        o,
        "pluralSelectRange",
        |locale: String,
         ordinal: bool,
         key: String,
         opts: Object<'js>,
         x: f64,
         y: f64|
         -> Result<&'static str> {
            let l = loc(&locale);
            let pr = if ordinal {
                icu_plurals::PluralRulesWithRanges::try_new_ordinal((&l).into())
            } else {
                icu_plurals::PluralRulesWithRanges::try_new_cardinal((&l).into())
            }
            .map_err(data_err)?;
            let nf = crate::cached(&crate::NUMBER, &key, || {
                crate::number::NumberFormat::new(&locale, &opts)
            })?;
            Ok(category(
                pr.category_for_range(&nf.rounded(x), &nf.rounded(y)),
            ))
        },
    )?;
    bind::func(
        ctx,
        o,
        "pluralCategories",
        |ctx: Ctx<'js>, locale: String, ordinal: bool| -> Result<Array<'js>> {
            let pr = plural_rules(&locale, ordinal)?;
            let a = Array::new(ctx)?;
            for (i, c) in pr.categories().enumerate() {
                a.set(i, category(c))?;
            }
            Ok(a)
        },
    )?;
    // (locale, type: conjunction|disjunction|unit, style, items, parts)
    bind::func(
        ctx,
        o,
        "formatList",
        |ctx: Ctx<'js>,
         locale: String,
         kind: String,
         style: String,
         items: Vec<String>,
         parts: bool| {
            let l = loc(&locale);
            let len = match style.as_str() {
                "short" => ListLength::Short,
                "narrow" => ListLength::Narrow,
                _ => ListLength::Wide,
            };
            let opts = ListFormatterOptions::default().with_length(len);
            let f = match kind.as_str() {
                "disjunction" => ListFormatter::try_new_or((&l).into(), opts),
                "unit" => ListFormatter::try_new_unit((&l).into(), opts),
                _ => ListFormatter::try_new_and((&l).into(), opts),
            }
            .map_err(data_err)?;
            let p = Parts::of(&f.format(items.iter().map(String::as_str)));
            crate::emit(&ctx, p, parts)
        },
    )?;
    // (locale, style, numeric auto, unit, value, parts)
    bind::func(
        ctx,
        o,
        "formatRelative",
        |ctx: Ctx<'js>,
         locale: String,
         style: String,
         auto: bool,
         unit: String,
         x: f64,
         parts: bool| {
            let f = relative_formatter(&locale, &style, &unit, auto)?;
            let mut d =
                fixed_decimal::Decimal::try_from_f64(x, fixed_decimal::FloatPrecision::RoundTrip)
                    .unwrap_or_default();
            if x == 0.0 && x.is_sign_negative() {
                d.sign = fixed_decimal::Sign::Negative;
            }
            d.round_with_mode(
                -3,
                fixed_decimal::SignedRoundingMode::Unsigned(
                    fixed_decimal::UnsignedRoundingMode::HalfExpand,
                ),
            );
            d.absolute.trim_end();
            let p = Parts::of(&f.format(d));
            crate::emit(&ctx, p, parts)
        },
    )?;
    // (granularity, string) → flat [end0, wordLike0, end1, wordLike1, ...] in UTF-16 units
    bind::func(
        ctx,
        o,
        "segment",
        |ctx: Ctx<'js>, gran: String, s: rquickjs::String<'js>| -> Result<Array<'js>> {
            let u = utf16(&s)?;
            let a = Array::new(ctx)?;
            let mut i = 0;
            let mut put = |end: usize, wl: bool| -> Result<()> {
                a.set(i, end as f64)?;
                a.set(i + 1, wl)?;
                i += 2;
                Ok(())
            };
            match gran.as_str() {
                "word" => {
                    let seg = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
                    let mut it = seg.segment_utf16(&u);
                    while let Some(b) = it.next() {
                        if b > 0 {
                            put(b, it.is_word_like())?;
                        }
                    }
                }
                "sentence" => {
                    let seg = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
                    for b in seg.segment_utf16(&u) {
                        if b > 0 {
                            put(b, false)?;
                        }
                    }
                }
                _ => {
                    for b in GraphemeClusterSegmenter::new().segment_utf16(&u) {
                        if b > 0 {
                            put(b, false)?;
                        }
                    }
                }
            }
            Ok(a)
        },
    )?;
    // (key, locale with -u-kn/-u-kf, sensitivity, ignorePunctuation, a, b) → -1 | 0 | 1;
    // `key` names the collator in the cache (its locale and options).
    // (locale with -u-co/-u-kn/-u-kf, sensitivity, ignorePunctuation) → a collator handle
    // (collators are kept for the process, one per distinct configuration).
    bind::func(
        ctx,
        o,
        "collator",
        |locale: String, sensitivity: String, ignore_punct: bool| -> Result<u32> {
            let key = format!("{locale}|{sensitivity}|{ignore_punct}");
            if let Some(&h) = COLLATOR_KEYS
                .with(|k| k.borrow().get(&key).copied())
                .as_ref()
            {
                return Ok(h);
            }
            let mut opts = CollatorOptions::default();
            match sensitivity.as_str() {
                "base" => opts.strength = Some(Strength::Primary),
                "accent" => opts.strength = Some(Strength::Secondary),
                "case" => {
                    opts.strength = Some(Strength::Primary);
                    opts.case_level = Some(CaseLevel::On);
                }
                _ => opts.strength = Some(Strength::Tertiary),
            }
            if ignore_punct {
                opts.alternate_handling = Some(AlternateHandling::Shifted);
            }
            let c = CollatorBorrowed::try_new((&loc(&locale)).into(), opts).map_err(data_err)?;
            let h = COLLATORS.with(|v| {
                let mut v = v.borrow_mut();
                v.push(Rc::new(c));
                (v.len() - 1) as u32
            });
            COLLATOR_KEYS.with(|k| k.borrow_mut().insert(key, h));
            Ok(h)
        },
    )?;
    // (handle, a, b) → -1 | 0 | 1
    bind::func(
        ctx,
        o,
        "compare",
        |h: u32, a: String, b: String| -> Result<i32> {
            let c = COLLATORS.with(|v| v.borrow().get(h as usize).cloned());
            match c {
                Some(c) => Ok(c.compare(&a, &b) as i32),
                None => Err(rquickjs::Error::new_from_js("handle", "Collator")),
            }
        },
    )?;
    bind::func(ctx, o, "toUpper", |locale: String, s: String| {
        let l: LanguageIdentifier = loc(&locale).id;
        icu_casemap::CaseMapper::new()
            .uppercase_to_string(&s, &l)
            .into_owned()
    })?;
    bind::func(ctx, o, "toLower", |locale: String, s: String| {
        let l: LanguageIdentifier = loc(&locale).id;
        icu_casemap::CaseMapper::new()
            .lowercase_to_string(&s, &l)
            .into_owned()
    })?;
    // (locale, type, style, languageDisplay, code) → name or undefined
    bind::func(
        ctx,
        o,
        "displayName",
        |locale: String,
         kind: String,
         style: String,
         ld: String,
         code: String|
         -> Result<Option<String>> {
            let prefs = (&loc(&locale)).into();
            let mut opts = DisplayNamesOptions::default();
            opts.style = Some(match style.as_str() {
                "short" => Style::Short,
                "narrow" => Style::Narrow,
                _ => Style::Long,
            });
            opts.fallback = icu_experimental::displaynames::Fallback::None;
            if ld == "standard" {
                opts.language_display = LanguageDisplay::Standard;
            }
            Ok(match kind.as_str() {
                "region" => {
                    let f = RegionDisplayNames::try_new(prefs, opts).map_err(data_err)?;
                    code.parse().ok().and_then(|r| f.of(r).map(str::to_owned))
                }
                "script" => {
                    let f = ScriptDisplayNames::try_new(prefs, opts).map_err(data_err)?;
                    code.parse().ok().and_then(|r| f.of(r).map(str::to_owned))
                }
                _ => {
                    let l: Locale = match code.parse() {
                        Ok(l) => l,
                        Err(_) => return Ok(None),
                    };
                    if l.id.script.is_none() && l.id.region.is_none() && l.id.variants.is_empty() {
                        let f = LanguageDisplayNames::try_new(prefs, opts).map_err(data_err)?;
                        if let Some(n) = f.of(l.id.language) {
                            return Ok(Some(n.to_owned()));
                        }
                    }
                    let f = LocaleDisplayNamesFormatter::try_new(prefs, opts).map_err(data_err)?;
                    Some(f.of(&l).into_owned())
                }
            })
        },
    )?;
    bind::func(ctx, o, "timeZones", |ctx: Ctx<'js>| -> Result<Value<'js>> {
        let mut names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
        names.sort();
        let a = Array::new(ctx)?;
        for (i, n) in names.into_iter().enumerate() {
            a.set(i, n)?;
        }
        Ok(a.into_value())
    })?;
    Ok(())
}
