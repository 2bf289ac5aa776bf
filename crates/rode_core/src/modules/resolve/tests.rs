//! Unit tests with real directory trees under the system temp dir.

use super::*;
use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Tree {
    root: PathBuf,
}

impl Tree {
    fn new(name: &str) -> Tree {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "rode-resolve-{}-{}-{}",
            name,
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Tree {
            root: fs::canonicalize(&dir).unwrap(),
        }
    }

    fn file(&self, rel: &str, content: &str) -> &Self {
        let p = self.root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, content).unwrap();
        self
    }

    fn files(&self, rels: &[&str]) -> &Self {
        for r in rels {
            self.file(r, "");
        }
        self
    }

    fn dir(&self, rel: &str) -> &Self {
        fs::create_dir_all(self.root.join(rel)).unwrap();
        self
    }

    fn symlink(&self, target_rel: &str, link_rel: &str) -> &Self {
        let link = self.root.join(link_rel);
        fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(self.root.join(target_rel), link).unwrap();
        self
    }

    fn p(&self, rel: &str) -> PathBuf {
        if rel.is_empty() {
            self.root.clone()
        } else {
            self.root.join(rel)
        }
    }

    fn url(&self, rel: &str) -> String {
        path_to_file_url(&self.p(rel))
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn is_builtin(id: &str) -> bool {
    matches!(
        id,
        "fs" | "fs/promises"
            | "path"
            | "events"
            | "test"
            | "test/reporters"
            | "sea"
            | "sqlite"
            | "util"
    )
}

fn resolver() -> Resolver {
    let mut r = Resolver::new(is_builtin, vec![]);
    r.set_global_paths(vec![]);
    r
}

/// `require(request)` from `<root>/<parent_file>`.
fn req(r: &Resolver, t: &Tree, parent_file: &str, request: &str) -> Result<Resolved, ResolveError> {
    r.resolve_require_from(request, Some(&t.p(parent_file)), None)
}

fn ok_file(res: Result<Resolved, ResolveError>) -> PathBuf {
    match res {
        Ok(Resolved::File(p)) => p,
        other => panic!("expected a file, got {other:?}"),
    }
}

fn err_code(res: Result<Resolved, ResolveError>) -> &'static str {
    match res {
        Err(e) => e.code,
        Ok(r) => panic!("expected an error, got {r:?}"),
    }
}

fn imp(
    r: &Resolver,
    t: &Tree,
    parent_file: &str,
    specifier: &str,
) -> Result<Resolved, ResolveError> {
    r.resolve_import(specifier, &t.url(parent_file))
}

// ---------------------------------------------------------------------------
// CommonJS: files and directories
// ---------------------------------------------------------------------------

#[test]
fn cjs_load_as_file_order() {
    let t = Tree::new("file-order");
    t.files(&[
        "app/main.js",
        "app/a",
        "app/a.js",
        "app/b.json",
        "app/b.node",
        "app/c.node",
        "app/d.js.js",
    ]);
    let r = resolver();
    // Exact name first, then .js, .json, .node.
    assert_eq!(ok_file(req(&r, &t, "app/main.js", "./a")), t.p("app/a"));
    assert_eq!(
        ok_file(req(&r, &t, "app/main.js", "./b")),
        t.p("app/b.json")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/main.js", "./c")),
        t.p("app/c.node")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/main.js", "./d.js")),
        t.p("app/d.js.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/main.js", "./main")),
        t.p("app/main.js")
    );
    assert_eq!(
        err_code(req(&r, &t, "app/main.js", "./nope")),
        "MODULE_NOT_FOUND"
    );
    // Absolute request.
    assert_eq!(
        ok_file(req(&r, &t, "app/main.js", t.p("app/b").to_str().unwrap())),
        t.p("app/b.json")
    );
    // Custom extension list.
    let mut r2 = resolver();
    r2.set_extensions(vec![".node".into(), ".js".into()]);
    assert_eq!(
        ok_file(req(&r2, &t, "app/main.js", "./b")),
        t.p("app/b.node")
    );
}

#[test]
fn cjs_relative_forms_and_trailing_slash() {
    let t = Tree::new("relative");
    t.files(&[
        "index.js",
        "app/index.js",
        "app/sub/x.js",
        "app/file.js",
        "app/dir.js",
        "app/dir/index.js",
    ]);
    let r = resolver();
    assert_eq!(
        ok_file(req(&r, &t, "app/sub/x.js", "..")),
        t.p("app/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/sub/x.js", "../")),
        t.p("app/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", ".")),
        t.p("app/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./")),
        t.p("app/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/sub/x.js", "../..")),
        t.p("index.js")
    );
    // "./dir" is the file dir.js; "./dir/" only the directory.
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./dir")),
        t.p("app/dir.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./dir/")),
        t.p("app/dir/index.js")
    );
    // A file with a trailing slash is not found.
    assert_eq!(
        err_code(req(&r, &t, "app/index.js", "./file.js/")),
        "MODULE_NOT_FOUND"
    );
    // "..foo" and ".foo" are not relative-dot-dot forms.
    assert_eq!(
        err_code(req(&r, &t, "app/index.js", ".foo")),
        "MODULE_NOT_FOUND"
    );
    // Lexical "..": through a path that does not exist as a directory.
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./nope/../file.js")),
        t.p("app/file.js")
    );
}

