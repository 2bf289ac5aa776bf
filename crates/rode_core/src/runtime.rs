//! The JS thread: creates the QuickJS runtime and context, boots the built-in JS, runs the
//! main program and then the event loop, and returns the process exit code.

use crate::builtins::{self, Registry};
use crate::event_loop::{self, Hooks};
use crate::modules::esm;
use rquickjs::{qjs, Context, Ctx, Function, Object, Persistent, Runtime, Value};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};
use std::sync::Arc;

/// Native stack of the JS thread. QuickJS's own limit sits well below it so deep recursion
/// raises `RangeError` instead of overflowing the real stack. 16 MiB is the most rquickjs
/// accepts (a larger value silently means "no limit"); it allows about 25,000 frames of
/// simple recursion (Node: about 11,000).
pub const THREAD_STACK: usize = 64 << 20;
const JS_STACK_LIMIT: usize = 16 << 20;

/// What the command line asked for, handed to the JS bootstrap as an object.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `process.argv`: execPath first, then the script (if any) and its arguments.
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub argv0: String,
    pub exec_path: String,
    /// "file", "eval", "print", "stdin", "repl" or "check".
    pub mode: String,
    /// The script path, or the code for eval/print.
    pub entry: String,
    pub requires: Vec<String>,
    pub imports: Vec<String>,
    pub input_type: Option<String>,
    pub conditions: Vec<String>,
    /// Set by `--trace-uncaught`, `--no-deprecation`, … as `name` → value.
    pub flags: Vec<(String, String)>,
    /// Set when this runtime is a `worker_threads` Worker.
    pub worker: Option<WorkerConfig>,
}

/// What a worker thread's runtime needs beyond the command line: the flag its parent raises
/// to stop it (checked by the engine's interrupt handler and the loop), where the exit code
/// of `process.exit()` goes, and its resource limits.
#[derive(Clone, Debug, Default)]
pub struct WorkerConfig {
    pub stop: Arc<AtomicBool>,
    pub exit_code: Arc<AtomicI32>,
    /// Bytes; 0 = no limit.
    pub memory_limit: usize,
    /// Bytes of JS stack; 0 = the main thread's limit.
    pub stack_limit: usize,
}

// SharedArrayBuffer memory, shared by every runtime of the process: a reference count in a
// 16-byte header in front of the data, so a buffer sent to another thread stays alive while
// any runtime (or a message in flight) holds it.
const SAB_HEADER: usize = 16;

unsafe extern "C" fn sab_alloc(_opaque: *mut std::ffi::c_void, size: u64) -> *mut std::ffi::c_void {
    let p = libc::calloc(1, size as usize + SAB_HEADER) as *mut u8;
    if p.is_null() {
        return p.cast();
    }
    (*(p as *const AtomicUsize)).store(1, Ordering::Relaxed);
    p.add(SAB_HEADER).cast()
}

unsafe extern "C" fn sab_free_c(_opaque: *mut std::ffi::c_void, ptr: *mut std::ffi::c_void) {
    sab_free(ptr.cast());
}

unsafe extern "C" fn sab_dup_c(_opaque: *mut std::ffi::c_void, ptr: *mut std::ffi::c_void) {
    sab_dup(ptr.cast());
}

/// Takes one more reference to SharedArrayBuffer memory made by this process's allocator.
///
/// # Safety
/// `ptr` must be the data pointer of a live SharedArrayBuffer of some rode runtime.
pub unsafe fn sab_dup(ptr: *mut u8) {
    let header = ptr.sub(SAB_HEADER) as *const AtomicUsize;
    (*header).fetch_add(1, Ordering::Relaxed);
}

/// Drops one reference taken by the allocator or [`sab_dup`].
///
/// # Safety
/// `ptr` must hold a reference owned by the caller.
pub unsafe fn sab_free(ptr: *mut u8) {
    let base = ptr.sub(SAB_HEADER);
    if (*(base as *const AtomicUsize)).fetch_sub(1, Ordering::AcqRel) == 1 {
        libc::free(base.cast());
    }
}

struct SabFuncs(qjs::JSSharedArrayBufferFunctions);
// The table holds only function pointers.
unsafe impl Sync for SabFuncs {}
static SAB_FUNCS: SabFuncs = SabFuncs(qjs::JSSharedArrayBufferFunctions {
    sab_alloc: Some(sab_alloc),
    sab_free: Some(sab_free_c),
    sab_dup: Some(sab_dup_c),
    sab_opaque: std::ptr::null_mut(),
});

/// Runs a whole program on a new JS thread; returns the exit code.
pub fn run(registry: Registry, options: Options) -> i32 {
    let handle = std::thread::Builder::new()
        .name("rode-js".into())
        .stack_size(THREAD_STACK)
        .spawn(move || run_on_this_thread(registry, options))
        .expect("spawn JS thread");
    handle.join().unwrap_or(70)
}

