//! The byte-level work behind `node:buffer`, in plain Rust (std only, no engine types):
//! string encoders and decoders with Node's exact rules, byte search, comparison, fill,
//! byte swapping, UTF-8/ASCII validation, `atob`/`btoa` and `transcode`.
//!
//! Strings arrive as WTF-8: UTF-8 in which a lone UTF-16 surrogate (which a JS string may
//! hold) is written as its own 3-byte sequence `ED A0..BF xx`. That is what QuickJS's
//! `JS_ToCStringLen` produces; surrogate pairs are always joined into one 4-byte sequence,
//! so every `ED A0..BF` sequence is a lone surrogate. Nothing here panics on malformed input:
//! a byte that does not start a well-formed sequence reads as U+FFFD.
//!
//! How each encoding turns a JS string into bytes (as V8 and Node do):
//! - utf8: UTF-8, a lone surrogate becomes EF BF BD. Only whole characters are written.
//! - ucs2 (utf16le): each UTF-16 code unit, little endian.
//! - latin1 (binary) and ascii: the low byte of each UTF-16 code unit.
//! - hex: pairs of hex digits, stopping at the first pair that is not two hex digits.
//! - base64 and base64url: both alphabets are accepted, other characters are skipped,
//!   decoding stops at the first `=`; leftover bits are dropped.
//!
//! For hex and base64 each UTF-16 code unit is first cut to its low byte, as Node does.

use std::borrow::Cow;
use std::mem::MaybeUninit;

/// Node's string encodings, numbered as in the binding contract (see `buffer.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8 = 0,
    Ucs2 = 1,
    Latin1 = 2,
    Ascii = 3,
    Base64 = 4,
    Base64Url = 5,
    Hex = 6,
}

impl Encoding {
    /// The encoding with binding number `n`; unknown numbers read as UTF-8.
    pub fn from_code(n: i32) -> Encoding {
        match n {
            1 => Encoding::Ucs2,
            2 => Encoding::Latin1,
            3 => Encoding::Ascii,
            4 => Encoding::Base64,
            5 => Encoding::Base64Url,
            6 => Encoding::Hex,
            _ => Encoding::Utf8,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Reading WTF-8

/// Decodes one code point at `s[i..]`: (code point, bytes used). Malformed input gives
/// (U+FFFD, 1). Surrogate code points (from WTF-8) are returned as they are.
#[inline]
fn next_code_point(s: &[u8], i: usize) -> (u32, usize) {
    let b0 = s[i] as u32;
    if b0 < 0x80 {
        return (b0, 1);
    }
    let cont = |k: usize| -> Option<u32> {
        let b = *s.get(i + k)?;
        if b & 0xC0 == 0x80 {
            Some((b & 0x3F) as u32)
        } else {
            None
        }
    };
    if (0xC0..0xE0).contains(&b0) {
        if let Some(c1) = cont(1) {
            return (((b0 & 0x1F) << 6) | c1, 2);
        }
    } else if (0xE0..0xF0).contains(&b0) {
        if let (Some(c1), Some(c2)) = (cont(1), cont(2)) {
            return (((b0 & 0x0F) << 12) | (c1 << 6) | c2, 3);
        }
    } else if (0xF0..0xF8).contains(&b0) {
        if let (Some(c1), Some(c2), Some(c3)) = (cont(1), cont(2), cont(3)) {
            let cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
            if cp <= 0x10FFFF {
                return (cp, 4);
            }
        }
    }
    (0xFFFD, 1)
}

/// The UTF-16 code units of WTF-8 text.
pub struct Units<'a> {
    s: &'a [u8],
    i: usize,
    low: u16,
}

impl<'a> Units<'a> {
    pub fn new(s: &'a [u8]) -> Self {
        Units { s, i: 0, low: 0 }
    }
}

impl Iterator for Units<'_> {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        if self.low != 0 {
            let l = self.low;
            self.low = 0;
            return Some(l);
        }
        if self.i >= self.s.len() {
            return None;
        }
        let (cp, n) = next_code_point(self.s, self.i);
        self.i += n;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            self.low = 0xDC00 | (c & 0x3FF) as u16;
            Some(0xD800 | (c >> 10) as u16)
        } else {
            Some(cp as u16)
        }
    }
}

/// Number of UTF-16 code units in WTF-8 text (the JS string's `length`).
///
/// Counted without decoding: one unit per byte that starts a character, one more for each
/// 4-byte character (exact for well-formed input, which the engine always gives).
pub fn utf16_len(s: &[u8]) -> usize {
    // Word at a time: continuation bytes have bit 7 set and bit 6 clear; 4-byte leads have
    // bits 7 to 4 set. Shifting left moves each byte's lower bits under its own bit 7.
    let count = |x: u64| -> isize {
        let cont = x & !(x << 1) & 0x8080_8080_8080_8080;
        let four = x & (x << 1) & (x << 2) & (x << 3) & 0x8080_8080_8080_8080;
        four.count_ones() as isize - cont.count_ones() as isize
    };
    let mut chunks = s.chunks_exact(8);
    let mut extra: isize = 0;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        extra += count(u64::from_le_bytes(w));
    }
    let rest: isize = chunks
        .remainder()
        .iter()
        .map(|&b| (b >= 0xF0) as isize - ((b & 0xC0) == 0x80) as isize)
        .sum();
    (s.len() as isize + extra + rest) as usize
}

/// The low byte of every UTF-16 code unit (what latin1, ascii, hex and base64 read).
pub fn low_bytes(s: &[u8]) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = vec![0; utf16_len(s)];
    let n = write_latin1(&mut out, s);
    out.truncate(n);
    Cow::Owned(out)
}

/// UTF-8 of WTF-8 text: lone surrogates become U+FFFD (EF BF BD); same length.
pub fn to_utf8(s: &[u8]) -> Cow<'_, [u8]> {
    if !has_lone_surrogate(s) {
        return Cow::Borrowed(s);
    }
    let mut out = s.to_vec();
    fix_utf8(&mut out);
    Cow::Owned(out)
}

