//! The byte streams and listeners behind `node:net` handles, as plain Rust over tokio:
//! TCP and Unix-domain sockets, and any other non-blocking fd (pipes, used by
//! child processes). Everything here is `&self`, so a reader task and the JS thread can
//! share one connection through an `Rc`.

use std::io::{self, IoSlice};
use std::net::SocketAddr;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::net::{TcpListener, TcpSocket, TcpStream, UnixListener, UnixStream};

/// A connected stream.
pub enum Conn {
    Tcp(TcpStream),
    Unix(UnixStream),
    /// A pipe or other fd put in non-blocking mode.
    Fd(AsyncFd<OwnedFd>),
}

fn fd_io<R>(r: libc::ssize_t, ok: impl FnOnce(usize) -> R) -> io::Result<R> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ok(r as usize))
    }
}

impl Conn {
    pub async fn readable(&self) -> io::Result<()> {
        match self {
            Conn::Tcp(s) => s.readable().await,
            Conn::Unix(s) => s.readable().await,
            Conn::Fd(f) => f.readable().await.map(|mut g| g.clear_ready()),
        }
    }

    pub async fn writable(&self) -> io::Result<()> {
        match self {
            Conn::Tcp(s) => s.writable().await,
            Conn::Unix(s) => s.writable().await,
            Conn::Fd(f) => f.writable().await.map(|mut g| g.clear_ready()),
        }
    }

