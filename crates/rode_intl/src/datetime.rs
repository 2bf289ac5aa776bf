//! Intl.DateTimeFormat on `icu_datetime` (the field bag mirrors ECMA-402's options) with time
//! zones from jiff and its bundled IANA tzdb.

use crate::parts::Parts;
use icu_calendar::{Gregorian, Iso};
use icu_datetime::fieldbag::{field, DateTimeFieldBag};
use icu_datetime::fieldsets::builder::{DateFields, FieldSetBuilder, ZoneStyle};
use icu_datetime::fieldsets::enums::CompositeFieldSet;
use icu_datetime::options::{Length, TimePrecision};
use icu_datetime::range::DateRangeFormatter;
use icu_datetime::DateTimeFormatter;
use icu_locale_core::Locale;
use icu_time::zone::models::AtTime;
use icu_time::zone::{UtcOffset, ZoneNameTimestamp};
use icu_time::TimeZone;
use icu_time::{TimeZoneInfo, ZonedDateTime};
use rquickjs::{Object, Result};

pub struct DateFormat {
    fmt: DateTimeFormatter<CompositeFieldSet>,
    tz: jiff::tz::TimeZone,
}

fn opt(o: &Object<'_>, k: &str) -> Result<Option<String>> {
    o.get::<_, Option<String>>(k)
}

/// The time zone named `name`: an IANA id or an offset like "+05:30".
pub fn time_zone(name: &str) -> Option<jiff::tz::TimeZone> {
    if name.eq_ignore_ascii_case("utc") {
        return Some(jiff::tz::TimeZone::UTC);
    }
    if let Some(rest) = name.strip_prefix(['+', '-']) {
        let sign = if name.starts_with('-') { -1 } else { 1 };
        let digits: String = rest.chars().filter(|c| *c != ':').collect();
        if digits.len() != 2 && digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let h: i32 = digits[..2].parse().ok()?;
        let m: i32 = if digits.len() == 4 {
            digits[2..].parse().ok()?
        } else {
            0
        };
        if h > 23 || m > 59 {
            return None;
        }
        let off = jiff::tz::Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()?;
        return Some(jiff::tz::TimeZone::fixed(off));
    }
    jiff::tz::db().get(name).ok()
}

/// The IANA id the tzdb knows `name` by (case fixed), or None.
pub fn canonical_zone(name: &str) -> Option<String> {
    let tz = jiff::tz::db().get(name).ok()?;
    tz.iana_name().map(str::to_owned)
}

pub fn default_zone() -> String {
    if let Ok(tz) = std::env::var("TZ") {
        if !tz.is_empty() {
            let t = tz.trim_start_matches(':');
            if let Some(n) = canonical_zone(t) {
                return n;
            }
        }
    }
    jiff::tz::TimeZone::try_system()
        .ok()
        .and_then(|t| t.iana_name().map(str::to_owned))
        .unwrap_or_else(|| "UTC".to_owned())
}

fn length(s: &str) -> Length {
    match s {
        "full" | "long" => Length::Long,
        "short" => Length::Short,
        _ => Length::Medium,
    }
}

