//! The one way to bind a native function into JS, and the one way to make a native
//! binding object (`internalBinding(name)`).

use rquickjs::function::IntoJsFunc;
use rquickjs::{Ctx, Function, Object, Result};

/// Sets `obj[name]` to a native function built from `f`.
///
/// Argument validation with Node's error codes belongs to the JS side; native functions
/// assume well-typed arguments but must still return errors instead of panicking.
pub fn func<'js, F, P>(ctx: &Ctx<'js>, obj: &Object<'js>, name: &str, f: F) -> Result<()>
where
    F: IntoJsFunc<'js, P> + 'js,
{
    let f = Function::new(ctx.clone(), f)?.with_name(name)?;
    obj.set(name, f)
}

/// A C-level native function over `data` (values it keeps alive): no conversion layer, for
/// the few natives called once per small object (a Buffer view per read), where rquickjs'
/// call layer (argument conversion, closure lookup: ≈ 570 instructions) would cost more than
/// the work. `f` gets at least `length` arguments (missing ones are `undefined`) and the data
/// values, and follows QuickJS's rules: it returns a new value or `JS_EXCEPTION`.
pub fn raw_data_func<'js>(
    ctx: &Ctx<'js>,
    f: rquickjs::qjs::JSCFunctionData,
    length: i32,
    data: &[rquickjs::Value<'js>],
) -> Result<rquickjs::Value<'js>> {
    let mut raw: Vec<rquickjs::qjs::JSValue> = data.iter().map(|v| v.as_raw()).collect();
    // SAFETY: the engine copies (dups) the data values; `raw` only lends them.
    let v = unsafe {
        rquickjs::qjs::JS_NewCFunctionData(
            ctx.as_raw().as_ptr(),
            f,
            length,
            0,
            raw.len() as i32,
            raw.as_mut_ptr(),
        )
    };
    if unsafe { rquickjs::qjs::JS_IsException(v) } {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: `v` is a new reference owned by the returned Value.
    Ok(unsafe { rquickjs::Value::from_raw(ctx.clone(), v) })
}

/// Defines a C-level function for `raw_data_func`/`raw_func` with QuickJS's signature,
/// naming only the parameters it uses (`_` for the others): the context, `this`, the
/// argument count, the arguments and the data values.
#[macro_export]
macro_rules! raw_fn {
    ($(#[$m:meta])* fn $name:ident($ctx:pat, $this:pat, $argc:pat, $argv:pat, $data:pat) $body:block) => {
        $(#[$m])*
        unsafe extern "C" fn $name(
            $ctx: *mut ::rquickjs::qjs::JSContext,
            $this: ::rquickjs::qjs::JSValue,
            $argc: ::std::ffi::c_int,
            $argv: *mut ::rquickjs::qjs::JSValue,
            _magic: ::std::ffi::c_int,
            $data: *mut ::rquickjs::qjs::JSValue,
        ) -> ::rquickjs::qjs::JSValue $body
    };
}

/// The atom of `name` in this thread's runtime, made once and kept in `slot` (a
/// `thread_local!` `Cell` starting at 0): property names the C-level natives read per call.
///
/// # Safety
/// `ctx` must be a live context of this thread's runtime.
pub unsafe fn cached_atom(
    slot: &'static std::thread::LocalKey<std::cell::Cell<rquickjs::qjs::JSAtom>>,
    ctx: *mut rquickjs::qjs::JSContext,
    name: &str,
) -> rquickjs::qjs::JSAtom {
    slot.with(|a| {
        if a.get() == 0 {
            // SAFETY: a new atom, kept for the runtime's life.
            a.set(unsafe {
                rquickjs::qjs::JS_NewAtomLen(ctx, name.as_ptr().cast(), name.len() as _)
            });
        }
        a.get()
    })
}

/// Sets `obj[name]` to a C-level function without data (see `raw_data_func`), for the tiny
/// state accessors the loop's JS calls several times per callback.
pub fn raw_func<'js>(
    ctx: &Ctx<'js>,
    obj: &Object<'js>,
    name: &str,
    length: i32,
    f: rquickjs::qjs::JSCFunctionData,
) -> Result<()> {
    let v = raw_data_func(ctx, f, length, &[])?;
    let f = <Function as rquickjs::FromJs>::from_js(ctx, v)?.with_name(name)?;
    obj.set(name, f)
}

/// Throws a JS `Error` whose message is `msg` (for internal failures only: user-facing
/// errors are built in JS by `internal/errors`).
pub fn throw_error(ctx: &Ctx<'_>, msg: &str) -> rquickjs::Error {
    rquickjs::Exception::throw_message(ctx, msg)
}

thread_local! {
    static UV_EXCEPTION: std::cell::RefCell<Option<rquickjs::Persistent<Function<'static>>>> =
        const { std::cell::RefCell::new(None) };
}

/// Installs `internal/errors`'s `uvException` so native code can throw Node's system errors.
pub fn set_uv_exception<'js>(ctx: &Ctx<'js>, f: Function<'js>) {
    let p = rquickjs::Persistent::save(ctx, f);
    UV_EXCEPTION.with(|u| *u.borrow_mut() = Some(p));
}

