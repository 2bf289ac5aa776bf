//! `internalBinding('wasm')`: the native half of the `WebAssembly` global, over the wasmi
//! interpreter. One wasmi `Engine` and one `Store` per thread; modules, functions, memories,
//! tables and globals cross to JS as integer ids. `internal/wasm` (JS) owns the classes,
//! argument checks and JS ↔ wasm value conversions; values reach this side already converted
//! (i32/f32/f64 as numbers, i64 as BigInt, references as ids or null).
//!
//! Every function here is called as a method of the binding object (`binding.call(...)`):
//! `this` is the binding, whose `hooks` object (set by `internal/wasm`) makes errors,
//! calls JS imports and detaches memory buffers.
//!
//! Reentrancy: while a host function (a JS import) runs, store access goes through that
//! call's `Caller` (kept in `CALLER`), so a JS import may call back into wasm without a
//! second borrow of the store.
//!
//! Memory safety of `Memory.buffer`: the buffer aliases wasm linear memory (no copy). After
//! every call into wasm returns, and on entry to every JS import, memories whose data pointer
//! or size changed get their buffer detached (via `hooks.memChanged`) before any JS can run.

use rquickjs::function::{Rest, This};
use rquickjs::{qjs, Array, ArrayBuffer, BigInt, Ctx, Error, Function, Object, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::c_void;
use std::ptr::NonNull;
use wasmi::{
    AsContextMut, Caller, Engine, Extern, ExternRef, ExternType, Func, FuncType, Global, Linker,
    Memory, MemoryType, Module, Mutability, Nullable, Ref, RefType, Store, StoreContextMut, Table,
    TableType, TrapCode, Val, ValType,
};

struct ModEntry {
    module: Module,
    /// Export names in declaration order (wasmi's iterator sorts them) and their kind
    /// byte and index, from the export section.
    exports: Vec<(String, u8, u32)>,
}

/// Ids of store objects. A wasmi handle has no public identity, so its `Debug` text (store
/// id and index) is the key that makes one object always get the same id.
struct Ids<T> {
    items: Vec<T>,
    keys: HashMap<String, u32>,
}

impl<T> Default for Ids<T> {
    fn default() -> Self {
        Ids {
            items: Vec::new(),
            keys: HashMap::new(),
        }
    }
}

impl<T: std::fmt::Debug + Copy> Ids<T> {
    fn id(&mut self, item: T) -> u32 {
        let key = format!("{item:?}");
        if let Some(&id) = self.keys.get(&key) {
            return id;
        }
        let id = self.items.len() as u32;
        self.items.push(item);
        self.keys.insert(key, id);
        id
    }
    fn get(&self, id: u32) -> Option<T> {
        self.items.get(id as usize).copied()
    }
}

struct MemEntry {
    /// Data pointer and size when the current JS buffer was made; `None` when there is none.
    seen: Option<(usize, usize)>,
}

struct Reg {
    engine: Engine,
    store: *mut Store<()>,
    modules: Vec<ModEntry>,
    funcs: Ids<Func>,
    /// Function types by function id, filled on first call.
    ftypes: Vec<Option<FuncType>>,
    mems: Ids<Memory>,
    mem_state: Vec<MemEntry>,
    tables: Ids<Table>,
    globals: Ids<Global>,
}

thread_local! {
    static REG: RefCell<Option<Reg>> = const { RefCell::new(None) };
    /// The `Caller` of the host function running now (null when none).
    static CALLER: Cell<*mut c_void> = const { Cell::new(std::ptr::null_mut()) };
    /// The context and binding object of the outermost entry from JS.
    static CTX: Cell<*mut qjs::JSContext> = const { Cell::new(std::ptr::null_mut()) };
    static BINDING: Cell<Option<qjs::JSValue>> = const { Cell::new(None) };
    /// JS exceptions thrown by imports, owned here while wasm unwinds.
    static THROWN: RefCell<Vec<qjs::JSValue>> = const { RefCell::new(Vec::new()) };
}

/// The host error that carries a JS exception (kept in `THROWN`) through wasm frames.
#[derive(Debug)]
struct JsThrown;
impl std::fmt::Display for JsThrown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JavaScript exception")
    }
}
impl wasmi::errors::HostError for JsThrown {}

/// A call stopped between fuel slices because the thread must stop (a terminated worker, a
/// node:vm timeout or `breakOnSigint`): it ends as the engine's own interrupt does.
#[derive(Debug)]
struct Interrupted;

impl std::fmt::Display for Interrupted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted")
    }
}
impl wasmi::errors::HostError for Interrupted {}

/// Instructions (wasmi fuel) a call runs between checks for an interrupt: ~10-30 ms. Fuel
/// metering costs about 1% (callgrind: es-module-lexer parsing 1 MB, 3.46 G instructions
/// against 3.42 G without).
const FUEL_SLICE: u64 = 10_000_000;

