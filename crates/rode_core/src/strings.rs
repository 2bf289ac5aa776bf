//! Engine strings without copies, through rode's engine patch "String storage"
//! (vendor/rquickjs-sys/RODE-PATCH.md): reading a flat string's own Latin-1 or UTF-16
//! characters in place, and making a Latin-1 string whose bytes Rust writes in place. The
//! binary-to-text and text-to-binary codecs (Buffer, TextEncoder) use them to skip the
//! engine's UTF-8 conversions and an intermediate buffer.

use rquickjs::{qjs, Ctx, Error, Result, Value};
use std::mem::MaybeUninit;

extern "C" {
    // Added by rode's QuickJS patch (vendor/rquickjs-sys/RODE-PATCH.md).
    fn JS_NewStringLatin1Uninit(
        ctx: *mut qjs::JSContext,
        len: usize,
        pbuf: *mut *mut u8,
    ) -> qjs::JSValue;
    fn JS_GetStringStorage(
        val: qjs::JSValue,
        plen: *mut usize,
        is_wide: *mut std::ffi::c_int,
    ) -> *const std::ffi::c_void;
}

/// A flat engine string's characters.
#[derive(Clone, Copy)]
pub enum Chars<'a> {
    /// One byte per character (Latin-1).
    Latin1(&'a [u8]),
    /// UTF-16 code units (lone surrogates possible).
    Utf16(&'a [u16]),
}

/// The characters of `v` if it is a flat string (not a rope, not another type). They stay
/// valid while `v` lives and no JS runs.
pub fn chars<'a>(v: &'a Value<'_>) -> Option<Chars<'a>> {
    // SAFETY: reads the value's tag and, for a string, its header (no allocation); `v`, which
    // the returned slice borrows, keeps the string alive.
    unsafe { chars_raw(v.as_raw()) }
}

/// `chars` for a raw engine value (C-level natives, see `bind::raw_data_func`).
///
/// # Safety
/// `v` must be a live value; the slice is valid while it lives and no JS runs.
pub unsafe fn chars_raw<'a>(v: qjs::JSValue) -> Option<Chars<'a>> {
    let mut len = 0usize;
    let mut wide: std::ffi::c_int = 0;
    // SAFETY: as in `chars`; the caller keeps `v` alive.
    let p = unsafe { JS_GetStringStorage(v, &mut len, &mut wide) };
    if p.is_null() {
        return None;
    }
    Some(unsafe {
        if wide != 0 {
            Chars::Utf16(std::slice::from_raw_parts(p.cast(), len))
        } else {
            Chars::Latin1(std::slice::from_raw_parts(p.cast(), len))
        }
    })
}

/// A new Latin-1 string of `len` characters, written by `fill`, which must initialise every
/// byte of the slice it is given (ASCII output of an encoder, or Latin-1 text).
pub fn new_latin1<'js>(
    ctx: &Ctx<'js>,
    len: usize,
    fill: impl FnOnce(&mut [MaybeUninit<u8>]),
) -> Result<Value<'js>> {
    let mut buf: *mut u8 = std::ptr::null_mut();
    // SAFETY: allocates an uninitialised 8-bit string and hands out its storage.
    let v = unsafe { JS_NewStringLatin1Uninit(ctx.as_raw().as_ptr(), len, &mut buf) };
    if unsafe { qjs::JS_IsException(v) } {
        return Err(Error::Exception);
    }
    if len > 0 {
        // SAFETY: `buf` is the new string's storage of `len` bytes, written only here
        // before the string is seen by anything else.
        fill(unsafe { std::slice::from_raw_parts_mut(buf.cast(), len) });
    }
    // SAFETY: `v` is a new owned value.
    Ok(unsafe { Value::from_raw(ctx.clone(), v) })
}

/// `latin1_from` for C-level natives: a new owned value, or `JS_EXCEPTION`.
///
/// # Safety
/// `ctx` must be a live context of the current thread.
pub unsafe fn latin1_from_raw(ctx: *mut qjs::JSContext, bytes: &[u8]) -> qjs::JSValue {
    let mut buf: *mut u8 = std::ptr::null_mut();
    // SAFETY: as in `new_latin1`.
    unsafe {
        let v = JS_NewStringLatin1Uninit(ctx, bytes.len(), &mut buf);
        if !qjs::JS_IsException(v) && !bytes.is_empty() {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf, bytes.len());
        }
        v
    }
}

/// A new Latin-1 string of the characters `bytes` (each byte one character).
pub fn latin1_from<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> Result<Value<'js>> {
    new_latin1(ctx, bytes.len(), |dst| {
        // SAFETY: same lengths; `MaybeUninit<u8>` has the layout of `u8`.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst.as_mut_ptr().cast(), bytes.len())
        }
    })
}

/// The UTF-8 of `c`, each lone surrogate as U+FFFD (what TextEncoder and
/// `Buffer.from(s, 'utf8')` produce).
pub fn to_utf8(c: Chars<'_>) -> Vec<u8> {
    match c {
        Chars::Latin1(b) => latin1_to_utf8(b),
        Chars::Utf16(u) => utf16_to_utf8(u),
    }
}

