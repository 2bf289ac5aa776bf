//! The I/O of a UDP handle: waiting for the socket, reading datagrams, flushing queued sends.
//!
//! A handle gets an I/O future once it receives or queues a send. The future waits for:
//!
//! - readability or a socket error while the handle receives: it then queues one read for
//!   the poll phase, which takes up to 32 datagrams off the socket on the JS thread
//!   (libuv's batch) and hands each to `owner.onrecv`, running nextTicks and microtasks
//!   after each, and stops early when JS stops receiving or closes the handle. A pending
//!   socket error (an ICMP "port unreachable" on a connected socket) is reported by that
//!   read's `recvfrom`, as libuv reports it;
//! - writability while sends are queued: it sends them in order and queues `onsend` for
//!   each.
//!
//! The future is kept in the handle and driven by a small task that holds only a weak
//! reference: closing the handle drops the future, and with it the socket, at once, so the
//! fd is closed and its port free before `close()` returns, as `uv_close` does.

use super::{addr, call_owner, errno_of, handle, Udp};
use rode_core::event_loop;
use rquickjs::{ArrayBuffer, Ctx};
use std::future::{poll_fn, Future};
use std::io::{self, IoSlice};
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::Poll;
use std::time::Duration;
use tokio::io::Interest;
use tokio::net::UdpSocket;

/// Datagrams read per wake-up (libuv's `uv__udp_recvmsg` count).
const BATCH: usize = 32;
/// Large enough for the largest UDP payload.
const BUF_SIZE: usize = 64 * 1024;

/// The I/O future a handle keeps.
pub type IoFuture = Pin<Box<dyn Future<Output = ()>>>;

/// Errors after which libuv keeps a send queued and waits for the socket.
pub fn is_would_block(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock || e.raw_os_error() == Some(libc::ENOBUFS)
}

/// Forgets the socket's readiness for `interest` (it said it would block).
fn clear(sock: &UdpSocket, interest: Interest) {
    let _ = sock.try_io(interest, || Err::<(), _>(io::ErrorKind::WouldBlock.into()));
}

/// Starts handle `id`'s I/O if it has none (the handle must have its socket).
pub fn start(id: u32, h: &Rc<Udp>) {
    if h.io.borrow().is_some() {
        return;
    }
    let Ok(sock) = h.sock.get() else { return };
    *h.io.borrow_mut() = Some(Box::pin(io_loop(id, Rc::downgrade(h), sock)));
    let weak = Rc::downgrade(h);
    tokio::task::spawn_local(poll_fn(move |cx| {
        let Some(h) = weak.upgrade() else {
            return Poll::Ready(());
        };
        let mut slot = h.io.borrow_mut();
        let Some(fut) = slot.as_mut() else {
            return Poll::Ready(());
        };
        let r = fut.as_mut().poll(cx);
        if r.is_ready() {
            *slot = None;
        }
        r
    }));
}

async fn io_loop(id: u32, weak: Weak<Udp>, sock: Rc<UdpSocket>) {
    let Some(wake) = weak.upgrade().map(|h| h.wake.clone()) else {
        return;
    };
    loop {
        let (want_read, want_write) = {
            let Some(h) = weak.upgrade() else { return };
            let want_write = !h.queue.borrow().is_empty();
            (h.receiving.get() && !h.read_scheduled.get(), want_write)
        };
        let interest = match (want_read, want_write) {
            (false, false) => {
                wake.notified().await;
                continue;
            }
            (true, false) => Interest::READABLE | Interest::ERROR,
            (false, true) => Interest::WRITABLE,
            (true, true) => Interest::READABLE | Interest::ERROR | Interest::WRITABLE,
        };
        let ready = tokio::select! {
            biased;
            _ = wake.notified() => continue,
            r = sock.ready(interest) => r,
        };
        let Ok(ready) = ready else { return };
        let Some(h) = weak.upgrade() else { return };
        let mut backoff = false;
        if want_write && ready.is_writable() {
            // An error makes tokio report the socket writable for good; don't spin on it.
            backoff = flush(id, &h, &sock) || ready.is_write_closed();
        }
        if want_read && (ready.is_readable() || ready.is_error() || ready.is_read_closed()) {
            h.read_scheduled.set(true);
            event_loop::queue_completion(Box::new(move |ctx| deliver(ctx, id)));
        }
        drop(h);
        if backoff {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
}

/// Sends queued datagrams until the socket would block; true when it should be retried
/// after a pause (the kernel was out of buffers).
fn flush(id: u32, h: &Udp, sock: &UdpSocket) -> bool {
    loop {
        let r = {
            let q = h.queue.borrow();
            let Some(front) = q.front() else {
                return false;
            };
            h.sock.send(&[IoSlice::new(&front.data)], front.to.as_ref())
        };
        let status = match r {
            Err(e) if is_would_block(&e) => {
                clear(sock, Interest::WRITABLE);
                return e.raw_os_error() == Some(libc::ENOBUFS);
            }
            Ok(_) => 0,
            Err(e) => errno_of(&e),
        };
        let Some(done) = h.queue.borrow_mut().pop_front() else {
            return false;
        };
        let n = done.data.len();
        h.queue_bytes.set(h.queue_bytes.get().saturating_sub(n));
        event_loop::queue_completion(Box::new(move |ctx| {
            let Some(h) = handle(id) else { return Ok(()) };
            h.sync_live();
            call_owner(ctx, &h.owner, &h.frame, "onsend", (status, n as f64))
        }));
    }
}

/// Reads up to [`BATCH`] datagrams for handle `id` and hands each to JS.
fn deliver(ctx: &Ctx<'_>, id: u32) -> rquickjs::Result<()> {
    let Some(h) = handle(id) else { return Ok(()) };
    h.read_scheduled.set(false);
    h.wake.notify_one();
    drop(h);
    let mut buf = vec![0u8; BUF_SIZE];
    for _ in 0..BATCH {
        let Some(h) = handle(id) else { break };
        if !h.receiving.get() {
            break;
        }
        let r = match h.sock.recv(&mut buf) {
            Ok((n, from)) => {
                let (ip, family, port) = addr::describe(&from);
                let ab = ArrayBuffer::new(ctx.clone(), buf[..n].to_vec())?;
                call_owner(
                    ctx,
                    &h.owner,
                    &h.frame,
                    "onrecv",
                    (n as i32, ab, ip, family, port),
                )
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                if let Ok(sock) = h.sock.get() {
                    // One interest at a time: tokio clears nothing for a combined one.
                    clear(&sock, Interest::READABLE);
                    clear(&sock, Interest::ERROR);
                }
                break;
            }
            Err(e) => {
                let r = call_owner(ctx, &h.owner, &h.frame, "onrecv", (errno_of(&e),));
                drop(h);
                event_loop::call_js(ctx, r)?;
                break;
            }
        };
        drop(h);
        event_loop::call_js(ctx, r)?;
    }
    Ok(())
}
