//! `internalBinding('fs')`: synchronous file primitives. Today it serves the module loader,
//! the error printer and `process`; the full `node:fs` builds on it.

use rode_core::bind;
use rquickjs::{Ctx, Object, Result};

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // The file as UTF-8 text (invalid sequences become U+FFFD, as Node's 'utf8' decoding).
    bind::func(ctx, &o, "readFileUtf8", |ctx: Ctx<'js>, path: String| -> Result<String> {
        match std::fs::read(&path) {
            Ok(bytes) => Ok(match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            }),
            Err(e) => {
                let syscall = if e.raw_os_error() == Some(libc::EISDIR) { "read" } else { "open" };
                let p = if syscall == "read" { None } else { Some(path.as_str()) };
                Err(bind::throw_uv(&ctx, &e, syscall, p, None))
            }
        }
    })?;
    // 0 for a file, 1 for a directory, a negative errno otherwise (Node's internalModuleStat).
    bind::func(ctx, &o, "internalModuleStat", |path: String| -> i32 {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => 1,
            Ok(_) => 0,
            Err(e) => -e.raw_os_error().unwrap_or(libc::ENOENT),
        }
    })?;
    bind::func(ctx, &o, "realpath", |ctx: Ctx<'js>, path: String| -> Result<String> {
        std::fs::canonicalize(&path)
            .map(|p| p.to_string_lossy().into_owned())
            .map_err(|e| bind::throw_uv(&ctx, &e, "realpath", Some(&path), None))
    })?;
    Ok(o)
}
