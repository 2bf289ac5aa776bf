//! `internalBinding('builtins')`: compiles built-in JS modules from their bytecode.

use crate::{bind, builtins};
use rquickjs::{Ctx, Object, Result, Value};

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(
        ctx,
        &o,
        "compile",
        |ctx: Ctx<'js>, id: String| -> Result<Value<'js>> { builtins::compile(&ctx, &id) },
    )?;
    bind::func(ctx, &o, "has", |id: String| {
        builtins::with(|r| r.has_js(&id))
    })?;
    bind::func(ctx, &o, "ids", || -> Vec<String> {
        builtins::with(|r| r.js_ids().into_iter().map(String::from).collect())
    })?;
    Ok(o)
}
