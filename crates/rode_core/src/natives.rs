//! The native bindings rode_core itself provides to the built-in JS:
//! `builtins`, `timers`, `task_queue`, `modules`, `errors_native` and `async_context`.

pub mod builtins_binding;
pub mod errors_native;
pub mod modules;
pub mod task_queue;
pub mod timers;

use crate::builtins::Registry;

/// Registers rode_core's bindings.
pub fn register(r: &mut Registry) {
    r.add_binding("builtins", builtins_binding::init);
    r.add_binding("timers", timers::init);
    r.add_binding("task_queue", task_queue::init);
    r.add_binding("modules", modules::init);
    r.add_binding("errors_native", errors_native::init);
    r.add_binding("async_context", crate::async_context::init);
}
