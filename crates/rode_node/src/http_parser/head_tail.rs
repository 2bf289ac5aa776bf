//! The end of `OutgoingMessage._storeHeader` as a C-level function: after the user's headers
//! (head.rs or the JS loop), the lines Node adds itself — Date, Connection, Keep-Alive,
//! Content-Length or Transfer-Encoding — and the message fields they decide (`_last`,
//! `chunkedEncoding`, `shouldKeepAlive`, `_header`, `_headerSent`).
//!
//! It follows `_storeHeader` in `_http_outgoing.js` line for line, reading the message's
//! fields as JS does (own or inherited, with getters). It gives up (returns false, having
//! changed nothing) where JS must act: a Trailer header (which can throw), a head that isn't
//! a flat Latin-1 string, a Content-Length that isn't a plain integer.

use super::head::{SEEN_CONNECTION, SEEN_CONT_LEN, SEEN_DATE, SEEN_TE, SEEN_TRAILER};
use rode_core::strings::{chars_raw, Chars};
use rquickjs::qjs;
use std::cell::RefCell;

/// The fields read or written, in `ATOMS` order.
const NAMES: [&str; 18] = [
    "sendDate",
    "chunkedEncoding",
    "statusCode",
    "_removedConnection",
    "shouldKeepAlive",
    "_last",
    "useChunkedEncodingByDefault",
    "agent",
    "maxRequestsOnConnectionReached",
    "_keepAliveTimeout",
    "_defaultKeepAlive",
    "_maxRequestsPerSocket",
    "_hasBody",
    "_removedContLen",
    "_contentLength",
    "_removedTE",
    "_header",
    "_headerSent",
];
const SEND_DATE: usize = 0;
const CHUNKED: usize = 1;
const STATUS_CODE: usize = 2;
const REMOVED_CONNECTION: usize = 3;
const SHOULD_KEEP_ALIVE: usize = 4;
const LAST: usize = 5;
const USE_CHUNKED: usize = 6;
const AGENT: usize = 7;
const MAX_REACHED: usize = 8;
const KEEP_ALIVE_TIMEOUT: usize = 9;
const DEFAULT_KEEP_ALIVE: usize = 10;
const MAX_REQUESTS: usize = 11;
const HAS_BODY: usize = 12;
const REMOVED_CONT_LEN: usize = 13;
const CONTENT_LENGTH: usize = 14;
const REMOVED_TE: usize = 15;
const HEADER: usize = 16;
const HEADER_SENT: usize = 17;

thread_local! {
    /// This runtime's atoms for `NAMES` (empty until first use).
    static ATOMS: RefCell<Vec<qjs::JSAtom>> = const { RefCell::new(Vec::new()) };
    /// The Date line's value for one second: (unix second, text).
    static DATE: RefCell<(u64, String)> = const { RefCell::new((u64::MAX, String::new())) };
}

unsafe fn atom(ctx: *mut qjs::JSContext, i: usize) -> qjs::JSAtom {
    ATOMS.with(|a| {
        let mut a = a.borrow_mut();
        if a.is_empty() {
            for n in NAMES {
                // SAFETY: new atoms, kept for the runtime's life.
                a.push(unsafe { qjs::JS_NewAtomLen(ctx, n.as_ptr().cast(), n.len() as _) });
            }
        }
        a[i]
    })
}

/// `new Date().toUTCString()` now, cached for the second.
fn utc_date() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    DATE.with(|d| {
        let mut d = d.borrow_mut();
        if d.0 != now {
            *d = (now, format_http_date(now));
        }
        d.1.clone()
    })
}

