//! `internalBinding('events')`: `EventEmitter.prototype.emit` as a C-level function.
//!
//! `emit` runs for every event of every stream, socket and HTTP message. Written in JS it
//! costs a rest-parameter array and some thirty interpreted operations before the first
//! listener runs; here it is two property reads and a call. Only the common case is native:
//! an object `this`, an event other than `'error'`, and listeners stored as Node stores them
//! (`this._events[type]` is a function or an array of functions). Everything else — `'error'`
//! (error monitors, the unhandled-error throw), an odd `_events` — goes to the JS `emit` in
//! `events.js`, which the native one is made with. A listener's non-nullish result goes to
//! the JS `addCatch` (`captureRejections`).

use rode_core::bind;
use rquickjs::{qjs, Ctx, FromJs, Function, Object, Result, Value};
use std::cell::Cell;
use std::ffi::c_int;

thread_local! {
    /// The atom of `_events` in this thread's runtime (0 until first use).
    static ATOM_EVENTS: Cell<qjs::JSAtom> = const { Cell::new(0) };
}

/// The data values the native emit is made with.
const SLOW_EMIT: usize = 0;
const ADD_CATCH: usize = 1;
const ERROR: usize = 2;

unsafe fn atom_events(ctx: *mut qjs::JSContext) -> qjs::JSAtom {
    // SAFETY: the engine's live context (called from the native emit).
    unsafe { rode_core::bind::cached_atom(&ATOM_EVENTS, ctx, "_events") }
}

/// Calls `addCatch(this, result, type, args)` (JS) for a listener's non-nullish result.
/// Consumes `result`; returns false if it threw.
unsafe fn add_catch(
    ctx: *mut qjs::JSContext,
    data: *mut qjs::JSValue,
    this: qjs::JSValue,
    result: qjs::JSValue,
    argc: c_int,
    argv: *mut qjs::JSValue,
) -> bool {
    unsafe {
        let n = (argc - 1).max(0) as usize;
        let mut items: Vec<qjs::JSValue> = (0..n)
            .map(|i| qjs::JS_DupValue(ctx, *argv.add(1 + i)))
            .collect();
        let args = qjs::JS_NewArrayFrom(ctx, n as c_int, items.as_mut_ptr());
        if qjs::JS_IsException(args) {
            qjs::JS_FreeValue(ctx, result);
            return false;
        }
        let mut call_args = [this, result, *argv, args];
        let r = qjs::JS_Call(
            ctx,
            *data.add(ADD_CATCH),
            qjs::JS_UNDEFINED,
            4,
            call_args.as_mut_ptr(),
        );
        qjs::JS_FreeValue(ctx, args);
        qjs::JS_FreeValue(ctx, call_args[1]);
        let ok = !qjs::JS_IsException(r);
        qjs::JS_FreeValue(ctx, r);
        ok
    }
}

extern "C" {
    // Added by rode's QuickJS patch (vendor/rquickjs-sys/RODE-PATCH.md).
    fn JS_GetFastArray(
        ctx: *mut qjs::JSContext,
        obj: qjs::JSValue,
        arrpp: *mut *mut qjs::JSValue,
        countp: *mut u32,
    ) -> bool;
}

/// Calls one listener with emit's arguments after the type; false if it threw.
unsafe fn call_listener(
    ctx: *mut qjs::JSContext,
    data: *mut qjs::JSValue,
    this: qjs::JSValue,
    listener: qjs::JSValue,
    argc: c_int,
    argv: *mut qjs::JSValue,
) -> bool {
    unsafe {
        let r = qjs::JS_Call(ctx, listener, this, argc - 1, argv.add(1));
        if qjs::JS_IsException(r) {
            return false;
        }
        if qjs::JS_IsUndefined(r) || qjs::JS_IsNull(r) {
            return true;
        }
        add_catch(ctx, data, this, r, argc, argv)
    }
}

