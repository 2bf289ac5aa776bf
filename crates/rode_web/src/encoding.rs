//! `internalBinding('encoding')`: UTF-8 encode/decode for TextEncoder and TextDecoder.

use rode_core::{bind, strings};
use rquickjs::{qjs, Ctx, Error, Object, Result, TypedArray, Value};

/// Decodes UTF-8, replacing invalid sequences with U+FFFD (WHATWG "replacement" mode).
pub fn decode_lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Turns WTF-8 (UTF-8 that may encode lone surrogates, as the engine writes JS strings)
/// into UTF-8 in place: each lone surrogate (ED A0..BF xx) becomes U+FFFD (EF BF BD), the
/// same length.
pub fn wtf8_to_utf8(b: &mut [u8]) {
    let mut from = 0;
    while let Some(p) = memchr::memchr(0xED, &b[from..]) {
        let i = from + p;
        if i + 2 < b.len() && b[i + 1] >= 0xA0 {
            b[i..i + 3].copy_from_slice(&[0xEF, 0xBF, 0xBD]);
            from = i + 3;
        } else {
            from = i + 1;
        }
    }
}

use rode_core::memory::big_vec;

fn raw_ctx(ctx: &Ctx<'_>) -> *mut qjs::JSContext {
    ctx.as_raw().as_ptr()
}

/// A new JS string from valid UTF-8.
fn new_string<'js>(ctx: &Ctx<'js>, s: &[u8]) -> Result<Value<'js>> {
    // SAFETY: copies `s` into a new engine string.
    let v = unsafe { qjs::JS_NewStringLen(raw_ctx(ctx), s.as_ptr().cast(), s.len() as _) };
    if unsafe { qjs::JS_IsException(v) } {
        return Err(Error::Exception);
    }
    // SAFETY: `v` is a new owned value.
    Ok(unsafe { Value::from_raw(ctx.clone(), v) })
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // (string) → Uint8Array of its UTF-8 (lone surrogates as U+FFFD).
    bind::func(ctx, &o, "encodeUtf8", |ctx: Ctx<'js>, s: Value<'js>| {
        // A flat string is encoded from its own characters: no engine UTF-8 copy.
        if let Some(chars) = strings::chars(&s) {
            return TypedArray::<u8>::new(ctx, strings::to_utf8(chars));
        }
        let mut len: qjs::size_t = 0;
        // SAFETY: the returned pointer stays valid until JS_FreeCString.
        let p = unsafe { qjs::JS_ToCStringLen2(raw_ctx(&ctx), &mut len, s.as_raw(), false) };
        if p.is_null() {
            return Err(Error::Exception);
        }
        // SAFETY: `p` points at `len` bytes owned by the engine until freed below.
        let src = unsafe { std::slice::from_raw_parts(p as *const u8, len as usize) };
        let mut bytes = big_vec(src.len());
        bytes.extend_from_slice(src);
        unsafe { qjs::JS_FreeCString(raw_ctx(&ctx), p) };
        wtf8_to_utf8(&mut bytes);
        TypedArray::<u8>::new(ctx, bytes)
    })?;
    // (bytes, fatal, stripBom) → string, or undefined when `fatal` and the input is invalid.
    bind::func(
        ctx,
        &o,
        "decodeUtf8",
        |ctx: Ctx<'js>, v: Value<'js>, fatal: bool, strip_bom: bool| -> Result<Value<'js>> {
            let t = TypedArray::<u8>::from_value(v)?;
            // SAFETY: the bytes are only read before returning to JS (making the string
            // runs no JS).
            let mut bytes = unsafe { t.as_bytes() }.unwrap_or_default();
            if strip_bom && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                bytes = &bytes[3..];
            }
            if bytes.is_ascii() {
                return strings::latin1_from(&ctx, bytes);
            }
            if fatal {
                return match std::str::from_utf8(bytes) {
                    Ok(s) => new_string(&ctx, s.as_bytes()),
                    Err(_) => Ok(Value::new_undefined(ctx.clone())),
                };
            }
            new_string(&ctx, String::from_utf8_lossy(bytes).as_bytes())
        },
    )?;
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        // "a", lone U+D800, "b", U+1F600 (valid), lone U+DFFF at the end.
        let mut b = vec![
            b'a', 0xED, 0xA0, 0x80, b'b', 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xBF, 0xBF,
        ];
        wtf8_to_utf8(&mut b);
        assert_eq!(String::from_utf8(b).unwrap(), "a\u{FFFD}b\u{1F600}\u{FFFD}");
        // U+D7FF (ED 9F BF) is a valid character and stays.
        let mut b = vec![0xED, 0x9F, 0xBF];
        wtf8_to_utf8(&mut b);
        assert_eq!(b, [0xED, 0x9F, 0xBF]);
    }
}
