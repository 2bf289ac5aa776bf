//! `internalBinding('worker')`: worker threads and the message ports that cross threads.
//!
//! A Worker is a thread of its own running a whole rode runtime (QuickJS runtime, context,
//! tokio current-thread loop) through `rode_core::runtime::run_worker`, exactly like
//! the main JS thread. Threads talk only through messages:
//!
//! - every JS thread has an inbox (a mutex-guarded queue and a `Notify`); a task on the
//!   thread's loop waits on it and queues a completion (`event_loop::queue_completion`) that
//!   hands the events, one callback each, to the JS dispatcher `internal/messaging`
//!   installed; messages a port could not deliver at once, and local ports' messages, are
//!   delivered by further poll-phase completions (`queuePoll`), 'close' events by close-phase
//!   ones (`queueClose`);
//! - a message port that can be reached from another thread has a process-wide id; the
//!   router below knows which thread holds each id and the id of its entangled peer, so
//!   `postMessage` on a port sends the payload to the inbox of the thread holding the peer;
//! - a payload is the structured clone of the message (made in JS; plain data is sent as it
//!   is, see `PlainCheck`), written with QuickJS's object serializer (`JS_WriteObject2`, with
//!   object references and SharedArrayBuffers) and read back on the receiving thread; one
//!   that can't be read becomes 'messageerror'. SharedArrayBuffer memory is reference counted
//!   (`rode_core::runtime::sab_dup`/`sab_free`), so both threads see the same bytes.
//!
//! A worker stops when its loop has nothing left to do, on `process.exit()` in it, or when
//! its parent calls `terminate()`: the stop flag is checked by the engine's interrupt handler
//! (so a busy `while (true) {}` ends too) and by the loop. Its heap is freed by a reaper
//! thread once the worker's thread has exited (see `reap`).

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

    fn pop(&self) -> Option<Event> {
        self.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop_front()
    }

    fn len(&self) -> usize {
        self.queue.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    fn put_back(&self, mut events: VecDeque<Event>) {
        if events.is_empty() {
            return;
        }
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        while let Some(ev) = events.pop_back() {
            q.push_front(ev);
        }
        drop(q);
        self.notify.notify_one();
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

/// ArrayBuffer memory in flight between threads: `len` bytes at `ptr`, which is `offset`
/// bytes into a `malloc` block (0 for blocks rode allocated; the engine's own large blocks
/// start with its header).
struct RawBuf {
    ptr: *mut u8,
    len: usize,
    offset: usize,
}
// The block is owned by whoever holds the RawBuf.
unsafe impl Send for RawBuf {}
impl Drop for RawBuf {
    fn drop(&mut self) {
        if !self.ptr.is_null() {
            unsafe { libc::free(self.ptr.sub(self.offset).cast()) }
        }
    }
}

thread_local! {
    /// Data pointers of the ArrayBuffers this thread made from received `RawBuf`s, with
    /// their offsets into their blocks: sending one on moves its block instead of copying it.
    static MOVABLE: RefCell<HashMap<usize, usize>> = RefCell::default();
    /// The block being moved out of its ArrayBuffer: the engine's free must not free it.
    static STOLEN: Cell<usize> = const { Cell::new(0) };
}

extern "C" {
    // rode's engine patch (vendor/rquickjs-sys/RODE-PATCH.md).
    fn JS_StealArrayBuffer(
        ctx: *mut qjs::JSContext,
        obj: qjs::JSValue,
        len: *mut qjs::size_t,
        block: *mut *mut std::ffi::c_void,
    ) -> *mut u8;
}

/// The realloc function of ArrayBuffers over received blocks; `opaque` is the data's offset
/// into its block (see [`RawBuf`]).
unsafe extern "C" fn raw_buf_realloc(
    _rt: *mut qjs::JSRuntime,
    opaque: *mut std::ffi::c_void,
    ptr: *mut std::ffi::c_void,
    size: qjs::size_t,
) -> *mut std::ffi::c_void {
    let offset = opaque as usize;
    let key = ptr as usize;
    MOVABLE.with(|m| m.borrow_mut().remove(&key));
    let block = ptr.cast::<u8>().sub(offset);
    if size == 0 {
        if STOLEN.with(|s| s.get()) != key {
            libc::free(block.cast());
        }
        return std::ptr::null_mut();
    }
    let new = libc::realloc(block.cast(), size as usize + offset);
    if new.is_null() {
        return new;
    }
    let data = new.cast::<u8>().add(offset);
    MOVABLE.with(|m| m.borrow_mut().insert(data as usize, offset));
    data.cast()
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
            raw.offset as *mut std::ffi::c_void,
            false,
        );
        if qjs::JS_IsException(v) {
            return Err(rquickjs::Error::Exception);
        }
        MOVABLE.with(|m| m.borrow_mut().insert(raw.ptr as usize, raw.offset));
        raw.ptr = std::ptr::null_mut();
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

/// Takes the bytes of `buf` (a fresh buffer of the clone) and detaches it: the block moves
/// when this thread made it from a received one or the engine allocated it as a block of
/// its own; otherwise (small or external bytes) they are copied once.
fn take_buffer<'js>(ctx: &Ctx<'js>, buf: &Value<'js>) -> Result<RawBuf> {
    unsafe {
        let raw = ctx.as_raw().as_ptr();
        let mut size: qjs::size_t = 0;
        let mut block: *mut std::ffi::c_void = std::ptr::null_mut();
        let data = JS_StealArrayBuffer(raw, buf.as_raw(), &mut size, &mut block);
        if !data.is_null() {
            return Ok(RawBuf {
                ptr: data,
                len: size as usize,
                offset: data as usize - block as usize,
            });
        }
        let data = qjs::JS_GetArrayBuffer(raw, &mut size, buf.as_raw());
        if data.is_null() {
            let _ = ctx.catch();
            return Ok(RawBuf {
                ptr: std::ptr::null_mut(),
                len: 0,
                offset: 0,
            });
        }
        let len = size as usize;
        let key = data as usize;
        let moved = MOVABLE.with(|m| m.borrow().get(&key).copied());
        let out = if let Some(offset) = moved {
            STOLEN.with(|s| s.set(key));
            RawBuf {
                ptr: data,
                len,
                offset,
            }
        } else {
            let p = libc::malloc(len.max(1)) as *mut u8;
            if p.is_null() {
                return Err(bind::throw_error(ctx, "out of memory"));
            }
            std::ptr::copy_nonoverlapping(data, p, len);
            RawBuf {
                ptr: p,
                len,
                offset: 0,
            }
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
    /// Each running worker's loop times (for `worker.performance.eventLoopUtilization()`).
    loops: HashMap<u64, Arc<event_loop::LoopMetrics>>,
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
            queue_completion(Box::new(|ctx| drain_inbox(ctx, true)));
        }
    });
}