/// The length of `to_utf8(c)`, without making it (`Buffer.byteLength`).
pub fn utf8_len(c: Chars<'_>) -> usize {
    match c {
        Chars::Latin1(b) => b.len() + b.iter().filter(|&&c| c >= 0x80).count(),
        Chars::Utf16(u) => {
            let mut n = 0;
            let mut i = 0;
            while i < u.len() {
                n += match u[i] {
                    0..=0x7f => 1,
                    0x80..=0x7ff => 2,
                    0xd800..=0xdbff
                        if u.get(i + 1).is_some_and(|d| (0xdc00..=0xdfff).contains(d)) =>
                    {
                        i += 1;
                        4
                    }
                    _ => 3,
                };
                i += 1;
            }
            n
        }
    }
}

fn latin1_to_utf8(b: &[u8]) -> Vec<u8> {
    let extra = b.iter().filter(|&&c| c >= 0x80).count();
    let mut out = crate::memory::big_vec(b.len() + extra);
    if extra == 0 {
        out.extend_from_slice(b);
        return out;
    }
    for &c in b {
        if c < 0x80 {
            out.push(c);
        } else {
            out.push(0xC0 | (c >> 6));
            out.push(0x80 | (c & 0x3F));
        }
    }
    out
}

fn utf16_to_utf8(u: &[u16]) -> Vec<u8> {
    // Sized for the worst case (3 bytes a unit); only the pages written are touched, and
    // the allocation is shrunk to fit at the end.
    let mut out: Vec<u8> = crate::memory::big_vec(u.len() * 3);
    let dst = out.spare_capacity_mut();
    let mut n = 0;
    let mut i = 0;
    while i < u.len() {
        // Four ASCII units at a time.
        if i + 4 <= u.len() {
            let q = (u[i] | u[i + 1] | u[i + 2] | u[i + 3]) < 0x80;
            if q {
                dst[n].write(u[i] as u8);
                dst[n + 1].write(u[i + 1] as u8);
                dst[n + 2].write(u[i + 2] as u8);
                dst[n + 3].write(u[i + 3] as u8);
                n += 4;
                i += 4;
                continue;
            }
        }
        let c = u[i] as u32;
        i += 1;
        if c < 0x80 {
            dst[n].write(c as u8);
            n += 1;
        } else if c < 0x800 {
            dst[n].write(0xC0 | (c >> 6) as u8);
            dst[n + 1].write(0x80 | (c & 0x3F) as u8);
            n += 2;
        } else {
            let mut cp = c;
            if (0xD800..0xDC00).contains(&c) && i < u.len() && (0xDC00..0xE000).contains(&u[i]) {
                cp = 0x10000 + ((c - 0xD800) << 10) + (u[i] as u32 - 0xDC00);
                i += 1;
            } else if (0xD800..0xE000).contains(&c) {
                cp = 0xFFFD;
            }
            if cp >= 0x10000 {
                dst[n].write(0xF0 | (cp >> 18) as u8);
                dst[n + 1].write(0x80 | ((cp >> 12) & 0x3F) as u8);
                dst[n + 2].write(0x80 | ((cp >> 6) & 0x3F) as u8);
                dst[n + 3].write(0x80 | (cp & 0x3F) as u8);
                n += 4;
            } else {
                dst[n].write(0xE0 | (cp >> 12) as u8);
                dst[n + 1].write(0x80 | ((cp >> 6) & 0x3F) as u8);
                dst[n + 2].write(0x80 | (cp & 0x3F) as u8);
                n += 3;
            }
        }
    }
    // SAFETY: the loop initialised the first `n` bytes of the capacity.
    unsafe { out.set_len(n) };
    out.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf8_of(units: &[u16]) -> Vec<u8> {
        to_utf8(Chars::Utf16(units))
    }

    #[test]
    fn utf16_matches_std_for_valid_text() {
        for s in [
            "",
            "abc",
            "ascii text, ünïcödé ✓ and 𝄞 ",
            "日本語のテキスト",
            "a𝄞b𝄞𝄞c",
        ] {
            let units: Vec<u16> = s.encode_utf16().collect();
            assert_eq!(utf8_of(&units), s.as_bytes(), "{s}");
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(utf8_of(&[0x61, 0xD800, 0x62]), "a\u{FFFD}b".as_bytes());
        assert_eq!(utf8_of(&[0xDC00]), "\u{FFFD}".as_bytes());
        assert_eq!(utf8_of(&[0xD83D]), "\u{FFFD}".as_bytes());
        assert_eq!(utf8_of(&[0xD83D, 0xD83D, 0xDE00]), "\u{FFFD}😀".as_bytes());
    }

    #[test]
    fn utf8_len_is_the_length_of_to_utf8() {
        let cases: [&[u16]; 6] = [
            &[],
            &[0x61, 0xE9, 0x7FF, 0x800],
            &[0xD83D, 0xDE00],
            &[0x61, 0xD800, 0x62],
            &[0xDC00, 0xD83D],
            &[0xD83D, 0xD83D, 0xDE00],
        ];
        for u in cases {
            assert_eq!(utf8_len(Chars::Utf16(u)), utf8_of(u).len(), "{u:x?}");
        }
        let latin1 = b"a\xe9\xff plain";
        assert_eq!(
            utf8_len(Chars::Latin1(latin1)),
            to_utf8(Chars::Latin1(latin1)).len()
        );
    }

    #[test]
    fn latin1_is_widened() {
        assert_eq!(to_utf8(Chars::Latin1(b"a\xe9\xff")), "aéÿ".as_bytes());
        assert_eq!(to_utf8(Chars::Latin1(b"plain")), b"plain");
    }
}
