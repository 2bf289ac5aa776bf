//! `internalBinding('process_wrap')`: child processes for `node:child_process` (Node's
//! `process_wrap` and `spawn_sync` bindings in one).
//!
//! - `spawn(owner, options)` → `[err, id, pid, fd0, fd1, …]`. `err` is 0 or a negative errno;
//!   `id` numbers the process handle (0 when none was made); `fdN` is the parent's end of
//!   the pipe made for stdio slot N, or -1. When the start fails the pipes already made are
//!   still returned (their child ends closed), so `child.stdout` exists as in Node.
//!   `owner.onexit(exitCode, signal)` is called from the loop when the child ends
//!   (`signal` is a number, 0 for none).
//! - `kill(id, signal)` → 0 or a negative errno (`-ESRCH` once the child has been reaped).
//! - `ref(id)` / `unref(id)` / `hasRef(id)` / `close(id)`: a handle keeps the process alive
//!   while its child runs, unless unref'd.
//! - `spawnSync(options)` → `[err, pid, exitCode, signal, output]` (see [`sync`]).
//! - `closeFd(fd)`.
//!
//! `options`: `{ file, args, envPairs, cwd, detached, uid, gid, stdio }` where `stdio[i]`
//! is -1 (ignore), -2 (pipe) or an fd of this process for the child to share; `spawnSync`
//! adds `input` (per slot: a Uint8Array or undefined), `timeout` (ms, 0 = none),
//! `maxBuffer` (bytes, `Infinity` = none) and `killSignal` (a number).
//!
//! The end of a child is seen through a pidfd (`pidfd_open`, readable once the child has
//! ended) polled by tokio, then `waitpid(pid, WNOHANG)`; where pidfds are unavailable a
//! SIGCHLD stream wakes a task that tries `waitpid(WNOHANG)` on every running child.

pub mod spawn;
pub mod sync;

use rode_core::event_loop::{self, queue_completion};
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, Value};
use spawn::{SpawnOptions, StdioSpec};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd};
use std::rc::Rc;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::task::JoinHandle;

struct ProcessHandle {
    owner: RefCell<Option<Persistent<Object<'static>>>>,
    pid: i32,
    /// The child has ended and been reaped.
    exited: Cell<bool>,
    refed: Cell<bool>,
    counted: Cell<bool>,
    watcher: RefCell<Option<JoinHandle<()>>>,
}

impl ProcessHandle {
    /// Counts the handle in the loop while it is ref'd and its child runs.
    fn sync_live(&self) {
        let want = self.refed.get() && !self.exited.get();
        if want != self.counted.get() {
            self.counted.set(want);
            let s = event_loop::state();
            if want {
                s.ref_handle()
            } else {
                s.unref_handle()
            }
        }
    }
}

thread_local! {
    static HANDLES: RefCell<HashMap<u32, Rc<ProcessHandle>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Children watched through SIGCHLD (no pidfd): pid → handle id.
    static SIGCHLD_PIDS: RefCell<HashMap<i32, u32>> = RefCell::new(HashMap::new());
    static SIGCHLD_TASK: RefCell<Option<JoinHandle<()>>> = const { RefCell::new(None) };
}

fn handle(id: u32) -> Option<Rc<ProcessHandle>> {
    HANDLES.with(|h| h.borrow().get(&id).cloned())
}

/// Delivers the end of child `id` to its owner.
fn exited(id: u32, code: i32, signal: i32) {
    queue_completion(Box::new(move |ctx| {
        let Some(h) = handle(id) else { return Ok(()) };
        h.exited.set(true);
        h.watcher.borrow_mut().take();
        h.sync_live();
        let Some(p) = h.owner.borrow().clone() else {
            return Ok(());
        };
        let o = p.restore(ctx)?;
        let f: Function = o.get("onexit")?;
        f.call::<_, ()>((rquickjs::function::This(o), code, signal))
    }));
}

fn watch_pidfd(id: u32, pid: i32, fd: OwnedFd) -> std::io::Result<JoinHandle<()>> {
    // SAFETY: `fd` is owned and moves into the AsyncFd, so it stays open while registered.
    let afd = unsafe { AsyncFd::register_with_interest(fd, Interest::READABLE) }?;
    Ok(tokio::task::spawn_local(async move {
        loop {
            match afd.readable().await {
                Ok(mut g) => {
                    if let Some((code, sig)) = spawn::try_reap(pid) {
                        exited(id, code, sig);
                        return;
                    }
                    g.clear_ready();
                }
                Err(_) => {
                    // Can't poll it any more: fall back to SIGCHLD.
                    watch_sigchld(id, pid);
                    return;
                }
            }
        }
    }))
}