impl DateFormat {
    pub fn new(locale: &str, o: &Object<'_>) -> Result<Self> {
        let loc: Locale = crate::parse_locale(locale);
        let tzname = opt(o, "timeZone")?.unwrap_or_else(|| "UTC".into());
        let tz = time_zone(&tzname).unwrap_or(jiff::tz::TimeZone::UTC);
        let date_style = opt(o, "dateStyle")?;
        let time_style = opt(o, "timeStyle")?;
        let fs = if date_style.is_some() || time_style.is_some() {
            let mut b = FieldSetBuilder::new();
            if let Some(ds) = &date_style {
                b.length = Some(length(ds));
                b.date_fields = Some(if ds == "full" {
                    DateFields::YMDE
                } else {
                    DateFields::YMD
                });
            }
            if let Some(ts) = &time_style {
                if date_style.is_none() {
                    b.length = Some(length(ts));
                }
                b.time_precision = Some(if ts == "short" {
                    TimePrecision::Minute
                } else {
                    TimePrecision::Second
                });
                b.zone_style = match ts.as_str() {
                    "full" => Some(ZoneStyle::SpecificLong),
                    "long" => Some(ZoneStyle::SpecificShort),
                    _ => None,
                };
            }
            b.build_composite().map_err(|e| {
                rquickjs::Error::new_from_js_message("options", "fieldset", format!("{e:?}"))
            })?
        } else {
            let mut bag = DateTimeFieldBag::default();
            let s = |k: &str| opt(o, k);
            bag.era = s("era")?.map(|v| match v.as_str() {
                "long" => field::Era::Long,
                "narrow" => field::Era::Narrow,
                _ => field::Era::Short,
            });
            bag.year = s("year")?.map(|v| {
                if v == "2-digit" {
                    field::Year::TwoDigit
                } else {
                    field::Year::Numeric
                }
            });
            bag.month = s("month")?.map(|v| match v.as_str() {
                "2-digit" => field::Month::TwoDigit,
                "short" => field::Month::Short,
                "long" => field::Month::Long,
                "narrow" => field::Month::Narrow,
                _ => field::Month::Numeric,
            });
            bag.day = s("day")?.map(|v| {
                if v == "2-digit" {
                    field::Day::TwoDigit
                } else {
                    field::Day::Numeric
                }
            });
            bag.weekday = s("weekday")?.map(|v| match v.as_str() {
                "long" => field::Weekday::Long,
                "narrow" => field::Weekday::Narrow,
                _ => field::Weekday::Short,
            });
            bag.day_period = s("dayPeriod")?.map(|v| match v.as_str() {
                "long" => field::DayPeriod::FlexibleLong,
                "narrow" => field::DayPeriod::FlexibleNarrow,
                _ => field::DayPeriod::FlexibleShort,
            });
            bag.hour = s("hour")?.map(|v| {
                if v == "2-digit" {
                    field::Hour::TwoDigit
                } else {
                    field::Hour::Numeric
                }
            });
            bag.minute = s("minute")?.map(|v| {
                if v == "2-digit" {
                    field::Minute::TwoDigit
                } else {
                    field::Minute::Numeric
                }
            });
            bag.second = s("second")?.map(|v| {
                if v == "2-digit" {
                    field::Second::TwoDigit
                } else {
                    field::Second::Numeric
                }
            });
            bag.fractional_second_digits =
                o.get::<_, Option<f64>>("fractionalSecondDigits")?
                    .map(|n| match n as u8 {
                        1 => field::FractionalSecondDigits::F1,
                        2 => field::FractionalSecondDigits::F2,
                        _ => field::FractionalSecondDigits::F3,
                    });
            bag.time_zone_name = s("timeZoneName")?.map(|v| match v.as_str() {
                "long" => field::TimeZoneName::LongSpecific,
                "shortOffset" => field::TimeZoneName::ShortOffset,
                "longOffset" => field::TimeZoneName::LongOffset,
                "shortGeneric" => field::TimeZoneName::ShortGeneric,
                "longGeneric" => field::TimeZoneName::LongGeneric,
                _ => field::TimeZoneName::ShortSpecific,
            });
            if let Some(hc) = s("hourCycle")? {
                bag.hour_kind = Some(if hc == "h11" || hc == "h12" {
                    field::HourKind::Clock12
                } else {
                    field::HourKind::Clock24
                });
            }
            bag.to_composite_field_set()
        };
        let fmt = DateTimeFormatter::try_new((&loc).into(), fs).map_err(|e| {
            rquickjs::Error::new_from_js_message("locale", "DateTimeFormat", format!("{e}"))
        })?;
        Ok(DateFormat { fmt, tz })
    }

    /// The zoned input for `ms`. jiff covers years -9999..=9999; JS dates reach ±275,760,
    /// so outside jiff's range the offset in force at its nearest end is used.
    fn input(&self, ms: f64) -> ZonedDateTime<Iso, TimeZoneInfo<AtTime>> {
        zoned_input(&self.tz, ms)
    }

    /// Formats the time value `ms` (ms since the epoch, already range-checked).
    pub fn format(&self, ms: f64) -> Parts {
        Parts::of_outer(&self.fmt.format(&self.input(ms)))
    }
}

