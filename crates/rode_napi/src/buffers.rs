//! Binary data: ArrayBuffers (engine-owned and external), typed arrays, DataViews and
//! Node's `Buffer` (a Uint8Array with `Buffer.prototype`).

use crate::engine::{self, helper, number};
use crate::env::{check, env, preamble, val, Env as E};
use crate::refs::{queue_finalizer, Finalizer};
use crate::types::*;
use crate::values::push_out;
use rquickjs::qjs;
use std::ffi::{c_int, c_void};

/// Backing store of an ArrayBuffer this module allocated (zeroed, freed with libc).
unsafe extern "C" fn owned_realloc(
    _rt: *mut qjs::JSRuntime,
    _opaque: *mut c_void,
    ptr: *mut c_void,
    size: u64,
) -> *mut c_void {
    if size == 0 {
        unsafe { libc::free(ptr) };
        std::ptr::null_mut()
    } else {
        unsafe { libc::realloc(ptr, size as usize) }
    }
}

/// Backing store an addon owns: never resized; freeing queues the addon's finalizer.
unsafe extern "C" fn external_realloc(
    _rt: *mut qjs::JSRuntime,
    opaque: *mut c_void,
    _ptr: *mut c_void,
    size: u64,
) -> *mut c_void {
    if size == 0 && !opaque.is_null() {
        let f = unsafe { Box::from_raw(opaque.cast::<Finalizer>()) };
        queue_finalizer(*f);
    }
    std::ptr::null_mut()
}

/// A new zeroed ArrayBuffer of `len` bytes and its data pointer.
fn new_arraybuffer(env: &E, len: usize) -> Result<(qjs::JSValue, *mut c_void), Status> {
    let p = unsafe { libc::calloc(len.max(1), 1) };
    if p.is_null() {
        crate::errors::throw(env, 2, "Array buffer allocation failed", None);
        // Node's empty `Maybe` from the failed allocation.
        return Err(GENERIC_FAILURE);
    }
    let ab = unsafe {
        qjs::JS_NewArrayBuffer(
            env.ctx,
            p.cast(),
            len as _,
            0,
            Some(owned_realloc),
            std::ptr::null_mut(),
            false,
        )
    };
    if unsafe { qjs::JS_IsException(ab) } {
        unsafe { libc::free(p) };
        return Err(GENERIC_FAILURE);
    }
    Ok((ab, p))
}

fn new_external_arraybuffer(
    env: &E,
    data: *mut c_void,
    len: usize,
    cb: Finalize,
    hint: *mut c_void,
) -> Result<qjs::JSValue, Status> {
    let f = Box::into_raw(Box::new(Finalizer {
        env,
        cb,
        data,
        hint,
    }));
    let ab = unsafe {
        qjs::JS_NewArrayBuffer(
            env.ctx,
            data.cast(),
            len as _,
            0,
            Some(external_realloc),
            f.cast(),
            false,
        )
    };
    if unsafe { qjs::JS_IsException(ab) } {
        drop(unsafe { Box::from_raw(f) });
        return Err(PENDING_EXCEPTION);
    }
    Ok(ab)
}