fn reap_sigchld_children() {
    let pids: Vec<(i32, u32)> =
        SIGCHLD_PIDS.with(|p| p.borrow().iter().map(|(a, b)| (*a, *b)).collect());
    for (pid, id) in pids {
        if let Some((code, sig)) = spawn::try_reap(pid) {
            SIGCHLD_PIDS.with(|p| p.borrow_mut().remove(&pid));
            exited(id, code, sig);
        }
    }
}

fn watch_sigchld(id: u32, pid: i32) {
    SIGCHLD_PIDS.with(|p| p.borrow_mut().insert(pid, id));
    let running = SIGCHLD_TASK.with(|t| t.borrow().is_some());
    if !running {
        let task = tokio::task::spawn_local(async move {
            let Ok(mut sig) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::child())
            else {
                // No way to be told: look every 50 ms.
                loop {
                    reap_sigchld_children();
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            };
            loop {
                // A child may have ended before the handler was installed.
                reap_sigchld_children();
                if sig.recv().await.is_none() {
                    return;
                }
            }
        });
        SIGCHLD_TASK.with(|t| *t.borrow_mut() = Some(task));
    } else {
        // It may already have ended.
        queue_completion(Box::new(|_| {
            reap_sigchld_children();
            Ok(())
        }));
    }
}

fn get_opt_i32(o: &Object<'_>, key: &str) -> Result<Option<i32>> {
    let v: Value = o.get(key)?;
    Ok(if v.is_number() {
        v.as_number().map(|n| n as i32)
    } else {
        None
    })
}

fn spawn_options(o: &Object<'_>) -> Result<SpawnOptions> {
    let file: String = o.get("file")?;
    let args: Vec<String> = o.get::<_, Option<Vec<String>>>("args")?.unwrap_or_default();
    let env: Vec<String> = o
        .get::<_, Option<Vec<String>>>("envPairs")?
        .unwrap_or_default();
    let cwd: Option<String> = o.get("cwd")?;
    let detached: Option<bool> = o.get("detached")?;
    let uid = get_opt_i32(o, "uid")?.filter(|u| *u >= 0).map(|u| u as u32);
    let gid = get_opt_i32(o, "gid")?.filter(|u| *u >= 0).map(|u| u as u32);
    let stdio: Vec<i32> = o.get::<_, Option<Vec<i32>>>("stdio")?.unwrap_or_default();
    let stdio = stdio
        .into_iter()
        .map(|s| match s {
            -2 => StdioSpec::Pipe,
            n if n >= 0 => StdioSpec::Fd(n),
            _ => StdioSpec::Ignore,
        })
        .collect();
    Ok(SpawnOptions {
        file,
        args,
        env,
        cwd: cwd.filter(|c| !c.is_empty()),
        detached: detached.unwrap_or(false),
        uid,
        gid,
        stdio,
    })
}

fn fds_out(pipes: Vec<Option<OwnedFd>>) -> Vec<i32> {
    pipes
        .into_iter()
        .map(|p| p.map(|fd| fd.into_raw_fd()).unwrap_or(-1))
        .collect()
}

/// Errors Node reports through `'error'` (the program still gets its stdio streams);
/// others are thrown by `spawn()` itself.
fn is_runtime_error(errno: i32) -> bool {
    matches!(
        errno,
        libc::EACCES | libc::EAGAIN | libc::EMFILE | libc::ENFILE | libc::ENOENT
    )
}

fn do_spawn<'js>(ctx: Ctx<'js>, owner: Object<'js>, o: Object<'js>) -> Result<Vec<i32>> {
    let opts = spawn_options(&o)?;
    match spawn::spawn(&opts) {
        Ok(s) => {
            let id = NEXT_ID.with(|n| {
                let id = n.get();
                n.set(id.wrapping_add(1).max(1));
                id
            });
            let h = Rc::new(ProcessHandle {
                owner: RefCell::new(Some(Persistent::save(&ctx, owner))),
                pid: s.pid,
                exited: Cell::new(false),
                refed: Cell::new(true),
                counted: Cell::new(false),
                watcher: RefCell::new(None),
            });
            HANDLES.with(|m| m.borrow_mut().insert(id, h.clone()));
            h.sync_live();
            let task = spawn::pidfd_open(s.pid).and_then(|fd| watch_pidfd(id, s.pid, fd));
            match task {
                Ok(t) => *h.watcher.borrow_mut() = Some(t),
                Err(_) => watch_sigchld(id, s.pid),
            }
            let mut out = vec![0, id as i32, s.pid];
            out.extend(fds_out(s.pipes));
            Ok(out)
        }
        Err(e) => {
            let mut out = vec![-e.errno, 0, 0];
            if is_runtime_error(e.errno) {
                out.extend(fds_out(e.pipes));
            }
            Ok(out)
        }
    }
}

