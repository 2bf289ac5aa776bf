//! `internalBinding('os')`: what `node:os` reads from the system, with libuv's sources and
//! rules on Linux (/proc files, uname, getifaddrs, getpwuid_r, getpriority).
//!
//! Functions that can fail take a trailing `ctx` object: on failure they set `ctx.errno`
//! (libuv's negative errno) and `ctx.syscall` and return `undefined`; `os.js` turns that
//! into Node's `ERR_SYSTEM_ERROR`.
//!
//! - `getOSInformation()` → `[sysname, version, release, machine]`
//! - `getHostname(ctx)`, `getHomeDirectory(ctx)` → string
//! - `getUptime(ctx)` → seconds; `getLoadAvg()` → `[1, 5, 15]`
//! - `getFreeMem()`, `getTotalMem()` → bytes; `getAvailableParallelism()` → count
//! - `getCPUs()` → flat `[model, speed, user, nice, sys, idle, irq, …]` (times in ms)
//! - `getInterfaceAddresses(ctx)` → flat `[name, address, netmask, family, mac, internal,
//!   scopeid (-1: none), prefix length (-1: netmask not contiguous), …]`
//! - `getPriority(pid, ctx)` → priority; `setPriority(pid, priority, ctx)` → 0 or undefined
//! - `getUserInfo(ctx)` → `[uid, gid, username, homedir, shell | null]`
//! - `getConstants()` → `{ UV_UDP_REUSEADDR, dlopen, errno, signals, priority }`, each a
//!   list of `[name, value]` in Node's order
//! - `isBigEndian`: boolean

use rode_core::bind;
use rquickjs::{Array, Ctx, IntoJs, Object, Result, Value};
use std::ffi::CStr;

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn fail<'js>(ctx_obj: &Object<'js>, err: i32, syscall: &str) -> Result<()> {
    ctx_obj.set("errno", -err)?;
    ctx_obj.set("syscall", syscall)?;
    Ok(())
}

fn cstr(bytes: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = bytes
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `[sysname, version, release, machine]` from uname(2).
pub fn os_information() -> [String; 4] {
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return Default::default();
    }
    [
        cstr(&u.sysname),
        cstr(&u.version),
        cstr(&u.release),
        cstr(&u.machine),
    ]
}

pub fn hostname() -> std::result::Result<String, i32> {
    let mut buf = [0 as libc::c_char; 256];
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len()) } != 0 {
        return Err(errno());
    }
    Ok(cstr(&buf))
}

/// The first number of a /proc file such as /proc/uptime.
fn proc_numbers(path: &str) -> Option<Vec<f64>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.split_whitespace()
            .map_while(|w| w.parse::<f64>().ok())
            .collect(),
    )
}

pub fn uptime() -> std::result::Result<f64, i32> {
    if let Some(v) = proc_numbers("/proc/uptime").and_then(|v| v.first().copied()) {
        return Ok(v);
    }
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    if unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) } != 0 {
        return Err(errno());
    }
    Ok(ts.tv_sec as f64)
}

pub fn loadavg() -> [f64; 3] {
    if let Some(v) = proc_numbers("/proc/loadavg") {
        if v.len() >= 3 {
            return [v[0], v[1], v[2]];
        }
    }
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    if unsafe { libc::sysinfo(&mut info) } != 0 {
        return [0.0; 3];
    }
    info.loads.map(|l| l as f64 / 65536.0)
}

/// A `/proc/meminfo` field in bytes.
fn meminfo(field: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text
        .lines()
        .find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))?;
    let kb: f64 = line[field.len() + 1..]
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(kb * 1024.0)
}

fn sysinfo_mem(free: bool) -> f64 {
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    if unsafe { libc::sysinfo(&mut info) } != 0 {
        return 0.0;
    }
    let n = if free { info.freeram } else { info.totalram };
    n as f64 * info.mem_unit as f64
}

