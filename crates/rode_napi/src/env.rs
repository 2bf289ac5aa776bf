//! `napi_env`: one per loaded addon instance. It owns the handle stack that `napi_value`s
//! index into, the open handle scopes, the last error record, instance data and cleanup
//! hooks.
//!
//! A `napi_value` is `index + 1` into the handle stack, whose slots each hold one reference
//! to an engine value. Values pushed during a native callback live until the callback returns
//! (or the handle scope they were made in closes), as V8's local handles do.

use crate::types::*;
use rquickjs::qjs;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::ffi::{c_void, CString};

struct ScopeRec {
    /// First handle slot owned by the scope.
    start: usize,
    /// Escapable scopes reserve the slot before `start` for the escaped value.
    escapable: bool,
    escaped: bool,
}

pub struct Env {
    pub ctx: *mut qjs::JSContext,
    handles: UnsafeCell<Vec<qjs::JSValue>>,
    scopes: UnsafeCell<Vec<ScopeRec>>,
    last_error: UnsafeCell<ExtendedErrorInfo>,
    pub instance_data: Cell<(*mut c_void, Finalize, *mut c_void)>,
    pub cleanup_hooks: RefCell<Vec<(CleanupHook, *mut c_void)>>,
    /// The addon's `file://` URL (`node_api_get_module_file_name`).
    pub filename: CString,
    /// The Node-API version the module was built for (`NAPI_VERSION`; 8 if it doesn't say).
    pub module_api_version: i32,
    /// The JS thread the env belongs to.
    thread: std::thread::ThreadId,
    /// Callback scopes open (`napi_open_callback_scope`).
    pub callback_scopes: Cell<u32>,
}

impl Env {
    pub fn new(ctx: *mut qjs::JSContext, filename: CString, module_api_version: i32) -> Env {
        Env {
            ctx,
            handles: UnsafeCell::new(Vec::with_capacity(64)),
            scopes: UnsafeCell::new(Vec::new()),
            last_error: UnsafeCell::new(ExtendedErrorInfo {
                error_message: std::ptr::null(),
                engine_reserved: std::ptr::null_mut(),
                engine_error_code: 0,
                error_code: OK,
            }),
            instance_data: Cell::new((std::ptr::null_mut(), None, std::ptr::null_mut())),
            cleanup_hooks: RefCell::new(Vec::new()),
            filename,
            module_api_version,
            thread: std::thread::current().id(),
            callback_scopes: Cell::new(0),
        }
    }

    // The handle stack is only touched through these methods, none of which calls into JS
    // while holding a reference into it, so re-entrant calls (JS calling back into the addon)
    // see a consistent stack.
    #[allow(clippy::mut_from_ref)]
    fn stack(&self) -> &mut Vec<qjs::JSValue> {
        // SAFETY: one thread; no reference outlives the method that takes it (see above).
        unsafe { &mut *self.handles.get() }
    }

    #[allow(clippy::mut_from_ref)]
    fn scope_stack(&self) -> &mut Vec<ScopeRec> {
        // SAFETY: as `stack`.
        unsafe { &mut *self.scopes.get() }
    }

    /// Whether the caller runs on the env's JS thread (a few functions are called from
    /// others: thread-safe functions, and reference counts in practice).
    pub fn on_js_thread(&self) -> bool {
        std::thread::current().id() == self.thread
    }

    /// Records `status` as the last error and returns it.
    pub fn status(&self, status: Status) -> Status {
        // SAFETY: as `stack`.
        let e = unsafe { &mut *self.last_error.get() };
        e.error_code = status;
        e.engine_error_code = 0;
        e.engine_reserved = std::ptr::null_mut();
        status
    }

    pub fn ok(&self) -> Status {
        self.status(OK)
    }

    /// `napi_get_last_error_info`'s record, with its message filled in.
    pub fn last_error(&self) -> *const ExtendedErrorInfo {
        // SAFETY: as `stack`.
        let e = unsafe { &mut *self.last_error.get() };
        let code = e.error_code;
        e.error_message = if code > 0 && (code as usize) < STATUS_MESSAGES.len() {
            STATUS_MESSAGES[code as usize].as_ptr()
        } else {
            std::ptr::null()
        };
        e
    }

    /// Takes ownership of `v` and returns its handle.
    pub fn push(&self, v: qjs::JSValue) -> Value {
        let s = self.stack();
        s.push(v);
        s.len() as Value
    }

    /// Pushes a new reference to `v` (which stays owned by the caller).
    pub fn push_dup(&self, v: qjs::JSValue) -> Value {
        // SAFETY: `v` is a live value of this context.
        self.push(unsafe { qjs::JS_DupValue(self.ctx, v) })
    }

    /// The engine value behind a handle (borrowed from the stack), or `None` for a null or
    /// stale handle.
    pub fn get(&self, v: Value) -> Option<qjs::JSValue> {
        let i = v as usize;
        let s = self.stack();
        if i == 0 || i > s.len() {
            return None;
        }
        Some(s[i - 1])
    }

    /// The current height of the handle stack, to return to with [`Env::truncate`].
    pub fn mark(&self) -> usize {
        self.stack().len()
    }

