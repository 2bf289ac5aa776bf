//! Directories: readdir (libuv's scandir: sorted, with dirent types), `fs.Dir` handles
//! (opendir / read / close, unsorted batches), and `rm -rf` with Node's rimraf rules.

use super::op::{FsError, FsResult, Name, Out};
use super::paths;
use super::stat::{stat_raw, Target};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::{FileType, ReadDir};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::FileTypeExt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

// libuv's uv_dirent_type_t.
pub const DIRENT_UNKNOWN: i32 = 0;
pub const DIRENT_FILE: i32 = 1;
pub const DIRENT_DIR: i32 = 2;
pub const DIRENT_LINK: i32 = 3;
pub const DIRENT_FIFO: i32 = 4;
pub const DIRENT_SOCKET: i32 = 5;
pub const DIRENT_CHAR: i32 = 6;
pub const DIRENT_BLOCK: i32 = 7;

fn dirent_type(t: io::Result<FileType>) -> i32 {
    match t {
        Ok(t) if t.is_file() => DIRENT_FILE,
        Ok(t) if t.is_dir() => DIRENT_DIR,
        Ok(t) if t.is_symlink() => DIRENT_LINK,
        Ok(t) if t.is_fifo() => DIRENT_FIFO,
        Ok(t) if t.is_socket() => DIRENT_SOCKET,
        Ok(t) if t.is_char_device() => DIRENT_CHAR,
        Ok(t) if t.is_block_device() => DIRENT_BLOCK,
        _ => DIRENT_UNKNOWN,
    }
}

/// Names in `path` sorted by bytes (libuv's scandir), with their types.
pub fn scandir(path: &OsStr) -> io::Result<Vec<(OsString, i32)>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(path)? {
        let e = e?;
        out.push((e.file_name(), dirent_type(e.file_type())));
    }
    out.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    Ok(out)
}

pub fn readdir(path: &OsStr, with_types: bool, raw: bool) -> FsResult<Out> {
    let list = scandir(path).map_err(|e| FsError::with_path(e, "scandir", path))?;
    let mut names = Vec::with_capacity(list.len());
    let mut types = Vec::with_capacity(if with_types { list.len() } else { 0 });
    for (n, t) in list {
        names.push(Name::from_os(n, raw));
        if with_types {
            types.push(t);
        }
    }
    Ok(Out::Names(names, with_types.then_some(types)))
}

// ---------------------------------------------------------------------------------------
// fs.Dir handles

type Handle = Arc<Mutex<Option<ReadDir>>>;

