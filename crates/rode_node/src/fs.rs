//! `internalBinding('fs')`: the native half of `node:fs` and `node:fs/promises`.
//!
//! Every operation takes a trailing `req` (see [`op`]): `undefined` runs it now (sync form,
//! throws Node's system error), a function gets `(err, result)` in the poll phase (callback
//! form), `binding.kUsePromises` returns a promise. Blocking work for the async forms runs
//! on tokio's blocking pool via `event_loop::spawn_blocking_op`.
//!
//! JS (`js/fs.js`, `js/internal/fs/*.js`) validates arguments with Node's errors first; the
//! native side only guards against panics and out-of-bounds access. Paths arrive as strings
//! or Uint8Arrays (raw bytes); data as strings (written as UTF-8) or Uint8Arrays; names come
//! back as strings, or as ArrayBuffers of raw bytes when JS asks for `raw` (non-UTF-8
//! encodings, converted in JS through Buffer).
//!
//! The module loader relies on `readFileUtf8(path)`, `internalModuleStat(path)` and
//! `realpath(path)` (sync, string in and out): keep those contracts.

mod dir;
mod io;
mod op;
mod paths;
mod stat;
mod watch;
mod write;

use io::FileRef;
use op::{bytes_arg, clamp, path_arg, position_arg, run, run_with, FsError, Out};
use rode_core::bind;
use rquickjs::{Array, Ctx, Object, Persistent, Result, Symbol, TypedArray, Value};
use std::path::PathBuf;

type OnePathOp = fn(&std::ffi::OsStr) -> op::FsResult<Out>;
type TwoPathOp = fn(&std::ffi::OsStr, &std::ffi::OsStr) -> op::FsResult<Out>;

/// A path, or a caller's fd (a number).
fn file_ref(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<FileRef> {
    if let Some(n) = v.as_number() {
        return Ok(FileRef::Fd(n as i32));
    }
    Ok(FileRef::Path(path_arg(ctx, v)?))
}

fn uint8<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<TypedArray<'js, u8>> {
    v.as_object()
        .and_then(|o| o.as_typed_array::<u8>())
        .cloned()
        .ok_or_else(|| bind::throw_error(ctx, "fs: expected a Uint8Array"))
}

/// Copies `data` into `ta[off..]` (clamped to the array's current size).
fn copy_into(ta: &TypedArray<'_, u8>, off: usize, data: &[u8]) -> usize {
    let Some(raw) = ta.as_raw() else { return 0 };
    let len = raw.len();
    let start = off.min(len);
    let n = data.len().min(len - start);
    unsafe {
        std::ptr::copy_nonoverlapping(data.as_ptr(), (raw.as_ptr() as *mut u8).add(start), n)
    };
    n
}

fn id_of(v: f64) -> u32 {
    if v.is_finite() && v >= 0.0 {
        v as u32
    } else {
        u32::MAX
    }
}

/// A uid/gid from JS (-1 means "leave unchanged").
fn owner_id(v: f64) -> u32 {
    (v as i64) as u32
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    o.set(
        "kUsePromises",
        Symbol::with_description(ctx.clone(), "fs_use_promises_symbol")?,
    )?;
    init_loader(ctx, &o)?;
    init_files(ctx, &o)?;
    init_names(ctx, &o)?;
    init_dirs(ctx, &o)?;
    watch::init(ctx, &o)?;
    Ok(o)
}

