//! Objects and arrays: creation, property get/set/has/delete by key, name and index, key
//! listing, prototypes, `napi_define_properties`, freeze/seal and `instanceof`.

use crate::engine::{boolean, helper};
use crate::env::{check, env, out, preamble, val, Env as E};
use crate::types::*;
use crate::values::push_out;
use rquickjs::qjs;
use std::ffi::{c_char, c_int, CStr};

/// The object a property operation works on: objects as they are, other values boxed
/// (V8's `ToObject`); `null`/`undefined` give `napi_object_expected`.
struct Target {
    v: qjs::JSValue,
    owned: bool,
}

impl Target {
    fn new(env: &E, v: qjs::JSValue) -> Result<Target, Status> {
        if unsafe { qjs::JS_IsObject(v) } {
            return Ok(Target { v, owned: false });
        }
        if unsafe { qjs::JS_IsNull(v) || qjs::JS_IsUndefined(v) } {
            crate::errors::throw_not_object(env);
            return Err(OBJECT_EXPECTED);
        }
        let o = unsafe { qjs::JS_ToObject(env.ctx, v) };
        if unsafe { qjs::JS_IsException(o) } {
            return Err(OBJECT_EXPECTED);
        }
        Ok(Target { v: o, owned: true })
    }

    fn free(self, env: &E) {
        if self.owned {
            unsafe { qjs::JS_FreeValue(env.ctx, self.v) };
        }
    }
}

macro_rules! target {
    ($env:expr, $v:expr) => {
        match Target::new($env, val!($env, $v)) {
            Ok(t) => t,
            Err(s) => return $env.status(s),
        }
    };
}

/// An atom for a key value (ToPropertyKey, which may run JS); `None` with an exception.
fn key_atom(env: &E, key: qjs::JSValue) -> Option<qjs::JSAtom> {
    let a = unsafe { qjs::JS_ValueToAtom(env.ctx, key) };
    (a != 0).then_some(a)
}

fn name_atom(env: &E, name: *const c_char) -> qjs::JSAtom {
    let s = unsafe { CStr::from_ptr(name) }.to_bytes();
    unsafe { qjs::JS_NewAtomLen(env.ctx, s.as_ptr().cast(), s.len() as _) }
}

