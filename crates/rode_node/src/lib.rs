//! rode_node: the `node:*` modules. Each module is a pair: `js/<module>.js`, the public API
//! in JS, and `src/<module>.rs`, the native half registered as `internalBinding(<name>)`.

pub mod buffer;
pub mod crypto;
pub mod dns;
pub mod events;
pub mod fs;
pub mod http2;
pub mod http_parser;
pub mod net;
pub mod os;
pub mod process;
pub mod process_wrap;
pub mod repl;
pub mod report;
pub mod tls;
pub mod tty;
pub mod udp;
pub mod util;
pub mod v8;
pub mod vm;
pub mod worker;
pub mod zlib;

use rode_core::builtins::Registry;

mod js_table {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));
}

/// Adds rode_node's built-in JS and native bindings to `r`.
pub fn register(r: &mut Registry) {
    r.add_js(js_table::BUILTIN_IDS, js_table::BUILTIN_CODE);
    r.add_binding("buffer", buffer::init);
    r.add_binding("events", events::init);
    r.add_binding("crypto", crypto::init);
    r.add_binding("process", process::init);
    r.add_binding("process_wrap", process_wrap::init);
    r.add_binding("repl", repl::init);
    r.add_binding("report", report::init);
    r.add_binding("fs", fs::init);
    r.add_binding("os", os::init);
    r.add_binding("net", net::init);
    r.add_binding("dns", dns::init);
    r.add_binding("http_parser", http_parser::init);
    r.add_binding("http2", http2::init);
    r.add_binding("tty_wrap", tty::init);
    r.add_binding("util", util::init);
    r.add_binding("v8", v8::init);
    r.add_binding("contextify", vm::init);
    r.add_binding("worker", worker::init);
    r.add_binding("zlib", zlib::init);
    r.add_binding("tls", tls::init);
    r.add_binding("udp", udp::init);
}
