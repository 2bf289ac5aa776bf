//! `internalBinding('util')`: what `util.inspect` and `util.types` can't learn from JS:
//! promise state, proxy internals, and internal class brands.

use rode_core::bind;
use rquickjs::function::Opt;
use rquickjs::{qjs, Array, Ctx, Object, Result, Value};

extern "C" {
    // Added by rode's QuickJS patch (vendor/rquickjs-sys/RODE-PATCH.md).
    fn JS_PreviewEntries(
        ctx: *mut qjs::JSContext,
        obj: qjs::JSValue,
        is_key_value: *mut std::ffi::c_int,
    ) -> qjs::JSValue;
}

/// QuickJS class ids of sample values, so brand checks need no knowledge of engine
/// internals: each sample's class id is read once when the binding is created.
struct Brands {
    plain: u32,
    arguments: u32,
    mapped_arguments: u32,
    module_ns: u32,
    proxy: u32,
    promise: u32,
    async_fn: u32,
    async_gen_fn: u32,
    gen_fn: u32,
    gen: u32,
    async_gen: u32,
    map_iter: u32,
    set_iter: u32,
    /// class id → engine class name, for getConstructorName.
    names: Vec<(u32, String)>,
}

fn class_id(v: &Value<'_>) -> u32 {
    unsafe { qjs::JS_GetClassID(v.as_raw()) }
}

const SAMPLES: &str = r#"(function () {
  'use strict';
  const strictArgs = (function () { return arguments; })();
  const sloppy = Function('return arguments')();
  async function af() {}
  async function* agf() {}
  function* gf() {}
  const named = [
    ['Array', []], ['Error', new Error()], ['Number', new Number(1)], ['String', new String('')],
    ['Boolean', new Boolean(false)], ['Symbol', Object(Symbol())], ['Date', new Date(0)],
    ['RegExp', /x/], ['ArrayBuffer', new ArrayBuffer(0)], ['SharedArrayBuffer', typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(0) : null],
    ['Uint8ClampedArray', new Uint8ClampedArray(0)], ['Int8Array', new Int8Array(0)], ['Uint8Array', new Uint8Array(0)],
    ['Int16Array', new Int16Array(0)], ['Uint16Array', new Uint16Array(0)], ['Int32Array', new Int32Array(0)],
    ['Uint32Array', new Uint32Array(0)], ['BigInt64Array', new BigInt64Array(0)], ['BigUint64Array', new BigUint64Array(0)],
    ['Float16Array', typeof Float16Array === 'function' ? new Float16Array(0) : null],
    ['Float32Array', new Float32Array(0)], ['Float64Array', new Float64Array(0)], ['DataView', new DataView(new ArrayBuffer(0))],
    ['BigInt', Object(1n)], ['Map', new Map()], ['Set', new Set()], ['WeakMap', new WeakMap()], ['WeakSet', new WeakSet()],
    ['WeakRef', new WeakRef({})], ['FinalizationRegistry', new FinalizationRegistry(() => {})],
    ['Promise', Promise.resolve()], ['Function', function () {}], ['Function', () => {}], ['Function', Math.max],
    ['Function', function () {}.bind(null)], ['AsyncFunction', af], ['GeneratorFunction', gf], ['AsyncGeneratorFunction', agf],
    ['Generator', gf()], ['AsyncGenerator', agf()], ['Map Iterator', new Map().entries()], ['Set Iterator', new Set().values()],
    ['Array Iterator', [].values()], ['String Iterator', ''[Symbol.iterator]()], ['RegExp String Iterator', 'a'.matchAll(/a/g)],
    ['Arguments', strictArgs], ['Arguments', sloppy],
  ];
  return { plain: {}, strictArgs, sloppy, proxy: new Proxy({}, {}), promise: Promise.resolve(), af, agf, gf,
    gen: gf(), agen: agf(), mapIter: new Map().entries(), setIter: new Set().values(), named };
})()"#;

thread_local! {
    static BRANDS: std::cell::OnceCell<std::rc::Rc<Brands>> = const { std::cell::OnceCell::new() };
}

/// This thread's class-id samples, taken on first use.
fn brands_for(ctx: &Ctx<'_>) -> Result<std::rc::Rc<Brands>> {
    if let Some(b) = BRANDS.with(|c| c.get().cloned()) {
        return Ok(b);
    }
    let b = std::rc::Rc::new(brands(ctx)?);
    BRANDS.with(|c| {
        let _ = c.set(b.clone());
    });
    Ok(b)
}