#[test]
fn cjs_directory_main_and_index() {
    let t = Tree::new("dir-main");
    t.file("app/index.js", "")
        .file("app/m1/package.json", r#"{"main":"lib/entry"}"#)
        .file("app/m1/lib/entry.js", "")
        .file("app/m2/package.json", r#"{"main":"./lib"}"#)
        .file("app/m2/lib/index.json", "{}")
        .file("app/m3/package.json", r#"{"main":"missing.js"}"#)
        .file("app/m3/index.js", "")
        .file("app/m4/package.json", r#"{"main":"missing.js"}"#)
        .file("app/m5/package.json", r#"{"main":""}"#)
        .file("app/m5/index.node", "")
        .file("app/m6/package.json", r#"{"main":7}"#)
        .file("app/m6/index.js", "")
        .file("app/m7/index.json", "{}")
        .dir("app/empty");
    let r = resolver();
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./m1")),
        t.p("app/m1/lib/entry.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./m2")),
        t.p("app/m2/lib/index.json")
    );
    assert!(r.take_warnings().is_empty());
    // Broken main falls back to index.js with DEP0128.
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./m3")),
        t.p("app/m3/index.js")
    );
    let w = r.take_warnings();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].code, "DEP0128");
    assert_eq!(
        w[0].message,
        format!(
            "Invalid 'main' field in '{}' of 'missing.js'. Please either fix that or report it to the module author",
            t.p("app/m3/package.json").display()
        )
    );
    // No index either: MODULE_NOT_FOUND naming the main.
    let e = req(&r, &t, "app/index.js", "./m4").unwrap_err();
    assert_eq!(e.code, "MODULE_NOT_FOUND");
    assert_eq!(e.get("requestPath"), Some("./m4"));
    assert_eq!(
        e.get("path").map(PathBuf::from),
        Some(t.p("app/m4/package.json"))
    );
    assert_eq!(
        e.message(),
        format!(
            "Cannot find module '{}'. Please verify that the package.json has a valid \"main\" entry",
            t.p("app/m4/missing.js").display()
        )
    );
    // Empty or non-string main: as if missing (no warning).
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./m5")),
        t.p("app/m5/index.node")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./m6")),
        t.p("app/m6/index.js")
    );
    assert!(r.take_warnings().is_empty());
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./m7")),
        t.p("app/m7/index.json")
    );
    assert_eq!(
        err_code(req(&r, &t, "app/index.js", "./empty")),
        "MODULE_NOT_FOUND"
    );
}