/// Runs a program on the calling thread (the JS thread); returns the exit code.
pub fn run_on_this_thread(registry: Registry, options: Options) -> i32 {
    run_engine(registry, options).0
}

/// A finished worker's QuickJS context and runtime.
///
/// The worker's thread-local state (the loop's, every binding's) holds JS values of this heap
/// and drops them only when the thread exits, after `run_worker` has returned. So the heap is
/// freed later, by [`WorkerHeap::free`], once that thread has ended.
pub struct WorkerHeap {
    context: Context,
    rt: Runtime,
}

// Moved to another thread only once the thread that ran it has exited: nothing else refers to
// the heap then.
unsafe impl Send for WorkerHeap {}

impl WorkerHeap {
    /// Frees the heap (finalizers included) on the calling thread.
    ///
    /// # Safety
    /// The thread that ran this worker must have exited (joined), so that its thread-local
    /// values of this heap have been dropped; any JS value of the heap dropped afterwards
    /// would be a use after free.
    pub unsafe fn free(self) {
        let WorkerHeap { context, rt } = self;
        let raw = context.with(|ctx| qjs::JS_GetRuntime(ctx.as_raw().as_ptr()));
        // Stack checks in the engine measure from this thread's stack now.
        qjs::JS_UpdateStackTop(raw);
        drop(context);
        drop(rt);
    }
}

/// Runs a worker's program on the calling thread (a new thread): returns its exit code and
/// its heap, to free with [`WorkerHeap::free`] once this thread has ended.
pub fn run_worker(registry: Registry, options: Options) -> (i32, Option<WorkerHeap>) {
    run_engine(registry, options)
}

/// How many threads run blocking work (fs, dns.lookup, zlib and crypto jobs), by libuv's
/// rule for `UV_THREADPOOL_SIZE`: 4 when unset; else the value as C's `atoi` reads it, 0
/// (or no number) meaning 1, a negative one wrapping past the cap of 1024. Tokio's own
/// default (512) let 100 concurrent `writeFile`s run on 100 threads fighting over one
/// directory.
fn threadpool_size() -> usize {
    match std::env::var("UV_THREADPOOL_SIZE") {
        Ok(v) => match c_atoi(&v) {
            0 => 1,
            n => (n as u32).min(1024) as usize,
        },
        Err(_) => 4,
    }
}

/// C's `atoi`: leading whitespace, an optional sign, then digits (0 when there are none).
fn c_atoi(s: &str) -> i32 {
    let s = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut n: i64 = 0;
    for b in digits.bytes().take_while(u8::is_ascii_digit) {
        n = (n * 10 + i64::from(b - b'0')).min(i64::from(u32::MAX));
    }
    (if neg { -n } else { n }) as i32
}

fn run_engine(registry: Registry, options: Options) -> (i32, Option<WorkerHeap>) {
    builtins::install(registry);
    let tokio_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(threadpool_size())
        .build()
        .expect("tokio runtime");
    let local = tokio::task::LocalSet::new();
    let rt = Runtime::new().expect("QuickJS runtime");
    let worker = options.worker.clone();
    let stack_limit = match &worker {
        Some(w) if w.stack_limit > 0 => w.stack_limit.min(JS_STACK_LIMIT),
        _ => JS_STACK_LIMIT,
    };
    rt.set_max_stack_size(stack_limit);
    rt.set_gc_threshold(8 << 20);
    rt.set_host_promise_rejection_tracker(Some(Box::new(crate::natives::task_queue::on_rejection)));
    let context = Context::full(&rt).expect("QuickJS context");
    rt.set_loader(esm::EsmResolver, esm::EsmLoader);
    let raw_rt = context.with(|ctx| unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) });
    unsafe {
        // SharedArrayBuffers can cross threads; Atomics.wait may block (Node allows it on the
        // main thread too).
        qjs::JS_SetSharedArrayBufferFunctions(raw_rt, &SAB_FUNCS.0);
        qjs::JS_SetCanBlock(raw_rt, true);
    }
    if let Some(w) = &worker {
        event_loop::state().set_stop_flag(w.stop.clone());
        rt.set_interrupt_handler(Some(Box::new(crate::interrupt::should_stop)));
        if w.memory_limit > 0 {
            rt.set_memory_limit(w.memory_limit);
        }
    } else if std::env::var_os("RODE_PROF").is_some() {
        crate::profiler::install(&rt, raw_rt);
    } else {
        rt.set_interrupt_handler(Some(Box::new(crate::interrupt::pending)));
    }
    let exit_code = local.block_on(&tokio_rt, async {
        let boot = context.with(|ctx| bootstrap(&ctx, &options));
        let Some(emit_exit) = boot else {
            return match &worker {
                Some(w) if w.stop.load(Ordering::Relaxed) => w.exit_code.load(Ordering::Relaxed),
                _ => 1,
            };
        };
        let r = event_loop::run(&context).await;
        if let Some(w) = &worker {
            if w.stop.load(Ordering::Relaxed) {
                return w.exit_code.load(Ordering::Relaxed);
            }
        }
        if let Err(e) = r {
            eprintln!("rode: internal error in the event loop: {e}");
            return 70;
        }
        context.with(|ctx| {
            let f = match emit_exit.restore(&ctx) {
                Ok(f) => f,
                Err(_) => return 70,
            };
            match f.call::<_, i32>(()) {
                Ok(code) => code,
                Err(_) => {
                    let err = ctx.catch();
                    let _ = event_loop::report_uncaught(&ctx, err, false);
                    1
                }
            }
        })
    });
    if worker.is_some() {
        // The loop's tasks (and the JS values their futures hold) go now; tokio's threads are
        // not waited for. The heap is freed after the thread has ended (see `WorkerHeap`).
        drop(local);
        tokio_rt.shutdown_background();
        return (exit_code, Some(WorkerHeap { context, rt }));
    }
    crate::profiler::write();
    if std::env::var_os("RODE_TEARDOWN").is_some() {
        event_loop::state().clear();
        crate::natives::task_queue::clear();
        crate::async_context::clear();
        drop(context);
        drop(rt);
    } else {
        // Like Node, don't free the heap at exit: the OS does it faster.
        std::mem::forget(context);
        std::mem::forget(rt);
    }
    (exit_code, None)
}

