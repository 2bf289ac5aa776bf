//! rode_web: web-platform globals. The JS classes live in `js/` (built-in ids shared with
//! rode_node, compiled to bytecode at build time); native halves in `src/`, such as
//! `internalBinding('encoding')` for TextEncoder/TextDecoder.

pub mod encoding;
pub mod random;
pub mod url;
pub mod wasm;

use rode_core::builtins::Registry;

mod js_table {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));
}

pub fn register(r: &mut Registry) {
    r.add_js(js_table::BUILTIN_IDS, js_table::BUILTIN_CODE);
    r.add_binding("encoding", encoding::init);
    r.add_binding("random", random::init);
    r.add_binding("url", url::init);
    r.add_binding("wasm", wasm::init);
}
