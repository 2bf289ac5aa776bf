//! `internalBinding('dns')`: name lookup with the system resolver (getaddrinfo and
//! getnameinfo on tokio's blocking pool), as `dns.lookup` and `dns.lookupService` do in
//! Node through libuv.
//!
//! - `getaddrinfo(hostname, family, hints, cb)`: `cb(status, addresses)`; `family` is 0, 4
//!   or 6, `hints` `AI_ADDRCONFIG | AI_V4MAPPED | AI_ALL` bits as Node passes them.
//!   Addresses come in the resolver's order as `[address, family, …]`. `status` is 0 or a
//!   libuv error code (`UV_EAI_NONAME` …) from [`eai_to_uv`].
//! - `getnameinfo(ip, port, cb)`: `cb(status, hostname, service)`.
//! - `query(servers, name, type, timeoutMs, tries, cb)`: a DNS protocol query ([`query`]);
//!   `servers` is `[ip, port, …]`; `cb(null, records)` or `cb(code)` with a c-ares code name.
//!   Each record is `[type, ttl, …fields]` (see `answer_value`).
//! - `systemServers()`: /etc/resolv.conf's name servers as `[ip, port, …]`.

mod query;

use rode_core::{bind, event_loop};
use rquickjs::{Ctx, Function, Object, Persistent, Result};
use std::ffi::{CStr, CString};
use std::net::{IpAddr, SocketAddr};

/// libuv's UV_EAI_* codes for getaddrinfo's EAI_* results.
fn eai_to_uv(e: i32) -> i32 {
    match e {
        libc::EAI_AGAIN => -3001,
        libc::EAI_BADFLAGS => -3002,
        libc::EAI_FAIL => -3004,
        libc::EAI_FAMILY => -3005,
        libc::EAI_MEMORY => -3006,
        libc::EAI_NONAME => -3008,
        libc::EAI_OVERFLOW => -3009,
        libc::EAI_SERVICE => -3010,
        libc::EAI_SOCKTYPE => -3011,
        libc::EAI_SYSTEM => -std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO),
        _ => -3000,
    }
}