thread_local! {
    static DIRS: RefCell<HashMap<u32, Handle>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// Opens a directory stream (work for the pool; register the result with [`register`]).
pub fn opendir(path: &OsStr) -> FsResult<ReadDir> {
    std::fs::read_dir(path).map_err(|e| FsError::with_path(e, "opendir", path))
}

/// Keeps an open directory on the JS thread; the id JS holds.
pub fn register(rd: ReadDir) -> u32 {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    DIRS.with(|d| d.borrow_mut().insert(id, Arc::new(Mutex::new(Some(rd)))));
    id
}

pub fn handle(id: u32) -> Option<Handle> {
    DIRS.with(|d| d.borrow().get(&id).cloned())
}

pub fn unregister(id: u32) -> Option<Handle> {
    DIRS.with(|d| d.borrow_mut().remove(&id))
}

fn ebadf() -> io::Error {
    io::Error::from_raw_os_error(libc::EBADF)
}

/// Up to `n` entries from an open directory (`None` at the end).
pub fn dir_read(h: &Handle, n: usize, raw: bool) -> FsResult<Out> {
    let mut g = h.lock().unwrap_or_else(|p| p.into_inner());
    let rd = g.as_mut().ok_or_else(|| FsError::new(ebadf(), "scandir"))?;
    let mut out = Vec::new();
    for e in rd.by_ref() {
        let e = e.map_err(|e| FsError::new(e, "scandir"))?;
        out.push((
            Name::from_os(e.file_name(), raw),
            dirent_type(e.file_type()),
        ));
        if out.len() >= n.max(1) {
            break;
        }
    }
    Ok(Out::Entries((!out.is_empty()).then_some(out)))
}

pub fn dir_close(h: &Handle) -> FsResult<Out> {
    let mut g = h.lock().unwrap_or_else(|p| p.into_inner());
    g.take();
    Ok(Out::Undefined)
}

// ---------------------------------------------------------------------------------------
// rm -rf (Node's internal/fs/rimraf)

fn code(e: &FsError) -> i32 {
    e.errno()
}

fn retryable(e: i32) -> bool {
    matches!(
        e,
        libc::EBUSY | libc::EMFILE | libc::ENFILE | libc::ENOTEMPTY | libc::EPERM
    )
}

pub struct RmOptions {
    pub max_retries: u32,
    pub retry_delay: u64,
}

fn sleep(ms: u64) {
    if ms > 0 {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

fn unlink_retry(path: &OsStr, o: &RmOptions) -> FsResult<()> {
    let tries = o.max_retries + 1;
    for i in 1..=tries {
        match paths::unlink(path) {
            Ok(_) => return Ok(()),
            Err(e) if retryable(code(&e)) && i < tries && o.retry_delay > 0 => {
                sleep(i as u64 * o.retry_delay)
            }
            Err(e) if code(&e) == libc::ENOENT => return Ok(()),
            Err(e) if i == tries => return Err(e),
            Err(_) => {}
        }
    }
    Ok(())
}

fn rmdir_tree(path: &OsStr, o: &RmOptions, original: Option<FsError>) -> FsResult<()> {
    let err = match paths::rmdir(path) {
        Ok(_) => return Ok(()),
        Err(e) => e,
    };
    match code(&err) {
        libc::ENOENT => return Ok(()),
        libc::ENOTDIR => return Err(original.unwrap_or(err)),
        libc::ENOTEMPTY | libc::EEXIST | libc::EPERM => {}
        _ => return Err(original.unwrap_or(err)),
    }
    let children = scandir(path).map_err(|e| FsError::with_path(e, "scandir", path))?;
    for (name, _) in children {
        let mut child = path.as_bytes().to_vec();
        child.push(b'/');
        child.extend_from_slice(name.as_bytes());
        rimraf(&PathBuf::from(OsString::from_vec(child)), o)?;
    }
    let tries = o.max_retries + 1;
    for i in 1..=tries {
        match paths::rmdir(path) {
            Ok(_) => return Ok(()),
            Err(e) if retryable(code(&e)) && i < tries && o.retry_delay > 0 => {
                sleep(i as u64 * o.retry_delay)
            }
            Err(e) if code(&e) == libc::ENOENT => return Ok(()),
            Err(e) if i == tries => return Err(e),
            Err(_) => {}
        }
    }
    Ok(())
}

/// Removes `path` and everything below it; a missing path is not an error.
pub fn rimraf(path: &std::path::Path, o: &RmOptions) -> FsResult<()> {
    let p = path.as_os_str();
    let is_dir = match stat_raw(Target::Path(p, true)) {
        Ok(f) => (f[1] as u32 & libc::S_IFMT) == libc::S_IFDIR,
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => return Ok(()),
        Err(_) => false,
    };
    let r = if is_dir {
        rmdir_tree(p, o, None)
    } else {
        unlink_retry(p, o)
    };
    match r {
        Ok(()) => Ok(()),
        Err(e) if code(&e) == libc::ENOENT => Ok(()),
        Err(e) if code(&e) == libc::EISDIR => rmdir_tree(p, o, Some(e)),
        Err(e) => Err(e),
    }
}

/// `rm -rf` with Node's retries of the whole removal (the async rimraf's behaviour).
pub fn rm_recursive(path: &std::path::Path, o: &RmOptions) -> FsResult<Out> {
    let mut retries = 0;
    loop {
        match rimraf(path, o) {
            Ok(()) => return Ok(Out::Undefined),
            Err(e) if retryable(code(&e)) && retries < o.max_retries => {
                retries += 1;
                sleep(retries as u64 * o.retry_delay);
            }
            Err(e) if code(&e) == libc::ENOENT => return Ok(Out::Undefined),
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scandir_sorts_and_rimraf_removes_a_tree() {
        let dir = std::env::temp_dir().join(format!("rode-fs-dir-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("b/c")).unwrap();
        std::fs::write(dir.join("a"), b"").unwrap();
        std::fs::write(dir.join("b/c/d"), b"").unwrap();
        std::os::unix::fs::symlink("b", dir.join("l")).unwrap();
        let list = scandir(dir.as_os_str()).unwrap();
        let names: Vec<_> = list
            .iter()
            .map(|(n, t)| (n.to_str().unwrap().to_string(), *t))
            .collect();
        assert_eq!(
            names,
            vec![
                ("a".into(), DIRENT_FILE),
                ("b".into(), DIRENT_DIR),
                ("l".into(), DIRENT_LINK)
            ]
        );
        rm_recursive(
            &dir,
            &RmOptions {
                max_retries: 0,
                retry_delay: 100,
            },
        )
        .unwrap();
        assert!(!dir.exists());
        rm_recursive(
            &dir,
            &RmOptions {
                max_retries: 0,
                retry_delay: 100,
            },
        )
        .unwrap();
    }
}