/// Drops the stored JS function (before the runtime is freed).
pub fn clear() {
    UV_EXCEPTION.with(|u| u.borrow_mut().take());
}

/// Builds Node's system error (`ENOENT: no such file or directory, open 'x'`) for a Rust
/// I/O error: `err.errno` is libuv's negative errno, with `code`, `syscall`, `path`, `dest`.
pub fn uv_error<'js>(
    ctx: &Ctx<'js>,
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> rquickjs::Value<'js> {
    let errno = -err.raw_os_error().unwrap_or(libc::EIO);
    let r = (|| -> Result<rquickjs::Value<'js>> {
        let f = UV_EXCEPTION
            .with(|u| u.borrow().clone())
            .ok_or(rquickjs::Error::Unknown)?
            .restore(ctx)?;
        let o = Object::new(ctx.clone())?;
        o.set("errno", errno)?;
        o.set("syscall", syscall)?;
        if let Some(p) = path {
            o.set("path", p)?;
        }
        if let Some(d) = dest {
            o.set("dest", d)?;
        }
        f.call((o,))
    })();
    match r {
        Ok(v) => v,
        Err(_) => {
            let _ = ctx.catch();
            rquickjs::Exception::from_message(ctx.clone(), &format!("{err}, {syscall}"))
                .map(|e| e.into_value())
                .unwrap_or_else(|_| rquickjs::Value::new_undefined(ctx.clone()))
        }
    }
}

/// Throws [`uv_error`].
pub fn throw_uv(
    ctx: &Ctx<'_>,
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> rquickjs::Error {
    let v = uv_error(ctx, err, syscall, path, dest);
    ctx.throw(v)
}

/// How to read a Node-API external object's data pointer (`None` for any other value).
pub type ExternalProbe = fn(rquickjs::qjs::JSValue) -> Option<usize>;

thread_local! {
    static EXTERNAL_PROBE: std::cell::Cell<Option<ExternalProbe>> = const { std::cell::Cell::new(None) };
}

/// Registers how to recognise Node-API's external objects (`napi_create_external`, made by
/// rode_napi) on this thread, for `util.types.isExternal` and `util.inspect`.
pub fn set_external_probe(probe: ExternalProbe) {
    EXTERNAL_PROBE.with(|p| p.set(Some(probe)));
}

/// The data pointer of a Node-API external object, or `None` for any other value (and
/// before any addon was loaded).
pub fn external_value(v: &rquickjs::Value<'_>) -> Option<usize> {
    EXTERNAL_PROBE
        .with(|p| p.get())
        .and_then(|probe| probe(v.as_raw()))
}