/// Runs the events waiting in this thread's inbox. From the loop (the poll phase, `in_loop`)
/// each event is a callback of its own, as Node's per message: an uncaught exception is
/// reported, then nextTicks and microtasks run. `receiveMessageOnPort` reads the inbox
/// synchronously; the JS side then only queues what arrived.
fn drain_inbox(ctx: &Ctx<'_>, in_loop: bool) -> Result<()> {
    let Some(inbox) = INBOX.with(|i| i.borrow().clone()) else {
        return Ok(());
    };
    if in_loop {
        // One event at a time, so that a callback reading the inbox synchronously
        // (`receiveMessageOnPort`) finds the events after its own; only the events there now
        // (the others wait for the next turn).
        for _ in 0..inbox.len() {
            if event_loop::state().stopped() {
                return Ok(());
            }
            let Some(ev) = inbox.pop() else {
                break;
            };
            let r = dispatch(ctx, ev);
            event_loop::call_js(ctx, r)?;
        }
        return Ok(());
    }
    let mut events = inbox.take();
    while let Some(ev) = events.pop_front() {
        if let Err(e) = dispatch(ctx, ev) {
            // Put back what was not run yet, for the next drain.
            inbox.put_back(events);
            return Err(e);
        }
    }
    Ok(())
}

/// Runs the poll phase's (`kind` 7) or the close phase's (8) deliveries of the JS side
/// (`internal/messaging` pollStep / closeStep): one callback per message or event, each
/// followed by nextTicks and microtasks, until the JS side says it is done.
fn run_rounds(ctx: &Ctx<'_>, kind: i32) -> Result<()> {
    let Some(f) = DISPATCH.with(|d| d.borrow().clone()) else {
        return Ok(());
    };
    let f = f.restore(ctx)?;
    let mut first = true;
    loop {
        if event_loop::state().stopped() {
            return Ok(());
        }
        let r = f.call::<_, bool>((kind, first));
        first = false;
        match r {
            Ok(more) => {
                event_loop::after_callback(ctx)?;
                if !more {
                    return Ok(());
                }
            }
            Err(rquickjs::Error::Exception) => {
                event_loop::call_js(ctx, Err(rquickjs::Error::Exception))?;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Reads a message's value and its out-of-band buffers.
fn read_message<'js>(ctx: &Ctx<'js>, wire: Wire) -> Result<(Value<'js>, Array<'js>)> {
    let v = read_wire(ctx, &wire)?;
    let buffers = Array::new(ctx.clone())?;
    for (i, b) in wire.buffers.into_iter().enumerate() {
        buffers.set(i, buffer_from_raw(ctx, b)?)?;
    }
    Ok((v, buffers))
}

/// The exception of a message that could not be read, for 'messageerror' (None when the
/// thread is stopping, or for an error that is not a JS exception).
fn read_failure<'js>(ctx: &Ctx<'js>, e: rquickjs::Error) -> Result<Option<Value<'js>>> {
    match e {
        rquickjs::Error::Exception => {
            let err = ctx.catch();
            if event_loop::state().stopped() {
                return Ok(None);
            }
            Ok(Some(err))
        }
        e => Err(e),
    }
}

/// Whether a message is plain data: primitives other than symbols, objects whose prototype
/// is Object.prototype or null with only string-keyed data properties, and dense arrays
/// with no other properties. QuickJS's serializer writes such a value exactly as its
/// structured clone would be, so it can be sent without the JS clone. Anything else
/// (other objects, getters, symbol keys, holes, cycles, more than `budget` items or deeper
/// than 32 levels) takes the clone path. No JS runs: no getter or proxy trap.
/// The object `v`'s prototype as a pointer (null when it has none), read without running JS.
unsafe fn prototype_ptr(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> *mut std::ffi::c_void {
    let proto = qjs::JS_GetPrototype(ctx, v);
    let p = if qjs::JS_VALUE_GET_TAG(proto) == qjs::JS_TAG_OBJECT {
        qjs::JS_VALUE_GET_PTR(proto)
    } else {
        std::ptr::null_mut()
    };
    qjs::JS_FreeValue(ctx, proto);
    p
}

struct PlainCheck {
    ctx: *mut qjs::JSContext,
    object_proto: *mut std::ffi::c_void,
    array_proto: *mut std::ffi::c_void,
    budget: u32,
}

impl PlainCheck {
    unsafe fn new(ctx: *mut qjs::JSContext) -> Self {
        // The intrinsic prototypes (a program may replace the globals).
        let proto_of = |v: qjs::JSValue| {
            let p = prototype_ptr(ctx, v);
            qjs::JS_FreeValue(ctx, v);
            p
        };
        PlainCheck {
            ctx,
            object_proto: proto_of(qjs::JS_NewObject(ctx)),
            array_proto: proto_of(qjs::JS_NewArray(ctx)),
            budget: 20_000,
        }
    }

    unsafe fn value(&mut self, v: qjs::JSValue, depth: u32) -> bool {
        match qjs::JS_VALUE_GET_TAG(v) {
            qjs::JS_TAG_INT
            | qjs::JS_TAG_BOOL
            | qjs::JS_TAG_NULL
            | qjs::JS_TAG_UNDEFINED
            | qjs::JS_TAG_FLOAT64
            | qjs::JS_TAG_STRING
            | qjs::JS_TAG_STRING_ROPE
            | qjs::JS_TAG_BIG_INT
            | qjs::JS_TAG_SHORT_BIG_INT => true,
            qjs::JS_TAG_OBJECT => self.object(v, depth),
            _ => false,
        }
    }

    unsafe fn object(&mut self, v: qjs::JSValue, depth: u32) -> bool {
        if depth > 32 || self.budget == 0 || self.object_proto.is_null() {
            return false;
        }
        self.budget -= 1;
        let ctx = self.ctx;
        // Ordinary objects and arrays only (their prototype has their class); the prototype
        // of those is read without running JS.
        let class = qjs::JS_GetClassID(v);
        let is_array = qjs::JS_IsArray(v);
        let p = prototype_ptr(ctx, v);
        let object_class = {
            let o = qjs::JS_MKPTR(qjs::JS_TAG_OBJECT, self.object_proto);
            qjs::JS_GetClassID(o)
        };
        if is_array {
            if p != self.array_proto {
                return false;
            }
        } else if class != object_class || !(p == self.object_proto || p.is_null()) {
            return false;
        }
        let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
        let mut len: u32 = 0;
        let flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_SYMBOL_MASK) as i32;
        if qjs::JS_GetOwnPropertyNames(ctx, &mut tab, &mut len, v, flags) < 0 {
            qjs::JS_FreeValue(ctx, qjs::JS_GetException(ctx));
            return false;
        }
        let mut ok = true;
        let mut enumerable = 0u32;
        for i in 0..len as usize {
            let e = &*tab.add(i);
            if !e.is_enumerable {
                continue;
            }
            enumerable += 1;
            if self.budget == 0 {
                ok = false;
                break;
            }
            self.budget -= 1;
            let mut desc = qjs::JSPropertyDescriptor {
                flags: 0,
                value: qjs::JS_UNDEFINED,
                getter: qjs::JS_UNDEFINED,
                setter: qjs::JS_UNDEFINED,
            };
            let key = qjs::JS_AtomToValue(ctx, e.atom);
            let symbol_key = qjs::JS_VALUE_GET_TAG(key) == qjs::JS_TAG_SYMBOL;
            qjs::JS_FreeValue(ctx, key);
            let found = !symbol_key && qjs::JS_GetOwnProperty(ctx, &mut desc, v, e.atom) == 1;
            if found {
                ok = desc.flags & qjs::JS_PROP_GETSET as i32 == 0
                    && self.value(desc.value, depth + 1);
                qjs::JS_FreeValue(ctx, desc.value);
                qjs::JS_FreeValue(ctx, desc.getter);
                qjs::JS_FreeValue(ctx, desc.setter);
            } else {
                ok = false;
            }
            if !ok {
                break;
            }
        }
        qjs::JS_FreePropertyEnum(ctx, tab, len);
        if ok && is_array {
            // Dense, nothing but its elements.
            let mut length: i64 = 0;
            ok = qjs::JS_GetLength(ctx, v, &mut length) == 0 && length == enumerable as i64;
        }
        ok
    }
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
            let special = wire.special;
            match read_message(ctx, wire) {
                Ok((v, buffers)) => f.call((0, num(port), v, special, buffers)),
                Err(e) => match read_failure(ctx, e)? {
                    Some(err) => f.call((6, num(port), err, false)),
                    None => Ok(()),
                },
            }
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
        Event::Broadcast { name, wire } => match read_wire(ctx, &wire) {
            Ok(v) => f.call((5, name, v, wire.special)),
            Err(e) => match read_failure(ctx, e)? {
                Some(err) => f.call((9, name, err, false)),
                None => Ok(()),
            },
        },
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
        requires: o.get("requires")?,
        imports: o.get("imports")?,
        input_type: o.get("inputType")?,
        flags: {
            let names: Vec<String> = o.get("flagNames")?;
            let values: Vec<String> = o.get("flagValues")?;
            names.into_iter().zip(values).collect()
        },
        worker: Some(config.clone()),
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
            router().loops.insert(tid, event_loop::state().metrics());
            send_to_thread(parent, Event::Online { worker: tid });
            let (code, heap) = runtime::run_worker(registry, options);
            finish_thread(tid, parent, code);
            heap
        });
    let spawned = spawned.map(reap);
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

