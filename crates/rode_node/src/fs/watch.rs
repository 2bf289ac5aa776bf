//! fs.watch on Linux: inotify, used directly through libc on a tokio `AsyncFd` (no crate:
//! the part we need is three syscalls and a small parser).
//!
//! As libuv does, the thread has one inotify instance, created on first use; watchers of
//! the same inode share its watch descriptor, which is removed when the last of them
//! closes. Each event becomes `cb(eventType, filename)` in the poll phase: `'change'` for
//! IN_ATTRIB/IN_MODIFY alone, `'rename'` for anything else (creation, deletion, moves,
//! IN_IGNORED); `filename` is the entry's name inside a watched directory, or the watched
//! path's basename. A watcher holds the loop open (a ref'd handle) unless unref'd.
//!
//! JS side: `js/internal/fs/watchers.js`.

use rode_core::{bind, event_loop};
use rquickjs::{ArrayBuffer, Ctx, Function, Object, Persistent, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

use super::op::path_arg;

const MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

struct Watcher {
    wd: i32,
    /// The watched path's last component: the filename of events that name no entry.
    base: Vec<u8>,
    /// Filenames as raw bytes (an ArrayBuffer) instead of a UTF-8 string.
    raw: bool,
    refed: bool,
    cb: Persistent<Function<'static>>,
}

struct Inotify {
    fd: RawFd,
    next_id: u32,
    watchers: HashMap<u32, Watcher>,
    by_wd: HashMap<i32, Vec<u32>>,
}

thread_local! {
    static INOTIFY: RefCell<Option<Inotify>> = const { RefCell::new(None) };
}

struct Fd(OwnedFd);

impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0.as_raw_fd()
    }
}

/// The thread's inotify fd, made (with its reader task) on first use.
fn inotify_fd() -> std::io::Result<RawFd> {
    if let Some(fd) = INOTIFY.with(|i| i.borrow().as_ref().map(|n| n.fd)) {
        return Ok(fd);
    }
    let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
    if raw < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let owned = unsafe { OwnedFd::from_raw_fd(raw) };
    // SAFETY: the fd is ours (just made) and lives inside the AsyncFd until it is dropped.
    let afd = unsafe { AsyncFd::register_with_interest(Fd(owned), Interest::READABLE) }?;
    tokio::task::spawn_local(read_events(afd));
    INOTIFY.with(|i| {
        *i.borrow_mut() = Some(Inotify {
            fd: raw,
            next_id: 1,
            watchers: HashMap::new(),
            by_wd: HashMap::new(),
        })
    });
    Ok(raw)
}

/// One decoded inotify event.
struct Event {
    wd: i32,
    mask: u32,
    name: Vec<u8>,
}

/// Splits a read(2) of the inotify fd into events (names without their NUL padding).
fn parse(buf: &[u8]) -> Vec<Event> {
    const HDR: usize = std::mem::size_of::<libc::inotify_event>();
    let mut out = Vec::new();
    let mut p = 0;
    while p + HDR <= buf.len() {
        let wd = i32::from_ne_bytes(buf[p..p + 4].try_into().unwrap_or_default());
        let mask = u32::from_ne_bytes(buf[p + 4..p + 8].try_into().unwrap_or_default());
        let len = u32::from_ne_bytes(buf[p + 12..p + 16].try_into().unwrap_or_default()) as usize;
        let start = p + HDR;
        let end = (start + len).min(buf.len());
        let field = &buf[start..end];
        let name = match field.iter().position(|&b| b == 0) {
            Some(n) => field[..n].to_vec(),
            None => field.to_vec(),
        };
        out.push(Event { wd, mask, name });
        p = start + len;
    }
    out
}

async fn read_events(afd: AsyncFd<Fd>) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let Ok(mut guard) = afd.readable().await else {
            return;
        };
        let r = guard.try_io(|inner| {
            let n = unsafe { libc::read(inner.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n < 0 {
                Err(std::io::Error::last_os_error())
            } else {
                Ok(n as usize)
            }
        });
        match r {
            Ok(Ok(n)) if n > 0 => dispatch(parse(&buf[..n])),
            Ok(Ok(_)) => {}
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Ok(Err(_)) => return,
            Err(_would_block) => {}
        }
    }
}