fn brands(ctx: &Ctx<'_>) -> Result<Brands> {
    let s: Object = ctx.eval(SAMPLES)?;
    let id = |k: &str| -> Result<u32> { Ok(class_id(&s.get::<_, Value>(k)?)) };
    let ns: Value = {
        let m = rquickjs::Module::declare(ctx.clone(), "node:internal/brand-sample", "")?;
        let (m, _) = m.eval()?;
        m.namespace()?.into_value()
    };
    let mut names = Vec::new();
    let named: Array = s.get("named")?;
    for pair in named.iter::<Array>() {
        let pair = pair?;
        let name: String = pair.get(0)?;
        let v: Value = pair.get(1)?;
        if v.is_object() {
            names.push((class_id(&v), name));
        }
    }
    Ok(Brands {
        plain: id("plain")?,
        arguments: id("strictArgs")?,
        mapped_arguments: id("sloppy")?,
        module_ns: class_id(&ns),
        proxy: id("proxy")?,
        promise: id("promise")?,
        async_fn: id("af")?,
        async_gen_fn: id("agf")?,
        gen_fn: id("gf")?,
        gen: id("gen")?,
        async_gen: id("agen")?,
        map_iter: id("mapIter")?,
        set_iter: id("setIter")?,
        names,
    })
}

