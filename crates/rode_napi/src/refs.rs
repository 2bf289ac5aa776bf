//! What addons attach to JS objects and how they hold on to them: `napi_wrap`, type tags,
//! `napi_add_finalizer`, externals, and references (strong while counted, weak at zero).
//!
//! Each object an addon touches this way gets one hidden slot (engine patch: a private symbol)
//! holding an `ObjectData` object. The engine frees that holder when the object itself is
//! freed (reference counting, or the cycle collector), and its class finalizer then marks the
//! object's weak references dead and queues the addon's finalizers. Finalizers run on the
//! loop, in a handle scope, after the current callback — never inside the engine's free,
//! where no JS may run.

use crate::engine::{self, JS_GetHiddenSlot, JS_SetHiddenSlot};
use crate::env::{check, env, out, val, Env as E};
use crate::types::*;
use crate::values::push_out;
use rquickjs::qjs;
use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// An addon finalizer to call once: `cb(env, data, hint)`.
pub struct Finalizer {
    pub env: *const E,
    pub cb: Finalize,
    pub data: *mut c_void,
    pub hint: *mut c_void,
}

/// Per-object Node-API data (the hidden slot's holder).
#[derive(Default)]
pub struct ObjectData {
    wrap: Option<Finalizer>,
    tag: Option<(u64, u64)>,
    /// The Node-API class that constructed the object (0: none).
    class: u64,
    finalizers: Vec<Finalizer>,
    weak_refs: Vec<*mut Reference>,
}

/// `napi_create_external`'s payload.
pub struct External {
    pub data: *mut c_void,
    pub finalizer: Finalizer,
}