rode_core::raw_fn! {
    fn emit(ctx, this, argc, argv, data) {
        unsafe {
            let slow = || qjs::JS_Call(ctx, *data.add(SLOW_EMIT), this, argc, argv);
            if argc < 1
                || !qjs::JS_IsObject(this)
                || qjs::JS_IsStrictEqual(ctx, *argv, *data.add(ERROR))
            {
                return slow();
            }
            let events = qjs::JS_GetProperty(ctx, this, atom_events(ctx));
            if qjs::JS_IsException(events) {
                return events;
            }
            if qjs::JS_IsUndefined(events) {
                return qjs::JS_FALSE;
            }
            if !qjs::JS_IsObject(events) {
                qjs::JS_FreeValue(ctx, events);
                return slow();
            }
            let atom = qjs::JS_ValueToAtom(ctx, *argv);
            if atom == 0 {
                qjs::JS_FreeValue(ctx, events);
                return qjs::JS_EXCEPTION;
            }
            let handler = qjs::JS_GetProperty(ctx, events, atom);
            qjs::JS_FreeAtom(ctx, atom);
            qjs::JS_FreeValue(ctx, events);
            if qjs::JS_IsException(handler) {
                return handler;
            }
            if qjs::JS_IsUndefined(handler) {
                return qjs::JS_FALSE;
            }
            if qjs::JS_IsFunction(ctx, handler) {
                let ok = call_listener(ctx, data, this, handler, argc, argv);
                qjs::JS_FreeValue(ctx, handler);
                return if ok { qjs::JS_TRUE } else { qjs::JS_EXCEPTION };
            }
            if !qjs::JS_IsArray(handler) {
                qjs::JS_FreeValue(ctx, handler);
                return slow();
            }
            // A copy of the list first: a listener may add or remove listeners.
            let mut elems: *mut qjs::JSValue = std::ptr::null_mut();
            let mut count = 0u32;
            let fast = JS_GetFastArray(ctx, handler, &mut elems, &mut count);
            let mut len = count as i64;
            if !fast && qjs::JS_GetLength(ctx, handler, &mut len) < 0 {
                qjs::JS_FreeValue(ctx, handler);
                return qjs::JS_EXCEPTION;
            }
            // Up to SMALL listeners are copied to the stack, more to the heap.
            const SMALL: usize = 8;
            let len = len.max(0) as usize;
            let mut small = [qjs::JS_UNDEFINED; SMALL];
            let mut large = Vec::new();
            let listeners: &mut [qjs::JSValue] = if len <= SMALL {
                &mut small[..len]
            } else {
                large.resize(len, qjs::JS_UNDEFINED);
                &mut large
            };
            for i in 0..len {
                let l = if fast {
                    qjs::JS_DupValue(ctx, *elems.add(i))
                } else {
                    qjs::JS_GetPropertyUint32(ctx, handler, i as u32)
                };
                if qjs::JS_IsException(l) {
                    for &l in &listeners[..i] {
                        qjs::JS_FreeValue(ctx, l);
                    }
                    qjs::JS_FreeValue(ctx, handler);
                    return qjs::JS_EXCEPTION;
                }
                listeners[i] = l;
            }
            qjs::JS_FreeValue(ctx, handler);
            let mut ok = true;
            for &l in listeners.iter() {
                if ok {
                    ok = call_listener(ctx, data, this, l, argc, argv);
                }
                qjs::JS_FreeValue(ctx, l);
            }
            if ok {
                qjs::JS_TRUE
            } else {
                qjs::JS_EXCEPTION
            }
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // makeEmit(jsEmit, addCatch) -> the native emit (named `emit`, length 1 as Node's).
    bind::func(
        ctx,
        &o,
        "makeEmit",
        |ctx: Ctx<'js>, slow: Function<'js>, add_catch: Function<'js>| -> Result<Value<'js>> {
            let error = rquickjs::String::from_str(ctx.clone(), "error")?.into_value();
            let f = bind::raw_data_func(
                &ctx,
                Some(emit),
                1,
                &[slow.into_value(), add_catch.into_value(), error],
            )?;
            let f = Function::from_js(&ctx, f)?;
            Ok(f.with_name("emit")?.into_value())
        },
    )?;
    Ok(o)
}