pub fn free_mem() -> f64 {
    meminfo("MemAvailable").unwrap_or_else(|| sysinfo_mem(true))
}

pub fn total_mem() -> f64 {
    meminfo("MemTotal").unwrap_or_else(|| sysinfo_mem(false))
}

pub fn available_parallelism() -> u32 {
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } == 0
    {
        let n = unsafe { libc::CPU_COUNT(&set) };
        if n > 0 {
            return n as u32;
        }
    }
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    n.max(1) as u32
}

#[derive(Debug, Default, Clone)]
pub struct Cpu {
    pub model: String,
    /// MHz.
    pub speed: f64,
    /// user, nice, sys, idle, irq in milliseconds.
    pub times: [f64; 5],
}

/// Per-CPU times from /proc/stat, models from /proc/cpuinfo and speeds from cpufreq, as
/// libuv's uv_cpu_info reads them.
pub fn cpus() -> Vec<Cpu> {
    let Ok(stat) = std::fs::read_to_string("/proc/stat") else {
        return Vec::new();
    };
    let mut found: Vec<(usize, Cpu)> = Vec::new();
    for line in stat.lines().skip(1) {
        let Some(rest) = line.strip_prefix("cpu") else {
            break;
        };
        let mut words = rest.split_whitespace();
        let Some(Ok(id)) = words.next().map(str::parse::<usize>) else {
            break;
        };
        let nums: Vec<f64> = words.take(6).map_while(|w| w.parse::<f64>().ok()).collect();
        if nums.len() < 6 {
            break;
        }
        // user nice system idle iowait irq; times are in USER_HZ (100): 10 ms each.
        let times = [
            nums[0] * 10.0,
            nums[1] * 10.0,
            nums[2] * 10.0,
            nums[3] * 10.0,
            nums[5] * 10.0,
        ];
        found.push((
            id,
            Cpu {
                model: "unknown".into(),
                speed: 0.0,
                times,
            },
        ));
    }
    if let Ok(info) = std::fs::read_to_string("/proc/cpuinfo") {
        let mut current: Option<usize> = None;
        for line in info.lines() {
            if let Some(v) = line.strip_prefix("processor\t: ") {
                current = v.trim().parse().ok();
            } else if let Some(v) = line.strip_prefix("model name\t: ") {
                if let Some(id) = current {
                    if let Some((_, c)) = found.iter_mut().find(|(i, _)| *i == id) {
                        c.model = v.to_string();
                    }
                }
            } else if line.is_empty() {
                current = None;
            }
        }
    }
    for (id, c) in found.iter_mut() {
        let path = format!("/sys/devices/system/cpu/cpu{id}/cpufreq/scaling_cur_freq");
        if let Ok(s) = std::fs::read_to_string(path) {
            if let Ok(khz) = s.trim().parse::<u64>() {
                c.speed = (khz / 1000) as f64;
            }
        }
    }
    found.sort_by_key(|(id, _)| *id);
    found.into_iter().map(|(_, c)| c).collect()
}

