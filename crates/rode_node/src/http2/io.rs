//! The in-memory transport an `h2` connection runs over: JS feeds it the bytes its socket
//! read, and takes the bytes `h2` wrote to send them on the socket.
//!
//! Writes are always accepted at once, so when `h2`'s connection has been polled to
//! `Pending` everything it encoded is in [`Pipe::output`] and the output ends on a frame
//! boundary (the session adds its own frames there).

use bytes::{Buf, BytesMut};
use std::cell::RefCell;
use std::io;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

#[derive(Default)]
pub struct Pipe {
    pub input: BytesMut,
    pub eof: bool,
    pub output: Vec<u8>,
    /// The transport is gone: writes fail.
    pub closed: bool,
    read_waker: Option<Waker>,
}

impl Pipe {
    /// Bytes the socket read.
    pub fn feed(&mut self, b: &[u8]) {
        self.input.extend_from_slice(b);
        if let Some(w) = self.read_waker.take() {
            w.wake();
        }
    }

    /// The socket's end of stream.
    pub fn end(&mut self) {
        self.eof = true;
        if let Some(w) = self.read_waker.take() {
            w.wake();
        }
    }
}

/// A handle on the shared [`Pipe`], given to `h2` as its I/O.
#[derive(Clone, Default)]
pub struct Io(pub Rc<RefCell<Pipe>>);

impl AsyncRead for Io {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let mut p = self.0.borrow_mut();
        if !p.input.is_empty() {
            let n = buf.remaining().min(p.input.len());
            buf.put_slice(&p.input[..n]);
            p.input.advance(n);
            return Poll::Ready(Ok(()));
        }
        if p.eof {
            return Poll::Ready(Ok(()));
        }
        p.read_waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl AsyncWrite for Io {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let mut p = self.0.borrow_mut();
        if p.closed {
            return Poll::Ready(Err(io::ErrorKind::BrokenPipe.into()));
        }
        p.output.extend_from_slice(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let mut p = self.0.borrow_mut();
        if p.closed {
            return Poll::Ready(Err(io::ErrorKind::BrokenPipe.into()));
        }
        let mut n = 0;
        for b in bufs {
            p.output.extend_from_slice(b);
            n += b.len();
        }
        Poll::Ready(Ok(n))
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