#[inline]
fn has_lone_surrogate(s: &[u8]) -> bool {
    let mut from = 0;
    while let Some(p) = memchr(0xED, &s[from..]) {
        let at = from + p;
        if s.get(at + 1).is_some_and(|&b| b >= 0xA0) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Rewrites WTF-8, in place, into UTF-8 of the same length: each lone surrogate (a
/// 3-byte sequence starting `ED A0..BF`) becomes U+FFFD (EF BF BD).
fn fix_utf8(out: &mut [u8]) {
    let mut from = 0;
    while let Some(p) = memchr(0xED, &out[from..]) {
        let at = from + p;
        if at + 2 < out.len() && out[at + 1] >= 0xA0 {
            out[at..at + 3].copy_from_slice(&[0xEF, 0xBF, 0xBD]);
            from = at + 3;
        } else {
            from = at + 1;
        }
    }
}

// ---------------------------------------------------------------------------------------
// String → bytes

/// Writes `s` (WTF-8) as UTF-8 into `dst`: only whole characters, as V8's WriteUtf8.
/// Returns the number of bytes written.
pub fn write_utf8(dst: &mut [u8], s: &[u8]) -> usize {
    let mut n = s.len().min(dst.len());
    if n < s.len() {
        // Back up to the start of the character that does not fit.
        while n > 0 && s[n] & 0xC0 == 0x80 {
            n -= 1;
        }
    }
    dst[..n].copy_from_slice(&s[..n]);
    fix_utf8(&mut dst[..n]);
    n
}

/// Writes the low byte of each UTF-16 code unit (latin1, binary, ascii).
pub fn write_latin1(dst: &mut [u8], s: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < s.len() && n < dst.len() {
        let b = s[i];
        if b < 0x80 {
            dst[n] = b;
            n += 1;
            i += 1;
            continue;
        }
        let (cp, k) = next_code_point(s, i);
        i += k;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            dst[n] = (c >> 10) as u8; // low byte of the high surrogate 0xD800 | c >> 10
            n += 1;
            if n < dst.len() {
                dst[n] = c as u8; // low byte of the low surrogate 0xDC00 | c & 0x3FF
                n += 1;
            }
        } else {
            dst[n] = cp as u8;
            n += 1;
        }
    }
    n
}

/// Writes whole UTF-16 code units, little endian.
pub fn write_ucs2(dst: &mut [u8], s: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < s.len() && n + 2 <= dst.len() {
        let b = s[i];
        if b < 0x80 {
            dst[n] = b;
            dst[n + 1] = 0;
            n += 2;
            i += 1;
            continue;
        }
        let (cp, k) = next_code_point(s, i);
        i += k;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            dst[n..n + 2].copy_from_slice(&(0xD800 | (c >> 10) as u16).to_le_bytes());
            n += 2;
            if n + 2 <= dst.len() {
                dst[n..n + 2].copy_from_slice(&(0xDC00 | (c & 0x3FF) as u16).to_le_bytes());
                n += 2;
            }
        } else {
            dst[n..n + 2].copy_from_slice(&(cp as u16).to_le_bytes());
            n += 2;
        }
    }
    n
}

/// Value of a hex digit, 0xFF for anything else.
const UNHEX: [u8; 256] = {
    let mut t = [0xFFu8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// Decodes hex digit pairs (of low bytes) into `dst`, stopping at the first invalid pair
/// or a lone last digit. Returns the number of bytes written.
pub fn decode_hex(dst: &mut [u8], src: &[u8]) -> usize {
    let n = dst.len().min(src.len() / 2);
    let (dst, src) = (&mut dst[..n], &src[..2 * n]);
    // All pairs valid (the usual case): the SIMD decoder; else find where to stop below.
    // (Checked first: a failed decode would already have written past where the lenient
    // decoder stops, and `buf.write` must leave those bytes alone.)
    if n >= 32
        && hex_simd::check(src).is_ok()
        && hex_simd::decode(src, hex_simd::Out::from_slice(&mut *dst)).is_ok()
    {
        return n;
    }
    // Fast path: eight pairs at a time, checked together.
    let mut done = 0;
    for (d, s) in dst.chunks_exact_mut(8).zip(src.chunks_exact(16)) {
        let mut bad = 0u8;
        let mut out = [0u8; 8];
        for (o, pair) in out.iter_mut().zip(s.chunks_exact(2)) {
            let (a, b) = (UNHEX[pair[0] as usize], UNHEX[pair[1] as usize]);
            bad |= a | b;
            *o = (a << 4) | (b & 0xF);
        }
        if bad & 0xF0 != 0 {
            break;
        }
        d.copy_from_slice(&out);
        done += 8;
    }
    for (d, pair) in dst[done..].iter_mut().zip(src[2 * done..].chunks_exact(2)) {
        let (a, b) = (UNHEX[pair[0] as usize], UNHEX[pair[1] as usize]);
        if (a | b) & 0xF0 != 0 {
            break;
        }
        *d = (a << 4) | b;
        done += 1;
    }
    done
}

const BASE64_INVALID: u8 = 0xFF;

/// Base64 sextet of a byte in either alphabet (standard or URL-safe).
const UNBASE64: [u8; 256] = {
    let mut t = [BASE64_INVALID; 256];
    let mut i = 0;
    while i < 26 {
        t[b'A' as usize + i] = i as u8;
        t[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut d = 0;
    while d < 10 {
        t[b'0' as usize + d] = 52 + d as u8;
        d += 1;
    }
    t[b'+' as usize] = 62;
    t[b'-' as usize] = 62;
    t[b'/' as usize] = 63;
    t[b'_' as usize] = 63;
    t
};

/// `UNBASE64` as the bits a character gives in each of the four positions of a group;
/// invalid characters are 0x8000_0000.
const UNBASE64_SHIFTED: [[u32; 256]; 4] = {
    let mut t = [[0x8000_0000u32; 256]; 4];
    let mut c = 0;
    while c < 256 {
        let v = UNBASE64[c];
        if v != BASE64_INVALID {
            let v = v as u32;
            t[0][c] = v << 18;
            t[1][c] = v << 12;
            t[2][c] = v << 6;
            t[3][c] = v;
        }
        c += 1;
    }
    t
};

/// Node's lenient base64 decoding (both alphabets): characters outside the alphabets are
/// skipped, decoding stops at the first `=`, a last lone sextet is dropped. Writes at most
/// `dst.len()` bytes and returns how many.
pub fn decode_base64(dst: &mut [u8], src: &[u8]) -> usize {
    // Canonical base64 (the usual case): the SIMD decoder, when it accepts the input and
    // the output fits. It gives what the lenient decoder would.
    if let Some(codec) = canonical_base64(src) {
        // (Checked first, as for hex: a failed decode may have written past the stop.)
        if codec.decoded_length(src).is_ok_and(|m| m <= dst.len()) && codec.check(src).is_ok() {
            if let Ok(out) = codec.decode(src, base64_simd::Out::from_slice(&mut *dst)) {
                return out.len();
            }
        }
    }
    decode_base64_lenient(dst, src)
}

/// The SIMD codec to try on `src` when it is long enough to pay: padded when its length
/// is a multiple of 4, unpadded otherwise.
fn canonical_base64(src: &[u8]) -> Option<&'static base64_simd::Base64> {
    if src.len() < 64 {
        None
    } else if src.len().is_multiple_of(4) {
        Some(&base64_simd::STANDARD)
    } else {
        Some(&base64_simd::STANDARD_NO_PAD)
    }
}

/// `decode_base64` without the SIMD attempt: both alphabets, junk skipped, `=` ends it.
fn decode_base64_lenient(dst: &mut [u8], src: &[u8]) -> usize {
    let mut k = 0;
    let mut i = 0;
    let cap = dst.len();
    // Fast path: whole groups of four valid characters, each looked up pre-shifted so a
    // group is four loads and three ORs (an invalid character sets the top bit).
    while i + 4 <= src.len() && k + 3 <= cap {
        let v = UNBASE64_SHIFTED[0][src[i] as usize]
            | UNBASE64_SHIFTED[1][src[i + 1] as usize]
            | UNBASE64_SHIFTED[2][src[i + 2] as usize]
            | UNBASE64_SHIFTED[3][src[i + 3] as usize];
        if v & 0x8000_0000 != 0 {
            break;
        }
        dst[k] = (v >> 16) as u8;
        dst[k + 1] = (v >> 8) as u8;
        dst[k + 2] = v as u8;
        i += 4;
        k += 3;
    }
    // Slow path: one sextet at a time.
    let mut acc: u32 = 0;
    let mut have = 0; // sextets in the current group of four
    while i < src.len() && k < cap {
        let ch = src[i];
        i += 1;
        let v = UNBASE64[ch as usize];
        if v == BASE64_INVALID {
            if ch == b'=' {
                break;
            }
            continue;
        }
        acc = (acc << 6) | v as u32;
        have += 1;
        match have {
            1 => {}
            2 => {
                dst[k] = (acc >> 4) as u8;
                k += 1;
            }
            3 => {
                dst[k] = (acc >> 2) as u8;
                k += 1;
            }
            _ => {
                dst[k] = acc as u8;
                k += 1;
                have = 0;
                acc = 0;
            }
        }
    }
    k
}

/// Writes `s` (WTF-8) into `dst` in encoding `enc`; returns the number of bytes written.
pub fn write(dst: &mut [u8], s: &[u8], enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => write_utf8(dst, s),
        Encoding::Ucs2 => write_ucs2(dst, s),
        Encoding::Latin1 | Encoding::Ascii => write_latin1(dst, s),
        Encoding::Hex => decode_hex(dst, &low_bytes(s)),
        Encoding::Base64 | Encoding::Base64Url => decode_base64(dst, &low_bytes(s)),
    }
}

/// The bytes of `s` (WTF-8) in encoding `enc`, all of them.
pub fn encode(s: &[u8], enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => {
            let utf8 = to_utf8(s);
            let mut out = big_vec(utf8.len());
            out.extend_from_slice(&utf8);
            out
        }
        Encoding::Ucs2 => {
            let mut out = vec![0; utf16_len(s) * 2];
            let n = write_ucs2(&mut out, s);
            out.truncate(n);
            out
        }
        Encoding::Latin1
        | Encoding::Ascii
        | Encoding::Hex
        | Encoding::Base64
        | Encoding::Base64Url => encode_low_bytes(low_bytes(s), enc),
    }
}

/// Whether `enc` reads only the low byte of each UTF-16 code unit (latin1, ascii, hex,
/// base64): for those, `encode_low_bytes` of the units' low bytes is `encode`.
pub fn reads_low_bytes(enc: Encoding) -> bool {
    !matches!(enc, Encoding::Utf8 | Encoding::Ucs2)
}

/// `encode` for an encoding that `reads_low_bytes`, from the low bytes of the string's
/// code units (latin1 and ascii are those bytes: an owned list is returned as it is).
pub fn encode_low_bytes(src: Cow<'_, [u8]>, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Hex => {
            let mut out = big_zeroed(src.len() / 2);
            let n = decode_hex(&mut out, &src);
            out.truncate(n);
            out
        }
        Encoding::Base64 | Encoding::Base64Url => {
            let cap = src.len() / 4 * 3 + 3;
            // Canonical base64 goes straight into the new buffer's spare capacity (no
            // zeroing, and no validity pass first: the decoder validates as it goes and
            // nobody sees what a refused decode left); anything else through the lenient
            // decoder.
            let mut out = big_vec(cap);
            if let Some(codec) = canonical_base64(&src) {
                let spare = base64_simd::Out::from_uninit_slice(out.spare_capacity_mut());
                if let Ok(n) = codec.decode(&src, spare).map(|d| d.len()) {
                    // SAFETY: the decoder initialised the first `n` bytes of the capacity.
                    unsafe { out.set_len(n) };
                    return out;
                }
            }
            out.resize(cap, 0);
            let n = decode_base64_lenient(&mut out, &src);
            out.truncate(n);
            out
        }
        _ => match src {
            Cow::Owned(v) => v,
            Cow::Borrowed(b) => {
                let mut out = big_vec(b.len());
                out.extend_from_slice(b);
                out
            }
        },
    }
}

// ---------------------------------------------------------------------------------------
// Bytes → string

/// A decoded string, in whichever form is cheaper to hand to the engine.
#[derive(Debug, PartialEq)]
pub enum Decoded<'a> {
    /// Valid UTF-8 (made valid by construction, so it is not checked again).
    Utf8(Cow<'a, [u8]>),
    /// UTF-16 code units (may hold lone surrogates).
    Utf16(Vec<u16>),
}

impl Decoded<'_> {
    /// Length of the JS string in UTF-16 code units.
    pub fn js_len(&self) -> usize {
        match self {
            Decoded::Utf8(s) => utf16_len(s),
            Decoded::Utf16(u) => u.len(),
        }
    }
}

/// Length (UTF-16 code units) of the string `decode(bytes, enc)` would make, computed
/// without making it, for the string-length limit check.
pub fn decoded_js_len(bytes: &[u8], enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => utf16_len(String::from_utf8_lossy(bytes).as_bytes()),
        Encoding::Ucs2 => bytes.len() / 2,
        Encoding::Latin1 | Encoding::Ascii => bytes.len(),
        Encoding::Hex => bytes.len() * 2,
        Encoding::Base64 => bytes.len().div_ceil(3) * 4,
        Encoding::Base64Url => (bytes.len() * 4).div_ceil(3),
    }
}

