//! Module resolution and loading shared by CommonJS (driven from JS, `internal/modules/cjs`)
//! and ES modules (QuickJS's loader hooks, [`esm`]).
//!
//! - [`resolve`]: Node's resolution algorithm for `require` and `import`.
//! - [`cjs_lexer`]: finds a CommonJS module's named exports for `import`.
//! - [`esm`]: the QuickJS resolver/loader: files, built-ins, CommonJS and JSON as modules.

pub mod cjs_lexer;
pub mod esm;
pub mod resolve;

use std::cell::OnceCell;

/// The names `require('x')` and `import 'x'` treat as Node built-ins (Node 22's
/// `module.builtinModules`), whether or not rode implements them yet.
pub const NODE_BUILTINS: &[&str] = &[
    "_http_agent",
    "_http_client",
    "_http_common",
    "_http_incoming",
    "_http_outgoing",
    "_http_server",
    "_stream_duplex",
    "_stream_passthrough",
    "_stream_readable",
    "_stream_transform",
    "_stream_wrap",
    "_stream_writable",
    "_tls_common",
    "_tls_wrap",
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "dns/promises",
    "domain",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "inspector",
    "inspector/promises",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "readline/promises",
    "repl",
    "stream",
    "stream/consumers",
    "stream/promises",
    "stream/web",
    "string_decoder",
    "sys",
    "timers",
    "timers/promises",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "util/types",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// Built-ins that exist only with the `node:` prefix.
pub const NODE_PREFIX_ONLY: &[&str] = &["sea", "sqlite", "test", "test/reporters"];

/// Whether `name` (without `node:`) is a built-in: the resolver accepts the prefix-only
/// ones (`test`, `sqlite`, …) only when written with `node:`.
pub fn is_builtin(name: &str) -> bool {
    NODE_BUILTINS.contains(&name) || NODE_PREFIX_ONLY.contains(&name)
}

thread_local! {
    static RESOLVER: OnceCell<resolve::Resolver> = const { OnceCell::new() };
}

/// Creates this thread's resolver with the user's `--conditions` and the global folders
/// (`NODE_PATH`, `~/.node_modules`, …). Call before the first resolution.
pub fn init_resolver(
    conditions: Vec<String>,
    global_paths: Vec<std::path::PathBuf>,
    preserve_symlinks: (bool, bool),
) {
    RESOLVER.with(|r| {
        let mut resolver = resolve::Resolver::new(is_builtin, conditions);
        resolver.set_global_paths(global_paths);
        resolver.set_preserve_symlinks(preserve_symlinks.0, preserve_symlinks.1);
        let _ = r.set(resolver);
    });
}

/// Runs `f` with this thread's resolver (with its package.json cache).
pub fn with_resolver<R>(f: impl FnOnce(&resolve::Resolver) -> R) -> R {
    RESOLVER.with(|r| f(r.get_or_init(|| resolve::Resolver::new(is_builtin, Vec::new()))))
}
