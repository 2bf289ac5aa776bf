//! `internalBinding('buffer')`: the native half of `node:buffer`. A thin layer over
//! [`codec`], which holds all the byte work (and its tests).
//!
//! # Contract
//!
//! The JS side (`js/buffer.js`, `js/internal/buffer.js`) validates every argument with
//! Node's errors first; these functions only clamp, so bad input can never make them
//! panic or touch memory outside a buffer. Conventions:
//!
//! - `buf`, `a`, `b`, `source`: a `Uint8Array` (a `Buffer` is one). Other views are passed
//!   as a `Uint8Array` over the same bytes. A detached buffer throws a TypeError.
//! - `str`: a JS string (any UTF-16, lone surrogates included).
//! - `enc`: an encoding number: 0 utf8, 1 ucs2/utf16le, 2 latin1/binary, 3 ascii, 4 base64,
//!   5 base64url, 6 hex (unknown numbers mean utf8).
//! - offsets and lengths: numbers; NaN and negatives count as 0, values past the end as
//!   the end.
//!
//! | function | returns |
//! |---|---|
//! | `byteLengthUtf8(str)` | bytes of `str` in UTF-8 (a lone surrogate counts 3) |
//! | `write(buf, str, offset, maxLength, enc)` | bytes written at `offset`, at most `maxLength` (utf8: whole characters only) |
//! | `encode(str, enc)` | a new `ArrayBuffer` holding all of `str` encoded |
//! | `toString(buf, enc, start, end)` | the string of bytes `start..end`, or `undefined` when it would be longer than `kStringMaxLength` |
//! | `indexOf(buf, needle, byteOffset, enc, forward)` | index or -1. `needle`: number (byte `needle & 255`), string (encoded with `enc`; in utf8 a lone surrogate stays 3 WTF-8 bytes, as in Node) or `Uint8Array`; `byteOffset` is truncated and read as Node's `IndexOfOffset` does; with enc 1 (ucs2) only 16-bit aligned matches count |
//! | `compare(a, b, aStart, aEnd, bStart, bEnd)` | -1, 0 or 1 comparing `a[aStart..aEnd]` with `b[bStart..bEnd]`; with only `(a, b)`: whole buffers |
//! | `concat(target, list, start)` | copies the `Uint8Array`s of the array `list` one after the other into `target` from `start`, cut at its end; returns the end position, or `-(i + 1)` when `list[i]` is not a `Uint8Array` (the ones before it are copied) |
//! | `fill(buf, value, start, end, enc)` | 0 when `buf[start..end]` was filled with repeats of `value` (a string encoded with `enc`, or a `Uint8Array`); -1 when `value` gives no bytes (nothing written); -2 when the range is out of bounds |
//! | `swap16(buf)`, `swap32(buf)`, `swap64(buf)` | undefined; swaps in place (length must be a multiple; a tail is left alone) |
//! | `isUtf8(buf)`, `isAscii(buf)` | boolean |
//! | `atob(str)` | the decoded string (one latin1 character per byte), -1 for "not correctly encoded" (length), -2 for an invalid character |
//! | `btoa(str)` | base64 of the code units, or -1 when one is above U+00FF |
//! | `transcode(source, fromEnc, toEnc)` | a new `ArrayBuffer`, or a number: ICU's errno (1 `U_ILLEGAL_ARGUMENT_ERROR`, 10 `U_INVALID_CHAR_FOUND`) |
//! | `kMaxLength`, `kStringMaxLength` | numbers: the engine's largest typed array and string |

pub mod codec;
pub mod int_access;

use codec::{Decoded, Encoding};
use rode_core::{bind, strings};
use rquickjs::{qjs, ArrayBuffer, Ctx, Error, Object, Result, Value};
use std::borrow::Cow;

/// The largest `Uint8Array` QuickJS makes (array buffers are limited to 2 GiB - 1).
pub const K_MAX_LENGTH: usize = i32::MAX as usize;
/// The longest string QuickJS makes (`JS_STRING_LEN_MAX`).
pub const K_STRING_MAX_LENGTH: usize = (1 << 30) - 1;

fn raw_ctx(ctx: &Ctx<'_>) -> *mut qjs::JSContext {
    ctx.as_raw().as_ptr()
}