type WorkerThread = std::thread::JoinHandle<Option<runtime::WorkerHeap>>;

/// Frees the heaps of ended workers: a thread of its own waits for each worker thread to
/// have exited (its thread-local values of the heap dropped, see `runtime::WorkerHeap`) and
/// then frees its heap.
fn reap(thread: WorkerThread) {
    static REAPER: LazyLock<Mutex<Option<std::sync::mpsc::Sender<WorkerThread>>>> =
        LazyLock::new(|| {
            let (tx, rx) = std::sync::mpsc::channel::<WorkerThread>();
            let started = std::thread::Builder::new()
                .name("rode-reaper".into())
                .stack_size(16 << 20)
                .spawn(move || {
                    for t in rx {
                        if let Ok(Some(heap)) = t.join() {
                            // The thread has exited.
                            unsafe { heap.free() };
                            // Hand the freed pages back to the system: malloc keeps freed
                            // memory that is not at the top of its heap, and a heap freed
                            // while the next worker allocates is rarely at the top.
                            unsafe { libc::malloc_trim(0) };
                        }
                    }
                });
            Mutex::new(started.ok().map(|_| tx))
        });
    let reaper = REAPER.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(tx) = reaper.as_ref() {
        // If the reaper is gone the heap is left to the process.
        let _ = tx.send(thread);
    }
}

