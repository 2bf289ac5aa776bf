//! What Node-API needs from the engine beyond rquickjs-sys: rode's engine patches (hidden
//! object slots, construct-call detection), the native classes behind callbacks, externals
//! and per-object data, and a few helpers written in JS. Set up once per runtime (thread)
//! when `internalBinding('napi')` is first made; the JS values live on that binding object.

use rquickjs::qjs;
use std::cell::Cell;
use std::ffi::{c_char, c_int};

extern "C" {
    // rode's engine patches (vendor/rquickjs-sys/RODE-PATCH.md).
    pub fn JS_NewPrivateSymbol(
        ctx: *mut qjs::JSContext,
        description: *const c_char,
    ) -> qjs::JSValue;
    pub fn JS_GetHiddenSlot(
        ctx: *mut qjs::JSContext,
        obj: qjs::JSValue,
        sym: qjs::JSValue,
    ) -> qjs::JSValue;
    pub fn JS_SetHiddenSlot(
        ctx: *mut qjs::JSContext,
        obj: qjs::JSValue,
        sym: qjs::JSValue,
        val: qjs::JSValue,
    ) -> c_int;
    pub fn JS_IsConstructCall(ctx: *mut qjs::JSContext) -> bool;
    pub fn JS_SetPropertySloppy(
        ctx: *mut qjs::JSContext,
        obj: qjs::JSValue,
        prop: qjs::JSAtom,
        val: qjs::JSValue,
    ) -> c_int;
    pub fn JS_NewUint8ArrayView(
        ctx: *mut qjs::JSContext,
        proto: qjs::JSValue,
        buffer: qjs::JSValue,
        offset: qjs::JSValue,
        len: qjs::JSValue,
    ) -> qjs::JSValue;
}

/// The runtime's Node-API state: class ids and borrowed values owned by the binding object.
#[derive(Clone, Copy)]
pub struct Shared {
    pub callback_class: qjs::JSClassID,
    pub external_class: qjs::JSClassID,
    pub data_class: qjs::JSClassID,
    /// The private symbol naming an object's Node-API data slot.
    pub slot: qjs::JSValue,
    /// `helpers` (see HELPERS below).
    pub helpers: qjs::JSValue,
    /// `Buffer.prototype`, for `napi_create_buffer` (set by the JS side).
    pub buffer_proto: qjs::JSValue,
}

thread_local! {
    static SHARED: Cell<Option<Shared>> = const { Cell::new(None) };
}

pub fn shared() -> Shared {
    SHARED
        .with(|s| s.get())
        .expect("napi: binding initialised before any Node-API call")
}

pub fn set_buffer_proto(v: qjs::JSValue) {
    SHARED.with(|s| {
        if let Some(mut sh) = s.get() {
            sh.buffer_proto = v;
            s.set(Some(sh));
        }
    });
}

/// Helpers that are simpler in JS than through the engine's C API.
const HELPERS: &str = concat!(
    r#"({
  bigintWords(v) {
    const neg = v < 0n;
    return [neg, (neg ? -v : v).toString(16)];
  },
  bigintFromHex(hex, neg) {
    const v = BigInt('0x' + hex);
    return neg ? -v : v;
  },
  fitsInt64(v) { return BigInt.asIntN(64, v) === v; },
  fitsUint64(v) { return BigInt.asUintN(64, v) === v; },
  isDetached(ab) { return ab.detached; },
  keys(o, ownOnly, filter, numbersToStrings) {
    const out = [];
    const seen = new Set();
    const isIndex = (k) => k !== '' && String(k >>> 0) === k && (k >>> 0) !== 4294967295;
    for (let p = Object(o); p !== null; p = Reflect.getPrototypeOf(p)) {
      for (const k of Reflect.ownKeys(p)) {
        if (typeof k === 'symbol' ? (filter & 16) : (filter & 8)) continue;
        if (seen.has(k)) continue;
        seen.add(k);
        const d = Reflect.getOwnPropertyDescriptor(p, k);
        if (!d) continue;
        if ((filter & 1) && d.writable === false) continue;
        if ((filter & 2) && !d.enumerable) continue;
        if ((filter & 4) && !d.configurable) continue;
        out.push(!numbersToStrings && typeof k === 'string' && isIndex(k) ? Number(k) : k);
      }
      if (ownOnly) break;
    }
    return out;
  },
  dataView(v) { return [v.buffer, v.byteOffset, v.byteLength]; },
  newDataView(ab, offset, length) { return new DataView(ab, offset, length); },
  makeError(kind, msg) {
    return new (kind === 1 ? TypeError : kind === 2 ? RangeError : kind === 3 ? SyntaxError : Error)(msg);
  },
  symbol(desc) { return desc === undefined ? Symbol() : Symbol(desc); },
})"#,
    "\0"
);

unsafe extern "C" fn callback_finalizer(_rt: *mut qjs::JSRuntime, val: qjs::JSValue) {
    let mut id = 0;
    // SAFETY: the object is being freed; its opaque is the boxed record set at creation.
    let p = unsafe { qjs::JS_GetAnyOpaque(val, &mut id) };
    if !p.is_null() {
        drop(unsafe { Box::from_raw(p.cast::<crate::functions::CallbackRecord>()) });
    }
}

