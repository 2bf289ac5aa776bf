//! The engine's interrupt check for this thread: a worker being terminated, or a deadline
//! (node:vm's `timeout`) that has passed. QuickJS polls it every few thousand operations and
//! throws an uncatchable error when it answers true.

use std::cell::Cell;
use std::time::Instant;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Sets the deadline after which running JS is interrupted (`None`: no deadline) and returns
/// the previous one, which the caller restores when its run ends.
pub fn set_deadline(at: Option<Instant>) -> Option<Instant> {
    DEADLINE.with(|d| d.replace(at))
}

/// Whether a deadline is set and has passed.
pub fn deadline_passed() -> bool {
    DEADLINE
        .with(|d| d.get())
        .is_some_and(|at| Instant::now() >= at)
}