#[test]
fn cjs_node_modules_walk() {
    let t = Tree::new("walk");
    t.files(&[
        "node_modules/top/index.js",
        "node_modules/dup/index.js",
        "node_modules/mid/index.js",
        "node_modules/mid/node_modules/dup/index.js",
        "node_modules/@s/p/index.js",
        "node_modules/@s/p/f.js",
        "a/b/c/file.js",
        "node_modules/node_modules/hidden/index.js",
    ])
    .file("node_modules/pkg/package.json", r#"{"main":"lib/main.js"}"#)
    .file("node_modules/pkg/lib/main.js", "")
    .file("node_modules/pkg/other.js", "");
    let r = resolver();
    assert_eq!(
        ok_file(req(&r, &t, "a/b/c/file.js", "top")),
        t.p("node_modules/top/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "a/b/c/file.js", "pkg")),
        t.p("node_modules/pkg/lib/main.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "a/b/c/file.js", "pkg/other")),
        t.p("node_modules/pkg/other.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "a/b/c/file.js", "@s/p")),
        t.p("node_modules/@s/p/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "a/b/c/file.js", "@s/p/f")),
        t.p("node_modules/@s/p/f.js")
    );
    // Nearest first.
    assert_eq!(
        ok_file(req(&r, &t, "node_modules/mid/index.js", "dup")),
        t.p("node_modules/mid/node_modules/dup/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "node_modules/mid/index.js", "top")),
        t.p("node_modules/top/index.js")
    );
    // node_modules/node_modules is never searched.
    assert_eq!(
        err_code(req(&r, &t, "node_modules/mid/index.js", "hidden")),
        "MODULE_NOT_FOUND"
    );
    let e = req(&r, &t, "a/b/c/file.js", "nope").unwrap_err();
    assert_eq!(
        (e.code, e.message()),
        ("MODULE_NOT_FOUND", "Cannot find module 'nope'".to_string())
    );
    // Global folders come last.
    let mut r2 = resolver();
    t.file("global/gpkg.js", "");
    r2.set_global_paths(vec![t.p("global")]);
    assert_eq!(
        ok_file(req(&r2, &t, "a/b/c/file.js", "gpkg")),
        t.p("global/gpkg.js")
    );
    // No parent: bare requests only use the global folders.
    assert_eq!(
        ok_file(r2.resolve_require("gpkg", None, None)),
        t.p("global/gpkg.js")
    );
    assert_eq!(
        err_code(r2.resolve_require("top", None, None)),
        "MODULE_NOT_FOUND"
    );
}

#[test]
fn cjs_paths_option() {
    let t = Tree::new("paths");
    t.files(&[
        "a/x.js",
        "b/x.js",
        "b/node_modules/dep/index.js",
        "c/index.js",
    ]);
    let r = resolver();
    let paths = vec![t.p("a"), t.p("b")];
    // Relative: each path is a starting directory.
    assert_eq!(
        ok_file(r.resolve_require("./x", Some(&t.p("c")), Some(&paths))),
        t.p("a/x.js")
    );
    // Bare: the node_modules folders of each path.
    assert_eq!(
        ok_file(r.resolve_require("dep", Some(&t.p("c")), Some(&paths))),
        t.p("b/node_modules/dep/index.js")
    );
    assert_eq!(
        ok_file(r.resolve_require("dep", None, Some(&[t.p("b/deeper/still")]))),
        t.p("b/node_modules/dep/index.js")
    );
    assert_eq!(
        err_code(r.resolve_require("dep", Some(&t.p("b")), Some(&[t.p("a")]))),
        "MODULE_NOT_FOUND"
    );
    // lookup_paths (require.resolve.paths).
    assert_eq!(r.lookup_paths("fs", None), None);
    assert_eq!(r.lookup_paths("./x", Some(&t.p("c"))), Some(vec![t.p("c")]));
    assert_eq!(
        r.lookup_paths("dep", Some(&t.p("c"))),
        Some(node_module_paths(&t.p("c")))
    );
}

#[test]
fn cjs_builtins() {
    let t = Tree::new("builtins");
    t.files(&[
        "index.js",
        "node_modules/test/index.js",
        "node_modules/fs/index.js",
    ]);
    let r = resolver();
    assert_eq!(
        req(&r, &t, "index.js", "fs"),
        Ok(Resolved::Builtin("fs".into()))
    );
    assert_eq!(
        req(&r, &t, "index.js", "node:fs"),
        Ok(Resolved::Builtin("fs".into()))
    );
    assert_eq!(
        req(&r, &t, "index.js", "node:fs/promises"),
        Ok(Resolved::Builtin("fs/promises".into()))
    );
    assert_eq!(
        req(&r, &t, "index.js", "node:test"),
        Ok(Resolved::Builtin("test".into()))
    );
    // "test" without the scheme is a package.
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "test")),
        t.p("node_modules/test/index.js")
    );
    let e = req(&r, &t, "index.js", "node:nope").unwrap_err();
    assert_eq!(
        (e.code, e.message()),
        (
            "ERR_UNKNOWN_BUILTIN_MODULE",
            "No such built-in module: node:nope".to_string()
        )
    );
}

#[test]
fn cjs_symlinks_are_resolved() {
    let t = Tree::new("symlinks");
    t.files(&[
        "app/index.js",
        "real/file.js",
        "store/pkg/index.js",
        "store/pkg/dep.js",
    ])
    .symlink("real/file.js", "app/link.js")
    .symlink("store/pkg", "app/node_modules/pkg")
    .symlink("real", "app/realdir");
    let r = resolver();
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./link")),
        t.p("real/file.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./link.js")),
        t.p("real/file.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "pkg")),
        t.p("store/pkg/index.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "./realdir/file")),
        t.p("real/file.js")
    );
    // The main entry is made real too.
    assert_eq!(
        r.resolve_main(t.p("app/link").to_str().unwrap()).unwrap(),
        t.p("real/file.js")
    );
    assert_eq!(
        r.resolve_main(t.p("app/node_modules/pkg").to_str().unwrap())
            .unwrap(),
        t.p("store/pkg/index.js")
    );
    assert_eq!(
        r.resolve_main(t.p("app/nope").to_str().unwrap())
            .unwrap_err()
            .code,
        "MODULE_NOT_FOUND"
    );
    // --preserve-symlinks keeps the link path (not for the main).
    let mut r2 = resolver();
    r2.set_preserve_symlinks(true, false);
    assert_eq!(
        ok_file(req(&r2, &t, "app/index.js", "./link")),
        t.p("app/link.js")
    );
    assert_eq!(
        r2.resolve_main(t.p("app/link").to_str().unwrap()).unwrap(),
        t.p("real/file.js")
    );
}

#[test]
fn files_created_later_are_found() {
    let t = Tree::new("late");
    t.file("index.js", "");
    let r = resolver();
    assert_eq!(
        err_code(req(&r, &t, "index.js", "./later")),
        "MODULE_NOT_FOUND"
    );
    t.file("later.js", "");
    assert_eq!(ok_file(req(&r, &t, "index.js", "./later")), t.p("later.js"));
}

#[test]
fn package_json_is_cached_including_absence() {
    let t = Tree::new("cache");
    t.file("index.js", "")
        .file("p/package.json", r#"{"main":"a.js"}"#)
        .files(&["p/a.js", "p/b.js", "q/index.js", "q/main.js"]);
    let r = resolver();
    assert_eq!(ok_file(req(&r, &t, "index.js", "./p")), t.p("p/a.js"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "./q")), t.p("q/index.js"));
    // Changes after the first read are not seen (Node reads each once).
    t.file("p/package.json", r#"{"main":"b.js"}"#);
    t.file("q/package.json", r#"{"main":"main.js"}"#);
    assert_eq!(ok_file(req(&r, &t, "index.js", "./p")), t.p("p/a.js"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "./q")), t.p("q/index.js"));
    r.clear_cache();
    assert_eq!(ok_file(req(&r, &t, "index.js", "./p")), t.p("p/b.js"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "./q")), t.p("q/main.js"));
}

#[test]
fn broken_package_json() {
    let t = Tree::new("broken");
    t.file("index.js", "")
        .file("node_modules/bad/package.json", "{ nope")
        .file("node_modules/bad/index.js", "")
        .file("scope/package.json", "[1,")
        .file("scope/a.js", "")
        .file("bom/package.json", "\u{feff}{\"main\":\"m.js\"}")
        .file("bom/m.js", "");
    let r = resolver();
    let e = req(&r, &t, "index.js", "bad").unwrap_err();
    assert_eq!(e.code, "ERR_INVALID_PACKAGE_CONFIG");
    assert_eq!(
        e.get("path").map(PathBuf::from),
        Some(t.p("node_modules/bad/package.json"))
    );
    assert!(e.message().starts_with(&format!(
        "Invalid package config {}. ",
        t.p("node_modules/bad/package.json").display()
    )));
    // The requiring file's own scope is read for self-reference: same error.
    assert_eq!(
        err_code(req(&r, &t, "scope/a.js", "./a")),
        "ERR_INVALID_PACKAGE_CONFIG"
    );
    // Errors are not cached.
    assert_eq!(
        err_code(req(&r, &t, "scope/a.js", "./a")),
        "ERR_INVALID_PACKAGE_CONFIG"
    );
    let e = imp(&r, &t, "index.js", "bad").unwrap_err();
    assert_eq!(e.code, "ERR_INVALID_PACKAGE_CONFIG");
    assert_eq!(
        e.get("base"),
        Some(format!("\"bad\" from {}", t.p("index.js").display()).as_str())
    );
    assert_eq!(
        r.try_format_of(&t.p("scope/a.js")).unwrap_err().code,
        "ERR_INVALID_PACKAGE_CONFIG"
    );
    assert!(r.package_scope(&t.p("scope/a.js")).is_none());
    // A UTF-8 BOM is skipped.
    assert_eq!(ok_file(req(&r, &t, "index.js", "./bom")), t.p("bom/m.js"));
}

// ---------------------------------------------------------------------------
// "exports"
// ---------------------------------------------------------------------------

fn exports_tree(name: &str) -> Tree {
    let t = Tree::new(name);
    t.file("index.js", "").file(
        "node_modules/e/package.json",
        r#"{
          "name": "e",
          "main": "ignored.js",
          "exports": {
            ".": {"import": "./esm.mjs", "require": "./cjs.cjs"},
            "./sub": "./lib/sub.js",
            "./feat/*": "./lib/feat/*.js",
            "./feat/*.json": "./lib/feat/*.json",
            "./feat/internal/*": null,
            "./arr": ["bad-not-relative", {"worker": "./w.js"}, "./lib/sub.js"],
            "./arr-bad": ["bad", "worse"],
            "./nested": {"node": {"require": {"default": "./n.cjs"}, "import": "./n.mjs"}},
            "./none": {"browser": "./b.js"},
            "./nullt": null,
            "./invalid": "lib/sub.js",
            "./escape": "./../x.js",
            "./nm": "./node_modules/x.js",
            "./numkeys": {"0": "./a.js"},
            "./num": 5,
            "./missing": "./lib/missing.js",
            "./dir": "./lib",
            "./enc": "./lib/%2Fx.js",
            "./pct": "./lib/a%20b.js",
            "./deep/*": "./lib/deep/*",
            "./q": "./lib/sub.js?x=1#h",
            "./package.json": "./package.json"
          }
        }"#,
    );
    t.files(&[
        "node_modules/e/esm.mjs",
        "node_modules/e/cjs.cjs",
        "node_modules/e/ignored.js",
        "node_modules/e/lib/sub.js",
        "node_modules/e/lib/feat/a.js",
        "node_modules/e/lib/feat/b.json",
        "node_modules/e/lib/feat/b.json.js",
        "node_modules/e/lib/feat/internal/i.js",
        "node_modules/e/n.cjs",
        "node_modules/e/n.mjs",
        "node_modules/e/lib/a b.js",
        "node_modules/e/lib/deep/x/y.js",
        "node_modules/e/lib/deep/node_modules/z.js",
        "node_modules/e/lib/index.js",
    ]);
    t
}

#[test]
fn exports_conditions_and_subpaths() {
    let t = exports_tree("exports");
    let r = resolver();
    let nm = |rel: &str| t.p(&format!("node_modules/e/{rel}"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "e")), nm("cjs.cjs"));
    assert_eq!(ok_file(imp(&r, &t, "index.js", "e")), nm("esm.mjs"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "e/sub")), nm("lib/sub.js"));
    // Patterns: the longest prefix wins; no extension guessing inside exports.
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "e/feat/a")),
        nm("lib/feat/a.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "e/feat/b.json")),
        nm("lib/feat/b.json")
    );
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "e/deep/x/y.js")),
        nm("lib/deep/x/y.js")
    );
    // null target hides a subtree.
    let e = req(&r, &t, "index.js", "e/feat/internal/i").unwrap_err();
    assert_eq!(e.code, "ERR_PACKAGE_PATH_NOT_EXPORTED");
    assert_eq!(
        e.message(),
        format!(
            "Package subpath './feat/internal/i' is not defined by \"exports\" in {}package.json",
            nm("").display()
        )
    );
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/nullt")),
        "ERR_PACKAGE_PATH_NOT_EXPORTED"
    );
    // Not exported even though the file exists.
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/ignored.js")),
        "ERR_PACKAGE_PATH_NOT_EXPORTED"
    );
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/lib/sub.js")),
        "ERR_PACKAGE_PATH_NOT_EXPORTED"
    );
    // Arrays: invalid entries and unmatched conditions are skipped.
    assert_eq!(ok_file(req(&r, &t, "index.js", "e/arr")), nm("lib/sub.js"));
    let e = req(&r, &t, "index.js", "e/arr-bad").unwrap_err();
    assert_eq!(e.code, "ERR_INVALID_PACKAGE_TARGET");
    assert_eq!(e.get("target"), Some("worse"));
    // Nested conditions.
    assert_eq!(ok_file(req(&r, &t, "index.js", "e/nested")), nm("n.cjs"));
    assert_eq!(ok_file(imp(&r, &t, "index.js", "e/nested")), nm("n.mjs"));
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/none")),
        "ERR_PACKAGE_PATH_NOT_EXPORTED"
    );
    // Invalid targets.
    let e = req(&r, &t, "index.js", "e/invalid").unwrap_err();
    assert_eq!(e.code, "ERR_INVALID_PACKAGE_TARGET");
    assert_eq!(
        e.message(),
        format!(
            "Invalid \"exports\" target \"lib/sub.js\" defined for './invalid' in the package config {}package.json; targets must start with \"./\"",
            nm("").display()
        )
    );
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/escape")),
        "ERR_INVALID_PACKAGE_TARGET"
    );
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/nm")),
        "ERR_INVALID_PACKAGE_TARGET"
    );
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/num")),
        "ERR_INVALID_PACKAGE_TARGET"
    );
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/numkeys")),
        "ERR_INVALID_PACKAGE_CONFIG"
    );
    // Invalid pattern substitutions.
    let e = req(&r, &t, "index.js", "e/deep/../index.js").unwrap_err();
    assert_eq!(e.code, "ERR_INVALID_MODULE_SPECIFIER");
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/deep/node_modules/z.js")),
        "ERR_INVALID_MODULE_SPECIFIER"
    );
    // A target that does not exist / is a directory.
    let e = req(&r, &t, "index.js", "e/missing").unwrap_err();
    assert_eq!(e.code, "MODULE_NOT_FOUND");
    // (Node names the target file here, not the request.)
    assert_eq!(
        e.get("request").map(PathBuf::from),
        Some(nm("lib/missing.js"))
    );
    assert_eq!(e.get("path").map(PathBuf::from), Some(nm("package.json")));
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/dir")),
        "MODULE_NOT_FOUND"
    );
    assert_eq!(
        err_code(imp(&r, &t, "index.js", "e/dir")),
        "ERR_UNSUPPORTED_DIR_IMPORT"
    );
    // Encoded separators, percent-decoding, query/hash.
    assert_eq!(
        err_code(req(&r, &t, "index.js", "e/enc")),
        "ERR_INVALID_MODULE_SPECIFIER"
    );
    assert_eq!(ok_file(req(&r, &t, "index.js", "e/pct")), nm("lib/a b.js"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "e/q")), nm("lib/sub.js"));
    let (_, u) = r.resolve_import_url("e/q", &t.url("index.js")).unwrap();
    assert_eq!(u, format!("{}?x=1#h", path_to_file_url(&nm("lib/sub.js"))));
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "e/package.json")),
        nm("package.json")
    );
}