/// Latin-1 bytes as UTF-8 (each byte is the code point of the same value).
pub fn decode_latin1(bytes: &[u8]) -> Cow<'_, [u8]> {
    if bytes.is_ascii() {
        return Cow::Borrowed(bytes);
    }
    Cow::Owned(rode_core::strings::to_utf8(
        rode_core::strings::Chars::Latin1(bytes),
    ))
}

/// ASCII decoding as Node does it: the high bit of each byte is dropped.
pub fn decode_ascii(bytes: &[u8]) -> Cow<'_, [u8]> {
    if bytes.is_ascii() {
        return Cow::Borrowed(bytes);
    }
    Cow::Owned(bytes.iter().map(|&b| b & 0x7F).collect())
}

/// Little-endian UTF-16 code units; a last odd byte is ignored.
pub fn decode_ucs2(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect()
}

pub use rode_core::memory::big_vec;

/// A zero-filled Vec of `len` bytes (see [`big_vec`]).
fn big_zeroed(len: usize) -> Vec<u8> {
    let mut v = big_vec(len);
    v.resize(len, 0);
    v
}

/// Two lower-case hex digits per byte value, first digit in the low byte.
const HEX_PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [DIGITS[i >> 4], DIGITS[i & 0xF]];
        i += 1;
    }
    t
};

/// Writes the lower-case hex digits of `bytes` into `out` (exactly `2 * bytes.len()` long).
pub fn encode_hex_into(bytes: &[u8], out: &mut [MaybeUninit<u8>]) {
    assert_eq!(out.len(), bytes.len() * 2);
    if bytes.len() >= 32 {
        let n = out.len();
        let written = hex_simd::encode(
            bytes,
            hex_simd::Out::from_uninit_slice(out),
            hex_simd::AsciiCase::Lower,
        );
        assert_eq!(written.len(), n);
        return;
    }
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        let d = HEX_PAIRS[b as usize];
        pair[0].write(d[0]);
        pair[1].write(d[1]);
    }
}

/// Lower-case hex digits, as ASCII bytes.
pub fn encode_hex_bytes(bytes: &[u8]) -> Vec<u8> {
    let n = bytes.len() * 2;
    let mut out = big_vec(n);
    encode_hex_into(bytes, &mut out.spare_capacity_mut()[..n]);
    // SAFETY: encode_hex_into initialised the first `n` bytes of the capacity.
    unsafe { out.set_len(n) };
    out
}

/// Lower-case hex digits.
pub fn encode_hex(bytes: &[u8]) -> String {
    // SAFETY: hex digits are ASCII.
    unsafe { String::from_utf8_unchecked(encode_hex_bytes(bytes)) }
}

const BASE64_STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The two characters of every 12-bit value, for both alphabets.
const fn base64_pairs(table: &[u8; 64]) -> [[u8; 2]; 4096] {
    let mut t = [[0u8; 2]; 4096];
    let mut i = 0;
    while i < 4096 {
        t[i] = [table[i >> 6], table[i & 63]];
        i += 1;
    }
    t
}
static BASE64_STD_PAIRS: [[u8; 2]; 4096] = base64_pairs(BASE64_STD);
static BASE64_URL_PAIRS: [[u8; 2]; 4096] = base64_pairs(BASE64_URL);

/// The length of the base64 (padded) or base64url (unpadded) text of `n` bytes.
pub fn base64_len(n: usize, url: bool) -> usize {
    if url {
        n / 3 * 4 + [0, 2, 3][n % 3]
    } else {
        n.div_ceil(3) * 4
    }
}

/// Writes base64 (padded, standard alphabet) or base64url (unpadded, URL-safe alphabet)
/// into `out`, exactly `base64_len(bytes.len(), url)` long.
pub fn encode_base64_into(bytes: &[u8], url: bool, out: &mut [MaybeUninit<u8>]) {
    assert_eq!(out.len(), base64_len(bytes.len(), url));
    if bytes.len() >= 48 {
        let codec = if url {
            &base64_simd::URL_SAFE_NO_PAD
        } else {
            &base64_simd::STANDARD
        };
        let n = out.len();
        let written = codec.encode(bytes, base64_simd::Out::from_uninit_slice(out));
        assert_eq!(written.len(), n);
        return;
    }
    let (table, pairs) = if url {
        (BASE64_URL, &BASE64_URL_PAIRS)
    } else {
        (BASE64_STD, &BASE64_STD_PAIRS)
    };
    let whole = bytes.len() / 3;
    for (quad, c) in out.chunks_exact_mut(4).zip(bytes.chunks_exact(3)) {
        let v = ((c[0] as usize) << 16) | ((c[1] as usize) << 8) | c[2] as usize;
        let hi = pairs[v >> 12];
        let lo = pairs[v & 0xFFF];
        quad[0].write(hi[0]);
        quad[1].write(hi[1]);
        quad[2].write(lo[0]);
        quad[3].write(lo[1]);
    }
    let tail = &mut out[whole * 4..];
    let mut put = |i: usize, c: u8| {
        tail[i].write(c);
    };
    match bytes[whole * 3..] {
        [a] => {
            put(0, table[(a >> 2) as usize]);
            put(1, table[((a & 3) << 4) as usize]);
            if !url {
                put(2, b'=');
                put(3, b'=');
            }
        }
        [a, b] => {
            put(0, table[(a >> 2) as usize]);
            put(1, table[(((a & 3) << 4) | (b >> 4)) as usize]);
            put(2, table[((b & 0xF) << 2) as usize]);
            if !url {
                put(3, b'=');
            }
        }
        _ => {}
    }
}

/// Base64 (padded, standard alphabet) or base64url (unpadded, URL-safe alphabet), as
/// ASCII bytes.
pub fn encode_base64_bytes(bytes: &[u8], url: bool) -> Vec<u8> {
    let n = base64_len(bytes.len(), url);
    let mut out = big_vec(n);
    encode_base64_into(bytes, url, &mut out.spare_capacity_mut()[..n]);
    // SAFETY: encode_base64_into initialised the first `n` bytes of the capacity.
    unsafe { out.set_len(n) };
    out
}

/// Base64 (padded, standard alphabet) or base64url (unpadded, URL-safe alphabet).
pub fn encode_base64(bytes: &[u8], url: bool) -> String {
    // SAFETY: base64 characters are ASCII.
    unsafe { String::from_utf8_unchecked(encode_base64_bytes(bytes, url)) }
}

/// Decodes `bytes` as `enc` into a string.
pub fn decode(bytes: &[u8], enc: Encoding) -> Decoded<'_> {
    match enc {
        Encoding::Utf8 => Decoded::Utf8(match String::from_utf8_lossy(bytes) {
            Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
            Cow::Owned(s) => Cow::Owned(s.into_bytes()),
        }),
        Encoding::Ucs2 => Decoded::Utf16(decode_ucs2(bytes)),
        Encoding::Latin1 => Decoded::Utf8(decode_latin1(bytes)),
        Encoding::Ascii => Decoded::Utf8(decode_ascii(bytes)),
        Encoding::Hex => Decoded::Utf8(Cow::Owned(encode_hex_bytes(bytes))),
        Encoding::Base64 => Decoded::Utf8(Cow::Owned(encode_base64_bytes(bytes, false))),
        Encoding::Base64Url => Decoded::Utf8(Cow::Owned(encode_base64_bytes(bytes, true))),
    }
}

// ---------------------------------------------------------------------------------------
// Search

/// Index of the first `b` in `s` (SIMD, from the memchr crate).
pub fn memchr(b: u8, s: &[u8]) -> Option<usize> {
    memchr::memchr(b, s)
}

/// Index of the last `b` in `s`.
pub fn memrchr(b: u8, s: &[u8]) -> Option<usize> {
    memchr::memrchr(b, s)
}

/// A byte string read forwards or backwards, so one Two-Way search serves both directions.
trait View: Copy {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u8;
}

#[derive(Clone, Copy)]
struct Fwd<'a>(&'a [u8]);

#[derive(Clone, Copy)]
struct Rev<'a>(&'a [u8]);

impl View for Fwd<'_> {
    #[inline(always)]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u8 {
        self.0[i]
    }
}

impl View for Rev<'_> {
    #[inline(always)]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u8 {
        self.0[self.0.len() - 1 - i]
    }
}

/// Crochemore–Perrin maximal suffix of `x` for one of the two orders: (start, period).
fn maximal_suffix<V: View>(x: V, greater: bool) -> (usize, usize) {
    let (mut left, mut right, mut offset, mut period) = (0usize, 1usize, 0usize, 1usize);
    while right + offset < x.len() {
        let a = x.at(right + offset);
        let b = x.at(left + offset);
        if (a < b && !greater) || (a > b && greater) {
            right += offset + 1;
            offset = 0;
            period = right - left;
        } else if a == b {
            if offset + 1 == period {
                right += offset + 1;
                offset = 0;
            } else {
                offset += 1;
            }
        } else {
            left = right;
            right += 1;
            offset = 0;
            period = 1;
        }
    }
    (left, period)
}

/// Two-Way string matching (linear time, constant space): the first match at or after
/// `from`. `needle` must not be empty.
fn two_way<V: View>(hay: V, needle: V, from: usize) -> Option<usize> {
    let m = needle.len();
    let n = hay.len();
    let (c1, p1) = maximal_suffix(needle, false);
    let (c2, p2) = maximal_suffix(needle, true);
    let (crit, mut period) = if c1 > c2 { (c1, p1) } else { (c2, p2) };
    // Periodic needle when the part before the critical position repeats with `period`.
    let periodic = period + crit <= m && (0..crit).all(|i| needle.at(i) == needle.at(i + period));
    if !periodic {
        period = crit.max(m - crit) + 1;
    }
    let mut byteset: u64 = 0;
    for i in 0..m {
        byteset |= 1 << (needle.at(i) & 63);
    }
    let mut pos = from;
    let mut memory = 0usize;
    'search: while pos + m <= n {
        if byteset & (1 << (hay.at(pos + m - 1) & 63)) == 0 {
            pos += m;
            memory = 0;
            continue;
        }
        let start = if periodic { crit.max(memory) } else { crit };
        for i in start..m {
            if needle.at(i) != hay.at(pos + i) {
                pos += i - crit + 1;
                memory = 0;
                continue 'search;
            }
        }
        let start = if periodic { memory } else { 0 };
        for i in (start..crit).rev() {
            if needle.at(i) != hay.at(pos + i) {
                pos += period;
                if periodic {
                    memory = m - period;
                }
                continue 'search;
            }
        }
        return Some(pos);
    }
    None
}

