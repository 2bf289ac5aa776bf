//! Operations on names: mkdir (and Node's mkdirp), mkdtemp, rename, unlink, rmdir, link,
//! symlink, readlink, realpath (libc's, and the JS algorithm's lstat walk), copyFile,
//! chmod/chown/utimes by path.

use super::io::timespec;
use super::op::{cstr, retry, FsError, FsResult, Name, Out};
use super::stat::{is_dir_mode, stat_raw, Target};
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

fn os(b: &[u8]) -> &OsStr {
    OsStr::from_bytes(b)
}

fn last() -> io::Error {
    io::Error::last_os_error()
}

fn path_call(
    path: &OsStr,
    syscall: &'static str,
    f: impl Fn(*const libc::c_char) -> libc::c_int,
) -> FsResult<Out> {
    let c = cstr(path).map_err(|e| FsError::with_path(e, syscall, path))?;
    retry(|| f(c.as_ptr())).map_err(|e| FsError::with_path(e, syscall, path))?;
    Ok(Out::Undefined)
}

fn two_path_call(
    from: &OsStr,
    to: &OsStr,
    syscall: &'static str,
    f: impl Fn(*const libc::c_char, *const libc::c_char) -> libc::c_int,
) -> FsResult<Out> {
    let err = |e| FsError::with_dest(e, syscall, from, to);
    let a = cstr(from).map_err(err)?;
    let b = cstr(to).map_err(err)?;
    retry(|| f(a.as_ptr(), b.as_ptr())).map_err(err)?;
    Ok(Out::Undefined)
}

fn mkdir1(path: &[u8], mode: u32) -> i32 {
    let Ok(c) = cstr(os(path)) else {
        return -libc::EINVAL;
    };
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } == 0 {
        0
    } else {
        -last().raw_os_error().unwrap_or(libc::EIO)
    }
}

/// Node's MKDirp: creates missing parents; the first directory it created, if any.
pub fn mkdirp(path: &[u8], mode: u32) -> Result<Option<Vec<u8>>, i32> {
    let mut stack: Vec<Vec<u8>> = vec![path.to_vec()];
    let mut first: Option<Vec<u8>> = None;
    while let Some(next) = stack.pop() {
        let mut err = mkdir1(&next, mode);
        loop {
            match err {
                0 => {
                    if first.is_none() {
                        first = Some(next.clone());
                    }
                }
                e if e == -libc::EACCES || e == -libc::ENOTDIR || e == -libc::EPERM => {
                    return Err(e)
                }
                e if e == -libc::ENOENT => {
                    let cut = next.iter().rposition(|&b| b == b'/').unwrap_or(next.len());
                    let dirname = next[..cut].to_vec();
                    if dirname != next {
                        stack.push(next.clone());
                        stack.push(dirname);
                    } else if stack.is_empty() {
                        err = -libc::EEXIST;
                        continue;
                    }
                }
                orig => match stat_raw(Target::Path(os(&next), false)) {
                    Ok(f) if !is_dir_mode(f[1]) => {
                        if orig == -libc::EEXIST && !stack.is_empty() {
                            return Err(-libc::ENOTDIR);
                        }
                        return Err(-libc::EEXIST);
                    }
                    Ok(_) => {}
                    Err(e) => return Err(-e.raw_os_error().unwrap_or(libc::EIO)),
                },
            }
            break;
        }
    }
    Ok(first)
}

pub fn mkdir(path: &OsStr, mode: u32, recursive: bool) -> FsResult<Out> {
    if !recursive {
        return path_call(path, "mkdir", |p| unsafe {
            libc::mkdir(p, mode as libc::mode_t)
        });
    }
    match mkdirp(path.as_bytes(), mode) {
        Ok(first) => Ok(Out::OptName(
            first.map(|f| Name::from_os(OsString::from_vec(f), false)),
        )),
        Err(e) => Err(FsError::with_path(
            io::Error::from_raw_os_error(-e),
            "mkdir",
            path,
        )),
    }
}

pub fn mkdtemp(prefix: &OsStr, raw: bool) -> FsResult<Out> {
    let mut template = prefix.as_bytes().to_vec();
    template.extend_from_slice(b"XXXXXX");
    let shown = OsString::from_vec(template.clone());
    let err = |e| FsError::with_path(e, "mkdtemp", &shown);
    let c = cstr(&shown).map_err(err)?;
    let mut buf = c.into_bytes_with_nul();
    let r = unsafe { libc::mkdtemp(buf.as_mut_ptr() as *mut libc::c_char) };
    if r.is_null() {
        return Err(err(last()));
    }
    buf.pop();
    Ok(Out::Name(Name::from_os(OsString::from_vec(buf), raw)))
}

pub fn rename(from: &OsStr, to: &OsStr) -> FsResult<Out> {
    two_path_call(from, to, "rename", |a, b| unsafe { libc::rename(a, b) })
}

pub fn link(from: &OsStr, to: &OsStr) -> FsResult<Out> {
    two_path_call(from, to, "link", |a, b| unsafe { libc::link(a, b) })
}

