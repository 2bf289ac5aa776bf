//! The async context frame: the value `AsyncLocalStorage` reads (a JS `Map` of storage →
//! store, or `undefined`), carried across async boundaries the way Node's
//! `AsyncContextFrame` is.
//!
//! The frame is the runtime's *job frame*, a small patch to QuickJS-NG
//! (vendor/rquickjs-sys/RODE-PATCH.md): every promise job remembers the frame that was
//! current when it was enqueued and runs inside it, so `then` callbacks and `await`
//! continuations keep their context. Everything else that schedules work does the same by
//! hand: the loop for every native operation ([`crate::event_loop::spawn_op`]), and the JS
//! timers, immediates and `nextTick` through the `async_context` binding. Nothing is
//! captured until the first `AsyncLocalStorage` enables it, so programs that never use one
//! pay nothing.

use rquickjs::{qjs, Ctx, Object, Result, Value};
use std::cell::Cell;

extern "C" {
    // Added by the patch; returns a new reference.
    fn JS_GetJobFrame(rt: *mut qjs::JSRuntime) -> qjs::JSValue;
    // Added by the patch; takes ownership of `frame`.
    fn JS_SetJobFrame(rt: *mut qjs::JSRuntime, frame: qjs::JSValue);
}

thread_local! {
    /// The runtime, once async context is enabled (null before).
    static RT: Cell<*mut qjs::JSRuntime> = const { Cell::new(std::ptr::null_mut()) };
}

/// An owned frame value (`undefined` when there is none).
pub struct Frame(qjs::JSValue);

impl Clone for Frame {
    fn clone(&self) -> Frame {
        let rt = RT.with(|r| r.get());
        if rt.is_null() {
            return Frame(qjs::JS_UNDEFINED);
        }
        Frame(unsafe { qjs::JS_DupValueRT(rt, self.0) })
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        let rt = RT.with(|r| r.get());
        if !rt.is_null() {
            unsafe { qjs::JS_FreeValueRT(rt, self.0) };
        }
    }
}

/// The current frame, to run later work in (free when async context is not in use).
pub fn capture() -> Frame {
    let rt = RT.with(|r| r.get());
    if rt.is_null() {
        return Frame(qjs::JS_UNDEFINED);
    }
    Frame(unsafe { JS_GetJobFrame(rt) })
}

/// Makes `frame` current; returns the frame to restore with [`leave`].
pub fn enter(frame: &Frame) -> Frame {
    let rt = RT.with(|r| r.get());
    if rt.is_null() {
        return Frame(qjs::JS_UNDEFINED);
    }
    unsafe {
        let prev = JS_GetJobFrame(rt);
        JS_SetJobFrame(rt, qjs::JS_DupValueRT(rt, frame.0));
        Frame(prev)
    }
}

/// Restores the frame [`enter`] returned.
pub fn leave(prev: Frame) {
    let rt = RT.with(|r| r.get());
    let v = prev.0;
    std::mem::forget(prev);
    if !rt.is_null() {
        unsafe { JS_SetJobFrame(rt, v) };
    }
}

/// The current frame as a JS value (`undefined` when async context is not in use).
pub fn current<'js>(ctx: &Ctx<'js>) -> Value<'js> {
    let rt = RT.with(|r| r.get());
    if rt.is_null() {
        return Value::new_undefined(ctx.clone());
    }
    unsafe { Value::from_raw(ctx.clone(), JS_GetJobFrame(rt)) }
}

/// Drops the current frame (before the runtime is freed, and after an uncaught exception
/// was handled: Node empties its async context stack then).
pub fn clear() {
    let rt = RT.with(|r| r.get());
    if !rt.is_null() {
        unsafe { JS_SetJobFrame(rt, qjs::JS_UNDEFINED) };
    }
}

/// `internalBinding('async_context')`: `enable()`, `getFrame()`, `setFrame(frame)`.
pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    crate::bind::func(ctx, &o, "enable", |ctx: Ctx<'js>| {
        let rt = unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) };
        RT.with(|r| r.set(rt));
    })?;
    crate::bind::func(ctx, &o, "getFrame", |ctx: Ctx<'js>| -> Value<'js> {
        current(&ctx)
    })?;
    crate::bind::func(ctx, &o, "setFrame", |frame: Value<'js>| {
        let rt = RT.with(|r| r.get());
        if !rt.is_null() {
            unsafe { JS_SetJobFrame(rt, qjs::JS_DupValueRT(rt, frame.as_raw())) };
        }
    })?;
    Ok(o)
}
