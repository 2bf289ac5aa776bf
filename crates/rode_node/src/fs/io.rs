//! File descriptors: open, close, read, write (and the vectored forms), whole-file reads and
//! writes, and the fd variants of truncate, sync, chmod, chown and utimes.

use super::op::{cstr, retry, FsError, FsResult, Out};
use std::ffi::OsStr;
use std::io;

/// Node's kIoMaxLength: reads of a whole file larger than this fail (ERR_FS_FILE_TOO_LARGE).
pub const IO_MAX_LENGTH: u64 = (1 << 31) - 1;

pub fn open(path: &OsStr, flags: i32, mode: u32) -> FsResult<i32> {
    let c = cstr(path).map_err(|e| FsError::with_path(e, "open", path))?;
    retry(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
        .map_err(|e| FsError::with_path(e, "open", path))
}

pub fn close(fd: i32) -> FsResult<Out> {
    // Never retry close: the fd is released even when EINTR is reported.
    if unsafe { libc::close(fd) } != 0 {
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) && e.raw_os_error() != Some(libc::EINPROGRESS) {
            return Err(FsError::new(e, "close"));
        }
    }
    Ok(Out::Undefined)
}

/// One read(2)/pread(2) into `buf`: the number of bytes read.
pub fn read_at(fd: i32, buf: &mut [u8], pos: Option<i64>) -> io::Result<usize> {
    let p = buf.as_mut_ptr() as *mut libc::c_void;
    let n = match pos {
        Some(off) => retry(|| unsafe { libc::pread64(fd, p, buf.len(), off) })?,
        None => retry(|| unsafe { libc::read(fd, p, buf.len()) })?,
    };
    Ok(n as usize)
}

/// One write(2)/pwrite(2) of `buf`: the number of bytes written.
pub fn write_at(fd: i32, buf: &[u8], pos: Option<i64>) -> io::Result<usize> {
    let p = buf.as_ptr() as *const libc::c_void;
    let n = match pos {
        Some(off) => retry(|| unsafe { libc::pwrite64(fd, p, buf.len(), off) })?,
        None => retry(|| unsafe { libc::write(fd, p, buf.len()) })?,
    };
    Ok(n as usize)
}

fn iovecs(bufs: &mut [&mut [u8]]) -> Vec<libc::iovec> {
    bufs.iter_mut()
        .map(|b| libc::iovec {
            iov_base: b.as_mut_ptr() as *mut libc::c_void,
            iov_len: b.len(),
        })
        .collect()
}

/// readv(2)/preadv(2) into `bufs`.
pub fn readv_at(fd: i32, bufs: &mut [&mut [u8]], pos: Option<i64>) -> io::Result<usize> {
    let iov = iovecs(bufs);
    let cnt = iov.len().min(1024) as libc::c_int;
    let n = match pos {
        Some(off) => retry(|| unsafe { libc::preadv64(fd, iov.as_ptr(), cnt, off) })?,
        None => retry(|| unsafe { libc::readv(fd, iov.as_ptr(), cnt) })?,
    };
    Ok(n as usize)
}

/// writev(2)/pwritev(2) of `bufs`.
pub fn writev_at(fd: i32, bufs: &[&[u8]], pos: Option<i64>) -> io::Result<usize> {
    let iov: Vec<libc::iovec> = bufs
        .iter()
        .map(|b| libc::iovec {
            iov_base: b.as_ptr() as *mut libc::c_void,
            iov_len: b.len(),
        })
        .collect();
    let cnt = iov.len().min(1024) as libc::c_int;
    let n = match pos {
        Some(off) => retry(|| unsafe { libc::pwritev64(fd, iov.as_ptr(), cnt, off) })?,
        None => retry(|| unsafe { libc::writev(fd, iov.as_ptr(), cnt) })?,
    };
    Ok(n as usize)
}

/// A file named by path (opened and closed here) or a caller's fd (read from its current
/// position, left open).
pub enum FileRef {
    Path(std::path::PathBuf),
    Fd(i32),
}

/// The whole file. `Err(size)` inside `Ok` when it is larger than [`IO_MAX_LENGTH`].
pub fn read_file(target: &FileRef, flags: i32) -> FsResult<std::result::Result<Vec<u8>, u64>> {
    let (fd, owned) = match target {
        FileRef::Path(p) => (open(p.as_os_str(), flags, 0o666)?, true),
        FileRef::Fd(fd) => (*fd, false),
    };
    let r = read_all(fd);
    if owned {
        unsafe { libc::close(fd) };
    }
    r
}

fn read_all(fd: i32) -> FsResult<std::result::Result<Vec<u8>, u64>> {
    let fields =
        super::stat::stat_raw(super::stat::Target::Fd(fd)).map_err(|e| FsError::new(e, "fstat"))?;
    let is_reg = (fields[1] as u32 & libc::S_IFMT) == libc::S_IFREG;
    let size = if is_reg { fields[8].max(0) as u64 } else { 0 };
    if size > IO_MAX_LENGTH {
        return Ok(Err(size));
    }
    let mut out: Vec<u8> = Vec::with_capacity(if size > 0 { size as usize } else { 8192 });
    loop {
        if out.len() == out.capacity() {
            if size > 0 && out.len() as u64 >= size {
                // The file grew: keep reading in chunks, as Node does for unknown sizes.
                out.reserve(8192);
            } else {
                out.reserve(64 * 1024);
            }
        }
        let spare = out.spare_capacity_mut();
        let buf =
            unsafe { std::slice::from_raw_parts_mut(spare.as_mut_ptr() as *mut u8, spare.len()) };
        let n = read_at(fd, buf, None).map_err(|e| FsError::new(e, "read"))?;
        if n == 0 {
            break;
        }
        unsafe { out.set_len(out.len() + n) };
        if size > 0 && out.len() as u64 == size {
            // Node stops at the size fstat reported.
            break;
        }
        if out.len() as u64 > IO_MAX_LENGTH {
            return Ok(Err(out.len() as u64));
        }
    }
    Ok(Ok(out))
}