    /// How many handle scopes are open (to close any a callback left open).
    pub fn scope_depth(&self) -> usize {
        self.scope_stack().len()
    }

    /// Forgets the handle scopes opened after `depth` (their handles go with the callback's).
    pub fn drop_scopes(&self, depth: usize) {
        self.scope_stack().truncate(depth);
    }

    /// Frees every handle above `mark`.
    pub fn truncate(&self, mark: usize) {
        loop {
            let v = {
                let s = self.stack();
                if s.len() <= mark {
                    break;
                }
                s.pop().unwrap_or(qjs::JS_UNDEFINED)
            };
            // SAFETY: the slot owned one reference. Freeing can run finalizers, which only
            // queue work (they don't touch the stack).
            unsafe { qjs::JS_FreeValue(self.ctx, v) };
        }
    }

    pub fn open_scope(&self, escapable: bool) -> HandleScope {
        if escapable {
            self.push(qjs::JS_UNDEFINED);
        }
        let scopes = self.scope_stack();
        scopes.push(ScopeRec {
            start: self.mark(),
            escapable,
            escaped: false,
        });
        scopes.len() as HandleScope
    }

    pub fn close_scope(&self, scope: HandleScope) -> Status {
        let scopes = self.scope_stack();
        let i = scope as usize;
        // Node returns the mismatch without recording it as the last error.
        if i == 0 || i != scopes.len() {
            return HANDLE_SCOPE_MISMATCH;
        }
        let Some(rec) = scopes.pop() else {
            return HANDLE_SCOPE_MISMATCH;
        };
        self.truncate(rec.start);
        self.ok()
    }

    /// Moves `v` into the slot the escapable `scope` reserved in its parent.
    pub fn escape(&self, scope: HandleScope, v: qjs::JSValue) -> Result<Value, Status> {
        let i = scope as usize;
        let scopes = self.scope_stack();
        let Some(rec) = i.checked_sub(1).and_then(|i| scopes.get_mut(i)) else {
            return Err(HANDLE_SCOPE_MISMATCH);
        };
        if !rec.escapable {
            return Err(INVALID_ARG);
        }
        if rec.escaped {
            return Err(ESCAPE_CALLED_TWICE);
        }
        rec.escaped = true;
        let slot = rec.start - 1;
        // SAFETY: `v` is live; the slot held undefined.
        let dup = unsafe { qjs::JS_DupValue(self.ctx, v) };
        self.stack()[slot] = dup;
        Ok((slot + 1) as Value)
    }

    /// Whether an exception is pending in the engine.
    pub fn exception_pending(&self) -> bool {
        // SAFETY: a live context.
        unsafe { qjs::JS_HasException(self.ctx) }
    }

    /// Runs a call from the loop into the module (async work completion, thread-safe function
    /// call, finalizer) in a handle scope of its own. An exception the module leaves pending
    /// is returned as `Err(Exception)`, for the loop to report as uncaught.
    pub fn call_into_module(&self, f: impl FnOnce()) -> rquickjs::Result<()> {
        let mark = self.mark();
        let depth = self.scope_depth();
        f();
        self.drop_scopes(depth);
        self.truncate(mark);
        if self.exception_pending() {
            return Err(rquickjs::Error::Exception);
        }
        Ok(())
    }
}

/// Turns an `napi_env` argument into the `Env`, or returns `napi_invalid_arg`.
macro_rules! env {
    ($e:expr) => {
        // SAFETY: a non-null env is one `napi_module` loading handed out; envs live for the
        // life of the process.
        match unsafe { $e.as_ref() } {
            Some(env) => env,
            None => return $crate::types::INVALID_ARG,
        }
    };
}

/// Returns `napi_invalid_arg` (recorded as the last error) unless `cond` holds.
macro_rules! check {
    ($env:expr, $cond:expr) => {
        if !$cond {
            return $env.status($crate::types::INVALID_ARG);
        }
    };
    ($env:expr, $cond:expr, $status:expr) => {
        if !$cond {
            return $env.status($status);
        }
    };
}

/// The engine value of a `napi_value` argument, or `napi_invalid_arg`.
macro_rules! val {
    ($env:expr, $v:expr) => {
        match $env.get($v) {
            Some(v) => v,
            None => return $env.status($crate::types::INVALID_ARG),
        }
    };
}

/// Refuses to start a call that may run JS while an exception is pending
/// (`napi_pending_exception`), as Node's `NAPI_PREAMBLE`.
macro_rules! preamble {
    ($env:expr) => {
        if $env.exception_pending() {
            return $env.status($crate::types::PENDING_EXCEPTION);
        }
    };
}

/// Writes `value` through the out-pointer `out`, or returns `napi_invalid_arg` if it is null.
macro_rules! out {
    ($env:expr, $out:expr, $value:expr) => {{
        let value = $value;
        if $out.is_null() {
            return $env.status($crate::types::INVALID_ARG);
        }
        // SAFETY: a non-null out-pointer from the addon, valid for a write.
        unsafe { *$out = value };
    }};
}

pub(crate) use {check, env, out, preamble, val};
