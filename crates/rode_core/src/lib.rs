//! rode_core: the engine and the loop.
//!
//! Owns the QuickJS runtime and context ([`runtime`]), Node's event loop with its phases
//! ([`event_loop`]), the table of built-in JS and native bindings ([`builtins`]), module
//! resolution and loading for CommonJS and ES modules ([`modules`]), and the single way to bind
//! a native function ([`bind`]). Node modules live in `rode_node`; they reach the engine only
//! through this crate.

pub mod async_context;
pub mod bind;
pub mod builtins;
pub mod event_loop;
pub mod interrupt;
pub mod memory;
pub mod modules;
pub mod natives;
pub mod profiler;
pub mod runtime;
pub mod strings;

pub use rquickjs;