/// The bytes of a `Uint8Array`, as a pointer and length. Valid only until JS runs again:
/// callers turn it into a slice and drop it before returning to the engine.
fn raw_bytes(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<(*mut u8, usize)> {
    let mut len: qjs::size_t = 0;
    // SAFETY: a plain query; on failure the engine sets a pending TypeError.
    let p = unsafe { qjs::JS_GetUint8Array(raw_ctx(ctx), &mut len, v.as_raw()) };
    if p.is_null() {
        return Err(Error::Exception);
    }
    Ok((p, len as usize))
}

/// Runs `f` over the bytes of a `Uint8Array`.
fn with_bytes<R>(ctx: &Ctx<'_>, v: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    let (p, len) = raw_bytes(ctx, v)?;
    // SAFETY: `p..p+len` is the view's memory; no JS runs while the slice lives.
    Ok(f(unsafe { std::slice::from_raw_parts(p, len) }))
}

/// Runs `f` over the bytes of a `Uint8Array`, writable.
fn with_bytes_mut<R>(ctx: &Ctx<'_>, v: &Value<'_>, f: impl FnOnce(&mut [u8]) -> R) -> Result<R> {
    let (p, len) = raw_bytes(ctx, v)?;
    // SAFETY: as above; JS code cannot observe the memory while `f` runs.
    Ok(f(unsafe { std::slice::from_raw_parts_mut(p, len) }))
}

/// Runs `f` over the string as WTF-8 (see `codec`). Converting a non-string may run JS,
/// so this is always called before any buffer memory is borrowed.
fn with_str<R>(ctx: &Ctx<'_>, v: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> Result<R> {
    let mut len: qjs::size_t = 0;
    // SAFETY: the returned pointer stays valid until JS_FreeCString.
    let p = unsafe { qjs::JS_ToCStringLen2(raw_ctx(ctx), &mut len, v.as_raw(), false) };
    if p.is_null() {
        return Err(Error::Exception);
    }
    // SAFETY: `p` points at `len` bytes owned by the engine until freed below.
    let r = f(unsafe { std::slice::from_raw_parts(p as *const u8, len as usize) });
    unsafe { qjs::JS_FreeCString(raw_ctx(ctx), p) };
    Ok(r)
}

/// All of the string `v` encoded with `enc` (`codec::encode`). A flat string is read in
/// place: the low-byte encodings (base64, hex, latin1, ascii) take its Latin-1 characters
/// as they are, or the low bytes of its UTF-16 units, and UTF-8 is made from its
/// characters, with no WTF-8 copy of the string first.
fn encode_string(ctx: &Ctx<'_>, v: &Value<'_>, enc: Encoding) -> Result<Vec<u8>> {
    if let Some(chars) = strings::chars(v) {
        match chars {
            strings::Chars::Latin1(b) if codec::reads_low_bytes(enc) => {
                return Ok(codec::encode_low_bytes(Cow::Borrowed(b), enc));
            }
            strings::Chars::Utf16(u) if codec::reads_low_bytes(enc) => {
                let low: Vec<u8> = u.iter().map(|&c| c as u8).collect();
                return Ok(codec::encode_low_bytes(Cow::Owned(low), enc));
            }
            _ if enc == Encoding::Utf8 => return Ok(strings::to_utf8(chars)),
            _ => {}
        }
    }
    with_str(ctx, v, |s| codec::encode(s, enc))
}

/// A JS number as an index in `0..=max` (NaN and negatives are 0).
fn index(x: f64, max: usize) -> usize {
    if x.is_nan() || x <= 0.0 {
        0
    } else if x >= max as f64 {
        max
    } else {
        x as usize
    }
}

fn new_string<'js>(ctx: &Ctx<'js>, d: Decoded<'_>) -> Result<Value<'js>> {
    match d {
        Decoded::Utf8(s) => {
            // SAFETY: copies `s` (valid UTF-8) into a new engine string.
            let v = unsafe { qjs::JS_NewStringLen(raw_ctx(ctx), s.as_ptr().cast(), s.len() as _) };
            if unsafe { qjs::JS_IsException(v) } {
                return Err(Error::Exception);
            }
            // SAFETY: `v` is a new owned value.
            Ok(unsafe { Value::from_raw(ctx.clone(), v) })
        }
        Decoded::Utf16(u) => {
            // SAFETY: copies `u` into a new engine string.
            let v = unsafe { qjs::JS_NewStringUTF16(raw_ctx(ctx), u.as_ptr(), u.len() as _) };
            if unsafe { qjs::JS_IsException(v) } {
                return Err(Error::Exception);
            }
            // SAFETY: `v` is a new owned value.
            Ok(unsafe { Value::from_raw(ctx.clone(), v) })
        }
    }
}

/// `bytes` decoded as `enc` straight into a new Latin-1 engine string, for the encodings
/// whose text is all Latin-1 (hex, base64, latin1, ascii, and utf8 input that is ASCII);
/// `None` for the others.
fn to_latin1_string<'js>(
    ctx: &Ctx<'js>,
    bytes: &[u8],
    enc: Encoding,
) -> Option<Result<Value<'js>>> {
    let n = bytes.len();
    Some(match enc {
        Encoding::Hex => strings::new_latin1(ctx, n * 2, |out| codec::encode_hex_into(bytes, out)),
        Encoding::Base64 | Encoding::Base64Url => {
            let url = enc == Encoding::Base64Url;
            strings::new_latin1(ctx, codec::base64_len(n, url), |out| {
                codec::encode_base64_into(bytes, url, out)
            })
        }
        Encoding::Latin1 => strings::latin1_from(ctx, bytes),
        Encoding::Ascii => strings::new_latin1(ctx, n, |out| {
            for (o, &b) in out.iter_mut().zip(bytes) {
                o.write(b & 0x7F);
            }
        }),
        Encoding::Utf8 if bytes.is_ascii() => strings::latin1_from(ctx, bytes),
        _ => return None,
    })
}