/// Calls `f` in fuel slices, checking between them whether the thread must stop, so that
/// `worker.terminate()` and vm timeouts end an endless wasm loop as they end an endless JS
/// one.
fn call_interruptible(
    mut s: StoreContextMut<'_, ()>,
    f: &Func,
    inputs: &[Val],
    outputs: &mut [Val],
) -> std::result::Result<(), wasmi::Error> {
    s.set_fuel(FUEL_SLICE)?;
    let mut call = f.call_resumable(&mut s, inputs, outputs)?;
    loop {
        match call {
            wasmi::ResumableCall::Finished => return Ok(()),
            wasmi::ResumableCall::HostTrap(t) => return Err(t.into_host_error()),
            wasmi::ResumableCall::OutOfFuel(o) => {
                if rode_core::interrupt::should_stop() {
                    return Err(wasmi::Error::host(Interrupted));
                }
                s.set_fuel(FUEL_SLICE.max(o.required_fuel()))?;
                call = o.resume(&mut s, outputs)?;
            }
        }
    }
}

fn reg<R>(f: impl FnOnce(&mut Reg) -> R) -> R {
    REG.with(|r| {
        let mut r = r.borrow_mut();
        let reg = r.get_or_insert_with(|| {
            let mut config = wasmi::Config::default();
            config.set_max_recursion_depth(20_000);
            // Fuel metering: calls run in slices (see `call_interruptible`).
            config.consume_fuel(true);
            let engine = Engine::new(&config);
            let store = Box::into_raw(Box::new(Store::new(&engine, ())));
            Reg {
                engine,
                store,
                modules: Vec::new(),
                funcs: Ids::default(),
                ftypes: Vec::new(),
                mems: Ids::default(),
                mem_state: Vec::new(),
                tables: Ids::default(),
                globals: Ids::default(),
            }
        });
        f(reg)
    })
}

/// Runs `f` with the store: through the running host function's `Caller` if any. `f` must
/// not run JS, except by calling wasm (whose imports then use their own `Caller`).
fn with_store<R>(f: impl FnOnce(StoreContextMut<'_, ()>) -> R) -> R {
    let c = CALLER.get();
    if !c.is_null() {
        // SAFETY: set by `host_call` to its live `Caller` for the duration of the call; the
        // store is reached only through it meanwhile.
        let caller = unsafe { &mut *(c as *mut Caller<'static, ()>) };
        return f(caller.as_context_mut());
    }
    let store = reg(|r| r.store);
    // SAFETY: the thread's store, leaked for the thread's life; no other borrow is live
    // (no host function is running and `with_store` calls don't nest).
    f(unsafe { &mut *store }.as_context_mut())
}

/// Sets the entry context and binding for the duration of a call from JS.
struct Entry {
    ctx: *mut qjs::JSContext,
    binding: Option<qjs::JSValue>,
}
impl Entry {
    fn new(ctx: &Ctx<'_>, this: &Object<'_>) -> Entry {
        let e = Entry {
            ctx: CTX.get(),
            binding: BINDING.get(),
        };
        CTX.set(ctx.as_raw().as_ptr());
        BINDING.set(Some(this.as_raw()));
        e
    }
}
impl Drop for Entry {
    fn drop(&mut self) {
        CTX.set(self.ctx);
        BINDING.set(self.binding);
    }
}

fn hooks<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let raw = BINDING
        .get()
        .ok_or_else(|| rode_core::bind::throw_error(ctx, "wasm binding not entered"))?;
    // SAFETY: the binding object is alive (it is `this` of a call on the stack); dup for our
    // own reference.
    let b = unsafe { Value::from_raw(ctx.clone(), qjs::JS_DupValue(ctx.as_raw().as_ptr(), raw)) };
    let b = Object::from_value(b)?;
    b.get("hooks")
}

/// Throws a new `kind` error (`CompileError`, `LinkError`, `RuntimeError`, `TypeError`,
/// `RangeError`) made by the JS side.
fn throw(ctx: &Ctx<'_>, kind: &str, msg: &str) -> Error {
    let made = hooks(ctx).and_then(|h| {
        let f: Function = h.get("makeError")?;
        f.call::<_, Value>((kind, msg))
    });
    match made {
        Ok(e) => ctx.throw(e),
        Err(e) => e,
    }
}

fn trap_message(code: TrapCode) -> &'static str {
    match code {
        TrapCode::UnreachableCodeReached => "unreachable",
        TrapCode::MemoryOutOfBounds => "memory access out of bounds",
        TrapCode::TableOutOfBounds => "table index is out of bounds",
        TrapCode::IndirectCallToNull | TrapCode::BadSignature => {
            "null function or function signature mismatch"
        }
        TrapCode::IntegerDivisionByZero => "divide by zero",
        TrapCode::IntegerOverflow => "divide result unrepresentable",
        TrapCode::BadConversionToInteger => "float unrepresentable in integer range",
        TrapCode::StackOverflow => "Maximum call stack size exceeded",
        TrapCode::OutOfFuel => "out of fuel",
        TrapCode::GrowthOperationLimited => "growth operation limited",
        _ => "trap",
    }
}

/// Turns a wasmi error from running code into a JS exception: a JS import's own exception
/// unchanged, a trap as `RuntimeError` (stack overflow as `RangeError`), or `other` (the
/// class for errors that are not traps, with `prefix` before wasmi's message).
/// The JS description of a memory's, table's or global's type (`extern_type_js`), or null
/// for an unknown id.
fn type_or_null<'js>(ctx: &Ctx<'js>, ty: Option<ExternType>) -> Result<Value<'js>> {
    match ty {
        Some(ty) => Ok(extern_type_js(ctx, &ty)?.1),
        None => Ok(Value::new_null(ctx.clone())),
    }
}

