//! `internalBinding('udp')`: UDP socket handles for `node:dgram` (Node's `udp_wrap`).
//!
//! Handles are numbered; the JS object that owns one (`UDPHandle` in
//! `internal/dgram/handle.js`, what `socket._handle` is) gets its events as method calls,
//! always from the loop's poll phase (or the close phase), never inside a tokio future:
//!
//! | call | when |
//! |---|---|
//! | `owner.onrecv(nread, arrayBuffer, address, family, port)` | a datagram arrived (`nread >= 0`) or a receive failed (`nread` = `-errno`, no other arguments) |
//! | `owner.onsend(status, bytes)` | a send that was queued (`send` returned 0) finished, in order |
//!
//! Functions return `0` or `-errno` as libuv does; `send` returns `bytes + 1` when the
//! datagram went out at once (Node's synchronous send). A handle keeps the process alive
//! while it is ref'd and active (receiving, or sends queued), as libuv's handles do.
//!
//! - [`sock`]: the socket itself and its options (plain Rust).
//! - [`io`]: waiting for the socket, reading datagrams, flushing queued sends.
//! - [`addr`]: IP text in and out, as libuv and Node write it.

mod addr;
mod io;
mod sock;

use rode_core::async_context::{self, Frame};
use rode_core::event_loop;
use rquickjs::function::{IntoArgs, Opt};
use rquickjs::{Array, Ctx, Function, Object, Persistent, Result, Value};
use sock::UdpSock;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::io::IoSlice;
use std::net::SocketAddr;
use std::rc::Rc;
use tokio::sync::Notify;

type Owner = RefCell<Option<Persistent<Object<'static>>>>;

/// A send waiting for the socket to take it.
struct Queued {
    data: Vec<u8>,
    to: Option<SocketAddr>,
}

/// One UDP handle.
struct Udp {
    owner: Owner,
    /// The async context the handle was made in: its callbacks run in it, as in Node.
    frame: Frame,
    /// A `udp6` handle: addresses given to bind/connect/send are IPv6 text.
    v6: bool,
    sock: UdpSock,
    receiving: Cell<bool>,
    /// A read of datagrams is queued for the poll phase.
    read_scheduled: Cell<bool>,
    queue: RefCell<VecDeque<Queued>>,
    queue_bytes: Cell<usize>,
    /// Wakes the I/O future when what it waits for changes.
    wake: Rc<Notify>,
    /// The I/O future ([`io`]); dropping it releases the socket.
    io: RefCell<Option<io::IoFuture>>,
    refed: Cell<bool>,
    counted: Cell<bool>,
}

impl Udp {
    fn active(&self) -> bool {
        self.receiving.get() || !self.queue.borrow().is_empty()
    }

    /// Counts the handle in the loop while it is ref'd and active.
    fn sync_live(&self) {
        let want = self.refed.get() && self.active();
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
    static HANDLES: RefCell<HashMap<u32, Rc<Udp>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

fn handle(id: u32) -> Option<Rc<Udp>> {
    HANDLES.with(|h| h.borrow().get(&id).cloned())
}

fn errno_of(e: &std::io::Error) -> i32 {
    -e.raw_os_error().unwrap_or(libc::EIO)
}

fn status(r: std::io::Result<()>) -> i32 {
    r.map(|_| 0).unwrap_or_else(|e| errno_of(&e))
}

/// Runs `f` on handle `id`'s socket; EBADF when the handle is gone.
fn with_sock(id: u32, f: impl FnOnce(&Udp) -> std::io::Result<()>) -> i32 {
    match handle(id) {
        Some(h) => status(f(&h)),
        None => -libc::EBADF,
    }
}

/// Calls `owner[method](...args)` in the handle's async context.
fn call_owner<'js, A: IntoArgs<'js>>(
    ctx: &Ctx<'js>,
    owner: &Owner,
    frame: &Frame,
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
    let prev = async_context::enter(frame);
    let r = f.call_arg::<()>(a);
    async_context::leave(prev);
    r
}

fn bytes<'a>(v: &'a Value<'_>) -> Option<&'a [u8]> {
    let ta = v.as_object()?.as_typed_array::<u8>()?;
    unsafe { ta.as_bytes() }
}

/// `[address, family, port]`, or `-errno`.
fn addr_value<'js>(ctx: &Ctx<'js>, a: std::io::Result<SocketAddr>) -> Result<Value<'js>> {
    match a {
        Ok(a) => {
            let (ip, family, port) = addr::describe(&a);
            let arr = Array::new(ctx.clone())?;
            arr.set(0, ip)?;
            arr.set(1, family)?;
            arr.set(2, port)?;
            Ok(arr.into_value())
        }
        Err(e) => Ok(Value::new_int(ctx.clone(), errno_of(&e))),
    }
}