fn options_object<'js>(ctx: &Ctx<'js>, o: &Options) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(ctx.clone())?;
    obj.set("argv", o.argv.clone())?;
    obj.set("execArgv", o.exec_argv.clone())?;
    obj.set("argv0", o.argv0.clone())?;
    obj.set("execPath", o.exec_path.clone())?;
    obj.set("mode", o.mode.clone())?;
    obj.set("entry", o.entry.clone())?;
    obj.set("requires", o.requires.clone())?;
    obj.set("imports", o.imports.clone())?;
    obj.set("inputType", o.input_type.clone())?;
    obj.set("conditions", o.conditions.clone())?;
    obj.set("worker", o.worker.is_some())?;
    let flags = Object::new(ctx.clone())?;
    for (k, v) in &o.flags {
        flags.set(k.as_str(), v.as_str())?;
    }
    obj.set("flags", flags)?;
    Ok(obj)
}

fn internal_binding<'js>(ctx: Ctx<'js>, name: String) -> rquickjs::Result<Object<'js>> {
    builtins::binding(&ctx, &name)
}

/// Boots the realm and `internal/bootstrap/node`, installs the loop hooks and runs the main
/// program. Returns the `emitExit` function, or None when boot failed (already reported).
fn bootstrap(ctx: &Ctx<'_>, options: &Options) -> Option<Persistent<Function<'static>>> {
    let r = (|| -> rquickjs::Result<Persistent<Function<'static>>> {
        let binding = Function::new(ctx.clone(), internal_binding)?.with_name("internalBinding")?;
        let module = Object::new(ctx.clone())?;
        let exports = Object::new(ctx.clone())?;
        module.set("exports", exports.clone())?;
        builtins::call_wrapper(
            ctx,
            "internal/bootstrap/realm",
            (
                exports.into_value(),
                Value::new_undefined(ctx.clone()),
                module.clone(),
                binding,
            ),
        )?;
        let realm: Object = module.get("exports")?;
        let require: Function = realm.get("requireBuiltin")?;
        let node: Object = require.call(("internal/bootstrap/node",))?;
        let start: Function = node.get("start")?;
        let hooks: Object = start.call((options_object(ctx, options)?,))?;
        let get = |name: &str| -> rquickjs::Result<Persistent<Function<'static>>> {
            let f: Function = hooks.get(name)?;
            Ok(Persistent::save(ctx, f))
        };
        event_loop::state().set_hooks(Hooks {
            process_timers: get("processTimers")?,
            process_immediate: get("processImmediate")?,
            process_ticks: get("processTicksAndRejections")?,
            trigger_uncaught: get("triggerUncaughtException")?,
            emit_before_exit: get("emitBeforeExit")?,
        });
        let emit_exit = get("emitExit")?;
        let run_main: Function = hooks.get("runMain")?;
        let r = run_main.call::<_, ()>(());
        event_loop::call_js(ctx, r)?;
        Ok(emit_exit)
    })();
    match r {
        Ok(f) => Some(f),
        Err(rquickjs::Error::Exception) => {
            let err = ctx.catch();
            if event_loop::state().stopped() {
                return None;
            }
            event_loop::fatal_without_js(ctx, &err)
        }
        Err(e) => {
            eprintln!("rode: bootstrap failed: {e}");
            None
        }
    }
}
