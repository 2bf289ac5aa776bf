//! rode_intl: ECMA-402 `Intl` on ICU4X compiled data.
//!
//! `internalBinding('intl')` does the locale-sensitive work; `js/internal/intl/*.js` holds
//! the classes, option validation and resolvedOptions. Number and date formatters are built
//! once per distinct (locale, options) key and kept in a small per-thread cache, so a JS
//! object only carries its key string; collators (compared often, built rarely) are numbered
//! handles kept for the process, one per distinct configuration.

mod datetime;
mod misc;
mod number;
mod parts;
mod unit;
#[rustfmt::skip]
mod unit_data;

use parts::Parts;
use rode_core::bind;
use rode_core::builtins::Registry;
use rquickjs::{Array, Ctx, Object, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

mod js_table {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));
}

pub fn register(r: &mut Registry) {
    r.add_js(js_table::BUILTIN_IDS, js_table::BUILTIN_CODE);
    r.add_binding("intl", init);
}

pub(crate) fn parse_locale(s: &str) -> icu_locale_core::Locale {
    s.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

pub(crate) fn data_err(e: impl std::fmt::Display) -> rquickjs::Error {
    rquickjs::Error::new_from_js_message("locale", "Intl", e.to_string())
}

const CACHE_MAX: usize = 128;

thread_local! {
    pub(crate) static NUMBER: RefCell<HashMap<String, Rc<number::NumberFormat>>> = RefCell::new(HashMap::new());
    static DATE: RefCell<HashMap<String, Rc<datetime::DateFormat>>> = RefCell::new(HashMap::new());
}

fn cached<T>(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<String, Rc<T>>>>,
    key: &str,
    make: impl FnOnce() -> Result<T>,
) -> Result<Rc<T>> {
    if let Some(v) = cache.with(|c| c.borrow().get(key).cloned()) {
        return Ok(v);
    }
    let v = Rc::new(make()?);
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(key.to_owned(), v.clone());
    });
    Ok(v)
}

/// A number argument: a float, or exact decimal digits given as a string (BigInt, strings).
fn to_num(x: &Value<'_>) -> Result<number::Num> {
    if let Some(s) = x.as_string() {
        return Ok(match s.to_string()?.parse::<fixed_decimal::Decimal>() {
            Ok(d) => number::Num::Decimal(d),
            Err(_) => number::Num::Float(f64::NAN),
        });
    }
    Ok(number::Num::Float(x.as_number().unwrap_or(f64::NAN)))
}

/// A string, or with `parts` a flat array `[type, value, type, value, ...]`.
pub(crate) fn emit<'js>(ctx: &Ctx<'js>, p: Parts, parts: bool) -> Result<Value<'js>> {
    if !parts {
        return rquickjs::String::from_str(ctx.clone(), &p.text()).map(|s| s.into_value());
    }
    let a = Array::new(ctx.clone())?;
    let mut i = 0;
    for (k, v) in p.out {
        a.set(i, k)?;
        a.set(i + 1, v)?;
        i += 2;
    }
    Ok(a.into_value())
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // (key, locale, options, x: number | string (BigInt digits), parts)
    bind::func(
        ctx,
        &o,
        "formatNumber",
        |ctx: Ctx<'js>,
         key: String,
         locale: String,
         opts: Object<'js>,
         x: Value<'js>,
         parts: bool| {
            let f = cached(&NUMBER, &key, || number::NumberFormat::new(&locale, &opts))?;
            let p = match to_num(&x)? {
                number::Num::Decimal(d) => f.format_decimal(d),
                number::Num::Float(x) => f.format_f64(x),
            };
            emit(&ctx, p, parts)
        },
    )?;
    // (key, locale, options, start, end: number | string) → flat [type, value, source, ...]
    bind::func(
        ctx,
        &o,
        "formatNumberRange",
        |ctx: Ctx<'js>,
         key: String,
         locale: String,
         opts: Object<'js>,
         a: Value<'js>,
         b: Value<'js>|
         -> Result<Value<'js>> {
            let f = cached(&NUMBER, &key, || number::NumberFormat::new(&locale, &opts))?;
            let (a, b) = (to_num(&a)?, to_num(&b)?);
            let arr = Array::new(ctx)?;
            for (i, (k, v, src)) in f.format_range(&a, &b).into_iter().enumerate() {
                arr.set(i * 3, k)?;
                arr.set(i * 3 + 1, v)?;
                arr.set(i * 3 + 2, src)?;
            }
            Ok(arr.into_value())
        },
    )?;
    bind::func(ctx, &o, "isWellFormedUnit", |u: String| {
        unit::is_well_formed(&u)
    })?;
    bind::func(
        ctx,
        &o,
        "formatDate",
        |ctx: Ctx<'js>, key: String, locale: String, opts: Object<'js>, ms: f64, parts: bool| {
            let f = cached(&DATE, &key, || datetime::DateFormat::new(&locale, &opts))?;
            let mut p = f.format(ms);
            if !parts {
                // V8's format() shows ASCII spaces where CLDR has U+202F (formatToParts keeps it).
                for (_, s) in p.out.iter_mut() {
                    if s.contains('\u{202F}') {
                        *s = s.replace('\u{202F}', " ");
                    }
                }
            }
            emit(&ctx, p, parts)
        },
    )?;
    bind::func(ctx, &o, "zonedFields", |tz: String, ms: f64| {
        datetime::zoned_fields(&tz, ms)
    })?;
    bind::func(ctx, &o, "localeChain", |locale: String| {
        unit::fallback_chain(&parse_locale(&locale))
    })?;
    bind::func(ctx, &o, "dateRangeGlue", |locale: String| {
        datetime::range_glue(&locale)
    })?;
    bind::func(ctx, &o, "canonicalZone", |name: String| {
        datetime::canonical_zone(&name)
    })?;
    bind::func(ctx, &o, "isOffsetZone", |name: String| {
        (name.starts_with('+') || name.starts_with('-')) && datetime::time_zone(&name).is_some()
    })?;
    bind::func(ctx, &o, "defaultZone", datetime::default_zone)?;
    bind::func(ctx, &o, "defaultCalendar", |l: String| {
        datetime::default_calendar(&l)
    })?;
    bind::func(ctx, &o, "defaultHourCycle", |l: String| {
        datetime::default_hour_cycle(&l)
    })?;
    misc::init(ctx, &o)?;
    Ok(o)
}