/// What the module loader and error printer use.
fn init_loader<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // The file as UTF-8 text (invalid sequences become U+FFFD, as Node's 'utf8' decoding).
    // readFileUtf8(pathOrFd, flags = O_RDONLY)
    bind::func(
        ctx,
        o,
        "readFileUtf8",
        |ctx: Ctx<'js>,
         target: Value<'js>,
         flags: rquickjs::function::Opt<i32>|
         -> Result<String> {
            let t = file_ref(&ctx, &target)?;
            match io::read_file(&t, flags.0.unwrap_or(libc::O_RDONLY)) {
                Ok(Ok(bytes)) => Ok(utf8(bytes)),
                Ok(Err(size)) => Err(bind::throw_error(
                    &ctx,
                    &format!("File size ({size}) is greater than 2 GiB"),
                )),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    // 0 for a file, 1 for a directory, a negative errno otherwise (Node's internalModuleStat).
    bind::func(
        ctx,
        o,
        "internalModuleStat",
        |ctx: Ctx<'js>, path: Value<'js>| -> Result<i32> {
            Ok(stat::internal_module_stat(
                path_arg(&ctx, &path)?.as_os_str(),
            ))
        },
    )?;
    // realpath(path, raw?, req?): realpath(3), as fs.realpath.native.
    bind::func(
        ctx,
        o,
        "realpath",
        |ctx: Ctx<'js>,
         path: Value<'js>,
         raw: rquickjs::function::Opt<bool>,
         req: rquickjs::function::Opt<Value<'js>>| {
            let p = path_arg(&ctx, &path)?;
            let raw = raw.0.unwrap_or(false);
            run(&ctx, opt(&ctx, req), move || {
                paths::realpath_native(p.as_os_str(), raw)
            })
        },
    )?;
    Ok(())
}

fn opt<'js>(ctx: &Ctx<'js>, v: rquickjs::function::Opt<Value<'js>>) -> Value<'js> {
    v.0.unwrap_or_else(|| Value::new_undefined(ctx.clone()))
}

fn utf8(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// open/close/read/write and friends, whole-file reads and writes, fd operations.
fn init_files<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "open",
        |ctx: Ctx<'js>, path: Value<'js>, flags: i32, mode: f64, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || {
                io::open(p.as_os_str(), flags, mode as u32).map(|fd| Out::Num(fd as f64))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "close",
        |ctx: Ctx<'js>, fd: i32, req: Value<'js>| run(&ctx, req, move || io::close(fd)),
    )?;
    // read(fd, uint8, offset, length, position, req) -> bytesRead
    bind::func(
        ctx,
        o,
        "read",
        |ctx: Ctx<'js>,
         fd: i32,
         buf: Value<'js>,
         off: f64,
         len: f64,
         pos: Value<'js>,
         req: Value<'js>| {
            let ta = uint8(&ctx, &buf)?;
            let pos = position_arg(&pos);
            if op::Req::of(&req).is_sync() {
                let Some(raw) = ta.as_raw() else {
                    return Ok(Value::new_number(ctx.clone(), 0.0));
                };
                let (start, end) = clamp(raw.len(), off, len);
                let slice = unsafe {
                    std::slice::from_raw_parts_mut(
                        (raw.as_ptr() as *mut u8).add(start),
                        end - start,
                    )
                };
                return match io::read_at(fd, slice, pos) {
                    Ok(n) => Ok(Value::new_number(ctx.clone(), n as f64)),
                    Err(e) => Err(FsError::new(e, "read").throw(&ctx)),
                };
            }
            let n = clamp(ta.len(), off, len);
            let want = n.1 - n.0;
            let keep = Persistent::save(&ctx, ta);
            run_with(
                &ctx,
                req,
                move || {
                    let mut v = vec![0u8; want];
                    let got = io::read_at(fd, &mut v, pos).map_err(|e| FsError::new(e, "read"))?;
                    v.truncate(got);
                    Ok(v)
                },
                move |ctx, data: Vec<u8>| {
                    let ta = keep.restore(ctx)?;
                    copy_into(&ta, n.0, &data);
                    Ok(Out::Num(data.len() as f64))
                },
            )
        },
    )?;
    // readBuffers(fd, [uint8...], position, req) -> bytesRead
    bind::func(
        ctx,
        o,
        "readBuffers",
        |ctx: Ctx<'js>, fd: i32, bufs: Array<'js>, pos: Value<'js>, req: Value<'js>| {
            let pos = position_arg(&pos);
            if bufs.is_empty() {
                // readv(2) with no buffers: libuv reports EINVAL.
                let einval = std::io::Error::from_raw_os_error(libc::EINVAL);
                return run(&ctx, req, move || Err(FsError::new(einval, "read")));
            }
            let mut arrays = Vec::with_capacity(bufs.len());
            for b in bufs.iter::<Value>() {
                arrays.push(uint8(&ctx, &b?)?);
            }
            if op::Req::of(&req).is_sync() {
                let mut slices: Vec<&mut [u8]> = Vec::with_capacity(arrays.len());
                for ta in &arrays {
                    if let Some(raw) = ta.as_raw() {
                        slices.push(unsafe {
                            std::slice::from_raw_parts_mut(raw.as_ptr() as *mut u8, raw.len())
                        });
                    }
                }
                return match io::readv_at(fd, &mut slices, pos) {
                    Ok(n) => Ok(Value::new_number(ctx.clone(), n as f64)),
                    Err(e) => Err(FsError::new(e, "read").throw(&ctx)),
                };
            }
            let lens: Vec<usize> = arrays.iter().map(|a| a.len()).collect();
            let keep: Vec<_> = arrays
                .into_iter()
                .map(|a| Persistent::save(&ctx, a))
                .collect();
            run_with(
                &ctx,
                req,
                move || {
                    let mut vs: Vec<Vec<u8>> = lens.iter().map(|&l| vec![0u8; l]).collect();
                    let mut slices: Vec<&mut [u8]> =
                        vs.iter_mut().map(|v| v.as_mut_slice()).collect();
                    let n =
                        io::readv_at(fd, &mut slices, pos).map_err(|e| FsError::new(e, "read"))?;
                    Ok((vs, n))
                },
                move |ctx, (vs, n): (Vec<Vec<u8>>, usize)| {
                    let mut left = n;
                    for (p, v) in keep.into_iter().zip(vs) {
                        if left == 0 {
                            break;
                        }
                        let take = left.min(v.len());
                        copy_into(&p.restore(ctx)?, 0, &v[..take]);
                        left -= take;
                    }
                    Ok(Out::Num(n as f64))
                },
            )
        },
    )?;
    // writeBuffer(fd, uint8, offset, length, position, req) -> bytesWritten
    bind::func(
        ctx,
        o,
        "writeBuffer",
        |ctx: Ctx<'js>,
         fd: i32,
         buf: Value<'js>,
         off: f64,
         len: f64,
         pos: Value<'js>,
         req: Value<'js>| {
            let pos = position_arg(&pos);
            if op::Req::of(&req).is_sync() {
                let ta = uint8(&ctx, &buf)?;
                let Some(raw) = ta.as_raw() else {
                    return Ok(Value::new_number(ctx.clone(), 0.0));
                };
                let (start, end) = clamp(raw.len(), off, len);
                let slice = unsafe {
                    std::slice::from_raw_parts((raw.as_ptr() as *const u8).add(start), end - start)
                };
                return match io::write_at(fd, slice, pos) {
                    Ok(n) => Ok(Value::new_number(ctx.clone(), n as f64)),
                    Err(e) => Err(FsError::new(e, "write").throw(&ctx)),
                };
            }
            let data = bytes_arg(&ctx, &buf, off, len)?;
            run(&ctx, req, move || {
                io::write_at(fd, &data, pos)
                    .map(|n| Out::Num(n as f64))
                    .map_err(|e| FsError::new(e, "write"))
            })
        },
    )?;
    // writeString(fd, string, position, req) -> bytesWritten (UTF-8)
    bind::func(
        ctx,
        o,
        "writeString",
        |ctx: Ctx<'js>, fd: i32, s: String, pos: Value<'js>, req: Value<'js>| {
            let pos = position_arg(&pos);
            run(&ctx, req, move || {
                io::write_at(fd, s.as_bytes(), pos)
                    .map(|n| Out::Num(n as f64))
                    .map_err(|e| FsError::new(e, "write"))
            })
        },
    )?;
    // writeBuffers(fd, [uint8...], position, req) -> bytesWritten
    bind::func(
        ctx,
        o,
        "writeBuffers",
        |ctx: Ctx<'js>, fd: i32, bufs: Array<'js>, pos: Value<'js>, req: Value<'js>| {
            let pos = position_arg(&pos);
            let mut datas = Vec::with_capacity(bufs.len());
            for b in bufs.iter::<Value>() {
                datas.push(bytes_arg(&ctx, &b?, 0.0, f64::MAX)?);
            }
            run(&ctx, req, move || {
                let slices: Vec<&[u8]> = datas.iter().map(|d| d.as_slice()).collect();
                io::writev_at(fd, &slices, pos)
                    .map(|n| Out::Num(n as f64))
                    .map_err(|e| FsError::new(e, "write"))
            })
        },
    )?;
    // readFile(pathOrFd, flags, utf8, req) -> string | ArrayBuffer | number (size, when
    // larger than 2 GiB)
    bind::func(
        ctx,
        o,
        "readFile",
        |ctx: Ctx<'js>, target: Value<'js>, flags: i32, as_text: bool, req: Value<'js>| {
            let t = file_ref(&ctx, &target)?;
            run(&ctx, req, move || {
                Ok(match io::read_file(&t, flags)? {
                    Ok(bytes) if as_text => Out::Text(utf8(bytes)),
                    Ok(bytes) => Out::Bytes(bytes),
                    Err(size) => Out::Num(size as f64),
                })
            })
        },
    )?;
    // writeFile(pathOrFd, data, flags, mode, flush, req)
    bind::func(
        ctx,
        o,
        "writeFile",
        |ctx: Ctx<'js>,
         target: Value<'js>,
         data: Value<'js>,
         flags: i32,
         mode: f64,
         flush: bool,
         req: Value<'js>| {
            let t = file_ref(&ctx, &target)?;
            let form = op::Req::of(&req);
            let ta = data.as_object().and_then(|o| o.as_typed_array::<u8>());
            match (form, ta) {
                // Sync: write straight from the caller's memory (no JS runs meanwhile).
                (op::Req::Sync, Some(ta)) => {
                    let bytes = unsafe { ta.as_bytes() }.unwrap_or(&[]);
                    match io::write_file(&t, bytes, flags, mode as u32, flush) {
                        Ok(_) => Ok(Value::new_undefined(ctx.clone())),
                        Err(e) => Err(e.throw(&ctx)),
                    }
                }
                // Async and large: written in chunks copied one at a time into a reused
                // buffer (no copy of the whole file, no fresh pages per call).
                (form, Some(ta)) if ta.len() > write::CHUNK => {
                    let Some((ret, settle)) = op::prepare(&ctx, form)? else {
                        return Ok(Value::new_undefined(ctx.clone()));
                    };
                    let len = ta.len();
                    let keep = Persistent::save(&ctx, ta.clone());
                    write::start(
                        &ctx,
                        write::Job {
                            target: t,
                            flags,
                            mode: mode as u32,
                            flush,
                            len,
                        },
                        keep,
                        settle,
                    )?;
                    Ok(ret)
                }
                _ => {
                    let bytes = bytes_arg(&ctx, &data, 0.0, f64::MAX)?;
                    run(&ctx, req, move || {
                        io::write_file(&t, &bytes, flags, mode as u32, flush)
                    })
                }
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "fstat",
        |ctx: Ctx<'js>, fd: i32, bigint: bool, req: Value<'js>| {
            run(&ctx, req, move || stat::fstat(fd, bigint))
        },
    )?;
    bind::func(
        ctx,
        o,
        "ftruncate",
        |ctx: Ctx<'js>, fd: i32, len: f64, req: Value<'js>| {
            run(&ctx, req, move || io::ftruncate(fd, len as i64))
        },
    )?;
    bind::func(
        ctx,
        o,
        "fsync",
        |ctx: Ctx<'js>, fd: i32, req: Value<'js>| run(&ctx, req, move || io::fsync(fd)),
    )?;
    bind::func(
        ctx,
        o,
        "fdatasync",
        |ctx: Ctx<'js>, fd: i32, req: Value<'js>| run(&ctx, req, move || io::fdatasync(fd)),
    )?;
    bind::func(
        ctx,
        o,
        "fchmod",
        |ctx: Ctx<'js>, fd: i32, mode: f64, req: Value<'js>| {
            run(&ctx, req, move || io::fchmod(fd, mode as u32))
        },
    )?;
    bind::func(
        ctx,
        o,
        "fchown",
        |ctx: Ctx<'js>, fd: i32, uid: f64, gid: f64, req: Value<'js>| {
            run(&ctx, req, move || {
                io::fchown(fd, owner_id(uid), owner_id(gid))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "futimes",
        |ctx: Ctx<'js>, fd: i32, atime: f64, mtime: f64, req: Value<'js>| {
            run(&ctx, req, move || io::futimes(fd, atime, mtime))
        },
    )?;
    Ok(())
}

/// Operations on paths.
fn init_names<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // stat(path, bigint, throwIfNoEntry, req) / lstat(...)
    for (name, nofollow) in [("stat", false), ("lstat", true)] {
        bind::func(
            ctx,
            o,
            name,
            move |ctx: Ctx<'js>,
                  path: Value<'js>,
                  bigint: bool,
                  throw_if_no_entry: bool,
                  req: Value<'js>| {
                let p = path_arg(&ctx, &path)?;
                run(&ctx, req, move || {
                    stat::stat_path(p.as_os_str(), nofollow, bigint, throw_if_no_entry)
                })
            },
        )?;
    }
    bind::func(
        ctx,
        o,
        "statfs",
        |ctx: Ctx<'js>, path: Value<'js>, bigint: bool, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || stat::statfs(p.as_os_str(), bigint))
        },
    )?;
    bind::func(
        ctx,
        o,
        "access",
        |ctx: Ctx<'js>, path: Value<'js>, mode: i32, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || stat::access(p.as_os_str(), mode))
        },
    )?;
    bind::func(
        ctx,
        o,
        "existsSync",
        |ctx: Ctx<'js>, path: Value<'js>| -> Result<bool> {
            let p = path_arg(&ctx, &path)?;
            Ok(stat::access(p.as_os_str(), libc::F_OK).is_ok())
        },
    )?;
    bind::func(
        ctx,
        o,
        "mkdir",
        |ctx: Ctx<'js>, path: Value<'js>, mode: f64, recursive: bool, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || {
                paths::mkdir(p.as_os_str(), mode as u32, recursive)
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "mkdtemp",
        |ctx: Ctx<'js>, prefix: Value<'js>, raw: bool, req: Value<'js>| {
            let p = path_arg(&ctx, &prefix)?;
            run(&ctx, req, move || paths::mkdtemp(p.as_os_str(), raw))
        },
    )?;
    let two: [(&str, TwoPathOp); 3] = [
        ("rename", paths::rename),
        ("link", paths::link),
        ("symlink", paths::symlink),
    ];
    for (name, f) in two {
        bind::func(
            ctx,
            o,
            name,
            move |ctx: Ctx<'js>, a: Value<'js>, b: Value<'js>, req: Value<'js>| {
                let a = path_arg(&ctx, &a)?;
                let b = path_arg(&ctx, &b)?;
                run(&ctx, req, move || f(a.as_os_str(), b.as_os_str()))
            },
        )?;
    }
    let one: [(&str, OnePathOp); 2] = [("unlink", paths::unlink), ("rmdir", paths::rmdir)];
    for (name, f) in one {
        bind::func(
            ctx,
            o,
            name,
            move |ctx: Ctx<'js>, a: Value<'js>, req: Value<'js>| {
                let a = path_arg(&ctx, &a)?;
                run(&ctx, req, move || f(a.as_os_str()))
            },
        )?;
    }
    bind::func(
        ctx,
        o,
        "readlink",
        |ctx: Ctx<'js>, path: Value<'js>, raw: bool, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || paths::readlink(p.as_os_str(), raw))
        },
    )?;
    // realpathJs(absolutePath, raw, req): fs.realpath's component walk.
    bind::func(
        ctx,
        o,
        "realpathJs",
        |ctx: Ctx<'js>, path: Value<'js>, raw: bool, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || paths::realpath_js(p.as_os_str(), raw))
        },
    )?;
    bind::func(
        ctx,
        o,
        "copyFile",
        |ctx: Ctx<'js>, src: Value<'js>, dest: Value<'js>, mode: i32, req: Value<'js>| {
            let s = path_arg(&ctx, &src)?;
            let d = path_arg(&ctx, &dest)?;
            run(&ctx, req, move || {
                paths::copy_file(s.as_os_str(), d.as_os_str(), mode)
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "chmod",
        |ctx: Ctx<'js>, path: Value<'js>, mode: f64, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || paths::chmod(p.as_os_str(), mode as u32))
        },
    )?;
    for (name, nofollow) in [("chown", false), ("lchown", true)] {
        bind::func(
            ctx,
            o,
            name,
            move |ctx: Ctx<'js>, path: Value<'js>, uid: f64, gid: f64, req: Value<'js>| {
                let p = path_arg(&ctx, &path)?;
                run(&ctx, req, move || {
                    paths::chown(p.as_os_str(), owner_id(uid), owner_id(gid), nofollow)
                })
            },
        )?;
    }
    for (name, nofollow) in [("utimes", false), ("lutimes", true)] {
        bind::func(
            ctx,
            o,
            name,
            move |ctx: Ctx<'js>, path: Value<'js>, atime: f64, mtime: f64, req: Value<'js>| {
                let p = path_arg(&ctx, &path)?;
                run(&ctx, req, move || {
                    paths::utimes(p.as_os_str(), atime, mtime, nofollow)
                })
            },
        )?;
    }
    Ok(())
}

