//! QuickJS's module hooks: resolve `import` specifiers with Node's algorithm and load what
//! they name — ES module files, built-ins, CommonJS files and JSON — as ES modules.
//!
//! Module names are `file://` URLs for files and `node:<id>` for built-ins, so stack traces
//! and `import.meta.url` look like Node's. Built-ins and CommonJS files become small
//! generated modules whose `default` is the CommonJS `module.exports` and whose named exports
//! are the built-in's keys or what [`cjs_lexer`] finds in the CommonJS source.
//! The JS side provides the parts that need the CommonJS loader or Node's error messages
//! through [`set_hooks`].

use super::resolve::{self, Format, Resolved};
use super::{cjs_lexer, with_resolver};
use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::{Ctx, Function, Module, Persistent, Result, Value};
use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// JS functions the ESM loader calls.
pub struct EsmHooks {
    /// `(path) → module.exports`: CommonJS `require` of a file, for `import` of CommonJS/JSON.
    pub load_cjs: Persistent<Function<'static>>,
    /// `(id) → exports` of a user-visible built-in (throws for unknown/unimplemented ones).
    pub builtin_exports: Persistent<Function<'static>>,
    /// `(meta, url)`: fills `import.meta` (url, filename, dirname, resolve).
    pub init_meta: Persistent<Function<'static>>,
    /// `(code, fields) → Error`: Node's error for a failed resolution.
    pub resolve_error: Persistent<Function<'static>>,
    /// `(sync)`: keeps a built-in's facade function that re-reads its named exports from the
    /// built-in's exports object (`module.syncBuiltinESMExports()` calls them all).
    pub register_builtin_sync: Persistent<Function<'static>>,
}

thread_local! {
    static HOOKS: RefCell<Option<std::rc::Rc<EsmHooks>>> = const { RefCell::new(None) };
}

pub fn set_hooks(h: EsmHooks) {
    HOOKS.with(|x| *x.borrow_mut() = Some(std::rc::Rc::new(h)));
}

pub fn clear_hooks() {
    HOOKS.with(|x| x.borrow_mut().take());
}

fn hooks(ctx: &Ctx<'_>) -> Result<std::rc::Rc<EsmHooks>> {
    HOOKS
        .with(|x| x.borrow().clone())
        .ok_or_else(|| crate::bind::throw_error(ctx, "ES modules are not ready yet"))
}

/// Throws Node's error for a failed resolution (built by JS from the code and fields).
pub fn throw_resolve_error(ctx: &Ctx<'_>, e: &resolve::ResolveError) -> rquickjs::Error {
    let r = (|| -> Result<Value<'_>> {
        let h = hooks(ctx)?;
        let fields = crate::natives::modules::error_fields(ctx, e)?;
        h.resolve_error.clone().restore(ctx)?.call((e.code, fields))
    })();
    match r {
        Ok(v) => ctx.throw(v),
        Err(e) => e,
    }
}

/// The URL of the module that imports: a module's own URL, a CommonJS filename, or the
/// current directory for code without a file (`-e`, the REPL).
pub fn parent_url(base: &str) -> String {
    if base.starts_with("file://") {
        base.to_string()
    } else if base.starts_with('/') {
        resolve::path_to_file_url(Path::new(base))
    } else {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        resolve::path_to_file_url(&cwd.join("[eval]"))
    }
}

/// Resolves `specifier` imported from `base` to a module name (`file://…` or `node:…`).
pub fn resolve_name(ctx: &Ctx<'_>, base: &str, specifier: &str) -> Result<String> {
    let parent = parent_url(base);
    match with_resolver(|r| r.resolve_import(specifier, &parent)) {
        Ok(Resolved::Builtin(id)) => Ok(format!("node:{id}")),
        Ok(Resolved::File(p)) => Ok(resolve::path_to_file_url(&p)),
        Err(e) => Err(throw_resolve_error(ctx, &e)),
    }
}

pub struct EsmResolver;

impl Resolver for EsmResolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> Result<String> {
        resolve_name(ctx, base, name)
    }
}

pub struct EsmLoader;

impl Loader for EsmLoader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        attributes: Option<ImportAttributes<'js>>,
    ) -> Result<Module<'js, rquickjs::module::Declared>> {
        let kind = match &attributes {
            Some(a) => a.get_type()?,
            None => None,
        };
        load_module(ctx, name, kind.as_deref())
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c == '$' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c == '$' || c.is_alphanumeric())
        && !matches!(
            s,
            "default"
                | "await"
                | "break"
                | "case"
                | "catch"
                | "class"
                | "const"
                | "continue"
                | "debugger"
                | "delete"
                | "do"
                | "else"
                | "enum"
                | "export"
                | "extends"
                | "false"
                | "finally"
                | "for"
                | "function"
                | "if"
                | "import"
                | "in"
                | "instanceof"
                | "new"
                | "null"
                | "return"
                | "super"
                | "switch"
                | "this"
                | "throw"
                | "true"
                | "try"
                | "typeof"
                | "var"
                | "void"
                | "while"
                | "with"
                | "yield"
                | "let"
                | "static"
                | "implements"
                | "interface"
                | "package"
                | "private"
                | "protected"
                | "public"
        )
}

