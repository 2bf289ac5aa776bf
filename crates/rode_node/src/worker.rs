//! `internalBinding('worker')`: worker threads and the message ports that cross threads.
//!
//! A Worker is a thread of its own running a whole rode runtime (QuickJS runtime, context,
//! tokio current-thread loop) through `rode_core::runtime::run_on_this_thread`, exactly like
//! the main JS thread. Threads talk only through messages:
//!
//! - every JS thread has an inbox, an unbounded tokio channel; a task on the thread's loop
//!   receives from it and queues each event as a completion (`event_loop::queue_completion`),
//!   which hands it to the JS dispatcher `internal/messaging` installed;
//! - a message port that can be reached from another thread has a process-wide id; the
//!   router below knows which thread holds each id and the id of its entangled peer, so
//!   `postMessage` on a port sends the payload to the inbox of the thread holding the peer;
//! - a payload is the structured clone of the message (made in JS), written with QuickJS's
//!   object serializer (`JS_WriteObject2`, with object references and SharedArrayBuffers)
//!   and read back on the receiving thread. SharedArrayBuffer memory is reference counted
//!   (`rode_core::runtime::sab_dup`/`sab_free`), so both threads see the same bytes.
//!
//! A worker stops when its loop has nothing left to do, on `process.exit()` in it, or when
//! its parent calls `terminate()`: the stop flag is checked by the engine's interrupt handler
//! (so a busy `while (true) {}` ends too) and by the loop.