unsafe extern "C" fn external_finalizer(_rt: *mut qjs::JSRuntime, val: qjs::JSValue) {
    let mut id = 0;
    // SAFETY: as above: a boxed `Finalizer`.
    let p = unsafe { qjs::JS_GetAnyOpaque(val, &mut id) };
    if !p.is_null() {
        let f = unsafe { Box::from_raw(p.cast::<crate::refs::External>()) };
        crate::refs::queue_finalizer(f.finalizer);
    }
}

unsafe extern "C" fn data_finalizer(_rt: *mut qjs::JSRuntime, val: qjs::JSValue) {
    let mut id = 0;
    // SAFETY: as above: a boxed `ObjectData`.
    let p = unsafe { qjs::JS_GetAnyOpaque(val, &mut id) };
    if !p.is_null() {
        let d = unsafe { Box::from_raw(p.cast::<crate::refs::ObjectData>()) };
        crate::refs::object_died(*d);
    }
}

fn new_class(
    rt: *mut qjs::JSRuntime,
    name: &'static std::ffi::CStr,
    finalizer: qjs::JSClassFinalizer,
) -> qjs::JSClassID {
    let mut id: qjs::JSClassID = 0;
    // SAFETY: registers a class on this thread's runtime; the definition is copied.
    unsafe {
        qjs::JS_NewClassID(rt, &mut id);
        let def = qjs::JSClassDef {
            class_name: name.as_ptr(),
            finalizer,
            gc_mark: None,
            call: None,
            exotic: std::ptr::null_mut(),
        };
        qjs::JS_NewClass(rt, id, &def);
    }
    id
}

/// Sets up the runtime's Node-API state; `holder` (the binding object) keeps its JS values.
pub fn init(ctx: *mut qjs::JSContext, holder: qjs::JSValue) -> Result<(), ()> {
    if SHARED.with(|s| s.get()).is_some() {
        return Ok(());
    }
    // SAFETY: a live context on this thread; every new value is stored on `holder`, which
    // owns it from then on.
    unsafe {
        let rt = qjs::JS_GetRuntime(ctx);
        let slot = JS_NewPrivateSymbol(ctx, c"napi".as_ptr());
        if qjs::JS_IsException(slot) {
            return Err(());
        }
        qjs::JS_SetPropertyStr(ctx, holder, c"slot".as_ptr(), slot);
        let helpers = qjs::JS_Eval(
            ctx,
            // The engine wants the source NUL-terminated (not counted in the length).
            HELPERS.as_ptr().cast(),
            (HELPERS.len() - 1) as _,
            c"node:napi".as_ptr(),
            qjs::JS_EVAL_TYPE_GLOBAL as c_int,
        );
        if qjs::JS_IsException(helpers) {
            return Err(());
        }
        qjs::JS_SetPropertyStr(ctx, holder, c"helpers".as_ptr(), helpers);
        let external_class = new_class(rt, c"Object", Some(external_finalizer));
        rode_core::bind::set_external_probe(crate::refs::external_data);
        SHARED.with(|s| {
            s.set(Some(Shared {
                callback_class: new_class(rt, c"NapiCallback", Some(callback_finalizer)),
                external_class,
                data_class: new_class(rt, c"NapiObjectData", Some(data_finalizer)),
                slot,
                helpers,
                buffer_proto: qjs::JS_UNDEFINED,
            }))
        });
    }
    Ok(())
}

/// Calls `helpers[name](...args)`; returns the result or JS_EXCEPTION.
///
/// # Safety
/// `ctx` live; `args` live values.
pub unsafe fn helper(
    ctx: *mut qjs::JSContext,
    name: &std::ffi::CStr,
    args: &[qjs::JSValue],
) -> qjs::JSValue {
    let h = shared().helpers;
    unsafe {
        let f = qjs::JS_GetPropertyStr(ctx, h, name.as_ptr());
        let r = qjs::JS_Call(ctx, f, h, args.len() as c_int, args.as_ptr() as *mut _);
        qjs::JS_FreeValue(ctx, f);
        r
    }
}

/// Makes `v` an owned JS number (an int when it is one, as the engine stores them).
pub fn number(v: f64) -> qjs::JSValue {
    // `as` saturates (NaN gives 0), so the round trip only holds for int32 values; -0 stays
    // a double. No libm call (`fract`): this is on every number an addon returns.
    let i = v as i32;
    if i as f64 == v && !(i == 0 && v.is_sign_negative()) {
        qjs::JS_MKVAL(qjs::JS_TAG_INT, i)
    } else {
        qjs::__JS_NewFloat64(v)
    }
}

pub fn int(v: i32) -> qjs::JSValue {
    qjs::JS_MKVAL(qjs::JS_TAG_INT, v)
}

pub fn boolean(b: bool) -> qjs::JSValue {
    qjs::JS_MKVAL(qjs::JS_TAG_BOOL, b as i32)
}

/// An opaque pointer's class data, if `v` is an object of class `class`.
pub fn opaque<T>(v: qjs::JSValue, class: qjs::JSClassID) -> Option<*mut T> {
    // SAFETY: reads the object header of a live value.
    let p = unsafe { qjs::JS_GetOpaque(v, class) };
    (!p.is_null()).then_some(p.cast::<T>())
}
