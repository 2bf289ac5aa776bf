//! `internalBinding('process')`: the native half of `process` — identity, environment,
//! clocks, resource usage, exit, signals, and synchronous stdio writes.

use rode_core::bind;
use rode_core::event_loop::{self, state};
use rquickjs::{qjs, Ctx, Function, Object, Persistent, Result, TypedArray, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Instant;

static PROCESS_START: OnceLock<Instant> = OnceLock::new();

/// Records the process start time (call first thing in `main`).
pub fn mark_start() {
    let _ = PROCESS_START.set(Instant::now());
}

/// A signal with a handler installed: the task that receives it and the JS callback, if a
/// listener is active.
struct SignalWatch {
    _task: tokio::task::JoinHandle<()>,
    cb: std::rc::Rc<RefCell<Option<Persistent<Function<'static>>>>>,
}

thread_local! {
    static SIGNALS: RefCell<HashMap<i32, SignalWatch>> = RefCell::new(HashMap::new());
}

/// Writes all of `bytes` to `fd`, waiting when the descriptor is non-blocking and full.
/// Returns a negative errno on failure.
pub fn write_all(fd: i32, mut bytes: &[u8]) -> i32 {
    while !bytes.is_empty() {
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n < 0 {
            let err = std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EIO);
            if err == libc::EINTR {
                continue;
            }
            if err == libc::EAGAIN {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLOUT,
                    revents: 0,
                };
                unsafe { libc::poll(&mut pfd, 1, -1) };
                continue;
            }
            return -err;
        }
        bytes = &bytes[n as usize..];
    }
    0
}

fn bytes_of<'js>(v: &Value<'js>) -> Result<Vec<u8>> {
    if let Some(s) = v.as_string() {
        return Ok(s.to_string()?.into_bytes());
    }
    if let Ok(t) = TypedArray::<u8>::from_value(v.clone()) {
        // SAFETY: the bytes are copied out before any JS runs.
        return Ok(unsafe { t.as_bytes() }
            .map(|b| b.to_vec())
            .unwrap_or_default());
    }
    Ok(Vec::new())
}

