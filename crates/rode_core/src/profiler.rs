//! `RODE_PROF=<file>`: a sampling profiler of JS call stacks, for finding where rode's JS
//! time goes (QuickJS has no profiler of its own).
//!
//! QuickJS calls the runtime's interrupt handler every 10,000 or so function calls and
//! backward jumps; each call records the current JS stack (through rode's engine patch
//! `JS_GetStackSample`) as one folded line. The file is rewritten every 1,000 samples and at
//! exit, one `stack count` line per distinct stack, the input flamegraph tools take; the
//! heaviest leaf functions come out of it with `sort -k2 -n`. Off (and free) unless the
//! variable is set.

use rquickjs::{qjs, Runtime};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

extern "C" {
    // Added by rode's QuickJS patch (vendor/rquickjs-sys/RODE-PATCH.md).
    fn JS_GetStackSample(rt: *mut qjs::JSRuntime, buf: *mut std::ffi::c_char, len: usize) -> usize;
}

thread_local! {
    static RT: Cell<*mut qjs::JSRuntime> = const { Cell::new(std::ptr::null_mut()) };
    static SAMPLES: RefCell<HashMap<String, u64>> = RefCell::new(HashMap::new());
    static PATH: RefCell<Option<String>> = const { RefCell::new(None) };
    static COUNT: Cell<u64> = const { Cell::new(0) };
}

/// Starts sampling if `RODE_PROF` is set (`raw` is `rt`'s engine pointer).
pub fn install(rt: &Runtime, raw: *mut qjs::JSRuntime) {
    let Some(path) = std::env::var_os("RODE_PROF") else {
        return;
    };
    RT.with(|r| r.set(raw));
    PATH.with(|p| *p.borrow_mut() = Some(path.to_string_lossy().into_owned()));
    rt.set_interrupt_handler(Some(Box::new(|| {
        sample();
        crate::interrupt::pending()
    })));
}

fn sample() {
    let rt = RT.with(|r| r.get());
    if rt.is_null() {
        return;
    }
    let mut buf = [0u8; 8192];
    let n = unsafe { JS_GetStackSample(rt, buf.as_mut_ptr().cast(), buf.len()) };
    if n == 0 {
        return;
    }
    let line = String::from_utf8_lossy(&buf[..n.min(buf.len())]).into_owned();
    SAMPLES.with(|s| *s.borrow_mut().entry(line).or_insert(0) += 1);
    let c = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    if c.is_multiple_of(1000) {
        write();
    }
}

/// Writes the samples so far to the `RODE_PROF` file.
pub fn write() {
    let Some(path) = PATH.with(|p| p.borrow().clone()) else {
        return;
    };
    let mut out = String::new();
    SAMPLES.with(|s| {
        for (stack, n) in s.borrow().iter() {
            out.push_str(stack);
            out.push(' ');
            out.push_str(&n.to_string());
            out.push('\n');
        }
    });
    let _ = std::fs::write(path, out);
}
