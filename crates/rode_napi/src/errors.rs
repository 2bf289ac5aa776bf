//! Errors and exceptions: creating and throwing `Error`/`TypeError`/`RangeError`/
//! `SyntaxError` with an optional `code`, the pending exception, the last error record, and
//! the fatal paths.

use crate::engine::helper;
use crate::env::{check, env, out, preamble, val, Env as E};
use crate::types::*;
use crate::values::push_out;
use rquickjs::qjs;
use std::ffi::{c_char, CStr};

/// Throws a new error of `kind` (0 Error, 1 TypeError, 2 RangeError, 3 SyntaxError) with
/// `msg` and, if given, `code`: the errors Node-API itself raises.
pub(crate) fn throw(env: &E, kind: i32, msg: &str, code: Option<&str>) {
    // SAFETY: a live env on its JS thread; the new error is handed to the engine.
    unsafe { qjs::JS_Throw(env.ctx, make_error(env, kind, msg, code)) };
}

/// Throws V8's TypeError for ToObject of `null` or `undefined`.
pub(crate) fn throw_not_object(env: &E) {
    throw(env, 1, "Cannot convert undefined or null to object", None);
}

/// A new error of `kind` with `msg` and, if given, `code` (see [`throw`]).
///
/// # Safety
/// `env` is live.
unsafe fn make_error(env: &E, kind: i32, msg: &str, code: Option<&str>) -> qjs::JSValue {
    let ctx = env.ctx;
    unsafe {
        let m = qjs::JS_NewStringLen(ctx, msg.as_ptr().cast(), msg.len() as _);
        let e = helper(ctx, c"makeError", &[crate::engine::int(kind), m]);
        qjs::JS_FreeValue(ctx, m);
        if let Some(code) = code {
            let c = qjs::JS_NewStringLen(ctx, code.as_ptr().cast(), code.len() as _);
            qjs::JS_SetPropertyStr(ctx, e, c"code".as_ptr(), c);
        }
        e
    }
}

fn cstr(p: *const c_char) -> Option<String> {
    (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}

unsafe fn create(env: Env, kind: i32, code: Value, msg: Value, result: *mut Value) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    let m = val!(env, msg);
    check!(env, unsafe { qjs::JS_IsString(m) }, STRING_EXPECTED);
    let ctx = env.ctx;
    let e = unsafe { helper(ctx, c"makeError", &[crate::engine::int(kind), m]) };
    if unsafe { qjs::JS_IsException(e) } {
        return env.status(PENDING_EXCEPTION);
    }
    if !code.is_null() {
        let c = match env.get(code) {
            Some(c) => c,
            None => {
                unsafe { qjs::JS_FreeValue(ctx, e) };
                return env.status(INVALID_ARG);
            }
        };
        if !unsafe { qjs::JS_IsString(c) } {
            unsafe { qjs::JS_FreeValue(ctx, e) };
            return env.status(STRING_EXPECTED);
        }
        unsafe { qjs::JS_SetPropertyStr(ctx, e, c"code".as_ptr(), qjs::JS_DupValue(ctx, c)) };
    }
    unsafe { push_out(env, result, e) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_error(
    env: Env,
    code: Value,
    msg: Value,
    result: *mut Value,
) -> Status {
    unsafe { create(env, 0, code, msg, result) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_type_error(
    env: Env,
    code: Value,
    msg: Value,
    result: *mut Value,
) -> Status {
    unsafe { create(env, 1, code, msg, result) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_range_error(
    env: Env,
    code: Value,
    msg: Value,
    result: *mut Value,
) -> Status {
    unsafe { create(env, 2, code, msg, result) }
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_syntax_error(
    env: Env,
    code: Value,
    msg: Value,
    result: *mut Value,
) -> Status {
    unsafe { create(env, 3, code, msg, result) }
}

unsafe fn throw_new(env: Env, kind: i32, code: *const c_char, msg: *const c_char) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !msg.is_null());
    let m = cstr(msg).unwrap_or_default();
    throw(env, kind, &m, cstr(code).as_deref());
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_throw_error(
    env: Env,
    code: *const c_char,
    msg: *const c_char,
) -> Status {
    unsafe { throw_new(env, 0, code, msg) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_throw_type_error(
    env: Env,
    code: *const c_char,
    msg: *const c_char,
) -> Status {
    unsafe { throw_new(env, 1, code, msg) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_throw_range_error(
    env: Env,
    code: *const c_char,
    msg: *const c_char,
) -> Status {
    unsafe { throw_new(env, 2, code, msg) }
}

#[no_mangle]
pub unsafe extern "C" fn node_api_throw_syntax_error(
    env: Env,
    code: *const c_char,
    msg: *const c_char,
) -> Status {
    unsafe { throw_new(env, 3, code, msg) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_throw(env: Env, error: Value) -> Status {
    let env = env!(env);
    preamble!(env);
    let e = val!(env, error);
    unsafe { qjs::JS_Throw(env.ctx, qjs::JS_DupValue(env.ctx, e)) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_error(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    out!(env, result, unsafe { qjs::JS_IsError(v) });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_exception_pending(env: Env, result: *mut bool) -> Status {
    let env = env!(env);
    out!(env, result, env.exception_pending());
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_and_clear_last_exception(env: Env, result: *mut Value) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    if !env.exception_pending() {
        return unsafe { push_out(env, result, qjs::JS_UNDEFINED) };
    }
    let e = unsafe { qjs::JS_GetException(env.ctx) };
    unsafe { push_out(env, result, e) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_last_error_info(
    env: Env,
    result: *mut *const ExtendedErrorInfo,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    unsafe { *result = env.last_error() };
    // Node leaves the record as it was (this call's own success is not recorded).
    OK
}

#[no_mangle]
pub unsafe extern "C" fn napi_fatal_error(
    location: *const c_char,
    location_len: usize,
    message: *const c_char,
    message_len: usize,
) -> ! {
    let text = |p: *const c_char, len: usize| -> String {
        if p.is_null() {
            return String::new();
        }
        let b = if len == AUTO_LENGTH {
            unsafe { CStr::from_ptr(p) }.to_bytes()
        } else {
            unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) }
        };
        String::from_utf8_lossy(b).into_owned()
    };
    let loc = text(location, location_len);
    let msg = text(message, message_len);
    eprintln!("FATAL ERROR: {loc} {msg}");
    std::process::abort()
}

#[no_mangle]
pub unsafe extern "C" fn napi_fatal_exception(env: Env, err: Value) -> Status {
    let env = env!(env);
    let e = val!(env, err);
    let Some(ctx) = std::ptr::NonNull::new(env.ctx) else {
        return env.status(INVALID_ARG);
    };
    // SAFETY: on the JS thread with the runtime in use (this is called from addon code).
    let ctx = unsafe { rquickjs::Ctx::from_raw(ctx) };
    let v = unsafe { rquickjs::Value::from_raw(ctx.clone(), qjs::JS_DupValue(env.ctx, e)) };
    match rode_core::event_loop::report_uncaught(&ctx, v, false) {
        Ok(()) => env.ok(),
        Err(_) => env.status(GENERIC_FAILURE),
    }
}
