//! How every fs binding runs: the trailing `req` argument picks the form.
//!
//! - `undefined`/`null`: synchronous — the work runs now and the result is returned, or
//!   Node's system error is thrown.
//! - a function: callback — the work runs on tokio's blocking pool and the function is
//!   called in the poll phase with `(err)` or `(null, result)` (`(null)` alone when the
//!   result is undefined, as Node's `FSReqCallback` does).
//! - anything else (`binding.kUsePromises`): a promise is returned and settled in the
//!   poll phase.
//!
//! The work is plain Rust returning [`Out`] or [`FsError`]; [`FsError`] becomes Node's
//! error only on the JS thread, through `bind::uv_error`.

use rode_core::{bind, event_loop};
use rquickjs::{Array, ArrayBuffer, Ctx, Function, Persistent, Result, TypedArray, Value};
use std::ffi::{CString, OsStr, OsString};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

/// A failed system call, with what Node puts in its error.
#[derive(Debug)]
pub struct FsError {
    pub err: io::Error,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
}

impl FsError {
    pub fn new(err: io::Error, syscall: &'static str) -> Self {
        FsError {
            err,
            syscall,
            path: None,
            dest: None,
        }
    }

    pub fn with_path(err: io::Error, syscall: &'static str, path: &OsStr) -> Self {
        FsError {
            err,
            syscall,
            path: Some(display(path)),
            dest: None,
        }
    }

    pub fn with_dest(err: io::Error, syscall: &'static str, path: &OsStr, dest: &OsStr) -> Self {
        FsError {
            err,
            syscall,
            path: Some(display(path)),
            dest: Some(display(dest)),
        }
    }

    /// The JS error value (Node's UVException).
    pub fn to_js<'js>(&self, ctx: &Ctx<'js>) -> Value<'js> {
        bind::uv_error(
            ctx,
            &self.err,
            self.syscall,
            self.path.as_deref(),
            self.dest.as_deref(),
        )
    }

    pub fn throw(&self, ctx: &Ctx<'_>) -> rquickjs::Error {
        let v = self.to_js(ctx);
        ctx.throw(v)
    }

    pub fn errno(&self) -> i32 {
        self.err.raw_os_error().unwrap_or(libc::EIO)
    }
}

pub type FsResult<T> = std::result::Result<T, FsError>;

/// A path as it appears in error messages (Node decodes Buffer paths as UTF-8).
pub fn display(p: &OsStr) -> String {
    p.to_string_lossy().into_owned()
}

/// The last OS error.
pub fn last_err() -> io::Error {
    io::Error::last_os_error()
}

/// Retries `f` while it fails with EINTR.
pub fn retry<T: PartialEq + Copy + From<i8>>(mut f: impl FnMut() -> T) -> io::Result<T> {
    loop {
        let r = f();
        if r == T::from(-1) {
            let e = last_err();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        return Ok(r);
    }
}

pub fn cstr(p: &OsStr) -> io::Result<CString> {
    CString::new(p.as_bytes()).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

/// A name or path returned to JS: text (UTF-8, lossy) or raw bytes (for `encoding`s other
/// than utf8, which JS converts through Buffer).
pub enum Name {
    Str(String),
    Raw(Vec<u8>),
}

impl Name {
    pub fn from_os(s: OsString, raw: bool) -> Name {
        if raw {
            Name::Raw(s.into_vec())
        } else {
            Name::Str(match s.into_string() {
                Ok(s) => s,
                Err(s) => s.to_string_lossy().into_owned(),
            })
        }
    }

    fn into_js<'js>(self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        match self {
            Name::Str(s) => Ok(rquickjs::String::from_str(ctx.clone(), &s)?.into_value()),
            Name::Raw(b) => Ok(ArrayBuffer::new(ctx.clone(), b)?.into_value()),
        }
    }
}

/// What a finished operation hands back to JS.
pub enum Out {
    Undefined,
    Num(f64),
    Name(Name),
    OptName(Option<Name>),
    Bytes(Vec<u8>),
    Text(String),
    /// `stat` fields; BigInt64Array when the flag is set, Float64Array otherwise.
    Stat([i64; 18], bool),
    /// readdir: names, with UV_DIRENT types when asked for.
    Names(Vec<Name>, Option<Vec<i32>>),
    /// Dir.read: `[name, type, name, type, …]`, or null at the end.
    Entries(Option<Vec<(Name, i32)>>),
}