/// The instant `ms`, clamped to jiff's range.
fn timestamp(ms: i64) -> jiff::Timestamp {
    let clamped = ms.clamp(
        jiff::Timestamp::MIN.as_millisecond(),
        jiff::Timestamp::MAX.as_millisecond(),
    );
    jiff::Timestamp::from_millisecond(clamped).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// The zoned input ICU4X formats for the time value `ms` in `tz`.
fn zoned_input(tz: &jiff::tz::TimeZone, ms: f64) -> ZonedDateTime<Iso, TimeZoneInfo<AtTime>> {
    let ms = ms as i64;
    let ts = timestamp(ms);
    let z = ts.to_zoned(tz.clone());
    let offset = UtcOffset::from(z.offset());
    let local = ZonedDateTime::<Iso, UtcOffset>::from_epoch_milliseconds_and_utc_offset(ms, offset);
    let zone = TimeZone::from(z.time_zone())
        .with_offset(Some(offset))
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(ts.as_second()));
    ZonedDateTime {
        date: local.date,
        time: local.time,
        zone,
    }
}

/// The wall-clock fields of `ms` in zone `tz`: [year, month, day, hour, minute, second, ms]
/// (ISO calendar), for finding the largest field two dates differ in.
pub fn zoned_fields(tz: &str, ms: f64) -> Vec<i64> {
    let zone = time_zone(tz).unwrap_or(jiff::tz::TimeZone::UTC);
    let z = timestamp(ms as i64).to_zoned(zone);
    vec![
        z.year() as i64,
        z.month() as i64,
        z.day() as i64,
        z.hour() as i64,
        z.minute() as i64,
        z.second() as i64,
        z.millisecond() as i64,
    ]
}

/// What a locale writes between the two dates of a range it cannot collapse (" – " in en):
/// ICU4X's range glue, read off a range that differs in seconds only.
pub fn range_glue(locale: &str) -> Option<String> {
    let loc: Locale = crate::parse_locale(locale);
    let mut b = FieldSetBuilder::new();
    b.length = Some(Length::Medium);
    b.time_precision = Some(TimePrecision::Second);
    let fs = b.build_composite().ok()?;
    let single = DateTimeFormatter::try_new((&loc).into(), fs).ok()?;
    let range = DateRangeFormatter::try_new((&loc).into(), fs).ok()?;
    let at = |s: f64| zoned_input(&jiff::tz::TimeZone::UTC, 946_720_800_000.0 + s * 1000.0);
    let text = range.format(&at(0.0), &at(1.0)).to_string();
    let a = single.format(&at(0.0)).to_string();
    let b = single.format(&at(1.0)).to_string();
    let glue = text.strip_prefix(&a)?.strip_suffix(&b)?;
    Some(glue.to_owned())
}

/// The calendar a locale uses by default, as a BCP 47 name.
pub fn default_calendar(locale: &str) -> &'static str {
    use icu_calendar::AnyCalendarKind as K;
    let loc = crate::parse_locale(locale);
    match K::try_new((&loc).into()).unwrap_or(K::Gregorian) {
        K::Buddhist => "buddhist",
        K::Chinese => "chinese",
        K::Coptic => "coptic",
        K::Dangi => "dangi",
        K::Ethiopian => "ethiopic",
        K::EthiopianAmeteAlem => "ethioaa",
        K::Hebrew => "hebrew",
        K::Indian => "indian",
        K::HijriTabularTypeIIFriday => "islamic-civil",
        K::HijriSimulatedMecca => "islamic-rgsa",
        K::HijriTabularTypeIIThursday => "islamic-tbla",
        K::HijriUmmAlQura => "islamic-umalqura",
        K::Iso => "iso8601",
        K::Japanese => "japanese",
        K::Persian => "persian",
        K::Roc => "roc",
        _ => "gregory",
    }
}

/// "h12" when the locale's default clock shows 13:00 as 1 PM, else "h23".
pub fn default_hour_cycle(locale: &str) -> &'static str {
    let loc = crate::parse_locale(locale);
    let Ok(f) = DateTimeFormatter::try_new((&loc).into(), icu_datetime::fieldsets::T::hm()) else {
        return "h23";
    };
    let t = jiff::civil::date(2000, 1, 1).at(13, 0, 0, 0);
    let input: icu_time::DateTime<Gregorian> = t.into();
    let s = writeable::Writeable::write_to_string(&f.format(&input)).into_owned();
    if s.contains("13") || s.contains("١٣") || s.contains("۱۳") {
        "h23"
    } else {
        "h12"
    }
}
