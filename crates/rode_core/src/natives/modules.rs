//! `internalBinding('modules')`: resolution, compiling CommonJS wrappers, and the bridge to
//! ES modules (`import()`, `require()` of ESM, the ESM loader's JS hooks).

use crate::bind;
use crate::modules::esm::{self, EsmHooks};
use crate::modules::resolve::{self, Format, ResolveError, Resolved};
use crate::modules::{cjs_lexer, with_resolver, with_resolver_mut};
use rquickjs::function::Opt;
use rquickjs::{qjs, Array, Ctx, Function, Object, Persistent, Promise, Result, Value};
use std::ffi::CString;
use std::path::{Path, PathBuf};

/// The text in front of a CommonJS module's source, on a line of its own (line 0, so the
/// module's positions are the file's). The wrapper has a name so stack.js can show its frames
/// as V8 does (`Object.<anonymous>`: the module's code runs with `this` = `exports`).
pub const CJS_WRAP_OPEN: &str =
    "(function __rode_cjs_module__(exports, require, module, __filename, __dirname) { ";

/// A resolution error's fields, plus Node's `message` and error class (`jsClass`), which the
/// resolver builds (its texts are checked against Node's).
pub fn error_fields<'js>(ctx: &Ctx<'js>, e: &ResolveError) -> Result<Object<'js>> {
    let fields = Object::new(ctx.clone())?;
    for (k, v) in &e.fields {
        fields.set(*k, v.as_str())?;
    }
    fields.set("message", e.message())?;
    fields.set("jsClass", e.js_class())?;
    Ok(fields)
}

/// `[0, path]` for a file, `[1, id]` for a built-in, `[2, code, fields]` for an error.
fn resolved_to_js<'js>(
    ctx: &Ctx<'js>,
    r: std::result::Result<Resolved, ResolveError>,
) -> Result<Array<'js>> {
    let a = Array::new(ctx.clone())?;
    match r {
        Ok(Resolved::File(p)) => {
            a.set(0, 0)?;
            a.set(1, p.to_string_lossy().into_owned())?;
        }
        Ok(Resolved::Builtin(id)) => {
            a.set(0, 1)?;
            a.set(1, id)?;
        }
        Err(e) => {
            a.set(0, 2)?;
            a.set(1, e.code)?;
            a.set(2, error_fields(ctx, &e)?)?;
        }
    }
    Ok(a)
}

fn format_name(f: Format) -> String {
    match f {
        Format::CommonJs => "commonjs".into(),
        Format::Module => "module".into(),
        Format::Json => "json".into(),
        Format::Addon => "addon".into(),
        Format::Wasm => "wasm".into(),
        Format::ModuleTypeScript => "module-typescript".into(),
        Format::CommonJsTypeScript => "commonjs-typescript".into(),
        Format::Unknown(ext) => ext,
    }
}

/// Replaces a leading `#!` line's marker so the source can sit inside a function wrapper.
fn strip_shebang(source: &str) -> std::borrow::Cow<'_, str> {
    if let Some(rest) = source.strip_prefix("#!") {
        std::borrow::Cow::Owned(format!("//{rest}"))
    } else {
        std::borrow::Cow::Borrowed(source)
    }
}

/// Compiles `source` as a global (sloppy) script in `realm`, its first line numbered
/// `first_line`, and runs it unless `flags` has `JS_EVAL_FLAG_COMPILE_ONLY`; the engine's
/// result (a new value, or the exception marker). Unlike rquickjs's `eval`, source text may
/// contain NUL bytes: the parser reports them as a SyntaxError, as V8 does. node:vm compiles
/// through it too.
///
/// # Safety
/// `realm` must be a live context of this thread's runtime.
pub unsafe fn eval_raw(
    realm: *mut qjs::JSContext,
    source: String,
    filename: &str,
    first_line: i32,
    flags: u32,
) -> qjs::JSValue {
    let len = source.len();
    let mut buf = source.into_bytes();
    buf.push(0);
    let fname = CString::new(filename.replace('\0', "")).unwrap_or_default();
    let mut options = qjs::JSEvalOptions {
        version: 1,
        eval_flags: (qjs::JS_EVAL_TYPE_GLOBAL | flags) as i32,
        filename: fname.as_ptr(),
        line_num: first_line,
    };
    // SAFETY: the caller vouches for `realm`; `buf` is NUL-terminated and outlives the call.
    unsafe { qjs::JS_Eval2(realm, buf.as_ptr().cast(), len as _, &mut options) }
}