pub fn symlink(target: &OsStr, path: &OsStr) -> FsResult<Out> {
    two_path_call(target, path, "symlink", |a, b| unsafe {
        libc::symlink(a, b)
    })
}

pub fn unlink(path: &OsStr) -> FsResult<Out> {
    path_call(path, "unlink", |p| unsafe { libc::unlink(p) })
}

pub fn rmdir(path: &OsStr) -> FsResult<Out> {
    path_call(path, "rmdir", |p| unsafe { libc::rmdir(p) })
}

pub fn chmod(path: &OsStr, mode: u32) -> FsResult<Out> {
    path_call(path, "chmod", |p| unsafe {
        libc::chmod(p, mode as libc::mode_t)
    })
}

pub fn chown(path: &OsStr, uid: u32, gid: u32, nofollow: bool) -> FsResult<Out> {
    if nofollow {
        path_call(path, "lchown", |p| unsafe { libc::lchown(p, uid, gid) })
    } else {
        path_call(path, "chown", |p| unsafe { libc::chown(p, uid, gid) })
    }
}

pub fn utimes(path: &OsStr, atime: f64, mtime: f64, nofollow: bool) -> FsResult<Out> {
    let ts = [timespec(atime), timespec(mtime)];
    let (flags, syscall) = if nofollow {
        (libc::AT_SYMLINK_NOFOLLOW, "lutime")
    } else {
        (0, "utime")
    };
    path_call(path, syscall, |p| unsafe {
        libc::utimensat(libc::AT_FDCWD, p, ts.as_ptr(), flags)
    })
}

fn readlink_raw(path: &OsStr) -> io::Result<Vec<u8>> {
    let c = cstr(path)?;
    let mut cap = 256usize;
    loop {
        let mut buf = vec![0u8; cap];
        let n = unsafe { libc::readlink(c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, cap) };
        if n < 0 {
            return Err(last());
        }
        let n = n as usize;
        if n < cap {
            buf.truncate(n);
            return Ok(buf);
        }
        cap *= 2;
    }
}

pub fn readlink(path: &OsStr, raw: bool) -> FsResult<Out> {
    let t = readlink_raw(path).map_err(|e| FsError::with_path(e, "readlink", path))?;
    Ok(Out::Name(Name::from_os(OsString::from_vec(t), raw)))
}

/// realpath(3) (`fs.realpath.native`).
pub fn realpath_native(path: &OsStr, raw: bool) -> FsResult<Out> {
    let err = |e| FsError::with_path(e, "realpath", path);
    let c = cstr(path).map_err(err)?;
    let r = unsafe { libc::realpath(c.as_ptr(), std::ptr::null_mut()) };
    if r.is_null() {
        return Err(err(last()));
    }
    let bytes = unsafe { std::ffi::CStr::from_ptr(r) }.to_bytes().to_vec();
    unsafe { libc::free(r as *mut libc::c_void) };
    Ok(Out::Name(Name::from_os(OsString::from_vec(bytes), raw)))
}