fn new_array_buffer<'js>(ctx: &Ctx<'js>, bytes: Vec<u8>) -> Result<Value<'js>> {
    Ok(ArrayBuffer::new(ctx.clone(), bytes)?.into_value())
}

extern "C" {
    // rode's engine patch (vendor/rquickjs-sys/RODE-PATCH.md).
    fn JS_NewUint8ArrayView(
        ctx: *mut qjs::JSContext,
        proto: qjs::JSValue,
        buffer: qjs::JSValue,
        offset: qjs::JSValue,
        len: qjs::JSValue,
    ) -> qjs::JSValue;
}

rode_core::raw_fn! {
    /// `byteLengthUtf8(string)` C-level (data: the rquickjs-bound version, for ropes).
    fn byte_length_utf8(ctx, this, argc, argv, data) {
        // SAFETY: at least one argument; the characters are read before anything else runs.
        unsafe {
            match strings::chars_raw(*argv) {
                Some(chars) => {
                    let n = strings::utf8_len(chars);
                    match i32::try_from(n) {
                        Ok(n) => qjs::JS_MKVAL(qjs::JS_TAG_INT, n),
                        Err(_) => qjs::JS_NewFloat64(n as f64),
                    }
                }
                None => qjs::JS_Call(ctx, *data, this, argc, argv),
            }
        }
    }
}