/// `eval_raw` in `ctx`'s realm, run, as a Result.
fn eval_script<'js>(
    ctx: &Ctx<'js>,
    source: String,
    filename: String,
    first_line: i32,
) -> Result<Value<'js>> {
    // SAFETY: `ctx` is this thread's live context; the result is a new value (or the
    // exception marker) from the engine.
    let v = unsafe {
        let v = eval_raw(ctx.as_raw().as_ptr(), source, &filename, first_line, 0);
        Value::from_raw(ctx.clone(), v)
    };
    if v.is_exception() {
        return Err(rquickjs::Error::Exception);
    }
    Ok(v)
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(
        ctx,
        &o,
        "resolveRequire",
        |ctx: Ctx<'js>,
         request: String,
         parent_file: Opt<Option<String>>,
         paths: Opt<Option<Vec<String>>>| {
            let parent = parent_file.0.flatten().map(PathBuf::from);
            let paths: Option<Vec<PathBuf>> = paths
                .0
                .flatten()
                .map(|v| v.into_iter().map(PathBuf::from).collect());
            let r = with_resolver(|r| {
                r.resolve_require_from(&request, parent.as_deref(), paths.as_deref())
            });
            resolved_to_js(&ctx, r)
        },
    )?;
    // import.meta.resolve: `[0, url]` for a file (its real path's URL with the specifier's
    // ?query#hash), `[1, id]` for a built-in, `[2, code, fields]` for an error.
    bind::func(
        ctx,
        &o,
        "resolveImportUrl",
        |ctx: Ctx<'js>, specifier: String, parent_url: String| -> Result<Array<'js>> {
            match with_resolver(|r| r.resolve_import_url(&specifier, &parent_url)) {
                Ok((Resolved::Builtin(id), _)) => resolved_to_js(&ctx, Ok(Resolved::Builtin(id))),
                Ok((Resolved::File(_), url)) => {
                    let a = Array::new(ctx.clone())?;
                    a.set(0, 0)?;
                    a.set(1, url)?;
                    Ok(a)
                }
                Err(e) => resolved_to_js(&ctx, Err(e)),
            }
        },
    )?;
    bind::func(ctx, &o, "resolveMain", |ctx: Ctx<'js>, main: String| {
        let r = with_resolver(|r| r.resolve_main(&main)).map(Resolved::File);
        resolved_to_js(&ctx, r)
    })?;
    bind::func(
        ctx,
        &o,
        "lookupPaths",
        |request: String, parent_dir: Opt<Option<String>>| -> Option<Vec<String>> {
            let dir = parent_dir.0.flatten().map(PathBuf::from);
            with_resolver(|r| r.lookup_paths(&request, dir.as_deref())).map(|v| {
                v.into_iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect()
            })
        },
    )?;
    // `require.extensions`' keys, in order: the extensions resolution tries (ts-node and
    // @babel/register add theirs).
    bind::func(ctx, &o, "setExtensions", |exts: Vec<String>| {
        with_resolver_mut(|r| r.set_extensions(exts))
    })?;
    bind::func(ctx, &o, "formatOf", |path: String| {
        format_name(with_resolver(|r| r.format_of(Path::new(&path))))
    })?;
    // The package.json whose `"type": "module"` makes `path` an ES module, if that is what
    // its package scope says (Node's readPackageScope).
    bind::func(
        ctx,
        &o,
        "modulePackageJson",
        |path: String| -> Option<String> {
            with_resolver(|r| r.package_scope(Path::new(&path)))
                .filter(|s| matches!(s.pkg_type, resolve::PackageType::Module))
                .map(|s| s.pjson_path.to_string_lossy().into_owned())
        },
    )?;
    bind::func(ctx, &o, "nodeModulePaths", |dir: String| -> Vec<String> {
        resolve::node_module_paths(Path::new(&dir))
            .into_iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect()
    })?;
    bind::func(ctx, &o, "pathToFileURL", |path: String| {
        resolve::path_to_file_url(Path::new(&path))
    })?;
    bind::func(
        ctx,
        &o,
        "fileURLToPath",
        |ctx: Ctx<'js>, url: String| -> Result<String> {
            match resolve::file_url_to_path(&url) {
                Ok(p) => Ok(p.to_string_lossy().into_owned()),
                Err(e) => Err(esm::throw_resolve_error(&ctx, &e)),
            }
        },
    )?;
    // The CommonJS wrapper function for `source`, compiled with `filename` for stack traces.
    // The wrapper has a line of its own, numbered 0, so the module's lines and columns are
    // the file's.
    bind::func(
        ctx,
        &o,
        "compileFunction",
        |ctx: Ctx<'js>, source: String, filename: String| {
            let src = format!("{CJS_WRAP_OPEN}\n{}\n}})", strip_shebang(&source));
            eval_script(&ctx, src, filename, 0)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "evalScript",
        |ctx: Ctx<'js>, source: String, filename: String| eval_script(&ctx, source, filename, 1),
    )?;
    bind::func(
        ctx,
        &o,
        "cjsExports",
        |ctx: Ctx<'js>, source: String| -> Result<Array<'js>> {
            let a = cjs_lexer::analyze(&source);
            let arr = Array::new(ctx.clone())?;
            arr.set(0, a.exports)?;
            arr.set(1, a.reexports)?;
            Ok(arr)
        },
    )?;
    // `import(specifier)` with an explicit referrer (a URL, a CommonJS filename, or "").
    bind::func(
        ctx,
        &o,
        "importModule",
        |ctx: Ctx<'js>, specifier: String, base: String| -> Result<Promise<'js>> {
            let spec = CString::new(specifier)?;
            let base = CString::new(base)?;
            unsafe {
                let v = qjs::JS_LoadModule(ctx.as_raw().as_ptr(), base.as_ptr(), spec.as_ptr());
                if qjs::JS_IsException(v) {
                    return Err(rquickjs::Error::Exception);
                }
                Promise::from_value(Value::from_raw(ctx.clone(), v))
            }
        },
    )?;
    // Evaluates `source` as an ES module named `url` (for `--input-type=module`).
    bind::func(
        ctx,
        &o,
        "evalModule",
        |ctx: Ctx<'js>, source: String, url: String| -> Result<Promise<'js>> {
            let m = esm::declare_with_meta(&ctx, &url, source)?;
            let (_, promise) = m.eval()?;
            Ok(promise)
        },
    )?;
    bind::func(ctx, &o, "requireModule", |ctx: Ctx<'js>, url: String| {
        esm::require_module(&ctx, &url)
    })?;
    bind::func(
        ctx,
        &o,
        "setEsmHooks",
        |ctx: Ctx<'js>, h: Object<'js>| -> Result<()> {
            let get = |n: &str| -> Result<Persistent<Function<'static>>> {
                let f: Function = h.get(n)?;
                Ok(Persistent::save(&ctx, f))
            };
            esm::set_hooks(EsmHooks {
                load_cjs: get("loadCjs")?,
                builtin_exports: get("builtinExports")?,
                init_meta: get("initMeta")?,
                resolve_error: get("resolveError")?,
                register_builtin_sync: get("registerBuiltinSync")?,
            });
            Ok(())
        },
    )?;
    bind::func(ctx, &o, "builtinModules", || {
        crate::modules::NODE_BUILTINS.to_vec()
    })?;
    bind::func(ctx, &o, "prefixOnlyBuiltins", || {
        crate::modules::NODE_PREFIX_ONLY.to_vec()
    })?;
    bind::func(
        ctx,
        &o,
        "initResolver",
        |conditions: Vec<String>, preserve: bool, preserve_main: bool| {
            crate::modules::init_resolver(conditions, (preserve, preserve_main))
        },
    )?;
    // Module._initPaths: the global folders from the environment as it is now.
    bind::func(ctx, &o, "initGlobalPaths", || -> Vec<String> {
        crate::modules::reset_global_paths()
            .into_iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect()
    })?;
    Ok(o)
}
