//! `OutgoingMessage`'s `setHeader` and `getHeader` as C-level functions for the common case.
//!
//! Express and most frameworks call them several times per response. In JS each costs a
//! name check, a regular expression over the value, a lower-cased copy of the name and the
//! property store keyed by it; here the checks scan the engine's own Latin-1 characters and
//! the key is the atom of the lower-cased name. The map is the same `kOutHeaders` object of
//! `[name, value]` entries the JS code keeps. Anything unusual — headers already sent, a
//! name or value that isn't a plain Latin-1 string (or, for values, a number), an invalid
//! character — goes to the JS function the native one was made with, which throws Node's
//! errors or handles the case.

use super::head::{is_token_char, is_value_char};
use rode_core::strings::{chars_raw, Chars};
use rquickjs::qjs;

/// The data values the native functions are made with.
const SLOW: usize = 0;
const OUT_HEADERS: usize = 1; // the kOutHeaders symbol

thread_local! {
    static ATOM_HEADER: std::cell::Cell<qjs::JSAtom> = const { std::cell::Cell::new(0) };
}

/// The atom of `_header` in this thread's runtime.
unsafe fn atom_header(ctx: *mut qjs::JSContext) -> qjs::JSAtom {
    // SAFETY: the engine's live context (called from the native setHeader).
    unsafe { rode_core::bind::cached_atom(&ATOM_HEADER, ctx, "_header") }
}

/// The atom of a header name lower-cased, if it is a non-empty Latin-1 token; 0 if not.
unsafe fn lower_name_atom(ctx: *mut qjs::JSContext, name: qjs::JSValue) -> qjs::JSAtom {
    let Some(Chars::Latin1(bytes)) = (unsafe { chars_raw(name) }) else {
        return 0;
    };
    if bytes.is_empty() || !bytes.iter().all(|&c| is_token_char(c)) {
        return 0;
    }
    unsafe {
        if !bytes.iter().any(|c| c.is_ascii_uppercase()) {
            return qjs::JS_ValueToAtom(ctx, name);
        }
        let mut lower = [0u8; 64];
        if bytes.len() <= lower.len() {
            for (d, s) in lower.iter_mut().zip(bytes) {
                *d = s.to_ascii_lowercase();
            }
            return qjs::JS_NewAtomLen(ctx, lower.as_ptr().cast(), bytes.len() as _);
        }
        let lower = bytes.to_ascii_lowercase();
        qjs::JS_NewAtomLen(ctx, lower.as_ptr().cast(), lower.len() as _)
    }
}

/// Whether `value` passes Node's header value check without conversion: a number, or a
/// Latin-1 string of allowed characters.
unsafe fn plain_valid_value(value: qjs::JSValue) -> bool {
    unsafe {
        if qjs::JS_IsNumber(value) {
            return true;
        }
        match chars_raw(value) {
            Some(Chars::Latin1(bytes)) => bytes.iter().all(|&c| is_value_char(c)),
            _ => false,
        }
    }
}

unsafe fn out_headers(
    ctx: *mut qjs::JSContext,
    this: qjs::JSValue,
    data: *mut qjs::JSValue,
) -> (qjs::JSAtom, qjs::JSValue) {
    unsafe {
        let atom = qjs::JS_ValueToAtom(ctx, *data.add(OUT_HEADERS));
        let headers = qjs::JS_GetProperty(ctx, this, atom);
        (atom, headers)
    }
}

