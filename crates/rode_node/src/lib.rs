//! rode_node: the `node:*` modules. Each module is a pair: `js/<module>.js`, the public API
//! in JS, and `src/<module>.rs`, the native half registered as `internalBinding(<name>)`.

pub mod buffer;
pub mod fs;
pub mod os;
pub mod process;
pub mod repl;
pub mod util;

use rode_core::builtins::Registry;

mod js_table {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));
}

/// Adds rode_node's built-in JS and native bindings to `r`.
pub fn register(r: &mut Registry) {
    r.add_js(js_table::BUILTIN_JS);
    r.add_binding("buffer", buffer::init);
    r.add_binding("process", process::init);
    r.add_binding("repl", repl::init);
    r.add_binding("fs", fs::init);
    r.add_binding("os", os::init);
    r.add_binding("util", util::init);
}
