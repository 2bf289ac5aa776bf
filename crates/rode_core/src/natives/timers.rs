//! `internalBinding('timers')`: the loop's single timer and immediate flags, and loop time.

use crate::bind;
use crate::event_loop::state;
use rquickjs::{qjs, Ctx, Object, Result};

// The two clocks, read per request by HTTP servers and per timer: C-level (bind::raw_func).
crate::raw_fn! {
    fn get_libuv_now(_, _, _, _, _) {
        qjs::JS_NewFloat64(state().update_time())
    }
}

crate::raw_fn! {
    fn hrtime_ms(_, _, _, _, _) {
        qjs::JS_NewFloat64(state().hrnow_ms())
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // Like Node's GetNow: refresh the loop time first, so timers set while the main script
    // runs count from when they were set.
    bind::raw_func(ctx, &o, "getLibuvNow", 0, Some(get_libuv_now))?;
    bind::func(ctx, &o, "scheduleTimer", |ms: f64| {
        state().schedule_timer(ms)
    })?;
    bind::func(ctx, &o, "toggleTimerRef", |r: bool| {
        state().set_timer_ref(r)
    })?;
    bind::func(ctx, &o, "toggleImmediateRef", |r: bool| {
        state().set_immediate_ref(r)
    })?;
    bind::func(ctx, &o, "setImmediatePending", |p: bool| {
        state().set_immediate_pending(p)
    })?;
    bind::raw_func(ctx, &o, "hrtimeMs", 0, Some(hrtime_ms))?;
    // perf_hooks milestones on the hrtimeMs clock: -1 until they happen.
    bind::func(ctx, &o, "loopStartMs", || {
        state().loop_start().unwrap_or(-1.0)
    })?;
    bind::func(ctx, &o, "loopExitMs", || {
        state().loop_exit().unwrap_or(-1.0)
    })?;
    bind::func(ctx, &o, "loopIdleMs", || state().idle_time())?;
    Ok(o)
}