/// IPv6 text form as libuv (BIND's inet_ntop6) writes it: the longest run of two or more
/// zero groups becomes "::", and IPv4-compatible/mapped addresses end in dotted decimal.
pub fn ipv6_string(b: &[u8; 16]) -> String {
    let words: Vec<u16> = (0..8)
        .map(|i| u16::from_be_bytes([b[2 * i], b[2 * i + 1]]))
        .collect();
    let (mut best, mut best_len) = (usize::MAX, 0);
    let mut i = 0;
    while i < 8 {
        if words[i] == 0 {
            let start = i;
            while i < 8 && words[i] == 0 {
                i += 1;
            }
            if i - start > best_len {
                best = start;
                best_len = i - start;
            }
        } else {
            i += 1;
        }
    }
    if best_len < 2 {
        best = usize::MAX;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < 8 {
        if i == best {
            out.push(':');
            i += best_len;
            if i == 8 {
                out.push(':');
            }
            continue;
        }
        if i != 0 {
            out.push(':');
        }
        let embedded_v4 = i == 6
            && best == 0
            && (best_len == 6
                || (best_len == 7 && words[7] != 1)
                || (best_len == 5 && words[5] == 0xffff));
        if embedded_v4 {
            out.push_str(&format!("{}.{}.{}.{}", b[12], b[13], b[14], b[15]));
            break;
        }
        out.push_str(&format!("{:x}", words[i]));
        i += 1;
    }
    out
}

/// Length of the run of leading one bits when the rest are zeros, else `None`.
pub fn prefix_len(mask: &[u8]) -> Option<u32> {
    let ones: u32 = mask.iter().map(|b| b.count_ones()).sum();
    let mut expect = ones;
    for &b in mask {
        let want = if expect >= 8 {
            0xff
        } else {
            !(0xffu8.checked_shr(expect).unwrap_or(0))
        };
        if b != want {
            return None;
        }
        expect = expect.saturating_sub(8);
    }
    Some(ones)
}

#[derive(Debug, Clone)]
pub struct Interface {
    pub name: String,
    pub address: String,
    pub netmask: String,
    pub ipv6: bool,
    pub mac: String,
    pub internal: bool,
    pub scopeid: i64,
    pub prefix: Option<u32>,
}

unsafe fn sockaddr_parts(sa: *const libc::sockaddr) -> Option<(bool, Vec<u8>, u32)> {
    if sa.is_null() {
        return None;
    }
    match (*sa).sa_family as i32 {
        libc::AF_INET => {
            let sin = &*(sa as *const libc::sockaddr_in);
            Some((false, sin.sin_addr.s_addr.to_ne_bytes().to_vec(), 0))
        }
        libc::AF_INET6 => {
            let sin6 = &*(sa as *const libc::sockaddr_in6);
            Some((true, sin6.sin6_addr.s6_addr.to_vec(), sin6.sin6_scope_id))
        }
        _ => None,
    }
}

fn addr_string(ipv6: bool, bytes: &[u8]) -> String {
    if ipv6 {
        let mut b = [0u8; 16];
        b.copy_from_slice(&bytes[..16]);
        ipv6_string(&b)
    } else {
        format!("{}.{}.{}.{}", bytes[0], bytes[1], bytes[2], bytes[3])
    }
}

/// Addresses of the interfaces that are up and running (libuv's uv_interface_addresses).
pub fn interfaces() -> std::result::Result<Vec<Interface>, i32> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Err(errno());
    }
    let up =
        |flags: u32| flags & (libc::IFF_UP as u32) != 0 && flags & (libc::IFF_RUNNING as u32) != 0;
    let mut out: Vec<Interface> = Vec::new();
    let mut macs: Vec<(String, String)> = Vec::new();
    let mut p = head;
    while !p.is_null() {
        let ent = unsafe { &*p };
        p = ent.ifa_next;
        if !up(ent.ifa_flags) || ent.ifa_addr.is_null() {
            continue;
        }
        let name = unsafe { CStr::from_ptr(ent.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let family = unsafe { (*ent.ifa_addr).sa_family } as i32;
        if family == libc::AF_PACKET {
            let ll = unsafe { &*(ent.ifa_addr as *const libc::sockaddr_ll) };
            let mac = ll.sll_addr[..6]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(":");
            macs.push((name, mac));
            continue;
        }
        let Some((ipv6, addr, scope)) = (unsafe { sockaddr_parts(ent.ifa_addr) }) else {
            continue;
        };
        let mask = unsafe { sockaddr_parts(ent.ifa_netmask) }
            .map(|(_, m, _)| m)
            .unwrap_or_else(|| vec![0; if ipv6 { 16 } else { 4 }]);
        out.push(Interface {
            name,
            address: addr_string(ipv6, &addr),
            netmask: addr_string(ipv6, &mask),
            ipv6,
            mac: "00:00:00:00:00:00".into(),
            internal: ent.ifa_flags & (libc::IFF_LOOPBACK as u32) != 0,
            scopeid: if ipv6 { scope as i64 } else { -1 },
            prefix: prefix_len(&mask),
        });
    }
    unsafe { libc::freeifaddrs(head) };
    for (name, mac) in macs {
        for i in out.iter_mut().filter(|i| i.name == name) {
            i.mac = mac.clone();
        }
    }
    Ok(out)
}

pub struct Passwd {
    pub uid: u32,
    pub gid: u32,
    pub username: String,
    pub homedir: String,
    pub shell: Option<String>,
}

/// The effective user's passwd entry (getpwuid_r).
pub fn passwd() -> std::result::Result<Passwd, i32> {
    let uid = unsafe { libc::geteuid() };
    let mut size = match unsafe { libc::sysconf(libc::_SC_GETPW_R_SIZE_MAX) } {
        n if n > 0 => n as usize,
        _ => 4096,
    };
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let r = unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), size, &mut result) };
        if r == libc::ERANGE && size < (1 << 20) {
            size *= 2;
            continue;
        }
        if r != 0 {
            return Err(r);
        }
        if result.is_null() {
            return Err(libc::ENOENT);
        }
        let s =
            |p: *const libc::c_char| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
        return Ok(Passwd {
            uid: pw.pw_uid,
            gid: pw.pw_gid,
            username: s(pw.pw_name),
            homedir: s(pw.pw_dir),
            shell: if pw.pw_shell.is_null() {
                None
            } else {
                Some(s(pw.pw_shell))
            },
        });
    }
}

