//! Promises: `napi_create_promise` and settling its deferred from native code.

use crate::env::{check, env, out, val};
use crate::types::*;
use crate::values::push_out;
use rquickjs::qjs;

/// The resolving functions of a promise made by `napi_create_promise`.
pub struct DeferredState {
    resolve: qjs::JSValue,
    reject: qjs::JSValue,
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_promise(
    env: Env,
    deferred: *mut Deferred,
    promise: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !deferred.is_null() && !promise.is_null());
    let mut funcs = [qjs::JS_UNDEFINED; 2];
    let p = unsafe { qjs::JS_NewPromiseCapability(env.ctx, funcs.as_mut_ptr()) };
    if unsafe { qjs::JS_IsException(p) } {
        return env.status(PENDING_EXCEPTION);
    }
    unsafe {
        *deferred = Box::into_raw(Box::new(DeferredState {
            resolve: funcs[0],
            reject: funcs[1],
        }));
        push_out(env, promise, p)
    }
}

unsafe fn settle(env: Env, deferred: Deferred, value: Value, resolve: bool) -> Status {
    let env = env!(env);
    check!(env, !deferred.is_null());
    let v = val!(env, value);
    let d = unsafe { Box::from_raw(deferred) };
    let f = if resolve { d.resolve } else { d.reject };
    let mut args = [v];
    let r = unsafe { qjs::JS_Call(env.ctx, f, qjs::JS_UNDEFINED, 1, args.as_mut_ptr()) };
    unsafe {
        qjs::JS_FreeValue(env.ctx, d.resolve);
        qjs::JS_FreeValue(env.ctx, d.reject);
    }
    if unsafe { qjs::JS_IsException(r) } {
        return env.status(PENDING_EXCEPTION);
    }
    unsafe { qjs::JS_FreeValue(env.ctx, r) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_resolve_deferred(
    env: Env,
    deferred: Deferred,
    resolution: Value,
) -> Status {
    unsafe { settle(env, deferred, resolution, true) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_reject_deferred(
    env: Env,
    deferred: Deferred,
    rejection: Value,
) -> Status {
    unsafe { settle(env, deferred, rejection, false) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_promise(env: Env, value: Value, is_promise: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    out!(env, is_promise, unsafe { qjs::JS_IsPromise(v) });
    env.ok()
}