/// send(id, list, port, ip): `ip` undefined sends to the connected peer.
fn send<'js>(id: u32, list: Array<'js>, port: Opt<u32>, ip: Opt<String>) -> f64 {
    let Some(h) = handle(id) else {
        return -libc::EBADF as f64;
    };
    let to = match ip.0 {
        Some(ip) => match addr::socket_addr(&ip, port.0.unwrap_or(0) as u16, h.v6) {
            Some(a) => Some(a),
            None => return -libc::EINVAL as f64,
        },
        None => None,
    };
    let vals: Vec<Value<'js>> = list.iter::<Value>().filter_map(|v| v.ok()).collect();
    let mut parts: Vec<&[u8]> = Vec::with_capacity(vals.len());
    for v in &vals {
        match bytes(v) {
            Some(b) => parts.push(b),
            None => return -libc::EINVAL as f64,
        }
    }
    let total: usize = parts.iter().map(|p| p.len()).sum();
    if h.queue.borrow().is_empty() {
        let slices: Vec<IoSlice<'_>> = parts.iter().map(|p| IoSlice::new(p)).collect();
        match h.sock.send(&slices, to.as_ref()) {
            Ok(_) => return total as f64 + 1.0,
            Err(e) if io::is_would_block(&e) => {}
            Err(e) => return errno_of(&e) as f64,
        }
    } else if let Some(a) = &to {
        if let Err(e) = h.sock.deferred_bind(a.is_ipv6(), 0) {
            return errno_of(&e) as f64;
        }
    }
    h.queue.borrow_mut().push_back(Queued {
        data: parts.concat(),
        to,
    });
    h.queue_bytes.set(h.queue_bytes.get() + total);
    h.sync_live();
    io::start(id, &h);
    0.0
}