/// $HOME when set, else the passwd entry's directory (libuv's uv_os_homedir).
pub fn homedir() -> std::result::Result<String, i32> {
    if let Some(h) = std::env::var_os("HOME") {
        return Ok(h.to_string_lossy().into_owned());
    }
    passwd().map(|p| p.homedir)
}

macro_rules! pairs {
    ($($name:ident),* $(,)?) => {
        vec![$((stringify!($name), libc::$name as i64)),*]
    };
}

fn errno_constants() -> Vec<(&'static str, i64)> {
    pairs![
        E2BIG,
        EACCES,
        EADDRINUSE,
        EADDRNOTAVAIL,
        EAFNOSUPPORT,
        EAGAIN,
        EALREADY,
        EBADF,
        EBADMSG,
        EBUSY,
        ECANCELED,
        ECHILD,
        ECONNABORTED,
        ECONNREFUSED,
        ECONNRESET,
        EDEADLK,
        EDESTADDRREQ,
        EDOM,
        EDQUOT,
        EEXIST,
        EFAULT,
        EFBIG,
        EHOSTUNREACH,
        EIDRM,
        EILSEQ,
        EINPROGRESS,
        EINTR,
        EINVAL,
        EIO,
        EISCONN,
        EISDIR,
        ELOOP,
        EMFILE,
        EMLINK,
        EMSGSIZE,
        EMULTIHOP,
        ENAMETOOLONG,
        ENETDOWN,
        ENETRESET,
        ENETUNREACH,
        ENFILE,
        ENOBUFS,
        ENODATA,
        ENODEV,
        ENOENT,
        ENOEXEC,
        ENOLCK,
        ENOLINK,
        ENOMEM,
        ENOMSG,
        ENOPROTOOPT,
        ENOSPC,
        ENOSR,
        ENOSTR,
        ENOSYS,
        ENOTCONN,
        ENOTDIR,
        ENOTEMPTY,
        ENOTSOCK,
        ENOTSUP,
        ENOTTY,
        ENXIO,
        EOPNOTSUPP,
        EOVERFLOW,
        EPERM,
        EPIPE,
        EPROTO,
        EPROTONOSUPPORT,
        EPROTOTYPE,
        ERANGE,
        EROFS,
        ESPIPE,
        ESRCH,
        ESTALE,
        ETIME,
        ETIMEDOUT,
        ETXTBSY,
        EWOULDBLOCK,
        EXDEV,
    ]
}

