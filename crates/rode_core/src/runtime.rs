//! The JS thread: creates the QuickJS runtime and context, boots the built-in JS, runs the
//! main program and then the event loop, and returns the process exit code.

use crate::builtins::{self, Registry};
use crate::event_loop::{self, Hooks};
use crate::modules::esm;
use rquickjs::{Context, Ctx, Function, Object, Persistent, Runtime, Value};

/// Native stack of the JS thread. QuickJS's own limit sits well below it so deep recursion
/// raises `RangeError` instead of overflowing the real stack. 16 MiB is the most rquickjs
/// accepts (a larger value silently means "no limit"); it allows about 25,000 frames of
/// simple recursion (Node: about 11,000).
const THREAD_STACK: usize = 64 << 20;
const JS_STACK_LIMIT: usize = 16 << 20;

/// What the command line asked for, handed to the JS bootstrap as an object.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `process.argv`: execPath first, then the script (if any) and its arguments.
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub argv0: String,
    pub exec_path: String,
    /// "file", "eval", "print", "stdin", "repl" or "check".
    pub mode: String,
    /// The script path, or the code for eval/print.
    pub entry: String,
    pub requires: Vec<String>,
    pub imports: Vec<String>,
    pub input_type: Option<String>,
    pub conditions: Vec<String>,
    /// Set by `--trace-uncaught`, `--no-deprecation`, … as `name` → value.
    pub flags: Vec<(String, String)>,
}

/// Runs a whole program on a new JS thread; returns the exit code.
pub fn run(registry: Registry, options: Options) -> i32 {
    let handle = std::thread::Builder::new()
        .name("rode-js".into())
        .stack_size(THREAD_STACK)
        .spawn(move || run_on_this_thread(registry, options))
        .expect("spawn JS thread");
    handle.join().unwrap_or(70)
}

fn run_on_this_thread(registry: Registry, options: Options) -> i32 {
    builtins::install(registry);
    let tokio_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let local = tokio::task::LocalSet::new();
    let rt = Runtime::new().expect("QuickJS runtime");
    rt.set_max_stack_size(JS_STACK_LIMIT);
    rt.set_gc_threshold(8 << 20);
    rt.set_host_promise_rejection_tracker(Some(Box::new(crate::natives::task_queue::on_rejection)));
    let context = Context::full(&rt).expect("QuickJS context");
    rt.set_loader(esm::EsmResolver, esm::EsmLoader);

    if std::env::var_os("RODE_PROF").is_some() {
        let raw =
            context.with(|ctx| unsafe { rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) });
        crate::profiler::install(&rt, raw);
    }
    let exit_code = local.block_on(&tokio_rt, async {
        let boot = context.with(|ctx| bootstrap(&ctx, &options));
        let Some(emit_exit) = boot else { return 1 };
        if let Err(e) = event_loop::run(&context).await {
            eprintln!("rode: internal error in the event loop: {e}");
            return 70;
        }
        context.with(|ctx| {
            let f = match emit_exit.restore(&ctx) {
                Ok(f) => f,
                Err(_) => return 70,
            };
            match f.call::<_, i32>(()) {
                Ok(code) => code,
                Err(_) => {
                    let err = ctx.catch();
                    let _ = event_loop::report_uncaught(&ctx, err, false);
                    1
                }
            }
        })
    });
    crate::profiler::write();
    if std::env::var_os("RODE_TEARDOWN").is_some() {
        event_loop::state().clear();
        crate::natives::task_queue::clear();
        crate::async_context::clear();
        drop(context);
        drop(rt);
    } else {
        // Like Node, don't free the heap at exit: the OS does it faster.
        std::mem::forget(context);
        std::mem::forget(rt);
    }
    exit_code
}

fn options_object<'js>(ctx: &Ctx<'js>, o: &Options) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(ctx.clone())?;
    obj.set("argv", o.argv.clone())?;
    obj.set("execArgv", o.exec_argv.clone())?;
    obj.set("argv0", o.argv0.clone())?;
    obj.set("execPath", o.exec_path.clone())?;
    obj.set("mode", o.mode.clone())?;
    obj.set("entry", o.entry.clone())?;
    obj.set("requires", o.requires.clone())?;
    obj.set("imports", o.imports.clone())?;
    obj.set("inputType", o.input_type.clone())?;
    obj.set("conditions", o.conditions.clone())?;
    let flags = Object::new(ctx.clone())?;
    for (k, v) in &o.flags {
        flags.set(k.as_str(), v.as_str())?;
    }
    obj.set("flags", flags)?;
    Ok(obj)
}

fn internal_binding<'js>(ctx: Ctx<'js>, name: String) -> rquickjs::Result<Object<'js>> {
    builtins::binding(&ctx, &name)
}

/// Boots the realm and `internal/bootstrap/node`, installs the loop hooks and runs the main
/// program. Returns the `emitExit` function, or None when boot failed (already reported).
fn bootstrap(ctx: &Ctx<'_>, options: &Options) -> Option<Persistent<Function<'static>>> {
    let r = (|| -> rquickjs::Result<Persistent<Function<'static>>> {
        let binding = Function::new(ctx.clone(), internal_binding)?.with_name("internalBinding")?;
        let module = Object::new(ctx.clone())?;
        let exports = Object::new(ctx.clone())?;
        module.set("exports", exports.clone())?;
        builtins::call_wrapper(
            ctx,
            "internal/bootstrap/realm",
            (
                exports.into_value(),
                Value::new_undefined(ctx.clone()),
                module.clone(),
                binding,
            ),
        )?;
        let realm: Object = module.get("exports")?;
        let require: Function = realm.get("requireBuiltin")?;
        let node: Object = require.call(("internal/bootstrap/node",))?;
        let start: Function = node.get("start")?;
        let hooks: Object = start.call((options_object(ctx, options)?,))?;
        let get = |name: &str| -> rquickjs::Result<Persistent<Function<'static>>> {
            let f: Function = hooks.get(name)?;
            Ok(Persistent::save(ctx, f))
        };
        event_loop::state().set_hooks(Hooks {
            process_timers: get("processTimers")?,
            process_immediate: get("processImmediate")?,
            process_ticks: get("processTicksAndRejections")?,
            trigger_uncaught: get("triggerUncaughtException")?,
            emit_before_exit: get("emitBeforeExit")?,
        });
        let emit_exit = get("emitExit")?;
        let run_main: Function = hooks.get("runMain")?;
        let r = run_main.call::<_, ()>(());
        event_loop::call_js(ctx, r)?;
        Ok(emit_exit)
    })();
    match r {
        Ok(f) => Some(f),
        Err(rquickjs::Error::Exception) => {
            let err = ctx.catch();
            event_loop::fatal_without_js(ctx, &err)
        }
        Err(e) => {
            eprintln!("rode: bootstrap failed: {e}");
            None
        }
    }
}
