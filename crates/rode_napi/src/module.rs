//! Loading addons (`process.dlopen`): `dlopen(3)`, finding the module's registration
//! (`napi_register_module_v1`, or `napi_module_register` from a static constructor), one
//! `napi_env` per load, and calling its init with `module.exports`. Also what belongs to an
//! env as a whole: handle scopes, instance data, cleanup hooks, versions, scripts, and
//! callback scopes.

use crate::env::{check, env, out, preamble, val, Env as E};
use crate::types::*;
use crate::values::push_out;
use rquickjs::{qjs, Ctx, Object, Value as JsValue};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr, CString};

/// Node-API version rode implements (`process.versions.napi`).
pub const NAPI_VERSION: u32 = 9;

thread_local! {
    /// A module `napi_module_register` announced during the current `dlopen`.
    static ANNOUNCED: Cell<*const Module> = const { Cell::new(std::ptr::null()) };
    /// A non-Node-API addon (`node_module_register`) announced during the current `dlopen`.
    static LEGACY: Cell<Option<i32>> = const { Cell::new(None) };
    /// Old-style modules by library handle (their constructor runs only on the first load).
    static BY_HANDLE: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
    /// Every env made on this thread, for the cleanup at exit.
    static ENVS: RefCell<Vec<*const E>> = const { RefCell::new(Vec::new()) };
    /// `napi_adjust_external_memory`'s running total.
    static EXTERNAL_MEMORY: Cell<i64> = const { Cell::new(0) };
    /// How deep native callbacks are nested in JS (0 on the loop).
    pub static DEPTH: Cell<u32> = const { Cell::new(0) };
}

#[no_mangle]
pub unsafe extern "C" fn napi_module_register(module: *mut Module) {
    ANNOUNCED.with(|a| a.set(module));
}

/// Addons built against V8's C++ API announce themselves here; rode can't run them.
#[no_mangle]
pub unsafe extern "C" fn node_module_register(module: *mut c_void) {
    let version = if module.is_null() {
        0
    } else {
        unsafe { *(module as *const c_int) }
    };
    LEGACY.with(|l| l.set(Some(version)));
}

fn dlerror() -> String {
    let e = unsafe { libc::dlerror() };
    if e.is_null() {
        "unknown dlopen error".into()
    } else {
        unsafe { CStr::from_ptr(e) }.to_string_lossy().into_owned()
    }
}

type InitFn = unsafe extern "C" fn(Env, Value) -> Value;
type VersionFn = unsafe extern "C" fn() -> i32;

