//! `internalBinding('task_queue')`: the nextTick flag, microtask draining and the record of
//! promise rejections (QuickJS's rejection tracker), read by `processPromiseRejections`.

use crate::bind;
use crate::event_loop::{self, state};
use rquickjs::{qjs, Array, Ctx, Object, Persistent, Result, Value};
use std::cell::RefCell;

struct Rejection {
    promise: Persistent<Value<'static>>,
    reason: Persistent<Value<'static>>,
    handled: bool,
    /// The async context the promise was rejected in: 'unhandledRejection' runs in it.
    frame: Persistent<Value<'static>>,
}

thread_local! {
    static REJECTIONS: RefCell<Vec<Rejection>> = const { RefCell::new(Vec::new()) };
}

/// QuickJS's host rejection tracker: `handled` is false when a promise is rejected with no
/// handler, true when a handler is attached to an already rejected promise.
pub fn on_rejection<'js>(ctx: Ctx<'js>, promise: Value<'js>, reason: Value<'js>, handled: bool) {
    let r = Rejection {
        promise: Persistent::save(&ctx, promise),
        reason: Persistent::save(&ctx, reason),
        handled,
        frame: Persistent::save(&ctx, crate::async_context::current(&ctx)),
    };
    REJECTIONS.with(|l| l.borrow_mut().push(r));
    state().set_rejection_pending(true);
}

/// Drops recorded rejections (before the runtime is freed).
pub fn clear() {
    REJECTIONS.with(|l| l.borrow_mut().clear());
}

crate::raw_fn! {
    fn set_tick_scheduled(ctx, _, _, argv, _) {
        // SAFETY: one argument at least (the engine pads with undefined).
        let t = unsafe { qjs::JS_ToBool(ctx, *argv) } > 0;
        state().set_tick_scheduled(t);
        qjs::JS_UNDEFINED
    }
}

crate::raw_fn! {
    fn has_rejection_to_warn(_, _, _, _, _) {
        if state().rejection_pending() {
            qjs::JS_TRUE
        } else {
            qjs::JS_FALSE
        }
    }
}

crate::raw_fn! {
    fn run_microtasks(ctx, _, _, _, _) {
        let Some(raw) = std::ptr::NonNull::new(ctx) else {
            return qjs::JS_UNDEFINED;
        };
        // SAFETY: the engine calls this with its live context, on this thread.
        let ctx = unsafe { Ctx::from_raw(raw) };
        match event_loop::run_microtasks(&ctx) {
            Ok(()) => qjs::JS_UNDEFINED,
            Err(_) => qjs::JS_EXCEPTION,
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // Called around every drain of the tick queue: C-level (see bind::raw_func).
    bind::raw_func(ctx, &o, "setTickScheduled", 1, Some(set_tick_scheduled))?;
    bind::raw_func(
        ctx,
        &o,
        "hasRejectionToWarn",
        0,
        Some(has_rejection_to_warn),
    )?;
    bind::raw_func(ctx, &o, "runMicrotasks", 0, Some(run_microtasks))?;
    // Returns a flat array [promise, reason, handled, frame, …] and clears the record.
    bind::func(
        ctx,
        &o,
        "takeRejections",
        |ctx: Ctx<'js>| -> Result<Array<'js>> {
            state().set_rejection_pending(false);
            let list = REJECTIONS.with(|l| std::mem::take(&mut *l.borrow_mut()));
            let arr = Array::new(ctx.clone())?;
            let mut i = 0;
            for r in list {
                arr.set(i, r.promise.restore(&ctx)?)?;
                arr.set(i + 1, r.reason.restore(&ctx)?)?;
                arr.set(i + 2, r.handled)?;
                arr.set(i + 3, r.frame.restore(&ctx)?)?;
                i += 4;
            }
            Ok(arr)
        },
    )?;
    Ok(o)
}