/// Queues one callback per (event, watcher of its wd).
fn dispatch(events: Vec<Event>) {
    for ev in events {
        let ids: Vec<u32> = INOTIFY.with(|i| {
            let mut i = i.borrow_mut();
            let Some(n) = i.as_mut() else {
                return Vec::new();
            };
            let ids = n.by_wd.get(&ev.wd).cloned().unwrap_or_default();
            if ev.mask & libc::IN_IGNORED != 0 {
                // The kernel dropped the watch (the inode is gone): its wd may be reused.
                n.by_wd.remove(&ev.wd);
                for id in &ids {
                    if let Some(w) = n.watchers.get_mut(id) {
                        w.wd = -1;
                    }
                }
            }
            ids
        });
        if ids.is_empty() || ev.mask & libc::IN_Q_OVERFLOW != 0 {
            continue;
        }
        let change = ev.mask & (libc::IN_ATTRIB | libc::IN_MODIFY) != 0;
        let rename = ev.mask & !(libc::IN_ATTRIB | libc::IN_MODIFY) != 0;
        let kind = if rename {
            "rename"
        } else if change {
            "change"
        } else {
            continue;
        };
        for id in ids {
            let name = ev.name.clone();
            event_loop::queue_completion(Box::new(move |ctx| deliver(ctx, id, kind, name)));
        }
    }
}

/// Calls watcher `id`'s callback, unless it was closed meanwhile.
fn deliver(ctx: &Ctx<'_>, id: u32, kind: &'static str, name: Vec<u8>) -> Result<()> {
    let found = INOTIFY.with(|i| {
        i.borrow().as_ref().and_then(|n| {
            n.watchers.get(&id).map(|w| {
                let name = if name.is_empty() {
                    w.base.clone()
                } else {
                    name
                };
                (w.cb.clone(), w.raw, name)
            })
        })
    });
    let Some((cb, raw, name)) = found else {
        return Ok(());
    };
    let f = cb.restore(ctx)?;
    let filename: Value = if raw {
        ArrayBuffer::new(ctx.clone(), name)?.into_value()
    } else {
        rquickjs::String::from_str(ctx.clone(), &String::from_utf8_lossy(&name))?.into_value()
    };
    f.call::<_, ()>((kind, filename))
}

fn start<'js>(ctx: &Ctx<'js>, path: Value<'js>, raw: bool, cb: Function<'js>) -> Result<f64> {
    let p = path_arg(ctx, &path)?;
    let fd = match inotify_fd() {
        Ok(fd) => fd,
        Err(e) => return Ok(-(e.raw_os_error().unwrap_or(libc::EIO)) as f64),
    };
    let c = match std::ffi::CString::new(p.as_os_str().as_bytes()) {
        Ok(c) => c,
        Err(_) => return Ok(-libc::EINVAL as f64),
    };
    let wd = unsafe { libc::inotify_add_watch(fd, c.as_ptr(), MASK) };
    if wd < 0 {
        let e = std::io::Error::last_os_error();
        return Ok(-(e.raw_os_error().unwrap_or(libc::EIO)) as f64);
    }
    let bytes = p.as_os_str().as_bytes();
    let base = match bytes.iter().rposition(|&b| b == b'/') {
        Some(n) => bytes[n + 1..].to_vec(),
        None => bytes.to_vec(),
    };
    let cb = Persistent::save(ctx, cb);
    let id = INOTIFY.with(|i| {
        let mut i = i.borrow_mut();
        let n = i.as_mut()?;
        let id = n.next_id;
        n.next_id = n.next_id.wrapping_add(1).max(1);
        n.watchers.insert(
            id,
            Watcher {
                wd,
                base,
                raw,
                refed: true,
                cb,
            },
        );
        n.by_wd.entry(wd).or_default().push(id);
        Some(id)
    });
    match id {
        Some(id) => {
            event_loop::state().ref_handle();
            Ok(id as f64)
        }
        None => Ok(-libc::EINVAL as f64),
    }
}