rode_core::raw_fn! {
    /// `fastBufferView(arrayBuffer, offset, length)`: a FastBuffer (the prototype is the data
    /// value) over that range, as `new FastBuffer(arrayBuffer, offset, length)` makes it.
    fn fast_buffer_view(ctx, _, _, argv, data) {
        // SAFETY: the engine passes at least `length` (3) arguments and our one data value.
        unsafe { JS_NewUint8ArrayView(ctx, *data, *argv, *argv.add(1), *argv.add(2)) }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("kMaxLength", K_MAX_LENGTH as f64)?;
    o.set("kStringMaxLength", K_STRING_MAX_LENGTH as f64)?;

    bind::func(
        ctx,
        &o,
        "byteLengthUtf8",
        |ctx: Ctx<'js>, s: Value<'js>| -> Result<f64> { with_str(&ctx, &s, |s| s.len() as f64) },
    )?;
    // The same, C-level over the string's own characters (the one above for ropes).
    let slow: Value = o.get("byteLengthUtf8")?;
    o.set(
        "byteLengthUtf8",
        bind::raw_data_func(ctx, Some(byte_length_utf8), 1, &[slow])?,
    )?;

    bind::func(
        ctx,
        &o,
        "write",
        |ctx: Ctx<'js>,
         buf: Value<'js>,
         s: Value<'js>,
         offset: f64,
         max: f64,
         enc: i32|
         -> Result<f64> {
            with_str(&ctx, &s, |s| {
                with_bytes_mut(&ctx, &buf, |b| {
                    let start = index(offset, b.len());
                    let end = start + index(max, b.len() - start);
                    codec::write(&mut b[start..end], s, Encoding::from_code(enc)) as f64
                })
            })?
        },
    )?;

    bind::func(
        ctx,
        &o,
        "encode",
        |ctx: Ctx<'js>, s: Value<'js>, enc: i32| -> Result<Value<'js>> {
            let bytes = encode_string(&ctx, &s, Encoding::from_code(enc))?;
            new_array_buffer(&ctx, bytes)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "toString",
        |ctx: Ctx<'js>, buf: Value<'js>, enc: i32, start: f64, end: f64| -> Result<Value<'js>> {
            let enc = Encoding::from_code(enc);
            let (p, len) = raw_bytes(&ctx, &buf)?;
            let end = index(end, len);
            let start = index(start, end);
            // SAFETY: the view's memory; creating the string below runs no JS, and the buffer
            // stays alive (and attached) as `buf` holds it.
            let bytes = unsafe { std::slice::from_raw_parts(p.add(start), end - start) };
            if bytes.len() > K_STRING_MAX_LENGTH / 4
                && codec::decoded_js_len(bytes, enc) > K_STRING_MAX_LENGTH
            {
                return Ok(Value::new_undefined(ctx.clone()));
            }
            if let Some(v) = to_latin1_string(&ctx, bytes, enc) {
                return v;
            }
            new_string(&ctx, codec::decode(bytes, enc))
        },
    )?;

    bind::func(
        ctx,
        &o,
        "indexOf",
        |ctx: Ctx<'js>,
         buf: Value<'js>,
         needle: Value<'js>,
         offset: f64,
         enc: i32,
         forward: bool|
         -> Result<f64> {
            let enc = Encoding::from_code(enc);
            let offset = if offset.is_nan() { 0 } else { offset as i64 };
            if let Some(n) = needle.as_number() {
                let byte = (n as i64 & 0xFF) as u8;
                return with_bytes(&ctx, &buf, |h| {
                    codec::index_of_byte(h, byte, offset, forward) as f64
                });
            }
            let ucs2 = enc == Encoding::Ucs2;
            if needle.is_string() {
                return with_str(&ctx, &needle, |s| {
                    with_bytes(&ctx, &buf, |h| {
                        codec::index_of_string(h, s, offset, enc, forward) as f64
                    })
                })?;
            }
            let (np, nlen) = raw_bytes(&ctx, &needle)?;
            with_bytes(&ctx, &buf, |h| {
                // SAFETY: both views stay valid; no JS runs during the search.
                let n = unsafe { std::slice::from_raw_parts(np, nlen) };
                codec::index_of(h, n, offset, ucs2, forward) as f64
            })
        },
    )?;

    bind::func(
        ctx,
        &o,
        "compare",
        |ctx: Ctx<'js>,
         a: Value<'js>,
         b: Value<'js>,
         range: rquickjs::function::Rest<f64>|
         -> Result<i32> {
            let (ap, alen) = raw_bytes(&ctx, &a)?;
            let (bp, blen) = raw_bytes(&ctx, &b)?;
            let r =
                |i: usize, def: usize, max: usize| range.0.get(i).map_or(def, |&x| index(x, max));
            let a_end = r(1, alen, alen);
            let a_start = r(0, 0, a_end);
            let b_end = r(3, blen, blen);
            let b_start = r(2, 0, b_end);
            // SAFETY: both ranges lie inside their views; no JS runs during the comparison.
            let (x, y) = unsafe {
                (
                    std::slice::from_raw_parts(ap.add(a_start), a_end - a_start),
                    std::slice::from_raw_parts(bp.add(b_start), b_end - b_start),
                )
            };
            Ok(codec::compare(x, y))
        },
    )?;

    // The total length of a list of Uint8Arrays (Buffer.concat without a length), or
    // -(i + 1) at the first item that isn't one.
    bind::func(
        ctx,
        &o,
        "byteLengthOfList",
        |ctx: Ctx<'js>, list: rquickjs::Array<'js>| -> Result<f64> {
            let mut total = 0usize;
            for i in 0..list.len() {
                let item: Value = list.get(i)?;
                if !item.as_object().is_some_and(|o| o.is_typed_array::<u8>()) {
                    return Ok(-(i as f64) - 1.0);
                }
                total += raw_bytes(&ctx, &item)?.1;
            }
            Ok(total as f64)
        },
    )?;

    // intAccess(jsMethod, kindCode, length) -> the C-level integer read/write method that
    // falls back to jsMethod (see buffer/int_access.rs).
    bind::func(
        ctx,
        &o,
        "intAccess",
        |ctx: Ctx<'js>, slow: Value<'js>, code: i32, length: i32| -> Result<Value<'js>> {
            bind::raw_data_func(
                &ctx,
                int_access::c_function(),
                length,
                &[slow, Value::new_int(ctx.clone(), code)],
            )
        },
    )?;

    // makeFastBufferView(FastBuffer.prototype) -> fastBufferView (see above).
    bind::func(
        ctx,
        &o,
        "makeFastBufferView",
        |ctx: Ctx<'js>, proto: Object<'js>| -> Result<Value<'js>> {
            bind::raw_data_func(&ctx, Some(fast_buffer_view), 3, &[proto.into_value()])
        },
    )?;

    bind::func(
        ctx,
        &o,
        "concat",
        |ctx: Ctx<'js>,
         target: Value<'js>,
         list: rquickjs::Array<'js>,
         start: f64|
         -> Result<f64> {
            let mut pos = index(start, usize::MAX);
            for i in 0..list.len() {
                // Reading an element may run JS (a getter), so pointers are taken after it.
                let item: Value = list.get(i)?;
                if !item.as_object().is_some_and(|o| o.is_typed_array::<u8>()) {
                    return Ok(-(i as f64) - 1.0);
                }
                let (sp, slen) = raw_bytes(&ctx, &item)?;
                let (tp, tlen) = raw_bytes(&ctx, &target)?;
                let n = slen.min(tlen.saturating_sub(pos));
                if n > 0 {
                    // SAFETY: both ranges lie inside their views (n > 0 means pos < tlen);
                    // `copy` allows them to overlap.
                    unsafe { std::ptr::copy(sp, tp.add(pos), n) };
                    pos += n;
                }
            }
            Ok(pos as f64)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "fill",
        |ctx: Ctx<'js>,
         buf: Value<'js>,
         value: Value<'js>,
         start: f64,
         end: f64,
         enc: i32|
         -> Result<i32> {
            let pattern = if value.is_string() {
                encode_string(&ctx, &value, Encoding::from_code(enc))?
            } else {
                with_bytes(&ctx, &value, |v| v.to_vec())?
            };
            with_bytes_mut(&ctx, &buf, |b| {
                if start.is_nan()
                    || end.is_nan()
                    || start < 0.0
                    || start > end
                    || end > b.len() as f64
                {
                    return -2;
                }
                let (start, end) = (start as usize, end as usize);
                if codec::fill_pattern(&mut b[start..end], &pattern) {
                    0
                } else {
                    -1
                }
            })
        },
    )?;

    bind::func(
        ctx,
        &o,
        "swap16",
        |ctx: Ctx<'js>, buf: Value<'js>| -> Result<()> {
            with_bytes_mut(&ctx, &buf, codec::swap16)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "swap32",
        |ctx: Ctx<'js>, buf: Value<'js>| -> Result<()> {
            with_bytes_mut(&ctx, &buf, codec::swap32)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "swap64",
        |ctx: Ctx<'js>, buf: Value<'js>| -> Result<()> {
            with_bytes_mut(&ctx, &buf, codec::swap64)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "isUtf8",
        |ctx: Ctx<'js>, buf: Value<'js>| -> Result<bool> { with_bytes(&ctx, &buf, codec::is_utf8) },
    )?;
    bind::func(
        ctx,
        &o,
        "isAscii",
        |ctx: Ctx<'js>, buf: Value<'js>| -> Result<bool> {
            with_bytes(&ctx, &buf, codec::is_ascii)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "atob",
        |ctx: Ctx<'js>, s: Value<'js>| -> Result<Value<'js>> {
            match with_str(&ctx, &s, codec::atob)? {
                Ok(bytes) => new_string(&ctx, Decoded::Utf8(codec::decode_latin1(&bytes))),
                Err(codec::AtobError::BadLength) => Ok(Value::new_int(ctx.clone(), -1)),
                Err(codec::AtobError::InvalidCharacter) => Ok(Value::new_int(ctx.clone(), -2)),
            }
        },
    )?;
    bind::func(
        ctx,
        &o,
        "btoa",
        |ctx: Ctx<'js>, s: Value<'js>| -> Result<Value<'js>> {
            match with_str(&ctx, &s, codec::btoa)? {
                Some(text) => new_string(&ctx, Decoded::Utf8(text.into_bytes().into())),
                None => Ok(Value::new_int(ctx.clone(), -1)),
            }
        },
    )?;

    bind::func(
        ctx,
        &o,
        "transcode",
        |ctx: Ctx<'js>, src: Value<'js>, from: i32, to: i32| -> Result<Value<'js>> {
            let r = with_bytes(&ctx, &src, |b| {
                codec::transcode(b, Encoding::from_code(from), Encoding::from_code(to))
            })?;
            match r {
                Ok(bytes) => new_array_buffer(&ctx, bytes),
                Err(e) => Ok(Value::new_int(ctx.clone(), e.errno)),
            }
        },
    )?;

    Ok(o)
}
