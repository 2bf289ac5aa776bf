//! Node's event loop: timers → pending → poll → check → close, on one JS thread.
//!
//! Native async work runs as tokio futures on the thread's `LocalSet`; a finished future
//! queues a [`Completion`] with [`queue_completion`] (the one way to get back onto the JS
//! thread), and the loop runs it in the poll phase. After every callback into JS the loop
//! drains `process.nextTick` and then the microtask queue, as Node does
//! (see [`after_callback`]).
//!
//! Timers and immediates are kept in JS (`internal/timers`), as in Node: the loop only knows
//! the next timer expiry and whether any immediate is queued, and calls
//! `processTimers(now)` / `processImmediate()` at the right phases.

use rquickjs::{qjs, Context, Ctx, Function, Persistent, Value};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// Work to run on the JS thread in the poll phase.
pub type Completion = Box<dyn for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<()>>;

/// The JS functions the loop calls. Set once by the bootstrap.
pub struct Hooks {
    pub process_timers: Persistent<Function<'static>>,
    pub process_immediate: Persistent<Function<'static>>,
    pub process_ticks: Persistent<Function<'static>>,
    pub trigger_uncaught: Persistent<Function<'static>>,
    pub emit_before_exit: Persistent<Function<'static>>,
}

/// The loop's start and idle time, readable from other threads (a worker's parent reads
/// them for `worker.performance.eventLoopUtilization()`). Milliseconds on the loop's clock,
/// whose zero is `origin`.
pub struct LoopMetrics {
    pub origin: Instant,
    /// f64 bits; negative until the loop runs.
    loop_start: AtomicU64,
    /// f64 bits.
    idle: AtomicU64,
}

impl LoopMetrics {
    pub fn loop_start(&self) -> Option<f64> {
        let t = f64::from_bits(self.loop_start.load(Ordering::Relaxed));
        (t >= 0.0).then_some(t)
    }

    pub fn idle_time(&self) -> f64 {
        f64::from_bits(self.idle.load(Ordering::Relaxed))
    }
}

/// Loop state shared by native bindings on this thread.
pub struct LoopState {
    start: Instant,
    now_ms: Cell<f64>,
    queue: RefCell<VecDeque<Completion>>,
    pending_queue: RefCell<VecDeque<Completion>>,
    close_queue: RefCell<VecDeque<Completion>>,
    notify: Notify,
    pending_ops: Cell<usize>,
    ref_handles: Cell<usize>,
    timer_at: Cell<Option<f64>>,
    timer_ref: Cell<bool>,
    immediate_pending: Cell<bool>,
    immediate_ref: Cell<bool>,
    tick_scheduled: Cell<bool>,
    rejection_pending: Cell<bool>,
    hooks: RefCell<Option<Rc<Hooks>>>,
    /// Milestones for perf_hooks (ms since start, `hrnow_ms` clock): when the loop first
    /// ran and when it ended, and the time spent waiting in poll.
    loop_start: Cell<Option<f64>>,
    loop_exit: Cell<Option<f64>>,
    idle_ms: Cell<f64>,
    metrics: Arc<LoopMetrics>,
    /// Set on a worker thread: once the flag is raised (`worker.terminate()`,
    /// `process.exit()` in the worker) the loop stops running JS and returns.
    stop: OnceCell<Arc<AtomicBool>>,
}

thread_local! {
    static LOOP: Rc<LoopState> = Rc::new(LoopState::new());
}

/// This thread's loop state.
pub fn state() -> Rc<LoopState> {
    LOOP.with(|l| l.clone())
}

/// Queues `c` to run in the poll phase and wakes the loop. Must be called on the JS thread
/// (from a `spawn_local` task or a native function).
pub fn queue_completion(c: Completion) {
    let s = state();
    s.queue.borrow_mut().push_back(c);
    s.notify.notify_one();
}