/// Status of an engine call returning -1 on failure: napi_generic_failure with the
/// exception pending (Node's empty `Maybe`).
fn done(env: &E, r: c_int) -> Status {
    if r < 0 || env.exception_pending() {
        env.status(GENERIC_FAILURE)
    } else {
        env.ok()
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_object(env: Env, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_NewObject(env.ctx)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_array(env: Env, result: *mut Value) -> Status {
    let env = env!(env);
    unsafe { push_out(env, result, qjs::JS_NewArray(env.ctx)) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_array_with_length(
    env: Env,
    length: usize,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    let a = unsafe { qjs::JS_NewArray(env.ctx) };
    // V8 clamps a length beyond the maximum to 0.
    let len = if length > u32::MAX as usize {
        0
    } else {
        length
    };
    if len > 0 {
        unsafe {
            qjs::JS_SetPropertyStr(
                env.ctx,
                a,
                c"length".as_ptr(),
                crate::engine::number(len as f64),
            )
        };
    }
    unsafe { push_out(env, result, a) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_is_array(env: Env, value: Value, result: *mut bool) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    out!(env, result, unsafe { qjs::JS_IsArray(v) });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_array_length(env: Env, value: Value, result: *mut u32) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    check!(env, unsafe { qjs::JS_IsArray(v) }, ARRAY_EXPECTED);
    let mut len: i64 = 0;
    if unsafe { qjs::JS_GetLength(env.ctx, v, &mut len) } < 0 {
        return env.status(PENDING_EXCEPTION);
    }
    out!(env, result, len as u32);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_prototype(env: Env, object: Value, result: *mut Value) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let t = target!(env, object);
    let p = unsafe { qjs::JS_GetPrototype(env.ctx, t.v) };
    t.free(env);
    unsafe { push_out(env, result, p) }
}

/// A property key as the three families of calls give it.
enum Key {
    /// A JS value (ToPropertyKey, which may run JS).
    Value(qjs::JSValue),
    /// A C string.
    Name(*const c_char),
    /// An array index.
    Index(u32),
}

/// Runs `op` on the object (boxed as `Target` does) and the key's atom, then frees both.
/// A key whose conversion threw is napi_generic_failure with the exception pending.
fn on_property<R>(
    env: &E,
    object: Value,
    key: Key,
    op: impl FnOnce(qjs::JSValue, qjs::JSAtom) -> R,
) -> Result<R, Status> {
    let t = Target::new(env, env.get(object).ok_or(INVALID_ARG)?)?;
    let atom = match key {
        Key::Value(k) => key_atom(env, k),
        Key::Name(n) => Some(name_atom(env, n)),
        Key::Index(i) => Some(unsafe { qjs::JS_NewAtomUInt32(env.ctx, i) }),
    };
    let Some(atom) = atom else {
        t.free(env);
        return Err(GENERIC_FAILURE);
    };
    let r = op(t.v, atom);
    unsafe { qjs::JS_FreeAtom(env.ctx, atom) };
    t.free(env);
    Ok(r)
}

/// `obj[key] = value`, sloppy (see `JS_SetPropertySloppy`).
fn set(env: &E, object: Value, key: Key, value: qjs::JSValue) -> Status {
    let r = on_property(env, object, key, |o, a| unsafe {
        crate::engine::JS_SetPropertySloppy(env.ctx, o, a, qjs::JS_DupValue(env.ctx, value))
    });
    match r {
        Ok(r) => done(env, r),
        Err(s) => env.status(s),
    }
}

/// `obj[key]` into `result`.
fn get(env: &E, object: Value, key: Key, result: *mut Value) -> Status {
    match on_property(env, object, key, |o, a| unsafe {
        qjs::JS_GetProperty(env.ctx, o, a)
    }) {
        Ok(v) => unsafe { push_out(env, result, v) },
        Err(s) => env.status(s),
    }
}

/// A yes/no engine answer (-1: an exception) into `result` (which may be null where the
/// call allows it).
fn answer(env: &E, r: Result<c_int, Status>, result: *mut bool) -> Status {
    match r {
        Ok(r) => {
            if r >= 0 && !result.is_null() {
                unsafe { *result = r > 0 };
            }
            done(env, r)
        }
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_set_property(
    env: Env,
    object: Value,
    key: Value,
    value: Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let k = val!(env, key);
    let v = val!(env, value);
    set(env, object, Key::Value(k), v)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_property(
    env: Env,
    object: Value,
    key: Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let k = val!(env, key);
    get(env, object, Key::Value(k), result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_has_property(
    env: Env,
    object: Value,
    key: Value,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let k = val!(env, key);
    let r = on_property(env, object, Key::Value(k), |o, a| unsafe {
        qjs::JS_HasProperty(env.ctx, o, a)
    });
    answer(env, r, result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_has_own_property(
    env: Env,
    object: Value,
    key: Value,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let k = val!(env, key);
    check!(
        env,
        unsafe { qjs::JS_IsString(k) || qjs::JS_IsSymbol(k) },
        NAME_EXPECTED
    );
    let r = on_property(env, object, Key::Value(k), |o, a| unsafe {
        qjs::JS_GetOwnProperty(env.ctx, std::ptr::null_mut(), o, a)
    });
    answer(env, r, result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_delete_property(
    env: Env,
    object: Value,
    key: Value,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let k = val!(env, key);
    let r = on_property(env, object, Key::Value(k), |o, a| unsafe {
        qjs::JS_DeleteProperty(env.ctx, o, a, 0)
    });
    answer(env, r, result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_set_named_property(
    env: Env,
    object: Value,
    name: *const c_char,
    value: Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !name.is_null());
    let v = val!(env, value);
    set(env, object, Key::Name(name), v)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_named_property(
    env: Env,
    object: Value,
    name: *const c_char,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null() && !name.is_null());
    get(env, object, Key::Name(name), result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_has_named_property(
    env: Env,
    object: Value,
    name: *const c_char,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null() && !name.is_null());
    let r = on_property(env, object, Key::Name(name), |o, a| unsafe {
        qjs::JS_HasProperty(env.ctx, o, a)
    });
    answer(env, r, result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_set_element(
    env: Env,
    object: Value,
    index: u32,
    value: Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let v = val!(env, value);
    set(env, object, Key::Index(index), v)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_element(
    env: Env,
    object: Value,
    index: u32,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    get(env, object, Key::Index(index), result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_has_element(
    env: Env,
    object: Value,
    index: u32,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let r = on_property(env, object, Key::Index(index), |o, a| unsafe {
        qjs::JS_HasProperty(env.ctx, o, a)
    });
    answer(env, r, result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_delete_element(
    env: Env,
    object: Value,
    index: u32,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let r = on_property(env, object, Key::Index(index), |o, a| unsafe {
        qjs::JS_DeleteProperty(env.ctx, o, a, 0)
    });
    answer(env, r, result)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_all_property_names(
    env: Env,
    object: Value,
    key_mode: i32,
    key_filter: i32,
    key_conversion: i32,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    check!(
        env,
        (0..=1).contains(&key_mode) && (0..=1).contains(&key_conversion)
    );
    let t = target!(env, object);
    let r = unsafe {
        helper(
            env.ctx,
            c"keys",
            &[
                t.v,
                boolean(key_mode == 1),
                crate::engine::int(key_filter),
                boolean(key_conversion == 1),
            ],
        )
    };
    t.free(env);
    unsafe { push_out(env, result, r) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_property_names(
    env: Env,
    object: Value,
    result: *mut Value,
) -> Status {
    // Enumerable string keys, own and inherited, indices as strings (for-in's keys).
    unsafe { napi_get_all_property_names(env, object, 0, 2 | 16, 1, result) }
}

/// Property flags for a descriptor's attributes.
pub(crate) fn flags(attributes: i32, accessor: bool) -> c_int {
    let mut f = 0;
    if !accessor && attributes & attr::WRITABLE != 0 {
        f |= qjs::JS_PROP_WRITABLE as c_int;
    }
    if attributes & attr::ENUMERABLE != 0 {
        f |= qjs::JS_PROP_ENUMERABLE as c_int;
    }
    if attributes & attr::CONFIGURABLE != 0 {
        f |= qjs::JS_PROP_CONFIGURABLE as c_int;
    }
    f
}

/// Defines one descriptor on `obj` (methods and accessors become functions with the
/// descriptor's data). Returns false with an exception pending, or the status to report.
/// `receiver_class`: for a class's prototype members, the class `this` must belong to.
pub(crate) fn define_one(
    env: &E,
    obj: qjs::JSValue,
    d: &PropertyDescriptor,
    receiver_class: u64,
) -> Result<(), Status> {
    let atom = if !d.utf8name.is_null() {
        name_atom(env, d.utf8name)
    } else {
        let n = env.get(d.name).ok_or(NAME_EXPECTED)?;
        if !unsafe { qjs::JS_IsString(n) || qjs::JS_IsSymbol(n) } {
            return Err(NAME_EXPECTED);
        }
        key_atom(env, n).ok_or(PENDING_EXCEPTION)?
    };
    let ctx = env.ctx;
    let r = if d.getter.is_some() || d.setter.is_some() {
        let mk = |cb: Callback| -> Result<qjs::JSValue, Status> {
            match cb {
                Some(_) => {
                    crate::functions::new_class_function(env, atom, cb, d.data, receiver_class, 0)
                }
                None => Ok(qjs::JS_UNDEFINED),
            }
        };
        let g = mk(d.getter);
        let s = mk(d.setter);
        match (g, s) {
            (Ok(g), Ok(s)) => unsafe {
                qjs::JS_DefinePropertyGetSet(
                    ctx,
                    obj,
                    atom,
                    g,
                    s,
                    flags(d.attributes, true) | qjs::JS_PROP_THROW as c_int,
                )
            },
            (g, s) => {
                for v in [g, s].into_iter().flatten() {
                    unsafe { qjs::JS_FreeValue(ctx, v) };
                }
                -1
            }
        }
    } else {
        let v = if d.method.is_some() {
            match crate::functions::new_class_function(
                env,
                atom,
                d.method,
                d.data,
                receiver_class,
                0,
            ) {
                Ok(f) => f,
                Err(s) => {
                    unsafe { qjs::JS_FreeAtom(ctx, atom) };
                    return Err(s);
                }
            }
        } else {
            let v = env.get(d.value).ok_or(INVALID_ARG);
            match v {
                Ok(v) => unsafe { qjs::JS_DupValue(ctx, v) },
                Err(s) => {
                    unsafe { qjs::JS_FreeAtom(ctx, atom) };
                    return Err(s);
                }
            }
        };
        unsafe {
            qjs::JS_DefinePropertyValue(
                ctx,
                obj,
                atom,
                v,
                flags(d.attributes, false) | qjs::JS_PROP_THROW as c_int,
            )
        }
    };
    unsafe { qjs::JS_FreeAtom(ctx, atom) };
    if r < 0 {
        return Err(PENDING_EXCEPTION);
    }
    Ok(())
}

#[no_mangle]
pub unsafe extern "C" fn napi_define_properties(
    env: Env,
    object: Value,
    property_count: usize,
    properties: *const PropertyDescriptor,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, property_count == 0 || !properties.is_null());
    let t = target!(env, object);
    for i in 0..property_count {
        let d = unsafe { &*properties.add(i) };
        if let Err(s) = define_one(env, t.v, d, 0) {
            t.free(env);
            return env.status(s);
        }
    }
    t.free(env);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_object_freeze(env: Env, object: Value) -> Status {
    let env = env!(env);
    preamble!(env);
    let t = target!(env, object);
    let r = unsafe { qjs::JS_FreezeObject(env.ctx, t.v) };
    t.free(env);
    done(env, r)
}

#[no_mangle]
pub unsafe extern "C" fn napi_object_seal(env: Env, object: Value) -> Status {
    let env = env!(env);
    preamble!(env);
    let t = target!(env, object);
    let r = unsafe { qjs::JS_SealObject(env.ctx, t.v) };
    t.free(env);
    done(env, r)
}

#[no_mangle]
pub unsafe extern "C" fn napi_instanceof(
    env: Env,
    object: Value,
    constructor: Value,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let o = val!(env, object);
    let c = val!(env, constructor);
    if !unsafe { qjs::JS_IsFunction(env.ctx, c) } {
        crate::errors::throw(
            env,
            1,
            "Constructor must be a function",
            Some("ERR_NAPI_CONS_FUNCTION"),
        );
        return env.status(FUNCTION_EXPECTED);
    }
    let r = unsafe { qjs::JS_IsInstanceOf(env.ctx, o, c) };
    if r >= 0 {
        unsafe { *result = r > 0 };
    }
    done(env, r)
}
