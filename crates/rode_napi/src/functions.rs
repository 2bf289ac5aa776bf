//! Native functions and classes: the one trampoline every addon callback goes through,
//! `napi_get_cb_info`, calling JS functions and constructors, and `napi_define_class`.

use crate::engine::{self, JS_IsConstructCall};
use crate::env::{check, env, out, preamble, val, Env as E};
use crate::types::*;
use crate::values::push_out;
use rquickjs::qjs;
use std::ffi::{c_char, c_int, c_void, CStr};

/// What a native function object carries (its class's opaque, freed with it).
pub struct CallbackRecord {
    env: *const E,
    cb: Callback,
    data: *mut c_void,
    /// For a class's prototype methods and accessors: the class whose instances `this` must
    /// be (V8's signature check, "Illegal invocation"); 0 for none.
    receiver_class: u64,
    /// For a class constructor: the class its instances belong to; 0 for none.
    instance_class: u64,
}

thread_local! {
    static NEXT_CLASS: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// `napi_callback_info`: the call being served.
pub struct CallInfo {
    this: Value,
    argc: usize,
    argv: *const qjs::JSValue,
    new_target: Value,
    data: *mut c_void,
}

rode_core::raw_fn! {
    fn trampoline(ctx, this, argc, argv, data) {
        // SAFETY: only `new_class_function` makes functions with this trampoline, and their
        // `data[0]` is always its callback-class object (no class check needed per call).
        let mut class_id = 0;
        let rec = unsafe { qjs::JS_GetAnyOpaque(*data, &mut class_id) }.cast::<CallbackRecord>();
        if rec.is_null() {
            return qjs::JS_UNDEFINED;
        }
        let rec = unsafe { &*rec };
        let env = unsafe { &*rec.env };
        let Some(cb) = rec.cb else { return qjs::JS_UNDEFINED };
        let mark = env.mark();
        let depth = env.scope_depth();
        let construct = unsafe { JS_IsConstructCall(ctx) };
        if rec.receiver_class != 0 && !construct && crate::refs::class_of(env, this) != rec.receiver_class {
            crate::errors::throw(env, 1, "Illegal invocation", None);
            return qjs::JS_EXCEPTION;
        }
        let (this_v, new_target) = if construct {
            // `this` is new.target: the instance inherits from its `prototype`.
            let proto = unsafe { qjs::JS_GetPropertyStr(ctx, this, c"prototype".as_ptr()) };
            let obj = if unsafe { qjs::JS_IsObject(proto) } {
                unsafe { qjs::JS_NewObjectProto(ctx, proto) }
            } else {
                unsafe { qjs::JS_NewObject(ctx) }
            };
            unsafe { qjs::JS_FreeValue(ctx, proto) };
            if unsafe { qjs::JS_IsException(obj) } {
                return obj;
            }
            if rec.instance_class != 0 {
                crate::refs::set_class(env, obj, rec.instance_class);
            }
            (env.push(obj), env.push_dup(this))
        } else if unsafe { qjs::JS_IsUndefined(this) || qjs::JS_IsNull(this) } {
            // Native functions see a sloppy-mode receiver: the global object for none,
            // primitives boxed.
            (env.push(unsafe { qjs::JS_GetGlobalObject(ctx) }), std::ptr::null_mut())
        } else if unsafe { qjs::JS_IsObject(this) } {
            (env.push_dup(this), std::ptr::null_mut())
        } else {
            (env.push(unsafe { qjs::JS_ToObject(ctx, this) }), std::ptr::null_mut())
        };
        let info = CallInfo {
            this: this_v,
            argc: argc.max(0) as usize,
            argv,
            new_target,
            data: rec.data,
        };
        crate::module::DEPTH.with(|d| d.set(d.get() + 1));
        let r = unsafe { cb(rec.env as Env, &info as *const CallInfo as CallbackInfo) };
        crate::module::DEPTH.with(|d| d.set(d.get() - 1));
        let ret = if env.exception_pending() {
            qjs::JS_EXCEPTION
        } else {
            match env.get(r) {
                Some(v) if !construct || unsafe { qjs::JS_IsObject(v) } => unsafe { qjs::JS_DupValue(ctx, v) },
                _ if construct => unsafe { qjs::JS_DupValue(ctx, env.get(this_v).unwrap_or(qjs::JS_UNDEFINED)) },
                _ => qjs::JS_UNDEFINED,
            }
        };
        // Scopes the callback left open close with it.
        env.drop_scopes(depth);
        env.truncate(mark);
        ret
    }
}

/// A new native function named by `name` (an atom; 0 for none) calling `cb` with `data`.
pub(crate) fn new_function(
    env: &E,
    name: qjs::JSAtom,
    cb: Callback,
    data: *mut c_void,
) -> Result<qjs::JSValue, Status> {
    new_class_function(env, name, cb, data, 0, 0)
}

/// `new_function` for a class: methods check their receiver's class, the constructor
/// marks its instances.
pub(crate) fn new_class_function(
    env: &E,
    name: qjs::JSAtom,
    cb: Callback,
    data: *mut c_void,
    receiver_class: u64,
    instance_class: u64,
) -> Result<qjs::JSValue, Status> {
    let ctx = env.ctx;
    let sh = engine::shared();
    let rec = Box::new(CallbackRecord {
        env,
        cb,
        data,
        receiver_class,
        instance_class,
    });
    // SAFETY: a new object of the callback class owning the boxed record.
    unsafe {
        let holder = qjs::JS_NewObjectClass(ctx, sh.callback_class);
        if qjs::JS_IsException(holder) {
            return Err(PENDING_EXCEPTION);
        }
        qjs::JS_SetOpaque(holder, Box::into_raw(rec).cast());
        let mut d = [holder];
        let f = qjs::JS_NewCFunctionData(ctx, Some(trampoline), 0, 0, 1, d.as_mut_ptr());
        qjs::JS_FreeValue(ctx, holder);
        if qjs::JS_IsException(f) {
            return Err(PENDING_EXCEPTION);
        }
        qjs::JS_SetConstructorBit(ctx, f, true);
        let n = if name == 0 {
            qjs::JS_NewStringLen(ctx, c"".as_ptr(), 0)
        } else {
            qjs::JS_AtomToString(ctx, name)
        };
        // V8 names a function for a symbol key "[description]"; the engine's `name` is enough.
        let atom = qjs::JS_NewAtomLen(ctx, c"name".as_ptr(), 4);
        qjs::JS_DefinePropertyValue(ctx, f, atom, n, qjs::JS_PROP_CONFIGURABLE as c_int);
        qjs::JS_FreeAtom(ctx, atom);
        Ok(f)
    }
}

/// The atom of a function's UTF-8 name (0 for none); `None` for a length Node refuses.
fn name_to_atom(env: &E, name: *const c_char, length: usize) -> Option<qjs::JSAtom> {
    if name.is_null() {
        return Some(0);
    }
    let bytes = if length == AUTO_LENGTH {
        unsafe { CStr::from_ptr(name) }.to_bytes()
    } else if length > i32::MAX as usize {
        return None;
    } else {
        unsafe { std::slice::from_raw_parts(name.cast::<u8>(), length) }
    };
    let s = String::from_utf8_lossy(bytes);
    Some(unsafe { qjs::JS_NewAtomLen(env.ctx, s.as_ptr().cast(), s.len() as _) })
}

/// `f.prototype = proto` (non-writable for classes, as V8's templates) and
/// `proto.constructor = f`.
fn link_prototype(env: &E, f: qjs::JSValue, proto: qjs::JSValue) {
    let ctx = env.ctx;
    unsafe {
        let c = qjs::JS_NewAtomLen(ctx, c"constructor".as_ptr(), 11);
        qjs::JS_DefinePropertyValue(
            ctx,
            proto,
            c,
            qjs::JS_DupValue(ctx, f),
            (qjs::JS_PROP_WRITABLE | qjs::JS_PROP_CONFIGURABLE) as c_int,
        );
        qjs::JS_FreeAtom(ctx, c);
        let p = qjs::JS_NewAtomLen(ctx, c"prototype".as_ptr(), 9);
        qjs::JS_DefinePropertyValue(
            ctx,
            f,
            p,
            qjs::JS_DupValue(ctx, proto),
            qjs::JS_PROP_WRITABLE as c_int,
        );
        qjs::JS_FreeAtom(ctx, p);
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_function(
    env: Env,
    utf8name: *const c_char,
    length: usize,
    cb: Callback,
    data: *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null() && cb.is_some());
    let Some(atom) = name_to_atom(env, utf8name, length) else {
        return env.status(INVALID_ARG);
    };
    let f = new_function(env, atom, cb, data);
    if atom != 0 {
        unsafe { qjs::JS_FreeAtom(env.ctx, atom) };
    }
    match f {
        Ok(f) => {
            // Constructible, like any V8 function: it has a `prototype`.
            let proto = unsafe { qjs::JS_NewObject(env.ctx) };
            link_prototype(env, f, proto);
            unsafe { qjs::JS_FreeValue(env.ctx, proto) };
            unsafe { push_out(env, result, f) }
        }
        Err(s) => env.status(s),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_cb_info(
    env: Env,
    cbinfo: CallbackInfo,
    argc: *mut usize,
    argv: *mut Value,
    this_arg: *mut Value,
    data: *mut *mut c_void,
) -> Status {
    let env = env!(env);
    check!(env, !cbinfo.is_null());
    let info = unsafe { &*cbinfo };
    if !argv.is_null() {
        check!(env, !argc.is_null());
        let want = unsafe { *argc };
        for i in 0..want {
            let h = if i < info.argc {
                env.push_dup(unsafe { *info.argv.add(i) })
            } else {
                env.push(qjs::JS_UNDEFINED)
            };
            unsafe { *argv.add(i) = h };
        }
    }
    if !argc.is_null() {
        unsafe { *argc = info.argc };
    }
    if !this_arg.is_null() {
        unsafe { *this_arg = info.this };
    }
    if !data.is_null() {
        unsafe { *data = info.data };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_new_target(
    env: Env,
    cbinfo: CallbackInfo,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !cbinfo.is_null());
    out!(env, result, unsafe { (*cbinfo).new_target });
    env.ok()
}

fn args(env: &E, argc: usize, argv: *const Value) -> Result<Vec<qjs::JSValue>, Status> {
    if argc > 0 && argv.is_null() {
        return Err(INVALID_ARG);
    }
    (0..argc)
        .map(|i| env.get(unsafe { *argv.add(i) }).ok_or(INVALID_ARG))
        .collect()
}

#[no_mangle]
pub unsafe extern "C" fn napi_call_function(
    env: Env,
    recv: Value,
    func: Value,
    argc: usize,
    argv: *const Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    let r = val!(env, recv);
    let f = val!(env, func);
    check!(env, unsafe { qjs::JS_IsFunction(env.ctx, f) });
    let mut a = match args(env, argc, argv) {
        Ok(a) => a,
        Err(s) => return env.status(s),
    };
    let v = unsafe { qjs::JS_Call(env.ctx, f, r, a.len() as c_int, a.as_mut_ptr()) };
    if unsafe { qjs::JS_IsException(v) } {
        return env.status(PENDING_EXCEPTION);
    }
    if result.is_null() {
        unsafe { qjs::JS_FreeValue(env.ctx, v) };
        return env.ok();
    }
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_new_instance(
    env: Env,
    constructor: Value,
    argc: usize,
    argv: *const Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let c = val!(env, constructor);
    check!(env, unsafe { qjs::JS_IsFunction(env.ctx, c) });
    let mut a = match args(env, argc, argv) {
        Ok(a) => a,
        Err(s) => return env.status(s),
    };
    if !unsafe { qjs::JS_IsConstructor(env.ctx, c) } {
        // V8 names the call site's callee expression; rode names the function.
        let name = unsafe { qjs::JS_GetPropertyStr(env.ctx, c, c"name".as_ptr()) };
        let mut n = String::new();
        if unsafe { qjs::JS_IsString(name) } {
            n = String::from_utf16_lossy(&crate::values::utf16_units(env, name));
        }
        unsafe { qjs::JS_FreeValue(env.ctx, name) };
        if n.is_empty() {
            n.push_str("anonymous");
        }
        let msg = format!("{n} is not a constructor");
        crate::errors::throw(env, 1, &msg, None);
        return env.status(PENDING_EXCEPTION);
    }
    let v = unsafe { qjs::JS_CallConstructor(env.ctx, c, a.len() as c_int, a.as_mut_ptr()) };
    if unsafe { qjs::JS_IsException(v) } {
        return env.status(PENDING_EXCEPTION);
    }
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_define_class(
    env: Env,
    utf8name: *const c_char,
    length: usize,
    constructor: Callback,
    data: *mut c_void,
    property_count: usize,
    properties: *const PropertyDescriptor,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(
        env,
        !result.is_null() && constructor.is_some() && !utf8name.is_null()
    );
    check!(env, property_count == 0 || !properties.is_null());
    let ctx = env.ctx;
    let Some(atom) = name_to_atom(env, utf8name, length) else {
        return env.status(INVALID_ARG);
    };
    let class = NEXT_CLASS.with(|c| c.replace(c.get() + 1));
    let ctor = new_class_function(env, atom, constructor, data, 0, class);
    if atom != 0 {
        unsafe { qjs::JS_FreeAtom(ctx, atom) };
    }
    let ctor = match ctor {
        Ok(f) => f,
        Err(s) => return env.status(s),
    };
    // Pushed at once so that it is freed with the scope on any failure below.
    let handle = env.push(ctor);
    let proto = unsafe { qjs::JS_NewObject(ctx) };
    link_prototype(env, ctor, proto);
    for i in 0..property_count {
        let d = unsafe { &*properties.add(i) };
        let (target, receiver) = if d.attributes & attr::STATIC != 0 {
            (ctor, 0)
        } else {
            (proto, class)
        };
        if let Err(s) = crate::objects::define_one(env, target, d, receiver) {
            unsafe { qjs::JS_FreeValue(ctx, proto) };
            return env.status(s);
        }
    }
    unsafe { qjs::JS_FreeValue(ctx, proto) };
    unsafe { *result = handle };
    env.ok()
}