/// Runs `fut` on the loop; when it finishes, `done` runs on the JS thread with its output.
/// The operation keeps the process alive until `done` has run.
pub fn spawn_op<T, F, D>(fut: F, done: D)
where
    T: 'static,
    F: Future<Output = T> + 'static,
    D: for<'js> FnOnce(&Ctx<'js>, T) -> rquickjs::Result<()> + 'static,
{
    let s = state();
    s.pending_ops.set(s.pending_ops.get() + 1);
    // The callback runs in the async context the operation was started in.
    let frame = crate::async_context::capture();
    tokio::task::spawn_local(async move {
        let out = fut.await;
        queue_completion(Box::new(move |ctx| {
            let s = state();
            s.pending_ops.set(s.pending_ops.get() - 1);
            let prev = crate::async_context::enter(&frame);
            // An exception is reported here, in the callback's context, as Node does.
            let r = match done(ctx, out) {
                Err(rquickjs::Error::Exception) => {
                    let err = ctx.catch();
                    report_uncaught(ctx, err, false)
                }
                r => r,
            };
            crate::async_context::leave(prev);
            r
        }));
    });
}

/// Runs blocking `work` on tokio's blocking pool (file I/O, hashing, compression);
/// `done` runs on the JS thread with its result.
pub fn spawn_blocking_op<T, W, D>(work: W, done: D)
where
    T: Send + 'static,
    W: FnOnce() -> T + Send + 'static,
    D: for<'js> FnOnce(&Ctx<'js>, T) -> rquickjs::Result<()> + 'static,
{
    spawn_op(
        async move {
            match tokio::task::spawn_blocking(work).await {
                Ok(v) => v,
                // Blocking work must not panic; if it did, waiting for it would hang the
                // process (its operation keeps the loop alive), so stop with an internal error.
                Err(e) => {
                    eprintln!("rode: internal error: a blocking operation failed: {e}");
                    std::process::exit(70)
                }
            }
        },
        done,
    );
}

impl LoopState {
    fn new() -> Self {
        let start = Instant::now();
        LoopState {
            start,
            now_ms: Cell::new(0.0),
            queue: RefCell::default(),
            pending_queue: RefCell::default(),
            close_queue: RefCell::default(),
            notify: Notify::new(),
            pending_ops: Cell::new(0),
            ref_handles: Cell::new(0),
            timer_at: Cell::new(None),
            timer_ref: Cell::new(true),
            immediate_pending: Cell::new(false),
            immediate_ref: Cell::new(false),
            tick_scheduled: Cell::new(false),
            rejection_pending: Cell::new(false),
            hooks: RefCell::new(None),
            loop_start: Cell::new(None),
            loop_exit: Cell::new(None),
            idle_ms: Cell::new(0.0),
            metrics: Arc::new(LoopMetrics {
                origin: start,
                loop_start: AtomicU64::new((-1.0f64).to_bits()),
                idle: AtomicU64::new(0.0f64.to_bits()),
            }),
            stop: OnceCell::new(),
        }
    }

    /// Milliseconds since the loop started, as cached at the start of this loop turn
    /// (libuv's `uv_now`).
    pub fn now(&self) -> f64 {
        self.now_ms.get()
    }

    /// Refreshes the cached loop time.
    pub fn update_time(&self) -> f64 {
        let ms = self.start.elapsed().as_millis() as f64;
        self.now_ms.set(ms);
        ms
    }

    /// Milliseconds since start, with sub-millisecond precision (for `performance.now`).
    pub fn hrnow_ms(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }

    /// When the loop first ran (ms, `hrnow_ms` clock), if it has.
    pub fn loop_start(&self) -> Option<f64> {
        self.loop_start.get()
    }

    /// When the loop ended for good, if it has.
    pub fn loop_exit(&self) -> Option<f64> {
        self.loop_exit.get()
    }

    /// Milliseconds spent waiting for I/O or timers in the poll phase.
    pub fn idle_time(&self) -> f64 {
        self.idle_ms.get()
    }

    /// This loop's start and idle time, for other threads.
    pub fn metrics(&self) -> Arc<LoopMetrics> {
        self.metrics.clone()
    }

    /// Records the loop as started now, if it has not started yet: a worker's script runs
    /// as part of its loop in Node, so a worker marks the start before running it.
    pub fn mark_loop_start(&self) {
        if self.loop_start.get().is_none() {
            let t = self.hrnow_ms();
            self.loop_start.set(Some(t));
            self.metrics
                .loop_start
                .store(t.to_bits(), Ordering::Relaxed);
        }
    }

    fn add_idle(&self, ms: f64) {
        let idle = self.idle_ms.get() + ms;
        self.idle_ms.set(idle);
        self.metrics.idle.store(idle.to_bits(), Ordering::Relaxed);
    }