fn close(id: u32) {
    let Some(h) = HANDLES.with(|m| m.borrow_mut().remove(&id)) else {
        return;
    };
    // Drop the I/O future first: then the handle holds the only reference to the socket.
    h.io.borrow_mut().take();
    h.receiving.set(false);
    h.sock.close();
    let cancelled: Vec<usize> = h
        .queue
        .borrow_mut()
        .drain(..)
        .map(|q| q.data.len())
        .collect();
    h.queue_bytes.set(0);
    h.sync_live();
    let owner = h.owner.borrow_mut().take();
    if cancelled.is_empty() {
        return;
    }
    // Queued sends end with ECANCELED in the close phase, as libuv ends them.
    let frame = h.frame.clone();
    event_loop::state().queue_close(Box::new(move |ctx| {
        let slot: Owner = RefCell::new(owner);
        for n in cancelled {
            let r = call_owner(ctx, &slot, &frame, "onsend", (-libc::ECANCELED, n as f64));
            event_loop::call_js(ctx, r)?;
        }
        Ok(())
    }));
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("UV_UDP_IPV6ONLY", sock::UV_UDP_IPV6ONLY)?;
    o.set("UV_UDP_REUSEADDR", sock::UV_UDP_REUSEADDR)?;
    // create(owner, v6): a new handle with no fd yet; `owner` gets its events.
    rode_core::bind::func(
        ctx,
        &o,
        "create",
        |ctx: Ctx<'js>, owner: Object<'js>, v6: bool| {
            let id = NEXT_ID.with(|n| {
                let id = n.get();
                n.set(id.wrapping_add(1).max(1));
                id
            });
            let h = Rc::new(Udp {
                owner: RefCell::new(Some(Persistent::save(&ctx, owner))),
                frame: async_context::capture(),
                v6,
                sock: UdpSock::default(),
                receiving: Cell::new(false),
                read_scheduled: Cell::new(false),
                queue: RefCell::new(VecDeque::new()),
                queue_bytes: Cell::new(0),
                wake: Rc::new(Notify::new()),
                io: RefCell::new(None),
                refed: Cell::new(true),
                counted: Cell::new(false),
            });
            HANDLES.with(|m| m.borrow_mut().insert(id, h));
            id
        },
    )?;
    rode_core::bind::func(
        ctx,
        &o,
        "bind",
        |id: u32, ip: String, port: u32, flags: u32| {
            let Some(h) = handle(id) else {
                return -libc::EBADF;
            };
            match addr::socket_addr(&ip, port as u16, h.v6) {
                Some(a) => status(h.sock.bind(a, flags)),
                None => -libc::EINVAL,
            }
        },
    )?;
    // open(id, fd): adopts a UDP socket fd the program owns.
    rode_core::bind::func(ctx, &o, "open", |id: u32, fd: i32| {
        if fd < 0 {
            return -libc::EBADF;
        }
        // An fd another handle has is refused before it is taken (failing later would
        // close it under that handle).
        if HANDLES.with(|m| m.borrow().values().any(|h| h.sock.fd() == fd)) {
            return -libc::EEXIST;
        }
        with_sock(id, |h| h.sock.open(fd))
    })?;
    rode_core::bind::func(ctx, &o, "isUdpFd", |fd: i32| fd >= 0 && sock::is_udp_fd(fd))?;
    rode_core::bind::func(ctx, &o, "connect", |id: u32, ip: String, port: u32| {
        let Some(h) = handle(id) else {
            return -libc::EBADF;
        };
        match addr::socket_addr(&ip, port as u16, h.v6) {
            Some(a) => status(h.sock.connect(a)),
            None => -libc::EINVAL,
        }
    })?;
    rode_core::bind::func(ctx, &o, "disconnect", |id: u32| {
        with_sock(id, |h| h.sock.disconnect())
    })?;
    rode_core::bind::func(ctx, &o, "send", send)?;
    rode_core::bind::func(ctx, &o, "recvStart", |id: u32| {
        let Some(h) = handle(id) else {
            return -libc::EBADF;
        };
        if let Err(e) = h.sock.get() {
            return errno_of(&e);
        }
        h.receiving.set(true);
        h.sync_live();
        io::start(id, &h);
        h.wake.notify_one();
        0
    })?;
    rode_core::bind::func(ctx, &o, "recvStop", |id: u32| {
        with_sock(id, |h| {
            h.receiving.set(false);
            h.sync_live();
            h.wake.notify_one();
            Ok(())
        })
    })?;
    rode_core::bind::func(ctx, &o, "close", close)?;
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
        handle(id).is_some_and(|h| h.refed.get())
    })?;
    rode_core::bind::func(ctx, &o, "fd", |id: u32| {
        handle(id).map_or(-1, |h| h.sock.fd())
    })?;
    rode_core::bind::func(ctx, &o, "getsockname", |ctx: Ctx<'js>, id: u32| {
        let a = match handle(id) {
            Some(h) => h.sock.local_addr(),
            None => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
        };
        addr_value(&ctx, a)
    })?;
    rode_core::bind::func(ctx, &o, "getpeername", |ctx: Ctx<'js>, id: u32| {
        let a = match handle(id) {
            Some(h) => h.sock.peer_addr(),
            None => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
        };
        addr_value(&ctx, a)
    })?;
    rode_core::bind::func(ctx, &o, "setBroadcast", |id: u32, on: bool| {
        with_sock(id, |h| h.sock.set_broadcast(on))
    })?;
    rode_core::bind::func(ctx, &o, "setTTL", |id: u32, ttl: i32| {
        with_sock(id, |h| h.sock.set_ttl(ttl))
    })?;
    rode_core::bind::func(ctx, &o, "setMulticastTTL", |id: u32, ttl: i32| {
        with_sock(id, |h| h.sock.set_multicast_ttl(ttl))
    })?;
    rode_core::bind::func(ctx, &o, "setMulticastLoopback", |id: u32, on: bool| {
        with_sock(id, |h| h.sock.set_multicast_loop(on))
    })?;
    rode_core::bind::func(
        ctx,
        &o,
        "setMulticastInterface",
        |id: u32, iface: String| with_sock(id, |h| h.sock.set_multicast_interface(&iface)),
    )?;
    // setMembership(id, group, iface|undefined, join)
    rode_core::bind::func(
        ctx,
        &o,
        "setMembership",
        |id: u32, group: String, iface: Option<String>, join: bool| {
            with_sock(id, |h| h.sock.membership(&group, iface.as_deref(), join))
        },
    )?;
    // setSourceMembership(id, source, group, iface|undefined, join)
    rode_core::bind::func(
        ctx,
        &o,
        "setSourceMembership",
        |id: u32, source: String, group: String, iface: Option<String>, join: bool| {
            with_sock(id, |h| {
                h.sock
                    .source_membership(&source, &group, iface.as_deref(), join)
            })
        },
    )?;
    // bufferSize(id, size, recv): the size (read when `size` is 0), or -errno.
    rode_core::bind::func(
        ctx,
        &o,
        "bufferSize",
        |id: u32, size: u32, recv: bool| match handle(id) {
            Some(h) => match h.sock.buffer_size(recv, size) {
                Ok(v) => v as f64,
                Err(e) => errno_of(&e) as f64,
            },
            None => -libc::EBADF as f64,
        },
    )?;
    // [bytes queued, sends queued]
    rode_core::bind::func(ctx, &o, "sendQueue", |id: u32| -> Vec<f64> {
        match handle(id) {
            Some(h) => vec![h.queue_bytes.get() as f64, h.queue.borrow().len() as f64],
            None => vec![0.0, 0.0],
        }
    })?;
    Ok(o)
}
