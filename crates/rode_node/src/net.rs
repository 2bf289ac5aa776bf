//! `internalBinding('net')`: stream handles (TCP, Unix-domain sockets, pipe fds) and
//! listening servers for `node:net`, and through it `http`, `child_process` stdio and more.
//!
//! Handles are numbered; the JS object that owns a handle (its `owner`) receives the
//! handle's events as method calls, always from the loop (never inside a tokio future):
//!
//! | call | when |
//! |---|---|
//! | `owner.onread(nread, arrayBuffer[, fds])` | data (`nread > 0`), end of stream (`UV_EOF`), or a read error (`-errno`); on an IPC stream (`setIpc`), the fds passed with the bytes |
//! | `owner.onwrite(status, count)` | `count` queued writes finished (in order), or failed with `status < 0` |
//! | `owner.onconnect(status)` | a `connect*` finished |
//! | `owner.onshutdown(status)` | `shutdown` finished (queued writes flushed first) |
//! | `owner.onconnection(status, id)` | a server accepted handle `id` (adopt it with `adopt`) |
//! | `owner.onclose()` | in the close phase after `close` |
//!
//! `write*` return `0` when everything was written at once (Node's synchronous write, no
//! `onwrite` follows), `1` when the write was queued, or `-errno`. A handle keeps the
//! process alive while it is ref'd and active (reading, writing, connecting, listening), as
//! libuv's handles do.

mod conn;
mod ipc;

use conn::{Addr, Conn, ListenOptions, Listener};
use rode_core::async_context::{self, Frame};
use rode_core::event_loop::{self, queue_completion};
use rquickjs::function::IntoArgs;
use rquickjs::{ArrayBuffer, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::io::{self, IoSlice};
use std::net::{IpAddr, SocketAddr};
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd};
use std::rc::Rc;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// libuv's UV_EOF.
const UV_EOF: i32 = -4095;
const READ_SIZE: usize = 64 * 1024;

/// A read at least this long hands its buffer to JS as it is instead of copying it out.
const KEEP_READ: usize = 16 * 1024;

thread_local! {
    /// The buffer every socket of this thread reads into: one per thread instead of one per
    /// connection, so ten thousand idle connections don't each hold 64 KiB. A short read is
    /// copied out at once (no await in between); a long one takes the buffer itself, and the
    /// next read allocates a fresh one.
    static READ_BUF: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(READ_SIZE));
}

/// One non-blocking read from `conn` (with the fds passed alongside on an IPC channel):
/// the bytes as an owned buffer, `None` at end of stream.
fn read_once(conn: &Conn, ipc: bool) -> io::Result<(usize, Option<Vec<u8>>, Vec<OwnedFd>)> {
    READ_BUF.with(|b| {
        let mut buf = b.borrow_mut();
        if ipc {
            // recvmsg(2) goes through a plain slice: keep the buffer filled (zeroed once).
            buf.resize(READ_SIZE, 0);
            let (n, fds) = conn.try_read_with_fds(&mut buf)?;
            return Ok((n, (n > 0).then(|| buf[..n].to_vec()), fds));
        }
        buf.clear();
        buf.reserve_exact(READ_SIZE);
        let n = conn.try_read_into(&mut buf)?;
        let data = match n {
            0 => None,
            n if n >= KEEP_READ => {
                let mut owned = std::mem::take(&mut *buf);
                owned.shrink_to_fit();
                Some(owned)
            }
            n => Some(buf[..n].to_vec()),
        };
        Ok((n, data, Vec::new()))
    })
}

type Owner = RefCell<Option<Persistent<Object<'static>>>>;

/// Ref-counting of one handle in the loop: counted while ref'd and active.
#[derive(Default)]
struct Liveness {
    refed: Cell<bool>,
    counted: Cell<bool>,
}