impl Out {
    pub fn into_js<'js>(self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        Ok(match self {
            Out::Undefined => Value::new_undefined(ctx.clone()),
            Out::Num(n) => Value::new_number(ctx.clone(), n),
            Out::Name(n) => n.into_js(ctx)?,
            Out::OptName(None) => Value::new_undefined(ctx.clone()),
            Out::OptName(Some(n)) => n.into_js(ctx)?,
            Out::Bytes(b) => ArrayBuffer::new(ctx.clone(), b)?.into_value(),
            Out::Text(s) => rquickjs::String::from_str(ctx.clone(), &s)?.into_value(),
            Out::Stat(f, bigint) => {
                if bigint {
                    TypedArray::<i64>::new(ctx.clone(), f.to_vec())?.into_value()
                } else {
                    let v: Vec<f64> = f.iter().map(|&x| x as f64).collect();
                    TypedArray::<f64>::new(ctx.clone(), v)?.into_value()
                }
            }
            Out::Names(names, types) => {
                let arr = Array::new(ctx.clone())?;
                for (i, n) in names.into_iter().enumerate() {
                    arr.set(i, n.into_js(ctx)?)?;
                }
                match types {
                    None => arr.into_value(),
                    Some(t) => {
                        let pair = Array::new(ctx.clone())?;
                        pair.set(0, arr)?;
                        pair.set(1, t)?;
                        pair.into_value()
                    }
                }
            }
            Out::Entries(None) => Value::new_null(ctx.clone()),
            Out::Entries(Some(list)) => {
                let arr = Array::new(ctx.clone())?;
                let mut i = 0;
                for (n, t) in list {
                    arr.set(i, n.into_js(ctx)?)?;
                    arr.set(i + 1, t)?;
                    i += 2;
                }
                arr.into_value()
            }
        })
    }
}

/// Which form a call takes (see the module docs).
pub enum Req<'js> {
    Sync,
    Callback(Function<'js>),
    Promise,
}

impl<'js> Req<'js> {
    pub fn of(v: &Value<'js>) -> Req<'js> {
        if let Some(f) = v.as_function() {
            Req::Callback(f.clone())
        } else if v.is_undefined() || v.is_null() {
            Req::Sync
        } else {
            Req::Promise
        }
    }

    pub fn is_sync(&self) -> bool {
        matches!(self, Req::Sync)
    }
}

/// Where an async result goes, kept across the trip to the blocking pool.
pub enum Settle {
    Callback(Persistent<Function<'static>>),
    Promise(Persistent<Function<'static>>, Persistent<Function<'static>>),
}

impl Settle {
    /// Delivers `r` to the callback or promise.
    pub fn settle<'js>(
        self,
        ctx: &Ctx<'js>,
        r: Result<Value<'js>>,
        err: Option<Value<'js>>,
    ) -> Result<()> {
        let value = match r {
            Ok(v) => v,
            Err(rquickjs::Error::Exception) => {
                let e = ctx.catch();
                return self.fail(ctx, e);
            }
            Err(e) => return Err(e),
        };
        if let Some(e) = err {
            return self.fail(ctx, e);
        }
        match self {
            Settle::Callback(cb) => {
                let cb = cb.restore(ctx)?;
                if value.is_undefined() {
                    cb.call::<_, ()>((Value::new_null(ctx.clone()),))
                } else {
                    cb.call::<_, ()>((Value::new_null(ctx.clone()), value))
                }
            }
            Settle::Promise(resolve, _) => resolve.restore(ctx)?.call::<_, ()>((value,)),
        }
    }

    fn fail<'js>(self, ctx: &Ctx<'js>, e: Value<'js>) -> Result<()> {
        match self {
            Settle::Callback(cb) => cb.restore(ctx)?.call::<_, ()>((e,)),
            Settle::Promise(_, reject) => reject.restore(ctx)?.call::<_, ()>((e,)),
        }
    }
}