/// Writes all of `data` (from the current position, or appending), then fsyncs when
/// `flush`; opens and closes the file when given a path.
pub fn write_file(
    target: &FileRef,
    data: &[u8],
    flags: i32,
    mode: u32,
    flush: bool,
) -> FsResult<Out> {
    let (fd, owned) = match target {
        FileRef::Path(p) => (open(p.as_os_str(), flags, mode)?, true),
        FileRef::Fd(fd) => (*fd, false),
    };
    let r = (|| {
        super::write::write_all(fd, data)?;
        if flush && unsafe { libc::fsync(fd) } != 0 {
            return Err(FsError::new(io::Error::last_os_error(), "fsync"));
        }
        Ok(Out::Undefined)
    })();
    if owned {
        let c = close(fd);
        r?;
        c?;
        return Ok(Out::Undefined);
    }
    r
}

fn check(r: libc::c_int, syscall: &'static str) -> FsResult<Out> {
    if r != 0 {
        return Err(FsError::new(io::Error::last_os_error(), syscall));
    }
    Ok(Out::Undefined)
}

pub fn ftruncate(fd: i32, len: i64) -> FsResult<Out> {
    let r = retry(|| unsafe { libc::ftruncate64(fd, len) });
    r.map(|_| Out::Undefined)
        .map_err(|e| FsError::new(e, "ftruncate"))
}

pub fn fsync(fd: i32) -> FsResult<Out> {
    check(unsafe { libc::fsync(fd) }, "fsync")
}

pub fn fdatasync(fd: i32) -> FsResult<Out> {
    check(unsafe { libc::fdatasync(fd) }, "fdatasync")
}

pub fn fchmod(fd: i32, mode: u32) -> FsResult<Out> {
    check(unsafe { libc::fchmod(fd, mode as libc::mode_t) }, "fchmod")
}

pub fn fchown(fd: i32, uid: u32, gid: u32) -> FsResult<Out> {
    check(unsafe { libc::fchown(fd, uid, gid) }, "fchown")
}

/// Seconds (fractional) as a timespec, as libuv converts them (truncated to microseconds;
/// NaN leaves the time unchanged, infinity means now).
pub fn timespec(t: f64) -> libc::timespec {
    if t.is_infinite() {
        return libc::timespec {
            tv_sec: libc::UTIME_NOW,
            tv_nsec: libc::UTIME_NOW,
        };
    }
    if t.is_nan() {
        return libc::timespec {
            tv_sec: libc::UTIME_OMIT,
            tv_nsec: libc::UTIME_OMIT,
        };
    }
    let mut sec = t as i64;
    let mut nsec = ((t - sec as f64) * 1e9) as i64;
    nsec -= nsec % 1000;
    if nsec < 0 {
        nsec += 1_000_000_000;
        sec -= 1;
    }
    libc::timespec {
        tv_sec: sec,
        tv_nsec: nsec,
    }
}

pub fn futimes(fd: i32, atime: f64, mtime: f64) -> FsResult<Out> {
    let ts = [timespec(atime), timespec(mtime)];
    check(unsafe { libc::futimens(fd, ts.as_ptr()) }, "futime")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timespec_splits_seconds() {
        let t = timespec(1.5);
        assert_eq!((t.tv_sec, t.tv_nsec), (1, 500_000_000));
        let t = timespec(-1.25);
        assert_eq!((t.tv_sec, t.tv_nsec), (-2, 750_000_000));
        let t = timespec(1577934245.678);
        assert_eq!((t.tv_sec, t.tv_nsec), (1577934245, 677_999_000));
        let t = timespec(0.0000009);
        assert_eq!((t.tv_sec, t.tv_nsec), (0, 0));
    }

    #[test]
    fn write_then_read_a_file() {
        let dir = std::env::temp_dir().join(format!("rode-fs-io-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("a.txt");
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC;
        write_file(&FileRef::Path(p.clone()), b"hello", flags, 0o644, false).unwrap();
        let data = read_file(&FileRef::Path(p.clone()), libc::O_RDONLY)
            .unwrap()
            .unwrap();
        assert_eq!(data, b"hello");
        let e = read_file(&FileRef::Path(dir.join("missing")), libc::O_RDONLY)
            .err()
            .unwrap();
        assert_eq!((e.syscall, e.errno()), ("open", libc::ENOENT));
        let e = read_file(&FileRef::Path(dir.clone()), libc::O_RDONLY)
            .err()
            .unwrap();
        assert_eq!((e.syscall, e.errno()), ("read", libc::EISDIR));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