#[test]
fn exports_sugar_order_and_config_errors() {
    let t = Tree::new("exports-forms");
    t.file("index.js", "")
        .file(
            "node_modules/s/package.json",
            r#"{"exports": "./dist/i.js"}"#,
        )
        .file("node_modules/s/dist/i.js", "")
        .file(
            "node_modules/arr/package.json",
            r#"{"exports": ["./nope-not-here.js", "./i.js"]}"#,
        )
        .file("node_modules/arr/i.js", "")
        // Condition order is the order in the file, not alphabetical.
        .file(
            "node_modules/o1/package.json",
            r#"{"exports": {"node": "./node.js", "default": "./def.js"}}"#,
        )
        .file(
            "node_modules/o2/package.json",
            r#"{"exports": {"default": "./def.js", "node": "./node.js"}}"#,
        )
        .files(&[
            "node_modules/o1/node.js",
            "node_modules/o1/def.js",
            "node_modules/o2/node.js",
            "node_modules/o2/def.js",
        ])
        .file(
            "node_modules/mixed/package.json",
            r#"{"exports": {".": "./a.js", "import": "./b.js"}}"#,
        )
        .file(
            "node_modules/nul/package.json",
            r#"{"exports": null, "main": "m.js"}"#,
        )
        .file("node_modules/nul/m.js", "")
        .file(
            "node_modules/dot/package.json",
            r#"{"exports": {"./x": "./x.js"}}"#,
        )
        .files(&["node_modules/dot/x.js", "node_modules/dot/index.js"])
        .file(
            "node_modules/addon/package.json",
            r#"{"exports": {"node-addons": "./n.node", "default": "./f.js"}}"#,
        )
        .files(&["node_modules/addon/n.node", "node_modules/addon/f.js"])
        .file(
            "node_modules/custom/package.json",
            r#"{"exports": {"custom": "./c.js", "default": "./d.js"}}"#,
        )
        .files(&["node_modules/custom/c.js", "node_modules/custom/d.js"]);
    let r = resolver();
    let nm = |rel: &str| t.p(&format!("node_modules/{rel}"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "s")), nm("s/dist/i.js"));
    assert_eq!(
        err_code(req(&r, &t, "index.js", "s/dist/i.js")),
        "ERR_PACKAGE_PATH_NOT_EXPORTED"
    );
    // An array target takes the first valid one even if the file is missing.
    assert_eq!(err_code(req(&r, &t, "index.js", "arr")), "MODULE_NOT_FOUND");
    assert_eq!(ok_file(req(&r, &t, "index.js", "o1")), nm("o1/node.js"));
    assert_eq!(ok_file(req(&r, &t, "index.js", "o2")), nm("o2/def.js"));
    assert_eq!(
        err_code(req(&r, &t, "index.js", "mixed")),
        "ERR_INVALID_PACKAGE_CONFIG"
    );
    assert_eq!(ok_file(req(&r, &t, "index.js", "nul")), nm("nul/m.js"));
    let e = req(&r, &t, "index.js", "dot").unwrap_err();
    assert_eq!(e.code, "ERR_PACKAGE_PATH_NOT_EXPORTED");
    assert_eq!(
        e.message(),
        format!(
            "No \"exports\" main defined in {}package.json",
            nm("dot/").display()
        )
    );
    let e = imp(&r, &t, "index.js", "dot").unwrap_err();
    assert_eq!(
        e.message(),
        format!(
            "No \"exports\" main defined in {}package.json imported from {}",
            nm("dot/").display(),
            t.p("index.js").display()
        )
    );
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "addon")),
        nm("addon/n.node")
    );
    // User conditions.
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "custom")),
        nm("custom/d.js")
    );
    let mut r2 = Resolver::new(is_builtin, vec!["custom".into()]);
    r2.set_global_paths(vec![]);
    assert_eq!(
        ok_file(req(&r2, &t, "index.js", "custom")),
        nm("custom/c.js")
    );
    assert_eq!(
        ok_file(imp(&r2, &t, "index.js", "custom")),
        nm("custom/c.js")
    );
}

