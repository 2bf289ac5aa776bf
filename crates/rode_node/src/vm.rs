//! `internalBinding('contextify')`: node:vm's native half.
//!
//! - `makeContext(makeGlobal)` makes a new QuickJS realm (its own built-ins), passes its
//!   global object to `makeGlobal`, and makes what that returns (vm.js's Proxy over the
//!   user's context object) the realm's global. It returns the realm's `Object` function as
//!   the context's key: a function holds its realm, so the realm lives while the key is
//!   reachable and the cycle collector frees it after (the engine marks that edge).
//! - `compile(key, source, filename, firstLine)` compiles `source` as a script in the key's
//!   realm (the main one when `key` is undefined) without running it: the bytecode, bound to
//!   that realm, which vm.Script keeps for the realm it last ran in.
//! - `runCompiled(key, compiled, stops)` runs it (any number of times). `stops` is
//!   `[timeoutMs, breakOnSigint, timedOut, interrupted]`: with `timeoutMs >= 0` the engine's
//!   interrupt check stops the run at the deadline, with `breakOnSigint` at a SIGINT (which
//!   its usual handler doesn't see meanwhile), and `runCompiled` returns `timedOut` or
//!   `interrupted` (values only vm.js has) instead of the script's value.

use std::time::{Duration, Instant};

use rode_core::natives::modules::eval_raw;
use rode_core::{bind, interrupt};
use rquickjs::{qjs, Array, Ctx, Function, Object, Result, Value};

extern "C" {
    fn JS_SetGlobalObject(ctx: *mut qjs::JSContext, obj: qjs::JSValue);
    fn JS_GetFunctionRealmOf(func: qjs::JSValue) -> *mut qjs::JSContext;
}

/// The realm a context key belongs to; the main realm for `undefined`.
fn realm_of<'js>(ctx: &Ctx<'js>, key: &Value<'js>) -> Result<*mut qjs::JSContext> {
    if key.is_undefined() {
        return Ok(ctx.as_raw().as_ptr());
    }
    // SAFETY: reads the realm pointer of a function value; no reference is taken.
    let realm = unsafe { JS_GetFunctionRealmOf(key.as_raw()) };
    if realm.is_null() {
        return Err(bind::throw_error(ctx, "not a vm context key"));
    }
    Ok(realm)
}

/// How a run may be stopped, and what `runCompiled` returns when it was: `timeout_ms`
/// (none when negative), `break_on_sigint`, and the values vm.js gave for each outcome.
struct Stops<'js> {
    timeout_ms: f64,
    break_on_sigint: bool,
    timed_out: Value<'js>,
    interrupted: Value<'js>,
}

impl<'js> Stops<'js> {
    /// From vm.js's `[timeoutMs, breakOnSigint, timedOut, interrupted]`.
    fn from_array(a: &Array<'js>) -> Result<Self> {
        Ok(Stops {
            timeout_ms: a.get(0)?,
            break_on_sigint: a.get(1)?,
            timed_out: a.get(2)?,
            interrupted: a.get(3)?,
        })
    }
}