fn is_array_index(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 10
        && key.bytes().all(|b| b.is_ascii_digit())
        && (key == "0" || !key.starts_with('0'))
        && key.parse::<u64>().is_ok_and(|n| n < u32::MAX as u64)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // [state, result]: 0 pending, 1 fulfilled, 2 rejected; undefined for non-promises.
    bind::func(
        ctx,
        &o,
        "getPromiseState",
        |ctx: Ctx<'js>, v: Value<'js>| -> Result<Option<Array<'js>>> {
            let Some(p) = v.as_promise() else {
                return Ok(None);
            };
            let arr = Array::new(ctx.clone())?;
            match p.state() {
                rquickjs::promise::PromiseState::Pending => arr.set(0, 0)?,
                rquickjs::promise::PromiseState::Resolved => {
                    arr.set(0, 1)?;
                    arr.set(1, unsafe {
                        Value::from_raw(
                            ctx.clone(),
                            qjs::JS_PromiseResult(ctx.as_raw().as_ptr(), v.as_raw()),
                        )
                    })?;
                }
                rquickjs::promise::PromiseState::Rejected => {
                    arr.set(0, 2)?;
                    arr.set(1, unsafe {
                        Value::from_raw(
                            ctx.clone(),
                            qjs::JS_PromiseResult(ctx.as_raw().as_ptr(), v.as_raw()),
                        )
                    })?;
                }
            }
            Ok(Some(arr))
        },
    )?;
    bind::func(ctx, &o, "isProxy", |v: Value<'js>| unsafe {
        qjs::JS_IsProxy(v.as_raw())
    })?;
    // [target, handler] of a proxy, undefined otherwise.
    bind::func(
        ctx,
        &o,
        "getProxyDetails",
        |ctx: Ctx<'js>, v: Value<'js>| -> Result<Option<Array<'js>>> {
            if !unsafe { qjs::JS_IsProxy(v.as_raw()) } {
                return Ok(None);
            }
            let raw = ctx.as_raw().as_ptr();
            let arr = Array::new(ctx.clone())?;
            // A revoked proxy has neither: QuickJS throws, Node reports [null, null].
            let getters = [qjs::JS_GetProxyTarget, qjs::JS_GetProxyHandler];
            for (i, getter) in getters.into_iter().enumerate() {
                let r = unsafe { getter(raw, v.as_raw()) };
                if unsafe { qjs::JS_IsException(r) } {
                    let _ = ctx.catch();
                    arr.set(i, Value::new_null(ctx.clone()))?;
                } else {
                    arr.set(i, unsafe { Value::from_raw(ctx.clone(), r) })?;
                }
            }
            Ok(Some(arr))
        },
    )?;
    // Class ids are sampled on the first brand check, not when the binding is made.
    let is =
        |ctx: &Ctx<'js>, o: &Object<'js>, name: &str, ids: fn(&Brands) -> [u32; 2]| -> Result<()> {
            bind::func(
                ctx,
                o,
                name,
                move |ctx: Ctx<'js>, v: Value<'js>| -> Result<bool> {
                    if !v.is_object() {
                        return Ok(false);
                    }
                    let c = class_id(&v);
                    Ok(ids(&*brands_for(&ctx)?).contains(&c))
                },
            )
        };
    is(ctx, &o, "isArgumentsObject", |b| {
        [b.arguments, b.mapped_arguments]
    })?;
    is(ctx, &o, "isModuleNamespaceObject", |b| {
        [b.module_ns, b.module_ns]
    })?;
    is(ctx, &o, "isPromise", |b| [b.promise, b.promise])?;
    is(ctx, &o, "isAsyncFunction", |b| [b.async_fn, b.async_gen_fn])?;
    is(ctx, &o, "isGeneratorFunction", |b| {
        [b.gen_fn, b.async_gen_fn]
    })?;
    is(ctx, &o, "isGeneratorObject", |b| [b.gen, b.async_gen])?;
    is(ctx, &o, "isMapIterator", |b| [b.map_iter, b.map_iter])?;
    // Node-API externals: whether `v` is one, and its data pointer in hex (util.inspect's
    // `[External: address]`).
    bind::func(ctx, &o, "isExternal", |v: Value<'js>| {
        bind::external_value(&v).is_some()
    })?;
    bind::func(ctx, &o, "externalAddress", |v: Value<'js>| {
        bind::external_value(&v).map(|a| format!("{a:x}"))
    })?;
    is(ctx, &o, "isSetIterator", |b| [b.set_iter, b.set_iter])?;
    // The engine's class name; 'Object' only for ordinary objects, namespaces and proxies.
    bind::func(
        ctx,
        &o,
        "getConstructorName",
        move |ctx: Ctx<'js>, v: Value<'js>| -> Result<String> {
            let bn = brands_for(&ctx)?;
            let c = class_id(&v);
            if c == bn.plain || c == bn.module_ns || c == bn.proxy {
                return Ok("Object".into());
            }
            Ok(bn
                .names
                .iter()
                .find(|(id, _)| *id == c)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| format!("HostObject{c}")))
        },
    )?;
    // Own keys that are not array indices: strings in property order, then symbols.
    bind::func(
        ctx,
        &o,
        "getOwnNonIndexProperties",
        |ctx: Ctx<'js>, obj: Object<'js>, only_enumerable: bool| -> Result<Array<'js>> {
            let reflect: Object = ctx.globals().get("Reflect")?;
            let own_keys: rquickjs::Function = reflect.get("ownKeys")?;
            let keys: Array = own_keys.call((obj.clone(),))?;
            let object: Object = ctx.globals().get("Object")?;
            let proto: Object = object.get("prototype")?;
            let pie: rquickjs::Function = proto.get("propertyIsEnumerable")?;
            let out = Array::new(ctx.clone())?;
            let mut n = 0;
            for k in keys.iter::<Value>() {
                let k = k?;
                if let Some(s) = k.as_string() {
                    if is_array_index(&s.to_string()?) {
                        continue;
                    }
                }
                if only_enumerable {
                    let e: bool = pie.call((rquickjs::function::This(obj.clone()), k.clone()))?;
                    if !e {
                        continue;
                    }
                }
                out.set(n, k)?;
                n += 1;
            }
            Ok(out)
        },
    )?;
    // previewEntries(value, isIterator): the items a Map, Set or Map/Set iterator still
    // holds, without advancing it (flat; pairs for entries). With `isIterator`,
    // `[entries, isKeyValue]`. Weak collections give their live entries. Anything else
    // throws, and inspect shows `<items unknown>`. Reads engine internals through rode's
    // QuickJS patch.
    bind::func(
        ctx,
        &o,
        "previewEntries",
        |ctx: Ctx<'js>, value: Value<'js>, is_iterator: Opt<bool>| -> Result<Value<'js>> {
            let mut kv: std::ffi::c_int = 0;
            let raw = unsafe { JS_PreviewEntries(ctx.as_raw().as_ptr(), value.as_raw(), &mut kv) };
            if unsafe { qjs::JS_VALUE_GET_TAG(raw) } == qjs::JS_TAG_EXCEPTION {
                return Err(rquickjs::Error::Exception);
            }
            let entries = unsafe { Value::from_raw(ctx.clone(), raw) };
            if entries.is_undefined() {
                return Err(bind::throw_error(
                    &ctx,
                    "previewEntries: not a Map, Set or their iterator",
                ));
            }
            if is_iterator.0.unwrap_or(false) {
                let pair = rquickjs::Array::new(ctx.clone())?;
                pair.set(0, entries)?;
                pair.set(1, kv != 0)?;
                return Ok(pair.into_value());
            }
            Ok(entries)
        },
    )?;
    Ok(o)
}