#[test]
fn self_reference() {
    let t = Tree::new("self");
    t.file(
        "pkg/package.json",
        r#"{"name": "@me/pkg", "exports": {".": "./main.js", "./util": {"require": "./u.cjs", "import": "./u.mjs"}}}"#,
    )
    .files(&["pkg/main.js", "pkg/u.cjs", "pkg/u.mjs", "pkg/src/deep/file.js"])
    .file("noexp/package.json", r#"{"name": "noexp", "main": "m.js"}"#)
    .files(&["noexp/m.js", "noexp/a.js"]);
    let r = resolver();
    assert_eq!(
        ok_file(req(&r, &t, "pkg/src/deep/file.js", "@me/pkg")),
        t.p("pkg/main.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "pkg/src/deep/file.js", "@me/pkg/util")),
        t.p("pkg/u.cjs")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "pkg/src/deep/file.js", "@me/pkg/util")),
        t.p("pkg/u.mjs")
    );
    let e = req(&r, &t, "pkg/src/deep/file.js", "@me/pkg/nope").unwrap_err();
    assert_eq!(e.code, "ERR_PACKAGE_PATH_NOT_EXPORTED");
    // In CommonJS the base is the requiring file.
    assert_eq!(
        e.get("base").map(PathBuf::from),
        Some(t.p("pkg/src/deep/file.js"))
    );
    // Without "exports" there is no self-reference.
    assert_eq!(
        err_code(req(&r, &t, "noexp/a.js", "noexp")),
        "MODULE_NOT_FOUND"
    );
}

// ---------------------------------------------------------------------------
// "imports"
// ---------------------------------------------------------------------------

