//! Module resolution and loading shared by CommonJS (driven from JS, `internal/modules/cjs`)
//! and ES modules (QuickJS's loader hooks, [`esm`]).
//!
//! - [`resolve`]: Node's resolution algorithm for `require` and `import`.
//! - [`cjs_lexer`]: finds a CommonJS module's named exports for `import`.
//! - [`esm`]: the QuickJS resolver/loader: files, built-ins, CommonJS and JSON as modules.

pub mod cjs_lexer;
pub mod esm;
pub mod resolve;

use std::cell::RefCell;

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
    static RESOLVER: RefCell<Option<resolve::Resolver>> = const { RefCell::new(None) };
}

/// Creates this thread's resolver with the user's `--conditions`. Call before the first
/// resolution.
pub fn init_resolver(conditions: Vec<String>, preserve_symlinks: (bool, bool)) {
    let mut resolver = resolve::Resolver::new(is_builtin, conditions);
    resolver.set_preserve_symlinks(preserve_symlinks.0, preserve_symlinks.1);
    RESOLVER.with(|r| *r.borrow_mut() = Some(resolver));
}

/// Recomputes the global folders from the environment (`Module._initPaths`); returns them.
pub fn reset_global_paths() -> Vec<std::path::PathBuf> {
    let paths = resolve::default_global_paths();
    RESOLVER.with(|r| {
        let mut r = r.borrow_mut();
        r.get_or_insert_with(|| resolve::Resolver::new(is_builtin, Vec::new()))
            .set_global_paths(paths.clone());
    });
    paths
}

/// Changes this thread's resolver (creating it if needed).
pub fn with_resolver_mut<R>(f: impl FnOnce(&mut resolve::Resolver) -> R) -> R {
    RESOLVER.with(|r| {
        let mut slot = r.borrow_mut();
        let resolver = slot.get_or_insert_with(|| resolve::Resolver::new(is_builtin, Vec::new()));
        f(resolver)
    })
}

/// Runs `f` with this thread's resolver (with its package.json cache).
pub fn with_resolver<R>(f: impl FnOnce(&resolve::Resolver) -> R) -> R {
    RESOLVER.with(|r| {
        if r.borrow().is_none() {
            *r.borrow_mut() = Some(resolve::Resolver::new(is_builtin, Vec::new()));
        }
        f(r.borrow().as_ref().expect("resolver"))
    })
}