/// How common a byte is in typical data (text, markup, binary protocols); higher is
/// more common. Search scans for the needle's least common byte.
fn byte_rank(b: u8) -> u8 {
    match b {
        b' ' => 255,
        b'e' | b't' | b'a' | b'o' | b'i' | b'n' | b's' | b'r' | b'h' => 240,
        b'l' | b'd' | b'c' | b'u' | b'm' => 220,
        b'f' | b'p' | b'g' | b'w' | b'y' | b'b' | b'v' | b'k' => 190,
        0 => 180,
        b'.' | b',' | b'\n' | b'"' | b'\'' | b'-' | b'/' | b':' | b'=' | b'_' => 170,
        b'0'..=b'9' => 160,
        b'A'..=b'Z' => 140,
        b'x' | b'j' | b'q' | b'z' => 130,
        b'\r' | b'\t' | b';' | b'(' | b')' | b'<' | b'>' | b'{' | b'}' | b'[' | b']' => 120,
        0xFF => 110,
        0x21..=0x7E => 100,
        0x80..=0xBF => 80, // UTF-8 continuation bytes
        0xC2..=0xF4 => 60,
        _ => 30,
    }
}

/// Index of the needle byte to scan for: the least common one.
fn rare_index(needle: &[u8]) -> usize {
    let mut best = 0;
    for (i, &b) in needle.iter().enumerate() {
        if byte_rank(b) < byte_rank(needle[best]) {
            best = i;
        }
    }
    best
}

/// First index `>= from` where `needle` (non-empty) occurs in `hay`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let m = needle.len();
    if m == 0 || from + m > hay.len() {
        return if m == 0 && from <= hay.len() {
            Some(from)
        } else {
            None
        };
    }
    if m == 1 {
        return memchr(needle[0], &hay[from..]).map(|p| p + from);
    }
    // Candidates from memchr on the needle's rarest byte (at offset k in the needle); if
    // too many of them fail, switch to Two-Way so that adversarial inputs stay linear.
    let k = rare_index(needle);
    let rare = needle[k];
    let last_start = hay.len() - m;
    let mut pos = from;
    let mut misses = 0usize;
    while pos <= last_start {
        let p = memchr(rare, &hay[pos + k..=last_start + k])? + pos;
        if &hay[p..p + m] == needle {
            return Some(p);
        }
        misses += 1;
        pos = p + 1;
        if misses > 16 && misses * 32 > pos - from {
            return two_way(Fwd(hay), Fwd(needle), pos);
        }
    }
    None
}

/// Last index `<= last` where `needle` (non-empty) occurs in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8], last: usize) -> Option<usize> {
    let m = needle.len();
    if m == 0 {
        return Some(last.min(hay.len()));
    }
    if m > hay.len() {
        return None;
    }
    let top = last.min(hay.len() - m);
    if m == 1 {
        return memrchr(needle[0], &hay[..=top]);
    }
    let n = hay.len();
    let k = rare_index(needle);
    let rare = needle[k];
    let mut end = top + 1; // candidate starts are in [0, end)
    let mut misses = 0usize;
    while end > 0 {
        let p = memrchr(rare, &hay[k..end + k])?;
        if &hay[p..p + m] == needle {
            return Some(p);
        }
        misses += 1;
        end = p;
        if misses > 16 && misses * 32 > top + 1 - end {
            if end == 0 {
                return None;
            }
            // Reversed, a match starting at p starts at n - m - p; starts <= end - 1
            // become starts >= n - m - (end - 1).
            return two_way(Rev(hay), Rev(needle), n - m - (end - 1)).map(|q| n - m - q);
        }
    }
    None
}

/// Node's start offset for indexOf/lastIndexOf (`IndexOfOffset`): an index into the
/// haystack, or -1 when no search is needed.
fn start_offset(len: usize, offset: i64, needle_len: usize, forward: bool) -> i64 {
    let len = len as i64;
    let needle_len = needle_len as i64;
    if offset < 0 {
        if offset + len >= 0 {
            len + offset
        } else if forward || needle_len == 0 {
            0
        } else {
            -1
        }
    } else if offset.saturating_add(needle_len) <= len {
        offset
    } else if needle_len == 0 {
        len
    } else if forward {
        -1
    } else {
        len - 1
    }
}

/// `buf.indexOf(needle)` / `buf.lastIndexOf(needle)` with Node's rules for `byteOffset`
/// (already truncated to an integer). With `ucs2`, only matches at even byte offsets count,
/// and both haystack and needle are read as whole 16-bit units. Returns the index or -1.
pub fn index_of(hay: &[u8], needle: &[u8], offset: i64, ucs2: bool, forward: bool) -> i64 {
    let n = hay.len();
    let m = needle.len();
    let start = start_offset(n, offset, m, forward);
    if m == 0 {
        return start;
    }
    if n == 0 || start < 0 {
        return -1;
    }
    let start = start as usize;
    if (forward && m + start > n) || m > n {
        return -1;
    }
    if ucs2 {
        if n < 2 || m < 2 {
            return -1;
        }
        let hay = &hay[..n & !1];
        let needle = &needle[..m & !1];
        let start = start & !1;
        if forward {
            let mut from = start;
            while let Some(p) = find(hay, needle, from) {
                if p % 2 == 0 {
                    return p as i64;
                }
                from = p + 1;
            }
        } else {
            let mut last = start;
            while let Some(p) = rfind(hay, needle, last) {
                if p % 2 == 0 {
                    return p as i64;
                }
                if p == 0 {
                    break;
                }
                last = p - 1;
            }
        }
        return -1;
    }
    let r = if forward {
        find(hay, needle, start)
    } else {
        rfind(hay, needle, start)
    };
    r.map_or(-1, |p| p as i64)
}

/// The bytes `buf.indexOf(string, offset, enc)` searches for. As in Node (which uses V8's
/// plain `String::Utf8Value` there), a lone surrogate in a utf8 needle stays a 3-byte
/// WTF-8 sequence instead of becoming U+FFFD, so it only matches those same bytes.
pub fn encode_needle(s: &[u8], enc: Encoding) -> Cow<'_, [u8]> {
    match enc {
        Encoding::Utf8 => Cow::Borrowed(s),
        _ => Cow::Owned(encode(s, enc)),
    }
}

/// `buf.indexOf(string, byteOffset, enc)` with `s` as WTF-8. Unlike a Buffer needle, a
/// string searched as ucs2 sees the haystack cut to an even length (Node's
/// `IndexOfString`), which moves where an empty needle is found.
pub fn index_of_string(hay: &[u8], s: &[u8], offset: i64, enc: Encoding, forward: bool) -> i64 {
    let needle = encode_needle(s, enc);
    if enc == Encoding::Ucs2 {
        return index_of(&hay[..hay.len() & !1], &needle, offset, true, forward);
    }
    index_of(hay, &needle, offset, false, forward)
}

/// `buf.indexOf(number)`: the byte is `value & 0xFF`.
pub fn index_of_byte(hay: &[u8], value: u8, offset: i64, forward: bool) -> i64 {
    let start = start_offset(hay.len(), offset, 1, forward);
    if start < 0 || hay.is_empty() {
        return -1;
    }
    let start = start as usize;
    let r = if forward {
        memchr(value, &hay[start..]).map(|p| p + start)
    } else {
        memrchr(value, &hay[..=start.min(hay.len() - 1)])
    };
    r.map_or(-1, |p| p as i64)
}

// ---------------------------------------------------------------------------------------
// Compare, fill, swap, validation

/// -1, 0 or 1 as `a` sorts before, equal to or after `b` (bytes, then length).
pub fn compare(a: &[u8], b: &[u8]) -> i32 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Fills `dst` with repeats of `pattern` (cut at the end). False when `pattern` is empty
/// and `dst` is not.
pub fn fill_pattern(dst: &mut [u8], pattern: &[u8]) -> bool {
    if dst.is_empty() {
        return true;
    }
    if pattern.is_empty() {
        return false;
    }
    let first = pattern.len().min(dst.len());
    dst[..first].copy_from_slice(&pattern[..first]);
    let mut filled = first;
    while filled < dst.len() {
        let n = filled.min(dst.len() - filled);
        dst.copy_within(..n, filled);
        filled += n;
    }
    true
}

/// Reverses the byte order of each 16-bit unit (`len` must be even).
pub fn swap16(b: &mut [u8]) {
    for c in b.chunks_exact_mut(2) {
        c.swap(0, 1);
    }
}

/// Reverses the byte order of each 32-bit unit.
pub fn swap32(b: &mut [u8]) {
    for c in b.chunks_exact_mut(4) {
        let v = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]).swap_bytes();
        c.copy_from_slice(&v.to_ne_bytes());
    }
}

/// Reverses the byte order of each 64-bit unit.
pub fn swap64(b: &mut [u8]) {
    for c in b.chunks_exact_mut(8) {
        c.reverse();
    }
}

/// Whether `b` is well-formed UTF-8.
pub fn is_utf8(b: &[u8]) -> bool {
    std::str::from_utf8(b).is_ok()
}