#[test]
fn package_imports() {
    let t = Tree::new("imports");
    t.file(
        "package.json",
        r##"{"imports": {
            "#a": "./src/a.js",
            "#cond": {"require": "./c.cjs", "import": "./c.mjs"},
            "#int/*": "./src/int/*.js",
            "#int/special": "./src/special.js",
            "#dep": "dep",
            "#depsub/*": "dep/*",
            "#fs": "fs",
            "#nodefs": "node:fs",
            "#null": null,
            "#escape": "../x.js",
            "#missing": "./nope.js"
        }}"##,
    )
    .files(&[
        "app/index.js",
        "src/a.js",
        "c.cjs",
        "c.mjs",
        "src/int/x.js",
        "src/special.js",
        "node_modules/dep/index.js",
        "node_modules/dep/f.js",
    ]);
    let r = resolver();
    assert_eq!(ok_file(req(&r, &t, "app/index.js", "#a")), t.p("src/a.js"));
    assert_eq!(ok_file(req(&r, &t, "app/index.js", "#cond")), t.p("c.cjs"));
    assert_eq!(ok_file(imp(&r, &t, "app/index.js", "#cond")), t.p("c.mjs"));
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "#int/x")),
        t.p("src/int/x.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "#int/special")),
        t.p("src/special.js")
    );
    assert_eq!(
        ok_file(req(&r, &t, "app/index.js", "#dep")),
        t.p("node_modules/dep/index.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/index.js", "#dep")),
        t.p("node_modules/dep/index.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/index.js", "#depsub/f.js")),
        t.p("node_modules/dep/f.js")
    );
    assert_eq!(
        req(&r, &t, "app/index.js", "#fs"),
        Ok(Resolved::Builtin("fs".into()))
    );
    assert_eq!(
        imp(&r, &t, "app/index.js", "#fs"),
        Ok(Resolved::Builtin("fs".into()))
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/index.js", "#nodefs")),
        "ERR_INVALID_PACKAGE_TARGET"
    );
    let e = req(&r, &t, "app/index.js", "#null").unwrap_err();
    assert_eq!(e.code, "ERR_PACKAGE_IMPORT_NOT_DEFINED");
    assert_eq!(
        e.message(),
        format!(
            "Package import specifier \"#null\" is not defined in package {}/package.json imported from {}",
            t.root.display(),
            t.p("app/index.js").display()
        )
    );
    assert_eq!(
        err_code(req(&r, &t, "app/index.js", "#undefined")),
        "ERR_PACKAGE_IMPORT_NOT_DEFINED"
    );
    assert_eq!(
        err_code(req(&r, &t, "app/index.js", "#escape")),
        "ERR_INVALID_PACKAGE_TARGET"
    );
    for bad in ["#", "#/x", "#a/"] {
        assert_eq!(
            err_code(req(&r, &t, "app/index.js", bad)),
            "ERR_INVALID_MODULE_SPECIFIER",
            "{bad}"
        );
    }
    let e = req(&r, &t, "app/index.js", "#missing").unwrap_err();
    assert_eq!(e.code, "MODULE_NOT_FOUND");
    assert_eq!(e.get("request").map(PathBuf::from), Some(t.p("nope.js")));
    assert_eq!(
        err_code(imp(&r, &t, "app/index.js", "#missing")),
        "ERR_MODULE_NOT_FOUND"
    );
}

#[test]
fn imports_without_imports_field_falls_through_in_cjs() {
    let t = Tree::new("imports-none");
    t.file("package.json", r#"{"name": "x"}"#)
        .files(&["index.js", "node_modules/#weird/index.js"]);
    let r = resolver();
    // CommonJS only uses "imports" when the scope has the field.
    assert_eq!(
        ok_file(req(&r, &t, "index.js", "#weird")),
        t.p("node_modules/#weird/index.js")
    );
    let e = imp(&r, &t, "index.js", "#weird").unwrap_err();
    assert_eq!(e.code, "ERR_PACKAGE_IMPORT_NOT_DEFINED");
}

// ---------------------------------------------------------------------------
// ESM specifics
// ---------------------------------------------------------------------------

#[test]
fn esm_files_urls_and_errors() {
    let t = Tree::new("esm");
    t.files(&[
        "app/main.mjs",
        "app/lib.js",
        "app/a b.js",
        "app/ü.js",
        "app/dir/index.js",
        "app/100%.js",
    ])
    .file(
        "node_modules/legacy/package.json",
        r#"{"main": "lib/entry"}"#,
    )
    .file("node_modules/legacy/lib/entry.js", "")
    .files(&["node_modules/plain/index.js", "node_modules/plain/x.js"])
    .symlink("app/lib.js", "app/link.js");
    let r = resolver();
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "./lib.js")),
        t.p("app/lib.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "../app/./lib.js")),
        t.p("app/lib.js")
    );
    assert_eq!(
        ok_file(imp(
            &r,
            &t,
            "app/main.mjs",
            t.p("app/lib.js").to_str().unwrap()
        )),
        t.p("app/lib.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", &t.url("app/lib.js"))),
        t.p("app/lib.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "./a%20b.js")),
        t.p("app/a b.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "./a b.js")),
        t.p("app/a b.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "./%C3%BC.js")),
        t.p("app/ü.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "./100%25.js")),
        t.p("app/100%.js")
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "./100%.js")),
        "URI_MALFORMED"
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "./link.js")),
        t.p("app/lib.js")
    );
    let (_, u) = r
        .resolve_import_url("./link.js?v=1#x", &t.url("app/main.mjs"))
        .unwrap();
    assert_eq!(u, format!("{}?v=1#x", t.url("app/lib.js")));
    // No extension guessing, no directory index.
    let e = imp(&r, &t, "app/main.mjs", "./lib").unwrap_err();
    assert_eq!(e.code, "ERR_MODULE_NOT_FOUND");
    assert_eq!(e.get("type"), Some("module"));
    assert_eq!(e.get("url"), Some(t.url("app/lib").as_str()));
    let e = imp(&r, &t, "app/main.mjs", "./dir").unwrap_err();
    assert_eq!(e.code, "ERR_UNSUPPORTED_DIR_IMPORT");
    assert_eq!(
        e.message(),
        format!(
            "Directory import '{}' is not supported resolving ES modules imported from {}",
            t.p("app/dir").display(),
            t.p("app/main.mjs").display()
        )
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "./nodir/")),
        "ERR_UNSUPPORTED_DIR_IMPORT"
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "./a%2Fb.js")),
        "ERR_INVALID_MODULE_SPECIFIER"
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "./a%5Cb.js")),
        "ERR_INVALID_MODULE_SPECIFIER"
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "//host/x.js")),
        "ERR_INVALID_FILE_URL_HOST"
    );
    // Packages: legacy main, subpaths without guessing.
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "legacy")),
        t.p("node_modules/legacy/lib/entry.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "plain")),
        t.p("node_modules/plain/index.js")
    );
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "plain/x.js")),
        t.p("node_modules/plain/x.js")
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "plain/x")),
        "ERR_MODULE_NOT_FOUND"
    );
    let e = imp(&r, &t, "app/main.mjs", "nope/x").unwrap_err();
    assert_eq!(
        e.message(),
        format!(
            "Cannot find package 'nope' imported from {}",
            t.p("app/main.mjs").display()
        )
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "@scope")),
        "ERR_INVALID_MODULE_SPECIFIER"
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", ".hidden")),
        "ERR_INVALID_MODULE_SPECIFIER"
    );
    // Built-ins and other schemes.
    let fs_ = Ok(Resolved::Builtin("fs".into()));
    assert_eq!(imp(&r, &t, "app/main.mjs", "fs"), fs_);
    assert_eq!(imp(&r, &t, "app/main.mjs", "node:fs"), fs_);
    assert_eq!(
        imp(&r, &t, "app/main.mjs", "node:test"),
        Ok(Resolved::Builtin("test".into()))
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "test")),
        "ERR_MODULE_NOT_FOUND"
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "node:nope")),
        "ERR_UNKNOWN_BUILTIN_MODULE"
    );
    let e = imp(&r, &t, "app/main.mjs", "data:text/javascript,1").unwrap_err();
    assert_eq!(
        (e.code, e.get("protocol")),
        ("ERR_UNSUPPORTED_ESM_URL_SCHEME", Some("data:"))
    );
    assert_eq!(
        err_code(imp(&r, &t, "app/main.mjs", "https://example.com/x.js")),
        "ERR_UNSUPPORTED_ESM_URL_SCHEME"
    );
    // From a built-in parent only built-ins resolve.
    assert_eq!(r.resolve_import("fs", "node:events"), fs_);
    assert_eq!(
        r.resolve_import("./x.js", "node:events").unwrap_err().code,
        "ERR_UNSUPPORTED_RESOLVE_REQUEST"
    );
    // The entry point: the cwd as a directory URL.
    let cwd_url = format!("{}/", t.url("app"));
    assert_eq!(
        r.resolve_import("./lib.js", &cwd_url),
        Ok(Resolved::File(t.p("app/lib.js")))
    );
    assert_eq!(
        r.resolve_import("plain", &cwd_url),
        Ok(Resolved::File(t.p("node_modules/plain/index.js")))
    );
}