fn run_error(ctx: &Ctx<'_>, e: wasmi::Error, other: &str, prefix: &str) -> Error {
    if e.downcast_ref::<Interrupted>().is_some() {
        return rode_core::interrupt::throw_interrupted(ctx);
    }
    if e.downcast_ref::<JsThrown>().is_some() {
        if let Some(raw) = THROWN.with(|t| t.borrow_mut().pop()) {
            // SAFETY: an owned exception value stored by `host_call`.
            let v = unsafe { Value::from_raw(ctx.clone(), raw) };
            return ctx.throw(v);
        }
    }
    if let Some(code) = e.as_trap_code() {
        if code == TrapCode::StackOverflow {
            return throw(ctx, "RangeError", "Maximum call stack size exceeded");
        }
        return throw(ctx, "RuntimeError", trap_message(code));
    }
    throw(ctx, other, &format!("{prefix}{e}"))
}

fn type_name(t: &ValType) -> &'static str {
    match t {
        ValType::I32 => "i32",
        ValType::I64 => "i64",
        ValType::F32 => "f32",
        ValType::F64 => "f64",
        ValType::V128 => "v128",
        ValType::FuncRef => "anyfunc",
        ValType::ExternRef => "externref",
    }
}

fn ref_name(t: RefType) -> &'static str {
    match t {
        RefType::Func => "anyfunc",
        RefType::Extern => "externref",
    }
}

fn parse_type(ctx: &Ctx<'_>, s: &str) -> Result<ValType> {
    Ok(match s {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        "anyfunc" | "funcref" => ValType::FuncRef,
        "externref" => ValType::ExternRef,
        _ => {
            return Err(throw(
                ctx,
                "TypeError",
                &format!("unknown value type '{s}'"),
            ))
        }
    })
}

/// A wasm value as JS: references as ids (or null) that the JS side maps.
fn to_js<'js>(ctx: &Ctx<'js>, v: &Val) -> Result<Value<'js>> {
    Ok(match v {
        Val::I32(x) => Value::new_int(ctx.clone(), *x),
        Val::I64(x) => BigInt::from_i64(ctx.clone(), *x)?.into_value(),
        Val::F32(x) => Value::new_float(ctx.clone(), f64::from(f32::from(*x))),
        Val::F64(x) => Value::new_float(ctx.clone(), f64::from(*x)),
        Val::FuncRef(Nullable::Val(f)) => {
            Value::new_number(ctx.clone(), f64::from(reg(|r| r.funcs.id(*f))))
        }
        Val::ExternRef(Nullable::Val(e)) => {
            let id = with_store(|s| e.data(&s).downcast_ref::<u32>().copied()).unwrap_or(0);
            Value::new_number(ctx.clone(), f64::from(id))
        }
        Val::FuncRef(Nullable::Null) | Val::ExternRef(Nullable::Null) => {
            Value::new_null(ctx.clone())
        }
        Val::V128(_) => {
            return Err(throw(
                ctx,
                "TypeError",
                "type incompatibility when transforming from/to JS",
            ))
        }
    })
}

fn num(v: &Value<'_>) -> Option<f64> {
    v.as_number()
}

/// A JS value (already converted by the JS side) as a wasm value of type `t`.
fn from_js(ctx: &Ctx<'_>, v: &Value<'_>, t: &ValType) -> Result<Val> {
    let bad = || {
        throw(
            ctx,
            "TypeError",
            "type incompatibility when transforming from/to JS",
        )
    };
    Ok(match t {
        ValType::I32 => Val::I32(num(v).ok_or_else(bad)? as i64 as i32),
        ValType::I64 => {
            let b = v.as_big_int().ok_or_else(bad)?.clone();
            Val::I64(b.to_i64()?)
        }
        ValType::F32 => Val::F32((num(v).ok_or_else(bad)? as f32).into()),
        ValType::F64 => Val::F64(num(v).ok_or_else(bad)?.into()),
        ValType::FuncRef => {
            if v.is_null() {
                Val::FuncRef(Nullable::Null)
            } else {
                let id = num(v).ok_or_else(bad)? as u32;
                let f = reg(|r| r.funcs.get(id)).ok_or_else(bad)?;
                Val::FuncRef(Nullable::Val(f))
            }
        }
        ValType::ExternRef => {
            if v.is_null() {
                Val::ExternRef(Nullable::Null)
            } else {
                let id = num(v).ok_or_else(bad)? as u32;
                Val::ExternRef(Nullable::Val(with_store(|s| ExternRef::new(s, id))))
            }
        }
        ValType::V128 => return Err(bad()),
    })
}

fn ref_from_js(ctx: &Ctx<'_>, v: &Value<'_>, t: RefType) -> Result<Ref> {
    let vt = match t {
        RefType::Func => ValType::FuncRef,
        RefType::Extern => ValType::ExternRef,
    };
    Ok(match from_js(ctx, v, &vt)? {
        Val::FuncRef(f) => Ref::Func(f),
        Val::ExternRef(e) => Ref::Extern(e),
        _ => unreachable!("a reference type gives a reference"),
    })
}

fn ref_to_val(r: Ref) -> Val {
    match r {
        Ref::Func(f) => Val::FuncRef(f),
        Ref::Extern(e) => Val::ExternRef(e),
    }
}

