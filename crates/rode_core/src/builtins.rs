//! The table of built-in JS modules (bytecode compiled at build time) and native bindings.
//!
//! Crates that provide `node:*` modules register here: their bytecode table and their
//! `internalBinding(name)` initialisers. A built-in's bytecode is only evaluated the first
//! time the JS side compiles it (`internalBinding('builtins').compile(id)`).

use rquickjs::{qjs, Ctx, Function, Object, Result, Value};
use std::cell::RefCell;

/// Builds the object returned by `internalBinding(name)`.
pub type BindingInit = for<'js> fn(&Ctx<'js>) -> Result<Object<'js>>;

/// Built-in JS bytecode and native binding initialisers, by name. Both lists are small and
/// built at every start-up, so they are sorted vectors searched by bisection, not hash maps.
#[derive(Default, Clone)]
pub struct Registry {
    js: Vec<(&'static str, &'static [u8])>,
    bindings: Vec<(&'static str, BindingInit)>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the built-ins of a table produced by `rode_jsc`: `ids` one per line, in the
    /// order of `code`.
    pub fn add_js(&mut self, ids: &'static str, code: &'static [&'static [u8]]) {
        self.js.extend(ids.split('\n').zip(code.iter().copied()));
        self.js.sort_unstable_by_key(|(id, _)| *id);
    }

    /// Registers the initialiser of `internalBinding(name)`.
    pub fn add_binding(&mut self, name: &'static str, init: BindingInit) {
        self.bindings.push((name, init));
        self.bindings.sort_unstable_by_key(|(n, _)| *n);
    }

    fn js_code(&self, id: &str) -> Option<&'static [u8]> {
        self.js
            .binary_search_by_key(&id, |(i, _)| i)
            .ok()
            .map(|i| self.js[i].1)
    }

    fn binding_init(&self, name: &str) -> Option<BindingInit> {
        self.bindings
            .binary_search_by_key(&name, |(n, _)| n)
            .ok()
            .map(|i| self.bindings[i].1)
    }

    pub fn has_js(&self, id: &str) -> bool {
        self.js_code(id).is_some() || dev_source(id).is_some()
    }

    /// Ids of all built-in JS modules, sorted.
    pub fn js_ids(&self) -> Vec<&'static str> {
        self.js.iter().map(|(id, _)| *id).collect()
    }
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::new());
}

/// Installs the registry for the JS thread that is starting.
pub fn install(registry: Registry) {
    REGISTRY.with(|r| *r.borrow_mut() = registry);
}

/// Runs `f` with this thread's registry.
pub fn with<R>(f: impl FnOnce(&Registry) -> R) -> R {
    REGISTRY.with(|r| f(&r.borrow()))
}

/// Evaluates a built-in's bytecode, returning its wrapper function
/// `(exports, require, module, internalBinding)`, or `undefined` when there is no such id.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> Result<Value<'js>> {
    if let Some(source) = dev_source(id) {
        return compile_source(ctx, id, &source);
    }
    let Some(code) = with(|r| r.js_code(id)) else {
        return Ok(Value::new_undefined(ctx.clone()));
    };
    unsafe {
        let raw = ctx.as_raw().as_ptr();
        let obj = qjs::JS_ReadObject(
            raw,
            code.as_ptr(),
            code.len() as _,
            qjs::JS_READ_OBJ_BYTECODE as i32,
        );
        if qjs::JS_IsException(obj) {
            return Err(rquickjs::Error::Exception);
        }
        let val = qjs::JS_EvalFunction(raw, obj);
        if qjs::JS_IsException(val) {
            return Err(rquickjs::Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), val))
    }
}

/// For rode's own developers: with `RODE_DEV_BUILTINS=dir1:dir2` (the crates' `js/`
/// directories), a built-in found as `<dir>/<id>.js` is compiled from that source at run
/// time instead of the bytecode built in (a new file is found too), so a JS change needs no
/// rebuild. Unset (the normal case), this is one environment lookup per built-in compiled.
fn dev_source(id: &str) -> Option<String> {
    let dirs = std::env::var_os("RODE_DEV_BUILTINS")?;
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '/');
    if !id.chars().all(plain) || id.split('/').any(str::is_empty) {
        return None;
    }
    std::env::split_paths(&dirs)
        .find_map(|dir| std::fs::read_to_string(dir.join(format!("{id}.js"))).ok())
}

/// Compiles a built-in's source the way `rode_jsc` does at build time (same wrapper, same
/// `node:<id>` file name, strict) and evaluates it to its wrapper function.
fn compile_source<'js>(ctx: &Ctx<'js>, id: &str, source: &str) -> Result<Value<'js>> {
    let wrapped = format!("{}{source}{}", rode_jsc::WRAP_OPEN, rode_jsc::WRAP_CLOSE);
    let name =
        std::ffi::CString::new(format!("node:{id}")).map_err(|_| rquickjs::Error::Exception)?;
    let src = std::ffi::CString::new(wrapped.as_str()).map_err(|_| rquickjs::Error::Exception)?;
    unsafe {
        let val = qjs::JS_Eval(
            ctx.as_raw().as_ptr(),
            src.as_ptr(),
            wrapped.len() as _,
            name.as_ptr(),
            (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_STRICT) as i32,
        );
        if qjs::JS_IsException(val) {
            return Err(rquickjs::Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), val))
    }
}

/// `internalBinding(name)`: a fresh binding object, or an error naming the binding.
pub fn binding<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Object<'js>> {
    match with(|r| r.binding_init(name)) {
        Some(init) => init(ctx),
        None => Err(crate::bind::throw_error(
            ctx,
            &format!("No such binding: {name}"),
        )),
    }
}

/// Calls a built-in's wrapper function directly (used to start the realm bootstrap).
pub fn call_wrapper<'js>(
    ctx: &Ctx<'js>,
    id: &str,
    args: (Value<'js>, Value<'js>, Object<'js>, Function<'js>),
) -> Result<Value<'js>> {
    let f: Function = compile(ctx, id)?.get()?;
    f.call(args)
}