#[test]
fn esm_not_found_hint() {
    let t = Tree::new("hint");
    t.files(&["app/main.mjs", "node_modules/pkg/lib/x.js"]);
    let r = resolver();
    // Like Node: the suggestion is what `require` finds.
    let e = imp(&r, &t, "app/main.mjs", "pkg/lib/x").unwrap_err();
    assert_eq!(e.get("hint"), Some("pkg/lib/x.js"));
    assert!(e
        .message()
        .ends_with("\nDid you mean to import \"pkg/lib/x.js\"?"));
}

#[test]
fn esm_legacy_main_warning_for_modules() {
    let t = Tree::new("dep0151");
    t.file("app/main.mjs", "")
        .file(
            "node_modules/m/package.json",
            r#"{"type": "module", "main": "lib/entry"}"#,
        )
        .file("node_modules/m/lib/entry.js", "")
        .file("node_modules/c/package.json", r#"{"main": "lib/entry"}"#)
        .file("node_modules/c/lib/entry.js", "");
    let r = resolver();
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "m")),
        t.p("node_modules/m/lib/entry.js")
    );
    let w = r.take_warnings();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].code, "DEP0151");
    assert_eq!(
        ok_file(imp(&r, &t, "app/main.mjs", "c")),
        t.p("node_modules/c/lib/entry.js")
    );
    assert!(r.take_warnings().is_empty());
    let mut quiet = resolver();
    quiet.set_no_deprecation(true);
    assert_eq!(
        ok_file(imp(&quiet, &t, "app/main.mjs", "m")),
        t.p("node_modules/m/lib/entry.js")
    );
    assert!(quiet.take_warnings().is_empty());
}

// ---------------------------------------------------------------------------
// Formats, scopes, helpers
// ---------------------------------------------------------------------------

