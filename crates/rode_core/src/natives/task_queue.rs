//! `internalBinding('task_queue')`: the nextTick flag, microtask draining and the record of
//! promise rejections (QuickJS's rejection tracker), read by `processPromiseRejections`.

use crate::bind;
use crate::event_loop::{self, state};
use rquickjs::{Array, Ctx, Object, Persistent, Result, Value};
use std::cell::RefCell;

struct Rejection {
    promise: Persistent<Value<'static>>,
    reason: Persistent<Value<'static>>,
    handled: bool,
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
    };
    REJECTIONS.with(|l| l.borrow_mut().push(r));
    state().set_rejection_pending(true);
}

/// Drops recorded rejections (before the runtime is freed).
pub fn clear() {
    REJECTIONS.with(|l| l.borrow_mut().clear());
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(ctx, &o, "setTickScheduled", |t: bool| {
        state().set_tick_scheduled(t)
    })?;
    bind::func(ctx, &o, "hasRejectionToWarn", || {
        state().rejection_pending()
    })?;
    bind::func(ctx, &o, "runMicrotasks", |ctx: Ctx<'js>| {
        event_loop::run_microtasks(&ctx)
    })?;
    // Returns a flat array [promise, reason, handled, …] and clears the record.
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
                i += 3;
            }
            Ok(arr)
        },
    )?;
    Ok(o)
}
