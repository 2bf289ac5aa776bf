//! The async forms of `writeFile` for a large Uint8Array.
//!
//! Copying the whole array up front (so the blocking pool never touches JS memory) costs a
//! second buffer the size of the file, and faulting in its fresh pages costs more than the
//! copy. Instead the file is written in [`CHUNK`]-sized pieces through two reused buffers:
//! while the blocking pool writes one piece, the JS thread copies the next into the other.
//! The JS memory itself is only read on the JS thread, so a buffer detached or resized
//! meanwhile is safe (the write stops where the array now ends). The caller sees one open,
//! the writes and one close, as with Node's single `uv_fs_write` of the whole buffer.

use super::io::{close, open, write_at, FileRef};
use super::op::{FsError, FsResult, Settle};
use rode_core::event_loop;
use rquickjs::{Ctx, Persistent, Result, TypedArray, Value};
use std::cell::RefCell;
use std::io;
use std::rc::Rc;

/// Bytes written per trip to the blocking pool (and the size of the reused buffer).
pub const CHUNK: usize = 4 << 20;

/// What `writeFile` was asked to do.
pub struct Job {
    pub target: FileRef,
    pub flags: i32,
    pub mode: u32,
    pub flush: bool,
    /// The array's length when the call was made.
    pub len: usize,
}

/// What travels to the blocking pool and back for each piece.
struct Work {
    job: Job,
    /// -1 until the file is opened (by the first piece).
    fd: i32,
    owned: bool,
    buf: Vec<u8>,
    last: bool,
}

/// What stays on the JS thread between pieces.
struct Ctl {
    data: Persistent<TypedArray<'static, u8>>,
    settle: Option<Settle>,
    len: usize,
    /// Where the next piece to copy starts in the array.
    off: usize,
    /// The piece after the one being written (copied while that one is written), and
    /// whether it is the last.
    next: Option<(Vec<u8>, bool)>,
}

type Shared = Rc<RefCell<Ctl>>;

/// Copies the first piece now and starts writing; `settle` gets the outcome.
pub fn start<'js>(
    ctx: &Ctx<'js>,
    job: Job,
    data: Persistent<TypedArray<'static, u8>>,
    settle: Settle,
) -> Result<()> {
    let mut ctl = Ctl {
        data,
        settle: Some(settle),
        len: job.len,
        off: 0,
        next: None,
    };
    let ta = ctl.data.clone().restore(ctx)?;
    let (buf, last) = ctl.fill(&ta, Vec::new());
    let w = Work {
        job,
        fd: -1,
        owned: false,
        buf,
        last,
    };
    step(w, Rc::new(RefCell::new(ctl)), &ta, Vec::new());
    Ok(())
}

impl Ctl {
    /// Copies the next piece of `ta` into `buf` (clamped to the array's current size, in
    /// case it shrank or was detached meanwhile); true when it is the last.
    fn fill(&mut self, ta: &TypedArray<'_, u8>, mut buf: Vec<u8>) -> (Vec<u8>, bool) {
        let all = unsafe { ta.as_bytes() }.unwrap_or(&[]);
        let end = self.len.min(all.len());
        let start = self.off.min(end);
        let n = (end - start).min(CHUNK);
        buf.clear();
        if buf.capacity() == 0 {
            buf.reserve_exact(CHUNK.min(self.len));
        }
        buf.extend_from_slice(&all[start..start + n]);
        self.off = start + n;
        (buf, self.off >= end)
    }
}

/// Sends `w` to the blocking pool, then copies the following piece into `spare` meanwhile.
fn step(w: Work, ctl: Shared, ta: &TypedArray<'_, u8>, spare: Vec<u8>) {
    let more = !w.last;
    let c = ctl.clone();
    event_loop::spawn_blocking_op(
        move || {
            let mut w = w;
            let r = write_piece(&mut w);
            (w, r)
        },
        move |ctx, (w, r): (Work, FsResult<()>)| done(ctx, w, r, c),
    );
    if more {
        let mut c = ctl.borrow_mut();
        let next = c.fill(ta, spare);
        c.next = Some(next);
    }
}

/// A piece was written: settle, or send the next one.
fn done<'js>(ctx: &Ctx<'js>, mut w: Work, r: FsResult<()>, ctl: Shared) -> Result<()> {
    let undefined = Value::new_undefined(ctx.clone());
    let next = ctl.borrow_mut().next.take();
    let (next, last) = match (r, next) {
        (Err(e), _) => {
            let err = e.to_js(ctx);
            return settle(&ctl, ctx, Ok(undefined), Some(err));
        }
        (Ok(()), None) => return settle(&ctl, ctx, Ok(undefined), None),
        (Ok(()), Some(n)) => n,
    };
    let spare = std::mem::replace(&mut w.buf, next);
    w.last = last;
    let data = ctl.borrow().data.clone();
    let ta = match data.restore(ctx) {
        Ok(ta) => ta,
        Err(e) => {
            if w.owned {
                let _ = close(w.fd);
            }
            return settle(&ctl, ctx, Err(e), None);
        }
    };
    // The buffer just written takes the piece after next.
    step(w, ctl, &ta, spare);
    Ok(())
}

fn settle<'js>(
    ctl: &Shared,
    ctx: &Ctx<'js>,
    v: Result<Value<'js>>,
    err: Option<Value<'js>>,
) -> Result<()> {
    let s = ctl.borrow_mut().settle.take();
    match s {
        Some(s) => s.settle(ctx, v, err),
        None => Ok(()),
    }
}

/// On the blocking pool: opens the file for the first piece, writes `w.buf`, and after the
/// last piece (or a failure) fsyncs when asked and closes a file it opened.
fn write_piece(w: &mut Work) -> FsResult<()> {
    if w.fd < 0 {
        match &w.job.target {
            FileRef::Path(p) => {
                w.fd = open(p.as_os_str(), w.job.flags, w.job.mode)?;
                w.owned = true;
            }
            FileRef::Fd(fd) => w.fd = *fd,
        }
    }
    let r = write_all(w.fd, &w.buf).and_then(|()| {
        if w.last && w.job.flush && unsafe { libc::fsync(w.fd) } != 0 {
            return Err(FsError::new(io::Error::last_os_error(), "fsync"));
        }
        Ok(())
    });
    if w.owned && (w.last || r.is_err()) {
        let c = close(w.fd);
        r?;
        c?;
        return Ok(());
    }
    r
}

/// Writes all of `data` from the fd's current position.
pub fn write_all(fd: i32, data: &[u8]) -> FsResult<()> {
    let mut off = 0;
    while off < data.len() {
        let n = write_at(fd, &data[off..], None).map_err(|e| FsError::new(e, "write"))?;
        if n == 0 {
            return Err(FsError::new(
                io::Error::from_raw_os_error(libc::EIO),
                "write",
            ));
        }
        off += n;
    }
    Ok(())
}