/// Source of a module whose default export is `import.meta.__rodeLoad()` and whose named
/// exports are `names` read from it.
/// The source of a module whose exports are the properties of the value `__rodeLoad()`
/// returns. A built-in's (`live`) are `let` bindings with a function that reads them again,
/// handed to `__rodeLive` (Node's `module.syncBuiltinESMExports()`).
fn facade_source(names: &[String], live: bool) -> String {
    let mut src = String::from(
        "const m = import.meta.__rodeLoad();\nexport default m;\nconst o = Object(m);\n",
    );
    let decl = if live { "let" } else { "const" };
    let mut plain = Vec::new();
    let mut sync = String::new();
    for (i, n) in names.iter().enumerate() {
        if n == "default" {
            continue;
        }
        if is_identifier(n) {
            plain.push(n.as_str());
        } else {
            let lit = serde_json::to_string(n).unwrap_or_default();
            src.push_str(&format!(
                "{decl} _n{i} = o[{lit}];\nexport {{ _n{i} as {lit} }};\n"
            ));
            sync.push_str(&format!("_n{i} = o[{lit}]; "));
        }
    }
    if !plain.is_empty() {
        src.push_str(&format!("export {decl} {{ {} }} = o;\n", plain.join(", ")));
        sync.push_str(&format!("({{ {} }} = o);", plain.join(", ")));
    }
    if live {
        src.push_str(&format!("import.meta.__rodeLive(() => {{ {sync} }});\n"));
    }
    src
}

/// Named exports of a CommonJS file for `import`, following re-exports (`module.exports =
/// require('x')`, `__exportStar(require('x'))`) as Node does.
fn cjs_export_names(path: &Path) -> Vec<String> {
    let mut names = Vec::new();
    let mut seen_names = HashSet::new();
    let mut seen_files = HashSet::new();
    collect_cjs_names(path, &mut names, &mut seen_names, &mut seen_files);
    names
}

fn collect_cjs_names(
    path: &Path,
    names: &mut Vec<String>,
    seen: &mut HashSet<String>,
    files: &mut HashSet<PathBuf>,
) {
    if !files.insert(path.to_path_buf()) {
        return;
    }
    let Ok(bytes) = std::fs::read(path) else {
        return;
    };
    let source = String::from_utf8_lossy(&bytes);
    let analysis = cjs_lexer::analyze(&source);
    for n in analysis.exports {
        if seen.insert(n.clone()) {
            names.push(n);
        }
    }
    let dir = path.parent().map(Path::to_path_buf);
    for spec in analysis.reexports {
        if let Ok(Resolved::File(p)) =
            with_resolver(|r| r.resolve_require(&spec, dir.as_deref(), None))
        {
            if matches!(with_resolver(|r| r.format_of(&p)), Format::CommonJs) {
                collect_cjs_names(&p, names, seen, files);
            }
        }
    }
}

fn declare_facade<'js>(
    ctx: &Ctx<'js>,
    name: &str,
    names: &[String],
    load: Function<'js>,
    live: Option<Function<'js>>,
) -> Result<Module<'js, rquickjs::module::Declared>> {
    let m = Module::declare(ctx.clone(), name, facade_source(names, live.is_some()))?;
    let meta = m.meta()?;
    meta.set("__rodeLoad", load)?;
    if let Some(live) = live {
        meta.set("__rodeLive", live)?;
    }
    Ok(m)
}

/// Node's rule for `with { type }`: JSON needs `type: 'json'`, and only JSON may have it.
fn check_type_attribute(
    ctx: &Ctx<'_>,
    name: &str,
    format: &Format,
    kind: Option<&str>,
) -> Result<()> {
    let code = match (format, kind) {
        (Format::Json, Some("json")) | (Format::CommonJs | Format::Module, None) => return Ok(()),
        (Format::Json, None) => "ERR_IMPORT_ATTRIBUTE_MISSING",
        (_, None) => return Ok(()),
        (_, Some("json")) => "ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE",
        (_, Some(_)) => "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED",
    };
    let e = resolve::ResolveError {
        code,
        fields: vec![
            ("url", name.to_string()),
            ("type", kind.unwrap_or("json").to_string()),
        ],
    };
    Err(throw_resolve_error(ctx, &e))
}

