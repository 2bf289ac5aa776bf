//! IP address strings for `internalBinding('udp')`, read and written the way libuv and Node do:
//! parsing follows `uv_ip4_addr`/`uv_ip6_addr` (strict dotted quads; an IPv6 zone `%name`
//! becomes the interface's index, an unknown name index 0), and a received address is shown
//! as Node's `AddressToJS` shows it (a link-local IPv6 address gets `%<interface>`).

use std::ffi::{CStr, CString};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV6};

/// An IPv4 address as `inet_pton(AF_INET)` reads it.
pub fn parse_v4(s: &str) -> Option<Ipv4Addr> {
    s.parse().ok()
}

/// An IPv6 address and its scope id (`fe80::1%eth0`), as `uv_ip6_addr` reads it.
pub fn parse_v6(s: &str) -> Option<(Ipv6Addr, u32)> {
    match s.split_once('%') {
        Some((ip, zone)) => Some((ip.parse().ok()?, if_index(zone))),
        None => Some((s.parse().ok()?, 0)),
    }
}

/// `ip:port` for a socket of the given family (`udp6` sockets take IPv6 text only).
pub fn socket_addr(ip: &str, port: u16, v6: bool) -> Option<SocketAddr> {
    if v6 {
        let (ip, scope) = parse_v6(ip)?;
        Some(SocketAddr::V6(SocketAddrV6::new(ip, port, 0, scope)))
    } else {
        Some(SocketAddr::new(IpAddr::V4(parse_v4(ip)?), port))
    }
}

/// The index of interface `name`, 0 when there is none (libuv ignores unknown zones).
pub fn if_index(name: &str) -> u32 {
    match CString::new(name) {
        Ok(c) => unsafe { libc::if_nametoindex(c.as_ptr()) },
        Err(_) => 0,
    }
}

fn if_name(index: u32) -> String {
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    let p = unsafe { libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return index.to_string();
    }
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// `(address, family, port)` as Node reports a socket address.
pub fn describe(a: &SocketAddr) -> (String, &'static str, u16) {
    match a {
        SocketAddr::V4(v4) => (v4.ip().to_string(), "IPv4", v4.port()),
        SocketAddr::V6(v6) => {
            let mut text = v6.ip().to_string();
            let link_local = (v6.ip().segments()[0] & 0xffc0) == 0xfe80;
            if link_local && v6.scope_id() > 0 {
                text.push('%');
                text.push_str(&if_name(v6.scope_id()));
            }
            (text, "IPv6", v6.port())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_libuv() {
        assert_eq!(parse_v4("127.0.0.1"), Some(Ipv4Addr::LOCALHOST));
        assert_eq!(parse_v4("::1"), None);
        assert_eq!(parse_v4("1.2.3"), None);
        assert_eq!(parse_v6("::1"), Some((Ipv6Addr::LOCALHOST, 0)));
        assert_eq!(parse_v6("127.0.0.1"), None);
        assert_eq!(
            parse_v6("ff02::1%lo"),
            Some(("ff02::1".parse().unwrap(), if_index("lo")))
        );
        assert_eq!(parse_v6("::1%no-such-if"), Some((Ipv6Addr::LOCALHOST, 0)));
        assert!(socket_addr("::1", 5, false).is_none());
        assert_eq!(
            socket_addr("10.0.0.1", 5, false),
            Some("10.0.0.1:5".parse().unwrap())
        );
    }

    #[test]
    fn describes_like_node() {
        let a: SocketAddr = "127.0.0.1:80".parse().unwrap();
        assert_eq!(describe(&a), ("127.0.0.1".into(), "IPv4", 80));
        let lo = if_index("lo");
        let ll = SocketAddr::V6(SocketAddrV6::new("fe80::1".parse().unwrap(), 9, 0, lo));
        assert_eq!(
            describe(&ll).0,
            if lo > 0 { "fe80::1%lo" } else { "fe80::1" }
        );
        let g = SocketAddr::V6(SocketAddrV6::new("ff02::1".parse().unwrap(), 9, 0, lo));
        assert_eq!(describe(&g).0, "ff02::1");
    }
}
