//! Primitive values: numbers, booleans, strings, symbols, BigInts, dates, `typeof`, coercion
//! and strict equality.

use crate::engine::{self, boolean, helper, int, number};
use crate::env::{check, env, out, preamble, val};
use crate::types::*;
use rquickjs::qjs;
use std::ffi::{c_char, c_void, CStr};

pub(crate) unsafe fn push_out(
    env: &crate::env::Env,
    result: *mut Value,
    v: qjs::JSValue,
) -> Status {
    // A failed engine call leaves its exception pending and reports napi_generic_failure,
    // as Node does for an empty V8 `Maybe`.
    if unsafe { qjs::JS_IsException(v) } {
        return env.status(GENERIC_FAILURE);
    }
    if result.is_null() {
        unsafe { qjs::JS_FreeValue(env.ctx, v) };
        return env.status(INVALID_ARG);
    }
    unsafe { *result = env.push(v) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_undefined(env: Env, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_UNDEFINED) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_null(env: Env, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_NULL) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_global(env: Env, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_GetGlobalObject(env.ctx)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_boolean(env: Env, value: bool, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, boolean(value)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_int32(env: Env, value: i32, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, int(value)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_uint32(env: Env, value: u32, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, number(value as f64)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_int64(env: Env, value: i64, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, number(value as f64)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_double(env: Env, value: f64, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, number(value)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_double(env: Env, value: Value, result: *mut f64) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    check!(env, unsafe { qjs::JS_IsNumber(v) }, NUMBER_EXPECTED);
    let mut d = 0.0;
    unsafe { qjs::JS_ToFloat64(env.ctx, &mut d, v) };
    out!(env, result, d);
    env.ok()
}

fn to_f64(env: &crate::env::Env, v: qjs::JSValue) -> f64 {
    let mut d = 0.0;
    // SAFETY: a number (checked by the callers): no conversion that could run JS.
    unsafe { qjs::JS_ToFloat64(env.ctx, &mut d, v) };
    d
}

/// ECMAScript ToInt32 of a double (V8's `Int32Value`).
fn to_int32(d: f64) -> i32 {
    if !d.is_finite() {
        return 0;
    }
    let t = d.trunc() % 4294967296.0;
    let u = if t < 0.0 { t + 4294967296.0 } else { t };
    (u as u64 as u32) as i32
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_int32(env: Env, value: Value, result: *mut i32) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    check!(env, unsafe { qjs::JS_IsNumber(v) }, NUMBER_EXPECTED);
    out!(env, result, to_int32(to_f64(env, v)));
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_uint32(env: Env, value: Value, result: *mut u32) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    check!(env, unsafe { qjs::JS_IsNumber(v) }, NUMBER_EXPECTED);
    out!(env, result, to_int32(to_f64(env, v)) as u32);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_int64(env: Env, value: Value, result: *mut i64) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    check!(env, unsafe { qjs::JS_IsNumber(v) }, NUMBER_EXPECTED);
    let d = to_f64(env, v);
    // Non-finite values give 0; others saturate (V8's IntegerValue).
    out!(env, result, if d.is_finite() { d as i64 } else { 0 });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_bool(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    check!(env, unsafe { qjs::JS_IsBool(v) }, BOOLEAN_EXPECTED);
    out!(env, result, unsafe { qjs::JS_VALUE_GET_BOOL(v) });
    env.ok()
}

// ---- strings ----

unsafe fn str_len(s: *const c_char, length: usize) -> Option<usize> {
    if length == AUTO_LENGTH {
        return Some(unsafe { CStr::from_ptr(s) }.to_bytes().len());
    }
    (length <= i32::MAX as usize).then_some(length)
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_string_utf8(
    env: Env,
    s: *const c_char,
    length: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    check!(env, !s.is_null() || length == 0);
    if s.is_null() {
        return unsafe { push_out(env, result, qjs::JS_NewStringLen(env.ctx, c"".as_ptr(), 0)) };
    }
    let Some(len) = (unsafe { str_len(s, length) }) else {
        return env.status(INVALID_ARG);
    };
    let bytes = unsafe { std::slice::from_raw_parts(s.cast::<u8>(), len) };
    // Invalid sequences become U+FFFD, as V8's NewFromUtf8.
    let v = match std::str::from_utf8(bytes) {
        Ok(_) => unsafe { qjs::JS_NewStringLen(env.ctx, s, len as _) },
        Err(_) => {
            let fixed = String::from_utf8_lossy(bytes);
            unsafe { qjs::JS_NewStringLen(env.ctx, fixed.as_ptr().cast(), fixed.len() as _) }
        }
    };
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_string_latin1(
    env: Env,
    s: *const c_char,
    length: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    check!(env, !s.is_null() || length == 0);
    let bytes: &[u8] = if s.is_null() {
        &[]
    } else {
        let Some(len) = (unsafe { str_len(s, length) }) else {
            return env.status(INVALID_ARG);
        };
        unsafe { std::slice::from_raw_parts(s.cast::<u8>(), len) }
    };
    unsafe {
        push_out(
            env,
            result,
            rode_core::strings::latin1_from_raw(env.ctx, bytes),
        )
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_string_utf16(
    env: Env,
    s: *const u16,
    length: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    check!(env, !s.is_null() || length == 0);
    let len = if s.is_null() {
        0
    } else if length == AUTO_LENGTH {
        let mut n = 0;
        while unsafe { *s.add(n) } != 0 {
            n += 1;
        }
        n
    } else if length > i32::MAX as usize {
        return env.status(INVALID_ARG);
    } else {
        length
    };
    let units: &[u16] = if len == 0 {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(s, len) }
    };
    unsafe {
        push_out(
            env,
            result,
            qjs::JS_NewStringUTF16(env.ctx, units.as_ptr(), units.len() as _),
        )
    }
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_external_string_latin1(
    env: Env,
    s: *mut c_char,
    length: usize,
    _finalize: Finalize,
    _hint: *mut c_void,
    result: *mut Value,
    copied: *mut bool,
) -> Status {
    // The engine has no external strings: the characters are copied (and `copied` says so,
    // as Node does where it copies), so the finalizer is not called.
    let st = unsafe { napi_create_string_latin1(env, s, length, result) };
    if st == OK && !copied.is_null() {
        unsafe { *copied = true };
    }
    st
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_external_string_utf16(
    env: Env,
    s: *mut u16,
    length: usize,
    _finalize: Finalize,
    _hint: *mut c_void,
    result: *mut Value,
    copied: *mut bool,
) -> Status {
    let st = unsafe { napi_create_string_utf16(env, s, length, result) };
    if st == OK && !copied.is_null() {
        unsafe { *copied = true };
    }
    st
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_property_key_utf16(
    env: Env,
    s: *const u16,
    length: usize,
    result: *mut Value,
) -> Status {
    unsafe { napi_create_string_utf16(env, s, length, result) }
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_property_key_latin1(
    env: Env,
    s: *const c_char,
    length: usize,
    result: *mut Value,
) -> Status {
    unsafe { napi_create_string_latin1(env, s, length, result) }
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_property_key_utf8(
    env: Env,
    s: *const c_char,
    length: usize,
    result: *mut Value,
) -> Status {
    unsafe { napi_create_string_utf8(env, s, length, result) }
}

/// A string's UTF-16 code units (lone surrogates kept).
pub(crate) fn utf16_units(env: &crate::env::Env, v: qjs::JSValue) -> Vec<u16> {
    // SAFETY: `v` is a live string.
    if let Some(c) = unsafe { rode_core::strings::chars_raw(v) } {
        return match c {
            rode_core::strings::Chars::Latin1(b) => b.iter().map(|&b| b as u16).collect(),
            rode_core::strings::Chars::Utf16(u) => u.to_vec(),
        };
    }
    // A rope: read it as CESU-8 (each UTF-16 unit one sequence) and decode.
    let mut len = 0;
    let p = unsafe { qjs::JS_ToCStringLen2(env.ctx, &mut len, v, true) };
    let len = len as usize;
    if p.is_null() {
        unsafe { qjs::JS_FreeValue(env.ctx, qjs::JS_GetException(env.ctx)) };
        return Vec::new();
    }
    let b = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) };
    let mut out = Vec::with_capacity(len);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (u, n) = if c < 0x80 {
            (c as u32, 1)
        } else if c < 0xE0 && i + 1 < b.len() {
            (((c as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
        } else if i + 2 < b.len() {
            (
                ((c as u32 & 0x0F) << 12)
                    | ((b[i + 1] as u32 & 0x3F) << 6)
                    | (b[i + 2] as u32 & 0x3F),
                3,
            )
        } else {
            (0xFFFD, 1)
        };
        out.push(u as u16);
        i += n;
    }
    unsafe { qjs::JS_FreeCString(env.ctx, p) };
    out
}

/// UTF-8 of UTF-16 units, lone surrogates replaced by U+FFFD; at most `max` bytes, never
/// splitting a character (V8's `WriteUtf8` with `REPLACE_INVALID_UTF8`).
fn utf8_of(units: &[u16], max: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len().min(max));
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or('\u{FFFD}');
        if out.len() + c.len_utf8() > max {
            break;
        }
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    out
}

fn string_arg(env: &crate::env::Env, value: Value) -> Result<qjs::JSValue, Status> {
    let v = env.get(value).ok_or(INVALID_ARG)?;
    if unsafe { qjs::JS_IsString(v) } {
        Ok(v)
    } else {
        Err(STRING_EXPECTED)
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_string_utf8(
    env: Env,
    value: Value,
    buf: *mut c_char,
    bufsize: usize,
    result: *mut usize,
) -> Status {
    let env = env!(env);
    let v = match string_arg(env, value) {
        Ok(v) => v,
        Err(s) => return env.status(s),
    };
    // The common case, an ASCII string stored flat: its bytes are its UTF-8 (no copy into
    // UTF-16 and back; addons pass whole source files this way).
    if let Some(rode_core::strings::Chars::Latin1(b)) = unsafe { rode_core::strings::chars_raw(v) }
    {
        if b.is_ascii() {
            if buf.is_null() {
                check!(env, !result.is_null());
                unsafe { *result = b.len() };
            } else if bufsize != 0 {
                let n = b.len().min(bufsize - 1);
                unsafe {
                    std::ptr::copy_nonoverlapping(b.as_ptr(), buf.cast::<u8>(), n);
                    *buf.add(n) = 0;
                }
                if !result.is_null() {
                    unsafe { *result = n };
                }
            } else if !result.is_null() {
                unsafe { *result = 0 };
            }
            return env.ok();
        }
    }
    let units = utf16_units(env, v);
    if buf.is_null() {
        check!(env, !result.is_null());
        unsafe { *result = utf8_of(&units, usize::MAX).len() };
    } else if bufsize != 0 {
        let bytes = utf8_of(&units, bufsize - 1);
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
            *buf.add(bytes.len()) = 0;
        }
        if !result.is_null() {
            unsafe { *result = bytes.len() };
        }
    } else if !result.is_null() {
        unsafe { *result = 0 };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_string_latin1(
    env: Env,
    value: Value,
    buf: *mut c_char,
    bufsize: usize,
    result: *mut usize,
) -> Status {
    let env = env!(env);
    let v = match string_arg(env, value) {
        Ok(v) => v,
        Err(s) => return env.status(s),
    };
    let units = utf16_units(env, v);
    if buf.is_null() {
        check!(env, !result.is_null());
        unsafe { *result = units.len() };
    } else if bufsize != 0 {
        let n = units.len().min(bufsize - 1);
        for (i, u) in units[..n].iter().enumerate() {
            unsafe { *buf.add(i) = *u as u8 as c_char };
        }
        unsafe { *buf.add(n) = 0 };
        if !result.is_null() {
            unsafe { *result = n };
        }
    } else if !result.is_null() {
        unsafe { *result = 0 };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_string_utf16(
    env: Env,
    value: Value,
    buf: *mut u16,
    bufsize: usize,
    result: *mut usize,
) -> Status {
    let env = env!(env);
    let v = match string_arg(env, value) {
        Ok(v) => v,
        Err(s) => return env.status(s),
    };
    let units = utf16_units(env, v);
    if buf.is_null() {
        check!(env, !result.is_null());
        unsafe { *result = units.len() };
    } else if bufsize != 0 {
        let n = units.len().min(bufsize - 1);
        unsafe {
            std::ptr::copy_nonoverlapping(units.as_ptr(), buf, n);
            *buf.add(n) = 0;
        }
        if !result.is_null() {
            unsafe { *result = n };
        }
    } else if !result.is_null() {
        unsafe { *result = 0 };
    }
    env.ok()
}

// ---- symbols ----

#[no_mangle]
pub unsafe extern "C" fn napi_create_symbol(
    env: Env,
    description: Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    let desc = if description.is_null() {
        qjs::JS_UNDEFINED
    } else {
        match string_arg(env, description) {
            Ok(v) => v,
            Err(s) => return env.status(s),
        }
    };
    unsafe { push_out(env, result, helper(env.ctx, c"symbol", &[desc])) }
}

#[no_mangle]
pub unsafe extern "C" fn node_api_symbol_for(
    env: Env,
    s: *const c_char,
    length: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    let mut key: Value = std::ptr::null_mut();
    let st = unsafe { napi_create_string_utf8(env as *const _ as Env, s, length, &mut key) };
    if st != OK {
        return st;
    }
    let k = val!(env, key);
    unsafe {
        let global = qjs::JS_GetGlobalObject(env.ctx);
        let sym = qjs::JS_GetPropertyStr(env.ctx, global, c"Symbol".as_ptr());
        let f = qjs::JS_GetPropertyStr(env.ctx, sym, c"for".as_ptr());
        let mut args = [k];
        let r = qjs::JS_Call(env.ctx, f, sym, 1, args.as_mut_ptr());
        qjs::JS_FreeValue(env.ctx, f);
        qjs::JS_FreeValue(env.ctx, sym);
        qjs::JS_FreeValue(env.ctx, global);
        push_out(env, result, r)
    }
}

// ---- BigInt ----

#[no_mangle]
pub unsafe extern "C" fn napi_create_bigint_int64(
    env: Env,
    value: i64,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_NewBigInt64(env.ctx, value)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_bigint_uint64(
    env: Env,
    value: u64,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_NewBigUint64(env.ctx, value)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_bigint_words(
    env: Env,
    sign_bit: i32,
    word_count: usize,
    words: *const u64,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    check!(env, !words.is_null() || word_count == 0);
    if word_count > i32::MAX as usize {
        check!(env, false);
    }
    if word_count > (1 << 24) {
        // V8's limit on BigInt size.
        crate::errors::throw(env, 2, "Maximum BigInt size exceeded", None);
        return env.status(PENDING_EXCEPTION);
    }
    let ws = if word_count == 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(words, word_count) }
    };
    let mut hex = String::with_capacity(word_count * 16 + 1);
    for w in ws.iter().rev() {
        hex.push_str(&format!("{w:016x}"));
    }
    if hex.is_empty() {
        hex.push('0');
    }
    let h = unsafe { qjs::JS_NewStringLen(env.ctx, hex.as_ptr().cast(), hex.len() as _) };
    let r = unsafe { helper(env.ctx, c"bigintFromHex", &[h, boolean(sign_bit != 0)]) };
    unsafe { qjs::JS_FreeValue(env.ctx, h) };
    unsafe { push_out(env, result, r) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_bigint_int64(
    env: Env,
    value: Value,
    result: *mut i64,
    lossless: *mut bool,
) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null() && !lossless.is_null());
    check!(env, unsafe { qjs::JS_IsBigInt(v) }, BIGINT_EXPECTED);
    let mut r = 0i64;
    unsafe { qjs::JS_ToBigInt64(env.ctx, &mut r, v) };
    let fits = unsafe { helper(env.ctx, c"fitsInt64", &[v]) };
    unsafe {
        *result = r;
        *lossless = qjs::JS_VALUE_GET_BOOL(fits);
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_bigint_uint64(
    env: Env,
    value: Value,
    result: *mut u64,
    lossless: *mut bool,
) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null() && !lossless.is_null());
    check!(env, unsafe { qjs::JS_IsBigInt(v) }, BIGINT_EXPECTED);
    let mut r = 0u64;
    unsafe { qjs::JS_ToBigUint64(env.ctx, &mut r, v) };
    let fits = unsafe { helper(env.ctx, c"fitsUint64", &[v]) };
    unsafe {
        *result = r;
        *lossless = qjs::JS_VALUE_GET_BOOL(fits);
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_bigint_words(
    env: Env,
    value: Value,
    sign_bit: *mut i32,
    word_count: *mut usize,
    words: *mut u64,
) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !word_count.is_null());
    check!(env, unsafe { qjs::JS_IsBigInt(v) }, BIGINT_EXPECTED);
    let pair = unsafe { helper(env.ctx, c"bigintWords", &[v]) };
    if unsafe { qjs::JS_IsException(pair) } {
        return env.status(PENDING_EXCEPTION);
    }
    let neg = unsafe { qjs::JS_GetPropertyUint32(env.ctx, pair, 0) };
    let hexv = unsafe { qjs::JS_GetPropertyUint32(env.ctx, pair, 1) };
    let hex: String = {
        let mut len = 0;
        let p = unsafe { qjs::JS_ToCStringLen2(env.ctx, &mut len, hexv, false) };
        let s = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len as usize) };
        let s = String::from_utf8_lossy(s).into_owned();
        unsafe { qjs::JS_FreeCString(env.ctx, p) };
        s
    };
    unsafe {
        qjs::JS_FreeValue(env.ctx, hexv);
        qjs::JS_FreeValue(env.ctx, pair);
    }
    let mut ws: Vec<u64> = Vec::new();
    if hex != "0" {
        let b = hex.as_bytes();
        let mut end = b.len();
        while end > 0 {
            let start = end.saturating_sub(16);
            let chunk = std::str::from_utf8(&b[start..end]).unwrap_or("0");
            ws.push(u64::from_str_radix(chunk, 16).unwrap_or(0));
            end = start;
        }
    }
    if sign_bit.is_null() && words.is_null() {
        unsafe { *word_count = ws.len() };
        return env.ok();
    }
    check!(env, !sign_bit.is_null() && !words.is_null());
    let cap = unsafe { *word_count };
    for (i, w) in ws.iter().take(cap).enumerate() {
        unsafe { *words.add(i) = *w };
    }
    unsafe {
        *sign_bit = qjs::JS_VALUE_GET_BOOL(neg) as i32;
        *word_count = ws.len();
    }
    env.ok()
}

// ---- dates ----

#[no_mangle]
pub unsafe extern "C" fn napi_create_date(env: Env, time: f64, result: *mut Value) -> Status {
    let env = env!(env);
    preamble!(env);
    unsafe { push_out(env, result, qjs::JS_NewDate(env.ctx, time)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_date(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    out!(env, result, unsafe { qjs::JS_IsDate(v) });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_date_value(env: Env, value: Value, result: *mut f64) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    check!(env, unsafe { qjs::JS_IsDate(v) }, DATE_EXPECTED);
    let mut d = 0.0;
    // ToNumber of a Date is its time value.
    unsafe { qjs::JS_ToFloat64(env.ctx, &mut d, v) };
    out!(env, result, d);
    env.ok()
}

// ---- typeof, coercion, equality ----

pub(crate) fn type_of(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> i32 {
    use crate::types::valuetype::*;
    // SAFETY: reads the tag (and for objects the class) of a live value.
    unsafe {
        match qjs::JS_VALUE_GET_NORM_TAG(v) {
            qjs::JS_TAG_INT | qjs::JS_TAG_FLOAT64 => NUMBER,
            qjs::JS_TAG_BIG_INT | qjs::JS_TAG_SHORT_BIG_INT => BIGINT,
            qjs::JS_TAG_STRING | qjs::JS_TAG_STRING_ROPE => STRING,
            qjs::JS_TAG_SYMBOL => SYMBOL,
            qjs::JS_TAG_BOOL => BOOLEAN,
            qjs::JS_TAG_NULL => NULL,
            qjs::JS_TAG_UNDEFINED => UNDEFINED,
            qjs::JS_TAG_OBJECT => {
                if qjs::JS_GetClassID(v) == engine::shared().external_class {
                    EXTERNAL
                } else if qjs::JS_IsFunction(ctx, v) {
                    FUNCTION
                } else {
                    OBJECT
                }
            }
            _ => UNDEFINED,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_typeof(env: Env, value: Value, result: *mut i32) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    out!(env, result, type_of(env.ctx, v));
    env.ok()
}

/// A coercion's result; a failed one reports what was expected, its exception pending.
fn coerced(env: &crate::env::Env, result: *mut Value, v: qjs::JSValue, expected: Status) -> Status {
    if unsafe { qjs::JS_IsException(v) } {
        return env.status(expected);
    }
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_coerce_to_bool(env: Env, value: Value, result: *mut Value) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    let b = unsafe { qjs::JS_ToBool(env.ctx, v) };
    unsafe { push_out(env, result, boolean(b > 0)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_coerce_to_number(
    env: Env,
    value: Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    coerced(
        env,
        result,
        unsafe { qjs::JS_ToNumber(env.ctx, v) },
        NUMBER_EXPECTED,
    )
}

#[no_mangle]
pub unsafe extern "C" fn napi_coerce_to_object(
    env: Env,
    value: Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    coerced(
        env,
        result,
        unsafe { qjs::JS_ToObject(env.ctx, v) },
        OBJECT_EXPECTED,
    )
}

#[no_mangle]
pub unsafe extern "C" fn napi_coerce_to_string(
    env: Env,
    value: Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    coerced(
        env,
        result,
        unsafe { qjs::JS_ToString(env.ctx, v) },
        STRING_EXPECTED,
    )
}

#[no_mangle]
pub unsafe extern "C" fn napi_strict_equals(
    env: Env,
    lhs: Value,
    rhs: Value,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    let a = val!(env, lhs);
    let b = val!(env, rhs);
    out!(env, result, unsafe { qjs::JS_IsStrictEqual(env.ctx, a, b) });
    env.ok()
}