/// Declares the ES module `name` from `source` with its `import.meta` filled (url,
/// filename, dirname, resolve): files, and `--input-type=module` code.
pub fn declare_with_meta<'js>(
    ctx: &Ctx<'js>,
    name: &str,
    source: String,
) -> Result<Module<'js, rquickjs::module::Declared>> {
    let h = hooks(ctx)?;
    let m = Module::declare(ctx.clone(), name, source)?;
    h.init_meta
        .clone()
        .restore(ctx)?
        .call::<_, ()>((m.meta()?, name))?;
    Ok(m)
}

fn load_module<'js>(
    ctx: &Ctx<'js>,
    name: &str,
    kind: Option<&str>,
) -> Result<Module<'js, rquickjs::module::Declared>> {
    let h = hooks(ctx)?;
    if let Some(id) = name.strip_prefix("node:") {
        let exports: Value = h.builtin_exports.clone().restore(ctx)?.call((id,))?;
        let mut names = Vec::new();
        if let Some(obj) = exports.as_object() {
            for k in obj.keys::<String>() {
                names.push(k?);
            }
        }
        let load = Function::new(ctx.clone(), move || exports.clone())?;
        let live = h.register_builtin_sync.clone().restore(ctx)?;
        return declare_facade(ctx, name, &names, load, Some(live));
    }
    let path = match resolve::file_url_to_path(name) {
        Ok(p) => p,
        Err(e) => return Err(throw_resolve_error(ctx, &e)),
    };
    let format = with_resolver(|r| r.format_of(&path));
    check_type_attribute(ctx, name, &format, kind)?;
    match format {
        Format::Module => {
            let bytes = std::fs::read(&path)
                .map_err(|e| crate::bind::throw_error(ctx, &format!("{e}: {}", path.display())))?;
            let source = String::from_utf8_lossy(&bytes).into_owned();
            declare_with_meta(ctx, name, source)
        }
        Format::CommonJs | Format::Json => {
            let names = if matches!(format, Format::CommonJs) {
                cjs_export_names(&path)
            } else {
                Vec::new()
            };
            let load_cjs = h.load_cjs.clone().restore(ctx)?;
            let p = path.to_string_lossy().into_owned();
            let load = Function::new(ctx.clone(), move || -> Result<Value<'js>> {
                load_cjs.call((p.clone(),))
            })?;
            declare_facade(ctx, name, &names, load, None)
        }
        Format::Addon
        | Format::Wasm
        | Format::Unknown(_)
        | Format::ModuleTypeScript
        | Format::CommonJsTypeScript => {
            // TypeScript is not run yet: Node without --experimental-strip-types says the same.
            let ext = match format {
                Format::Addon => ".node".to_string(),
                Format::Wasm => ".wasm".to_string(),
                Format::ModuleTypeScript | Format::CommonJsTypeScript => path
                    .extension()
                    .map(|e| format!(".{}", e.to_string_lossy()))
                    .unwrap_or_default(),
                Format::Unknown(e) => e,
                _ => unreachable!(),
            };
            let e = resolve::ResolveError {
                code: "ERR_UNKNOWN_FILE_EXTENSION",
                fields: vec![("ext", ext), ("path", path.to_string_lossy().into_owned())],
            };
            Err(throw_resolve_error(ctx, &e))
        }
    }
}

/// `require()` of an ES module (Node 22): evaluates it synchronously and returns its
/// namespace. A module that awaits at top level can't be required.
pub fn require_module<'js>(ctx: &Ctx<'js>, url: &str) -> Result<Value<'js>> {
    let lit = serde_json::to_string(url).unwrap_or_default();
    let src = format!("import * as ns from {lit};\nexport {{ ns }};\n");
    let m = Module::declare(ctx.clone(), format!("{url}#require"), src)?;
    let (m, promise) = m.eval()?;
    match promise.state() {
        rquickjs::promise::PromiseState::Resolved => m.get("ns"),
        rquickjs::promise::PromiseState::Rejected => {
            // Mark it handled: the error is rethrown synchronously to the caller.
            let noop = Function::new(ctx.clone(), || ())?;
            let _: Value = promise
                .catch()?
                .call((rquickjs::function::This(promise.clone()), noop))?;
            let err: Value = promise
                .result::<Value>()
                .unwrap_or(Ok(Value::new_undefined(ctx.clone())))?;
            Err(ctx.throw(err))
        }
        rquickjs::promise::PromiseState::Pending => {
            let e = resolve::ResolveError {
                code: "ERR_REQUIRE_ASYNC_MODULE",
                fields: vec![("url", url.to_string())],
            };
            Err(throw_resolve_error(ctx, &e))
        }
    }
}