use rode_core::bind;
use rode_core::event_loop::{self, queue_completion};
use rode_core::runtime::{self, Options, WorkerConfig};
use rquickjs::{qjs, Array, ArrayBuffer, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use tokio::sync::Notify;

/// A JS thread's inbox: events from other threads, and the wake-up of its inbox task.
#[derive(Default)]
struct Inbox {
    queue: Mutex<VecDeque<Event>>,
    notify: Notify,
}

impl Inbox {
    fn send(&self, ev: Event) {
        self.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(ev);
        self.notify.notify_one();
    }

    fn take(&self) -> VecDeque<Event> {
        std::mem::take(&mut *self.queue.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// A serialized message: QuickJS's object serialization of the clone, the
/// SharedArrayBuffers it names (one reference each, held while in flight), and whether the
/// JS side marked values it must restore after reading (errors, ports, views).
pub struct Wire {
    bytes: Vec<u8>,
    /// Large ArrayBuffers sent beside the serialized value (moved out of the clone).
    buffers: Vec<RawBuf>,
    _sabs: Vec<SabRef>,
    special: bool,
}

/// ArrayBuffer memory in flight between threads: a `malloc` block.
struct RawBuf {
    ptr: *mut u8,
    len: usize,
}
// The block is owned by whoever holds the RawBuf.
unsafe impl Send for RawBuf {}
impl Drop for RawBuf {
    fn drop(&mut self) {
        if !self.ptr.is_null() {
            unsafe { libc::free(self.ptr.cast()) }
        }
    }
}

thread_local! {
    /// Data pointers of the ArrayBuffers this thread made from received `RawBuf`s: sending
    /// one on moves its block instead of copying it.
    static MOVABLE: RefCell<std::collections::HashSet<usize>> = RefCell::default();
    /// The block being moved out of its ArrayBuffer: the engine's free must not free it.
    static STOLEN: Cell<usize> = const { Cell::new(0) };
}

unsafe extern "C" fn raw_buf_realloc(
    _rt: *mut qjs::JSRuntime,
    _opaque: *mut std::ffi::c_void,
    ptr: *mut std::ffi::c_void,
    size: qjs::size_t,
) -> *mut std::ffi::c_void {
    let key = ptr as usize;
    MOVABLE.with(|m| m.borrow_mut().remove(&key));
    if size == 0 {
        if STOLEN.with(|s| s.get()) != key {
            libc::free(ptr);
        }
        return std::ptr::null_mut();
    }
    let new = libc::realloc(ptr, size as usize);
    if !new.is_null() {
        MOVABLE.with(|m| m.borrow_mut().insert(new as usize));
    }
    new
}

/// An ArrayBuffer over a received block, without copying it.
fn buffer_from_raw<'js>(ctx: &Ctx<'js>, mut raw: RawBuf) -> Result<Value<'js>> {
    if raw.ptr.is_null() || raw.len == 0 {
        return Ok(ArrayBuffer::new(ctx.clone(), Vec::<u8>::new())?.into_value());
    }
    unsafe {
        let v = qjs::JS_NewArrayBuffer(
            ctx.as_raw().as_ptr(),
            raw.ptr,
            raw.len as _,
            0,
            Some(raw_buf_realloc),
            std::ptr::null_mut(),
            false,
        );
        if qjs::JS_IsException(v) {
            return Err(rquickjs::Error::Exception);
        }
        MOVABLE.with(|m| m.borrow_mut().insert(raw.ptr as usize));
        raw.ptr = std::ptr::null_mut();
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

/// Takes the bytes of `buf` (a fresh buffer of the clone) and detaches it: the block moves
/// when this thread made it from a received one, otherwise the bytes are copied once.
fn take_buffer<'js>(ctx: &Ctx<'js>, buf: &Value<'js>) -> Result<RawBuf> {
    unsafe {
        let raw = ctx.as_raw().as_ptr();
        let mut size: qjs::size_t = 0;
        let data = qjs::JS_GetArrayBuffer(raw, &mut size, buf.as_raw());
        if data.is_null() {
            let _ = ctx.catch();
            return Ok(RawBuf {
                ptr: std::ptr::null_mut(),
                len: 0,
            });
        }
        let len = size as usize;
        let key = data as usize;
        let ours = MOVABLE.with(|m| m.borrow().contains(&key));
        let out = if ours {
            STOLEN.with(|s| s.set(key));
            RawBuf { ptr: data, len }
        } else {
            let p = libc::malloc(len.max(1)) as *mut u8;
            if p.is_null() {
                return Err(bind::throw_error(ctx, "out of memory"));
            }
            std::ptr::copy_nonoverlapping(data, p, len);
            RawBuf { ptr: p, len }
        };
        qjs::JS_DetachArrayBuffer(raw, buf.as_raw());
        STOLEN.with(|s| s.set(0));
        Ok(out)
    }
}

struct SabRef(*mut u8);
// The pointer is reference-counted memory shared by all threads.
unsafe impl Send for SabRef {}
impl Drop for SabRef {
    fn drop(&mut self) {
        unsafe { runtime::sab_free(self.0) }
    }
}

enum Event {
    Message {
        port: u64,
        wire: Wire,
    },
    Close {
        port: u64,
    },
    Online {
        worker: u64,
    },
    /// kind: 0 an uncaught value (wire), 1 out of memory, 2 an unserializable error.
    Error {
        worker: u64,
        wire: Option<Wire>,
        kind: i32,
    },
    Exit {
        worker: u64,
        code: i32,
    },
    Broadcast {
        name: String,
        wire: Wire,
    },
    Wake,
}

struct PortRoute {
    thread: u64,
    peer: u64,
}

#[derive(Default)]
struct Router {
    threads: HashMap<u64, Arc<Inbox>>,
    ports: HashMap<u64, PortRoute>,
    /// BroadcastChannel name → thread → number of open channels there.
    channels: HashMap<String, HashMap<u64, usize>>,
    workers: HashMap<u64, WorkerConfig>,
}

static ROUTER: LazyLock<Mutex<Router>> = LazyLock::new(Default::default);
static NEXT_PORT: AtomicU64 = AtomicU64::new(1);
static NEXT_THREAD: AtomicU64 = AtomicU64::new(1);

fn router() -> std::sync::MutexGuard<'static, Router> {
    ROUTER.lock().unwrap_or_else(|e| e.into_inner())
}

/// What a worker thread gets from its parent.
struct WorkerInit {
    parent: u64,
    port: u64,
    peer: u64,
    name: String,
    wire: Option<Wire>,
}

thread_local! {
    static THREAD_ID: Cell<u64> = const { Cell::new(0) };
    static INBOX: RefCell<Option<Arc<Inbox>>> = const { RefCell::new(None) };
    static PUMPING: Cell<bool> = const { Cell::new(false) };
    static DISPATCH: RefCell<Option<Persistent<Function<'static>>>> = const { RefCell::new(None) };
    static INIT: RefCell<Option<WorkerInit>> = const { RefCell::new(None) };
    static CONFIG: RefCell<Option<WorkerConfig>> = const { RefCell::new(None) };
    static OOM: Cell<bool> = const { Cell::new(false) };
}

fn my_thread() -> u64 {
    THREAD_ID.with(|t| t.get())
}

fn send_to_thread(thread: u64, ev: Event) -> bool {
    let inbox = router().threads.get(&thread).cloned();
    match inbox {
        Some(inbox) => {
            inbox.send(ev);
            true
        }
        None => false,
    }
}

/// Starts this thread's inbox task (once). The main thread's inbox is made here; a worker's
/// was made by its parent.
fn ensure_inbox() {
    if PUMPING.with(|p| p.replace(true)) {
        return;
    }
    let inbox = INBOX.with(|i| i.borrow().clone());
    let inbox = match inbox {
        Some(i) => i,
        None => {
            let i = Arc::new(Inbox::default());
            router().threads.insert(my_thread(), i.clone());
            INBOX.with(|x| *x.borrow_mut() = Some(i.clone()));
            i
        }
    };
    tokio::task::spawn_local(async move {
        loop {
            inbox.notify.notified().await;
            queue_completion(Box::new(drain_inbox));
        }
    });
}

/// Runs the events waiting in this thread's inbox (from the loop, or synchronously for
/// `receiveMessageOnPort`).
fn drain_inbox(ctx: &Ctx<'_>) -> Result<()> {
    let Some(inbox) = INBOX.with(|i| i.borrow().clone()) else {
        return Ok(());
    };
    let mut events = inbox.take();
    while let Some(ev) = events.pop_front() {
        if let Err(e) = dispatch(ctx, ev) {
            // Put back what was not run yet, for the next drain.
            if !events.is_empty() {
                let mut q = inbox.queue.lock().unwrap_or_else(|e| e.into_inner());
                while let Some(ev) = events.pop_back() {
                    q.push_front(ev);
                }
                inbox.notify.notify_one();
            }
            return Err(e);
        }
    }
    Ok(())
}

fn write_wire<'js>(ctx: &Ctx<'js>, value: &Value<'js>, special: bool) -> Result<Wire> {
    unsafe {
        let raw = ctx.as_raw().as_ptr();
        let mut size: qjs::size_t = 0;
        let mut tab = qjs::JSSABTab {
            tab: std::ptr::null_mut(),
            len: 0,
        };
        let p = qjs::JS_WriteObject2(
            raw,
            &mut size,
            value.as_raw(),
            (qjs::JS_WRITE_OBJ_SAB | qjs::JS_WRITE_OBJ_REFERENCE) as i32,
            &mut tab,
        );
        if p.is_null() {
            if !tab.tab.is_null() {
                qjs::js_free(raw, tab.tab.cast());
            }
            return Err(rquickjs::Error::Exception);
        }
        let bytes = std::slice::from_raw_parts(p, size as usize).to_vec();
        qjs::js_free(raw, p.cast());
        let mut sabs = Vec::with_capacity(tab.len as usize);
        for i in 0..tab.len as usize {
            let ptr = *tab.tab.add(i);
            runtime::sab_dup(ptr);
            sabs.push(SabRef(ptr));
        }
        if !tab.tab.is_null() {
            qjs::js_free(raw, tab.tab.cast());
        }
        Ok(Wire {
            bytes,
            buffers: Vec::new(),
            _sabs: sabs,
            special,
        })
    }
}

fn read_wire<'js>(ctx: &Ctx<'js>, wire: &Wire) -> Result<Value<'js>> {
    unsafe {
        let raw = ctx.as_raw().as_ptr();
        let v = qjs::JS_ReadObject2(
            raw,
            wire.bytes.as_ptr(),
            wire.bytes.len() as _,
            (qjs::JS_READ_OBJ_SAB | qjs::JS_READ_OBJ_REFERENCE) as i32,
            std::ptr::null_mut(),
        );
        if qjs::JS_IsException(v) {
            return Err(rquickjs::Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

/// Runs one inbox event on the JS thread: `dispatcher(kind, id, value, extra)`.
fn dispatch<'js>(ctx: &Ctx<'js>, ev: Event) -> Result<()> {
    if let Event::Message { port, .. } = &ev {
        // The port moved on to another thread after this was sent: pass it on.
        let owner = router().ports.get(port).map(|r| r.thread);
        if let Some(t) = owner {
            if t != my_thread() {
                send_to_thread(t, ev);
                return Ok(());
            }
        }
    }
    let Some(f) = DISPATCH.with(|d| d.borrow().clone()) else {
        return Ok(());
    };
    let f = f.restore(ctx)?;
    let undef = || Value::new_undefined(ctx.clone());
    let num = |n: u64| Value::new_float(ctx.clone(), n as f64);
    match ev {
        Event::Message { port, wire } => {
            let v = read_wire(ctx, &wire)?;
            let buffers = Array::new(ctx.clone())?;
            for (i, b) in wire.buffers.into_iter().enumerate() {
                buffers.set(i, buffer_from_raw(ctx, b)?)?;
            }
            f.call((0, num(port), v, wire.special, buffers))
        }
        Event::Close { port } => f.call((1, num(port), undef(), false)),
        Event::Online { worker } => f.call((2, num(worker), undef(), false)),
        Event::Error { worker, wire, kind } => {
            let (v, special) = match &wire {
                Some(w) => (read_wire(ctx, w)?, w.special),
                None => (undef(), false),
            };
            f.call((3, num(worker), v, kind * 2 + special as i32))
        }
        Event::Exit { worker, code } => f.call((4, num(worker), code, false)),
        Event::Broadcast { name, wire } => {
            let v = read_wire(ctx, &wire)?;
            f.call((5, name, v, wire.special))
        }
        Event::Wake => Ok(()),
    }
}

fn id_of(v: f64) -> u64 {
    if v.is_finite() && v > 0.0 {
        v as u64
    } else {
        0
    }
}

/// Starts a worker thread; returns its thread id.
fn spawn_worker<'js>(ctx: Ctx<'js>, o: Object<'js>) -> Result<f64> {
    ensure_inbox();
    let parent = my_thread();
    let tid = NEXT_THREAD.fetch_add(1, Ordering::Relaxed);
    let port = id_of(o.get("port")?);
    let peer = id_of(o.get("peer")?);
    let name: String = o.get::<_, Option<String>>("name")?.unwrap_or_default();
    let data: Value = o.get("data")?;
    let special: bool = o.get::<_, Option<bool>>("special")?.unwrap_or(false);
    let wire = write_wire(&ctx, &data, special)?;
    let mb = |key: &str| -> Result<usize> {
        let v: Option<f64> = o.get(key)?;
        Ok(match v {
            Some(n) if n.is_finite() && n > 0.0 => (n * 1024.0 * 1024.0) as usize,
            _ => 0,
        })
    };
    let config = WorkerConfig {
        stop: Arc::new(AtomicBool::new(false)),
        exit_code: Arc::new(AtomicI32::new(1)),
        memory_limit: mb("maxOldGenerationSizeMb")?,
        stack_limit: mb("stackSizeMb")?,
    };
    let options = Options {
        argv: o.get("argv")?,
        exec_argv: o.get("execArgv")?,
        argv0: o.get("argv0")?,
        exec_path: o.get("execPath")?,
        mode: o.get("mode")?,
        entry: o.get("entry")?,
        conditions: o.get("conditions")?,
        flags: Vec::new(),
        worker: Some(config.clone()),
        ..Default::default()
    };
    let registry = rode_core::builtins::with(|r| r.clone());
    let inbox = Arc::new(Inbox::default());
    {
        let mut r = router();
        r.threads.insert(tid, inbox.clone());
        r.ports.insert(port, PortRoute { thread: tid, peer });
        r.ports.insert(
            peer,
            PortRoute {
                thread: parent,
                peer: port,
            },
        );
        r.workers.insert(tid, config.clone());
        let moved: Option<Array> = o.get("ports")?;
        if let Some(moved) = moved {
            for id in moved.iter::<f64>() {
                if let Some(p) = r.ports.get_mut(&id_of(id?)) {
                    p.thread = tid;
                }
            }
        }
    }
    let init = WorkerInit {
        parent,
        port,
        peer,
        name,
        wire: Some(wire),
    };
    let spawned = std::thread::Builder::new()
        .name(format!("rode-worker-{tid}"))
        .stack_size(runtime::THREAD_STACK)
        .spawn(move || {
            THREAD_ID.with(|t| t.set(tid));
            INBOX.with(|r| *r.borrow_mut() = Some(inbox));
            INIT.with(|i| *i.borrow_mut() = Some(init));
            CONFIG.with(|c| *c.borrow_mut() = Some(config));
            send_to_thread(parent, Event::Online { worker: tid });
            let code = runtime::run_on_this_thread(registry, options);
            finish_thread(tid, parent, code);
        });
    if let Err(e) = spawned {
        let mut r = router();
        r.threads.remove(&tid);
        r.ports.remove(&port);
        r.ports.remove(&peer);
        r.workers.remove(&tid);
        return Err(bind::throw_uv(&ctx, &e, "uv_thread_create", None, None));
    }
    Ok(tid as f64)
}

/// A worker thread ended: its ports close (their peers get 'close'), then the parent gets
/// 'exit'.
fn finish_thread(tid: u64, parent: u64, code: i32) {
    let mut closes = Vec::new();
    {
        let mut r = router();
        r.threads.remove(&tid);
        r.workers.remove(&tid);
        let mine: Vec<u64> = r
            .ports
            .iter()
            .filter(|(_, route)| route.thread == tid)
            .map(|(id, _)| *id)
            .collect();
        for id in mine {
            if let Some(route) = r.ports.remove(&id) {
                if let Some(peer) = r.ports.get(&route.peer) {
                    closes.push((peer.thread, route.peer));
                }
            }
        }
        for threads in r.channels.values_mut() {
            threads.remove(&tid);
        }
    }
    for (thread, port) in closes {
        send_to_thread(thread, Event::Close { port });
    }
    send_to_thread(parent, Event::Exit { worker: tid, code });
}

fn raise_exit<'js>(ctx: &Ctx<'js>, code: i32) -> rquickjs::Error {
    CONFIG.with(|c| {
        if let Some(c) = c.borrow().as_ref() {
            c.exit_code.store(code, Ordering::Relaxed);
            c.stop.store(true, Ordering::Relaxed);
        }
    });
    // Unwind the JS stack: an uncatchable exception, as the engine's own "interrupted".
    match rquickjs::Exception::from_message(ctx.clone(), "worker is exiting") {
        Ok(e) => {
            let v = e.into_value();
            unsafe { qjs::JS_SetUncatchableError(ctx.as_raw().as_ptr(), v.as_raw()) };
            ctx.throw(v)
        }
        Err(e) => e,
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("threadId", my_thread() as f64)?;
    o.set("isMainThread", my_thread() == 0)?;
    bind::func(ctx, &o, "newPortId", || {
        NEXT_PORT.fetch_add(1, Ordering::Relaxed) as f64
    })?;
    // The port `id` is on this thread; `peer` is the id of its entangled port (0: none yet).
    bind::func(ctx, &o, "registerPort", |id: f64, peer: f64| {
        ensure_inbox();
        router().ports.insert(
            id_of(id),
            PortRoute {
                thread: my_thread(),
                peer: id_of(peer),
            },
        );
    })?;
    bind::func(ctx, &o, "unregisterPort", |id: f64| {
        router().ports.remove(&id_of(id));
    })?;
    // Sends a message to the port `target` (wherever it is); the ports in `moved` travel
    // with it and now belong to the target's thread. Returns false when the target is gone.
    bind::func(
        ctx,
        &o,
        "postMessage",
        |ctx: Ctx<'js>,
         target: f64,
         value: Value<'js>,
         special: bool,
         moved: Array<'js>,
         buffers: Array<'js>|
         -> Result<bool> {
            let mut wire = write_wire(&ctx, &value, special)?;
            // The clone's large buffers: their bytes are copied out once and the (fresh,
            // unshared) buffers detached.
            for b in buffers.iter::<Value>() {
                wire.buffers.push(take_buffer(&ctx, &b?)?);
            }
            let target = id_of(target);
            let mut r = router();
            let Some(thread) = r.ports.get(&target).map(|p| p.thread) else {
                return Ok(false);
            };
            for id in moved.iter::<f64>() {
                let id = id_of(id?);
                if let Some(p) = r.ports.get_mut(&id) {
                    p.thread = thread;
                }
            }
            let Some(inbox) = r.threads.get(&thread).cloned() else {
                return Ok(false);
            };
            drop(r);
            inbox.send(Event::Message { port: target, wire });
            Ok(true)
        },
    )?;
    // Closes the port `id` of this thread: its peer gets 'close'.
    bind::func(ctx, &o, "closePort", |id: f64| {
        let mut r = router();
        let Some(route) = r.ports.remove(&id_of(id)) else {
            return;
        };
        let Some(peer_thread) = r.ports.get(&route.peer).map(|p| p.thread) else {
            return;
        };
        let inbox = r.threads.get(&peer_thread).cloned();
        drop(r);
        if let Some(inbox) = inbox {
            inbox.send(Event::Close { port: route.peer });
        }
    })?;
    bind::func(
        ctx,
        &o,
        "setDispatcher",
        |ctx: Ctx<'js>, f: Function<'js>| {
            DISPATCH.with(|d| *d.borrow_mut() = Some(Persistent::save(&ctx, f)));
            ensure_inbox();
        },
    )?;
    bind::func(ctx, &o, "spawnWorker", spawn_worker)?;
    bind::func(ctx, &o, "terminate", |tid: f64| -> bool {
        let tid = id_of(tid);
        let cfg = router().workers.get(&tid).cloned();
        match cfg {
            Some(c) => {
                c.stop.store(true, Ordering::Relaxed);
                send_to_thread(tid, Event::Wake);
                true
            }
            None => false,
        }
    })?;
    bind::func(
        ctx,
        &o,
        "exitThread",
        |ctx: Ctx<'js>, code: i32| -> Result<()> { Err(raise_exit(&ctx, code)) },
    )?;
    // Sends this worker's uncaught exception to the parent ('error' there). With `kind` 2
    // (nothing could be serialized) the value is ignored. Returns false when the value
    // can't be written.
    bind::func(
        ctx,
        &o,
        "reportError",
        |ctx: Ctx<'js>, value: Value<'js>, special: bool, kind: i32| -> Result<bool> {
            let parent = INIT.with(|i| i.borrow().as_ref().map(|i| i.parent));
            let Some(parent) = parent else {
                return Ok(false);
            };
            let wire = if kind == 2 {
                None
            } else {
                match write_wire(&ctx, &value, special) {
                    Ok(w) => Some(w),
                    Err(_) => {
                        let _ = ctx.catch();
                        return Ok(false);
                    }
                }
            };
            send_to_thread(
                parent,
                Event::Error {
                    worker: my_thread(),
                    wire,
                    kind,
                },
            );
            Ok(true)
        },
    )?;
    // In a worker with a heap limit, an uncaught "out of memory" ends the worker with
    // ERR_WORKER_OUT_OF_MEMORY. Returns false for any other error.
    bind::func(
        ctx,
        &o,
        "checkOutOfMemory",
        |ctx: Ctx<'js>, err: Value<'js>| -> Result<bool> {
            let limited = CONFIG.with(|c| c.borrow().as_ref().is_some_and(|c| c.memory_limit > 0));
            if !limited || OOM.with(|o| o.get()) {
                return Ok(false);
            }
            let is_oom = err
                .as_exception()
                .and_then(|e| e.message())
                .is_some_and(|m| m == "out of memory");
            if !is_oom {
                return Ok(false);
            }
            OOM.with(|o| o.set(true));
            unsafe {
                let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
                qjs::JS_SetMemoryLimit(rt, 0);
            }
            let parent = INIT.with(|i| i.borrow().as_ref().map(|i| i.parent));
            if let Some(parent) = parent {
                send_to_thread(
                    parent,
                    Event::Error {
                        worker: my_thread(),
                        wire: None,
                        kind: 1,
                    },
                );
            }
            Err(raise_exit(&ctx, 1))
        },
    )?;
    // In a worker: { port, peer, name, data, special } (data: what the parent sent).
    bind::func(ctx, &o, "takeInit", |ctx: Ctx<'js>| -> Result<Value<'js>> {
        let init = INIT.with(|i| {
            i.borrow_mut()
                .as_mut()
                .map(|i| (i.port, i.peer, i.name.clone(), i.wire.take()))
        });
        let Some((port, peer, name, wire)) = init else {
            return Ok(Value::new_undefined(ctx.clone()));
        };
        let o = Object::new(ctx.clone())?;
        o.set("port", port as f64)?;
        o.set("peer", peer as f64)?;
        o.set("name", name)?;
        if let Some(w) = wire {
            o.set("data", read_wire(&ctx, &w)?)?;
            o.set("special", w.special)?;
        }
        Ok(o.into_value())
    })?;
    // BroadcastChannel: `delta` open channels of `name` on this thread (+1 / -1).
    bind::func(ctx, &o, "subscribe", |name: String, delta: i32| {
        ensure_inbox();
        let me = my_thread();
        let mut r = router();
        let threads = r.channels.entry(name.clone()).or_default();
        let n = threads.entry(me).or_insert(0);
        *n = (*n as i64 + delta as i64).max(0) as usize;
        if *n == 0 {
            threads.remove(&me);
            if threads.is_empty() {
                r.channels.remove(&name);
            }
        }
    })?;
    // Whether another thread has a BroadcastChannel of this name open.
    bind::func(ctx, &o, "hasSubscribers", |name: String| -> bool {
        let me = my_thread();
        router()
            .channels
            .get(&name)
            .is_some_and(|t| t.keys().any(|k| *k != me))
    })?;
    // Sends a BroadcastChannel message to the other threads with channels of that name.
    bind::func(
        ctx,
        &o,
        "broadcast",
        |ctx: Ctx<'js>, name: String, value: Value<'js>, special: bool| -> Result<()> {
            let me = my_thread();
            let targets: Vec<Arc<Inbox>> = {
                let r = router();
                match r.channels.get(&name) {
                    Some(threads) => threads
                        .keys()
                        .filter(|t| **t != me)
                        .filter_map(|t| r.threads.get(t).cloned())
                        .collect(),
                    None => Vec::new(),
                }
            };
            for inbox in targets {
                let wire = write_wire(&ctx, &value, special)?;
                inbox.send(Event::Broadcast {
                    name: name.clone(),
                    wire,
                });
            }
            Ok(())
        },
    )?;
    // Runs the events already in this thread's inbox now (receiveMessageOnPort).
    bind::func(ctx, &o, "drainInbox", |ctx: Ctx<'js>| drain_inbox(&ctx))?;
    // Whether this worker was asked to stop (Atomics.wait checks it between waits).
    bind::func(ctx, &o, "stopRequested", || {
        CONFIG.with(|c| {
            c.borrow()
                .as_ref()
                .is_some_and(|c| c.stop.load(Ordering::Relaxed))
        })
    })?;
    // Wakes this thread's loop (used after JS changed what keeps it alive).
    bind::func(ctx, &o, "wake", || event_loop::state().wake())?;
    Ok(o)
}
