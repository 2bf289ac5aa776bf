//! One UDP socket kept by libuv's rules for `uv_udp_t`, as plain Rust over tokio and socket2.
//!
//! - The fd is made on first need: `bind`, or a "deferred bind" to the any-address (port 0)
//!   before `connect`, a send or a membership change. Until then options fail with EBADF.
//! - IP-level options act on IPPROTO_IPV6 once the socket was bound to an IPv6 address.
//! - Only the handle holds the tokio socket: closing drops it and frees the port at once.
//!
//! Errors are `io::Error`s carrying the errno (as libuv returns them).

use super::addr::{parse_v4, parse_v6};
use socket2::{Domain, SockAddr, SockRef, Socket, Type};
use std::cell::{Cell, RefCell};
use std::io::{self, IoSlice};
use std::mem::{size_of, MaybeUninit};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV6};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::rc::Rc;
use tokio::net::UdpSocket;

/// libuv's bind flags.
pub const UV_UDP_IPV6ONLY: u32 = 1;
pub const UV_UDP_REUSEADDR: u32 = 4;

fn errno(code: i32) -> io::Error {
    io::Error::from_raw_os_error(code)
}

fn setsockopt<T>(fd: RawFd, level: i32, name: i32, v: &T) -> io::Result<()> {
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (v as *const T).cast(),
            size_of::<T>() as libc::socklen_t,
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

fn in_addr(ip: Ipv4Addr) -> libc::in_addr {
    libc::in_addr {
        s_addr: u32::from_ne_bytes(ip.octets()),
    }
}

/// A `sockaddr_storage` holding `ip` with `scope` (what `group_source_req` takes).
fn storage_v6(ip: Ipv6Addr, scope: u32) -> libc::sockaddr_storage {
    let sa = SockAddr::from(SocketAddrV6::new(ip, 0, 0, scope));
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let len = (sa.len() as usize).min(size_of::<libc::sockaddr_storage>());
    unsafe {
        std::ptr::copy_nonoverlapping(
            sa.as_ptr().cast::<u8>(),
            (&mut st as *mut libc::sockaddr_storage).cast::<u8>(),
            len,
        )
    };
    st
}

/// A UDP socket that may not exist yet.
#[derive(Default)]
pub struct UdpSock {
    inner: RefCell<Option<Rc<UdpSocket>>>,
    ipv6: Cell<bool>,
}

impl UdpSock {
    /// The socket, or EBADF when it has no fd yet.
    pub fn get(&self) -> io::Result<Rc<UdpSocket>> {
        self.inner
            .borrow()
            .clone()
            .ok_or_else(|| errno(libc::EBADF))
    }

    pub fn exists(&self) -> bool {
        self.inner.borrow().is_some()
    }

    pub fn fd(&self) -> RawFd {
        self.inner.borrow().as_ref().map_or(-1, |s| s.as_raw_fd())
    }

    /// Closes the fd now.
    pub fn close(&self) {
        self.inner.borrow_mut().take();
    }

    fn adopt(&self, s: Socket) -> io::Result<Rc<UdpSocket>> {
        s.set_nonblocking(true)?;
        let udp = Rc::new(UdpSocket::from_std(s.into())?);
        *self.inner.borrow_mut() = Some(udp.clone());
        Ok(udp)
    }

    fn ensure(&self, v6: bool) -> io::Result<Rc<UdpSocket>> {
        if let Some(s) = self.inner.borrow().as_ref() {
            return Ok(s.clone());
        }
        let domain = if v6 { Domain::IPV6 } else { Domain::IPV4 };
        self.adopt(Socket::new(domain, Type::DGRAM, None)?)
    }

    /// Wraps fd `fd` (a UDP socket the program owns), as `uv_udp_open`: EBUSY if this socket
    /// already has one.
    pub fn open(&self, fd: RawFd) -> io::Result<()> {
        if self.exists() {
            return Err(errno(libc::EBUSY));
        }
        let s = Socket::from(unsafe { OwnedFd::from_raw_fd(fd) });
        if let Err(e) = s
            .set_nonblocking(true)
            .and_then(|_| s.set_reuse_address(true))
        {
            // The fd stays the program's.
            let _ = s.into_raw_fd();
            return Err(e);
        }
        let v6 = s
            .local_addr()
            .ok()
            .and_then(|a| a.as_socket())
            .is_some_and(|a| a.is_ipv6());
        self.adopt(s)?;
        self.ipv6.set(v6);
        Ok(())
    }

    /// `uv_udp_bind`: makes the fd if needed, sets the flags' options, binds.
    pub fn bind(&self, addr: SocketAddr, flags: u32) -> io::Result<()> {
        if flags & UV_UDP_IPV6ONLY != 0 && !addr.is_ipv6() {
            return Err(errno(libc::EINVAL));
        }
        let s = self.ensure(addr.is_ipv6())?;
        let r = SockRef::from(&*s);
        if flags & UV_UDP_REUSEADDR != 0 {
            r.set_reuse_address(true)?;
        }
        if flags & UV_UDP_IPV6ONLY != 0 {
            r.set_only_v6(true)?;
        }
        match r.bind(&addr.into()) {
            Err(e) if e.raw_os_error() == Some(libc::EAFNOSUPPORT) => {
                return Err(errno(libc::EINVAL))
            }
            r => r?,
        }
        if addr.is_ipv6() {
            self.ipv6.set(true);
        }
        Ok(())
    }

    /// Binds to the any-address of the family, port 0, unless the fd exists already.
    pub fn deferred_bind(&self, v6: bool, flags: u32) -> io::Result<()> {
        if self.exists() {
            return Ok(());
        }
        let any = if v6 {
            SocketAddr::from((Ipv6Addr::UNSPECIFIED, 0))
        } else {
            SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0))
        };
        self.bind(any, flags)
    }

    pub fn connect(&self, addr: SocketAddr) -> io::Result<()> {
        self.deferred_bind(addr.is_ipv6(), 0)?;
        let s = self.get()?;
        loop {
            match SockRef::from(&*s).connect(&addr.into()) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                r => return r,
            }
        }
    }

    /// Dissolves the association made by `connect` (a connect to AF_UNSPEC).
    pub fn disconnect(&self) -> io::Result<()> {
        let fd = self.get()?.as_raw_fd();
        let mut sa: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
        sa.ss_family = libc::AF_UNSPEC as libc::sa_family_t;
        loop {
            let r = unsafe {
                libc::connect(
                    fd,
                    (&sa as *const libc::sockaddr_storage).cast(),
                    size_of::<libc::sockaddr_storage>() as libc::socklen_t,
                )
            };
            if r == 0 {
                return Ok(());
            }
            let e = io::Error::last_os_error();
            match e.raw_os_error() {
                Some(libc::EINTR) => continue,
                Some(libc::EAFNOSUPPORT) => return Ok(()),
                _ => return Err(e),
            }
        }
    }

    /// One datagram of `bufs` to `to` (or the connected peer); the fd is non-blocking.
    pub fn send(&self, bufs: &[IoSlice<'_>], to: Option<&SocketAddr>) -> io::Result<usize> {
        if let Some(a) = to {
            self.deferred_bind(a.is_ipv6(), 0)?;
        }
        let s = self.get()?;
        let r = SockRef::from(&*s);
        let to = to.map(|a| SockAddr::from(*a));
        loop {
            let res = match &to {
                Some(a) => r.send_to_vectored(bufs, a),
                None => r.send_vectored(bufs),
            };
            match res {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                res => return res,
            }
        }
    }

    /// One datagram into `buf`; `WouldBlock` when none is waiting.
    pub fn recv(&self, buf: &mut [u8]) -> io::Result<(usize, SocketAddr)> {
        let s = self.get()?;
        let r = SockRef::from(&*s);
        // SAFETY: the kernel only writes bytes into the buffer; u8 has no invalid values.
        let uninit = unsafe { &mut *(buf as *mut [u8] as *mut [MaybeUninit<u8>]) };
        loop {
            match r.recv_from(uninit) {
                Ok((n, from)) => {
                    let from = from.as_socket().ok_or_else(|| errno(libc::EAFNOSUPPORT))?;
                    return Ok((n, from));
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.get()?.local_addr()
    }

    pub fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.get()?.peer_addr()
    }

    /// An int option at the IP level of the socket's family (libuv's `uv__setsockopt`).
    fn set_ip_opt(&self, v4: i32, v6: i32, value: i32) -> io::Result<()> {
        let fd = self.get()?.as_raw_fd();
        if self.ipv6.get() {
            setsockopt(fd, libc::IPPROTO_IPV6, v6, &value)
        } else {
            setsockopt(fd, libc::IPPROTO_IP, v4, &value)
        }
    }

    pub fn set_broadcast(&self, on: bool) -> io::Result<()> {
        let fd = self.get()?.as_raw_fd();
        setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_BROADCAST,
            &(on as libc::c_int),
        )
    }

    pub fn set_ttl(&self, ttl: i32) -> io::Result<()> {
        if !(1..=255).contains(&ttl) {
            return Err(errno(libc::EINVAL));
        }
        self.set_ip_opt(libc::IP_TTL, libc::IPV6_UNICAST_HOPS, ttl)
    }

    pub fn set_multicast_ttl(&self, ttl: i32) -> io::Result<()> {
        if !(0..=255).contains(&ttl) {
            return Err(errno(libc::EINVAL));
        }
        self.set_ip_opt(libc::IP_MULTICAST_TTL, libc::IPV6_MULTICAST_HOPS, ttl)
    }

    pub fn set_multicast_loop(&self, on: bool) -> io::Result<()> {
        self.set_ip_opt(
            libc::IP_MULTICAST_LOOP,
            libc::IPV6_MULTICAST_LOOP,
            on as i32,
        )
    }

    /// The outgoing interface for multicast: an IPv4 address, or an IPv6 one whose zone
    /// names the interface (`::%eth0`).
    pub fn set_multicast_interface(&self, iface: &str) -> io::Result<()> {
        if let Some(ip) = parse_v4(iface) {
            let fd = self.get()?.as_raw_fd();
            setsockopt(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_IF, &in_addr(ip))
        } else if let Some((_, scope)) = parse_v6(iface) {
            let fd = self.get()?.as_raw_fd();
            setsockopt(fd, libc::IPPROTO_IPV6, libc::IPV6_MULTICAST_IF, &scope)
        } else {
            Err(errno(libc::EINVAL))
        }
    }

    /// Joins (`join`) or leaves multicast group `group` on interface `iface` (default: chosen
    /// by the system); binds to the any-address first if the socket has no fd.
    pub fn membership(&self, group: &str, iface: Option<&str>, join: bool) -> io::Result<()> {
        if let Some(g) = parse_v4(group) {
            self.deferred_bind(false, UV_UDP_REUSEADDR)?;
            let local = match iface {
                Some(s) => parse_v4(s).ok_or_else(|| errno(libc::EINVAL))?,
                None => Ipv4Addr::UNSPECIFIED,
            };
            let mreq = libc::ip_mreq {
                imr_multiaddr: in_addr(g),
                imr_interface: in_addr(local),
            };
            let opt = if join {
                libc::IP_ADD_MEMBERSHIP
            } else {
                libc::IP_DROP_MEMBERSHIP
            };
            setsockopt(self.get()?.as_raw_fd(), libc::IPPROTO_IP, opt, &mreq)
        } else if let Some((g, _)) = parse_v6(group) {
            self.deferred_bind(true, UV_UDP_REUSEADDR)?;
            let index = match iface {
                Some(s) => parse_v6(s).ok_or_else(|| errno(libc::EINVAL))?.1,
                None => 0,
            };
            let mreq = libc::ipv6_mreq {
                ipv6mr_multiaddr: libc::in6_addr {
                    s6_addr: g.octets(),
                },
                ipv6mr_interface: index,
            };
            let opt = if join {
                libc::IPV6_ADD_MEMBERSHIP
            } else {
                libc::IPV6_DROP_MEMBERSHIP
            };
            setsockopt(self.get()?.as_raw_fd(), libc::IPPROTO_IPV6, opt, &mreq)
        } else {
            Err(errno(libc::EINVAL))
        }
    }

    /// Joins or leaves the source-specific group (`source`, `group`).
    pub fn source_membership(
        &self,
        source: &str,
        group: &str,
        iface: Option<&str>,
        join: bool,
    ) -> io::Result<()> {
        if let Some(g) = parse_v4(group) {
            let src = parse_v4(source).ok_or_else(|| errno(libc::EINVAL))?;
            self.deferred_bind(false, UV_UDP_REUSEADDR)?;
            let local = match iface {
                Some(s) => parse_v4(s).ok_or_else(|| errno(libc::EINVAL))?,
                None => Ipv4Addr::UNSPECIFIED,
            };
            let mreq = libc::ip_mreq_source {
                imr_multiaddr: in_addr(g),
                imr_interface: in_addr(local),
                imr_sourceaddr: in_addr(src),
            };
            let opt = if join {
                libc::IP_ADD_SOURCE_MEMBERSHIP
            } else {
                libc::IP_DROP_SOURCE_MEMBERSHIP
            };
            setsockopt(self.get()?.as_raw_fd(), libc::IPPROTO_IP, opt, &mreq)
        } else {
            let (g, gscope) = parse_v6(group).ok_or_else(|| errno(libc::EINVAL))?;
            let (src, sscope) = parse_v6(source).ok_or_else(|| errno(libc::EINVAL))?;
            self.deferred_bind(true, UV_UDP_REUSEADDR)?;
            let index = match iface {
                Some(s) => parse_v6(s).ok_or_else(|| errno(libc::EINVAL))?.1,
                None => 0,
            };
            let req = libc::group_source_req {
                gsr_interface: index,
                gsr_group: storage_v6(g, gscope),
                gsr_source: storage_v6(src, sscope),
            };
            let opt = if join {
                libc::MCAST_JOIN_SOURCE_GROUP
            } else {
                libc::MCAST_LEAVE_SOURCE_GROUP
            };
            setsockopt(self.get()?.as_raw_fd(), libc::IPPROTO_IPV6, opt, &req)
        }
    }

    /// SO_RCVBUF (`recv`) or SO_SNDBUF: read when `size` is 0, else set and return `size`.
    pub fn buffer_size(&self, recv: bool, size: u32) -> io::Result<u32> {
        let fd = self.get()?.as_raw_fd();
        let opt = if recv {
            libc::SO_RCVBUF
        } else {
            libc::SO_SNDBUF
        };
        if size != 0 {
            setsockopt(fd, libc::SOL_SOCKET, opt, &(size as libc::c_int))?;
            return Ok(size);
        }
        let mut v: libc::c_int = 0;
        let mut len = size_of::<libc::c_int>() as libc::socklen_t;
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                opt,
                (&mut v as *mut libc::c_int).cast(),
                &mut len,
            )
        };
        if r != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(v as u32)
    }
}