/// A Buffer viewing all of `ab` (which it takes).
fn buffer_over(env: &E, ab: qjs::JSValue, len: usize) -> qjs::JSValue {
    let proto = engine::shared().buffer_proto;
    let v = unsafe {
        engine::JS_NewUint8ArrayView(
            env.ctx,
            proto,
            ab,
            qjs::JS_MKVAL(qjs::JS_TAG_INT, 0),
            number(len as f64),
        )
    };
    unsafe { qjs::JS_FreeValue(env.ctx, ab) };
    v
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_arraybuffer(
    env: Env,
    byte_length: usize,
    data: *mut *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    match new_arraybuffer(env, byte_length) {
        Ok((ab, p)) => {
            if !data.is_null() {
                unsafe { *data = p };
            }
            unsafe { push_out(env, result, ab) }
        }
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_external_arraybuffer(
    env: Env,
    external_data: *mut c_void,
    byte_length: usize,
    finalize_cb: Finalize,
    finalize_hint: *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    match new_external_arraybuffer(env, external_data, byte_length, finalize_cb, finalize_hint) {
        // Node accepts a NULL result: the buffer is made and dropped (its finalizer runs).
        Ok(ab) if result.is_null() => {
            unsafe { qjs::JS_FreeValue(env.ctx, ab) };
            env.ok()
        }
        Ok(ab) => unsafe { push_out(env, result, ab) },
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_arraybuffer(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    unsafe { *result = qjs::JS_IsArrayBuffer(v) };
    env.ok()
}

/// Data pointer and length of an ArrayBuffer (null and 0 once detached).
fn ab_data(env: &E, ab: qjs::JSValue) -> (*mut c_void, usize) {
    let mut len = 0;
    let p = unsafe { qjs::JS_GetArrayBuffer(env.ctx, &mut len, ab) };
    if p.is_null() {
        if env.exception_pending() {
            unsafe { qjs::JS_FreeValue(env.ctx, qjs::JS_GetException(env.ctx)) };
        }
        return (std::ptr::null_mut(), 0);
    }
    (p.cast(), len as usize)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_arraybuffer_info(
    env: Env,
    arraybuffer: Value,
    data: *mut *mut c_void,
    byte_length: *mut usize,
) -> Status {
    let env = env!(env);
    let v = val!(env, arraybuffer);
    check!(env, unsafe { qjs::JS_IsArrayBuffer(v) });
    let (p, len) = ab_data(env, v);
    if !data.is_null() {
        unsafe { *data = p };
    }
    if !byte_length.is_null() {
        unsafe { *byte_length = len };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_detach_arraybuffer(env: Env, arraybuffer: Value) -> Status {
    let env = env!(env);
    let v = val!(env, arraybuffer);
    check!(
        env,
        unsafe { qjs::JS_IsArrayBuffer(v) },
        ARRAYBUFFER_EXPECTED
    );
    unsafe { qjs::JS_DetachArrayBuffer(env.ctx, v) };
    if env.exception_pending() {
        unsafe { qjs::JS_FreeValue(env.ctx, qjs::JS_GetException(env.ctx)) };
        return env.status(DETACHABLE_ARRAYBUFFER_EXPECTED);
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_detached_arraybuffer(
    env: Env,
    value: Value,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    let detached = unsafe { qjs::JS_IsArrayBuffer(v) } && {
        let r = unsafe { helper(env.ctx, c"isDetached", &[v]) };
        unsafe { qjs::JS_VALUE_GET_NORM_TAG(r) == qjs::JS_TAG_BOOL && qjs::JS_VALUE_GET_BOOL(r) }
    };
    unsafe { *result = detached };
    env.ok()
}

// ---- typed arrays ----

/// (engine type, element size, name) of a `napi_typedarray_type`.
fn ta_kind(t: i32) -> Option<(qjs::JSTypedArrayEnum, usize, &'static str)> {
    Some(match t {
        0 => (qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT8, 1, "Int8Array"),
        1 => (qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8, 1, "Uint8Array"),
        2 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C,
            1,
            "Uint8ClampedArray",
        ),
        3 => (qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT16, 2, "Int16Array"),
        4 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT16,
            2,
            "Uint16Array",
        ),
        5 => (qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT32, 4, "Int32Array"),
        6 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT32,
            4,
            "Uint32Array",
        ),
        7 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT32,
            4,
            "Float32Array",
        ),
        8 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT64,
            8,
            "Float64Array",
        ),
        9 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_INT64,
            8,
            "BigInt64Array",
        ),
        10 => (
            qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_UINT64,
            8,
            "BigUint64Array",
        ),
        _ => return None,
    })
}

/// The `napi_typedarray_type` of an engine typed array type.
fn napi_ta_type(engine_type: c_int) -> i32 {
    match engine_type as qjs::JSTypedArrayEnum {
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT8 => 0,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 => 1,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C => 2,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT16 => 3,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT16 => 4,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_INT32 => 5,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT32 => 6,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT32 => 7,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_FLOAT64 => 8,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_INT64 => 9,
        qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_BIG_UINT64 => 10,
        // Float16Array has no Node-API type before Node 24.
        _ => 1,
    }
}

/// Throws a RangeError with `code`; returns `status` (Node returns napi_generic_failure for
/// typed arrays, napi_pending_exception for DataViews).
fn throw_range(env: &E, status: Status, code: &str, msg: &str) -> Status {
    crate::errors::throw(env, 2, msg, Some(code));
    env.status(status)
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_typedarray(
    env: Env,
    type_: i32,
    length: usize,
    arraybuffer: Value,
    byte_offset: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let ab = val!(env, arraybuffer);
    check!(env, unsafe { qjs::JS_IsArrayBuffer(ab) });
    let Some((kind, size, name)) = ta_kind(type_) else {
        return env.status(INVALID_ARG);
    };
    if !byte_offset.is_multiple_of(size) {
        return throw_range(
            env,
            GENERIC_FAILURE,
            "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT",
            &format!("start offset of {name} should be a multiple of {size}"),
        );
    }
    let (_, ab_len) = ab_data(env, ab);
    if length.saturating_mul(size).saturating_add(byte_offset) > ab_len {
        return throw_range(
            env,
            GENERIC_FAILURE,
            "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH",
            "Invalid typed array length",
        );
    }
    let mut args = [ab, number(byte_offset as f64), number(length as f64)];
    let v = unsafe { qjs::JS_NewTypedArray(env.ctx, 3, args.as_mut_ptr(), kind) };
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_typedarray(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    unsafe { *result = qjs::JS_GetTypedArrayType(v) >= 0 };
    env.ok()
}

/// (buffer (owned), offset, byte length, element size) of a typed array.
fn ta_parts(env: &E, v: qjs::JSValue) -> Option<(qjs::JSValue, usize, usize, usize)> {
    let (mut off, mut len, mut size) = (0, 0, 0);
    let ab = unsafe { qjs::JS_GetTypedArrayBuffer(env.ctx, v, &mut off, &mut len, &mut size) };
    if unsafe { qjs::JS_IsException(ab) } {
        unsafe { qjs::JS_FreeValue(env.ctx, qjs::JS_GetException(env.ctx)) };
        return None;
    }
    Some((ab, off as usize, len as usize, (size as usize).max(1)))
}

/// The view's data pointer, buffer (taken: pushed as a handle or freed) and offset, into
/// whichever out-pointers the caller gave.
fn view_info(
    env: &E,
    ab: qjs::JSValue,
    off: usize,
    data: *mut *mut c_void,
    arraybuffer: *mut Value,
    byte_offset: *mut usize,
) -> Status {
    unsafe {
        if !data.is_null() {
            let (p, _) = ab_data(env, ab);
            *data = if p.is_null() {
                p
            } else {
                p.cast::<u8>().add(off).cast()
            };
        }
        if !byte_offset.is_null() {
            *byte_offset = off;
        }
        if !arraybuffer.is_null() {
            *arraybuffer = env.push(ab);
        } else {
            qjs::JS_FreeValue(env.ctx, ab);
        }
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_typedarray_info(
    env: Env,
    typedarray: Value,
    type_: *mut i32,
    length: *mut usize,
    data: *mut *mut c_void,
    arraybuffer: *mut Value,
    byte_offset: *mut usize,
) -> Status {
    let env = env!(env);
    let v = val!(env, typedarray);
    let t = unsafe { qjs::JS_GetTypedArrayType(v) };
    check!(env, t >= 0);
    let Some((ab, off, len, size)) = ta_parts(env, v) else {
        return env.status(INVALID_ARG);
    };
    unsafe {
        if !type_.is_null() {
            *type_ = napi_ta_type(t);
        }
        if !length.is_null() {
            *length = len / size;
        }
    }
    view_info(env, ab, off, data, arraybuffer, byte_offset)
}

// ---- DataView ----

#[no_mangle]
pub unsafe extern "C" fn napi_create_dataview(
    env: Env,
    byte_length: usize,
    arraybuffer: Value,
    byte_offset: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let ab = val!(env, arraybuffer);
    check!(env, unsafe { qjs::JS_IsArrayBuffer(ab) });
    let (_, ab_len) = ab_data(env, ab);
    if byte_length.saturating_add(byte_offset) > ab_len {
        return throw_range(
            env,
            PENDING_EXCEPTION,
            "ERR_NAPI_INVALID_DATAVIEW_ARGS",
            "byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in",
        );
    }
    let v = unsafe {
        helper(
            env.ctx,
            c"newDataView",
            &[ab, number(byte_offset as f64), number(byte_length as f64)],
        )
    };
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_dataview(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    unsafe { *result = qjs::JS_IsDataView(v) };
    env.ok()
}

/// (buffer (owned), offset, length) of a DataView.
fn dv_parts(env: &E, v: qjs::JSValue) -> Option<(qjs::JSValue, usize, usize)> {
    let parts = unsafe { helper(env.ctx, c"dataView", &[v]) };
    if unsafe { qjs::JS_IsException(parts) } {
        unsafe { qjs::JS_FreeValue(env.ctx, qjs::JS_GetException(env.ctx)) };
        return None;
    }
    let get = |i: u32| -> f64 {
        let x = unsafe { qjs::JS_GetPropertyUint32(env.ctx, parts, i) };
        let mut d = 0.0;
        unsafe { qjs::JS_ToFloat64(env.ctx, &mut d, x) };
        d
    };
    let ab = unsafe { qjs::JS_GetPropertyUint32(env.ctx, parts, 0) };
    let r = (ab, get(1) as usize, get(2) as usize);
    unsafe { qjs::JS_FreeValue(env.ctx, parts) };
    Some(r)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_dataview_info(
    env: Env,
    dataview: Value,
    byte_length: *mut usize,
    data: *mut *mut c_void,
    arraybuffer: *mut Value,
    byte_offset: *mut usize,
) -> Status {
    let env = env!(env);
    let v = val!(env, dataview);
    check!(env, unsafe { qjs::JS_IsDataView(v) });
    let Some((ab, off, len)) = dv_parts(env, v) else {
        return env.status(INVALID_ARG);
    };
    if !byte_length.is_null() {
        unsafe { *byte_length = len };
    }
    view_info(env, ab, off, data, arraybuffer, byte_offset)
}

// ---- Buffer ----

#[no_mangle]
pub unsafe extern "C" fn napi_create_buffer(
    env: Env,
    size: usize,
    data: *mut *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    match new_arraybuffer(env, size) {
        Ok((ab, p)) => {
            if !data.is_null() {
                unsafe { *data = p };
            }
            unsafe { push_out(env, result, buffer_over(env, ab, size)) }
        }
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_buffer_copy(
    env: Env,
    length: usize,
    data: *const c_void,
    result_data: *mut *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    check!(env, !data.is_null() || length == 0);
    match new_arraybuffer(env, length) {
        Ok((ab, p)) => {
            if length > 0 {
                unsafe { std::ptr::copy_nonoverlapping(data.cast::<u8>(), p.cast::<u8>(), length) };
            }
            if !result_data.is_null() {
                unsafe { *result_data = p };
            }
            unsafe { push_out(env, result, buffer_over(env, ab, length)) }
        }
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_external_buffer(
    env: Env,
    length: usize,
    data: *mut c_void,
    finalize_cb: Finalize,
    finalize_hint: *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    match new_external_arraybuffer(env, data, length, finalize_cb, finalize_hint) {
        Ok(ab) => unsafe { push_out(env, result, buffer_over(env, ab, length)) },
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_buffer(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    check!(env, !result.is_null());
    // Node's Buffer::HasInstance: any ArrayBufferView.
    unsafe { *result = qjs::JS_GetTypedArrayType(v) >= 0 || qjs::JS_IsDataView(v) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_buffer_info(
    env: Env,
    value: Value,
    data: *mut *mut c_void,
    length: *mut usize,
) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    let parts = if unsafe { qjs::JS_GetTypedArrayType(v) } >= 0 {
        ta_parts(env, v).map(|(ab, off, len, _)| (ab, off, len))
    } else if unsafe { qjs::JS_IsDataView(v) } {
        dv_parts(env, v)
    } else {
        None
    };
    let Some((ab, off, len)) = parts else {
        return env.status(INVALID_ARG);
    };
    unsafe {
        if !data.is_null() {
            let (p, _) = ab_data(env, ab);
            *data = if p.is_null() {
                p
            } else {
                p.cast::<u8>().add(off).cast()
            };
        }
        if !length.is_null() {
            *length = len;
        }
        qjs::JS_FreeValue(env.ctx, ab);
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn node_api_create_buffer_from_arraybuffer(
    env: Env,
    arraybuffer: Value,
    byte_offset: usize,
    byte_length: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let ab = val!(env, arraybuffer);
    check!(
        env,
        unsafe { qjs::JS_IsArrayBuffer(ab) },
        ARRAYBUFFER_EXPECTED
    );
    let (_, ab_len) = ab_data(env, ab);
    if byte_offset.saturating_add(byte_length) > ab_len {
        return throw_range(
            env,
            PENDING_EXCEPTION,
            "ERR_OUT_OF_RANGE",
            "The byte offset + length is out of range",
        );
    }
    let proto = engine::shared().buffer_proto;
    let v = unsafe {
        engine::JS_NewUint8ArrayView(
            env.ctx,
            proto,
            ab,
            number(byte_offset as f64),
            number(byte_length as f64),
        )
    };
    unsafe { push_out(env, result, v) }
}
