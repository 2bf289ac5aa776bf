'use strict';
// Intl.DateTimeFormat and Date#toLocale*String: IANA zones, styles, components, parts.
// Expected values are node 20's (full-icu) output for the same calls.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

// The epoch in en-US (format() shows an ASCII space before AM/PM, as V8 does)
check(() => new Date(0).toLocaleString('en-US', { timeZone: 'UTC' }),
  "1/1/1970, 12:00:00 AM");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleString('en-US', { timeZone: 'America/New_York' }),
  "3/5/2024, 9:07:09 AM");
check(() => new Date(Date.UTC(2024, 6, 5, 14, 7, 9, 45)).toLocaleString('en-US', { timeZone: 'America/New_York' }),
  "7/5/2024, 10:07:09 AM");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleDateString('en-US', { timeZone: 'UTC' }),
  "3/5/2024");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleTimeString('en-US', { timeZone: 'UTC' }),
  "2:07:09 PM");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }),
  "05/03/2024 15:07:09");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleString('ar-EG', { timeZone: 'Africa/Cairo' }),
  "٥‏/٣‏/٢٠٢٤، ٤:٠٧:٠٩ م");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleString('en-GB', { timeZone: 'UTC' }),
  "05/03/2024, 14:07:09");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin' }),
  "15:07:09");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo' }),
  "23:07:09");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleString('en-US', { timeZone: 'Asia/Kolkata' }),
  "3/5/2024, 7:37:09 PM");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)).toLocaleString('en-US', { timeZone: 'australia/sydney' }),
  "3/6/2024, 1:07:09 AM");
// dateStyle / timeStyle
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'full' }),
  "Tuesday, March 5, 2024");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'long' }),
  "March 5, 2024");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'medium' }),
  "Mar 5, 2024");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'short' }),
  "3/5/24");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'full' }),
  "Tuesday, March 5, 2024 at 2:07:09 PM Coordinated Universal Time");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleString('en-US', { timeZone: 'America/Los_Angeles', dateStyle: 'medium', timeStyle: 'long' }),
  "Mar 5, 2024, 6:07:09 AM PST");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleString('de-DE', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' }),
  "Dienstag, 5. März 2024 um 14:07");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleString('fr-FR', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'medium' }),
  "5 mars 2024 à 14:07:09");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('ja-JP', { timeZone: 'UTC', dateStyle: 'long' }),
  "2024年3月5日");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('zh-CN', { timeZone: 'UTC', dateStyle: 'full' }),
  "2024年3月5日星期二");
// Component options
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
  "Tuesday, March 5, 2024");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' }),
  "Mar 5");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
  "March 2024");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleDateString('de-DE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }),
  "Dienstag, 5. März");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }),
  "02:07 PM");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', hour12: false }),
  "14:07");
check(() => new Date(0).toLocaleTimeString('en-US', { timeZone: 'UTC', hour12: false }),
  "24:00:00");
check(() => new Date(0).toLocaleTimeString('en-US', { timeZone: 'UTC', hourCycle: 'h23' }),
  "00:00:00");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { timeZone: 'UTC', timeZoneName: 'short' }),
  "2:07:09 PM UTC");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { timeZone: 'Asia/Kolkata', timeZoneName: 'long' }),
  "7:37:09 PM India Standard Time");
check(() => new Date(Date.UTC(2024, 2, 5, 14, 7, 9)).toLocaleTimeString('en-US', { timeZone: 'Asia/Kolkata', timeZoneName: 'shortOffset' }),
  "7:37:09 PM GMT+5:30");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', era: 'short', year: 'numeric' }).format(Date.UTC(2024, 2, 5)),
  "2024 AD");
check(() => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' }).format(Date.UTC(2024, 2, 5, 14)),
  "2 PM");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 }).format(Date.UTC(2024, 2, 5, 14, 7, 9, 45)),
  "2:07:09.045 PM");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: '2-digit', month: '2-digit', day: '2-digit' }).format(Date.UTC(2024, 2, 5)),
  "03/05/24");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short' }).format(Date.UTC(2024, 2, 5)),
  "Tue");
check(() => new Intl.DateTimeFormat('th-TH', { timeZone: 'UTC' }).format(Date.UTC(2024, 2, 5)),
  "5/3/2567");
// formatToParts keeps U+202F before the day period
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatToParts(Date.UTC(2024, 2, 5, 14, 7, 9)),
  [{ "type": "month", "value": "3" }, { "type": "literal", "value": "/" }, { "type": "day", "value": "5" }, { "type": "literal", "value": "/" }, { "type": "year", "value": "2024" }]);
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'medium' }).formatToParts(Date.UTC(2024, 2, 5, 14, 7, 9)),
  [{ "type": "month", "value": "Mar" }, { "type": "literal", "value": " " }, { "type": "day", "value": "5" }, { "type": "literal", "value": ", " }, { "type": "year", "value": "2024" }, { "type": "literal", "value": ", " }, { "type": "hour", "value": "2" }, { "type": "literal", "value": ":" }, { "type": "minute", "value": "07" }, { "type": "literal", "value": ":" }, { "type": "second", "value": "09" }, { "type": "literal", "value": " " }, { "type": "dayPeriod", "value": "PM" }]);