fn signal_constants() -> Vec<(&'static str, i64)> {
    pairs![
        SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL,
        SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD, SIGSTKFLT, SIGCONT, SIGSTOP,
        SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO,
        SIGPOLL, SIGPWR, SIGSYS,
    ]
}

fn dlopen_constants() -> Vec<(&'static str, i64)> {
    pairs![RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL, RTLD_DEEPBIND]
}

fn pairs_array<'js>(ctx: &Ctx<'js>, pairs: &[(&str, i64)]) -> Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    for (i, (name, value)) in pairs.iter().enumerate() {
        let pair = Array::new(ctx.clone())?;
        pair.set(0, *name)?;
        pair.set(1, *value as f64)?;
        arr.set(i, pair)?;
    }
    Ok(arr)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set("isBigEndian", cfg!(target_endian = "big"))?;
    bind::func(ctx, &o, "getOSInformation", || os_information().to_vec())?;
    bind::func(
        ctx,
        &o,
        "getHostname",
        |c: Object<'js>| -> Result<Option<String>> {
            match hostname() {
                Ok(h) => Ok(Some(h)),
                Err(e) => fail(&c, e, "uv_os_gethostname").map(|_| None),
            }
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getHomeDirectory",
        |c: Object<'js>| -> Result<Option<String>> {
            match homedir() {
                Ok(h) => Ok(Some(h)),
                Err(e) => fail(&c, e, "uv_os_homedir").map(|_| None),
            }
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getUptime",
        |c: Object<'js>| -> Result<Option<f64>> {
            match uptime() {
                Ok(u) => Ok(Some(u)),
                Err(e) => fail(&c, e, "uv_uptime").map(|_| None),
            }
        },
    )?;
    bind::func(ctx, &o, "getLoadAvg", || loadavg().to_vec())?;
    bind::func(ctx, &o, "getFreeMem", free_mem)?;
    bind::func(ctx, &o, "getTotalMem", total_mem)?;
    bind::func(ctx, &o, "getAvailableParallelism", available_parallelism)?;
    bind::func(ctx, &o, "getCPUs", |ctx: Ctx<'js>| -> Result<Array<'js>> {
        let arr = Array::new(ctx.clone())?;
        let mut n = 0;
        for c in cpus() {
            arr.set(n, c.model)?;
            arr.set(n + 1, c.speed)?;
            for (k, t) in c.times.iter().enumerate() {
                arr.set(n + 2 + k, *t)?;
            }
            n += 7;
        }
        Ok(arr)
    })?;
    bind::func(
        ctx,
        &o,
        "getInterfaceAddresses",
        |ctx: Ctx<'js>, c: Object<'js>| -> Result<Option<Array<'js>>> {
            let list = match interfaces() {
                Ok(l) => l,
                Err(e) => return fail(&c, e, "uv_interface_addresses").map(|_| None),
            };
            let arr = Array::new(ctx.clone())?;
            let mut n = 0;
            for i in list {
                let row: [Value<'js>; 8] = [
                    i.name.into_js(&ctx)?,
                    i.address.into_js(&ctx)?,
                    i.netmask.into_js(&ctx)?,
                    if i.ipv6 { "IPv6" } else { "IPv4" }.into_js(&ctx)?,
                    i.mac.into_js(&ctx)?,
                    i.internal.into_js(&ctx)?,
                    (i.scopeid as f64).into_js(&ctx)?,
                    i.prefix.map_or(-1.0, f64::from).into_js(&ctx)?,
                ];
                for v in row {
                    arr.set(n, v)?;
                    n += 1;
                }
            }
            Ok(Some(arr))
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getPriority",
        |pid: i32, c: Object<'js>| -> Result<Option<i32>> {
            // getpriority() may legitimately return -1: errno tells failures apart.
            unsafe { *libc::__errno_location() = 0 };
            let r = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t) };
            if r == -1 {
                let e = errno();
                if e != 0 {
                    return fail(&c, e, "uv_os_getpriority").map(|_| None);
                }
            }
            Ok(Some(r))
        },
    )?;
    bind::func(
        ctx,
        &o,
        "setPriority",
        |pid: i32, priority: i32, c: Object<'js>| -> Result<Option<i32>> {
            if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, priority) } != 0 {
                return fail(&c, errno(), "uv_os_setpriority").map(|_| None);
            }
            Ok(Some(0))
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getUserInfo",
        |ctx: Ctx<'js>, c: Object<'js>| -> Result<Option<Array<'js>>> {
            let p = match passwd() {
                Ok(p) => p,
                Err(e) => return fail(&c, e, "uv_os_get_passwd").map(|_| None),
            };
            let arr = Array::new(ctx.clone())?;
            arr.set(0, p.uid as f64)?;
            arr.set(1, p.gid as f64)?;
            arr.set(2, p.username)?;
            arr.set(3, p.homedir)?;
            arr.set(4, p.shell)?;
            Ok(Some(arr))
        },
    )?;
    bind::func(
        ctx,
        &o,
        "getConstants",
        |ctx: Ctx<'js>| -> Result<Object<'js>> {
            let c = Object::new(ctx.clone())?;
            c.set("UV_UDP_REUSEADDR", 4)?;
            c.set("dlopen", pairs_array(&ctx, &dlopen_constants())?)?;
            c.set("errno", pairs_array(&ctx, &errno_constants())?)?;
            c.set("signals", pairs_array(&ctx, &signal_constants())?)?;
            let priority = [
                ("PRIORITY_LOW", 19),
                ("PRIORITY_BELOW_NORMAL", 10),
                ("PRIORITY_NORMAL", 0),
                ("PRIORITY_ABOVE_NORMAL", -7),
                ("PRIORITY_HIGH", -14),
                ("PRIORITY_HIGHEST", -20),
            ];
            c.set("priority", pairs_array(&ctx, &priority)?)?;
            Ok(c)
        },
    )?;
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v6(s: &str) -> String {
        ipv6_string(&s.parse::<std::net::Ipv6Addr>().unwrap().octets())
    }

    #[test]
    fn ipv6_text_matches_libuv() {
        assert_eq!(v6("::1"), "::1");
        assert_eq!(v6("::"), "::");
        assert_eq!(v6("fe80::fc:ff:fe00:1"), "fe80::fc:ff:fe00:1");
        assert_eq!(v6("ffff:ffff:ffff:ffff::"), "ffff:ffff:ffff:ffff::");
        assert_eq!(v6("::ffff:1.2.3.4"), "::ffff:1.2.3.4");
        assert_eq!(v6("::2"), "::2");
        assert_eq!(v6("::1.2.3.4"), "::1.2.3.4");
        assert_eq!(v6("1:0:2::3"), "1:0:2::3");
        assert_eq!(v6("1:0:0:2:0:0:0:3"), "1:0:0:2::3");
    }

    #[test]
    fn prefix_lengths() {
        assert_eq!(prefix_len(&[255, 255, 255, 0]), Some(24));
        assert_eq!(prefix_len(&[255, 0, 0, 0]), Some(8));
        assert_eq!(prefix_len(&[255, 255, 255, 255]), Some(32));
        assert_eq!(prefix_len(&[255, 254, 0, 0]), Some(15));
        assert_eq!(prefix_len(&[255, 0, 255, 0]), None);
        assert_eq!(prefix_len(&[0, 0, 0, 0]), Some(0));
    }

    #[test]
    fn system_values() {
        assert!(total_mem() > 0.0);
        assert!(available_parallelism() >= 1);
        assert!(!os_information()[0].is_empty());
        assert!(!cpus().is_empty());
        assert!(interfaces().is_ok());
    }
}