/// Detaches (through `hooks.memChanged(id)`) the JS buffers of memories that moved or
/// changed size since their buffer was made.
fn check_memories(ctx: &Ctx<'_>) -> Result<()> {
    let exposed: Vec<(u32, Memory, (usize, usize))> = reg(|r| {
        r.mem_state
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((i as u32, r.mems.get(i as u32)?, s.seen?)))
            .collect()
    });
    for (id, mem, seen) in exposed {
        let now = with_store(|s| (mem.data_ptr(&s) as usize, mem.data_size(&s)));
        if now != seen {
            reg(|r| r.mem_state[id as usize].seen = None);
            let f: Function = hooks(ctx)?.get("memChanged")?;
            f.call::<_, ()>((id,))?;
        }
    }
    Ok(())
}

/// Function `id` and its type (kept per id: resolving it goes through the engine).
fn func_and_type(id: u32) -> Option<(Func, FuncType)> {
    let cached = reg(|r| {
        let f = r.funcs.get(id)?;
        Some((f, r.ftypes.get(id as usize).cloned().flatten()))
    })?;
    match cached {
        (f, Some(ft)) => Some((f, ft)),
        (f, None) => {
            let ft = with_store(|s| f.ty(&s));
            reg(|r| {
                if r.ftypes.len() <= id as usize {
                    r.ftypes.resize(id as usize + 1, None);
                }
                r.ftypes[id as usize] = Some(ft.clone());
            });
            Some((f, ft))
        }
    }
}

fn mem_id(m: Memory) -> u32 {
    reg(|r| {
        let id = r.mems.id(m);
        while r.mem_state.len() <= id as usize {
            r.mem_state.push(MemEntry { seen: None });
        }
        id
    })
}

fn func_type_js<'js>(ctx: &Ctx<'js>, ft: &FuncType) -> Result<Array<'js>> {
    let a = Array::new(ctx.clone())?;
    let p: Vec<&str> = ft.params().iter().map(type_name).collect();
    let r: Vec<&str> = ft.results().iter().map(type_name).collect();
    a.set(0, p)?;
    a.set(1, r)?;
    Ok(a)
}

fn extern_type_js<'js>(ctx: &Ctx<'js>, t: &ExternType) -> Result<(&'static str, Value<'js>)> {
    let a = Array::new(ctx.clone())?;
    let kind = match t {
        ExternType::Func(ft) => return Ok(("function", func_type_js(ctx, ft)?.into_value())),
        ExternType::Global(g) => {
            a.set(0, type_name(&g.content()))?;
            a.set(1, g.mutability() == Mutability::Var)?;
            "global"
        }
        ExternType::Memory(m) => {
            a.set(0, m.minimum() as f64)?;
            a.set(1, m.maximum().map(|x| x as f64))?;
            "memory"
        }
        ExternType::Table(t) => {
            a.set(0, ref_name(t.element()))?;
            a.set(1, t.minimum() as f64)?;
            a.set(2, t.maximum().map(|x| x as f64))?;
            "table"
        }
    };
    Ok((kind, a.into_value()))
}