// resolvedOptions
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).resolvedOptions(),
  { "locale": "en-US", "calendar": "gregory", "numberingSystem": "latn", "timeZone": "UTC", "year": "numeric", "month": "numeric", "day": "numeric" });
check(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'long', timeZone: 'asia/tokyo' }).resolvedOptions(),
  { "locale": "en-US", "calendar": "gregory", "numberingSystem": "latn", "timeZone": "Asia/Tokyo", "hourCycle": "h12", "hour12": true, "dateStyle": "full", "timeStyle": "long" });
check(() => new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC' }).resolvedOptions(),
  { "locale": "fr-FR", "calendar": "gregory", "numberingSystem": "latn", "timeZone": "UTC", "year": "numeric", "month": "2-digit", "day": "2-digit" });
check(() => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' }).resolvedOptions(),
  { "locale": "en-GB", "calendar": "gregory", "numberingSystem": "latn", "timeZone": "UTC", "hourCycle": "h23", "hour12": false, "hour": "2-digit", "minute": "2-digit" });
check(() => new Intl.DateTimeFormat('ja-JP', { hour12: true, hour: 'numeric', timeZone: 'UTC' }).resolvedOptions(),
  { "locale": "ja-JP", "calendar": "gregory", "numberingSystem": "latn", "timeZone": "UTC", "hourCycle": "h11", "hour12": true, "hour": "numeric" });
check(() => new Intl.DateTimeFormat('en', { timeZone: 'etc/utc' }).resolvedOptions().timeZone,
  "UTC");
check(() => new Intl.DateTimeFormat('en', { timeZone: 'america/new_york' }).resolvedOptions().timeZone,
  "America/New_York");
check(() => new Date(NaN).toLocaleString('en-US'),
  "Invalid Date");
check(() => Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0),
  "1/1/1970");
// Errors
fails(() => new Intl.DateTimeFormat('en', { timeZone: 'Mars/Olympus' }),
  "RangeError", "Invalid time zone specified: Mars/Olympus");
fails(() => new Intl.DateTimeFormat('en', { dateStyle: 'full', hour: 'numeric' }),
  "TypeError", "Can't set option hour when dateStyle is used");
fails(() => new Intl.DateTimeFormat('en-US', { timeStyle: 'short', hour: 'numeric' }),
  "TypeError", "Can't set option hour when timeStyle is used");
fails(() => new Intl.DateTimeFormat('en', { dateStyle: 'bogus' }),
  "RangeError", "Value bogus out of range for Intl.DateTimeFormat options property dateStyle");
fails(() => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }),
  "RangeError", "fractionalSecondDigits value is out of range.");
fails(() => new Intl.DateTimeFormat('en').format(NaN),
  "RangeError", "Invalid time value");
// formatRange (the shown fields differ: ICU4X's range glue; equal: one date)
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRange(Date.UTC(2024, 0, 10, 10), Date.UTC(2024, 0, 20, 15)),
  "1/10/2024 – 1/20/2024");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRange(Date.UTC(2024, 0, 10, 10), Date.UTC(2024, 0, 10, 15)),
  "1/10/2024");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long' }).formatRange(Date.UTC(2024, 0, 10), Date.UTC(2025, 2, 1)),
  "January 10, 2024 – March 1, 2025");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' }).formatRange(Date.UTC(2024, 0, 10, 10), Date.UTC(2024, 0, 10, 15)),
  "10:00 AM – 3:00 PM");
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRangeToParts(Date.UTC(2024, 0, 10), Date.UTC(2025, 2, 1)),
  [{ "type": "month", "value": "1", "source": "startRange" }, { "type": "literal", "value": "/", "source": "startRange" }, { "type": "day", "value": "10", "source": "startRange" }, { "type": "literal", "value": "/", "source": "startRange" }, { "type": "year", "value": "2024", "source": "startRange" }, { "type": "literal", "value": " – ", "source": "shared" }, { "type": "month", "value": "3", "source": "endRange" }, { "type": "literal", "value": "/", "source": "endRange" }, { "type": "day", "value": "1", "source": "endRange" }, { "type": "literal", "value": "/", "source": "endRange" }, { "type": "year", "value": "2025", "source": "endRange" }]);
check(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRangeToParts(Date.UTC(2024, 0, 10, 10), Date.UTC(2024, 0, 10, 15)),
  [{ "type": "month", "value": "1", "source": "shared" }, { "type": "literal", "value": "/", "source": "shared" }, { "type": "day", "value": "10", "source": "shared" }, { "type": "literal", "value": "/", "source": "shared" }, { "type": "year", "value": "2024", "source": "shared" }]);
fails(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).formatRange(NaN, 0),
  "RangeError", "Invalid time value");