/// A worker thread ended: its ports close (their peers get 'close'), then the parent gets
/// 'exit'.
fn finish_thread(tid: u64, parent: u64, code: i32) {
    let mut closes = Vec::new();
    {
        let mut r = router();
        r.threads.remove(&tid);
        r.workers.remove(&tid);
        r.loops.remove(&tid);
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
    // Sends a message of plain data (see PlainCheck) to the port `target` as it is, without
    // the JS clone: 0 sent, 1 the target is gone, 2 not plain data (use postMessage with the
    // clone).
    bind::func(
        ctx,
        &o,
        "postPlain",
        |ctx: Ctx<'js>, target: f64, value: Value<'js>| -> Result<i32> {
            let plain = unsafe {
                let raw = ctx.as_raw().as_ptr();
                PlainCheck::new(raw).value(value.as_raw(), 0)
            };
            if !plain {
                return Ok(2);
            }
            let wire = write_wire(&ctx, &value, false)?;
            let target = id_of(target);
            let inbox = {
                let r = router();
                r.ports
                    .get(&target)
                    .and_then(|p| r.threads.get(&p.thread).cloned())
            };
            match inbox {
                Some(inbox) => {
                    inbox.send(Event::Message { port: target, wire });
                    Ok(0)
                }
                None => Ok(1),
            }
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
    bind::func(ctx, &o, "drainInbox", |ctx: Ctx<'js>| {
        drain_inbox(&ctx, false)
    })?;
    // The JS side has messages to deliver in the next poll phase / 'close' events for the
    // close phase (see run_rounds).
    bind::func(ctx, &o, "queuePoll", || {
        queue_completion(Box::new(|ctx| run_rounds(ctx, 7)));
    })?;
    bind::func(ctx, &o, "queueClose", || {
        event_loop::state().queue_close(Box::new(|ctx| run_rounds(ctx, 8)));
    })?;
    // Whether this worker was asked to stop (Atomics.wait checks it between waits).
    bind::func(ctx, &o, "stopRequested", || {
        CONFIG.with(|c| {
            c.borrow()
                .as_ref()
                .is_some_and(|c| c.stop.load(Ordering::Relaxed))
        })
    })?;
    // A running worker's loop: [ms since its loop started (-1: not yet), ms it spent idle],
    // or undefined once it has ended.
    bind::func(ctx, &o, "loopTimes", |tid: f64| -> Option<Vec<f64>> {
        let m = router().loops.get(&id_of(tid)).cloned()?;
        let idle = m.idle_time();
        let age = match m.loop_start() {
            Some(t) => {
                let started = m.origin + std::time::Duration::from_secs_f64(t / 1000.0);
                std::time::Instant::now()
                    .saturating_duration_since(started)
                    .as_secs_f64()
                    * 1000.0
            }
            None => -1.0,
        };
        Some(vec![age, idle])
    })?;
    // A worker's script runs as part of its loop (as in Node): the loop counts as started.
    bind::func(ctx, &o, "markLoopStart", || {
        event_loop::state().mark_loop_start()
    })?;
    // Wakes this thread's loop (used after JS changed what keeps it alive).
    bind::func(ctx, &o, "wake", || event_loop::state().wake())?;
    Ok(o)
}
