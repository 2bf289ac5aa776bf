//! `internalBinding('encoding')`: UTF-8 encode/decode for TextEncoder and TextDecoder.

use rode_core::bind;
use rquickjs::{Ctx, Object, Result, TypedArray, Value};

/// Decodes UTF-8, replacing invalid sequences with U+FFFD (WHATWG "replacement" mode).
pub fn decode_lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(ctx, &o, "encodeUtf8", |ctx: Ctx<'js>, s: String| {
        TypedArray::<u8>::new(ctx, s.into_bytes())
    })?;
    // (bytes, fatal, stripBom) → string, or undefined when `fatal` and the input is invalid.
    bind::func(
        ctx,
        &o,
        "decodeUtf8",
        |v: Value<'js>, fatal: bool, strip_bom: bool| -> Result<Option<String>> {
            let t = TypedArray::<u8>::from_value(v)?;
            // SAFETY: the bytes are only read before returning to JS.
            let mut bytes = unsafe { t.as_bytes() }.unwrap_or_default();
            if strip_bom && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                bytes = &bytes[3..];
            }
            if fatal {
                return Ok(std::str::from_utf8(bytes).ok().map(str::to_owned));
            }
            Ok(Some(decode_lossy(bytes)))
        },
    )?;
    Ok(o)
}
