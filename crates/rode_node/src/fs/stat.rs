//! stat, lstat, fstat (statx, as libuv does), access, existsSync, internalModuleStat, statfs.
//!
//! The 18 fields JS turns into `fs.Stats`: dev, mode, nlink, uid, gid, rdev, blksize, ino,
//! size, blocks, then seconds and nanoseconds of atime, mtime, ctime and birthtime.

use super::op::{cstr, FsError, FsResult, Out};
use std::ffi::OsStr;
use std::io;
use std::mem::MaybeUninit;

pub type Fields = [i64; 18];

pub enum Target<'a> {
    Path(&'a OsStr, bool),
    Fd(i32),
}

fn statx_fields(b: &libc::statx) -> Fields {
    let dev = libc::makedev(b.stx_dev_major, b.stx_dev_minor) as i64;
    let rdev = libc::makedev(b.stx_rdev_major, b.stx_rdev_minor) as i64;
    [
        dev,
        b.stx_mode as i64,
        b.stx_nlink as i64,
        b.stx_uid as i64,
        b.stx_gid as i64,
        rdev,
        b.stx_blksize as i64,
        b.stx_ino as i64,
        b.stx_size as i64,
        b.stx_blocks as i64,
        b.stx_atime.tv_sec,
        b.stx_atime.tv_nsec as i64,
        b.stx_mtime.tv_sec,
        b.stx_mtime.tv_nsec as i64,
        b.stx_ctime.tv_sec,
        b.stx_ctime.tv_nsec as i64,
        b.stx_btime.tv_sec,
        b.stx_btime.tv_nsec as i64,
    ]
}

fn stat64_fields(b: &libc::stat64) -> Fields {
    [
        b.st_dev as i64,
        b.st_mode as i64,
        b.st_nlink as i64,
        b.st_uid as i64,
        b.st_gid as i64,
        b.st_rdev as i64,
        b.st_blksize,
        b.st_ino as i64,
        b.st_size,
        b.st_blocks,
        b.st_atime,
        b.st_atime_nsec,
        b.st_mtime,
        b.st_mtime_nsec,
        b.st_ctime,
        b.st_ctime_nsec,
        // Without statx there is no birth time: libuv reports ctime.
        b.st_ctime,
        b.st_ctime_nsec,
    ]
}

/// The raw stat of a path (following links unless `nofollow`) or an fd.
pub fn stat_raw(t: Target<'_>) -> io::Result<Fields> {
    let (dirfd, path, flags) = match t {
        Target::Path(p, nofollow) => {
            let flags = if nofollow {
                libc::AT_SYMLINK_NOFOLLOW
            } else {
                0
            };
            (libc::AT_FDCWD, cstr(p)?, flags)
        }
        Target::Fd(fd) => (fd, c"".to_owned(), libc::AT_EMPTY_PATH),
    };
    let mut buf = MaybeUninit::<libc::statx>::zeroed();
    let mask = libc::STATX_BASIC_STATS | libc::STATX_BTIME;
    let r = unsafe {
        libc::statx(
            dirfd,
            path.as_ptr(),
            flags | libc::AT_STATX_SYNC_AS_STAT,
            mask,
            buf.as_mut_ptr(),
        )
    };
    if r == 0 {
        return Ok(statx_fields(unsafe { buf.assume_init_ref() }));
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::ENOSYS) | Some(libc::EPERM) => {}
        _ => return Err(e),
    }
    // No statx (old kernel or a seccomp filter): plain fstatat.
    let mut st = MaybeUninit::<libc::stat64>::zeroed();
    let r = unsafe { libc::fstatat64(dirfd, path.as_ptr(), st.as_mut_ptr(), flags) };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(stat64_fields(unsafe { st.assume_init_ref() }))
}

pub fn is_dir_mode(mode: i64) -> bool {
    (mode as u32 & libc::S_IFMT) == libc::S_IFDIR
}

/// stat/lstat of a path: `Out::Undefined` for ENOENT when `throw_if_no_entry` is off.
pub fn stat_path(
    path: &OsStr,
    nofollow: bool,
    bigint: bool,
    throw_if_no_entry: bool,
) -> FsResult<Out> {
    let syscall = if nofollow { "lstat" } else { "stat" };
    match stat_raw(Target::Path(path, nofollow)) {
        Ok(f) => Ok(Out::Stat(f, bigint)),
        Err(e) if !throw_if_no_entry && e.raw_os_error() == Some(libc::ENOENT) => {
            Ok(Out::Undefined)
        }
        Err(e) => Err(FsError::with_path(e, syscall, path)),
    }
}

pub fn fstat(fd: i32, bigint: bool) -> FsResult<Out> {
    stat_raw(Target::Fd(fd))
        .map(|f| Out::Stat(f, bigint))
        .map_err(|e| FsError::new(e, "fstat"))
}

pub fn access(path: &OsStr, mode: i32) -> FsResult<Out> {
    let c = cstr(path).map_err(|e| FsError::with_path(e, "access", path))?;
    if unsafe { libc::access(c.as_ptr(), mode) } != 0 {
        return Err(FsError::with_path(
            io::Error::last_os_error(),
            "access",
            path,
        ));
    }
    Ok(Out::Undefined)
}

/// 0 for a file, 1 for a directory, a negative errno otherwise (Node's internalModuleStat).
pub fn internal_module_stat(path: &OsStr) -> i32 {
    match stat_raw(Target::Path(path, false)) {
        Ok(f) if is_dir_mode(f[1]) => 1,
        Ok(_) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(libc::ENOENT),
    }
}

/// statfs: type, bsize, blocks, bfree, bavail, files, ffree (Node's StatFs order).
pub fn statfs(path: &OsStr, bigint: bool) -> FsResult<Out> {
    let c = cstr(path).map_err(|e| FsError::with_path(e, "statfs", path))?;
    let mut b = MaybeUninit::<libc::statfs64>::zeroed();
    if unsafe { libc::statfs64(c.as_ptr(), b.as_mut_ptr()) } != 0 {
        return Err(FsError::with_path(
            io::Error::last_os_error(),
            "statfs",
            path,
        ));
    }
    let b = unsafe { b.assume_init() };
    let mut f = [0i64; 18];
    let vals = [
        b.f_type,
        b.f_bsize,
        b.f_blocks as i64,
        b.f_bfree as i64,
        b.f_bavail as i64,
        b.f_files as i64,
        b.f_ffree as i64,
    ];
    f[..7].copy_from_slice(&vals);
    Ok(Out::Stat(f, bigint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_of_a_directory_and_a_missing_path() {
        let f = stat_raw(Target::Path(OsStr::new("/"), false)).unwrap();
        assert!(is_dir_mode(f[1]));
        assert_eq!(internal_module_stat(OsStr::new("/")), 1);
        assert_eq!(
            internal_module_stat(OsStr::new("/no/such/rode/path")),
            -libc::ENOENT
        );
        let e = stat_path(OsStr::new("/no/such/rode/path"), false, false, true)
            .err()
            .unwrap();
        assert_eq!(e.syscall, "stat");
        assert!(matches!(
            stat_path(OsStr::new("/no/such"), true, false, false),
            Ok(Out::Undefined)
        ));
    }
}