impl Liveness {
    fn new() -> Self {
        Liveness {
            refed: Cell::new(true),
            counted: Cell::new(false),
        }
    }
    fn sync(&self, active: bool) {
        let want = active && self.refed.get();
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

struct Stream {
    owner: Owner,
    /// The async context the handle was made in: its callbacks run in it, as in Node.
    frame: RefCell<Frame>,
    conn: RefCell<Option<Rc<Conn>>>,
    reading: Cell<bool>,
    /// An IPC channel: reads take passed fds (SCM_RIGHTS) and hand them to `onread`.
    ipc: Cell<bool>,
    read_wake: Rc<Notify>,
    /// Signalled when JS has taken the last chunk, so the reader reads one chunk at a time.
    delivered: Rc<Notify>,
    reader: RefCell<Option<JoinHandle<()>>>,
    connecting: RefCell<Option<JoinHandle<()>>>,
    /// Bytes not yet written, one entry per write request, and the offset into the first.
    queue: RefCell<VecDeque<Vec<u8>>>,
    offset: Cell<usize>,
    writer: RefCell<Option<JoinHandle<()>>>,
    shutdown_pending: Cell<bool>,
    live: Liveness,
    bytes_read: Cell<f64>,
    bytes_written: Cell<f64>,
    /// Loop time (ms) of the last read, write or connect: a socket's idle timeout is checked
    /// against it when its JS timer expires, instead of being restarted by JS on every read
    /// and write (`lastActivity`).
    last_active: Cell<f64>,
}

struct Server {
    owner: Owner,
    frame: RefCell<Frame>,
    listener: RefCell<Option<Rc<Listener>>>,
    task: RefCell<Option<JoinHandle<()>>>,
    live: Liveness,
}

enum Handle {
    Stream(Rc<Stream>),
    Server(Rc<Server>),
}

thread_local! {
    static HANDLES: RefCell<HashMap<u32, Handle>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    })
}

fn stream(id: u32) -> Option<Rc<Stream>> {
    HANDLES.with(|h| match h.borrow().get(&id) {
        Some(Handle::Stream(s)) => Some(s.clone()),
        _ => None,
    })
}

fn server(id: u32) -> Option<Rc<Server>> {
    HANDLES.with(|h| match h.borrow().get(&id) {
        Some(Handle::Server(s)) => Some(s.clone()),
        _ => None,
    })
}

fn errno_of(e: &io::Error) -> i32 {
    -e.raw_os_error().unwrap_or(libc::EIO)
}

impl Stream {
    fn new(conn: Option<Conn>) -> Rc<Stream> {
        Rc::new(Stream {
            owner: RefCell::new(None),
            frame: RefCell::new(async_context::capture()),
            conn: RefCell::new(conn.map(Rc::new)),
            reading: Cell::new(false),
            ipc: Cell::new(false),
            read_wake: Rc::new(Notify::new()),
            delivered: Rc::new(Notify::new()),
            reader: RefCell::new(None),
            connecting: RefCell::new(None),
            queue: RefCell::new(VecDeque::new()),
            offset: Cell::new(0),
            writer: RefCell::new(None),
            shutdown_pending: Cell::new(false),
            live: Liveness::new(),
            bytes_read: Cell::new(0.0),
            bytes_written: Cell::new(0.0),
            last_active: Cell::new(-1.0),
        })
    }

    /// Records activity now (reads, writes, connect): see `last_active`.
    fn touch(&self) {
        self.last_active.set(event_loop::state().update_time());
    }

    fn conn(&self) -> Option<Rc<Conn>> {
        self.conn.borrow().clone()
    }

    fn active(&self) -> bool {
        self.reading.get()
            || !self.queue.borrow().is_empty()
            || self.shutdown_pending.get()
            || self.connecting.borrow().is_some()
    }

    fn sync_live(&self) {
        self.live.sync(self.active());
    }
}

/// Calls `owner[method](...args)` for handle `id`, if it still has an owner.
fn call_owner<'js, A: IntoArgs<'js>>(
    ctx: &Ctx<'js>,
    owner: &Owner,
    frame: &RefCell<Frame>,
    method: &str,
    args: A,
) -> Result<()> {
    let Some(p) = owner.borrow().clone() else {
        return Ok(());
    };
    let o = p.restore(ctx)?;
    let f: Function = o.get(method)?;
    let mut a = rquickjs::function::Args::new(ctx.clone(), 8);
    a.this(o)?;
    args.into_args(&mut a)?;
    let prev = async_context::enter(&frame.borrow());
    let r = f.call_arg::<()>(a);
    async_context::leave(prev);
    r
}

