//! `internalBinding('errors_native')`: hands `internal/errors`'s `uvException` to native
//! code, so Rust can throw Node's system errors (see `bind::uv_error`).

use crate::bind;
use rquickjs::{Ctx, Function, Object, Result};

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(
        ctx,
        &o,
        "setUvException",
        |ctx: Ctx<'js>, f: Function<'js>| bind::set_uv_exception(&ctx, f),
    )?;
    Ok(o)
}