fn close(id: u32) {
    let removed = INOTIFY.with(|i| {
        let mut i = i.borrow_mut();
        let n = i.as_mut()?;
        let w = n.watchers.remove(&id)?;
        if w.wd >= 0 {
            if let Some(list) = n.by_wd.get_mut(&w.wd) {
                list.retain(|&x| x != id);
                if list.is_empty() {
                    n.by_wd.remove(&w.wd);
                    unsafe { libc::inotify_rm_watch(n.fd, w.wd) };
                }
            }
        }
        Some(w)
    });
    if let Some(w) = removed {
        if w.refed {
            event_loop::state().unref_handle();
        }
    }
}

fn set_ref(id: u32, on: bool) {
    let changed = INOTIFY.with(|i| {
        let mut i = i.borrow_mut();
        let w = i.as_mut()?.watchers.get_mut(&id)?;
        if w.refed == on {
            return None;
        }
        w.refed = on;
        Some(on)
    });
    match changed {
        Some(true) => event_loop::state().ref_handle(),
        Some(false) => event_loop::state().unref_handle(),
        None => {}
    }
}

fn id_arg(v: f64) -> u32 {
    if v.is_finite() && v >= 1.0 && v <= u32::MAX as f64 {
        v as u32
    } else {
        0
    }
}

/// Adds the watcher functions to the fs binding:
/// `fsEventStart(path, raw, cb) -> id | -errno`, `fsEventClose(id)`,
/// `fsEventRef(id, on)`, `fsEventHasRef(id)`.
pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "fsEventStart",
        |ctx: Ctx<'js>, path: Value<'js>, raw: bool, cb: Value<'js>| -> Result<f64> {
            let Some(cb) = cb.as_function().cloned() else {
                return Err(bind::throw_error(&ctx, "fsEventStart: callback required"));
            };
            start(&ctx, path, raw, cb)
        },
    )?;
    bind::func(ctx, o, "fsEventClose", |id: f64| close(id_arg(id)))?;
    bind::func(ctx, o, "fsEventRef", |id: f64, on: bool| {
        set_ref(id_arg(id), on)
    })?;
    bind::func(ctx, o, "fsEventHasRef", |id: f64| -> bool {
        INOTIFY.with(|i| {
            i.borrow()
                .as_ref()
                .and_then(|n| n.watchers.get(&id_arg(id)).map(|w| w.refed))
                .unwrap_or(false)
        })
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(wd: i32, mask: u32, name: &[u8], pad: usize) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&wd.to_ne_bytes());
        v.extend_from_slice(&mask.to_ne_bytes());
        v.extend_from_slice(&0u32.to_ne_bytes());
        v.extend_from_slice(&((name.len() + pad) as u32).to_ne_bytes());
        v.extend_from_slice(name);
        v.extend(std::iter::repeat_n(0u8, pad));
        v
    }

    #[test]
    fn parses_events_with_and_without_names() {
        let mut buf = event(1, libc::IN_MODIFY, b"", 0);
        buf.extend(event(2, libc::IN_CREATE, b"abc", 13));
        buf.extend(event(3, libc::IN_IGNORED, b"", 0));
        let evs = parse(&buf);
        assert_eq!(evs.len(), 3);
        assert_eq!(
            (evs[0].wd, evs[0].mask, evs[0].name.as_slice()),
            (1, libc::IN_MODIFY, &b""[..])
        );
        assert_eq!((evs[1].wd, evs[1].name.as_slice()), (2, &b"abc"[..]));
        assert_eq!(evs[2].mask, libc::IN_IGNORED);
    }

    #[test]
    fn truncated_input_does_not_panic() {
        let buf = event(1, libc::IN_CREATE, b"name", 4);
        for n in 0..buf.len() {
            let _ = parse(&buf[..n]);
        }
    }
}
