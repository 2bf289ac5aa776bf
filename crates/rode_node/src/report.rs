//! `internalBinding('report')`: what `process.report` reads from the system that no other
//! binding gives (Node's `node::report` sources on Linux).
//!
//! - `glibcVersions()` → `[runtime, compiler]` (`gnu_get_libc_version()`, and the glibc the
//!   binary was built against, from build.rs); `undefined` entries when unknown
//! - `userLimits()` → flat `[soft, hard, …]` for Node's ten `RLIMIT_*`, in Node's order;
//!   `-1` for `RLIM_INFINITY`
//! - `sharedObjects()` → the loaded shared objects' names (`dl_iterate_phdr`), as Node lists
//!   them: without the main program

use rode_core::bind;
use rquickjs::{Ctx, Object, Result};

extern "C" {
    fn gnu_get_libc_version() -> *const libc::c_char;
}

fn glibc_runtime() -> Option<String> {
    // SAFETY: returns a static NUL-terminated string.
    let p = unsafe { gnu_get_libc_version() };
    if p.is_null() {
        return None;
    }
    Some(
        unsafe { std::ffi::CStr::from_ptr(p) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// Node's order: core, data, file size, locked memory, resident set, open files, stack,
/// CPU time, processes, virtual memory.
const LIMITS: [libc::__rlimit_resource_t; 10] = [
    libc::RLIMIT_CORE,
    libc::RLIMIT_DATA,
    libc::RLIMIT_FSIZE,
    libc::RLIMIT_MEMLOCK,
    libc::RLIMIT_RSS,
    libc::RLIMIT_NOFILE,
    libc::RLIMIT_STACK,
    libc::RLIMIT_CPU,
    libc::RLIMIT_NPROC,
    libc::RLIMIT_AS,
];

fn user_limits() -> Vec<f64> {
    let value = |v: libc::rlim_t| {
        if v == libc::RLIM_INFINITY {
            -1.0
        } else {
            v as f64
        }
    };
    let mut out = Vec::with_capacity(LIMITS.len() * 2);
    for r in LIMITS {
        let mut l = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: `l` is a valid out-pointer.
        if unsafe { libc::getrlimit(r, &mut l) } == 0 {
            out.push(value(l.rlim_cur));
            out.push(value(l.rlim_max));
        } else {
            out.push(f64::NAN);
            out.push(f64::NAN);
        }
    }
    out
}

unsafe extern "C" fn collect_object(
    info: *mut libc::dl_phdr_info,
    _size: libc::size_t,
    data: *mut libc::c_void,
) -> libc::c_int {
    // SAFETY: `data` is the Vec passed below; `info` is valid during the callback.
    let list = unsafe { &mut *(data as *mut Vec<String>) };
    let name = unsafe { (*info).dlpi_name };
    if !name.is_null() {
        let name = unsafe { std::ffi::CStr::from_ptr(name) }.to_string_lossy();
        if !name.is_empty() {
            list.push(name.into_owned());
        }
    }
    0
}

fn shared_objects() -> Vec<String> {
    let mut list: Vec<String> = Vec::new();
    // SAFETY: the callback only reads `info` and appends to `list`.
    unsafe {
        libc::dl_iterate_phdr(
            Some(collect_object),
            &mut list as *mut Vec<String> as *mut libc::c_void,
        )
    };
    list
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(ctx, &o, "glibcVersions", || -> Vec<Option<String>> {
        vec![
            glibc_runtime(),
            option_env!("RODE_GLIBC_COMPILER").map(str::to_string),
        ]
    })?;
    bind::func(ctx, &o, "userLimits", user_limits)?;
    bind::func(ctx, &o, "sharedObjects", shared_objects)?;
    Ok(o)
}