    /// Makes `flag` this thread's stop request (worker threads only).
    pub fn set_stop_flag(&self, flag: Arc<AtomicBool>) {
        let _ = self.stop.set(flag);
    }

    /// Whether this (worker) thread was asked to stop running JS.
    pub fn stopped(&self) -> bool {
        self.stop.get().is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// Wakes the loop if it is waiting in poll.
    pub fn wake(&self) {
        self.notify.notify_one();
    }

    pub fn set_hooks(&self, hooks: Hooks) {
        *self.hooks.borrow_mut() = Some(Rc::new(hooks));
    }

    fn hooks(&self) -> Option<Rc<Hooks>> {
        self.hooks.borrow().clone()
    }

    /// Drops every JS value the loop holds (before the runtime is torn down).
    pub fn clear(&self) {
        self.hooks.borrow_mut().take();
        self.queue.borrow_mut().clear();
        self.pending_queue.borrow_mut().clear();
        self.close_queue.borrow_mut().clear();
    }

    /// Arms the single timer `ms` from the current loop time (called by JS `scheduleTimer`).
    pub fn schedule_timer(&self, ms: f64) {
        self.timer_at.set(Some(self.now() + ms.max(1.0)));
    }

    pub fn set_timer_ref(&self, r: bool) {
        self.timer_ref.set(r);
    }

    pub fn set_immediate_pending(&self, pending: bool) {
        self.immediate_pending.set(pending);
    }

    pub fn set_immediate_ref(&self, r: bool) {
        self.immediate_ref.set(r);
    }

    pub fn set_tick_scheduled(&self, t: bool) {
        self.tick_scheduled.set(t);
    }

    pub fn tick_scheduled(&self) -> bool {
        self.tick_scheduled.get()
    }

    pub fn set_rejection_pending(&self, r: bool) {
        self.rejection_pending.set(r);
    }

    pub fn rejection_pending(&self) -> bool {
        self.rejection_pending.get()
    }

    /// A handle (server, socket, child process, signal reader…) that keeps the process alive.
    pub fn ref_handle(&self) {
        self.ref_handles.set(self.ref_handles.get() + 1);
    }

    pub fn unref_handle(&self) {
        self.ref_handles
            .set(self.ref_handles.get().saturating_sub(1));
    }

    /// Queues a callback for the pending phase of the next turn.
    pub fn queue_pending(&self, c: Completion) {
        self.pending_queue.borrow_mut().push_back(c);
        self.notify.notify_one();
    }

    /// Queues a callback for the close phase.
    pub fn queue_close(&self, c: Completion) {
        self.close_queue.borrow_mut().push_back(c);
        self.notify.notify_one();
    }

    /// Whether anything keeps the process alive (libuv's `uv_loop_alive`).
    pub fn alive(&self) -> bool {
        self.ref_handles.get() > 0
            || self.pending_ops.get() > 0
            || (self.timer_at.get().is_some() && self.timer_ref.get())
            || (self.immediate_pending.get() && self.immediate_ref.get())
            || !self.queue.borrow().is_empty()
            || !self.pending_queue.borrow().is_empty()
            || !self.close_queue.borrow().is_empty()
    }

    fn poll_timeout(&self) -> Option<Duration> {
        if !self.alive()
            || self.immediate_pending.get()
            || !self.pending_queue.borrow().is_empty()
            || !self.close_queue.borrow().is_empty()
            || !self.queue.borrow().is_empty()
        {
            return Some(Duration::ZERO);
        }
        self.timer_at.get().map(|at| {
            let now = self.start.elapsed().as_secs_f64() * 1000.0;
            Duration::from_secs_f64(((at - now).max(0.0)) / 1000.0)
        })
    }
}

/// Runs every ready microtask (promise job). An exception in a job is reported as uncaught
/// and the queue keeps draining, as in Node.
pub fn run_microtasks(ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    unsafe {
        let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        loop {
            if state().stopped() {
                return Ok(());
            }
            let mut job_ctx = std::ptr::null_mut();
            let r = qjs::JS_ExecutePendingJob(rt, &mut job_ctx);
            if r == 0 {
                return Ok(());
            }
            if r < 0 {
                let err = ctx.catch();
                report_uncaught(ctx, err, false)?;
            }
        }
    }
}

/// Hands an exception that nothing caught to JS (`process` 'uncaughtException' or the fatal
/// error printer, which exits). Returns an error only when reporting itself failed.
pub fn report_uncaught<'js>(
    ctx: &Ctx<'js>,
    err: Value<'js>,
    from_promise: bool,
) -> rquickjs::Result<()> {
    // A stopping worker: the exception is the engine's "interrupted" (or the exit request).
    if state().stopped() {
        return Ok(());
    }
    let Some(hooks) = state().hooks() else {
        fatal_without_js(ctx, &err);
    };
    let f = hooks.trigger_uncaught.clone().restore(ctx)?;
    // The handler runs in the async context the exception was thrown in (the dispatchers
    // leave it current on a throw); once it has handled it, the context is emptied, as
    // Node's `_fatalException` clears its async id stack.
    match f.call::<_, ()>((err, from_promise)) {
        Ok(()) => {
            crate::async_context::clear();
            Ok(())
        }
        Err(rquickjs::Error::Exception) => {
            let e2 = ctx.catch();
            if state().stopped() {
                return Ok(());
            }
            fatal_without_js(ctx, &e2)
        }
        Err(e) => Err(e),
    }
}