    /// One non-blocking read; `WouldBlock` when nothing is there.
    pub fn try_read(&self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Conn::Tcp(s) => s.try_read(buf),
            Conn::Unix(s) => s.try_read(buf),
            Conn::Fd(f) => {
                let fd = f.get_ref().as_raw_fd();
                fd_io(
                    unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) },
                    |n| n,
                )
            }
        }
    }

    /// One non-blocking read appended to `buf`'s spare capacity (no zeroing, no copy);
    /// `WouldBlock` when nothing is there.
    pub fn try_read_into(&self, buf: &mut Vec<u8>) -> io::Result<usize> {
        match self {
            Conn::Tcp(s) => s.try_read_buf(buf),
            Conn::Unix(s) => s.try_read_buf(buf),
            Conn::Fd(f) => {
                let fd = f.get_ref().as_raw_fd();
                let spare = buf.spare_capacity_mut();
                let n = fd_io(
                    unsafe { libc::read(fd, spare.as_mut_ptr().cast(), spare.len()) },
                    |n| n,
                )?;
                // SAFETY: read(2) initialised the first `n` spare bytes.
                unsafe { buf.set_len(buf.len() + n) };
                Ok(n)
            }
        }
    }

    /// One non-blocking read that also takes fds passed with SCM_RIGHTS (Unix sockets only;
    /// other streams read plainly).
    pub fn try_read_with_fds(&self, buf: &mut [u8]) -> io::Result<(usize, Vec<OwnedFd>)> {
        match self {
            Conn::Unix(s) => s.try_io(Interest::READABLE, || {
                super::ipc::recv_with_fds(s.as_raw_fd(), buf)
            }),
            _ => self.try_read(buf).map(|n| (n, Vec::new())),
        }
    }

    /// One non-blocking write of `bytes` with fd `pass` attached (Unix sockets only).
    pub fn try_write_with_fd(&self, bytes: &[u8], pass: RawFd) -> io::Result<usize> {
        match self {
            Conn::Unix(s) => s.try_io(Interest::WRITABLE, || {
                super::ipc::send_with_fd(s.as_raw_fd(), bytes, pass)
            }),
            _ => Err(io::Error::from_raw_os_error(libc::ENOTSUP)),
        }
    }

    /// One non-blocking vectored write; `WouldBlock` when the socket buffer is full.
    pub fn try_write_vectored(&self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        match self {
            Conn::Tcp(s) => s.try_write_vectored(bufs),
            Conn::Unix(s) => s.try_write_vectored(bufs),
            Conn::Fd(f) => {
                let fd = f.get_ref().as_raw_fd();
                let cnt = bufs.len().min(1024) as libc::c_int;
                // IoSlice is ABI-compatible with iovec on Unix.
                fd_io(
                    unsafe { libc::writev(fd, bufs.as_ptr().cast(), cnt) },
                    |n| n,
                )
            }
        }
    }

    /// One writev(2) straight on the fd. tokio's `try_write*` answer WouldBlock until the
    /// reactor has seen the fd writable once, so a fresh socket would never take a write at
    /// once; the fd is non-blocking, so asking the kernel directly is safe.
    pub fn write_direct(&self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        let cnt = bufs.len().min(1024) as libc::c_int;
        // IoSlice is ABI-compatible with iovec on Unix.
        fd_io(
            unsafe { libc::writev(self.fd(), bufs.as_ptr().cast(), cnt) },
            |n| n,
        )
    }

    pub fn fd(&self) -> RawFd {
        match self {
            Conn::Tcp(s) => s.as_raw_fd(),
            Conn::Unix(s) => s.as_raw_fd(),
            Conn::Fd(f) => f.get_ref().as_raw_fd(),
        }
    }

    /// Half-closes the write side (`shutdown(SHUT_WR)`).
    pub fn shutdown_write(&self) -> io::Result<()> {
        if matches!(self, Conn::Fd(_)) {
            return Ok(());
        }
        if unsafe { libc::shutdown(self.fd(), libc::SHUT_WR) } != 0 {
            let e = io::Error::last_os_error();
            if e.raw_os_error() != Some(libc::ENOTCONN) {
                return Err(e);
            }
        }
        Ok(())
    }

    pub fn local_addr(&self) -> io::Result<Addr> {
        match self {
            Conn::Tcp(s) => s.local_addr().map(Addr::Ip),
            Conn::Unix(s) => s.local_addr().map(|a| Addr::path(a.as_pathname())),
            Conn::Fd(_) => Err(io::Error::from_raw_os_error(libc::ENOTSOCK)),
        }
    }

    pub fn peer_addr(&self) -> io::Result<Addr> {
        match self {
            Conn::Tcp(s) => s.peer_addr().map(Addr::Ip),
            Conn::Unix(s) => s.peer_addr().map(|a| Addr::path(a.as_pathname())),
            Conn::Fd(_) => Err(io::Error::from_raw_os_error(libc::ENOTSOCK)),
        }
    }

    pub fn set_nodelay(&self, on: bool) -> io::Result<()> {
        match self {
            Conn::Tcp(s) => s.set_nodelay(on),
            _ => Ok(()),
        }
    }

    /// SO_KEEPALIVE, and TCP_KEEPIDLE in seconds when enabling (libuv's uv_tcp_keepalive).
    pub fn set_keepalive(&self, on: bool, delay_secs: u32) -> io::Result<()> {
        let Conn::Tcp(s) = self else { return Ok(()) };
        let fd = s.as_raw_fd();
        setsockopt(fd, libc::SOL_SOCKET, libc::SO_KEEPALIVE, on as libc::c_int)?;
        if on {
            setsockopt(
                fd,
                libc::IPPROTO_TCP,
                libc::TCP_KEEPIDLE,
                delay_secs.max(1) as libc::c_int,
            )?;
            setsockopt(fd, libc::IPPROTO_TCP, libc::TCP_KEEPINTVL, 1)?;
            setsockopt(fd, libc::IPPROTO_TCP, libc::TCP_KEEPCNT, 10)?;
        }
        Ok(())
    }

    /// Wraps an fd the program passed in (`new net.Socket({ fd })`, child stdio pipes).
    pub fn from_fd(fd: OwnedFd) -> io::Result<Conn> {
        set_nonblocking(fd.as_raw_fd())?;
        let mut ty: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        let is_socket = unsafe {
            libc::getsockopt(
                fd.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_TYPE,
                (&mut ty as *mut libc::c_int).cast(),
                &mut len,
            )
        } == 0;
        if is_socket && ty == libc::SOCK_STREAM {
            let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
            let mut sl = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
            unsafe {
                libc::getsockname(
                    fd.as_raw_fd(),
                    (&mut ss as *mut libc::sockaddr_storage).cast(),
                    &mut sl,
                )
            };
            if ss.ss_family as i32 == libc::AF_UNIX {
                return UnixStream::from_std(std::os::unix::net::UnixStream::from(fd))
                    .map(Conn::Unix);
            }
            return TcpStream::from_std(std::net::TcpStream::from(fd)).map(Conn::Tcp);
        }
        // SAFETY: `fd` is owned and moves into the AsyncFd, so it stays open while registered.
        unsafe { AsyncFd::register_with_interest(fd, Interest::READABLE | Interest::WRITABLE) }
            .map(Conn::Fd)
            .map_err(io::Error::from)
    }
}

