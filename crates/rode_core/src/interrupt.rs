//! The engine's interrupt check for this thread: a worker being terminated, a deadline
//! (node:vm's `timeout`) that has passed, or a SIGINT while a node:vm run with
//! `breakOnSigint` is armed. QuickJS polls it every few thousand operations and throws an
//! uncatchable error when it answers true; long native runs (WebAssembly) poll
//! [`should_stop`] and end the same way with [`throw_interrupted`].

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
    static SIGINT_ARMED: Cell<u32> = const { Cell::new(0) };
}

/// Set by the SIGINT handler a [`SigintGuard`] installs.
static SIGINT_SEEN: AtomicBool = AtomicBool::new(false);

/// Sets the deadline after which running JS is interrupted (`None`: no deadline) and returns
/// the previous one, which the caller restores when its run ends.
pub fn set_deadline(at: Option<Instant>) -> Option<Instant> {
    DEADLINE.with(|d| d.replace(at))
}

/// Whether a deadline is set and has passed.
fn deadline_passed() -> bool {
    DEADLINE
        .with(|d| d.get())
        .is_some_and(|at| Instant::now() >= at)
}

/// Whether running JS should stop now: a passed deadline or an armed SIGINT.
pub fn pending() -> bool {
    deadline_passed() || (SIGINT_ARMED.with(|a| a.get()) > 0 && SIGINT_SEEN.load(Ordering::Relaxed))
}

/// Whether running code should stop now: [`pending`] or a terminated worker (the loop's
/// stop flag, raised by `worker.terminate()` or the worker's `process.exit()`).
pub fn should_stop() -> bool {
    pending() || crate::event_loop::state().stopped()
}

/// Throws the engine's own uncatchable `InternalError: interrupted`, as its interrupt
/// handler does, for native code that noticed [`should_stop`].
pub fn throw_interrupted(ctx: &rquickjs::Ctx<'_>) -> rquickjs::Error {
    let ctx = ctx.as_raw().as_ptr();
    // SAFETY: a live context; the exception is taken, marked uncatchable and thrown again.
    unsafe {
        rquickjs::qjs::JS_ThrowInternalError(ctx, c"interrupted".as_ptr());
        let e = rquickjs::qjs::JS_GetException(ctx);
        rquickjs::qjs::JS_SetUncatchableError(ctx, e);
        rquickjs::qjs::JS_Throw(ctx, e);
    }
    rquickjs::Error::Exception
}

extern "C" fn on_sigint(_: libc::c_int) {
    SIGINT_SEEN.store(true, Ordering::Relaxed);
}

/// While alive, SIGINT stops running JS instead of reaching its usual handler (Node's
/// `breakOnSigint`: "existing handlers are disabled during script execution"). Dropping it
/// puts the previous handler back.
pub struct SigintGuard {
    previous: libc::sigaction,
}

impl SigintGuard {
    pub fn arm() -> SigintGuard {
        // SAFETY: plain sigaction calls with zeroed structs; the handler only stores to an
        // atomic, which is async-signal-safe.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_sigint as *const () as usize;
            libc::sigemptyset(&mut action.sa_mask);
            if SIGINT_ARMED.with(|a| a.get()) == 0 {
                SIGINT_SEEN.store(false, Ordering::Relaxed);
            }
            let mut previous: libc::sigaction = std::mem::zeroed();
            libc::sigaction(libc::SIGINT, &action, &mut previous);
            SIGINT_ARMED.with(|a| a.set(a.get() + 1));
            SigintGuard { previous }
        }
    }

    /// Whether a SIGINT arrived since the flag was last taken; clears it.
    pub fn take() -> bool {
        SIGINT_SEEN.swap(false, Ordering::Relaxed)
    }
}

impl Drop for SigintGuard {
    fn drop(&mut self) {
        // SAFETY: restores the action saved by `arm`.
        unsafe { libc::sigaction(libc::SIGINT, &self.previous, std::ptr::null_mut()) };
        SIGINT_ARMED.with(|a| a.set(a.get() - 1));
    }
}