/// Last resort when JS can't report an error (bootstrap failed, or the reporter threw):
/// print what we can and exit with Node's code for an exception in the fatal handler.
pub fn fatal_without_js(ctx: &Ctx<'_>, err: &Value<'_>) -> ! {
    let _ = ctx;
    let text = if let Some(e) = err.as_exception() {
        format!(
            "{}\n{}",
            e.message().unwrap_or_default(),
            e.stack().unwrap_or_default()
        )
    } else {
        format!("{err:?}")
    };
    eprintln!("rode: fatal error: {text}");
    std::process::exit(7)
}

/// Called after every callback into JS: Node's `InternalCallbackScope::Close` — microtasks if
/// no tick is queued, then `processTicksAndRejections` while ticks or rejections remain. A
/// tick that throws ends it (as a failed scope in Node): once the exception is handled, the
/// ticks after it wait for the next callback's close or the next check phase.
pub fn after_callback(ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    let s = state();
    loop {
        if s.stopped() {
            return Ok(());
        }
        if !s.tick_scheduled() {
            run_microtasks(ctx)?;
        }
        if !s.tick_scheduled() && !s.rejection_pending() {
            return Ok(());
        }
        let Some(hooks) = s.hooks() else {
            return Ok(());
        };
        let f = hooks.process_ticks.clone().restore(ctx)?;
        match f.call::<_, ()>(()) {
            Ok(()) => {}
            Err(rquickjs::Error::Exception) => {
                let err = ctx.catch();
                return report_uncaught(ctx, err, false);
            }
            Err(e) => return Err(e),
        }
    }
}

/// Calls a JS callback from the loop and then runs [`after_callback`]. An exception goes to
/// [`report_uncaught`].
pub fn call_js<'js>(ctx: &Ctx<'js>, r: rquickjs::Result<()>) -> rquickjs::Result<()> {
    match r {
        Ok(()) => {}
        Err(rquickjs::Error::Exception) => {
            let err = ctx.catch();
            report_uncaught(ctx, err, false)?;
        }
        Err(e) => return Err(e),
    }
    after_callback(ctx)
}

fn run_timers(context: &Context, s: &LoopState) -> rquickjs::Result<()> {
    let Some(at) = s.timer_at.get() else {
        return Ok(());
    };
    let now = s.now();
    if at > now {
        return Ok(());
    }
    s.timer_at.set(None);
    let Some(hooks) = s.hooks() else {
        return Ok(());
    };
    context.with(|ctx| {
        let f = hooks.process_timers.clone().restore(&ctx)?;
        // A timer that throws ends `processTimers`; once the exception is handled it is
        // called again for the timers still due (Node's `RunTimers` loop).
        let next = loop {
            match f.call::<_, f64>((now,)) {
                Ok(n) => break n,
                Err(rquickjs::Error::Exception) => {
                    let err = ctx.catch();
                    report_uncaught(&ctx, err, false)?;
                    if s.stopped() {
                        return Ok(());
                    }
                }
                Err(e) => return Err(e),
            }
        };
        if next != 0.0 {
            s.timer_at.set(Some(next.abs()));
            s.timer_ref.set(next > 0.0);
        }
        after_callback(&ctx)
    })
}