/// A socket address as `node:net` reports it.
pub enum Addr {
    Ip(SocketAddr),
    Path(String),
}

impl Addr {
    fn path(p: Option<&std::path::Path>) -> Addr {
        Addr::Path(
            p.map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        )
    }
}

pub fn set_nonblocking(fd: RawFd) -> io::Result<()> {
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

fn setsockopt(fd: RawFd, level: i32, name: i32, v: libc::c_int) -> io::Result<()> {
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (&v as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Opens a TCP connection to `addr`.
pub async fn connect_tcp(addr: SocketAddr) -> io::Result<TcpStream> {
    let sock = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    sock.connect(addr).await
}

/// A listening socket.
pub enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener),
}

/// Options for [`listen_tcp`], as `server.listen()` takes them.
pub struct ListenOptions {
    pub backlog: u32,
    pub ipv6_only: bool,
    pub reuse_port: bool,
}

/// Binds and listens like libuv: SO_REUSEADDR always, IPV6_V6ONLY when asked.
pub fn listen_tcp(addr: SocketAddr, o: &ListenOptions) -> io::Result<Listener> {
    let sock = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    sock.set_reuseaddr(true)?;
    if o.reuse_port {
        sock.set_reuseport(true)?;
    }
    if addr.is_ipv6() {
        setsockopt(
            sock.as_raw_fd(),
            libc::IPPROTO_IPV6,
            libc::IPV6_V6ONLY,
            o.ipv6_only as libc::c_int,
        )?;
    }
    sock.bind(addr)?;
    sock.listen(o.backlog).map(Listener::Tcp)
}

pub fn listen_unix(path: &str, backlog: u32) -> io::Result<Listener> {
    let std_l = std::os::unix::net::UnixListener::bind(path)?;
    if unsafe { libc::listen(std_l.as_raw_fd(), backlog as libc::c_int) } != 0 {
        return Err(io::Error::last_os_error());
    }
    std_l.set_nonblocking(true)?;
    UnixListener::from_std(std_l).map(Listener::Unix)
}

/// Wraps a listening socket fd (one passed over IPC, or `server.listen({ fd })`).
pub fn listener_from_fd(fd: OwnedFd) -> io::Result<Listener> {
    set_nonblocking(fd.as_raw_fd())?;
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut sl = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let r = unsafe {
        libc::getsockname(
            fd.as_raw_fd(),
            (&mut ss as *mut libc::sockaddr_storage).cast(),
            &mut sl,
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    if ss.ss_family as i32 == libc::AF_UNIX {
        UnixListener::from_std(std::os::unix::net::UnixListener::from(fd)).map(Listener::Unix)
    } else {
        TcpListener::from_std(std::net::TcpListener::from(fd)).map(Listener::Tcp)
    }
}

impl Listener {
    pub async fn accept(&self) -> io::Result<Conn> {
        match self {
            Listener::Tcp(l) => l.accept().await.map(|(s, _)| Conn::Tcp(s)),
            Listener::Unix(l) => l.accept().await.map(|(s, _)| Conn::Unix(s)),
        }
    }

    pub fn local_addr(&self) -> io::Result<Addr> {
        match self {
            Listener::Tcp(l) => l.local_addr().map(Addr::Ip),
            Listener::Unix(l) => l.local_addr().map(|a| Addr::path(a.as_pathname())),
        }
    }

    pub fn fd(&self) -> RawFd {
        match self {
            Listener::Tcp(l) => l.as_raw_fd(),
            Listener::Unix(l) => l.as_raw_fd(),
        }
    }
}