/// Whether fd `fd` is a UDP socket (for `bind({ fd })`).
pub fn is_udp_fd(fd: RawFd) -> bool {
    let mut ty: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    let r = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_TYPE,
            (&mut ty as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if r != 0 || ty != libc::SOCK_DGRAM {
        return false;
    }
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut sl = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let r =
        unsafe { libc::getsockname(fd, (&mut ss as *mut libc::sockaddr_storage).cast(), &mut sl) };
    r == 0 && (ss.ss_family as i32 == libc::AF_INET || ss.ss_family as i32 == libc::AF_INET6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .unwrap()
    }

    #[test]
    fn options_need_an_fd() {
        let rt = rt();
        let _g = rt.enter();
        let s = UdpSock::default();
        let ebadf = |r: io::Result<()>| r.unwrap_err().raw_os_error();
        assert_eq!(ebadf(s.set_broadcast(true)), Some(libc::EBADF));
        assert_eq!(ebadf(s.set_ttl(5)), Some(libc::EBADF));
        assert_eq!(ebadf(s.set_ttl(0)), Some(libc::EINVAL));
        assert_eq!(ebadf(s.set_multicast_ttl(256)), Some(libc::EINVAL));
        assert_eq!(
            ebadf(s.set_multicast_interface("127.0.0.1")),
            Some(libc::EBADF)
        );
        assert_eq!(ebadf(s.set_multicast_interface("nope")), Some(libc::EINVAL));
        assert_eq!(
            s.local_addr().unwrap_err().raw_os_error(),
            Some(libc::EBADF)
        );
        // A membership change binds to the any-address first, as libuv does.
        assert_eq!(ebadf(s.membership("junk", None, true)), Some(libc::EINVAL));
        assert!(!s.exists());
        let _ = s.membership("224.0.0.114", Some("127.0.0.1"), true);
        assert!(s.exists());
        let a = s.local_addr().unwrap();
        assert!(a.ip().is_unspecified() && a.port() != 0);
        s.set_ttl(7).unwrap();
    }

    #[test]
    fn sends_and_receives() {
        let rt = rt();
        let _g = rt.enter();
        let (a, b) = (UdpSock::default(), UdpSock::default());
        a.bind("127.0.0.1:0".parse().unwrap(), 0).unwrap();
        let to = a.local_addr().unwrap();
        let n = b
            .send(&[IoSlice::new(b"he"), IoSlice::new(b"llo")], Some(&to))
            .unwrap();
        assert_eq!(n, 5);
        let mut buf = [0u8; 64];
        let (n, from) = a.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"hello");
        // b was bound to the any-address by the send.
        assert_eq!(from.port(), b.local_addr().unwrap().port());
        assert!(b.local_addr().unwrap().ip().is_unspecified());
        assert_eq!(
            a.recv(&mut buf).unwrap_err().kind(),
            io::ErrorKind::WouldBlock
        );
        b.connect(to).unwrap();
        assert_eq!(b.peer_addr().unwrap(), to);
        b.disconnect().unwrap();
        assert_eq!(
            b.peer_addr().unwrap_err().raw_os_error(),
            Some(libc::ENOTCONN)
        );
        let c = UdpSock::default();
        let e = c.bind(to, 0).unwrap_err();
        assert_eq!(e.raw_os_error(), Some(libc::EADDRINUSE));
        assert_eq!(
            c.bind(to, UV_UDP_IPV6ONLY).unwrap_err().raw_os_error(),
            Some(libc::EINVAL)
        );
        assert!(a.buffer_size(true, 0).unwrap() > 0);
        assert_eq!(a.buffer_size(false, 8192).unwrap(), 8192);
        assert!(is_udp_fd(a.fd()));
        a.close();
        assert_eq!(a.fd(), -1);
        // The port is free again at once.
        c.bind(to, 0).unwrap();
    }
}