/// `internalBinding('napi').dlopen(module, filename, flags)`: loads the addon and runs its
/// init. Returns an error message for the JS side to throw as `ERR_DLOPEN_FAILED`, or
/// undefined; an exception from init propagates.
pub fn dlopen<'js>(
    ctx: &Ctx<'js>,
    module: Object<'js>,
    filename: String,
    flags: i32,
) -> rquickjs::Result<Option<String>> {
    let Ok(c) = CString::new(filename.clone()) else {
        return Ok(Some(format!("{filename}: invalid file name")));
    };
    ANNOUNCED.with(|a| a.set(std::ptr::null()));
    LEGACY.with(|l| l.set(None));
    let handle = unsafe { libc::dlopen(c.as_ptr(), flags) };
    if handle.is_null() {
        return Ok(Some(dlerror()));
    }
    if let Some(v) = LEGACY.with(|l| l.take()) {
        unsafe { libc::dlclose(handle) };
        return Ok(Some(format!(
            "The module '{filename}' was compiled against the V8 C++ API (NODE_MODULE_VERSION {v}). \
             rode loads Node-API addons only."
        )));
    }
    let announced = ANNOUNCED.with(|a| a.replace(std::ptr::null()));
    let old = if !announced.is_null() {
        BY_HANDLE.with(|m| m.borrow_mut().insert(handle as usize, announced as usize));
        Some(announced)
    } else {
        BY_HANDLE
            .with(|m| m.borrow().get(&(handle as usize)).copied())
            .map(|p| p as *const Module)
    };
    let init: Option<InitFn> = match old {
        Some(m) => unsafe { (*m).nm_register_func },
        None => {
            let sym = unsafe { libc::dlsym(handle, c"napi_register_module_v1".as_ptr()) };
            (!sym.is_null()).then(|| unsafe { std::mem::transmute::<*mut c_void, InitFn>(sym) })
        }
    };
    let Some(init) = init else {
        unsafe { libc::dlclose(handle) };
        return Ok(Some(format!("Module did not self-register: '{filename}'.")));
    };
    let version = {
        let sym = unsafe { libc::dlsym(handle, c"node_api_module_get_api_version_v1".as_ptr()) };
        if sym.is_null() {
            8
        } else {
            unsafe { std::mem::transmute::<*mut c_void, VersionFn>(sym)() }
        }
    };
    let env: &'static E = Box::leak(Box::new(E::new(
        ctx.as_raw().as_ptr(),
        // `url.pathToFileURL(filename).href`, as node gives it.
        CString::new(rode_core::modules::resolve::path_to_file_url(
            std::path::Path::new(&filename),
        ))
        .unwrap_or_default(),
        version,
    )));
    ENVS.with(|e| e.borrow_mut().push(env));
    let exports: JsValue = module.get("exports")?;
    let mark = env.mark();
    let h = env.push_dup(exports.as_raw());
    DEPTH.with(|d| d.set(d.get() + 1));
    let r = unsafe { init(env as *const E as Env, h) };
    DEPTH.with(|d| d.set(d.get() - 1));
    let result = if env.exception_pending() {
        Err(rquickjs::Error::Exception)
    } else {
        match env.get(r) {
            Some(v)
                if !unsafe { qjs::JS_IsUndefined(v) }
                    && !unsafe { qjs::JS_IsStrictEqual(env.ctx, v, exports.as_raw()) } =>
            {
                let v = unsafe { JsValue::from_raw(ctx.clone(), qjs::JS_DupValue(env.ctx, v)) };
                module.set("exports", v).map(|_| None)
            }
            _ => Ok(None),
        }
    };
    env.drop_scopes(0);
    env.truncate(mark);
    result
}

/// Runs every env's cleanup hooks (last added first) and instance data finalizers: the
/// environment's teardown at exit.
pub fn run_cleanup() {
    let envs: Vec<*const E> = ENVS.with(|e| std::mem::take(&mut *e.borrow_mut()));
    for env in envs.into_iter().rev() {
        let env = unsafe { &*env };
        // Last added first; a hook may add or remove others meanwhile.
        loop {
            let Some((f, arg)) = env.cleanup_hooks.borrow_mut().pop() else {
                break;
            };
            if let Some(f) = f {
                unsafe { f(arg) };
            }
        }
        let (data, fin, hint) =
            env.instance_data
                .replace((std::ptr::null_mut(), None, std::ptr::null_mut()));
        if let Some(f) = fin {
            let _ = env.call_into_module(|| unsafe { f(env as *const E as Env, data, hint) });
        }
    }
}

// ---- handle scopes ----

