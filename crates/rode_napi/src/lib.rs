//! Node-API for rode: the C ABI that native addons (`.node` files built with node-gyp,
//! node-addon-api, napi-rs, …) call, implemented over QuickJS, and `process.dlopen`.
//!
//! Every `napi_*`/`node_api_*` function is exported from the `rode` executable (see the
//! binary's build script), so an addon's undefined symbols resolve against it when it is
//! `dlopen`ed. Addons run on the JS thread that loaded them (workers included: each loads
//! its own instance), except `execute` callbacks of async work (the blocking pool) and
//! thread-safe function calls (any thread).
//!
//! Files: `types` (the ABI), `env` (handles, scopes, status), `engine` (engine patches,
//! classes, JS helpers), `values`, `objects`, `functions`, `errors`, `refs` (wrap, externals,
//! references, finalizers), `buffers`, `promise`, `async_work`, `tsfn`, `module` (loading,
//! env-wide state).

mod async_work;
mod buffers;
mod engine;
mod env;
mod errors;
mod functions;
mod module;
mod objects;
mod promise;
mod refs;
mod tsfn;
mod types;
mod values;

use rode_core::bind;
use rode_core::builtins::Registry;
use rquickjs::{Ctx, Object, Result, Value};

pub use module::NAPI_VERSION;

/// Adds `internalBinding('napi')`.
pub fn register(r: &mut Registry) {
    r.add_binding("napi", init);
}

fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    if engine::init(ctx.as_raw().as_ptr(), o.as_raw()).is_err() {
        return Err(rquickjs::Error::Exception);
    }
    bind::func(
        ctx,
        &o,
        "dlopen",
        |ctx: Ctx<'js>, module: Object<'js>, filename: String, flags: i32| {
            module::dlopen(&ctx, module, filename, flags)
        },
    )?;
    bind::func(ctx, &o, "setBufferPrototype", |proto: Value<'js>| {
        // Kept alive by `Buffer` itself; stored borrowed, and also on the binding object.
        engine::set_buffer_proto(proto.as_raw());
    })?;
    bind::func(ctx, &o, "runCleanupHooks", module::run_cleanup)?;
    Ok(o)
}