/// POSIX `path.resolve(base, rel)` for an absolute `base`.
pub fn resolve(base: &[u8], rel: &[u8]) -> Vec<u8> {
    let joined: Vec<u8> = if rel.first() == Some(&b'/') {
        rel.to_vec()
    } else {
        let mut j = base.to_vec();
        j.push(b'/');
        j.extend_from_slice(rel);
        j
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    for seg in joined.split(|&b| b == b'/') {
        match seg {
            b"" | b"." => {}
            b".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = Vec::with_capacity(joined.len());
    for p in &parts {
        out.push(b'/');
        out.extend_from_slice(p);
    }
    if out.is_empty() {
        out.push(b'/');
    }
    out
}

/// `fs.realpath`/`realpathSync`: Node's JS algorithm (lstat each component, follow links),
/// so errors name the same syscall and partial path as Node's. `abs` is already resolved.
pub fn realpath_js(abs: &OsStr, raw: bool) -> FsResult<Out> {
    let mut p = abs.as_bytes().to_vec();
    let mut seen: HashMap<(i64, i64), Vec<u8>> = HashMap::new();
    let mut known_hard: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
    let root_len = |p: &[u8]| p.iter().position(|&b| b != b'/').unwrap_or(p.len());
    let mut pos = root_len(&p);
    let mut current = p[..pos].to_vec();
    while pos < p.len() {
        let previous = current.clone();
        let base;
        match p[pos..].iter().position(|&b| b == b'/') {
            None => {
                current.extend_from_slice(&p[pos..]);
                let mut b = previous.clone();
                b.extend_from_slice(&p[pos..]);
                base = b;
                pos = p.len();
            }
            Some(i) => {
                let slash = pos + i;
                current.extend_from_slice(&p[pos..=slash]);
                let mut b = previous.clone();
                b.extend_from_slice(&p[pos..slash]);
                base = b;
                pos = slash + 1;
            }
        }
        if known_hard.contains(&base) {
            continue;
        }
        let f = stat_raw(Target::Path(os(&base), true))
            .map_err(|e| FsError::with_path(e, "lstat", os(&base)))?;
        if (f[1] as u32 & libc::S_IFMT) != libc::S_IFLNK {
            known_hard.insert(base);
            continue;
        }
        let id = (f[0], f[7]);
        let target = match seen.get(&id) {
            Some(t) => t.clone(),
            None => {
                stat_raw(Target::Path(os(&base), false))
                    .map_err(|e| FsError::with_path(e, "stat", os(&base)))?;
                let t = readlink_raw(os(&base))
                    .map_err(|e| FsError::with_path(e, "readlink", os(&base)))?;
                seen.insert(id, t.clone());
                t
            }
        };
        let resolved = resolve(&previous, &target);
        p = resolve(&resolved, &p[pos..]);
        pos = root_len(&p);
        current = p[..pos].to_vec();
    }
    Ok(Out::Name(Name::from_os(OsString::from_vec(p), raw)))
}

pub const COPYFILE_EXCL: i32 = 1;
pub const COPYFILE_FICLONE: i32 = 2;
pub const COPYFILE_FICLONE_FORCE: i32 = 4;
const FICLONE: libc::c_ulong = 0x4004_9409;

/// libuv's uv_fs_copyfile: same-file copies are no-ops, the mode is copied, `FICLONE`
/// tries a reflink first (and `FICLONE_FORCE` insists on one).
pub fn copy_file(src: &OsStr, dest: &OsStr, mode: i32) -> FsResult<Out> {
    let err = |e| FsError::with_dest(e, "copyfile", src, dest);
    let s = cstr(src).map_err(err)?;
    let d = cstr(dest).map_err(err)?;
    let sfd = retry(|| unsafe { libc::open(s.as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC) })
        .map_err(err)?;
    let result = (|| -> io::Result<()> {
        let sst = stat_raw(Target::Fd(sfd))?;
        let mut flags = libc::O_WRONLY | libc::O_CREAT | libc::O_CLOEXEC;
        if mode & COPYFILE_EXCL != 0 {
            flags |= libc::O_EXCL;
        }
        let smode = (sst[1] as u32) & 0o7777;
        let dfd = retry(|| unsafe { libc::open(d.as_ptr(), flags, smode as libc::c_uint) })?;
        let r = (|| -> io::Result<()> {
            let dst = stat_raw(Target::Fd(dfd))?;
            if dst[0] == sst[0] && dst[7] == sst[7] {
                return Ok(());
            }
            if unsafe { libc::fchmod(dfd, smode as libc::mode_t) } != 0 {
                let e = last();
                // Some filesystems (and non-owners) refuse fchmod; libuv ignores EPERM.
                if e.raw_os_error() != Some(libc::EPERM) {
                    return Err(e);
                }
            }
            if unsafe { libc::ftruncate64(dfd, 0) } != 0 {
                return Err(last());
            }
            if mode & (COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE) != 0 {
                if unsafe { libc::ioctl(dfd, FICLONE, sfd) } == 0 {
                    return Ok(());
                }
                if mode & COPYFILE_FICLONE_FORCE != 0 {
                    return Err(last());
                }
            }
            let mut from = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(sfd) };
            let mut to = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(dfd) };
            let r = io::copy(&mut from, &mut to).map(|_| ());
            std::mem::forget(from);
            std::mem::forget(to);
            r
        })();
        let c = if unsafe { libc::close(dfd) } != 0 {
            Err(last())
        } else {
            Ok(())
        };
        r.and(c)
    })();
    unsafe { libc::close(sfd) };
    result.map_err(err)?;
    Ok(Out::Undefined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_normalizes() {
        assert_eq!(resolve(b"/a/b", b"../c"), b"/a/c");
        assert_eq!(resolve(b"/a", b"/x//y/"), b"/x/y");
        assert_eq!(resolve(b"/", b".."), b"/");
        assert_eq!(resolve(b"/a/b", b""), b"/a/b");
    }

    #[test]
    fn mkdirp_returns_first_created() {
        let dir = std::env::temp_dir().join(format!("rode-fs-mkdirp-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let base = dir.as_os_str().as_bytes().to_vec();
        let mut p = base.clone();
        p.extend_from_slice(b"/x/y/z");
        let mut first = base.clone();
        first.extend_from_slice(b"/x");
        assert_eq!(mkdirp(&p, 0o777), Ok(Some(first)));
        assert_eq!(mkdirp(&p, 0o777), Ok(None));
        let mut f = base.clone();
        f.extend_from_slice(b"/file");
        std::fs::write(os(&f), b"").unwrap();
        assert_eq!(mkdirp(&f, 0o777), Err(-libc::EEXIST));
        let mut below = f.clone();
        below.extend_from_slice(b"/a/b");
        assert_eq!(mkdirp(&below, 0o777), Err(-libc::ENOTDIR));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