fn start_reader(id: u32, s: &Rc<Stream>) {
    if s.reader.borrow().is_some() {
        return;
    }
    let Some(conn) = s.conn() else { return };
    let weak = Rc::downgrade(s);
    let (wake, delivered) = (s.read_wake.clone(), s.delivered.clone());
    let task = tokio::task::spawn_local(async move {
        loop {
            let Some(s) = weak.upgrade() else { return };
            if !s.reading.get() {
                drop(s);
                wake.notified().await;
                continue;
            }
            drop(s);
            let r = match conn.readable().await {
                Ok(()) => {
                    let Some(s) = weak.upgrade() else { return };
                    if !s.reading.get() {
                        continue;
                    }
                    let r = read_once(&conn, s.ipc.get());
                    match r {
                        Ok(n) => Ok(n),
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            let (nread, data, fds) = match r {
                Ok((0, _, fds)) => (UV_EOF, None, fds),
                Ok((n, data, fds)) => (n as i32, data, fds),
                Err(e) => (errno_of(&e), None, Vec::new()),
            };
            let done = nread < 0;
            let wait = delivered.notified();
            queue_completion(Box::new(move |ctx| {
                let Some(s) = stream(id) else { return Ok(()) };
                s.delivered.notify_one();
                s.touch();
                if done {
                    s.reading.set(false);
                    s.reader.borrow_mut().take();
                    s.sync_live();
                }
                if let Some(d) = &data {
                    s.bytes_read.set(s.bytes_read.get() + d.len() as f64);
                }
                let ab = match data {
                    Some(d) => ArrayBuffer::new(ctx.clone(), d)?.into_value(),
                    None => Value::new_undefined(ctx.clone()),
                };
                if !fds.is_empty() {
                    // Passed fds are the program's now (adopted or closed by the IPC layer).
                    let raw: Vec<i32> = fds.into_iter().map(IntoRawFd::into_raw_fd).collect();
                    return call_owner(ctx, &s.owner, &s.frame, "onread", (nread, ab, raw));
                }
                call_owner(ctx, &s.owner, &s.frame, "onread", (nread, ab))
            }));
            if done {
                return;
            }
            wait.await;
        }
    });
    *s.reader.borrow_mut() = Some(task);
}

/// Writes as much of `bufs` as the socket takes now; returns the bytes written.
fn write_now(conn: &Conn, bufs: &[&[u8]], direct: bool) -> io::Result<usize> {
    let slices: Vec<IoSlice<'_>> = bufs.iter().map(|b| IoSlice::new(b)).collect();
    loop {
        let r = if direct {
            conn.write_direct(&slices)
        } else {
            conn.try_write_vectored(&slices)
        };
        match r {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(0),
            Err(e) => return Err(e),
        }
    }
}

/// Queues `chunks` (one write request) on `s`, writing what it can at once.
fn write_chunks(id: u32, s: &Rc<Stream>, chunks: &[&[u8]]) -> i32 {
    s.touch();
    let total: usize = chunks.iter().map(|c| c.len()).sum();
    let idle = s.queue.borrow().is_empty() && s.connecting.borrow().is_none();
    let mut written = 0;
    if idle {
        let Some(conn) = s.conn() else {
            return -libc::EBADF;
        };
        if total == 0 {
            return 0;
        }
        match write_now(&conn, chunks, true) {
            Ok(n) => written = n,
            Err(e) => return errno_of(&e),
        }
        s.bytes_written.set(s.bytes_written.get() + written as f64);
        if written == total {
            return 0;
        }
    }
    // Keep the rest.
    let mut rest = Vec::with_capacity(total - written);
    let mut skip = written;
    for c in chunks {
        if skip >= c.len() {
            skip -= c.len();
            continue;
        }
        rest.extend_from_slice(&c[skip..]);
        skip = 0;
    }
    s.queue.borrow_mut().push_back(rest);
    if s.connecting.borrow().is_none() {
        start_writer(id, s);
    }
    s.sync_live();
    1
}

fn start_writer(id: u32, s: &Rc<Stream>) {
    if s.writer.borrow().is_some() {
        return;
    }
    let Some(conn) = s.conn() else { return };
    let weak = Rc::downgrade(s);
    let task = tokio::task::spawn_local(async move {
        let mut finished = 0u32;
        let status = loop {
            let Some(s) = weak.upgrade() else { return };
            let next = {
                let q = s.queue.borrow();
                q.front().map(|b| b[s.offset.get()..].to_vec())
            };
            let Some(chunk) = next else { break 0 };
            drop(s);
            if let Err(e) = conn.writable().await {
                break errno_of(&e);
            }
            let r = write_now(&conn, &[&chunk], false);
            let Some(s) = weak.upgrade() else { return };
            match r {
                Ok(n) => {
                    s.bytes_written.set(s.bytes_written.get() + n as f64);
                    if n == chunk.len() {
                        s.queue.borrow_mut().pop_front();
                        s.offset.set(0);
                        finished += 1;
                    } else {
                        s.offset.set(s.offset.get() + n);
                    }
                }
                Err(e) => break errno_of(&e),
            }
        };
        queue_completion(Box::new(move |ctx| {
            let Some(s) = stream(id) else { return Ok(()) };
            s.writer.borrow_mut().take();
            s.touch();
            let mut count = finished;
            if status < 0 {
                count += s.queue.borrow().len() as u32;
                s.queue.borrow_mut().clear();
                s.offset.set(0);
            }
            let shutdown = s.shutdown_pending.get() && s.queue.borrow().is_empty();
            if !s.queue.borrow().is_empty() {
                // Written while the callbacks were queued.
                start_writer(id, &s);
            }
            if count > 0 {
                call_owner(ctx, &s.owner, &s.frame, "onwrite", (status, count))?;
            }
            if shutdown {
                finish_shutdown(ctx, &s)?;
            }
            s.sync_live();
            Ok(())
        }));
    });
    *s.writer.borrow_mut() = Some(task);
}

fn finish_shutdown(ctx: &Ctx<'_>, s: &Rc<Stream>) -> Result<()> {
    s.shutdown_pending.set(false);
    let status = match s.conn() {
        Some(c) => c
            .shutdown_write()
            .map(|_| 0)
            .unwrap_or_else(|e| errno_of(&e)),
        None => -libc::ENOTCONN,
    };
    s.sync_live();
    call_owner(ctx, &s.owner, &s.frame, "onshutdown", (status,))
}

fn bytes<'a>(v: &'a Value<'_>) -> Option<&'a [u8]> {
    let ta = v.as_object()?.as_typed_array::<u8>()?;
    unsafe { ta.as_bytes() }
}

/// A JS string's bytes as a socket writes them: one byte per character (`latin1`) or UTF-8
/// with lone surrogates as U+FFFD. Borrowed from the engine's own storage when those are
/// the bytes (Latin-1 text, or ASCII as UTF-8). None for a non-string.
fn js_string_bytes<'a>(v: &'a Value<'_>, latin1: bool) -> Option<std::borrow::Cow<'a, [u8]>> {
    use rode_core::strings::{chars, to_utf8, Chars};
    use std::borrow::Cow;
    match chars(v) {
        Some(Chars::Latin1(b)) if latin1 || b.is_ascii() => Some(Cow::Borrowed(b)),
        Some(Chars::Utf16(u)) if latin1 => Some(Cow::Owned(u.iter().map(|&c| c as u8).collect())),
        Some(c) => Some(Cow::Owned(to_utf8(c))),
        None => {
            let st = v.as_string()?.to_string().ok()?;
            Some(Cow::Owned(string_bytes(&st, latin1)))
        }
    }
}

/// A string as bytes: UTF-8 (`latin1 == false`) or one byte per UTF-16 unit.
fn string_bytes(s: &str, latin1: bool) -> Vec<u8> {
    if latin1 {
        s.encode_utf16().map(|u| u as u8).collect()
    } else {
        s.as_bytes().to_vec()
    }
}

fn addr_value<'js>(ctx: &Ctx<'js>, a: io::Result<Addr>) -> Result<Value<'js>> {
    let arr = rquickjs::Array::new(ctx.clone())?;
    match a {
        Ok(Addr::Ip(sa)) => {
            arr.set(0, sa.ip().to_string())?;
            arr.set(1, if sa.is_ipv4() { "IPv4" } else { "IPv6" })?;
            arr.set(2, sa.port())?;
        }
        Ok(Addr::Path(p)) => {
            arr.set(0, p)?;
        }
        Err(e) => return Ok(Value::new_int(ctx.clone(), errno_of(&e))),
    }
    Ok(arr.into_value())
}

fn socket_addr(ip: &str, port: u32) -> Option<SocketAddr> {
    let ip: IpAddr = ip.parse().ok()?;
    Some(SocketAddr::new(ip, u16::try_from(port).ok()?))
}

fn connect_done(id: u32, r: io::Result<Conn>) {
    queue_completion(Box::new(move |ctx| {
        let Some(s) = stream(id) else { return Ok(()) };
        s.connecting.borrow_mut().take();
        s.touch();
        let status = match r {
            Ok(c) => {
                *s.conn.borrow_mut() = Some(Rc::new(c));
                0
            }
            Err(e) => errno_of(&e),
        };
        if status == 0 && !s.queue.borrow().is_empty() {
            start_writer(id, &s);
        }
        if s.reading.get() {
            start_reader(id, &s);
        }
        s.sync_live();
        call_owner(ctx, &s.owner, &s.frame, "onconnect", (status,))
    }));
}

fn start_accepting(id: u32, srv: &Rc<Server>, l: Rc<Listener>) {
    let task = tokio::task::spawn_local(async move {
        loop {
            let r = l.accept().await;
            let fatal = matches!(&r, Err(e) if e.raw_os_error() == Some(libc::EBADF));
            queue_completion(Box::new(move |ctx| {
                let Some(srv) = server(id) else { return Ok(()) };
                match r {
                    Ok(c) => {
                        let sid = next_id();
                        let stream = Stream::new(Some(c));
                        // An accepted connection lives in its server's async context.
                        *stream.frame.borrow_mut() = srv.frame.borrow().clone();
                        HANDLES.with(|h| h.borrow_mut().insert(sid, Handle::Stream(stream)));
                        call_owner(ctx, &srv.owner, &srv.frame, "onconnection", (0, sid))
                    }
                    Err(e) => call_owner(
                        ctx,
                        &srv.owner,
                        &srv.frame,
                        "onconnection",
                        (errno_of(&e), 0),
                    ),
                }
            }));
            if fatal {
                return;
            }
        }
    });
    *srv.task.borrow_mut() = Some(task);
    srv.live.sync(true);
}

fn close_handle(id: u32) {
    let Some(h) = HANDLES.with(|h| h.borrow_mut().remove(&id)) else {
        return;
    };
    let owner = match &h {
        Handle::Stream(s) => {
            for t in [&s.reader, &s.writer, &s.connecting] {
                if let Some(t) = t.borrow_mut().take() {
                    t.abort();
                }
            }
            s.reading.set(false);
            s.queue.borrow_mut().clear();
            s.shutdown_pending.set(false);
            s.conn.borrow_mut().take();
            s.live.sync(false);
            (s.owner.borrow_mut().take(), s.frame.borrow().clone())
        }
        Handle::Server(srv) => {
            if let Some(t) = srv.task.borrow_mut().take() {
                t.abort();
            }
            srv.listener.borrow_mut().take();
            srv.live.sync(false);
            (srv.owner.borrow_mut().take(), srv.frame.borrow().clone())
        }
    };
    event_loop::state().queue_close(Box::new(move |ctx| {
        let (Some(p), frame) = owner else {
            return Ok(());
        };
        let slot: Owner = RefCell::new(Some(p));
        call_owner(ctx, &slot, &RefCell::new(frame), "onclose", ())
    }));
}

fn live_of(id: u32) -> Option<(bool, bool)> {
    HANDLES.with(|h| match h.borrow().get(&id)? {
        Handle::Stream(s) => Some((s.live.refed.get(), s.active())),
        Handle::Server(s) => Some((s.live.refed.get(), s.listener.borrow().is_some())),
    })
}

fn set_ref(id: u32, on: bool) {
    HANDLES.with(|h| match h.borrow().get(&id) {
        Some(Handle::Stream(s)) => {
            s.live.refed.set(on);
            s.sync_live();
        }
        Some(Handle::Server(s)) => {
            s.live.refed.set(on);
            s.live.sync(s.listener.borrow().is_some());
        }
        None => {}
    })
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("UV_EOF", UV_EOF)?;
    // A new stream handle with no connection yet; `owner` gets its events.
    rode_core::bind::func(
        ctx,
        &o,
        "createStream",
        |ctx: Ctx<'js>, owner: Object<'js>| {
            let id = next_id();
            let s = Stream::new(None);
            *s.owner.borrow_mut() = Some(Persistent::save(&ctx, owner));
            HANDLES.with(|h| h.borrow_mut().insert(id, Handle::Stream(s)));
            id
        },
    )?;
    rode_core::bind::func(
        ctx,
        &o,
        "createServer",
        |ctx: Ctx<'js>, owner: Object<'js>| {
            let id = next_id();
            let s = Rc::new(Server {
                owner: RefCell::new(Some(Persistent::save(&ctx, owner))),
                frame: RefCell::new(async_context::capture()),
                listener: RefCell::new(None),
                task: RefCell::new(None),
                live: Liveness::new(),
            });
            HANDLES.with(|h| h.borrow_mut().insert(id, Handle::Server(s)));
            id
        },
    )?;
    // Gives an accepted handle its owner. false when the handle is gone.
    rode_core::bind::func(
        ctx,
        &o,
        "adopt",
        |ctx: Ctx<'js>, id: u32, owner: Object<'js>| {
            let Some(s) = stream(id) else { return false };
            *s.owner.borrow_mut() = Some(Persistent::save(&ctx, owner));
            true
        },
    )?;
    // Wraps fd `fd` (a socket or pipe the program owns) into handle `id`: 0 or -errno.
    rode_core::bind::func(ctx, &o, "open", |id: u32, fd: i32| -> i32 {
        let Some(s) = stream(id) else {
            return -libc::EBADF;
        };
        if fd < 0 {
            return -libc::EBADF;
        }
        let owned = unsafe { OwnedFd::from_raw_fd(fd) };
        match Conn::from_fd(owned) {
            Ok(c) => {
                *s.conn.borrow_mut() = Some(Rc::new(c));
                0
            }
            Err(e) => errno_of(&e),
        }
    })?;
    rode_core::bind::func(
        ctx,
        &o,
        "connectTcp",
        |id: u32, ip: String, port: u32| -> i32 {
            let Some(s) = stream(id) else {
                return -libc::EBADF;
            };
            let Some(addr) = socket_addr(&ip, port) else {
                return -libc::EINVAL;
            };
            let task = tokio::task::spawn_local(async move {
                let r = conn::connect_tcp(addr).await.map(Conn::Tcp);
                connect_done(id, r);
            });
            *s.connecting.borrow_mut() = Some(task);
            s.sync_live();
            0
        },
    )?;
    rode_core::bind::func(ctx, &o, "connectUnix", |id: u32, path: String| -> i32 {
        let Some(s) = stream(id) else {
            return -libc::EBADF;
        };
        let task = tokio::task::spawn_local(async move {
            let r = tokio::net::UnixStream::connect(path).await.map(Conn::Unix);
            connect_done(id, r);
        });
        *s.connecting.borrow_mut() = Some(task);
        s.sync_live();
        0
    })?;
    rode_core::bind::func(
        ctx,
        &o,
        "listenTcp",
        |id: u32, ip: String, port: u32, backlog: u32, ipv6_only: bool, reuse_port: bool| -> i32 {
            let Some(srv) = server(id) else {
                return -libc::EBADF;
            };
            let Some(addr) = socket_addr(&ip, port) else {
                return -libc::EINVAL;
            };
            let opts = ListenOptions {
                backlog,
                ipv6_only,
                reuse_port,
            };
            match conn::listen_tcp(addr, &opts) {
                Ok(l) => {
                    let l = Rc::new(l);
                    *srv.listener.borrow_mut() = Some(l.clone());
                    start_accepting(id, &srv, l);
                    0
                }
                Err(e) => errno_of(&e),
            }
        },
    )?;
    rode_core::bind::func(
        ctx,
        &o,
        "listenUnix",
        |id: u32, path: String, backlog: u32| -> i32 {
            let Some(srv) = server(id) else {
                return -libc::EBADF;
            };
            match conn::listen_unix(&path, backlog) {
                Ok(l) => {
                    let l = Rc::new(l);
                    *srv.listener.borrow_mut() = Some(l.clone());
                    start_accepting(id, &srv, l);
                    0
                }
                Err(e) => errno_of(&e),
            }
        },
    )?;
    // Makes stream `id` an IPC channel: passed fds arrive as `onread`'s third argument.
    rode_core::bind::func(ctx, &o, "setIpc", |id: u32| -> i32 {
        let Some(s) = stream(id) else {
            return -libc::EBADF;
        };
        s.ipc.set(true);
        0
    })?;
    // writeHandle(id, bytes, fd): writes `bytes` with `fd` attached. 0 when all was written,
    // 1 when the rest was queued (the fd went with the first byte), -EAGAIN when the stream
    // has queued writes or takes nothing now (try again after 'drain'), or -errno.
    rode_core::bind::func(
        ctx,
        &o,
        "writeHandle",
        |id: u32, data: Value<'js>, fd: i32| -> i32 {
            let Some(s) = stream(id) else {
                return -libc::EBADF;
            };
            let Some(b) = bytes(&data) else {
                return -libc::EINVAL;
            };
            let idle = s.queue.borrow().is_empty() && s.connecting.borrow().is_none();
            let Some(conn) = s.conn() else {
                return -libc::EBADF;
            };
            if !idle || b.is_empty() {
                return -libc::EAGAIN;
            }
            let n = match conn.try_write_with_fd(b, fd) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return -libc::EAGAIN,
                Err(e) => return errno_of(&e),
            };
            s.bytes_written.set(s.bytes_written.get() + n as f64);
            if n == b.len() {
                return 0;
            }
            s.queue.borrow_mut().push_back(b[n..].to_vec());
            start_writer(id, &s);
            s.sync_live();
            1
        },
    )?;
    // Listens on an already bound (and possibly listening) socket fd: 0 or -errno.
    rode_core::bind::func(
        ctx,
        &o,
        "listenFd",
        |id: u32, fd: i32, backlog: i32| -> i32 {
            let Some(srv) = server(id) else {
                return -libc::EBADF;
            };
            if fd < 0 {
                return -libc::EBADF;
            }
            if unsafe { libc::listen(fd, backlog) } != 0 {
                return errno_of(&io::Error::last_os_error());
            }
            let owned = unsafe { OwnedFd::from_raw_fd(fd) };
            match conn::listener_from_fd(owned) {
                Ok(l) => {
                    let l = Rc::new(l);
                    *srv.listener.borrow_mut() = Some(l.clone());
                    start_accepting(id, &srv, l);
                    0
                }
                Err(e) => errno_of(&e),
            }
        },
    )?;
    // Stops accepting on server `id` while keeping its socket listening (a cluster primary
    // holds the socket its workers accept on).
    rode_core::bind::func(ctx, &o, "stopAccepting", |id: u32| {
        if let Some(srv) = server(id) {
            if let Some(t) = srv.task.borrow_mut().take() {
                t.abort();
            }
            srv.live.sync(false);
        }
    })?;
    // Closes an fd the program was handed but doesn't adopt.
    rode_core::bind::func(ctx, &o, "closeFd", |fd: i32| {
        if fd >= 0 {
            unsafe { libc::close(fd) };
        }
    })?;
    rode_core::bind::func(ctx, &o, "readStart", |id: u32| -> i32 {
        let Some(s) = stream(id) else {
            return -libc::EBADF;
        };
        s.reading.set(true);
        s.read_wake.notify_one();
        if s.conn.borrow().is_some() {
            start_reader(id, &s);
        }
        s.sync_live();
        0
    })?;
    rode_core::bind::func(ctx, &o, "readStop", |id: u32| -> i32 {
        let Some(s) = stream(id) else {
            return -libc::EBADF;
        };
        s.reading.set(false);
        s.sync_live();
        0
    })?;
    // write(id, data, latin1): data is a Uint8Array or a string (UTF-8, or latin1 when asked).
    rode_core::bind::func(
        ctx,
        &o,
        "write",
        |id: u32, data: Value<'js>, latin1: rquickjs::function::Opt<bool>| -> i32 {
            let Some(s) = stream(id) else {
                return -libc::EBADF;
            };
            if let Some(b) = bytes(&data) {
                return write_chunks(id, &s, &[b]);
            }
            match js_string_bytes(&data, latin1.0.unwrap_or(false)) {
                Some(b) => write_chunks(id, &s, &[&b]),
                None => -libc::EINVAL,
            }
        },
    )?;
    // writeMessageEnd(id, head, chunk, latin1, chunked, trailer): an HTTP message's end as one
    // write: the head unless it is '', then the last chunk (a string, bytes of it as
    // `latin1` or UTF-8, or a Uint8Array) — with `chunked`, framed as a chunk and followed by
    // the terminating chunk and `trailer`. What `end(chunk)` sends. Returns -errno, or twice
    // the bytes plus 1 when some were queued (the callback then waits for onwrite).
    rode_core::bind::func(
        ctx,
        &o,
        "writeMessageEnd",
        |id: u32,
         head: Value<'js>,
         chunk: Value<'js>,
         latin1: bool,
         chunked: bool,
         trailer: Value<'js>|
         -> f64 {
            let Some(s) = stream(id) else {
                return -f64::from(libc::EBADF);
            };
            let body = match bytes(&chunk) {
                Some(b) => Some(std::borrow::Cow::Borrowed(b)),
                None => js_string_bytes(&chunk, latin1),
            };
            let (Some(head), Some(body), Some(trailer)) = (
                js_string_bytes(&head, true),
                body,
                js_string_bytes(&trailer, true),
            ) else {
                return -f64::from(libc::EINVAL);
            };
            let size = format!("{:x}\r\n", body.len());
            let framed: [&[u8]; 6] = [
                &head,
                size.as_bytes(),
                &body,
                b"\r\n0\r\n",
                &trailer,
                b"\r\n",
            ];
            let plain: [&[u8]; 2] = [&head, &body];
            let parts: &[&[u8]] = if chunked { &framed } else { &plain };
            let total: usize = parts.iter().map(|p| p.len()).sum();
            let r = write_chunks(id, &s, parts);
            if r < 0 {
                f64::from(r)
            } else {
                total as f64 * 2.0 + f64::from(r)
            }
        },
    )?;
    // writev(id, chunks): one write request of several Uint8Arrays / UTF-8 strings.
    rode_core::bind::func(
        ctx,
        &o,
        "writev",
        |id: u32, chunks: rquickjs::Array<'js>| -> i32 {
            let Some(s) = stream(id) else {
                return -libc::EBADF;
            };
            let vals: Vec<Value<'js>> = chunks.iter::<Value>().filter_map(|v| v.ok()).collect();
            let mut owned: Vec<Vec<u8>> = Vec::new();
            for v in &vals {
                if bytes(v).is_none() {
                    match v.as_string().and_then(|st| st.to_string().ok()) {
                        Some(st) => owned.push(st.into_bytes()),
                        None => return -libc::EINVAL,
                    }
                }
            }
            let mut next_owned = owned.iter();
            let mut parts: Vec<&[u8]> = Vec::with_capacity(vals.len());
            for v in &vals {
                match bytes(v) {
                    Some(b) => parts.push(b),
                    None => parts.push(next_owned.next().map(|b| b.as_slice()).unwrap_or(&[])),
                }
            }
            write_chunks(id, &s, &parts)
        },
    )?;
    rode_core::bind::func(ctx, &o, "shutdown", |id: u32| -> i32 {
        let Some(s) = stream(id) else {
            return -libc::EBADF;
        };
        if s.conn.borrow().is_none() && s.connecting.borrow().is_none() {
            return -libc::ENOTCONN;
        }
        s.shutdown_pending.set(true);
        s.sync_live();
        if s.queue.borrow().is_empty() && s.connecting.borrow().is_none() {
            queue_completion(Box::new(move |ctx| {
                let Some(s) = stream(id) else { return Ok(()) };
                if s.shutdown_pending.get() && s.queue.borrow().is_empty() {
                    finish_shutdown(ctx, &s)?;
                }
                Ok(())
            }));
        }
        0
    })?;
    rode_core::bind::func(ctx, &o, "close", close_handle)?;
    rode_core::bind::func(ctx, &o, "ref", |id: u32| set_ref(id, true))?;
    rode_core::bind::func(ctx, &o, "unref", |id: u32| set_ref(id, false))?;
    rode_core::bind::func(ctx, &o, "hasRef", |id: u32| {
        live_of(id).map(|(r, _)| r).unwrap_or(false)
    })?;
    // [address, family, port] (a path for Unix sockets), or -errno.
    rode_core::bind::func(ctx, &o, "getsockname", |ctx: Ctx<'js>, id: u32| {
        let a = match (stream(id), server(id)) {
            (Some(s), _) => s.conn().map(|c| c.local_addr()),
            (_, Some(srv)) => srv.listener.borrow().as_ref().map(|l| l.local_addr()),
            _ => None,
        };
        addr_value(
            &ctx,
            a.unwrap_or_else(|| Err(io::Error::from_raw_os_error(libc::EBADF))),
        )
    })?;
    rode_core::bind::func(ctx, &o, "getpeername", |ctx: Ctx<'js>, id: u32| {
        let a = stream(id)
            .and_then(|s| s.conn())
            .map(|c| c.peer_addr())
            .unwrap_or_else(|| Err(io::Error::from_raw_os_error(libc::ENOTCONN)));
        addr_value(&ctx, a)
    })?;
    rode_core::bind::func(ctx, &o, "setNoDelay", |id: u32, on: bool| -> i32 {
        match stream(id).and_then(|s| s.conn()) {
            Some(c) => c
                .set_nodelay(on)
                .map(|_| 0)
                .unwrap_or_else(|e| errno_of(&e)),
            None => -libc::EBADF,
        }
    })?;
    rode_core::bind::func(
        ctx,
        &o,
        "setKeepAlive",
        |id: u32, on: bool, secs: u32| -> i32 {
            match stream(id).and_then(|s| s.conn()) {
                Some(c) => c
                    .set_keepalive(on, secs)
                    .map(|_| 0)
                    .unwrap_or_else(|e| errno_of(&e)),
                None => -libc::EBADF,
            }
        },
    )?;
    rode_core::bind::func(ctx, &o, "fd", |id: u32| -> i32 {
        match (stream(id), server(id)) {
            (Some(s), _) => s.conn().map(|c| c.fd()).unwrap_or(-1),
            (_, Some(srv)) => srv.listener.borrow().as_ref().map(|l| l.fd()).unwrap_or(-1),
            _ => -1,
        }
    })?;
    // [bytesRead, bytesWritten, bytes still queued]
    // Loop time (ms) of the handle's last read, write or connect; -1 if none (or no handle).
    rode_core::bind::func(ctx, &o, "lastActivity", |id: u32| -> f64 {
        stream(id).map_or(-1.0, |s| s.last_active.get())
    })?;
    rode_core::bind::func(ctx, &o, "counters", |id: u32| -> Vec<f64> {
        match stream(id) {
            Some(s) => {
                let queued: usize = s.queue.borrow().iter().map(|b| b.len()).sum::<usize>()
                    - s.offset
                        .get()
                        .min(s.queue.borrow().front().map_or(0, |b| b.len()));
                vec![s.bytes_read.get(), s.bytes_written.get(), queued as f64]
            }
            None => vec![0.0, 0.0, 0.0],
        }
    })?;
    Ok(o)
}