/// Resolves `host` with getaddrinfo: `(address, 4|6)` pairs, or a libuv error code.
pub fn getaddrinfo(
    host: &str,
    family: i32,
    hints: i32,
) -> std::result::Result<Vec<(String, i32)>, i32> {
    let Ok(c) = CString::new(host) else {
        return Err(-3008);
    };
    let mut h: libc::addrinfo = unsafe { std::mem::zeroed() };
    h.ai_family = match family {
        4 => libc::AF_INET,
        6 => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    h.ai_socktype = libc::SOCK_STREAM;
    h.ai_flags = hints;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let r = unsafe { libc::getaddrinfo(c.as_ptr(), std::ptr::null(), &h, &mut res) };
    if r != 0 {
        return Err(eai_to_uv(r));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        let ai = unsafe { &*p };
        if !ai.ai_addr.is_null() {
            match ai.ai_family {
                libc::AF_INET => {
                    let sa = unsafe { &*(ai.ai_addr as *const libc::sockaddr_in) };
                    let ip = std::net::Ipv4Addr::from(u32::from_be(sa.sin_addr.s_addr));
                    out.push((ip.to_string(), 4));
                }
                libc::AF_INET6 => {
                    let sa = unsafe { &*(ai.ai_addr as *const libc::sockaddr_in6) };
                    let ip = std::net::Ipv6Addr::from(sa.sin6_addr.s6_addr);
                    let s = if sa.sin6_scope_id != 0 {
                        format!("{ip}%{}", sa.sin6_scope_id)
                    } else {
                        ip.to_string()
                    };
                    out.push((s, 6));
                }
                _ => {}
            }
        }
        p = ai.ai_next;
    }
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// Reverse lookup of `ip:port`: `(hostname, service)` or a libuv error code.
pub fn getnameinfo(ip: &str, port: u16) -> std::result::Result<(String, String), i32> {
    let Ok(ip) = ip.parse::<IpAddr>() else {
        return Err(-libc::EINVAL);
    };
    let sa = SocketAddr::new(ip, port);
    let (storage, len) = sockaddr(&sa);
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    let r = unsafe {
        libc::getnameinfo(
            (&storage as *const libc::sockaddr_storage).cast(),
            len,
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr(),
            serv.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    if r != 0 {
        return Err(eai_to_uv(r));
    }
    let h = unsafe { CStr::from_ptr(host.as_ptr()) }
        .to_string_lossy()
        .into_owned();
    let s = unsafe { CStr::from_ptr(serv.as_ptr()) }
        .to_string_lossy()
        .into_owned();
    Ok((h, s))
}

fn sockaddr(sa: &SocketAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    match sa {
        SocketAddr::V4(a) => {
            let p = (&mut ss as *mut libc::sockaddr_storage).cast::<libc::sockaddr_in>();
            unsafe {
                (*p).sin_family = libc::AF_INET as libc::sa_family_t;
                (*p).sin_port = a.port().to_be();
                (*p).sin_addr.s_addr = u32::from(*a.ip()).to_be();
            }
            (
                ss,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            )
        }
        SocketAddr::V6(a) => {
            let p = (&mut ss as *mut libc::sockaddr_storage).cast::<libc::sockaddr_in6>();
            unsafe {
                (*p).sin6_family = libc::AF_INET6 as libc::sa_family_t;
                (*p).sin6_port = a.port().to_be();
                (*p).sin6_addr.s6_addr = a.ip().octets();
                (*p).sin6_scope_id = a.scope_id();
            }
            (
                ss,
                std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
            )
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("AI_ADDRCONFIG", libc::AI_ADDRCONFIG)?;
    o.set("AI_ALL", libc::AI_ALL)?;
    o.set("AI_V4MAPPED", libc::AI_V4MAPPED)?;
    bind::func(
        ctx,
        &o,
        "getaddrinfo",
        |ctx: Ctx<'js>, host: String, family: i32, hints: i32, cb: Function<'js>| {
            let cb = Persistent::save(&ctx, cb);
            event_loop::spawn_blocking_op(
                move || getaddrinfo(&host, family, hints),
                move |ctx, r| {
                    let f = cb.restore(ctx)?;
                    match r {
                        Ok(list) => {
                            let arr = rquickjs::Array::new(ctx.clone())?;
                            for (i, (a, fam)) in list.into_iter().enumerate() {
                                arr.set(i * 2, a)?;
                                arr.set(i * 2 + 1, fam)?;
                            }
                            f.call::<_, ()>((0, arr))
                        }
                        Err(code) => f.call::<_, ()>((code,)),
                    }
                },
            );
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getnameinfo",
        |ctx: Ctx<'js>, ip: String, port: u16, cb: Function<'js>| {
            let cb = Persistent::save(&ctx, cb);
            event_loop::spawn_blocking_op(
                move || getnameinfo(&ip, port),
                move |ctx, r| {
                    let f = cb.restore(ctx)?;
                    match r {
                        Ok((h, s)) => f.call::<_, ()>((0, h, s)),
                        Err(code) => f.call::<_, ()>((code,)),
                    }
                },
            );
        },
    )?;
    bind::func(
        ctx,
        &o,
        "query",
        |ctx: Ctx<'js>,
         servers: Vec<String>,
         name: String,
         qtype: u16,
         timeout: f64,
         tries: u32,
         cb: Function<'js>| {
            let list: Vec<SocketAddr> = servers
                .chunks(2)
                .filter_map(|p| {
                    let ip: IpAddr = p.first()?.parse().ok()?;
                    Some(SocketAddr::new(ip, p.get(1)?.parse().ok()?))
                })
                .collect();
            let cb = Persistent::save(&ctx, cb);
            let timeout = if timeout.is_finite() && timeout > 0.0 {
                timeout as u64
            } else {
                5000
            };
            event_loop::spawn_op(
                query::query(list, name, qtype, timeout, tries),
                move |ctx, r| {
                    let f = cb.restore(ctx)?;
                    match r {
                        Ok(answers) => {
                            let arr = rquickjs::Array::new(ctx.clone())?;
                            for (i, a) in answers.into_iter().enumerate() {
                                arr.set(i, answer_value(ctx, a)?)?;
                            }
                            f.call::<_, ()>((rquickjs::Null, arr))
                        }
                        Err(code) => f.call::<_, ()>((code,)),
                    }
                },
            );
        },
    )?;
    bind::func(ctx, &o, "systemServers", || -> Vec<String> {
        query::system_servers()
            .into_iter()
            .flat_map(|a| [a.ip().to_string(), a.port().to_string()])
            .collect()
    })?;
    Ok(o)
}

/// `[type, ttl, …fields]` for JS (internal/dns/resolver.js shapes it per method).
fn answer_value<'js>(ctx: &Ctx<'js>, a: query::Answer) -> Result<rquickjs::Array<'js>> {
    use query::Answer;
    let arr = rquickjs::Array::new(ctx.clone())?;
    let mut i = 0;
    let mut push = |v: rquickjs::Value<'js>| -> Result<()> {
        arr.set(i, v)?;
        i += 1;
        Ok(())
    };
    let s = |v: &str| rquickjs::String::from_str(ctx.clone(), v).map(|s| s.into_value());
    let n = |v: f64| rquickjs::Value::new_number(ctx.clone(), v);
    match a {
        Answer::Text(t, ttl, v) => {
            push(s(t)?)?;
            push(n(ttl as f64))?;
            push(s(&v)?)?;
        }
        Answer::Mx(ttl, prio, ex) => {
            push(s("MX")?)?;
            push(n(ttl as f64))?;
            push(n(prio as f64))?;
            push(s(&ex)?)?;
        }
        Answer::Txt(ttl, chunks) => {
            push(s("TXT")?)?;
            push(n(ttl as f64))?;
            let c = rquickjs::Array::new(ctx.clone())?;
            for (j, ch) in chunks.iter().enumerate() {
                c.set(j, ch.as_str())?;
            }
            push(c.into_value())?;
        }
        Answer::Srv(ttl, target, port, prio, weight) => {
            push(s("SRV")?)?;
            push(n(ttl as f64))?;
            push(s(&target)?)?;
            for v in [port, prio, weight] {
                push(n(v as f64))?;
            }
        }
        Answer::Soa(ttl, names, nums) => {
            push(s("SOA")?)?;
            push(n(ttl as f64))?;
            for v in &names {
                push(s(v)?)?;
            }
            for v in nums {
                push(n(v as f64))?;
            }
        }
        Answer::Caa(ttl, flags, tag, value) => {
            push(s("CAA")?)?;
            push(n(ttl as f64))?;
            push(n(flags as f64))?;
            push(s(&tag)?)?;
            push(s(&value)?)?;
        }
        Answer::Naptr(ttl, texts, order, pref) => {
            push(s("NAPTR")?)?;
            push(n(ttl as f64))?;
            for v in &texts {
                push(s(v)?)?;
            }
            push(n(order as f64))?;
            push(n(pref as f64))?;
        }
    }
    Ok(arr)
}