/// Whether every byte of `b` is below 0x80.
pub fn is_ascii(b: &[u8]) -> bool {
    b.is_ascii()
}

// ---------------------------------------------------------------------------------------
// atob / btoa

/// Why `atob` failed, as Node's binding reports it.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum AtobError {
    /// A character outside the base64 alphabet ("Invalid character").
    InvalidCharacter,
    /// One character left over after the last group ("not correctly encoded").
    BadLength,
}

/// WHATWG forgiving-base64 decode of `s` (WTF-8): ASCII whitespace is removed, then up to
/// two `=` when the length is a multiple of four. Returns the bytes (each is one latin1
/// character of the result).
pub fn atob(s: &[u8]) -> Result<Vec<u8>, AtobError> {
    let mut chars: Vec<u8> = Vec::with_capacity(s.len());
    for u in Units::new(s) {
        match u {
            0x09 | 0x0A | 0x0C | 0x0D | 0x20 => {}
            _ if u < 0x80 => chars.push(u as u8),
            _ => return Err(AtobError::InvalidCharacter),
        }
    }
    if chars.len().is_multiple_of(4) {
        for _ in 0..2 {
            if chars.last() == Some(&b'=') {
                chars.pop();
            }
        }
    }
    for &c in &chars {
        let ok = c.is_ascii_alphanumeric() || c == b'+' || c == b'/';
        if !ok {
            return Err(AtobError::InvalidCharacter);
        }
    }
    if chars.len() % 4 == 1 {
        return Err(AtobError::BadLength);
    }
    let mut out = vec![0; chars.len() / 4 * 3 + 2];
    let n = decode_base64(&mut out, &chars);
    out.truncate(n);
    Ok(out)
}

/// `btoa`: base64 of the string's code units, or None when one is above U+00FF.
pub fn btoa(s: &[u8]) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    for u in Units::new(s) {
        if u > 0xFF {
            return None;
        }
        bytes.push(u as u8);
    }
    Some(encode_base64(&bytes, false))
}

// ---------------------------------------------------------------------------------------
// transcode

/// Why `transcode` failed: ICU's error name and number, as Node reports them.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct TranscodeError {
    pub name: &'static str,
    pub errno: i32,
}

const ILLEGAL_ARGUMENT: TranscodeError = TranscodeError {
    name: "U_ILLEGAL_ARGUMENT_ERROR",
    errno: 1,
};
const INVALID_CHAR: TranscodeError = TranscodeError {
    name: "U_INVALID_CHAR_FOUND",
    errno: 10,
};

fn push_ucs2(out: &mut Vec<u8>, u: u16) {
    out.extend_from_slice(&u.to_le_bytes());
}

/// `buffer.transcode(source, from, to)` for the pairs Node supports (utf8, ucs2, latin1,
/// ascii on either side), with ICU's substitutions: U+FFFD for undecodable input, `?` for
/// characters the target cannot hold. utf8→ucs2 and ucs2→utf8 are strict, as in Node.
pub fn transcode(src: &[u8], from: Encoding, to: Encoding) -> Result<Vec<u8>, TranscodeError> {
    use Encoding::*;
    let supported = |e: Encoding| matches!(e, Utf8 | Ucs2 | Latin1 | Ascii);
    if !supported(from) || !supported(to) {
        return Err(ILLEGAL_ARGUMENT);
    }
    match (from, to) {
        (Latin1 | Ascii, Ucs2) => {
            let mut out = Vec::with_capacity(src.len() * 2);
            for &b in src {
                push_ucs2(&mut out, b as u16);
            }
            Ok(out)
        }
        (Utf8, Ucs2) => {
            let s = std::str::from_utf8(src).map_err(|_| INVALID_CHAR)?;
            let mut out = Vec::with_capacity(src.len() * 2);
            for u in s.encode_utf16() {
                push_ucs2(&mut out, u);
            }
            Ok(out)
        }
        (Ucs2, Utf8) => {
            let mut out = String::with_capacity(src.len());
            for c in char::decode_utf16(decode_ucs2(src)) {
                out.push(c.map_err(|_| INVALID_CHAR)?);
            }
            if out.is_empty() {
                return Err(INVALID_CHAR);
            }
            Ok(out.into_bytes())
        }
        (Ucs2, Ucs2) => {
            let mut out = Vec::with_capacity(src.len() + 1);
            for c in char::decode_utf16(decode_ucs2(src)) {
                let mut buf = [0u16; 2];
                for &u in c.unwrap_or('\u{FFFD}').encode_utf16(&mut buf).iter() {
                    push_ucs2(&mut out, u);
                }
            }
            if src.len() % 2 == 1 {
                push_ucs2(&mut out, 0xFFFD);
            }
            Ok(out)
        }
        (Ucs2, _) => {
            let max = if to == Latin1 { 0xFF } else { 0x7F };
            Ok(char::decode_utf16(decode_ucs2(src))
                .map(|c| match c {
                    Ok(c) if (c as u32) <= max => c as u8,
                    _ => b'?',
                })
                .collect())
        }
        _ => {
            // Through code points: decode the source, encode into the target.
            let chars: Vec<char> = match from {
                Utf8 => String::from_utf8_lossy(src).chars().collect(),
                Latin1 => src.iter().map(|&b| b as char).collect(),
                _ => src
                    .iter()
                    .map(|&b| if b < 0x80 { b as char } else { '\u{FFFD}' })
                    .collect(),
            };
            Ok(match to {
                Utf8 => chars.iter().collect::<String>().into_bytes(),
                Latin1 => chars
                    .iter()
                    .map(|&c| if (c as u32) <= 0xFF { c as u8 } else { b'?' })
                    .collect(),
                _ => chars
                    .iter()
                    .map(|&c| if (c as u32) < 0x80 { c as u8 } else { b'?' })
                    .collect(),
            })
        }
    }
}

// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    /// WTF-8 of a UTF-16 string (what QuickJS hands us).
    fn wtf8(units: &[u16]) -> Vec<u8> {
        let mut out = Vec::new();
        for c in char::decode_utf16(units.iter().copied()) {
            match c {
                Ok(c) => {
                    let mut b = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                }
                Err(e) => {
                    let u = e.unpaired_surrogate() as u32;
                    out.push(0xE0 | (u >> 12) as u8);
                    out.push(0x80 | ((u >> 6) & 0x3F) as u8);
                    out.push(0x80 | (u & 0x3F) as u8);
                }
            }
        }
        out
    }

    fn js(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }

    fn hex(b: &[u8]) -> String {
        encode_hex(b)
    }

    fn unhex_str(s: &str) -> Vec<u8> {
        encode(s.as_bytes(), Encoding::Hex)
    }

    #[test]
    fn units_round_trip() {
        let samples: Vec<Vec<u16>> = vec![
            vec![],
            vec![0x61],
            vec![0xE9, 0x20AC, 0xD83D, 0xDE00],
            vec![0xD800],
            vec![0xDC00, 0xD800],
            vec![0xD83D, 0x61, 0xDE00],
            vec![0xFFFF, 0x0, 0x7F, 0x80, 0x7FF, 0x800],
        ];
        for s in samples {
            let w = wtf8(&s);
            assert_eq!(Units::new(&w).collect::<Vec<_>>(), s);
            assert_eq!(utf16_len(&w), s.len());
        }
    }

    #[test]
    fn utf8_replaces_lone_surrogates() {
        let w = wtf8(&[0xD83D, 0xDE00, 0xD800, 0x78, 0xDC00]);
        assert_eq!(hex(&to_utf8(&w)), "f09f9880efbfbd78efbfbd");
        assert_eq!(w.len(), 11); // byteLengthUtf8 is the WTF-8 length
        assert_eq!(hex(&encode(&w, Encoding::Utf8)), "f09f9880efbfbd78efbfbd");
        assert!(matches!(to_utf8(b"plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn utf8_write_whole_characters_only() {
        let cases: &[(usize, &[u16], &str, usize)] = &[
            (3, &[0xD83D, 0xDE00], "000000", 0),
            (4, &[0xD83D, 0xDE00], "f09f9880", 4),
            (5, &[0x61, 0xD83D, 0xDE00], "61f09f9880", 5),
            (3, &[0xD83D], "efbfbd", 3),
            (2, &[0xD83D], "0000", 0),
            (3, &[0xD83D, 0x78], "efbfbd", 3),
            (6, &[0xD83D, 0xD83D], "efbfbdefbfbd", 6),
            (2, &[0x20AC], "0000", 0),
            (3, &[0x61, 0x20AC], "610000", 1),
        ];
        for &(n, s, want, written) in cases {
            let mut dst = vec![0; n];
            let w = write_utf8(&mut dst, &wtf8(s));
            assert_eq!((hex(&dst).as_str(), w), (want, written), "{s:x?}");
        }
    }

    #[test]
    fn latin1_and_ucs2_writes() {
        let s = wtf8(&[0x61, 0xE9, 0x20AC, 0xD83D, 0xDE00]);
        let mut d = [0u8; 8];
        assert_eq!(write_latin1(&mut d, &s), 5);
        assert_eq!(hex(&d[..5]), "61e9ac3d00");
        let mut d = [0u8; 3];
        assert_eq!(write_latin1(&mut d, &s), 3);
        assert_eq!(hex(&d), "61e9ac");
        let mut d = [0u8; 5];
        assert_eq!(write_ucs2(&mut d, &s), 4);
        assert_eq!(hex(&d), "6100e90000");
        assert_eq!(hex(&encode(&s, Encoding::Ucs2)), "6100e900ac203dd800de");
        assert_eq!(hex(&encode(&s, Encoding::Ascii)), "61e9ac3d00");
    }

    #[test]
    fn hex_decoding_stops_at_first_bad_pair() {
        assert_eq!(hex(&unhex_str("abc")), "ab");
        assert_eq!(hex(&unhex_str("zz")), "");
        assert_eq!(hex(&unhex_str("0102zz03")), "0102");
        assert_eq!(hex(&unhex_str("0G")), "");
        assert_eq!(hex(&unhex_str("DEADbeef")), "deadbeef");
        // Two-byte code units are cut to their low byte.
        assert_eq!(hex(&encode(&wtf8(&[0x161, 0x162]), Encoding::Hex)), "ab");
        assert_eq!(hex(&encode(&wtf8(&[0x130, 0x36]), Encoding::Hex)), "06");
        assert_eq!(hex(&encode(&wtf8(&[0x36, 0x131]), Encoding::Hex)), "61");
        let mut d = [0u8; 1];
        assert_eq!(decode_hex(&mut d, b"abcd"), 1);
    }

    #[test]
    fn base64_lenient_decoding() {
        let cases: &[(&str, &str)] = &[
            ("YQ==YQ==", "61"),
            ("YQ=YQ", "61"),
            ("Y Q = =", "61"),
            ("YWJj\nZGVm", "616263646566"),
            ("YW=Jj", "61"),
            ("YWJ", "6162"),
            ("YW", "61"),
            ("Y", ""),
            ("-_-_", "fbffbf"),
            ("+/+/", "fbffbf"),
            ("YWJj!!ZGVm", "616263646566"),
            ("====", ""),
            ("ab=c", "69"),
            ("a=bc", ""),
            ("abc=d", "69b7"),
            ("YWJjZA==x", "61626364"),
            ("YWJjZGV", "6162636465"),
            ("\u{0}YQ", "61"),
            ("Y=Q=", ""),
            ("YQ\t==", "61"),
        ];
        for &(s, want) in cases {
            assert_eq!(hex(&encode(s.as_bytes(), Encoding::Base64)), want, "{s:?}");
            assert_eq!(
                hex(&encode(s.as_bytes(), Encoding::Base64Url)),
                want,
                "{s:?}"
            );
        }
        assert_eq!(
            hex(&encode(&wtf8(&[0x159, 0x51, 0x3D, 0x3D]), Encoding::Base64)),
            "61"
        );
        assert_eq!(
            hex(&encode(
                &wtf8(&[0x59, 0x51, 0x13D, 0x13D]),
                Encoding::Base64
            )),
            "61"
        );
        assert_eq!(
            hex(&encode(
                &wtf8(&[0x130, 0x130, 0x130, 0x130]),
                Encoding::Base64
            )),
            "d34d34"
        );
        let mut d = [0u8; 2];
        assert_eq!(decode_base64(&mut d, b"YWJjZGVm"), 2);
        assert_eq!(&d, b"ab");
    }

    /// Reference decoders/encoders (one character at a time) for the table and SIMD paths,
    /// on inputs long enough to take them, clean and with junk at every position.
    #[test]
    fn fast_codecs_match_reference() {
        fn ref_b64_decode(src: &[u8]) -> Vec<u8> {
            let (mut acc, mut have, mut out) = (0u32, 0, Vec::new());
            for &c in src {
                if c == b'=' {
                    break;
                }
                let v = UNBASE64[c as usize];
                if v == BASE64_INVALID {
                    continue;
                }
                acc = (acc << 6) | v as u32;
                have += 1;
                match have {
                    2 => out.push((acc >> 4) as u8),
                    3 => out.push((acc >> 2) as u8),
                    4 => out.push(acc as u8),
                    _ => {}
                }
                if have == 4 {
                    have = 0;
                    acc = 0;
                }
            }
            out
        }
        fn ref_hex_decode(src: &[u8]) -> Vec<u8> {
            let mut out = Vec::new();
            for p in src.chunks_exact(2) {
                let (a, b) = ((p[0] as char).to_digit(16), (p[1] as char).to_digit(16));
                match (a, b) {
                    (Some(a), Some(b)) => out.push((a * 16 + b) as u8),
                    _ => break,
                }
            }
            out
        }
        let mut seed = 12345u32;
        let mut rnd = || {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            (seed >> 16) as u8
        };
        for len in [
            0, 1, 2, 3, 31, 32, 33, 47, 48, 49, 50, 64, 95, 96, 97, 200, 1000,
        ] {
            let data: Vec<u8> = (0..len).map(|_| rnd()).collect();
            let hexs = encode_hex(&data);
            assert_eq!(
                hexs,
                data.iter().map(|b| format!("{b:02x}")).collect::<String>()
            );
            assert_eq!(encode(hexs.as_bytes(), Encoding::Hex), data);
            let std = encode_base64(&data, false);
            let url = encode_base64(&data, true);
            assert_eq!(
                url,
                std.trim_end_matches('=')
                    .replace('+', "-")
                    .replace('/', "_")
            );
            assert_eq!(ref_b64_decode(std.as_bytes()), data);
            assert_eq!(encode(std.as_bytes(), Encoding::Base64), data);
            assert_eq!(encode(url.as_bytes(), Encoding::Base64), data);
            assert_eq!(encode(url.as_bytes(), Encoding::Base64Url), data);
            // Junk at each position: the fast paths must give way to the lenient ones.
            for at in (0..std.len()).step_by(7) {
                for junk in ["\u{20}", "=", "!", "-", "\u{e9}"] {
                    let mut b = std.clone().into_bytes();
                    b.splice(at..at, junk.bytes());
                    assert_eq!(
                        encode(&b, Encoding::Base64),
                        ref_b64_decode(&b),
                        "{at} {junk}"
                    );
                }
            }
            for at in (0..hexs.len()).step_by(5) {
                let mut h = hexs.clone().into_bytes();
                h[at] = b'g';
                assert_eq!(encode(&h, Encoding::Hex), ref_hex_decode(&h));
                // Bytes after where decoding stops are left as they were.
                let mut d = vec![0xAAu8; len];
                let w = decode_hex(&mut d, &h);
                assert!(d[w..].iter().all(|&b| b == 0xAA));
            }
            let mut bad = std.clone().into_bytes();
            if bad.len() > 8 {
                let at = bad.len() / 2;
                bad[at] = b'*';
                let mut d = vec![0xAAu8; len + 3];
                let w = decode_base64(&mut d, &bad);
                assert_eq!(d[..w], ref_b64_decode(&bad)[..w]);
                assert!(d[w..].iter().all(|&b| b == 0xAA));
            }
            // A short destination takes what fits.
            let mut d = vec![0u8; len / 2];
            assert_eq!(decode_base64(&mut d, std.as_bytes()), len / 2);
            assert_eq!(d, data[..len / 2]);
            assert_eq!(decode_hex(&mut d, hexs.as_bytes()), len / 2);
            assert_eq!(d, data[..len / 2]);
        }
    }

    #[test]
    fn base64_encoding() {
        let cases: &[(&[u8], &str, &str)] = &[
            (b"", "", ""),
            (b"f", "Zg==", "Zg"),
            (b"fo", "Zm8=", "Zm8"),
            (b"foo", "Zm9v", "Zm9v"),
            (b"foob", "Zm9vYg==", "Zm9vYg"),
            (&[0xFB, 0xFF, 0xBF], "+/+/", "-_-_"),
        ];
        for &(b, std, url) in cases {
            assert_eq!(encode_base64(b, false), std);
            assert_eq!(encode_base64(b, true), url);
            assert_eq!(encode(std.as_bytes(), Encoding::Base64), b);
            assert_eq!(encode(url.as_bytes(), Encoding::Base64Url), b);
        }
    }

    /// The JS string a Decoded stands for.
    fn text(d: Decoded) -> String {
        match d {
            Decoded::Utf8(b) => String::from_utf8(b.into_owned()).expect("valid UTF-8"),
            Decoded::Utf16(u) => String::from_utf16_lossy(&u),
        }
    }

    #[test]
    fn decoding_bytes() {
        let b = [0x41, 0xE9, 0xFF, 0x7F, 0x80, 0x00];
        assert_eq!(
            text(decode(&b, Encoding::Latin1)),
            "A\u{e9}\u{ff}\u{7f}\u{80}\0"
        );
        assert_eq!(text(decode(&b, Encoding::Ascii)), "Ai\u{7f}\u{7f}\0\0");
        assert_eq!(text(decode(&b, Encoding::Hex)), "41e9ff7f8000");
        assert_eq!(text(decode(&b, Encoding::Base64)), "Qen/f4AA");
        assert_eq!(text(decode(&b, Encoding::Base64Url)), "Qen_f4AA");
        assert_eq!(
            decode(&[0x41, 0x00, 0x00, 0xD8, 0x42], Encoding::Ucs2),
            Decoded::Utf16(vec![0x41, 0xD800])
        );
        assert_eq!(
            decode(b"abc", Encoding::Utf8),
            Decoded::Utf8(Cow::Borrowed(&b"abc"[..]))
        );
        assert_eq!(
            decode(b"abc", Encoding::Latin1),
            Decoded::Utf8(Cow::Borrowed(&b"abc"[..]))
        );
        let all: Vec<u8> = (0..=255).collect();
        let latin1: String = all.iter().map(|&b| b as char).collect();
        assert_eq!(text(decode(&all, Encoding::Latin1)), latin1);
        assert_eq!(decode(&all, Encoding::Latin1).js_len(), 256);
        assert_eq!(
            decoded_js_len(&[0xF0, 0x9F, 0x98, 0x80, 0xFF], Encoding::Utf8),
            3
        );
        assert_eq!(decoded_js_len(&[1, 2, 3, 4], Encoding::Base64), 8);
        assert_eq!(decoded_js_len(&[1, 2, 3, 4], Encoding::Base64Url), 6);
    }

    #[test]
    fn utf8_decoding_replaces_maximal_subparts() {
        // WHATWG: one U+FFFD per maximal subpart of an ill-formed sequence.
        let cases: &[(&[u8], &str)] = &[
            (
                &[0x61, 0xFF, 0x80, 0xC3, 0xA9, 0xED, 0xA0, 0x80, 0x62],
                "a\u{fffd}\u{fffd}\u{e9}\u{fffd}\u{fffd}\u{fffd}b",
            ),
            (
                &[0xF4, 0x90, 0x80, 0x80],
                "\u{fffd}\u{fffd}\u{fffd}\u{fffd}",
            ),
            (&[0xC0, 0x80], "\u{fffd}\u{fffd}"),
            (&[0xE0, 0xA0], "\u{fffd}"),
            (&[0xE0, 0xA0, 0x41], "\u{fffd}A"),
            (&[0xF0, 0x9F, 0x98], "\u{fffd}"),
            (&[0xF0, 0x9F, 0x98, 0x80], "\u{1f600}"),
        ];
        for &(b, want) in cases {
            assert_eq!(text(decode(b, Encoding::Utf8)), want, "{b:x?}");
        }
    }

    #[test]
    fn memchr_and_memrchr() {
        let mut v = vec![0u8; 100];
        assert_eq!(memchr(1, &v), None);
        assert_eq!(memrchr(1, &v), None);
        for p in [0, 1, 7, 8, 15, 16, 17, 31, 32, 63, 64, 98, 99] {
            v.fill(0);
            v[p] = 1;
            assert_eq!(memchr(1, &v), Some(p));
            assert_eq!(memrchr(1, &v), Some(p));
            assert_eq!(memchr(0, &v), Some(if p == 0 { 1 } else { 0 }));
            assert_eq!(memrchr(0, &v), Some(if p == 99 { 98 } else { 99 }));
        }
        v[3] = 1;
        v[90] = 1;
        assert_eq!(memchr(1, &v), Some(3));
        assert_eq!(memrchr(1, &v), Some(99));
        assert_eq!(memchr(7, &[]), None);
        assert_eq!(memchr(0xFF, &[0xFF; 40]), Some(0));
        assert_eq!(memrchr(0x80, &[0x80; 40]), Some(39));
    }

    fn naive_find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
        (from..=hay.len().checked_sub(needle.len())?).find(|&p| &hay[p..p + needle.len()] == needle)
    }

    fn naive_rfind(hay: &[u8], needle: &[u8], last: usize) -> Option<usize> {
        let top = hay.len().checked_sub(needle.len())?.min(last);
        (0..=top)
            .rev()
            .find(|&p| &hay[p..p + needle.len()] == needle)
    }

    /// Small deterministic generator (xorshift) for property tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn search_matches_naive_search() {
        let mut rng = Rng(0x2545F4914F6CDD1D);
        for round in 0..4000 {
            let alphabet = 1 + rng.below(if round % 3 == 0 { 2 } else { 4 });
            let n = rng.below(200);
            let hay: Vec<u8> = (0..n).map(|_| b'a' + rng.below(alphabet) as u8).collect();
            let m = 1 + rng.below(12);
            let needle: Vec<u8> = if n > m && rng.below(2) == 0 {
                let p = rng.below(n - m);
                hay[p..p + m].to_vec()
            } else {
                (0..m).map(|_| b'a' + rng.below(alphabet) as u8).collect()
            };
            let from = rng.below(n + 3);
            assert_eq!(
                find(&hay, &needle, from),
                naive_find(&hay, &needle, from),
                "{hay:?} {needle:?} {from}"
            );
            assert_eq!(
                rfind(&hay, &needle, from),
                naive_rfind(&hay, &needle, from),
                "{hay:?} {needle:?} {from}"
            );
        }
    }

    #[test]
    fn two_way_directly() {
        let mut rng = Rng(77);
        for _ in 0..3000 {
            let n = rng.below(120);
            let hay: Vec<u8> = (0..n).map(|_| b'a' + rng.below(2) as u8).collect();
            let m = 1 + rng.below(9);
            let needle: Vec<u8> = (0..m).map(|_| b'a' + rng.below(2) as u8).collect();
            let from = rng.below(n + 1);
            assert_eq!(
                two_way(Fwd(&hay), Fwd(&needle), from),
                naive_find(&hay, &needle, from)
            );
            let rev_h: Vec<u8> = hay.iter().rev().copied().collect();
            let rev_n: Vec<u8> = needle.iter().rev().copied().collect();
            assert_eq!(
                two_way(Rev(&hay), Rev(&needle), from),
                naive_find(&rev_h, &rev_n, from)
            );
        }
    }

    #[test]
    fn adversarial_search_stays_fast() {
        let hay = vec![b'a'; 1 << 20];
        let mut needle = vec![b'a'; 4096];
        needle[0] = b'b';
        assert_eq!(find(&hay, &needle, 0), None);
        needle[0] = b'a';
        needle[4095] = b'b';
        assert_eq!(rfind(&hay, &needle, hay.len()), None);
        let mut hay2 = hay.clone();
        hay2[700_000] = b'b';
        assert_eq!(find(&hay2, &needle, 0), Some(700_000 - 4095));
        assert_eq!(rfind(&hay2, &needle, usize::MAX), Some(700_000 - 4095));
    }

    #[test]
    fn index_of_follows_node() {
        let b = b"abcabcab";
        let f = |n: &[u8], o: i64| index_of(b, n, o, false, true);
        let l = |n: &[u8], o: i64| index_of(b, n, o, false, false);
        let len = b.len() as i64;
        assert_eq!((f(b"c", 0), l(b"c", len)), (2, 5));
        assert_eq!((f(b"c", 3), l(b"c", 3)), (5, 2));
        assert_eq!((f(b"c", -2), l(b"c", -2)), (-1, 5));
        assert_eq!((f(b"c", -100), l(b"c", -100)), (2, -1));
        assert_eq!((f(b"c", 100), l(b"c", 100)), (-1, 5));
        assert_eq!((f(b"c", 2), l(b"c", 2)), (2, 2));
        assert_eq!((f(b"", 0), l(b"", 0)), (0, 0));
        assert_eq!((f(b"", 3), l(b"", 3)), (3, 3));
        assert_eq!((f(b"", 100), l(b"", 100)), (8, 8));
        assert_eq!((f(b"", -1), l(b"", -1)), (7, 7));
        assert_eq!((f(b"", -100), l(b"", -100)), (0, 0));
        assert_eq!((f(b"ab", 0), l(b"ab", len)), (0, 6));
        assert_eq!(index_of(b"", b"", 0, false, true), 0);
        assert_eq!(index_of(b"", b"", 5, false, true), 0);
        assert_eq!(index_of(b"", b"a", 0, false, false), -1);
        let a = b"aaa";
        assert_eq!(index_of(a, b"aa", 1, false, false), 1);
        assert_eq!(index_of(a, b"aa", 5, false, false), 1);
        assert_eq!(index_of(a, b"aa", -1, false, false), 1);
        assert_eq!(index_of(a, b"aa", -3, false, false), 0);
        assert_eq!(index_of(a, b"aa", -4, false, false), -1);
        assert_eq!(index_of(a, b"aa", -4, false, true), 0);
        // ucs2: 16-bit units at even offsets only.
        let u = |n: &[u8], o: i64, fwd: bool| index_of(b, n, o, true, fwd);
        assert_eq!(u(&[0x62, 0x00], 0, true), -1);
        assert_eq!(u(&[0x61, 0x62], 0, true), 0);
        assert_eq!(u(&[0x61, 0x62], len, false), 6);
        assert_eq!(u(&[0x62, 0x63], 0, true), 4);
        assert_eq!(u(&[0x62, 0x63], len, false), 4);
        assert_eq!(u(&[0x62, 0x63], 1, false), -1);
        assert_eq!(u(&[0x63, 0x61], 0, true), 2);
        assert_eq!(u(&[0x62], 0, true), -1);
        assert_eq!(index_of(b"xa\0b\0", &[0x62, 0], 0, true, true), -1);
        assert_eq!(index_of(b"xa\0b\0", &[0x62, 0], 5, true, false), -1);
        assert_eq!(index_of(b"a\0b\0c\0", &[0x62, 0], 0, true, true), 2);
    }

    #[test]
    fn utf8_needles_keep_lone_surrogates() {
        let n = wtf8(&[0xD800]);
        assert_eq!(hex(&encode_needle(&n, Encoding::Utf8)), "eda080");
        assert_eq!(
            index_of(
                &[0x61, 0xED, 0xA0, 0x80],
                &encode_needle(&n, Encoding::Utf8),
                0,
                false,
                true
            ),
            1
        );
        assert_eq!(
            index_of(
                &to_utf8(&wtf8(&[0x61, 0xD800, 0x62])),
                &encode_needle(&n, Encoding::Utf8),
                0,
                false,
                true
            ),
            -1
        );
        assert_eq!(
            hex(&encode_needle(&wtf8(&[0xD83D, 0xDE00]), Encoding::Utf8)),
            "f09f9880"
        );
        assert_eq!(hex(&encode_needle(&n, Encoding::Ucs2)), "00d8");
        let b = b"abcdefg";
        let empty = wtf8(&[]);
        assert_eq!(index_of_string(b, &empty, 10, Encoding::Ucs2, true), 6);
        assert_eq!(index_of_string(b, &empty, -1, Encoding::Ucs2, true), 5);
        assert_eq!(index_of(b, b"", 10, true, true), 7);
        assert_eq!(
            index_of_string(b, &wtf8(&[0x6665]), -1, Encoding::Ucs2, false),
            4
        );
        assert_eq!(
            index_of_string(b, &wtf8(&[0x6766]), 7, Encoding::Ucs2, false),
            -1
        );
    }

    #[test]
    fn index_of_byte_follows_node() {
        let b = b"abcabcab";
        assert_eq!(index_of_byte(b, b'c', 0, true), 2);
        assert_eq!(index_of_byte(b, b'c', 8, false), 5);
        assert_eq!(index_of_byte(b, b'c', -2, true), -1);
        assert_eq!(index_of_byte(b, b'c', -100, false), -1);
        assert_eq!(index_of_byte(b, b'c', 100, false), 5);
        assert_eq!(index_of_byte(b, b'c', 100, true), -1);
        assert_eq!(index_of_byte(b"", 0, 0, true), -1);
    }

    #[test]
    fn compare_fill_swap() {
        assert_eq!(compare(b"abc", b"abd"), -1);
        assert_eq!(compare(b"abc", b"ab"), 1);
        assert_eq!(compare(b"", b""), 0);
        let mut d = [0u8; 7];
        assert!(fill_pattern(&mut d, b"abc"));
        assert_eq!(&d, b"abcabca");
        assert!(fill_pattern(&mut d[..2], b"xyz"));
        assert_eq!(&d, b"xycabca");
        assert!(!fill_pattern(&mut d, b""));
        assert!(fill_pattern(&mut [], b""));
        let mut s = [1u8, 2, 3, 4, 5, 6, 7, 8];
        swap16(&mut s);
        assert_eq!(s, [2, 1, 4, 3, 6, 5, 8, 7]);
        swap16(&mut s);
        swap32(&mut s);
        assert_eq!(s, [4, 3, 2, 1, 8, 7, 6, 5]);
        swap32(&mut s);
        swap64(&mut s);
        assert_eq!(s, [8, 7, 6, 5, 4, 3, 2, 1]);
        let mut big: Vec<u8> = (0..=255).collect();
        fill_pattern(&mut big, &[9, 8, 7]);
        assert!(big.chunks(3).all(|c| c == &[9, 8, 7][..c.len()]));
    }

    #[test]
    fn utf8_and_ascii_checks() {
        assert!(is_utf8(b""));
        assert!(is_utf8("h\u{e9}\u{1f600}".as_bytes()));
        assert!(!is_utf8(&[0xED, 0xA0, 0x80]));
        assert!(!is_utf8(&[0xC0, 0x80]));
        assert!(!is_utf8(&[0xE2, 0x82]));
        assert!(is_ascii(b"abc\x7f"));
        assert!(!is_ascii(&[0x80]));
    }

    #[test]
    fn atob_btoa_follow_whatwg() {
        let ok = |s: &str| atob(&js(s)).map(|b| hex(&b));
        assert_eq!(ok(""), Ok("".into()));
        assert_eq!(ok("a"), Err(AtobError::BadLength));
        assert_eq!(ok("ab"), Ok("69".into()));
        assert_eq!(ok("abc"), Ok("69b7".into()));
        assert_eq!(ok("abcd"), Ok("69b71d".into()));
        assert_eq!(ok("YQ=="), Ok("61".into()));
        assert_eq!(ok("YQ="), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("Y Q = ="), Ok("61".into()));
        assert_eq!(ok("YQ==="), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("YQ=a"), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("a==="), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("===="), Err(AtobError::InvalidCharacter));
        assert_eq!(ok(" YW Jj "), Ok("616263".into()));
        assert_eq!(ok("YW\tJj\n\x0c\r"), Ok("616263".into()));
        assert_eq!(ok("YW\x0bJj"), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("YQ-_"), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("abcde"), Err(AtobError::BadLength));
        assert_eq!(ok("abcd!"), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("\u{ff}"), Err(AtobError::InvalidCharacter));
        assert_eq!(ok("YR=="), Ok("61".into()));
        assert_eq!(ok("ab=="), Ok("69".into()));
        assert_eq!(btoa(&js("abc")), Some("YWJj".into()));
        assert_eq!(btoa(&js("\u{ff}\u{fe}")), Some("//4=".into()));
        assert_eq!(btoa(&js("a\u{100}")), None);
        assert_eq!(btoa(&wtf8(&[0xD800])), None);
    }

    fn tc(h: &str, from: Encoding, to: Encoding) -> String {
        match transcode(&unhex_str(h), from, to) {
            Ok(b) => hex(&b),
            Err(e) => format!("ERR {} {}", e.name, e.errno),
        }
    }

    #[test]
    fn transcode_matches_node() {
        use Encoding::*;
        let s = "68c3a9e282acf09f9880";
        assert_eq!(tc(s, Utf8, Utf8), s);
        assert_eq!(tc(s, Utf8, Ucs2), "6800e900ac203dd800de");
        assert_eq!(tc(s, Utf8, Latin1), "68e93f3f");
        assert_eq!(tc(s, Utf8, Ascii), "683f3f3f");
        assert_eq!(tc(s, Ucs2, Utf8), "ec8da8ee8aa9eab282e9bfb0e88298");
        assert_eq!(tc(s, Ucs2, Latin1), "3f3f3f3f3f");
        assert_eq!(
            tc(s, Latin1, Utf8),
            "68c383c2a9c3a2c282c2acc3b0c29fc298c280"
        );
        assert_eq!(
            tc(s, Latin1, Ucs2),
            "6800c300a900e2008200ac00f0009f0098008000"
        );
        assert_eq!(tc(s, Latin1, Ascii), "683f3f3f3f3f3f3f3f3f");
        assert_eq!(
            tc(s, Ascii, Utf8),
            "68efbfbdefbfbdefbfbdefbfbdefbfbdefbfbdefbfbdefbfbdefbfbd"
        );
        assert_eq!(
            tc(s, Ascii, Ucs2),
            "6800c300a900e2008200ac00f0009f0098008000"
        );
        assert_eq!(tc(s, Ascii, Latin1), "683f3f3f3f3f3f3f3f3f");
        let bad = "61ff80c3a9eda08062";
        assert_eq!(
            tc(bad, Utf8, Utf8),
            "61efbfbdefbfbdc3a9efbfbdefbfbdefbfbd62"
        );
        assert_eq!(tc(bad, Utf8, Ucs2), "ERR U_INVALID_CHAR_FOUND 10");
        assert_eq!(tc(bad, Utf8, Latin1), "613f3fe93f3f3f62");
        assert_eq!(tc(bad, Ucs2, Utf8), "efbda1ec8e80eeb6a9e882a0");
        assert_eq!(tc(bad, Ucs2, Ucs2), "61ff80c3a9eda080fdff");
        assert_eq!(tc(bad, Ucs2, Ascii), "3f3f3f3f");
        let u = "6800e900ac203dd800de";
        assert_eq!(tc(u, Ucs2, Utf8), "68c3a9e282acf09f9880");
        assert_eq!(tc(u, Ucs2, Latin1), "68e93f3f");
        assert_eq!(tc(u, Ucs2, Ascii), "683f3f3f");
        assert_eq!(tc(u, Utf8, Latin1), "68003f003f203d3f003f");
        for (h, to, want) in [
            ("00d8", Utf8, "ERR U_INVALID_CHAR_FOUND 10"),
            ("00d8", Ucs2, "fdff"),
            ("00d8", Latin1, "3f"),
            ("00d84100", Ucs2, "fdff4100"),
            ("00d84100", Ascii, "3f41"),
            ("00dc00d8", Ucs2, "fdfffdff"),
            ("41", Utf8, "ERR U_INVALID_CHAR_FOUND 10"),
            ("41", Ucs2, "fdff"),
            ("41", Latin1, ""),
            ("3dd800de", Utf8, "f09f9880"),
            ("3dd800de", Latin1, "3f"),
        ] {
            assert_eq!(tc(h, Ucs2, to), want, "{h} {to:?}");
        }
        assert_eq!(tc("efbfbf", Utf8, Ucs2), "ffff");
        assert_eq!(tc("f0908080", Utf8, Ucs2), "00d800dc");
        assert_eq!(tc("e0a041", Utf8, Latin1), "3f41");
        assert_eq!(tc("61", Hex, Utf8), "ERR U_ILLEGAL_ARGUMENT_ERROR 1");
        assert_eq!(tc("61", Utf8, Base64), "ERR U_ILLEGAL_ARGUMENT_ERROR 1");
    }

    #[test]
    fn utf16_len_counts_like_the_units() {
        let mut rng = Rng(5);
        let pool: [u16; 10] = [
            0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD83D, 0xDE00, 0xDC00,
        ];
        for _ in 0..2000 {
            let len = rng.below(40);
            let units: Vec<u16> = (0..len).map(|_| pool[rng.below(pool.len())]).collect();
            let w = wtf8(&units);
            assert_eq!(utf16_len(&w), units.len(), "{units:x?}");
            assert_eq!(Units::new(&w).count(), units.len());
        }
    }

    #[test]
    fn write_dispatch_and_encode_agree() {
        let mut rng = Rng(99);
        let pool: [u16; 12] = [
            0x41, 0x7A, 0x30, 0x3D, 0x2B, 0xE9, 0xFF, 0x100, 0x20AC, 0xD83D, 0xDE00, 0xDC00,
        ];
        for _ in 0..2000 {
            let len = rng.below(20);
            let units: Vec<u16> = (0..len).map(|_| pool[rng.below(pool.len())]).collect();
            let w = wtf8(&units);
            for enc in [
                Encoding::Utf8,
                Encoding::Ucs2,
                Encoding::Latin1,
                Encoding::Hex,
                Encoding::Base64,
            ] {
                let full = encode(&w, enc);
                let mut big = vec![0u8; full.len() + 8];
                assert_eq!(write(&mut big, &w, enc), full.len());
                assert_eq!(&big[..full.len()], &full[..]);
                let cap = rng.below(full.len() + 1);
                let mut small = vec![0u8; cap];
                let n = write(&mut small, &w, enc);
                assert!(n <= cap);
                assert_eq!(&small[..n], &full[..n], "{enc:?} {units:x?} cap {cap}");
            }
        }
    }
}