rode_core::raw_fn! {
    /// `setHeader(name, value)`.
    fn set_header(ctx, this, argc, argv, data) {
        unsafe {
            let slow = || qjs::JS_Call(ctx, *data.add(SLOW), this, argc, argv);
            let (name, value) = (*argv, *argv.add(1));
            if !qjs::JS_IsObject(this) || !plain_valid_value(value) {
                return slow();
            }
            let sent = qjs::JS_GetProperty(ctx, this, atom_header(ctx));
            if qjs::JS_IsException(sent) {
                return sent;
            }
            let sent_truthy = qjs::JS_ToBool(ctx, sent);
            qjs::JS_FreeValue(ctx, sent);
            if sent_truthy != 0 {
                return slow();
            }
            let key = lower_name_atom(ctx, name);
            if key == 0 {
                return slow();
            }
            let (map_atom, mut headers) = out_headers(ctx, this, data);
            let result = if qjs::JS_IsException(headers) {
                qjs::JS_EXCEPTION
            } else if !qjs::JS_IsNull(headers) && !qjs::JS_IsObject(headers) {
                slow()
            } else {
                let created = qjs::JS_IsNull(headers);
                if created {
                    headers = qjs::JS_NewObjectProto(ctx, qjs::JS_NULL);
                }
                if qjs::JS_IsException(headers)
                    || (created
                        && qjs::JS_SetProperty(ctx, this, map_atom, qjs::JS_DupValue(ctx, headers)) < 0)
                {
                    qjs::JS_EXCEPTION
                } else {
                    let mut pair = [qjs::JS_DupValue(ctx, name), qjs::JS_DupValue(ctx, value)];
                    // Takes the pair; JS_SetProperty takes the entry.
                    let entry = qjs::JS_NewArrayFrom(ctx, 2, pair.as_mut_ptr());
                    if qjs::JS_IsException(entry) || qjs::JS_SetProperty(ctx, headers, key, entry) < 0 {
                        qjs::JS_EXCEPTION
                    } else {
                        qjs::JS_DupValue(ctx, this)
                    }
                }
            };
            qjs::JS_FreeValue(ctx, headers);
            qjs::JS_FreeAtom(ctx, map_atom);
            qjs::JS_FreeAtom(ctx, key);
            result
        }
    }
}

rode_core::raw_fn! {
    /// `getHeader(name)`.
    fn get_header(ctx, this, argc, argv, data) {
        unsafe {
            let slow = || qjs::JS_Call(ctx, *data.add(SLOW), this, argc, argv);
            if !qjs::JS_IsObject(this) {
                return slow();
            }
            let key = lower_name_atom(ctx, *argv);
            if key == 0 {
                return slow();
            }
            let (map_atom, headers) = out_headers(ctx, this, data);
            qjs::JS_FreeAtom(ctx, map_atom);
            let result = if qjs::JS_IsException(headers) {
                qjs::JS_EXCEPTION
            } else if qjs::JS_IsNull(headers) {
                qjs::JS_UNDEFINED
            } else if !qjs::JS_IsObject(headers) {
                slow()
            } else {
                let entry = qjs::JS_GetProperty(ctx, headers, key);
                if qjs::JS_IsException(entry) || qjs::JS_IsUndefined(entry) || qjs::JS_IsNull(entry) {
                    entry
                } else {
                    let v = qjs::JS_GetPropertyUint32(ctx, entry, 1);
                    qjs::JS_FreeValue(ctx, entry);
                    v
                }
            };
            qjs::JS_FreeValue(ctx, headers);
            qjs::JS_FreeAtom(ctx, key);
            if qjs::JS_IsNull(result) {
                // `entry?.[1]` of a null entry is undefined.
                return qjs::JS_UNDEFINED;
            }
            result
        }
    }
}

/// The native setHeader/getHeader over their JS versions (`kind` 0: setHeader, 1: getHeader).
pub fn make<'js>(
    ctx: &rquickjs::Ctx<'js>,
    kind: u32,
    slow: rquickjs::Function<'js>,
    out_headers: rquickjs::Value<'js>,
) -> rquickjs::Result<rquickjs::Value<'js>> {
    use rquickjs::FromJs;
    let (f, name, len): (qjs::JSCFunctionData, &str, i32) = match kind {
        0 => (Some(set_header), "setHeader", 2),
        _ => (Some(get_header), "getHeader", 1),
    };
    let v = rode_core::bind::raw_data_func(ctx, f, len, &[slow.into_value(), out_headers])?;
    let f = rquickjs::Function::from_js(ctx, v)?;
    Ok(f.with_name(name)?.into_value())
}
