//! `internalBinding('v8')`: the engine numbers `node:v8` reports.
//!
//! - `heapStatistics()` → `[malloc_size, malloc_limit (-1: none), memory_used_size,
//!   js_func_code_size, js_func_size, binary_object_size, str_size, obj_size, atom_size,
//!   shape_size, prop_size]` in bytes, from QuickJS's `JS_ComputeMemoryUsage`.
//! - `classId(value)` → QuickJS's class id of an object (0 for other values). The
//!   serializer maps ids to kinds by asking for the ids of sample objects, so it can sort
//!   values with one cheap call instead of a chain of brand checks.

use rode_core::bind;
use rquickjs::{qjs, Ctx, Object, Result, Value};

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(ctx, &o, "heapStatistics", |ctx: Ctx<'js>| -> Vec<f64> {
        let mut u: qjs::JSMemoryUsage = unsafe { std::mem::zeroed() };
        // SAFETY: the runtime pointer comes from a live context on this thread, and `u` is a
        // plain struct the call fills in.
        unsafe { qjs::JS_ComputeMemoryUsage(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), &mut u) };
        let limit = if u.malloc_limit <= 0 || u.malloc_limit as u64 >= (1u64 << 53) {
            -1.0
        } else {
            u.malloc_limit as f64
        };
        vec![
            u.malloc_size as f64,
            limit,
            u.memory_used_size as f64,
            u.js_func_code_size as f64,
            u.js_func_size as f64,
            u.binary_object_size as f64,
            u.str_size as f64,
            u.obj_size as f64,
            u.atom_size as f64,
            u.shape_size as f64,
            u.prop_size as f64,
        ]
    })?;
    bind::func(ctx, &o, "classId", |v: Value<'js>| -> u32 {
        if v.is_object() {
            // SAFETY: reads the class id of a live object value.
            unsafe { qjs::JS_GetClassID(v.as_raw()) }
        } else {
            0
        }
    })?;
    Ok(o)
}