fn bytes_of(v: &Value<'_>) -> Option<Vec<u8>> {
    let o = v.as_object()?;
    if let Some(ta) = o.as_typed_array::<u8>() {
        return unsafe { ta.as_bytes() }.map(|b| b.to_vec());
    }
    None
}

fn do_spawn_sync<'js>(ctx: Ctx<'js>, o: Object<'js>) -> Result<Array<'js>> {
    let spawn = spawn_options(&o)?;
    let input: Vec<Option<Vec<u8>>> = match o.get::<_, Option<Array>>("input")? {
        Some(a) => a
            .iter::<Value>()
            .map(|v| v.ok().and_then(|v| bytes_of(&v)))
            .collect(),
        None => vec![],
    };
    let timeout: f64 = o.get::<_, Option<f64>>("timeout")?.unwrap_or(0.0);
    let max_buffer: f64 = o
        .get::<_, Option<f64>>("maxBuffer")?
        .unwrap_or(f64::INFINITY);
    let kill_signal = get_opt_i32(&o, "killSignal")?.unwrap_or(libc::SIGTERM);
    let r = sync::run(sync::SyncOptions {
        spawn,
        input,
        // A timeout too large for a Duration is no timeout.
        timeout: (timeout > 0.0)
            .then(|| std::time::Duration::try_from_secs_f64(timeout / 1000.0).ok())
            .flatten(),
        max_buffer: max_buffer.is_finite().then_some(max_buffer),
        kill_signal,
    });
    let out = Array::new(ctx.clone())?;
    out.set(0, r.error.map(|e| -e).unwrap_or(0))?;
    out.set(1, r.pid)?;
    match r.status {
        Some((code, sig)) => {
            out.set(2, code)?;
            out.set(3, sig)?;
        }
        None => {
            out.set(2, Value::new_null(ctx.clone()))?;
            out.set(3, 0)?;
        }
    }
    match r.output {
        Some(list) => {
            let arr = Array::new(ctx.clone())?;
            for (i, v) in list.into_iter().enumerate() {
                match v {
                    Some(bytes) => arr.set(i, rquickjs::ArrayBuffer::new(ctx.clone(), bytes)?)?,
                    None => arr.set(i, Value::new_null(ctx.clone()))?,
                }
            }
            out.set(4, arr)?;
        }
        None => out.set(4, Value::new_null(ctx.clone()))?,
    }
    Ok(out)
}

fn close_handle(id: u32) {
    let Some(h) = HANDLES.with(|m| m.borrow_mut().remove(&id)) else {
        return;
    };
    if let Some(t) = h.watcher.borrow_mut().take() {
        t.abort();
    }
    SIGCHLD_PIDS.with(|p| p.borrow_mut().remove(&h.pid));
    h.owner.borrow_mut().take();
    // A closed handle no longer keeps the process alive, running child or not.
    h.refed.set(false);
    h.sync_live();
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    rode_core::bind::func(ctx, &o, "spawn", do_spawn)?;
    rode_core::bind::func(ctx, &o, "spawnSync", do_spawn_sync)?;
    rode_core::bind::func(ctx, &o, "kill", |id: u32, sig: i32| -> i32 {
        let Some(h) = handle(id) else {
            return -libc::ESRCH;
        };
        if h.exited.get() {
            return -libc::ESRCH;
        }
        if unsafe { libc::kill(h.pid, sig) } == 0 {
            0
        } else {
            -std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EINVAL)
        }
    })?;
    rode_core::bind::func(ctx, &o, "ref", |id: u32| {
        if let Some(h) = handle(id) {
            h.refed.set(true);
            h.sync_live();
        }
    })?;
    rode_core::bind::func(ctx, &o, "unref", |id: u32| {
        if let Some(h) = handle(id) {
            h.refed.set(false);
            h.sync_live();
        }
    })?;
    rode_core::bind::func(ctx, &o, "hasRef", |id: u32| {
        handle(id).is_some_and(|h| h.refed.get() && !h.exited.get())
    })?;
    rode_core::bind::func(ctx, &o, "close", close_handle)?;
    rode_core::bind::func(ctx, &o, "closeFd", |fd: i32| {
        if fd >= 0 {
            drop(unsafe { OwnedFd::from_raw_fd(fd) });
        }
    })?;
    Ok(o)
}