fn errno() -> i32 {
    -std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("pid", std::process::id())?;
    bind::func(ctx, &o, "ppid", || unsafe { libc::getppid() })?;
    // `gc()` under --expose-gc: a full collection of this thread's heap (QuickJS frees by
    // reference count at once; this collects cycles).
    bind::func(ctx, &o, "gc", |ctx: Ctx<'js>| unsafe {
        qjs::JS_RunGC(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()));
    })?;
    bind::func(ctx, &o, "cwd", |ctx: Ctx<'js>| -> Result<String> {
        std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .map_err(|e| bind::throw_uv(&ctx, &e, "uv_cwd", None, None))
    })?;
    // 0, or a negative errno (JS builds Node's chdir message).
    bind::func(ctx, &o, "chdir", |dir: String| -> i32 {
        match std::env::set_current_dir(&dir) {
            Ok(()) => 0,
            Err(e) => -e.raw_os_error().unwrap_or(libc::EIO),
        }
    })?;
    bind::func(
        ctx,
        &o,
        "umask",
        |mask: rquickjs::function::Opt<u32>| -> u32 {
            unsafe {
                match mask.0 {
                    Some(m) => libc::umask(m as libc::mode_t) as u32,
                    None => {
                        let old = libc::umask(0);
                        libc::umask(old);
                        old as u32
                    }
                }
            }
        },
    )?;
    // [seconds, nanoseconds] of the monotonic clock.
    bind::func(ctx, &o, "hrtime", || -> Vec<f64> {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
        vec![ts.tv_sec as f64, ts.tv_nsec as f64]
    })?;
    bind::func(ctx, &o, "uptime", || {
        PROCESS_START
            .get()
            .map(|s| s.elapsed().as_secs_f64())
            .unwrap_or(0.0)
    })?;
    bind::func(ctx, &o, "rss", rss)?;
    // [rss, heapTotal, heapUsed, external, arrayBuffers]
    bind::func(ctx, &o, "memoryUsage", |ctx: Ctx<'js>| -> Vec<f64> {
        let mut u: qjs::JSMemoryUsage = unsafe { std::mem::zeroed() };
        unsafe { qjs::JS_ComputeMemoryUsage(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), &mut u) };
        vec![
            rss(),
            u.malloc_size as f64,
            u.memory_used_size as f64,
            0.0,
            0.0,
        ]
    })?;
    // [user µs, system µs]
    bind::func(ctx, &o, "cpuUsage", || -> Vec<f64> {
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
        let us = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
        vec![us(ru.ru_utime), us(ru.ru_stime)]
    })?;
    // getrusage(2) for the process (`thread` false) or the calling thread: the 16 fields of
    // process.resourceUsage() in its order (CPU times in µs, maxRSS in KiB).
    bind::func(ctx, &o, "resourceUsage", |thread: bool| -> Vec<f64> {
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        let who = if thread {
            libc::RUSAGE_THREAD
        } else {
            libc::RUSAGE_SELF
        };
        unsafe { libc::getrusage(who, &mut ru) };
        let us = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
        vec![
            us(ru.ru_utime),
            us(ru.ru_stime),
            ru.ru_maxrss as f64,
            ru.ru_ixrss as f64,
            ru.ru_idrss as f64,
            ru.ru_isrss as f64,
            ru.ru_minflt as f64,
            ru.ru_majflt as f64,
            ru.ru_nswap as f64,
            ru.ru_inblock as f64,
            ru.ru_oublock as f64,
            ru.ru_msgsnd as f64,
            ru.ru_msgrcv as f64,
            ru.ru_nsignals as f64,
            ru.ru_nvcsw as f64,
            ru.ru_nivcsw as f64,
        ]
    })?;
    bind::func(ctx, &o, "kill", |pid: i32, sig: i32| -> i32 {
        if unsafe { libc::kill(pid, sig) } == 0 {
            0
        } else {
            errno()
        }
    })?;
    bind::func(ctx, &o, "reallyExit", |code: i32| -> () {
        std::process::exit(code)
    })?;
    bind::func(ctx, &o, "abort", || -> () { std::process::abort() })?;
    bind::func(ctx, &o, "getEnv", |name: String| {
        std::env::var_os(&name).map(|v| v.to_string_lossy().into_owned())
    })?;
    bind::func(ctx, &o, "setEnv", |name: String, value: String| {
        if !name.is_empty() && !name.contains('=') && !name.contains('\0') && !value.contains('\0')
        {
            std::env::set_var(name, value)
        }
    })?;
    bind::func(ctx, &o, "unsetEnv", |name: String| {
        if !name.is_empty() && !name.contains('=') && !name.contains('\0') {
            std::env::remove_var(name)
        }
    })?;
    bind::func(ctx, &o, "envKeys", || -> Vec<String> {
        std::env::vars_os()
            .map(|(k, _)| k.to_string_lossy().into_owned())
            .collect()
    })?;
    bind::func(ctx, &o, "setTitle", |title: String| {
        if let Ok(c) = std::ffi::CString::new(title.chars().take(15).collect::<String>()) {
            unsafe { libc::prctl(libc::PR_SET_NAME, c.as_ptr()) };
        }
    })?;
    bind::func(ctx, &o, "getIds", || -> Vec<u32> {
        unsafe {
            vec![
                libc::getuid(),
                libc::geteuid(),
                libc::getgid(),
                libc::getegid(),
            ]
        }
    })?;
    bind::func(ctx, &o, "getGroups", || -> Vec<u32> {
        let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
        if n <= 0 {
            return Vec::new();
        }
        let mut v = vec![0 as libc::gid_t; n as usize];
        let n = unsafe { libc::getgroups(n, v.as_mut_ptr()) };
        v.truncate(n.max(0) as usize);
        v
    })?;
    // Synchronous write of a string or Uint8Array; 0 or a negative errno.
    bind::func(
        ctx,
        &o,
        "writeSync",
        |fd: i32, data: Value<'js>| -> Result<i32> { Ok(write_all(fd, &bytes_of(&data)?)) },
    )?;
    bind::func(ctx, &o, "isatty", |fd: i32| unsafe {
        libc::isatty(fd) == 1
    })?;
    // "file", "pipe", "tty", "socket" or "unknown" (Node's guessHandleType).
    bind::func(ctx, &o, "guessHandleType", |fd: i32| -> &'static str {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return "invalid";
        }
        if unsafe { libc::isatty(fd) } == 1 {
            return "tty";
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFREG | libc::S_IFCHR => "file",
            libc::S_IFIFO => "pipe",
            libc::S_IFSOCK => "pipe",
            _ => "unknown",
        }
    })?;
    // [columns, rows] of a terminal, or undefined.
    bind::func(ctx, &o, "getWindowSize", |fd: i32| -> Option<Vec<u16>> {
        let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0 {
            Some(vec![ws.ws_col, ws.ws_row])
        } else {
            None
        }
    })?;
    // Starts delivering signal `signo` to `cb` (does not keep the process alive, as in Node).
    // Once a signal has a handler it keeps it; while no JS listener is active, a delivered
    // signal gets its default action (the handler re-raises it with SIG_DFL), so stopping
    // and starting again works at any time.
    bind::func(
        ctx,
        &o,
        "signalStart",
        |ctx: Ctx<'js>, signo: i32, cb: Function<'js>| -> Result<i32> {
            let cb = Persistent::save(&ctx, cb);
            let existing = SIGNALS.with(|s| s.borrow().get(&signo).map(|w| w.cb.clone()));
            if let Some(slot) = existing {
                *slot.borrow_mut() = Some(cb);
                return Ok(0);
            }
            let kind = tokio::signal::unix::SignalKind::from_raw(signo);
            let mut stream = match tokio::signal::unix::signal(kind) {
                Ok(s) => s,
                Err(e) => return Ok(-e.raw_os_error().unwrap_or(libc::EINVAL)),
            };
            let slot = std::rc::Rc::new(RefCell::new(Some(cb)));
            let task_slot = slot.clone();
            let task = tokio::task::spawn_local(async move {
                while stream.recv().await.is_some() {
                    let Some(cb) = task_slot.borrow().clone() else {
                        // No listener: act as if there were no handler.
                        unsafe {
                            libc::signal(signo, libc::SIG_DFL);
                            libc::raise(signo);
                        }
                        continue;
                    };
                    event_loop::queue_completion(Box::new(move |ctx| {
                        let f = cb.restore(ctx)?;
                        f.call::<_, ()>((signo,))
                    }));
                }
            });
            SIGNALS.with(|s| {
                s.borrow_mut().insert(
                    signo,
                    SignalWatch {
                        _task: task,
                        cb: slot,
                    },
                )
            });
            Ok(0)
        },
    )?;
    bind::func(ctx, &o, "signalStop", |signo: i32| {
        SIGNALS.with(|s| {
            if let Some(w) = s.borrow().get(&signo) {
                w.cb.borrow_mut().take();
            }
        });
    })?;
    // Reads fd 0 on a thread; `cb(chunk)` per chunk (Uint8Array), `cb(null)` at end,
    // `cb(-errno)` on error. Keeps the process alive until the end of input.
    bind::func(
        ctx,
        &o,
        "stdinStart",
        |ctx: Ctx<'js>, cb: Function<'js>| -> Result<()> {
            let cb = Persistent::save(&ctx, cb);
            let (tx, mut rx) =
                tokio::sync::mpsc::unbounded_channel::<std::result::Result<Vec<u8>, i32>>();
            std::thread::spawn(move || {
                let mut buf = vec![0u8; 65536];
                loop {
                    let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) };
                    if n < 0 {
                        let e = std::io::Error::last_os_error()
                            .raw_os_error()
                            .unwrap_or(libc::EIO);
                        if e == libc::EINTR {
                            continue;
                        }
                        let _ = tx.send(Err(-e));
                        return;
                    }
                    if n == 0 {
                        let _ = tx.send(Ok(Vec::new()));
                        return;
                    }
                    if tx.send(Ok(buf[..n as usize].to_vec())).is_err() {
                        return;
                    }
                }
            });
            let s = state();
            s.ref_handle();
            tokio::task::spawn_local(async move {
                while let Some(msg) = rx.recv().await {
                    let end = !matches!(&msg, Ok(v) if !v.is_empty());
                    let cb = cb.clone();
                    event_loop::queue_completion(Box::new(move |ctx| {
                        let f = cb.restore(ctx)?;
                        match msg {
                            Ok(v) if !v.is_empty() => {
                                f.call::<_, ()>((TypedArray::<u8>::new(ctx.clone(), v)?,))
                            }
                            Ok(_) => {
                                state().unref_handle();
                                f.call::<_, ()>((Value::new_null(ctx.clone()),))
                            }
                            Err(e) => {
                                state().unref_handle();
                                f.call::<_, ()>((e,))
                            }
                        }
                    }));
                    if end {
                        break;
                    }
                }
            });
            Ok(())
        },
    )?;
    bind::func(ctx, &o, "refHandle", || state().ref_handle())?;
    bind::func(ctx, &o, "unrefHandle", || state().unref_handle())?;
    Ok(o)
}

fn rss() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64
}
