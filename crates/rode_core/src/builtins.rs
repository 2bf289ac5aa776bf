//! The table of built-in JS modules (bytecode compiled at build time) and native bindings.
//!
//! Crates that provide `node:*` modules register here: their bytecode table and their
//! `internalBinding(name)` initialisers. A built-in's bytecode is only evaluated the first
//! time the JS side compiles it (`internalBinding('builtins').compile(id)`).

use rquickjs::{qjs, Ctx, Function, Object, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;

/// Builds the object returned by `internalBinding(name)`.
pub type BindingInit = for<'js> fn(&Ctx<'js>) -> Result<Object<'js>>;

/// Built-in JS bytecode and native binding initialisers, by name.
#[derive(Default, Clone)]
pub struct Registry {
    js: HashMap<&'static str, &'static [u8]>,
    bindings: HashMap<&'static str, BindingInit>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a table of `(id, bytecode)` pairs as produced by `rode_jsc`.
    pub fn add_js(&mut self, table: &'static [(&'static str, &'static [u8])]) {
        for (id, code) in table {
            self.js.insert(id, code);
        }
    }

    /// Registers the initialiser of `internalBinding(name)`.
    pub fn add_binding(&mut self, name: &'static str, init: BindingInit) {
        self.bindings.insert(name, init);
    }

    pub fn has_js(&self, id: &str) -> bool {
        self.js.contains_key(id)
    }

    /// Ids of all built-in JS modules, sorted.
    pub fn js_ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<_> = self.js.keys().copied().collect();
        ids.sort_unstable();
        ids
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
    let Some(code) = with(|r| r.js.get(id).copied()) else {
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

/// `internalBinding(name)`: a fresh binding object, or an error naming the binding.
pub fn binding<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Object<'js>> {
    match with(|r| r.bindings.get(name).copied()) {
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