#[no_mangle]
pub unsafe extern "C" fn napi_open_handle_scope(env: Env, result: *mut HandleScope) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    unsafe { *result = env.open_scope(false) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_close_handle_scope(env: Env, scope: HandleScope) -> Status {
    let env = env!(env);
    check!(env, !scope.is_null());
    env.close_scope(scope)
}

#[no_mangle]
pub unsafe extern "C" fn napi_open_escapable_handle_scope(
    env: Env,
    result: *mut HandleScope,
) -> Status {
    let env = env!(env);
    check!(env, !result.is_null());
    unsafe { *result = env.open_scope(true) };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_close_escapable_handle_scope(env: Env, scope: HandleScope) -> Status {
    let env = env!(env);
    check!(env, !scope.is_null());
    env.close_scope(scope)
}

#[no_mangle]
pub unsafe extern "C" fn napi_escape_handle(
    env: Env,
    scope: HandleScope,
    escapee: Value,
    result: *mut Value,
) -> Status {
    let env = env!(env);
    check!(env, !scope.is_null() && !result.is_null());
    let v = val!(env, escapee);
    match env.escape(scope, v) {
        Ok(h) => {
            unsafe { *result = h };
            env.ok()
        }
        Err(s) => env.status(s),
    }
}

// ---- instance data, cleanup hooks ----

#[no_mangle]
pub unsafe extern "C" fn napi_set_instance_data(
    env: Env,
    data: *mut c_void,
    finalize_cb: Finalize,
    finalize_hint: *mut c_void,
) -> Status {
    let env = env!(env);
    env.instance_data.set((data, finalize_cb, finalize_hint));
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_instance_data(env: Env, data: *mut *mut c_void) -> Status {
    let env = env!(env);
    out!(env, data, env.instance_data.get().0);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_add_env_cleanup_hook(
    env: Env,
    fun: CleanupHook,
    arg: *mut c_void,
) -> Status {
    let env = env!(env);
    check!(env, fun.is_some());
    env.cleanup_hooks.borrow_mut().push((fun, arg));
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_remove_env_cleanup_hook(
    env: Env,
    fun: CleanupHook,
    arg: *mut c_void,
) -> Status {
    let env = env!(env);
    check!(env, fun.is_some());
    let mut hooks = env.cleanup_hooks.borrow_mut();
    if let Some(i) = hooks
        .iter()
        .rposition(|(f, a)| f.map(|f| f as usize) == fun.map(|f| f as usize) && *a == arg)
    {
        hooks.remove(i);
    }
    env.ok()
}

type AsyncCleanupHook = Option<unsafe extern "C" fn(*mut c_void, *mut c_void)>;

/// An async cleanup hook's handle: the hook and its argument, run at exit like the others.
struct AsyncHook {
    hook: AsyncCleanupHook,
    arg: *mut c_void,
}

unsafe extern "C" fn run_async_hook(p: *mut c_void) {
    let h = unsafe { &*(p as *const AsyncHook) };
    if let Some(f) = h.hook {
        unsafe { f(p, h.arg) };
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_add_async_cleanup_hook(
    env: Env,
    hook: AsyncCleanupHook,
    arg: *mut c_void,
    remove_handle: *mut *mut c_void,
) -> Status {
    let env = env!(env);
    check!(env, hook.is_some());
    let h = Box::into_raw(Box::new(AsyncHook { hook, arg })).cast::<c_void>();
    env.cleanup_hooks
        .borrow_mut()
        .push((Some(run_async_hook), h));
    if !remove_handle.is_null() {
        unsafe { *remove_handle = h };
    }
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_remove_async_cleanup_hook(remove_handle: *mut c_void) -> Status {
    if remove_handle.is_null() {
        return INVALID_ARG;
    }
    // The hook may be removed from inside itself (at exit): the handle stays allocated, as
    // the process is ending; removal before exit takes it off its env's list.
    ENVS.with(|envs| {
        for env in envs.borrow().iter() {
            let env = unsafe { &**env };
            env.cleanup_hooks
                .borrow_mut()
                .retain(|(_, a)| *a != remove_handle);
        }
    });
    OK
}

// ---- versions, file name, scripts, memory, loop ----

#[no_mangle]
pub unsafe extern "C" fn napi_get_version(env: Env, result: *mut u32) -> Status {
    let env = env!(env);
    out!(env, result, NAPI_VERSION);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_node_version(
    env: Env,
    result: *mut *const NodeVersion,
) -> Status {
    struct Shared(NodeVersion);
    // SAFETY: immutable, and its pointer is to a static string.
    unsafe impl Sync for Shared {}
    static VERSION: Shared = Shared(NodeVersion {
        major: 22,
        minor: 12,
        patch: 0,
        release: c"node".as_ptr(),
    });
    let env = env!(env);
    out!(env, result, &VERSION.0);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn node_api_get_module_file_name(
    env: Env,
    result: *mut *const c_char,
) -> Status {
    let env = env!(env);
    out!(env, result, env.filename.as_ptr());
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_run_script(env: Env, script: Value, result: *mut Value) -> Status {
    let env = env!(env);
    preamble!(env);
    check!(env, !result.is_null());
    let s = val!(env, script);
    check!(env, unsafe { qjs::JS_IsString(s) }, STRING_EXPECTED);
    let mut len = 0;
    let p = unsafe { qjs::JS_ToCStringLen2(env.ctx, &mut len, s, false) };
    if p.is_null() {
        return env.status(PENDING_EXCEPTION);
    }
    // JS_Eval needs a terminated buffer: the C string is.
    let v = unsafe {
        qjs::JS_Eval(
            env.ctx,
            p,
            len,
            c"evalmachine.<anonymous>".as_ptr(),
            qjs::JS_EVAL_TYPE_GLOBAL as c_int,
        )
    };
    unsafe { qjs::JS_FreeCString(env.ctx, p) };
    unsafe { push_out(env, result, v) }
}

#[no_mangle]
pub unsafe extern "C" fn napi_adjust_external_memory(
    env: Env,
    change_in_bytes: i64,
    adjusted_value: *mut i64,
) -> Status {
    let env = env!(env);
    check!(env, !adjusted_value.is_null());
    let total = EXTERNAL_MEMORY.with(|m| {
        let t = m.get().saturating_add(change_in_bytes).max(0);
        m.set(t);
        t
    });
    unsafe { *adjusted_value = total };
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_get_uv_event_loop(env: Env, result: *mut *mut c_void) -> Status {
    // rode's loop is not libuv: there is no uv_loop_t to hand out.
    let env = env!(env);
    check!(env, !result.is_null());
    env.status(GENERIC_FAILURE)
}

// ---- async contexts and callback scopes ----

/// A non-null token for `napi_async_context`/`napi_callback_scope` (rode tracks no async
/// resources for them; AsyncLocalStorage context follows the loop's own operations).
const TOKEN: *mut c_void = std::ptr::dangling_mut::<c_void>();

#[no_mangle]
pub unsafe extern "C" fn napi_async_init(
    env: Env,
    _async_resource: Value,
    async_resource_name: Value,
    result: *mut *mut c_void,
) -> Status {
    let env = env!(env);
    check!(env, !async_resource_name.is_null());
    out!(env, result, TOKEN);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_async_destroy(env: Env, async_context: *mut c_void) -> Status {
    let env = env!(env);
    check!(env, !async_context.is_null());
    env.ok()
}

/// After a callback made from the loop (not from inside JS): ticks and microtasks, as Node's
/// `InternalCallbackScope` closing.
fn close_callback(env: &E) -> Status {
    if DEPTH.with(|d| d.get()) > 0 {
        return env.ok();
    }
    let Some(p) = std::ptr::NonNull::new(env.ctx) else {
        return env.ok();
    };
    let ctx = unsafe { Ctx::from_raw(p) };
    match rode_core::event_loop::after_callback(&ctx) {
        Ok(()) => env.ok(),
        Err(_) => env.status(PENDING_EXCEPTION),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_make_callback(
    env: Env,
    _async_context: *mut c_void,
    recv: Value,
    func: Value,
    argc: usize,
    argv: *const Value,
    result: *mut Value,
) -> Status {
    let e = env!(env);
    // The receiver goes through ToObject (null and undefined can't).
    if let Some(r) = e.get(recv) {
        if unsafe { qjs::JS_IsNull(r) || qjs::JS_IsUndefined(r) } {
            crate::errors::throw_not_object(e);
            return e.status(OBJECT_EXPECTED);
        }
    }
    let st = unsafe { crate::functions::napi_call_function(env, recv, func, argc, argv, result) };
    if st != OK {
        return st;
    }
    close_callback(e)
}

#[no_mangle]
pub unsafe extern "C" fn napi_open_callback_scope(
    env: Env,
    _resource_object: Value,
    _context: *mut c_void,
    result: *mut *mut c_void,
) -> Status {
    let env = env!(env);
    out!(env, result, TOKEN);
    env.callback_scopes.set(env.callback_scopes.get() + 1);
    env.ok()
}

#[no_mangle]
pub unsafe extern "C" fn napi_close_callback_scope(env: Env, scope: *mut c_void) -> Status {
    let env = env!(env);
    check!(env, !scope.is_null());
    if env.callback_scopes.get() == 0 {
        return env.status(CALLBACK_SCOPE_MISMATCH);
    }
    env.callback_scopes.set(env.callback_scopes.get() - 1);
    close_callback(env)
}