fn run_queue(context: &Context, q: &RefCell<VecDeque<Completion>>) -> rquickjs::Result<bool> {
    let batch: Vec<Completion> = q.borrow_mut().drain(..).collect();
    let ran = !batch.is_empty();
    for c in batch {
        if crate::event_loop::state().stopped() {
            break;
        }
        context.with(|ctx| {
            let r = c(&ctx);
            call_js(&ctx, r)
        })?;
    }
    Ok(ran)
}

/// The check phase. It starts with a callback scope of its own (Node's
/// `RunAndClearNativeImmediates`), so ticks left by a tick that threw run here at the
/// latest. An immediate that throws ends `processImmediate`; once the exception is handled,
/// it is called again for the rest of that batch (Node's `CheckImmediate` loop) — not for
/// immediates queued meanwhile, which wait for the next turn.
fn run_immediates(context: &Context, s: &LoopState) -> rquickjs::Result<()> {
    if s.tick_scheduled() || s.rejection_pending() {
        context.with(|ctx| after_callback(&ctx))?;
    }
    if !s.immediate_pending.get() {
        return Ok(());
    }
    let Some(hooks) = s.hooks() else {
        return Ok(());
    };
    context.with(|ctx| {
        let f = hooks.process_immediate.clone().restore(&ctx)?;
        let mut outstanding_only = false;
        loop {
            match f.call::<_, ()>((outstanding_only,)) {
                Ok(()) => break,
                Err(rquickjs::Error::Exception) => {
                    let err = ctx.catch();
                    report_uncaught(&ctx, err, false)?;
                    if s.stopped() {
                        return Ok(());
                    }
                    outstanding_only = true;
                }
                Err(e) => return Err(e),
            }
        }
        after_callback(&ctx)
    })
}

fn emit_before_exit(context: &Context, s: &LoopState) -> rquickjs::Result<()> {
    let Some(hooks) = s.hooks() else {
        return Ok(());
    };
    context.with(|ctx| {
        let f = hooks.emit_before_exit.clone().restore(&ctx)?;
        let r = f.call::<_, ()>(());
        call_js(&ctx, r)
    })
}

/// One libuv `uv_run(UV_RUN_DEFAULT)`: turns until nothing keeps the loop alive.
async fn run_once(context: &Context, s: &LoopState) -> rquickjs::Result<()> {
    s.update_time();
    while s.alive() && !s.stopped() {
        s.update_time();
        run_timers(context, s)?;
        run_queue(context, &s.pending_queue)?;
        match s.poll_timeout() {
            Some(d) if d.is_zero() => {
                // The first yield lets tokio poll its I/O driver, which wakes the tasks of
                // ready sockets; the second lets them run and queue their completions, so
                // I/O that is already ready is handled in this turn's poll phase, before
                // the check phase (libuv polls with a zero timeout here).
                tokio::task::yield_now().await;
                tokio::task::yield_now().await;
            }
            Some(d) => {
                let t0 = s.hrnow_ms();
                tokio::select! {
                    _ = s.notify.notified() => {}
                    _ = tokio::time::sleep(d) => {}
                }
                s.add_idle(s.hrnow_ms() - t0);
            }
            None => {
                let t0 = s.hrnow_ms();
                s.notify.notified().await;
                s.add_idle(s.hrnow_ms() - t0);
            }
        }
        s.update_time();
        run_queue(context, &s.queue)?;
        run_immediates(context, s)?;
        run_queue(context, &s.close_queue)?;
    }
    Ok(())
}

/// Node's `SpinEventLoop`: run, emit `'beforeExit'`, run again while it scheduled more.
pub async fn run(context: &Context) -> rquickjs::Result<()> {
    let s = state();
    s.mark_loop_start();
    loop {
        run_once(context, &s).await?;
        if s.stopped() {
            s.loop_exit.set(Some(s.hrnow_ms()));
            return Ok(());
        }
        emit_before_exit(context, &s)?;
        if !s.alive() {
            s.loop_exit.set(Some(s.hrnow_ms()));
            return Ok(());
        }
    }
}