/// `Thu, 01 Jan 1970 00:00:00 GMT` for a unix time in seconds.
fn format_http_date(secs: u64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs / 86400;
    let rem = secs % 86400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        DAYS[(days % 7) as usize],
        day,
        MONTHS[(month - 1) as usize],
        year,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

struct Msg {
    ctx: *mut qjs::JSContext,
    this: qjs::JSValue,
}

impl Msg {
    /// `this[field]`; None if reading it threw.
    unsafe fn get(&self, i: usize) -> Option<qjs::JSValue> {
        let v = unsafe { qjs::JS_GetProperty(self.ctx, self.this, atom(self.ctx, i)) };
        (!unsafe { qjs::JS_IsException(v) }).then_some(v)
    }
    /// `!!this[field]`.
    unsafe fn truthy(&self, i: usize) -> Option<bool> {
        unsafe {
            let v = self.get(i)?;
            let b = qjs::JS_ToBool(self.ctx, v);
            qjs::JS_FreeValue(self.ctx, v);
            (b >= 0).then_some(b > 0)
        }
    }
    /// `this[field]` as a number if it is one.
    unsafe fn number(&self, i: usize) -> Option<Option<f64>> {
        let v = unsafe { self.get(i)? };
        let mut d = 0f64;
        let n = unsafe { qjs::JS_IsNumber(v) && qjs::JS_ToFloat64(self.ctx, &mut d, v) == 0 };
        unsafe { qjs::JS_FreeValue(self.ctx, v) };
        Some(n.then_some(d))
    }
    unsafe fn set(&self, i: usize, v: qjs::JSValue) -> Option<()> {
        (unsafe { qjs::JS_SetProperty(self.ctx, self.this, atom(self.ctx, i), v) } >= 0)
            .then_some(())
    }
    unsafe fn set_bool(&self, i: usize, b: bool) -> Option<()> {
        unsafe { self.set(i, if b { qjs::JS_TRUE } else { qjs::JS_FALSE }) }
    }
}

/// JS's `String(n)` for the numbers this writes: integers below 2^53.
fn int_text(n: f64) -> Option<String> {
    (n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0).then(|| format!("{}", n as i64))
}

/// The work; None when an exception is pending, Some(false) to give up.
unsafe fn finish(m: &Msg, header: &[u8], seen: u32) -> Option<bool> {
    unsafe {
        let mut out = Vec::with_capacity(header.len() + 128);
        out.extend_from_slice(header);
        if m.truthy(SEND_DATE)? && seen & SEEN_DATE == 0 {
            out.extend_from_slice(b"Date: ");
            out.extend_from_slice(utc_date().as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        // Decided first, written to the message at the end (nothing is written on give-up).
        let was_chunked = m.truthy(CHUNKED)?;
        let mut chunked = was_chunked;
        let mut keep_alive: Option<bool> = None; // shouldKeepAlive, if changed
        let mut last: Option<bool> = None;
        if chunked {
            let status = m.number(STATUS_CODE)?;
            if status == Some(204.0) || status == Some(304.0) {
                chunked = false;
                keep_alive = Some(false);
            }
        }
        let should_keep_alive = match keep_alive {
            Some(k) => k,
            None => m.truthy(SHOULD_KEEP_ALIVE)?,
        };
        if m.truthy(REMOVED_CONNECTION)? {
            last = Some(!should_keep_alive);
        } else if seen & SEEN_CONNECTION == 0 {
            let send_keep_alive = should_keep_alive
                && (seen & SEEN_CONT_LEN != 0 || m.truthy(USE_CHUNKED)? || m.truthy(AGENT)?);
            if send_keep_alive && m.truthy(MAX_REACHED)? {
                out.extend_from_slice(b"Connection: close\r\n");
            } else if send_keep_alive {
                out.extend_from_slice(b"Connection: keep-alive\r\n");
                if m.truthy(KEEP_ALIVE_TIMEOUT)? && m.truthy(DEFAULT_KEEP_ALIVE)? {
                    // A timeout that isn't a number: JS does the arithmetic.
                    let Some(timeout) = m.number(KEEP_ALIVE_TIMEOUT)? else {
                        return Some(false);
                    };
                    // `~~max`: ToInt32 (0 for anything not a number here).
                    let max = m.number(MAX_REQUESTS)?.unwrap_or(0.0);
                    let max = if max.is_finite() {
                        (max.trunc() as i64) as i32
                    } else {
                        0
                    };
                    let Some(secs) = int_text((timeout / 1000.0).floor()) else {
                        return Some(false);
                    };
                    out.extend_from_slice(b"Keep-Alive: timeout=");
                    out.extend_from_slice(secs.as_bytes());
                    if max > 0 {
                        out.extend_from_slice(format!(", max={max}").as_bytes());
                    }
                    out.extend_from_slice(b"\r\n");
                }
            } else {
                last = Some(true);
                out.extend_from_slice(b"Connection: close\r\n");
            }
        }
        if seen & (SEEN_CONT_LEN | SEEN_TE) == 0 {
            if !m.truthy(HAS_BODY)? {
                if was_chunked {
                    chunked = false;
                }
            } else if !m.truthy(USE_CHUNKED)? {
                last = Some(true);
            } else if let (false, Some(len)) =
                (m.truthy(REMOVED_CONT_LEN)?, m.number(CONTENT_LENGTH)?)
            {
                let Some(text) = int_text(len) else {
                    return Some(false);
                };
                out.extend_from_slice(b"Content-Length: ");
                out.extend_from_slice(text.as_bytes());
                out.extend_from_slice(b"\r\n");
            } else if !m.truthy(REMOVED_TE)? {
                out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
                chunked = true;
            } else {
                last = Some(true);
            }
        }
        out.extend_from_slice(b"\r\n");

        let text = rode_core::strings::latin1_from_raw(m.ctx, &out);
        if qjs::JS_IsException(text) {
            return None;
        }
        if chunked != was_chunked || (chunked && seen & (SEEN_CONT_LEN | SEEN_TE) == 0) {
            m.set_bool(CHUNKED, chunked)?;
        }
        if let Some(k) = keep_alive {
            m.set_bool(SHOULD_KEEP_ALIVE, k)?;
        }
        if let Some(l) = last {
            m.set_bool(LAST, l)?;
        }
        m.set(HEADER, text)?;
        m.set_bool(HEADER_SENT, false)?;
        Some(true)
    }
}

rode_core::raw_fn! {
    /// `finishHead(message, head, seen)`: true when done, false to leave it to JS.
    fn finish_head(ctx, _, _, argv, _) {
        unsafe {
            let (msg, head, seen) = (*argv, *argv.add(1), *argv.add(2));
            let seen = if qjs::JS_IsInt(seen) {
                qjs::JS_VALUE_GET_INT(seen) as u32
            } else {
                u32::MAX
            };
            if !qjs::JS_IsObject(msg) || seen & SEEN_TRAILER != 0 {
                return qjs::JS_FALSE;
            }
            let Some(Chars::Latin1(header)) = chars_raw(head) else {
                return qjs::JS_FALSE;
            };
            // `finish` copies the head's characters before any property read can run JS (the
            // string itself stays alive in the caller's arguments).
            match finish(&Msg { ctx, this: msg }, header, seen) {
                None => qjs::JS_EXCEPTION,
                Some(done) => {
                    if done {
                        qjs::JS_TRUE
                    } else {
                        qjs::JS_FALSE
                    }
                }
            }
        }
    }
}

/// The native `finishHead` (see above).
pub fn make<'js>(ctx: &rquickjs::Ctx<'js>) -> rquickjs::Result<rquickjs::Value<'js>> {
    rode_core::bind::raw_data_func(ctx, Some(finish_head), 3, &[])
}

#[cfg(test)]
mod tests {
    use super::format_http_date;

    #[test]
    fn http_dates() {
        assert_eq!(format_http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(
            format_http_date(951_782_400),
            "Tue, 29 Feb 2000 00:00:00 GMT"
        );
        assert_eq!(
            format_http_date(1_795_748_645),
            "Fri, 27 Nov 2026 03:04:05 GMT"
        );
    }
}