/// Prepares the async form: the value returned to JS now (undefined or the promise) and the
/// [`Settle`] for later. `None` for the sync form.
pub fn prepare<'js>(ctx: &Ctx<'js>, req: Req<'js>) -> Result<Option<(Value<'js>, Settle)>> {
    Ok(match req {
        Req::Sync => None,
        Req::Callback(f) => Some((
            Value::new_undefined(ctx.clone()),
            Settle::Callback(Persistent::save(ctx, f)),
        )),
        Req::Promise => {
            let (p, resolve, reject) = ctx.promise()?;
            Some((
                p.into_value(),
                Settle::Promise(
                    Persistent::save(ctx, resolve),
                    Persistent::save(ctx, reject),
                ),
            ))
        }
    })
}

/// Runs `work` in the form `req` asks for (see the module docs).
pub fn run<'js, W>(ctx: &Ctx<'js>, req: Value<'js>, work: W) -> Result<Value<'js>>
where
    W: FnOnce() -> FsResult<Out> + Send + 'static,
{
    run_with(ctx, req, work, |_, out| Ok(out))
}

/// [`run`] with a last step on the JS thread: `finish` turns the work's output into what
/// JS receives (it may touch JS state, e.g. copy into the caller's buffer).
pub fn run_with<'js, T, W, F>(
    ctx: &Ctx<'js>,
    req: Value<'js>,
    work: W,
    finish: F,
) -> Result<Value<'js>>
where
    T: Send + 'static,
    W: FnOnce() -> FsResult<T> + Send + 'static,
    F: for<'a> FnOnce(&Ctx<'a>, T) -> Result<Out> + 'static,
{
    match prepare(ctx, Req::of(&req))? {
        None => match work() {
            Ok(t) => finish(ctx, t)?.into_js(ctx),
            Err(e) => Err(e.throw(ctx)),
        },
        Some((ret, settle)) => {
            event_loop::spawn_blocking_op(work, move |ctx, r: FsResult<T>| match r {
                Ok(t) => {
                    let v = finish(ctx, t).and_then(|out| out.into_js(ctx));
                    settle.settle(ctx, v, None)
                }
                Err(e) => {
                    let err = e.to_js(ctx);
                    settle.settle(ctx, Ok(Value::new_undefined(ctx.clone())), Some(err))
                }
            });
            Ok(ret)
        }
    }
}

/// A path argument: a string, or a Uint8Array of raw bytes (a Buffer path).
pub fn path_arg(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<PathBuf> {
    if let Some(s) = v.as_string() {
        return Ok(PathBuf::from(s.to_string()?));
    }
    if let Some(o) = v.as_object() {
        if let Some(ta) = o.as_typed_array::<u8>() {
            let bytes = unsafe { ta.as_bytes() }.unwrap_or(&[]).to_vec();
            return Ok(PathBuf::from(OsString::from_vec(bytes)));
        }
    }
    Err(bind::throw_error(
        ctx,
        "fs: path must be a string or Uint8Array",
    ))
}

/// A copy of `len` bytes at `off` in a Uint8Array argument (bounds already validated in JS;
/// clamped here so bad input can't read out of bounds).
pub fn bytes_arg(ctx: &Ctx<'_>, v: &Value<'_>, off: f64, len: f64) -> Result<Vec<u8>> {
    let Some(ta) = v.as_object().and_then(|o| o.as_typed_array::<u8>()) else {
        if let Some(s) = v.as_string() {
            return Ok(s.to_string()?.into_bytes());
        }
        return Err(bind::throw_error(
            ctx,
            "fs: data must be a Uint8Array or string",
        ));
    };
    let all = unsafe { ta.as_bytes() }.unwrap_or(&[]);
    let (start, end) = clamp(all.len(), off, len);
    Ok(all[start..end].to_vec())
}

/// `[off, off + len)` clamped to `0..n`.
pub fn clamp(n: usize, off: f64, len: f64) -> (usize, usize) {
    let start = (off.max(0.0) as usize).min(n);
    let end = start.saturating_add(len.max(0.0) as usize).min(n);
    (start, end)
}

/// The `position` argument: a number or bigint; negative or null means "current position".
pub fn position_arg(v: &Value<'_>) -> Option<i64> {
    let p = if let Some(n) = v.as_number() {
        n as i64
    } else if let Some(b) = v.as_big_int() {
        b.clone().to_i64().unwrap_or(-1)
    } else {
        -1
    };
    (p >= 0).then_some(p)
}