/// readdir, fs.Dir handles, rm -rf.
fn init_dirs<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    // readdir(path, withTypes, raw, req) -> names | [names, types]
    bind::func(
        ctx,
        o,
        "readdir",
        |ctx: Ctx<'js>, path: Value<'js>, with_types: bool, raw: bool, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run(&ctx, req, move || {
                dir::readdir(p.as_os_str(), with_types, raw)
            })
        },
    )?;
    // opendir(path, req) -> handle id
    bind::func(
        ctx,
        o,
        "opendir",
        |ctx: Ctx<'js>, path: Value<'js>, req: Value<'js>| {
            let p = path_arg(&ctx, &path)?;
            run_with(
                &ctx,
                req,
                move || dir::opendir(p.as_os_str()),
                |_, rd| Ok(Out::Num(dir::register(rd) as f64)),
            )
        },
    )?;
    // dirRead(id, bufferSize, raw, req) -> [name, type, …] | null
    bind::func(
        ctx,
        o,
        "dirRead",
        |ctx: Ctx<'js>, id: f64, n: f64, raw: bool, req: Value<'js>| {
            let h = dir::handle(id_of(id));
            run(&ctx, req, move || match h {
                Some(h) => dir::dir_read(&h, n.max(1.0) as usize, raw),
                None => Err(FsError::new(
                    std::io::Error::from_raw_os_error(libc::EBADF),
                    "scandir",
                )),
            })
        },
    )?;
    // dirClose(id, req)
    bind::func(
        ctx,
        o,
        "dirClose",
        |ctx: Ctx<'js>, id: f64, req: Value<'js>| {
            let h = dir::unregister(id_of(id));
            run(&ctx, req, move || match h {
                Some(h) => dir::dir_close(&h),
                None => Err(FsError::new(
                    std::io::Error::from_raw_os_error(libc::EBADF),
                    "closedir",
                )),
            })
        },
    )?;
    // rmrf(path, maxRetries, retryDelay, req): Node's rimraf.
    bind::func(
        ctx,
        o,
        "rmrf",
        |ctx: Ctx<'js>, path: Value<'js>, max_retries: f64, retry_delay: f64, req: Value<'js>| {
            let p: PathBuf = path_arg(&ctx, &path)?;
            let opts = dir::RmOptions {
                max_retries: max_retries.max(0.0) as u32,
                retry_delay: retry_delay.max(0.0) as u64,
            };
            run(&ctx, req, move || dir::rm_recursive(&p, &opts))
        },
    )?;
    Ok(())
}
