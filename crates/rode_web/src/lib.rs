//! rode_web: web-platform globals. Today: the native half of `TextEncoder`/`TextDecoder`
//! (`internalBinding('encoding')`); the JS classes live in rode_node's `internal/encoding`.

pub mod encoding;

use rode_core::builtins::Registry;

pub fn register(r: &mut Registry) {
    r.add_binding("encoding", encoding::init);
}
