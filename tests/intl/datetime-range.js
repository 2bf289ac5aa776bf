'use strict';
// Intl.DateTimeFormat formatRange / formatRangeToParts: fields both dates share are written
// once ("Jan 10 – 20, 2024"), as CLDR's interval formats do. Expected values are node 20's
// (full-icu) output. U+2009 (thin space) and U+202F (narrow no-break space) are written as
// escapes.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

const U = Date.UTC;

function range(locale, options, a, b) {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).formatRange(a, b);
}


// en: the greatest difference decides what repeats
check(() => range('en', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Jan 10\u2009–\u200920, 2024");
check(() => range('en', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Jan 10\u2009–\u2009Mar 20, 2024");
check(() => range('en', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Jan 10, 2024\u2009–\u2009Mar 20, 2025");
check(() => range('en', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "January 10\u2009–\u200920, 2024");
check(() => range('en', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "January 10\u2009–\u2009March 20, 2024");
check(() => range('en', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "January 10, 2024\u2009–\u2009March 20, 2025");
check(() => range('en', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Wednesday, January 10\u2009–\u2009Saturday, January 20, 2024");
check(() => range('en', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Wednesday, January 10\u2009–\u2009Wednesday, March 20, 2024");
check(() => range('en', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Wednesday, January 10, 2024\u2009–\u2009Thursday, March 20, 2025");
check(() => range('en', { dateStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "1/10/24\u2009–\u20091/20/24");
check(() => range('en', { dateStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "1/10/24\u2009–\u20093/20/24");
check(() => range('en', { dateStyle: 'short' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "1/10/24\u2009–\u20093/20/25");
check(() => range('en', { year: 'numeric', month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Jan 10\u2009–\u200920, 2024");
check(() => range('en', { year: 'numeric', month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Jan 10\u2009–\u2009Mar 20, 2024");
check(() => range('en', { year: 'numeric', month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Jan 10, 2024\u2009–\u2009Mar 20, 2025");
check(() => range('en', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "January 10\u2009–\u200920, 2024");
check(() => range('en', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "January 10\u2009–\u2009March 20, 2024");
check(() => range('en', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "January 10, 2024\u2009–\u2009March 20, 2025");
check(() => range('en', { month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Jan 10\u2009–\u200920");
check(() => range('en', { month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Jan 10\u2009–\u2009Mar 20");
check(() => range('en', { month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Jan 10, 2024\u2009–\u2009Mar 20, 2025");
check(() => range('en', { weekday: 'short', month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Wed, Jan 10\u2009–\u2009Sat, Jan 20");
check(() => range('en', { weekday: 'short', month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Wed, Jan 10\u2009–\u2009Wed, Mar 20");
check(() => range('en', { weekday: 'short', month: 'short', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Wed, Jan 10, 2024\u2009–\u2009Thu, Mar 20, 2025");
check(() => range('en', { year: 'numeric', month: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Jan 2024");
check(() => range('en', { year: 'numeric', month: 'short' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Jan\u2009–\u2009Mar 2024");
check(() => range('en', { year: 'numeric', month: 'short' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Jan 2024\u2009–\u2009Mar 2025");
check(() => range('en', { year: 'numeric', month: 'numeric', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "1/10/2024\u2009–\u20091/20/2024");
check(() => range('en', { year: 'numeric', month: 'numeric', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "1/10/2024\u2009–\u20093/20/2024");
check(() => range('en', { year: 'numeric', month: 'numeric', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "1/10/2024\u2009–\u20093/20/2025");
check(() => range('en', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "January");
check(() => range('en', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "January\u2009–\u2009March");
check(() => range('en', { month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "January\u2009–\u2009March");
check(() => range('en', { year: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "2024");
check(() => range('en', { year: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "2024");
check(() => range('en', { year: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "2024\u2009–\u20092025");
check(() => range('en', {}, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "1/10/2024\u2009–\u20091/20/2024");
check(() => range('en', {}, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "1/10/2024\u2009–\u20093/20/2024");
check(() => range('en', {}, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "1/10/2024\u2009–\u20093/20/2025");
check(() => range('en', { dateStyle: 'medium' }, U(2024, 11, 31, 22), U(2025, 0, 1, 2)), "Dec 31, 2024\u2009–\u2009Jan 1, 2025");

// en: times on one day, and on different days (the dates are added)
check(() => range('en', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00\u202fAM\u2009–\u20093:00\u202fPM");
check(() => range('en', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00\u2009–\u200910:30\u202fAM");
check(() => range('en', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "1/10/2024, 10:00\u202fAM\u2009–\u20091/20/2024, 3:00\u202fPM");
check(() => range('en', { hour: 'numeric', minute: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00\u202fAM\u2009–\u20093:00\u202fPM");
check(() => range('en', { hour: 'numeric', minute: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00\u2009–\u200910:30\u202fAM");
check(() => range('en', { hour: 'numeric', minute: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "1/10/2024, 10:00\u202fAM\u2009–\u20091/20/2024, 3:00\u202fPM");
check(() => range('en', { hour: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10\u202fAM\u2009–\u20093\u202fPM");
check(() => range('en', { hour: 'numeric' }, U(2024, 0, 10, 9), U(2024, 0, 10, 10, 30)), "9\u2009–\u200910\u202fAM");
check(() => range('en', { hour: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "1/10/2024, 10\u202fAM\u2009–\u20091/20/2024, 3\u202fPM");
check(() => range('en', { dateStyle: 'medium', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "Jan 10, 2024, 10:00\u202fAM\u2009–\u20093:00\u202fPM");
check(() => range('en', { dateStyle: 'medium', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "Jan 10, 2024, 10:00\u2009–\u200910:30\u202fAM");
check(() => range('en', { dateStyle: 'medium', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Jan 10, 2024, 10:00\u202fAM\u2009–\u2009Jan 20, 2024, 3:00\u202fPM");
check(() => range('en', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "January 10, 2024, 10:00\u202fAM\u2009–\u20093:00\u202fPM");
check(() => range('en', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "January 10, 2024, 10:00\u2009–\u200910:30\u202fAM");
check(() => range('en', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "January 10, 2024 at 10:00\u202fAM\u2009–\u2009January 20, 2024 at 3:00\u202fPM");
check(() => range('en', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "Jan 10, 2024, 10:00\u202fAM\u2009–\u20093:00\u202fPM");
check(() => range('en', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "Jan 10, 2024, 10:00\u2009–\u200910:30\u202fAM");
check(() => range('en', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Jan 10, 2024, 10:00\u202fAM\u2009–\u2009Jan 20, 2024, 3:00\u202fPM");
check(() => range('en', { timeStyle: 'short' }, U(2024, 0, 10, 9), U(2024, 0, 10, 10)), "9:00\u2009–\u200910:00\u202fAM");
check(() => range('en', { timeStyle: 'short' }, U(2024, 11, 31, 22), U(2025, 0, 1, 2)), "12/31/2024, 10:00\u202fPM\u2009–\u20091/1/2025, 2:00\u202fAM");
check(() => range('en', { timeStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00:00\u202fAM\u2009–\u20093:00:00\u202fPM");
check(() => range('en', { timeStyle: 'short', hour12: false }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00\u2009–\u200915:00");

// Equal in the fields shown: one date
check(() => range('en', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "Jan 10, 2024");
check(() => range('en', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 0, 30)), "10:00 AM");
check(() => range('en', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "January");

// de, fr, it, es, pt
check(() => range('de', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10.–20.01.2024");
check(() => range('de', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10.01.\u2009–\u200920.03.2024");
check(() => range('de', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10.01.2024\u2009–\u200920.03.2025");
check(() => range('de', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10.–20. Januar 2024");
check(() => range('de', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10. Januar\u2009–\u200920. März 2024");
check(() => range('de', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10. Januar 2024\u2009–\u200920. März 2025");
check(() => range('de', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Mittwoch, 10.\u2009–\u2009Samstag, 20. Januar 2024");
check(() => range('de', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Mittwoch, 10. Januar\u2009–\u2009Mittwoch, 20. März 2024");
check(() => range('de', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Mittwoch, 10. Januar 2024\u2009–\u2009Donnerstag, 20. März 2025");
check(() => range('de', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10.–20. Januar 2024");
check(() => range('de', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10. Januar\u2009–\u200920. März 2024");
check(() => range('de', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10. Januar 2024\u2009–\u200920. März 2025");
check(() => range('de', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10.–20. Januar");
check(() => range('de', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10. Januar\u2009–\u200920. März");
check(() => range('de', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10. Januar 2024\u2009–\u200920. März 2025");
check(() => range('de', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Januar 2024");
check(() => range('de', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Januar–März 2024");
check(() => range('de', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Januar 2024\u2009–\u2009März 2025");
check(() => range('de', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "Januar");
check(() => range('de', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Januar\u2009–\u2009März");
check(() => range('de', { month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "Januar\u2009–\u2009März");
check(() => range('fr', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 janv. 2024");
check(() => range('fr', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 janv.\u2009–\u200920 mars 2024");
check(() => range('fr', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 janv. 2024\u2009–\u200920 mars 2025");
check(() => range('fr', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 janvier 2024");
check(() => range('fr', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 janvier\u2009–\u200920 mars 2024");
check(() => range('fr', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 janvier 2024\u2009–\u200920 mars 2025");
check(() => range('fr', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "mercredi 10\u2009–\u2009samedi 20 janvier 2024");
check(() => range('fr', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "mercredi 10 janvier\u2009–\u2009mercredi 20 mars 2024");
check(() => range('fr', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "mercredi 10 janvier 2024\u2009–\u2009jeudi 20 mars 2025");
check(() => range('fr', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 janvier 2024");
check(() => range('fr', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 janvier\u2009–\u200920 mars 2024");
check(() => range('fr', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 janvier 2024\u2009–\u200920 mars 2025");
check(() => range('fr', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 janvier");
check(() => range('fr', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 janvier\u2009–\u200920 mars");
check(() => range('fr', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 janvier 2024\u2009–\u200920 mars 2025");
check(() => range('fr', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "janvier 2024");
check(() => range('fr', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "janvier\u2009–\u2009mars 2024");
check(() => range('fr', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "janvier 2024\u2009–\u2009mars 2025");
check(() => range('fr', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "janvier");
check(() => range('fr', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "janvier\u2009–\u2009mars");
check(() => range('fr', { month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "janvier\u2009–\u2009mars");
check(() => range('it', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 gen 2024");
check(() => range('it', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 gen\u2009–\u200920 mar 2024");
check(() => range('it', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 gen 2024\u2009–\u200920 mar 2025");
check(() => range('it', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 gennaio 2024");
check(() => range('it', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 gennaio\u2009–\u200920 marzo 2024");
check(() => range('it', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 gennaio 2024\u2009–\u200920 marzo 2025");
check(() => range('it', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "mercoledì 10\u2009–\u2009sabato 20 gennaio 2024");
check(() => range('it', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "mercoledì 10 gennaio\u2009–\u2009mercoledì 20 marzo 2024");
check(() => range('it', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "mercoledì 10 gennaio 2024\u2009–\u2009giovedì 20 marzo 2025");
check(() => range('it', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 gennaio 2024");
check(() => range('it', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 gennaio\u2009–\u200920 marzo 2024");
check(() => range('it', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 gennaio 2024\u2009–\u200920 marzo 2025");
check(() => range('it', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 gennaio");
check(() => range('it', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 gennaio\u2009–\u200920 marzo");
check(() => range('it', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 gennaio 2024\u2009–\u200920 marzo 2025");
check(() => range('it', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "gennaio 2024");
check(() => range('it', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "gennaio–marzo 2024");
check(() => range('it', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "gennaio 2024\u2009–\u2009marzo 2025");
check(() => range('it', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "gennaio");
check(() => range('it', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "gennaio\u2009–\u2009marzo");
check(() => range('it', { month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "gennaio\u2009–\u2009marzo");
check(() => range('es', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 ene 2024");
check(() => range('es', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 ene\u2009–\u200920 mar 2024");
check(() => range('es', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 ene 2024\u2009–\u200920 mar 2025");
check(() => range('es', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 de enero de 2024");
check(() => range('es', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de enero\u2009–\u200920 de marzo de 2024");
check(() => range('es', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de enero de 2024\u2009–\u200920 de marzo de 2025");
check(() => range('es', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "miércoles, 10 de enero\u2009–\u2009sábado, 20 de enero de 2024");
check(() => range('es', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "miércoles, 10 de enero\u2009–\u2009miércoles, 20 de marzo de 2024");
check(() => range('es', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "miércoles, 10 de enero de 2024\u2009–\u2009jueves, 20 de marzo de 2025");
check(() => range('es', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 de enero de 2024");
check(() => range('es', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de enero\u2009–\u200920 de marzo de 2024");
check(() => range('es', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de enero de 2024\u2009–\u200920 de marzo de 2025");
check(() => range('es', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10–20 de enero");
check(() => range('es', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de enero\u2009–\u200920 de marzo");
check(() => range('es', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de enero de 2024\u2009–\u200920 de marzo de 2025");
check(() => range('es', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "enero de 2024");
check(() => range('es', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "enero–marzo de 2024");
check(() => range('es', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "enero de 2024\u2009–\u2009marzo de 2025");
check(() => range('es', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "enero");
check(() => range('es', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "enero\u2009–\u2009marzo");
check(() => range('es', { month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "enero\u2009–\u2009marzo");
check(() => range('pt', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10\u2009–\u200920 de jan. de 2024");
check(() => range('pt', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de jan.\u2009–\u200920 de mar. de 2024");
check(() => range('pt', { dateStyle: 'medium' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de jan. de 2024\u2009–\u200920 de mar. de 2025");
check(() => range('pt', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10\u2009–\u200920 de janeiro de 2024");
check(() => range('pt', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de janeiro\u2009–\u200920 de março de 2024");
check(() => range('pt', { dateStyle: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de janeiro de 2024\u2009–\u200920 de março de 2025");
check(() => range('pt', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "quarta-feira, 10 de janeiro\u2009–\u2009sábado, 20 de janeiro de 2024");
check(() => range('pt', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "quarta-feira, 10 de janeiro\u2009–\u2009quarta-feira, 20 de março de 2024");
check(() => range('pt', { dateStyle: 'full' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "quarta-feira, 10 de janeiro de 2024\u2009–\u2009quinta-feira, 20 de março de 2025");
check(() => range('pt', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10\u2009–\u200920 de janeiro de 2024");
check(() => range('pt', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de janeiro\u2009–\u200920 de março de 2024");
check(() => range('pt', { year: 'numeric', month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de janeiro de 2024\u2009–\u200920 de março de 2025");
check(() => range('pt', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10\u2009–\u200920 de janeiro");
check(() => range('pt', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10 de janeiro\u2009–\u200920 de março");
check(() => range('pt', { month: 'long', day: 'numeric' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "10 de janeiro de 2024\u2009–\u200920 de março de 2025");
check(() => range('pt', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "janeiro");
check(() => range('pt', { month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "janeiro\u2009–\u2009março");
check(() => range('pt', { month: 'long' }, U(2024, 0, 10, 10), U(2025, 2, 20, 15)), "janeiro\u2009–\u2009março");
check(() => range('de', { dateStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10.–20.01.24");
check(() => range('de', { dateStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "10.01.\u2009–\u200920.03.24");
check(() => range('de', { year: 'numeric', month: 'long' }, U(2024, 0, 10, 10), U(2024, 2, 20, 15)), "Januar–März 2024");
check(() => range('de', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00–15:00 Uhr");
check(() => range('de', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00–10:30 Uhr");
check(() => range('fr', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00\u2009–\u200915:00");
check(() => range('fr', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00\u2009–\u200910:30");
check(() => range('it', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00–15:00");
check(() => range('it', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00–10:30");
check(() => range('es', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00–15:00");
check(() => range('es', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00–10:30");
check(() => range('pt', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00\u2009–\u200915:00");
check(() => range('pt', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00\u2009–\u200910:30");
check(() => range('en-GB', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10:00–15:00");
check(() => range('en-GB', { timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)), "10:00–10:30");
check(() => range('de', { hour: 'numeric' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10–15 Uhr");
check(() => range('de', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10. Januar 2024, 10:00–15:00 Uhr");
check(() => range('fr', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10 janvier 2024, 10:00\u2009–\u200915:00");
check(() => range('es', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10 de enero de 2024, 10:00–15:00");
check(() => range('it', { dateStyle: 'long', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 10, 15)), "10 gennaio 2024, 10:00–15:00");
check(() => range('fr', { dateStyle: 'medium', timeStyle: 'short' }, U(2024, 0, 10, 10), U(2024, 0, 20, 15)), "10 janv. 2024, 10:00\u2009–\u200920 janv. 2024, 15:00");

// America/New_York: the zone decides the day; DST does not make dates incomparable
check(() => range('en', { timeZone: 'America/New_York', dateStyle: 'medium' }, U(2024, 0, 10, 12), U(2024, 6, 20, 12)), "Jan 10\u2009–\u2009Jul 20, 2024");
check(() => range('en', { timeZone: 'America/New_York', dateStyle: 'medium' }, U(2024, 0, 10, 3), U(2024, 0, 10, 6)), "Jan 9\u2009–\u200910, 2024");
check(() => range('en', { timeZone: 'America/New_York', timeStyle: 'short' }, U(2024, 0, 10, 3), U(2024, 0, 10, 6)), "1/9/2024, 10:00\u202fPM\u2009–\u20091/10/2024, 1:00\u202fAM");

// formatRangeToParts: sources
check(() => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).formatRangeToParts(U(2024, 0, 10, 10), U(2024, 0, 20, 15)),
  [{"type":"month","value":"Jan","source":"shared"}, {"type":"literal","value":" ","source":"shared"}, {"type":"day","value":"10","source":"startRange"}, {"type":"literal","value":"\u2009–\u2009","source":"shared"}, {"type":"day","value":"20","source":"endRange"}, {"type":"literal","value":", ","source":"shared"}, {"type":"year","value":"2024","source":"shared"}]);
check(() => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).formatRangeToParts(U(2024, 0, 10, 10), U(2025, 2, 20, 15)),
  [{"type":"month","value":"Jan","source":"startRange"}, {"type":"literal","value":" ","source":"startRange"}, {"type":"day","value":"10","source":"startRange"}, {"type":"literal","value":", ","source":"startRange"}, {"type":"year","value":"2024","source":"startRange"}, {"type":"literal","value":"\u2009–\u2009","source":"shared"}, {"type":"month","value":"Mar","source":"endRange"}, {"type":"literal","value":" ","source":"endRange"}, {"type":"day","value":"20","source":"endRange"}, {"type":"literal","value":", ","source":"endRange"}, {"type":"year","value":"2025","source":"endRange"}]);
check(() => new Intl.DateTimeFormat('en', { timeZone: 'UTC', timeStyle: 'short' }).formatRangeToParts(U(2024, 0, 10, 10), U(2024, 0, 10, 10, 30)),
  [{"type":"hour","value":"10","source":"startRange"}, {"type":"literal","value":":","source":"startRange"}, {"type":"minute","value":"00","source":"startRange"}, {"type":"literal","value":"\u2009–\u2009","source":"shared"}, {"type":"hour","value":"10","source":"endRange"}, {"type":"literal","value":":","source":"endRange"}, {"type":"minute","value":"30","source":"endRange"}, {"type":"literal","value":"\u202f","source":"shared"}, {"type":"dayPeriod","value":"AM","source":"shared"}]);
check(() => new Intl.DateTimeFormat('de', { timeZone: 'UTC', dateStyle: 'long' }).formatRangeToParts(U(2024, 0, 10, 10), U(2024, 0, 20, 15)),
  [{"type":"day","value":"10","source":"startRange"}, {"type":"literal","value":".–","source":"shared"}, {"type":"day","value":"20","source":"endRange"}, {"type":"literal","value":". ","source":"shared"}, {"type":"month","value":"Januar","source":"shared"}, {"type":"literal","value":" ","source":"shared"}, {"type":"year","value":"2024","source":"shared"}]);
check(() => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).formatRangeToParts(U(2024, 0, 10, 10), U(2024, 0, 10, 15)),
  [{"type":"month","value":"Jan","source":"shared"}, {"type":"literal","value":" ","source":"shared"}, {"type":"day","value":"10","source":"shared"}, {"type":"literal","value":", ","source":"shared"}, {"type":"year","value":"2024","source":"shared"}]);

// Errors
fails(() => new Intl.DateTimeFormat('en').formatRange(NaN, 0),
  "RangeError", "Invalid time value");
fails(() => new Intl.DateTimeFormat('en').formatRange(0),
  "TypeError", "Invalid time value");
fails(() => new Intl.DateTimeFormat('en').formatRangeToParts(undefined, 0),
  "TypeError", "Invalid time value");