#[test]
fn formats() {
    let t = Tree::new("formats");
    t.file(
        "m/package.json",
        r#"{"type": "module", "name": "m", "main": "a.js"}"#,
    )
    .files(&[
        "m/a.js", "m/b.mjs", "m/c.cjs", "m/noext", "m/d.json", "m/e.node", "m/f.wasm", "m/g.ts",
        "m/h.txt", "m/.dot",
    ])
    .files(&["m/node_modules/dep/index.js", "m/node_modules/dep/noext"])
    .file("c/package.json", r#"{"type": "commonjs"}"#)
    .files(&["c/a.js", "c/g.ts", "c/h.mts", "c/i.cts"])
    .file("u/package.json", r#"{"type": "weird"}"#)
    .files(&["u/a.js", "u/noext"]);
    let r = resolver();
    let f = |rel: &str| r.format_of(&t.p(rel));
    assert_eq!(f("m/a.js"), Format::Module);
    assert_eq!(f("m/b.mjs"), Format::Module);
    assert_eq!(f("m/c.cjs"), Format::CommonJs);
    assert_eq!(f("m/noext"), Format::Module);
    assert_eq!(f("m/d.json"), Format::Json);
    assert_eq!(f("m/e.node"), Format::Addon);
    assert_eq!(f("m/f.wasm"), Format::Wasm);
    assert_eq!(f("m/g.ts"), Format::ModuleTypeScript);
    assert_eq!(f("m/h.txt"), Format::Unknown(".txt".into()));
    assert_eq!(f("m/.dot"), Format::Module);
    // A package scope never extends into node_modules.
    assert_eq!(f("m/node_modules/dep/index.js"), Format::CommonJs);
    assert_eq!(f("m/node_modules/dep/noext"), Format::CommonJs);
    assert_eq!(f("c/a.js"), Format::CommonJs);
    assert_eq!(f("c/g.ts"), Format::CommonJsTypeScript);
    assert_eq!(f("c/h.mts"), Format::ModuleTypeScript);
    assert_eq!(f("c/i.cts"), Format::CommonJsTypeScript);
    assert_eq!(f("u/a.js"), Format::CommonJs);
    assert_eq!(r.package_type(&t.p("u/a.js")), Ok(PackageType::None));
    let scope = r.package_scope(&t.p("m/a.js")).unwrap();
    assert_eq!(scope.pjson_path, t.p("m/package.json"));
    assert_eq!(scope.dir, t.p("m"));
    assert_eq!(scope.name.as_deref(), Some("m"));
    assert_eq!(scope.main.as_deref(), Some("a.js"));
    assert_eq!(scope.pkg_type, PackageType::Module);
    assert!(!scope.has_exports && !scope.has_imports);
    assert!(r
        .package_scope(&t.p("m/node_modules/dep/index.js"))
        .is_none());
}

#[test]
fn module_paths() {
    assert_eq!(
        node_module_paths(Path::new("/a/b")),
        vec![
            PathBuf::from("/a/b/node_modules"),
            PathBuf::from("/a/node_modules"),
            PathBuf::from("/node_modules")
        ]
    );
    assert_eq!(
        node_module_paths(Path::new("/x/node_modules/node_modules/y")),
        vec![
            PathBuf::from("/x/node_modules/node_modules/y/node_modules"),
            PathBuf::from("/x/node_modules"),
            PathBuf::from("/node_modules")
        ]
    );
}

#[test]
fn file_urls() {
    assert_eq!(
        path_to_file_url(Path::new("/a/b c/d.js")),
        "file:///a/b%20c/d.js"
    );
    assert_eq!(
        path_to_file_url(Path::new("/p/%#?\t\n\r\"[]^|~<>`{}\\x")),
        "file:///p/%25%23%3F%09%0A%0D%22%5B%5D%5E%7C%7E%3C%3E%60%7B%7D%5Cx"
    );
    assert_eq!(
        path_to_file_url(Path::new("/ü/€")),
        "file:///%C3%BC/%E2%82%AC"
    );
    assert_eq!(path_to_file_url(Path::new("/a/./b/../c/")), "file:///a/c/");
    assert_eq!(path_to_file_url(Path::new("/")), "file:///");
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(
        path_to_file_url(Path::new("rel.js")),
        path_to_file_url(&cwd.join("rel.js"))
    );

    assert_eq!(
        file_url_to_path("file:///a/b%20c/d.js").unwrap(),
        PathBuf::from("/a/b c/d.js")
    );
    assert_eq!(
        file_url_to_path("file://localhost/etc/x").unwrap(),
        PathBuf::from("/etc/x")
    );
    assert_eq!(
        file_url_to_path("FILE:///a/%C3%BC").unwrap(),
        PathBuf::from("/a/ü")
    );
    assert_eq!(
        file_url_to_path("file:///a/b/../c?q#h").unwrap(),
        PathBuf::from("/a/c")
    );
    assert_eq!(
        file_url_to_path("file:///a/%2e%2E/c").unwrap(),
        PathBuf::from("/c")
    );
    assert_eq!(
        file_url_to_path("file:///a/%5C").unwrap(),
        PathBuf::from("/a/\\")
    );
    assert_eq!(
        file_url_to_path("file://host/x").unwrap_err().code,
        "ERR_INVALID_FILE_URL_HOST"
    );
    assert_eq!(
        file_url_to_path("file:///a%2fb").unwrap_err().code,
        "ERR_INVALID_FILE_URL_PATH"
    );
    assert_eq!(
        file_url_to_path("file:///a%2").unwrap_err().code,
        "URI_MALFORMED"
    );
    assert_eq!(
        file_url_to_path("file:///%FF").unwrap_err().code,
        "URI_MALFORMED"
    );
    assert_eq!(
        file_url_to_path("http://x/y").unwrap_err().code,
        "ERR_INVALID_URL_SCHEME"
    );
    assert_eq!(
        file_url_to_path("not a url").unwrap_err().code,
        "ERR_INVALID_URL"
    );
    // Round trip of awkward names.
    for p in ["/tmp/a b#c?d%e", "/tmp/ü€/\\x", "/tmp/[x]"] {
        assert_eq!(
            file_url_to_path(&path_to_file_url(Path::new(p))).unwrap(),
            PathBuf::from(p)
        );
    }
}

#[test]
fn url_join_rules() {
    let base = match url::parse_absolute("file:///a/b/c.js") {
        Some(url::ParsedUrl::File(f)) => f,
        _ => unreachable!(),
    };
    let j = |s: &str| base.join(s).href();
    assert_eq!(j("./x.js"), "file:///a/b/x.js");
    assert_eq!(j("../x.js"), "file:///a/x.js");
    assert_eq!(j("../../../../x.js"), "file:///x.js");
    assert_eq!(j("."), "file:///a/b/");
    assert_eq!(j(".."), "file:///a/");
    assert_eq!(j("/abs"), "file:///abs");
    assert_eq!(j("./x y\".js"), "file:///a/b/x%20y%22.js");
    assert_eq!(j("./x.js?a b#c d"), "file:///a/b/x.js?a%20b#c%20d");
    assert_eq!(j("./d\\e.js"), "file:///a/b/d/e.js");
    assert_eq!(j("./%2e%2E/x"), "file:///a/x");
    assert_eq!(j(" ./x\t.js\n"), "file:///a/b/x.js");
    assert_eq!(j("//h/x"), "file://h/x");
}

#[test]
fn error_messages() {
    let e = ResolveError::new("ERR_INVALID_PACKAGE_TARGET")
        .with("pkgPath", "/p/")
        .with("key", ".")
        .with("target", "x.js")
        .with("isImport", "false")
        .with("base", "/a.js");
    assert_eq!(
        e.message(),
        "Invalid \"exports\" main target \"x.js\" defined in the package config /p/package.json imported from /a.js; targets must start with \"./\""
    );
    assert_eq!(e.js_class(), "Error");
    let e = ResolveError::new("ERR_UNSUPPORTED_ESM_URL_SCHEME").with("protocol", "data:");
    assert_eq!(
        e.message(),
        "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'data:'"
    );
    assert_eq!(
        format!(
            "{}",
            ResolveError::new("MODULE_NOT_FOUND").with("request", "x")
        ),
        "Cannot find module 'x' [MODULE_NOT_FOUND]"
    );
}

#[test]
fn resolver_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Resolver>();
}