/// Reads a LEB128 u32 at `*p`.
fn leb(b: &[u8], p: &mut usize) -> Option<u32> {
    let mut r: u32 = 0;
    let mut shift = 0;
    loop {
        let byte = *b.get(*p)?;
        *p += 1;
        r |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(r);
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
}

/// The exports (name, kind byte, index) of (validated) `b`, in declaration order.
fn export_list(b: &[u8]) -> Vec<(String, u8, u32)> {
    let mut out = Vec::new();
    let mut p = 8;
    while p < b.len() {
        let id = b[p];
        p += 1;
        let Some(len) = leb(b, &mut p) else { break };
        let end = p + len as usize;
        if end > b.len() {
            break;
        }
        if id == 7 {
            let s = &b[p..end];
            let mut q = 0;
            let Some(n) = leb(s, &mut q) else { break };
            for _ in 0..n {
                let Some(nl) = leb(s, &mut q) else { break };
                let Some(name) = s.get(q..q + nl as usize) else {
                    break;
                };
                q += nl as usize;
                let Some(&kind) = s.get(q) else { break };
                q += 1;
                let Some(idx) = leb(s, &mut q) else { break };
                out.push((String::from_utf8_lossy(name).into_owned(), kind, idx));
            }
            break;
        }
        p = end;
    }
    out
}

fn bytes_of(v: &Value<'_>) -> Result<Vec<u8>> {
    let t = rquickjs::TypedArray::<u8>::from_value(v.clone())?;
    // SAFETY: copied before any JS runs.
    Ok(unsafe { t.as_bytes() }.unwrap_or_default().to_vec())
}

/// The JS import `idx` (in `hooks.imports`), called from wasm.
fn host_call(
    idx: u32,
    results_ty: &[ValType],
    caller: &mut Caller<'_, ()>,
    params: &[Val],
    results: &mut [Val],
) -> std::result::Result<(), wasmi::Error> {
    let prev = CALLER.replace(caller as *mut Caller<'_, ()> as *mut c_void);
    let r = host_call_inner(idx, results_ty, params, results);
    CALLER.set(prev);
    r
}

fn host_call_inner(
    idx: u32,
    results_ty: &[ValType],
    params: &[Val],
    results: &mut [Val],
) -> std::result::Result<(), wasmi::Error> {
    let Some(raw) = NonNull::new(CTX.get()) else {
        return Err(wasmi::Error::new(
            "WebAssembly import called outside of a JS call",
        ));
    };
    // SAFETY: the context of the JS call that entered wasm, alive on this thread.
    let ctx = unsafe { Ctx::from_raw(raw) };
    let mut run = || -> Result<()> {
        check_memories(&ctx)?;
        let args = Array::new(ctx.clone())?;
        for (i, p) in params.iter().enumerate() {
            args.set(i, to_js(&ctx, p)?)?;
        }
        let f: Function = hooks(&ctx)?.get("callImport")?;
        let v: Value = f.call((idx, args))?;
        match results_ty.len() {
            0 => {}
            1 => results[0] = from_js(&ctx, &v, &results_ty[0])?,
            _ => {
                let a = Array::from_value(v)?;
                for (i, t) in results_ty.iter().enumerate() {
                    results[i] = from_js(&ctx, &a.get::<Value>(i)?, t)?;
                }
            }
        }
        Ok(())
    };
    match run() {
        Ok(()) => Ok(()),
        Err(_) => {
            let e = ctx.catch();
            let raw = e.as_raw();
            std::mem::forget(e);
            THROWN.with(|t| t.borrow_mut().push(raw));
            Err(wasmi::Error::host(JsThrown))
        }
    }
}

rode_core::raw_fn! {
    /// An exported wasm function as JS sees it: a native function (so `toString()` shows
    /// `[native code]`, as V8's do) that calls its JS body, `data[0]`.
    fn call_export(ctx, _this, argc, argv, data) {
        // SAFETY: `data` holds the one value given to `raw_data_func`; `argv` has `argc`
        // arguments.
        unsafe { qjs::JS_Call(ctx, *data, qjs::JS_UNDEFINED, argc, argv) }
    }
}

fn range(ctx: &Ctx<'_>, msg: String) -> Error {
    throw(ctx, "RangeError", &msg)
}

fn opt_u32(v: f64) -> Option<u32> {
    (v >= 0.0).then_some(v as u32)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    use rode_core::bind::func;

    func(ctx, &o, "validate", |v: Value<'js>| -> Result<bool> {
        let b = bytes_of(&v)?;
        let engine = reg(|r| r.engine.clone());
        Ok(Module::validate(&engine, &b).is_ok())
    })?;
    // (bytes) → module id; CompileError when invalid.
    func(
        ctx,
        &o,
        "compile",
        |ctx: Ctx<'js>, this: This<Object<'js>>, v: Value<'js>| -> Result<u32> {
            let _e = Entry::new(&ctx, &this);
            let b = bytes_of(&v)?;
            let engine = reg(|r| r.engine.clone());
            match Module::new(&engine, &b) {
                Ok(module) => {
                    let exports = export_list(&b);
                    Ok(reg(|r| {
                        r.modules.push(ModEntry { module, exports });
                        r.modules.len() as u32 - 1
                    }))
                }
                Err(e) => {
                    let msg = e
                        .to_string()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    Err(throw(
                        &ctx,
                        "CompileError",
                        &format!("WebAssembly.Module(): {msg}"),
                    ))
                }
            }
        },
    )?;
    // (module) → [[module, name, kind, type]]
    func(
        ctx,
        &o,
        "imports",
        |ctx: Ctx<'js>, id: u32| -> Result<Array<'js>> {
            let m = reg(|r| r.modules.get(id as usize).map(|m| m.module.clone()));
            let out = Array::new(ctx.clone())?;
            let Some(m) = m else { return Ok(out) };
            for (i, imp) in m.imports().enumerate() {
                let (kind, ty) = extern_type_js(&ctx, imp.ty())?;
                let a = Array::new(ctx.clone())?;
                a.set(0, imp.module())?;
                a.set(1, imp.name())?;
                a.set(2, kind)?;
                a.set(3, ty)?;
                out.set(i, a)?;
            }
            Ok(out)
        },
    )?;
    // (module) → [[name, kind, type, funcIndex or undefined]], in declaration order
    func(
        ctx,
        &o,
        "exports",
        |ctx: Ctx<'js>, id: u32| -> Result<Array<'js>> {
            let m = reg(|r| {
                r.modules
                    .get(id as usize)
                    .map(|m| (m.module.clone(), m.exports.clone()))
            });
            let out = Array::new(ctx.clone())?;
            let Some((m, list)) = m else { return Ok(out) };
            for (i, (name, kind, index)) in list.iter().enumerate() {
                let Some(ty) = m.get_export(name) else {
                    continue;
                };
                let (kind_name, ty) = extern_type_js(&ctx, &ty)?;
                let a = Array::new(ctx.clone())?;
                a.set(0, name.as_str())?;
                a.set(1, kind_name)?;
                a.set(2, ty)?;
                a.set(3, (*kind == 0).then_some(*index))?;
                out.set(i, a)?;
            }
            Ok(out)
        },
    )?;
    // (module, name) → [ArrayBuffer] (copies)
    func(
        ctx,
        &o,
        "customSections",
        |ctx: Ctx<'js>, id: u32, name: String| -> Result<Array<'js>> {
            let m = reg(|r| r.modules.get(id as usize).map(|m| m.module.clone()));
            let out = Array::new(ctx.clone())?;
            let Some(m) = m else { return Ok(out) };
            let mut i = 0;
            for s in m.custom_sections() {
                if s.name() == name {
                    out.set(i, ArrayBuffer::new_copy(ctx.clone(), s.data())?)?;
                    i += 1;
                }
            }
            Ok(out)
        },
    )?;
    // (module, items) → [[name, kind, id]]. `items[i]` resolves import i: ['host', index in
    // hooks.imports] or [kind, id] for a wasm function, memory, table or global.
    func(
        ctx,
        &o,
        "instantiate",
        |ctx: Ctx<'js>,
         this: This<Object<'js>>,
         id: u32,
         items: Array<'js>|
         -> Result<Array<'js>> {
            let _e = Entry::new(&ctx, &this);
            let Some(m) = reg(|r| r.modules.get(id as usize).map(|m| m.module.clone())) else {
                return Err(throw(&ctx, "TypeError", "invalid module"));
            };
            let engine = reg(|r| r.engine.clone());
            let mut linker = Linker::<()>::new(&engine);
            let mut seen = std::collections::HashSet::new();
            for (i, imp) in m.imports().enumerate() {
                let item: Array = items.get(i)?;
                let kind: String = item.get(0)?;
                let n: f64 = item.get(1)?;
                let n = n as u32;
                let bad = || {
                    throw(
                        &ctx,
                        "LinkError",
                        &format!(
                            "WebAssembly.Instance(): Import #{i} \"{}\" \"{}\": invalid import",
                            imp.module(),
                            imp.name()
                        ),
                    )
                };
                let ext: Extern = match kind.as_str() {
                    "host" => {
                        let ExternType::Func(ft) = imp.ty() else {
                            return Err(bad());
                        };
                        let ft = ft.clone();
                        let rt: Vec<ValType> = ft.results().to_vec();
                        with_store(|s| {
                            Func::new(s, ft, move |mut caller, params, results| {
                                host_call(n, &rt, &mut caller, params, results)
                            })
                        })
                        .into()
                    }
                    "function" => reg(|r| r.funcs.get(n)).ok_or_else(bad)?.into(),
                    "memory" => reg(|r| r.mems.get(n)).ok_or_else(bad)?.into(),
                    "table" => reg(|r| r.tables.get(n)).ok_or_else(bad)?.into(),
                    "global" => reg(|r| r.globals.get(n)).ok_or_else(bad)?.into(),
                    _ => return Err(bad()),
                };
                if seen.insert((imp.module().to_string(), imp.name().to_string())) {
                    if let Err(e) = linker.define(imp.module(), imp.name(), ext) {
                        return Err(throw(
                            &ctx,
                            "LinkError",
                            &format!("WebAssembly.Instance(): {e}"),
                        ));
                    }
                }
            }
            // The start function runs in one go (wasmi runs it unsliced): fuel for all of it.
            let r = with_store(|mut s| {
                s.set_fuel(u64::MAX / 4)?;
                linker.instantiate_and_start(s, &m)
            });
            check_memories(&ctx)?;
            let inst =
                r.map_err(|e| run_error(&ctx, e, "LinkError", "WebAssembly.Instance(): "))?;
            let out = Array::new(ctx.clone())?;
            let exports: Vec<(String, Extern)> = with_store(|s| {
                inst.exports(&s)
                    .map(|e| (e.name().to_string(), e.into_extern()))
                    .collect()
            });
            for (i, (name, ext)) in exports.into_iter().enumerate() {
                let (kind, id) = match ext {
                    Extern::Func(f) => ("function", reg(|r| r.funcs.id(f))),
                    Extern::Memory(mm) => ("memory", mem_id(mm)),
                    Extern::Table(t) => ("table", reg(|r| r.tables.id(t))),
                    Extern::Global(g) => ("global", reg(|r| r.globals.id(g))),
                };
                let a = Array::new(ctx.clone())?;
                a.set(0, name)?;
                a.set(1, kind)?;
                a.set(2, id)?;
                out.set(i, a)?;
            }
            Ok(out)
        },
    )?;
    // (body, name, length) → a native function calling `body`
    func(
        ctx,
        &o,
        "exportFunction",
        |ctx: Ctx<'js>, body: Value<'js>, name: String, length: i32| -> Result<Function<'js>> {
            let f = rode_core::bind::raw_data_func(&ctx, Some(call_export), length, &[body])?;
            Function::from_value(f)?.with_name(name)
        },
    )?;
    // (func) → [params, results]
    func(
        ctx,
        &o,
        "funcType",
        |ctx: Ctx<'js>, id: u32| -> Result<Array<'js>> {
            let Some(f) = reg(|r| r.funcs.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid function id"));
            };
            let ft = with_store(|s| f.ty(&s));
            func_type_js(&ctx, &ft)
        },
    )?;
    // (func, ...args) → undefined | value | [values]
    func(
        ctx,
        &o,
        "call",
        |ctx: Ctx<'js>,
         this: This<Object<'js>>,
         id: u32,
         args: Rest<Value<'js>>|
         -> Result<Value<'js>> {
            let _e = Entry::new(&ctx, &this);
            let Some((f, ft)) = func_and_type(id) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid function id"));
            };
            let mut inputs = Vec::with_capacity(ft.params().len());
            let undefined = Value::new_undefined(ctx.clone());
            for (i, t) in ft.params().iter().enumerate() {
                inputs.push(from_js(&ctx, args.0.get(i).unwrap_or(&undefined), t)?);
            }
            let mut outputs: Vec<Val> = ft
                .results()
                .iter()
                .map(|t| Val::default_for_ty(*t))
                .collect();
            let r = with_store(|s| call_interruptible(s, &f, &inputs, &mut outputs));
            let checked = check_memories(&ctx);
            r.map_err(|e| run_error(&ctx, e, "RuntimeError", ""))?;
            checked?;
            match outputs.len() {
                0 => Ok(undefined),
                1 => to_js(&ctx, &outputs[0]),
                _ => {
                    let a = Array::new(ctx.clone())?;
                    for (i, v) in outputs.iter().enumerate() {
                        a.set(i, to_js(&ctx, v)?)?;
                    }
                    Ok(a.into_value())
                }
            }
        },
    )?;

    // Memory: (initial, maximum or -1) → id
    func(
        ctx,
        &o,
        "memNew",
        |ctx: Ctx<'js>, this: This<Object<'js>>, initial: f64, maximum: f64| -> Result<u32> {
            let _e = Entry::new(&ctx, &this);
            let ty = MemoryType::new(initial as u32, opt_u32(maximum));
            match with_store(|s| Memory::new(s, ty)) {
                Ok(m) => Ok(mem_id(m)),
                Err(e) => Err(range(
                    &ctx,
                    format!("WebAssembly.Memory(): could not allocate memory: {e}"),
                )),
            }
        },
    )?;
    // (memory) → ArrayBuffer over the linear memory (no copy)
    func(
        ctx,
        &o,
        "memBuffer",
        |ctx: Ctx<'js>, id: u32| -> Result<Value<'js>> {
            let Some(m) = reg(|r| r.mems.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid memory id"));
            };
            let (ptr, len) = with_store(|s| (m.data_ptr(&s), m.data_size(&s)));
            reg(|r| r.mem_state[id as usize].seen = Some((ptr as usize, len)));
            // SAFETY: the buffer aliases the memory's bytes, which stay put until the memory
            // grows; `check_memories` detaches the buffer before JS can see moved memory.
            unsafe {
                let v = qjs::JS_NewArrayBuffer(
                    ctx.as_raw().as_ptr(),
                    ptr,
                    len as _,
                    0,
                    None,
                    std::ptr::null_mut(),
                    false,
                );
                if qjs::JS_IsException(v) {
                    return Err(Error::Exception);
                }
                Ok(Value::from_raw(ctx.clone(), v))
            }
        },
    )?;
    // (memory) → pages
    func(ctx, &o, "memSize", |id: u32| -> f64 {
        reg(|r| r.mems.get(id)).map_or(0.0, |m| with_store(|s| m.size(&s)) as f64)
    })?;
    // (memory) → [minimum, maximum]
    func(
        ctx,
        &o,
        "memType",
        |ctx: Ctx<'js>, id: u32| -> Result<Value<'js>> {
            let ty = reg(|r| r.mems.get(id)).map(|m| ExternType::Memory(with_store(|s| m.ty(&s))));
            type_or_null(&ctx, ty)
        },
    )?;
    // (memory, delta) → old pages; detaches the old buffer.
    func(
        ctx,
        &o,
        "memGrow",
        |ctx: Ctx<'js>, this: This<Object<'js>>, id: u32, delta: f64| -> Result<f64> {
            let _e = Entry::new(&ctx, &this);
            let Some(m) = reg(|r| r.mems.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid memory id"));
            };
            let r = with_store(|s| m.grow(s, delta as u64));
            if r.is_ok() {
                // Growing by 0 keeps the data but V8 still hands out a new buffer.
                reg(|r| r.mem_state[id as usize].seen = Some((usize::MAX, 0)));
            }
            check_memories(&ctx)?;
            match r {
                Ok(old) => Ok(old as f64),
                Err(_) => Err(range(
                    &ctx,
                    "WebAssembly.Memory.grow(): Maximum memory size exceeded".into(),
                )),
            }
        },
    )?;
    // Detaches an ArrayBuffer made by memBuffer.
    func(ctx, &o, "detach", |ctx: Ctx<'js>, v: Value<'js>| {
        // SAFETY: `v` is an ArrayBuffer; its free function does nothing.
        unsafe { qjs::JS_DetachArrayBuffer(ctx.as_raw().as_ptr(), v.as_raw()) };
    })?;

    // Global: (type, mutable, value) → id
    func(
        ctx,
        &o,
        "globalNew",
        |ctx: Ctx<'js>,
         this: This<Object<'js>>,
         ty: String,
         mutable: bool,
         v: Value<'js>|
         -> Result<u32> {
            let _e = Entry::new(&ctx, &this);
            let t = parse_type(&ctx, &ty)?;
            let val = from_js(&ctx, &v, &t)?;
            let m = if mutable {
                Mutability::Var
            } else {
                Mutability::Const
            };
            let g = with_store(|s| Global::new(s, val, m));
            Ok(reg(|r| r.globals.id(g)))
        },
    )?;
    func(
        ctx,
        &o,
        "globalGet",
        |ctx: Ctx<'js>, this: This<Object<'js>>, id: u32| -> Result<Value<'js>> {
            let _e = Entry::new(&ctx, &this);
            let Some(g) = reg(|r| r.globals.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid global id"));
            };
            let v = with_store(|s| g.get(&s));
            to_js(&ctx, &v)
        },
    )?;
    func(
        ctx,
        &o,
        "globalSet",
        |ctx: Ctx<'js>, this: This<Object<'js>>, id: u32, v: Value<'js>| -> Result<()> {
            let _e = Entry::new(&ctx, &this);
            let Some(g) = reg(|r| r.globals.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid global id"));
            };
            let t = with_store(|s| g.ty(&s));
            let val = from_js(&ctx, &v, &t.content())?;
            with_store(|s| g.set(s, val)).map_err(|e| throw(&ctx, "TypeError", &format!("{e}")))
        },
    )?;
    // (global) → [type, mutable]
    func(
        ctx,
        &o,
        "globalType",
        |ctx: Ctx<'js>, id: u32| -> Result<Value<'js>> {
            let ty =
                reg(|r| r.globals.get(id)).map(|g| ExternType::Global(with_store(|s| g.ty(&s))));
            type_or_null(&ctx, ty)
        },
    )?;

    // Table: (element, initial, maximum or -1, init) → id
    func(
        ctx,
        &o,
        "tableNew",
        |ctx: Ctx<'js>,
         this: This<Object<'js>>,
         elem: String,
         initial: f64,
         maximum: f64,
         init: Value<'js>|
         -> Result<u32> {
            let _e = Entry::new(&ctx, &this);
            let rt = match parse_type(&ctx, &elem)? {
                ValType::FuncRef => RefType::Func,
                _ => RefType::Extern,
            };
            let r = ref_from_js(&ctx, &init, rt)?;
            let ty = TableType::new(rt, initial as u32, opt_u32(maximum));
            match with_store(|s| Table::new(s, ty, r)) {
                Ok(t) => Ok(reg(|r| r.tables.id(t))),
                Err(e) => Err(range(&ctx, format!("WebAssembly.Table(): {e}"))),
            }
        },
    )?;
    func(ctx, &o, "tableSize", |id: u32| -> f64 {
        reg(|r| r.tables.get(id)).map_or(0.0, |t| with_store(|s| t.size(&s)) as f64)
    })?;
    // (table) → [element, minimum, maximum]
    func(
        ctx,
        &o,
        "tableType",
        |ctx: Ctx<'js>, id: u32| -> Result<Value<'js>> {
            let ty = reg(|r| r.tables.get(id)).map(|t| ExternType::Table(with_store(|s| t.ty(&s))));
            type_or_null(&ctx, ty)
        },
    )?;
    func(
        ctx,
        &o,
        "tableGet",
        |ctx: Ctx<'js>, this: This<Object<'js>>, id: u32, i: f64| -> Result<Value<'js>> {
            let _e = Entry::new(&ctx, &this);
            let Some(t) = reg(|r| r.tables.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid table id"));
            };
            match with_store(|s| t.get(&s, i as u64)) {
                Some(r) => to_js(&ctx, &ref_to_val(r)),
                None => {
                    let size = with_store(|s| t.size(&s));
                    Err(range(&ctx, format!("WebAssembly.Table.get(): invalid address {i} in {} table of size {size}", ref_name(with_store(|s| t.ty(&s)).element()).replace("anyfunc", "funcref"))))
                }
            }
        },
    )?;
    func(
        ctx,
        &o,
        "tableSet",
        |ctx: Ctx<'js>, this: This<Object<'js>>, id: u32, i: f64, v: Value<'js>| -> Result<()> {
            let _e = Entry::new(&ctx, &this);
            let Some(t) = reg(|r| r.tables.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid table id"));
            };
            let rt = with_store(|s| t.ty(&s)).element();
            let r = ref_from_js(&ctx, &v, rt)?;
            with_store(|s| t.set(s, i as u64, r)).map_err(|_| {
                let size = with_store(|s| t.size(&s));
                range(
                    &ctx,
                    format!(
                        "WebAssembly.Table.set(): invalid address {i} in {} table of size {size}",
                        ref_name(rt).replace("anyfunc", "funcref")
                    ),
                )
            })
        },
    )?;
    func(
        ctx,
        &o,
        "tableGrow",
        |ctx: Ctx<'js>,
         this: This<Object<'js>>,
         id: u32,
         delta: f64,
         v: Value<'js>|
         -> Result<f64> {
            let _e = Entry::new(&ctx, &this);
            let Some(t) = reg(|r| r.tables.get(id)) else {
                return Err(rode_core::bind::throw_error(&ctx, "invalid table id"));
            };
            let rt = with_store(|s| t.ty(&s)).element();
            let r = ref_from_js(&ctx, &v, rt)?;
            with_store(|s| t.grow(s, delta as u64, r))
                .map(|old| old as f64)
                .map_err(|_| {
                    range(
                        &ctx,
                        format!("WebAssembly.Table.grow(): failed to grow table by {delta}"),
                    )
                })
        },
    )?;
    Ok(o)
}