thread_local! {
    static PENDING: RefCell<Vec<Finalizer>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// Queues `f` to run on the loop soon (a no-op without a callback).
pub fn queue_finalizer(f: Finalizer) {
    if f.cb.is_none() {
        return;
    }
    // During thread teardown the loop is gone: the finalizer can't run.
    let Ok(()) = PENDING.try_with(|p| p.borrow_mut().push(f)) else {
        return;
    };
    if SCHEDULED.try_with(|s| s.replace(true)).unwrap_or(true) {
        return;
    }
    rode_core::event_loop::queue_completion(Box::new(|_ctx| run_finalizers()));
}

fn run_finalizers() -> rquickjs::Result<()> {
    SCHEDULED.with(|s| s.set(false));
    loop {
        let batch: Vec<Finalizer> = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if batch.is_empty() {
            return Ok(());
        }
        for f in batch {
            let Some(cb) = f.cb else { continue };
            // SAFETY: envs live for the whole process.
            let env = unsafe { &*f.env };
            env.call_into_module(|| unsafe { cb(f.env as Env, f.data, f.hint) })?;
        }
    }
}

/// The holder's finalizer: the object is gone.
pub fn object_died(d: ObjectData) {
    for r in d.weak_refs {
        // SAFETY: a registered reference unregisters itself before it is freed.
        unsafe { (*r).alive.store(false, Ordering::Relaxed) };
    }
    if let Some(w) = d.wrap {
        queue_finalizer(w);
    }
    for f in d.finalizers {
        queue_finalizer(f);
    }
}

/// The object's data, made on first use when `create`.
fn object_data(env: &E, obj: qjs::JSValue, create: bool) -> Option<*mut ObjectData> {
    let sh = engine::shared();
    let ctx = env.ctx;
    // SAFETY: `obj` is a live object; the slot holds our holder object or nothing.
    unsafe {
        let holder = JS_GetHiddenSlot(ctx, obj, sh.slot);
        if let Some(p) = engine::opaque::<ObjectData>(holder, sh.data_class) {
            qjs::JS_FreeValue(ctx, holder);
            return Some(p);
        }
        qjs::JS_FreeValue(ctx, holder);
        if !create {
            return None;
        }
        let holder = qjs::JS_NewObjectClass(ctx, sh.data_class);
        if qjs::JS_IsException(holder) {
            return None;
        }
        let p = Box::into_raw(Box::<ObjectData>::default());
        qjs::JS_SetOpaque(holder, p.cast());
        if JS_SetHiddenSlot(ctx, obj, sh.slot, holder) < 0 {
            return None;
        }
        Some(p)
    }
}

/// Marks `obj` as an instance of the Node-API class `class`.
pub(crate) fn set_class(env: &E, obj: qjs::JSValue, class: u64) {
    if let Some(d) = object_data(env, obj, true) {
        unsafe { (*d).class = class };
    }
}

/// The Node-API class that constructed `obj` (0 for none or a non-object).
pub(crate) fn class_of(env: &E, obj: qjs::JSValue) -> u64 {
    if !unsafe { qjs::JS_IsObject(obj) } {
        return 0;
    }
    object_data(env, obj, false).map_or(0, |d| unsafe { (*d).class })
}

// ---- references ----

pub struct Reference {
    /// The value: owned while `strong` (always for non-objects); for a weak object reference,
    /// borrowed and valid only while `alive`.
    value: qjs::JSValue,
    /// Node-API's count. Addons change it from other threads too (node tolerates it, and
    /// @parcel/watcher does it from async work): only the JS thread turns the reference strong
    /// or weak to match (`sync`), the next time it touches it.
    count: AtomicU32,
    strong: bool,
    alive: AtomicBool,
    is_object: bool,
}

impl Reference {
    /// Makes the reference strong while counted and weak at zero (JS thread only).
    fn sync(&mut self, env: &E) {
        if !self.is_object || !self.alive.load(Ordering::Relaxed) {
            return;
        }
        let want = self.count.load(Ordering::Relaxed) > 0;
        if want && !self.strong {
            if let Some(d) = object_data(env, self.value, false) {
                let me: *mut Reference = self;
                unsafe { (*d).weak_refs.retain(|r| *r != me) };
            }
            unsafe { qjs::JS_DupValue(env.ctx, self.value) };
            self.strong = true;
        } else if !want && self.strong {
            if let Some(d) = object_data(env, self.value, true) {
                unsafe { (*d).weak_refs.push(self) };
            }
            self.strong = false;
            // Registered first: freeing may finalize the object, which marks us dead.
            unsafe { qjs::JS_FreeValue(env.ctx, self.value) };
        }
    }
}

/// A new reference to `v` with `count`.
pub(crate) fn new_reference(env: &E, v: qjs::JSValue, count: u32) -> *mut Reference {
    let r = Box::into_raw(Box::new(Reference {
        value: unsafe { qjs::JS_DupValue(env.ctx, v) },
        count: AtomicU32::new(count),
        strong: true,
        alive: AtomicBool::new(true),
        is_object: unsafe { qjs::JS_IsObject(v) },
    }));
    unsafe { (*r).sync(env) };
    r
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_reference(
    env: Env,
    value: Value,
    initial_refcount: u32,
    result: *mut Ref,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    let v = val!(env, value);
    // Node-API 9 and older refer only to objects, functions and symbols.
    let t = crate::values::type_of(env.ctx, v);
    check!(
        env,
        env.module_api_version > 9
            || matches!(
                t,
                valuetype::OBJECT | valuetype::FUNCTION | valuetype::EXTERNAL | valuetype::SYMBOL
            )
    );
    unsafe { *result = new_reference(env, v, initial_refcount) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_delete_reference(env: Env, r: Ref) -> Status {
    let env = env!(env);
    check!(env, !r.is_null());
    let mut b = unsafe { Box::from_raw(r) };
    if b.strong {
        unsafe { qjs::JS_FreeValue(env.ctx, b.value) };
    } else if b.alive.load(Ordering::Relaxed) {
        if let Some(d) = object_data(env, b.value, false) {
            let me: *mut Reference = &mut *b;
            unsafe { (*d).weak_refs.retain(|x| *x != me) };
        }
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_reference_ref(env: Env, r: Ref, result: *mut u32) -> Status {
    let env = env!(env);
    check!(env, !r.is_null());
    let re = unsafe { &mut *r };
    // A weak reference whose object is gone stays at 0 (V8's empty persistent).
    let n = if re.is_object && !re.alive.load(Ordering::Relaxed) {
        0
    } else {
        re.count.fetch_add(1, Ordering::Relaxed) + 1
    };
    if env.on_js_thread() {
        re.sync(env);
    }
    if !result.is_null() {
        unsafe { *result = n };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_reference_unref(env: Env, r: Ref, result: *mut u32) -> Status {
    let env = env!(env);
    check!(env, !r.is_null());
    let re = unsafe { &mut *r };
    let Ok(prev) = re
        .count
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |c| c.checked_sub(1))
    else {
        return env.status(GENERIC_FAILURE);
    };
    if env.on_js_thread() {
        re.sync(env);
    }
    if !result.is_null() {
        unsafe { *result = prev - 1 };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_reference_value(env: Env, r: Ref, result: *mut Value) -> Status {
    let env = env!(env);
    check!(env, !r.is_null() && !result.is_null());
    let re = unsafe { &mut *r };
    re.sync(env);
    unsafe {
        *result = if re.strong || re.alive.load(Ordering::Relaxed) {
            env.push_dup(re.value)
        } else {
            std::ptr::null_mut()
        }
    };
    env.ok()
}

// ---- wrap, tags, finalizers, externals ----

fn object_arg(env: &E, value: Value) -> Result<qjs::JSValue, Status> {
    let v = env.get(value).ok_or(INVALID_ARG)?;
    if unsafe { qjs::JS_IsObject(v) } {
        Ok(v)
    } else {
        Err(INVALID_ARG)
    }
}

/// An object argument, `None` for other primitives (which V8 would box), or
/// `napi_object_expected` with a TypeError for null and undefined.
fn primitive_or_object(env: &E, value: Value) -> Result<Option<qjs::JSValue>, Status> {
    let v = env.get(value).ok_or(INVALID_ARG)?;
    if unsafe { qjs::JS_IsObject(v) } {
        return Ok(Some(v));
    }
    if unsafe { qjs::JS_IsNull(v) || qjs::JS_IsUndefined(v) } {
        crate::errors::throw_not_object(env);
        // Node's preamble reports the exception its ToObject threw.
        return Err(PENDING_EXCEPTION);
    }
    Ok(None)
}

macro_rules! object {
    ($env:expr, $v:expr) => {
        match object_arg($env, $v) {
            Ok(v) => v,
            Err(s) => return $env.status(s),
        }
    };
}

#[no_mangle]
pub unsafe extern "C" fn napi_wrap(
    env: Env,
    js_object: Value,
    native_object: *mut c_void,
    finalize_cb: Finalize,
    finalize_hint: *mut c_void,
    result: *mut Ref,
) -> Status {
    let env = env!(env);
    let o = object!(env, js_object);
    // A reference to the wrapper needs a finalizer to tell its owner when to delete it.
    check!(env, result.is_null() || finalize_cb.is_some());
    let Some(d) = object_data(env, o, true) else {
        return env.status(GENERIC_FAILURE);
    };
    let d = unsafe { &mut *d };
    check!(env, d.wrap.is_none());
    d.wrap = Some(Finalizer {
        env,
        cb: finalize_cb,
        data: native_object,
        hint: finalize_hint,
    });
    if !result.is_null() {
        unsafe { *result = new_reference(env, o, 0) };
    }
    env.ok()
}

unsafe fn unwrap(env: Env, obj: Value, result: *mut *mut c_void, remove: bool) -> Status {
    let env = env!(env);
    let o = object!(env, obj);
    let Some(d) = object_data(env, o, false) else {
        return env.status(INVALID_ARG);
    };
    let d = unsafe { &mut *d };
    let Some(w) = d.wrap.as_ref() else {
        return env.status(INVALID_ARG);
    };
    if !result.is_null() {
        unsafe { *result = w.data };
    }
    if remove {
        d.wrap = None;
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_unwrap(env: Env, obj: Value, result: *mut *mut c_void) -> Status {
    if result.is_null() {
        let env = env!(env);
        return env.status(INVALID_ARG);
    }
    unsafe { unwrap(env, obj, result, false) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_remove_wrap(
    env: Env,
    obj: Value,
    result: *mut *mut c_void,
) -> Status {
    unsafe { unwrap(env, obj, result, true) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_type_tag_object(
    env: Env,
    value: Value,
    tag: *const TypeTag,
) -> Status {
    let env = env!(env);
    check!(env, !tag.is_null());
    let o = match primitive_or_object(env, value) {
        Ok(Some(o)) => o,
        // A primitive is boxed for the call (V8's ToObject): the tag goes with the box.
        Ok(None) => return env.ok(),
        Err(s) => return env.status(s),
    };
    let Some(d) = object_data(env, o, true) else {
        return env.status(GENERIC_FAILURE);
    };
    let d = unsafe { &mut *d };
    check!(env, d.tag.is_none());
    d.tag = Some(unsafe { ((*tag).lower, (*tag).upper) });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_check_object_type_tag(
    env: Env,
    value: Value,
    tag: *const TypeTag,
    result: *mut bool,
) -> Status {
    let env = env!(env);
    check!(env, !tag.is_null() && !result.is_null());
    let o = match primitive_or_object(env, value) {
        Ok(Some(o)) => o,
        Ok(None) => {
            unsafe { *result = false };
            return env.ok();
        }
        Err(s) => return env.status(s),
    };
    let want = unsafe { ((*tag).lower, (*tag).upper) };
    let has = object_data(env, o, false).and_then(|d| unsafe { (*d).tag });
    unsafe { *result = has == Some(want) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_add_finalizer(
    env: Env,
    js_object: Value,
    finalize_data: *mut c_void,
    finalize_cb: Finalize,
    finalize_hint: *mut c_void,
    result: *mut Ref,
) -> Status {
    let env = env!(env);
    check!(env, finalize_cb.is_some());
    let o = object!(env, js_object);
    let Some(d) = object_data(env, o, true) else {
        return env.status(GENERIC_FAILURE);
    };
    unsafe {
        (*d).finalizers.push(Finalizer {
            env,
            cb: finalize_cb,
            data: finalize_data,
            hint: finalize_hint,
        })
    };
    if !result.is_null() {
        unsafe { *result = new_reference(env, o, 0) };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn node_api_post_finalizer(
    env: Env,
    finalize_cb: Finalize,
    finalize_data: *mut c_void,
    finalize_hint: *mut c_void,
) -> Status {
    let env = env!(env);
    // Node accepts a missing callback (there is then nothing to run).
    queue_finalizer(Finalizer {
        env,
        cb: finalize_cb,
        data: finalize_data,
        hint: finalize_hint,
    });
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_create_external(
    env: Env,
    data: *mut c_void,
    finalize_cb: Finalize,
    finalize_hint: *mut c_void,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    let ctx = env.ctx;
    let o = unsafe { qjs::JS_NewObjectClass(ctx, engine::shared().external_class) };
    if unsafe { qjs::JS_IsException(o) } {
        return env.status(PENDING_EXCEPTION);
    }
    let ext = Box::new(External {
        data,
        finalizer: Finalizer {
            env,
            cb: finalize_cb,
            data,
            hint: finalize_hint,
        },
    });
    unsafe { qjs::JS_SetOpaque(o, Box::into_raw(ext).cast()) };
    unsafe { push_out(env, result, o) }
}

/// The data pointer of an external object (`rode_core::bind::external_value`, for util).
pub(crate) fn external_data(v: qjs::JSValue) -> Option<usize> {
    engine::opaque::<External>(v, engine::shared().external_class)
        .map(|e| unsafe { (*e).data } as usize)
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_value_external(
    env: Env,
    value: Value,
    result: *mut *mut c_void,
) -> Status {
    let env = env!(env);
    let v = val!(env, value);
    let Some(e) = engine::opaque::<External>(v, engine::shared().external_class) else {
        return env.status(INVALID_ARG);
    };
    out!(env, result, unsafe { (*e).data });
    env.ok()
}