/// Runs `eval` (which returns a new engine value) under `stops`: its value, `timed_out` if
/// this run's own deadline stopped it, `interrupted` if a SIGINT did, or its exception. An
/// enclosing run's earlier deadline is kept, and its interruption passes on.
fn run_stoppable<'js>(
    ctx: &Ctx<'js>,
    stops: Stops<'js>,
    eval: impl FnOnce() -> qjs::JSValue,
) -> Result<Value<'js>> {
    let deadline = (stops.timeout_ms >= 0.0)
        .then(|| Instant::now() + Duration::from_secs_f64(stops.timeout_ms / 1000.0));
    let outer = deadline.map(|d| interrupt::set_deadline(Some(d)));
    let sigint = stops.break_on_sigint.then(interrupt::SigintGuard::arm);
    let v = eval();
    let got_sigint = sigint.is_some() && interrupt::SigintGuard::take();
    drop(sigint);
    if let Some(previous) = outer {
        interrupt::set_deadline(previous);
    }
    // SAFETY: `v` is a new value (or the exception marker) from the engine.
    let v = unsafe { Value::from_raw(ctx.clone(), v) };
    if !v.is_exception() {
        return Ok(v);
    }
    if got_sigint {
        // The uncatchable "interrupted" error a SIGINT caused.
        drop(ctx.catch());
        return Ok(stops.interrupted);
    }
    let ours = deadline.is_some_and(|d| Instant::now() >= d);
    let outer_passed = outer.flatten().is_some_and(|d| Instant::now() >= d);
    if ours && !outer_passed {
        // The uncatchable "interrupted" error: only this run's deadline ended it.
        drop(ctx.catch());
        return Ok(stops.timed_out);
    }
    Err(rquickjs::Error::Exception)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;

    bind::func(
        ctx,
        &o,
        "makeContext",
        |ctx: Ctx<'js>, make_global: Function<'js>| -> Result<Value<'js>> {
            // SAFETY: the new context belongs to this thread's runtime. Our reference to it
            // is dropped at the end: from then on its functions keep it alive.
            unsafe {
                let raw_rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
                let realm = qjs::JS_NewContext(raw_rt);
                if realm.is_null() {
                    return Err(rquickjs::Error::Allocation);
                }
                let base = Value::from_raw(ctx.clone(), qjs::JS_GetGlobalObject(realm));
                let made = base
                    .as_object()
                    .ok_or(rquickjs::Error::Unknown)
                    .and_then(|g| g.get::<_, Value>("Object"))
                    .and_then(|key| {
                        let global: Value = make_global.call((base.clone(),))?;
                        Ok((key, global))
                    });
                match made {
                    Ok((key, global)) => {
                        JS_SetGlobalObject(
                            realm,
                            qjs::JS_DupValue(ctx.as_raw().as_ptr(), global.as_raw()),
                        );
                        qjs::JS_FreeContext(realm);
                        Ok(key)
                    }
                    Err(e) => {
                        drop(base);
                        qjs::JS_FreeContext(realm);
                        Err(e)
                    }
                }
            }
        },
    )?;

    bind::func(
        ctx,
        &o,
        "compile",
        |ctx: Ctx<'js>,
         key: Value<'js>,
         source: String,
         filename: String,
         first_line: i32|
         -> Result<Value<'js>> {
            let realm = realm_of(&ctx, &key)?;
            // SAFETY: `realm` is live (the main realm, or one the key function holds); the
            // result is a new value from the engine: the compiled script (bytecode bound to
            // `realm`), which vm.js keeps for runCompiled.
            let v = unsafe {
                let v = eval_raw(
                    realm,
                    source,
                    &filename,
                    first_line,
                    qjs::JS_EVAL_FLAG_COMPILE_ONLY,
                );
                Value::from_raw(ctx.clone(), v)
            };
            if v.is_exception() {
                return Err(rquickjs::Error::Exception);
            }
            Ok(v)
        },
    )?;

    bind::func(
        ctx,
        &o,
        "runCompiled",
        |ctx: Ctx<'js>,
         key: Value<'js>,
         compiled: Value<'js>,
         stops: Array<'js>|
         -> Result<Value<'js>> {
            let realm = realm_of(&ctx, &key)?;
            // SAFETY: reads the tag of a value we hold.
            let tag = unsafe { qjs::JS_VALUE_GET_TAG(compiled.as_raw()) };
            if tag != qjs::JS_TAG_FUNCTION_BYTECODE {
                return Err(bind::throw_error(&ctx, "not a compiled script"));
            }
            run_stoppable(&ctx, Stops::from_array(&stops)?, || {
                // SAFETY: `compiled` is bytecode `compile` made in `realm`; JS_EvalFunction
                // consumes the reference it is given, so it gets its own.
                unsafe {
                    let f = qjs::JS_DupValue(realm, compiled.as_raw());
                    qjs::JS_EvalFunction(realm, f)
                }
            })
        },
    )?;
    Ok(o)
}
