//! Node's module resolution, as plain Rust (no JS engine): CommonJS
//! `require` (`Module._resolveFilename`), ESM `import` (`defaultResolve`), the
//! format a file is loaded as, and the package scope of a file.
//!
//! It follows Node 20/22's own code paths (lib/internal/modules/cjs/loader.js,
//! lib/internal/modules/esm/resolve.js, package_json_reader.js), including
//! their error codes; [`ResolveError::message`] builds Node's message text.
//!
//! Caching follows Node: `package.json` files are read and parsed once per
//! `Resolver` (missing ones are remembered too); `stat` results are never
//! cached, so files created at run time are found.
//!
//! POSIX only (paths are bytes; `/` separator).

mod exports;
mod package_json;
mod path_util;
mod url;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use exports::{is_file, Base, Target};
pub use package_json::{PackageJson, PackageType};
pub use path_util::node_module_paths;
pub use url::{file_url_to_path, path_to_file_url};

/// What a specifier resolved to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A built-in module id without the `node:` prefix (`"fs"`, `"fs/promises"`, `"test"`).
    Builtin(String),
    /// An absolute, real (symlink-free) file path.
    File(PathBuf),
}

/// How a resolved file is loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    CommonJs,
    Module,
    Json,
    /// `.node`
    Addon,
    Wasm,
    /// `.ts` in a `"type": "module"` scope, `.mts`.
    ModuleTypeScript,
    /// `.ts` elsewhere, `.cts`.
    CommonJsTypeScript,
    /// Any other extension (with its dot; `""` never occurs). `require` loads
    /// these as CommonJS; `import` throws `ERR_UNKNOWN_FILE_EXTENSION`.
    Unknown(String),
}

/// A resolution failure: Node's error `code` and the pieces of its message.
///
/// Field names by code (all values are strings):
/// - `MODULE_NOT_FOUND`: `request`; `path` (the package.json involved, when
///   any); `requestPath` (only for a package whose `"main"` and index are both
///   missing; then `request` is the main path and the message differs).
/// - `ERR_MODULE_NOT_FOUND`: `path`, `base`, `type` (`"module"` or `"package"`),
///   `url` (when `type` is `"module"`), `hint` (optional "Did you mean …").
/// - `ERR_UNSUPPORTED_DIR_IMPORT`: `path`, `base`, `url`, `hint` (optional).
/// - `ERR_PACKAGE_PATH_NOT_EXPORTED`: `pkgPath` (with trailing `/`), `subpath`, `base` (optional).
/// - `ERR_PACKAGE_IMPORT_NOT_DEFINED`: `specifier`, `pkgPath` (optional), `base`.
/// - `ERR_INVALID_PACKAGE_TARGET`: `pkgPath`, `key`, `target`, `isImport`, `base` (optional).
/// - `ERR_INVALID_MODULE_SPECIFIER`: `request`, `reason`, `base` (optional).
/// - `ERR_INVALID_PACKAGE_CONFIG`: `path`, `base` (optional), `message` (optional).
/// - `ERR_UNKNOWN_BUILTIN_MODULE`: `request` (with `node:`).
/// - `ERR_UNSUPPORTED_ESM_URL_SCHEME`: `protocol` (`"data:"`), `url`.
/// - `ERR_UNSUPPORTED_RESOLVE_REQUEST`: `specifier`, `base`.
/// - `ERR_INVALID_FILE_URL_PATH`: `reason`. `ERR_INVALID_FILE_URL_HOST`: `platform`.
/// - `ERR_INVALID_URL`: `input`. `ERR_INVALID_URL_SCHEME`: `expected`.
/// - `URI_MALFORMED`: `input` — Node throws a code-less `URIError: URI malformed`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolveError {
    pub code: &'static str,
    pub fields: Vec<(&'static str, String)>,
}

impl ResolveError {
    pub fn new(code: &'static str) -> Self {
        ResolveError {
            code,
            fields: Vec::new(),
        }
    }

    /// Sets (or replaces) a field.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        if let Some(slot) = self.fields.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = value;
        } else {
            self.fields.push((name, value));
        }
        self
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The JS error class Node uses for this code.
    pub fn js_class(&self) -> &'static str {
        match self.code {
            "ERR_INVALID_MODULE_SPECIFIER"
            | "ERR_PACKAGE_IMPORT_NOT_DEFINED"
            | "ERR_INVALID_FILE_URL_PATH"
            | "ERR_INVALID_FILE_URL_HOST"
            | "ERR_INVALID_URL"
            | "ERR_INVALID_URL_SCHEME"
            | "ERR_UNSUPPORTED_RESOLVE_REQUEST" => "TypeError",
            "URI_MALFORMED" => "URIError",
            _ => "Error",
        }
    }

    /// Node's message for this error (for `MODULE_NOT_FOUND`, without the
    /// "Require stack" lines, which the JS side appends).
    pub fn message(&self) -> String {
        let f = |n: &str| self.get(n).unwrap_or("");
        let imported_from = |key: &str| match self.get(key) {
            Some(b) => format!(" imported from {b}"),
            None => String::new(),
        };
        let hint = match self.get("hint") {
            Some(h) => format!("\nDid you mean to import {}?", json_string(h)),
            None => String::new(),
        };
        match self.code {
            "MODULE_NOT_FOUND" => {
                if self.get("requestPath").is_some() {
                    format!(
                        "Cannot find module '{}'. Please verify that the package.json has a valid \"main\" entry",
                        f("request")
                    )
                } else {
                    format!("Cannot find module '{}'", f("request"))
                }
            }
            "ERR_MODULE_NOT_FOUND" => {
                let kind = if f("type") == "module" { "module" } else { "package" };
                format!("Cannot find {kind} '{}' imported from {}{hint}", f("path"), f("base"))
            }
            "ERR_UNSUPPORTED_DIR_IMPORT" => format!(
                "Directory import '{}' is not supported resolving ES modules imported from {}{hint}",
                f("path"),
                f("base")
            ),
            "ERR_PACKAGE_PATH_NOT_EXPORTED" => {
                if f("subpath") == "." {
                    format!("No \"exports\" main defined in {}package.json{}", f("pkgPath"), imported_from("base"))
                } else {
                    format!(
                        "Package subpath '{}' is not defined by \"exports\" in {}package.json{}",
                        f("subpath"),
                        f("pkgPath"),
                        imported_from("base")
                    )
                }
            }
            "ERR_PACKAGE_IMPORT_NOT_DEFINED" => format!(
                "Package import specifier \"{}\" is not defined{} imported from {}",
                f("specifier"),
                match self.get("pkgPath") {
                    Some(p) => format!(" in package {p}package.json"),
                    None => String::new(),
                },
                f("base")
            ),
            "ERR_INVALID_PACKAGE_TARGET" => {
                let target = f("target");
                let is_import = f("isImport") == "true";
                let rel_error = !is_import && !target.is_empty() && !target.starts_with("./");
                let rel = if rel_error { "; targets must start with \"./\"" } else { "" };
                if f("key") == "." {
                    format!(
                        "Invalid \"exports\" main target {} defined in the package config {}package.json{}{rel}",
                        json_string(target),
                        f("pkgPath"),
                        imported_from("base")
                    )
                } else {
                    format!(
                        "Invalid \"{}\" target {} defined for '{}' in the package config {}package.json{}{rel}",
                        if is_import { "imports" } else { "exports" },
                        json_string(target),
                        f("key"),
                        f("pkgPath"),
                        imported_from("base")
                    )
                }
            }
            "ERR_INVALID_MODULE_SPECIFIER" => {
                format!("Invalid module \"{}\" {}{}", f("request"), f("reason"), imported_from("base"))
            }
            "ERR_INVALID_PACKAGE_CONFIG" => format!(
                "Invalid package config {}{}{}",
                f("path"),
                match self.get("base") {
                    Some(b) => format!(" while importing {b}"),
                    None => String::new(),
                },
                match self.get("message") {
                    Some(m) if !m.is_empty() => format!(". {m}"),
                    _ => String::new(),
                }
            ),
            "ERR_UNKNOWN_BUILTIN_MODULE" => format!("No such built-in module: {}", f("request")),
            "ERR_UNSUPPORTED_ESM_URL_SCHEME" => format!(
                "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '{}'",
                f("protocol")
            ),
            "ERR_UNSUPPORTED_RESOLVE_REQUEST" => format!(
                "Failed to resolve module specifier \"{}\" from \"{}\": Invalid relative URL or base scheme is not hierarchical.",
                f("specifier"),
                f("base")
            ),
            "ERR_INVALID_FILE_URL_PATH" => format!("File URL path {}", f("reason")),
            "ERR_INVALID_FILE_URL_HOST" => "File URL host must be \"localhost\" or empty on linux".to_string(),
            "ERR_INVALID_URL" => "Invalid URL".to_string(),
            "ERR_INVALID_URL_SCHEME" => "The URL must be of scheme file".to_string(),
            "URI_MALFORMED" => "URI malformed".to_string(),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.message(), self.code)
    }
}

impl std::error::Error for ResolveError {}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A `DeprecationWarning` Node would emit while resolving (`DEP0128` invalid
/// "main" falling back to index, `DEP0151` ESM main/index guessing, `DEP0155`
/// trailing-slash pattern, `DEP0166` invalid segments in exports/imports).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolveWarning {
    pub code: &'static str,
    pub message: String,
}

/// The nearest `package.json` of a file.
#[derive(Clone, Debug)]
pub struct PackageScope {
    /// Path of the `package.json` file.
    pub pjson_path: PathBuf,
    /// Its directory.
    pub dir: PathBuf,
    pub name: Option<String>,
    pub main: Option<String>,
    pub pkg_type: PackageType,
    pub has_exports: bool,
    pub has_imports: bool,
    /// The parsed file, for anything else the loader needs.
    pub package: Arc<PackageJson>,
}

/// Who is calling `require`.
#[derive(Clone, Copy, Debug)]
enum Parent<'a> {
    /// No parent module (Node's `parent == null`): relative requests are
    /// taken from the current directory; bare ones only search the global
    /// folders.
    None,
    /// Only the directory of the requiring file is known.
    Dir(&'a Path),
    /// The requiring file's path (what Node has as `parent.filename`).
    File(&'a Path),
    /// A module object without a filename whose `paths` come from this path
    /// (the temporary module Node builds for ESM "Did you mean" hints):
    /// relative requests go from the current directory, no self/imports.
    Anonymous(&'a Path),
}

impl Parent<'_> {
    fn dir_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Parent::None | Parent::Anonymous(_) => None,
            Parent::Dir(d) => Some(path_util::bytes(&path_util::resolve_cwd(d)).to_vec()),
            Parent::File(f) => {
                let abs = path_util::resolve_cwd(f);
                Some(path_util::dirname(path_util::bytes(&abs)).to_vec())
            }
        }
    }

    /// `parent.filename` (for a directory, the directory with a trailing `/`,
    /// as Node does for the REPL).
    fn file_path(&self) -> Option<PathBuf> {
        match self {
            Parent::None | Parent::Anonymous(_) => None,
            Parent::File(f) => Some(path_util::resolve_cwd(f)),
            Parent::Dir(d) => {
                let mut b = path_util::bytes(&path_util::resolve_cwd(d)).to_vec();
                if b.last() != Some(&b'/') {
                    b.push(b'/');
                }
                Some(path_util::from_bytes(b))
            }
        }
    }
}

/// Built-ins that only exist with the `node:` prefix.
const SCHEME_ONLY_BUILTINS: [&str; 4] = ["sea", "sqlite", "test", "test/reporters"];

/// The resolver. One per process (or per worker); `&self` methods are safe to
/// call from several threads.
pub struct Resolver {
    is_builtin: fn(&str) -> bool,
    cjs_conditions: Vec<String>,
    esm_conditions: Vec<String>,
    extensions: Vec<String>,
    global_paths: Vec<PathBuf>,
    preserve_symlinks: bool,
    preserve_symlinks_main: bool,
    no_deprecation: bool,
    cache: package_json::Cache,
    /// Path → real path, for files and directories (Node also keeps realpath
    /// results for the life of the process).
    real_paths: Mutex<HashMap<PathBuf, PathBuf>>,
    warnings: Mutex<Vec<ResolveWarning>>,
    warned: Mutex<HashSet<String>>,
}

impl Resolver {
    /// `is_builtin(id)` answers whether `id` (without `node:`) is a built-in
    /// module users can load (Node's `canBeRequiredByUsers`); `sea`, `sqlite`,
    /// `test` and `test/reporters` are only matched with the `node:` prefix.
    /// `conditions` are the user's `--conditions`, added to both sets:
    /// CommonJS uses `require`, `node`, `node-addons`, `module-sync` (+ user),
    /// ESM `node`, `import`, `module-sync`, `node-addons` (+ user); `default`
    /// always matches.
    pub fn new(is_builtin: fn(&str) -> bool, conditions: Vec<String>) -> Self {
        let mut cjs: Vec<String> = ["require", "node", "node-addons", "module-sync"]
            .map(String::from)
            .to_vec();
        let mut esm: Vec<String> = ["node", "import", "module-sync", "node-addons"]
            .map(String::from)
            .to_vec();
        for c in conditions {
            if !cjs.contains(&c) {
                cjs.push(c.clone());
            }
            if !esm.contains(&c) {
                esm.push(c);
            }
        }
        Resolver {
            is_builtin,
            cjs_conditions: cjs,
            esm_conditions: esm,
            extensions: vec![".js".into(), ".json".into(), ".node".into()],
            global_paths: default_global_paths(),
            preserve_symlinks: false,
            preserve_symlinks_main: false,
            no_deprecation: false,
            cache: package_json::Cache::default(),
            real_paths: Mutex::new(HashMap::new()),
            warnings: Mutex::new(Vec::new()),
            warned: Mutex::new(HashSet::new()),
        }
    }

    /// Replaces `Module.globalPaths` (default: `$NODE_PATH` entries,
    /// `$HOME/.node_modules`, `$HOME/.node_libraries`, `<exe>/../../lib/node`).
    pub fn set_global_paths(&mut self, paths: Vec<PathBuf>) {
        self.global_paths = paths;
    }

    pub fn global_paths(&self) -> &[PathBuf] {
        &self.global_paths
    }

    /// The extensions `require` tries, in order (Node: the keys of
    /// `require.extensions`, by default `.js`, `.json`, `.node`).
    pub fn set_extensions(&mut self, exts: Vec<String>) {
        self.extensions = exts;
    }

    /// `--preserve-symlinks` / `--preserve-symlinks-main`.
    pub fn set_preserve_symlinks(&mut self, preserve: bool, preserve_main: bool) {
        self.preserve_symlinks = preserve;
        self.preserve_symlinks_main = preserve_main;
    }

    /// `--no-deprecation`: drop deprecation warnings.
    pub fn set_no_deprecation(&mut self, no: bool) {
        self.no_deprecation = no;
    }

    /// The condition sets in use.
    pub fn conditions(&self) -> (&[String], &[String]) {
        (&self.cjs_conditions, &self.esm_conditions)
    }

    /// Warnings produced since the last call (see [`ResolveWarning`]).
    pub fn take_warnings(&self) -> Vec<ResolveWarning> {
        std::mem::take(&mut *self.warnings.lock().unwrap())
    }

    /// Forgets every cached `package.json` and real path.
    pub fn clear_cache(&self) {
        self.cache.clear();
        self.real_paths.lock().unwrap().clear();
    }

    /// `fs.realpathSync(p)` for an existing file. Like Node's realpath cache,
    /// results (and the real paths of directories) are kept for the life of
    /// the resolver: a file seen before costs no system call.
    fn realpath(&self, p: &Path) -> PathBuf {
        let abs = path_util::resolve_cwd(p);
        if let Some(hit) = self.real_paths.lock().unwrap().get(&abs) {
            return hit.clone();
        }
        let (Some(dir), Some(name)) = (abs.parent(), abs.file_name()) else {
            return std::fs::canonicalize(&abs).unwrap_or(abs);
        };
        let cached_dir = self.real_paths.lock().unwrap().get(dir).cloned();
        let real_dir = match cached_dir {
            Some(d) => d,
            None => match std::fs::canonicalize(dir) {
                Ok(d) => {
                    self.real_paths
                        .lock()
                        .unwrap()
                        .insert(dir.to_path_buf(), d.clone());
                    d
                }
                Err(_) => return abs,
            },
        };
        let candidate = real_dir.join(name);
        let real = match std::fs::symlink_metadata(&candidate) {
            Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(&candidate) {
                Ok(r) => r,
                Err(_) => return candidate,
            },
            Ok(_) => candidate,
            Err(_) => return candidate,
        };
        self.real_paths.lock().unwrap().insert(abs, real.clone());
        real
    }

    fn push_warning(&self, w: ResolveWarning) {
        if !self.no_deprecation {
            self.warnings.lock().unwrap().push(w);
        }
    }

    fn builtin_without_scheme(&self, id: &str) -> bool {
        !SCHEME_ONLY_BUILTINS.contains(&id) && (self.is_builtin)(id)
    }

    fn read_pjson(
        &self,
        path: &Path,
        base: Option<&str>,
    ) -> Result<Option<Arc<PackageJson>>, ResolveError> {
        self.cache.read(path, base)
    }

    /// The nearest package.json above `file` (a path ending in `/` is a
    /// directory and is searched itself first). Stops below a `node_modules`
    /// directory, as Node does (`esm` picks getPackageScopeConfig's
    /// string-suffix rule rather than readPackageScope's).
    fn scope_for_file(
        &self,
        file: &Path,
        esm: bool,
        base: Option<&str>,
    ) -> Result<Option<Arc<PackageJson>>, ResolveError> {
        let b = path_util::bytes(file);
        let mut dir: &[u8] = if b.last() == Some(&b'/') && b.len() > 1 {
            &b[..b.len() - 1]
        } else {
            path_util::dirname(b)
        };
        loop {
            let stop = if esm {
                dir.ends_with(b"node_modules")
            } else {
                dir.ends_with(b"/node_modules")
            };
            if stop {
                return Ok(None);
            }
            let pjson = path_util::join_bytes(dir, b"package.json");
            if let Some(p) = self.read_pjson(&pjson, base)? {
                return Ok(Some(p));
            }
            if dir == b"/" || dir.is_empty() {
                return Ok(None);
            }
            dir = path_util::dirname(dir);
        }
    }

    /// The nearest `package.json` of `path` (Node's `readPackageScope`);
    /// `None` when there is none (or it does not parse: see
    /// [`Resolver::try_package_scope`]).
    pub fn package_scope(&self, path: &Path) -> Option<PackageScope> {
        self.try_package_scope(path).ok().flatten()
    }

    /// Like [`Resolver::package_scope`], reporting a broken `package.json`
    /// (`ERR_INVALID_PACKAGE_CONFIG`).
    pub fn try_package_scope(&self, path: &Path) -> Result<Option<PackageScope>, ResolveError> {
        let abs = path_util::resolve_cwd(path);
        Ok(self
            .scope_for_file(&abs, false, None)?
            .map(|p| PackageScope {
                pjson_path: p.path.clone(),
                dir: p.path.parent().map(Path::to_path_buf).unwrap_or_default(),
                name: p.name.clone(),
                main: p.main.clone(),
                pkg_type: p.pkg_type,
                has_exports: p.exports.is_some(),
                has_imports: p.imports.is_some(),
                package: p,
            }))
    }

    /// The `"type"` of the package scope of `path`.
    /// A broken package.json gives Node's `ERR_INVALID_PACKAGE_CONFIG`
    /// ("… while importing <path>").
    pub fn package_type(&self, path: &Path) -> Result<PackageType, ResolveError> {
        let abs = path_util::resolve_cwd(path);
        let shown = abs.to_string_lossy().into_owned();
        Ok(self
            .scope_for_file(&abs, true, Some(&shown))?
            .map(|p| p.pkg_type)
            .unwrap_or(PackageType::None))
    }

    /// The format Node gives `path`; a broken package.json counts as no
    /// `"type"` (see [`Resolver::try_format_of`]).
    pub fn format_of(&self, path: &Path) -> Format {
        self.try_format_of(path).unwrap_or(Format::CommonJs)
    }

    /// Format by extension; `.js`, `.ts` and extensionless files look at the
    /// package scope's `"type"` (extensionless files in a module scope are
    /// `Module`: Node only sniffs wasm with --experimental-wasm-modules).
    /// Typeless `.js` is
    /// `CommonJs` (Node 22's syntax detection is the loader's business: see
    /// [`Resolver::package_type`]).
    pub fn try_format_of(&self, path: &Path) -> Result<Format, ResolveError> {
        let ext = extname(path_util::bytes(path));
        Ok(match ext {
            b".mjs" => Format::Module,
            b".cjs" => Format::CommonJs,
            b".json" => Format::Json,
            b".node" => Format::Addon,
            b".wasm" => Format::Wasm,
            b".mts" => Format::ModuleTypeScript,
            b".cts" => Format::CommonJsTypeScript,
            b".js" => match self.package_type(path)? {
                PackageType::Module => Format::Module,
                _ => Format::CommonJs,
            },
            b".ts" => match self.package_type(path)? {
                PackageType::Module => Format::ModuleTypeScript,
                _ => Format::CommonJsTypeScript,
            },
            b"" => match self.package_type(path)? {
                PackageType::Module => Format::Module,
                _ => Format::CommonJs,
            },
            other => Format::Unknown(String::from_utf8_lossy(other).into_owned()),
        })
    }

    // ------------------------------------------------------------------
    // CommonJS
    // ------------------------------------------------------------------

    /// `require(request)` / `require.resolve(request, { paths })` from a file
    /// in `parent_dir` (`None`: no parent module, as for the main entry — pass
    /// the entry as an absolute path, or use [`Resolver::resolve_main`]).
    /// Error messages that name the parent ("imported from …") show the
    /// directory; [`Resolver::resolve_require_from`] takes the file instead.
    ///
    /// `node:` + unknown id gives `ERR_UNKNOWN_BUILTIN_MODULE` (what
    /// `require()` throws; `require.resolve` throws `MODULE_NOT_FOUND` there).
    pub fn resolve_require(
        &self,
        request: &str,
        parent_dir: Option<&Path>,
        paths: Option<&[PathBuf]>,
    ) -> Result<Resolved, ResolveError> {
        let parent = match parent_dir {
            Some(d) => Parent::Dir(d),
            None => Parent::None,
        };
        self.cjs_resolve(request, parent, paths, false)
    }

    /// [`Resolver::resolve_require`] with the requiring file itself (Node's
    /// `parent.filename`).
    pub fn resolve_require_from(
        &self,
        request: &str,
        parent_file: Option<&Path>,
        paths: Option<&[PathBuf]>,
    ) -> Result<Resolved, ResolveError> {
        let parent = match parent_file {
            Some(f) => Parent::File(f),
            None => Parent::None,
        };
        self.cjs_resolve(request, parent, paths, false)
    }

    /// The main entry (`node main`): `Module._findPath(path.resolve(main), null, true)`.
    /// Extensions and directory indexes apply; the result is the real path
    /// (unless `--preserve-symlinks-main`).
    pub fn resolve_main(&self, main: &str) -> Result<PathBuf, ResolveError> {
        let abs = path_util::resolve_cwd(Path::new(main));
        let abs_s = abs.to_string_lossy().into_owned();
        match self.find_path(&abs_s, &[], true)? {
            Some(p) => Ok(p),
            None => Err(ResolveError::new("MODULE_NOT_FOUND").with("request", main)),
        }
    }

    /// `require.resolve.paths(request)` / `Module._resolveLookupPaths`:
    /// `None` for built-ins.
    pub fn lookup_paths(&self, request: &str, parent_dir: Option<&Path>) -> Option<Vec<PathBuf>> {
        let parent = match parent_dir {
            Some(d) => Parent::Dir(d),
            None => Parent::None,
        };
        if self.cjs_builtin(request).is_some() {
            return None;
        }
        self.lookup_paths_for(request, parent)
    }

    fn cjs_builtin(&self, request: &str) -> Option<Result<Resolved, ResolveError>> {
        if let Some(id) = request.strip_prefix("node:") {
            return Some(if (self.is_builtin)(id) {
                Ok(Resolved::Builtin(id.to_string()))
            } else {
                Err(ResolveError::new("ERR_UNKNOWN_BUILTIN_MODULE").with("request", request))
            });
        }
        if self.builtin_without_scheme(request) {
            return Some(Ok(Resolved::Builtin(request.to_string())));
        }
        None
    }

    fn lookup_paths_for(&self, request: &str, parent: Parent) -> Option<Vec<PathBuf>> {
        let b = request.as_bytes();
        let node_modules_style =
            b.first() != Some(&b'.') || (b.len() > 1 && b[1] != b'.' && b[1] != b'/');
        if node_modules_style {
            let mut paths = match (parent, parent.dir_bytes()) {
                (Parent::Anonymous(p), _) => node_module_paths(p),
                (_, Some(d)) => node_module_paths(&path_util::from_bytes(d)),
                _ => Vec::new(),
            };
            paths.extend(self.global_paths.iter().cloned());
            return if paths.is_empty() { None } else { Some(paths) };
        }
        match parent.dir_bytes() {
            Some(d) => Some(vec![path_util::from_bytes(d)]),
            None => Some(vec![PathBuf::from(".")]),
        }
    }

    fn cjs_resolve(
        &self,
        request: &str,
        parent: Parent,
        options_paths: Option<&[PathBuf]>,
        is_main: bool,
    ) -> Result<Resolved, ResolveError> {
        if let Some(r) = self.cjs_builtin(request) {
            return r;
        }

        let paths: Option<Vec<PathBuf>> = match options_paths {
            Some(ps) if is_relative(request) => Some(ps.to_vec()),
            Some(ps) => {
                let mut out: Vec<PathBuf> = Vec::new();
                for p in ps {
                    // A fake parent whose `paths` are p's node_modules folders.
                    let b = request.as_bytes();
                    let node_modules_style =
                        b.first() != Some(&b'.') || (b.len() > 1 && b[1] != b'.' && b[1] != b'/');
                    let lookup: Vec<PathBuf> = if node_modules_style {
                        let mut v = node_module_paths(p);
                        v.extend(self.global_paths.iter().cloned());
                        v
                    } else {
                        vec![PathBuf::from(".")]
                    };
                    for l in lookup {
                        if !out.contains(&l) {
                            out.push(l);
                        }
                    }
                }
                Some(out)
            }
            None => self.lookup_paths_for(request, parent),
        };

        let parent_path = parent.file_path();

        // Package imports (`#x`).
        if request.starts_with('#') {
            if let Some(pp) = &parent_path {
                let scope = self.scope_for_file(pp, false, None)?;
                if let Some(pjson) = scope.filter(|p| p.imports.is_some()) {
                    let base = Base::from_path(pp);
                    let target =
                        self.package_imports_resolve(request, &base, &self.cjs_conditions)?;
                    return self
                        .finalize_esm_for_cjs(target, Some(pp), &pjson.path)
                        .map_err(|e| {
                            if e.code == "ERR_MODULE_NOT_FOUND" {
                                ResolveError::new("MODULE_NOT_FOUND").with("request", request)
                            } else {
                                e
                            }
                        });
                }
            }
        }

        // Self-reference by package name.
        if let Some(pp) = &parent_path {
            if let Some(r) = self.try_self(pp, request)? {
                return Ok(r);
            }
        }

        if let Some(paths) = paths {
            if let Some(found) = self.find_path(request, &paths, is_main)? {
                return Ok(Resolved::File(found));
            }
        } else if request.starts_with('/') {
            if let Some(found) = self.find_path(request, &[], is_main)? {
                return Ok(Resolved::File(found));
            }
        }
        Err(ResolveError::new("MODULE_NOT_FOUND").with("request", request))
    }

    fn try_self(
        &self,
        parent_path: &Path,
        request: &str,
    ) -> Result<Option<Resolved>, ResolveError> {
        let Some(pjson) = self.scope_for_file(parent_path, false, None)? else {
            return Ok(None);
        };
        let Some(name) = pjson.name.as_deref() else {
            return Ok(None);
        };
        if pjson.exports.is_none() {
            return Ok(None);
        }
        let expansion = if request == name {
            ".".to_string()
        } else if request.len() > name.len()
            && request.starts_with(name)
            && request.as_bytes()[name.len()] == b'/'
        {
            format!(".{}", &request[name.len()..])
        } else {
            return Ok(None);
        };
        let base = Base::from_path(parent_path);
        let pjson_path = pjson.path.clone();
        let result = self
            .package_exports_resolve(&pjson, &expansion, Some(&base), &self.cjs_conditions)
            .and_then(|t| self.finalize_esm_for_cjs(t, Some(parent_path), &pjson_path));
        match result {
            Ok(r) => Ok(Some(r)),
            Err(e) if e.code == "ERR_MODULE_NOT_FOUND" => {
                Err(ResolveError::new("MODULE_NOT_FOUND")
                    .with("request", request)
                    .with("path", pjson_path.to_string_lossy()))
            }
            Err(e) => Err(e),
        }
    }

    /// `finalizeEsmResolution` of the CommonJS loader.
    fn finalize_esm_for_cjs(
        &self,
        target: Target,
        parent_path: Option<&Path>,
        pjson_path: &Path,
    ) -> Result<Resolved, ResolveError> {
        let url = match target {
            // Node 20 throws ERR_INVALID_URL_SCHEME here (fileURLToPath of
            // "node:x"); a built-in is what the mapping asks for.
            Target::Builtin(id) => return Ok(Resolved::Builtin(id)),
            Target::File(u) => u,
        };
        let href = url.href();
        if has_encoded_sep(&href) {
            let mut e = ResolveError::new("ERR_INVALID_MODULE_SPECIFIER")
                .with("request", href)
                .with(
                    "reason",
                    "must not include encoded \"/\" or \"\\\" characters",
                );
            if let Some(pp) = parent_path {
                e = e.with("base", pp.to_string_lossy());
            }
            return Err(e);
        }
        let filename = url.to_path()?;
        if let Some(real) = self.try_file(&filename, false) {
            return Ok(Resolved::File(real));
        }
        Err(ResolveError::new("MODULE_NOT_FOUND")
            .with("request", filename.to_string_lossy())
            .with("path", pjson_path.to_string_lossy()))
    }

    /// `tryFile`: one stat; a non-directory is taken and made real.
    fn try_file(&self, p: &Path, is_main: bool) -> Option<PathBuf> {
        if !is_file(p) {
            return None;
        }
        Some(self.to_real(p, is_main))
    }

    fn to_real(&self, p: &Path, is_main: bool) -> PathBuf {
        let preserve = if is_main {
            self.preserve_symlinks_main
        } else {
            self.preserve_symlinks
        };
        if preserve {
            return path_util::resolve_cwd(p);
        }
        self.realpath(p)
    }

    fn try_extensions(&self, base: &Path, is_main: bool) -> Option<PathBuf> {
        for ext in &self.extensions {
            if let Some(f) = self.try_file(&path_util::with_suffix(base, ext), is_main) {
                return Some(f);
            }
        }
        None
    }

    /// `tryPackage`: the directory's package.json "main" (with its own
    /// extension and index fallbacks), else `index` + extensions.
    fn try_package(
        &self,
        request_path: &Path,
        original: &str,
        is_main: bool,
    ) -> Result<Option<PathBuf>, ResolveError> {
        let pjson_path = request_path.join("package.json");
        let pjson = self.read_pjson(&pjson_path, None)?;
        let main = pjson
            .as_ref()
            .and_then(|p| p.main.as_deref())
            .filter(|m| !m.is_empty());
        let index = request_path.join("index");
        let Some(main) = main else {
            return Ok(self.try_extensions(&index, is_main));
        };
        let filename = path_util::resolve(path_util::bytes(request_path), main.as_bytes());
        let found = self
            .try_file(&filename, is_main)
            .or_else(|| self.try_extensions(&filename, is_main))
            .or_else(|| {
                self.try_extensions(
                    &path_util::join_bytes(path_util::bytes(&filename), b"index"),
                    is_main,
                )
            });
        if found.is_some() {
            return Ok(found);
        }
        match self.try_extensions(&index, is_main) {
            Some(f) => {
                self.push_warning(ResolveWarning {
                    code: "DEP0128",
                    message: format!(
                        "Invalid 'main' field in '{}' of '{}'. Please either fix that or report it to the module author",
                        pjson_path.display(),
                        main
                    ),
                });
                Ok(Some(f))
            }
            None => Err(ResolveError::new("MODULE_NOT_FOUND")
                .with("request", filename.to_string_lossy())
                .with("path", pjson_path.to_string_lossy())
                .with("requestPath", original)),
        }
    }

    /// `resolveExports`: a `name[/subpath]` request against
    /// `<nm_path>/<name>/package.json` "exports".
    fn resolve_exports(
        &self,
        nm_path: &Path,
        request: &str,
    ) -> Result<Option<PathBuf>, ResolveError> {
        let Some((name, expansion)) = split_exports_request(request) else {
            return Ok(None);
        };
        let pkg_path = path_util::resolve(path_util::bytes(nm_path), name.as_bytes());
        let pjson_path = pkg_path.join("package.json");
        let Some(pjson) = self.read_pjson(&pjson_path, None)? else {
            return Ok(None);
        };
        if pjson.exports.is_none() {
            return Ok(None);
        }
        let subpath = format!(".{expansion}");
        let result = self
            .package_exports_resolve(&pjson, &subpath, None, &self.cjs_conditions)
            .and_then(|t| match t {
                Target::Builtin(id) => Ok(Resolved::Builtin(id)),
                t => self.finalize_esm_for_cjs(t, None, &pjson_path),
            });
        match result {
            Ok(Resolved::File(p)) => Ok(Some(p)),
            // Exports never map to built-ins (targets must start with "./").
            Ok(Resolved::Builtin(_)) => Ok(None),
            Err(e) if e.code == "ERR_MODULE_NOT_FOUND" => {
                Err(ResolveError::new("MODULE_NOT_FOUND")
                    .with("request", request)
                    .with("path", pjson_path.to_string_lossy()))
            }
            Err(e) => Err(e),
        }
    }

    /// `Module._findPath(request, paths, isMain)`.
    fn find_path(
        &self,
        request: &str,
        paths: &[PathBuf],
        is_main: bool,
    ) -> Result<Option<PathBuf>, ResolveError> {
        let absolute = request.starts_with('/');
        let empty = [PathBuf::new()];
        let paths: &[PathBuf] = if absolute {
            &empty
        } else if paths.is_empty() {
            return Ok(None);
        } else {
            paths
        };
        let trailing_slash = has_trailing_slash(request);
        let inside_path =
            !(is_relative(request) && path_util::normalized_starts_with_dotdot(request));

        for cur in paths {
            let cur_b = path_util::bytes(cur);
            if inside_path
                && !cur_b.is_empty()
                && !std::fs::metadata(cur).map(|m| m.is_dir()).unwrap_or(false)
            {
                continue;
            }
            if !absolute {
                if let Some(found) = self.resolve_exports(cur, request)? {
                    return Ok(Some(found));
                }
            }
            let base_path = path_util::resolve(cur_b, request.as_bytes());
            // One stat: None = missing, Some(true) = directory.
            let rc = std::fs::metadata(&base_path).ok().map(|m| m.is_dir());
            let mut filename = None;
            if !trailing_slash {
                if rc == Some(false) {
                    filename = Some(self.to_real(&base_path, is_main));
                }
                if filename.is_none() {
                    filename = self.try_extensions(&base_path, is_main);
                }
            }
            if filename.is_none() && rc == Some(true) {
                filename = self.try_package(&base_path, request, is_main)?;
            }
            if filename.is_some() {
                return Ok(filename);
            }
        }
        Ok(None)
    }

    // ------------------------------------------------------------------
    // ESM
    // ------------------------------------------------------------------

    /// `import specifier` from `parent_url` (a `file:` URL; a directory URL
    /// ending in `/` for the entry point, e.g. the cwd; or `node:x`).
    pub fn resolve_import(
        &self,
        specifier: &str,
        parent_url: &str,
    ) -> Result<Resolved, ResolveError> {
        self.resolve_import_url(specifier, parent_url)
            .map(|(r, _)| r)
    }

    /// [`Resolver::resolve_import`] plus the resolved URL as Node reports it
    /// (`import.meta.url` of the module: the real path's URL with the
    /// specifier's `?query#hash` kept; `node:x` for built-ins).
    pub fn resolve_import_url(
        &self,
        specifier: &str,
        parent_url: &str,
    ) -> Result<(Resolved, String), ResolveError> {
        let result = self.esm_resolve(specifier, parent_url);
        match result {
            Err(e)
                if e.code == "ERR_MODULE_NOT_FOUND" || e.code == "ERR_UNSUPPORTED_DIR_IMPORT" =>
            {
                Err(self.decorate_with_cjs_hint(e, specifier, parent_url))
            }
            other => other,
        }
    }

    fn esm_resolve(
        &self,
        specifier: &str,
        parent_url: &str,
    ) -> Result<(Resolved, String), ResolveError> {
        let parent = url::parse_absolute(parent_url);
        let parent_file = match &parent {
            Some(url::ParsedUrl::File(f)) => Some(f),
            _ => None,
        };
        let base_display = || match parent_file {
            Some(f) => f
                .to_path()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| parent_url.to_string()),
            None => parent_url.to_string(),
        };

        let target: Target = if should_be_treated_as_relative_or_absolute(specifier) {
            match parent_file {
                Some(f) => Target::File(f.join(specifier)),
                None => {
                    return Err(ResolveError::new("ERR_UNSUPPORTED_RESOLVE_REQUEST")
                        .with("specifier", specifier)
                        .with("base", parent_url))
                }
            }
        } else if let Some(abs) = url::parse_absolute(specifier) {
            match abs {
                url::ParsedUrl::File(f) => Target::File(f),
                url::ParsedUrl::Other {
                    protocol,
                    rest,
                    href,
                } => {
                    if protocol == "node:" {
                        return if (self.is_builtin)(&rest) {
                            Ok((Resolved::Builtin(rest.clone()), format!("node:{rest}")))
                        } else {
                            Err(ResolveError::new("ERR_UNKNOWN_BUILTIN_MODULE")
                                .with("request", href))
                        };
                    }
                    return Err(ResolveError::new("ERR_UNSUPPORTED_ESM_URL_SCHEME")
                        .with("protocol", protocol)
                        .with("url", href));
                }
            }
        } else if let Some(f) = parent_file {
            let base = Base {
                url: f.clone(),
                display: base_display(),
            };
            if specifier.starts_with('#') {
                self.package_imports_resolve(specifier, &base, &self.esm_conditions)?
            } else {
                self.package_resolve(specifier, &base, &self.esm_conditions)?
            }
        } else if self.builtin_without_scheme(specifier) {
            Target::Builtin(specifier.to_string())
        } else {
            return Err(ResolveError::new("ERR_UNSUPPORTED_RESOLVE_REQUEST")
                .with("specifier", specifier)
                .with("base", parent_url));
        };

        match target {
            Target::Builtin(id) => {
                let u = format!("node:{id}");
                Ok((Resolved::Builtin(id), u))
            }
            Target::File(u) => self.finalize_resolution(u, &base_display()),
        }
    }

    /// `finalizeResolution`: no encoded separators, must be an existing
    /// non-directory, then the real path.
    fn finalize_resolution(
        &self,
        u: url::FileUrl,
        base: &str,
    ) -> Result<(Resolved, String), ResolveError> {
        if has_encoded_sep(&u.path) {
            return Err(ResolveError::new("ERR_INVALID_MODULE_SPECIFIER")
                .with("request", u.path.clone())
                .with(
                    "reason",
                    "must not include encoded \"/\" or \"\\\" characters",
                )
                .with("base", base));
        }
        let path = u.to_path()?;
        let pb = path_util::bytes(&path);
        // Node stats `path.slice(-1)` for a path ending in "/", i.e. "/": so
        // any such path is a directory import.
        let is_dir_import = pb.last() == Some(&b'/');
        let meta = if is_dir_import {
            None
        } else {
            std::fs::metadata(&path).ok()
        };
        if is_dir_import || meta.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(ResolveError::new("ERR_UNSUPPORTED_DIR_IMPORT")
                .with("path", path.to_string_lossy())
                .with("base", base)
                .with("url", u.href()));
        }
        if meta.is_none() {
            return Err(ResolveError::new("ERR_MODULE_NOT_FOUND")
                .with("path", path.to_string_lossy())
                .with("base", base)
                .with("type", "module")
                .with("url", u.href()));
        }
        let real = if self.preserve_symlinks {
            path
        } else {
            self.realpath(&path)
        };
        let mut out = url::path_to_file_url_parsed(&real);
        out.query = u.query;
        out.fragment = u.fragment;
        Ok((Resolved::File(real), out.href()))
    }

    /// Node's "Did you mean to import …?" suggestion (what `require` would find).
    fn decorate_with_cjs_hint(
        &self,
        err: ResolveError,
        specifier: &str,
        parent_url: &str,
    ) -> ResolveError {
        let Ok(parent) = file_url_to_path(parent_url) else {
            return err;
        };
        let spec_owned;
        let mut spec = specifier;
        if specifier.starts_with("file://") {
            match file_url_to_path(specifier) {
                Ok(p) => {
                    spec_owned = p.to_string_lossy().into_owned();
                    spec = &spec_owned;
                }
                Err(_) => return err,
            }
        }
        let saved = self.warnings.lock().unwrap().len();
        // Node resolves with a filename-less module: relative specifiers are
        // taken from the current directory (and then shown relative to the
        // importing file).
        let found = self.cjs_resolve(spec, Parent::Anonymous(&parent), None, false);
        self.warnings.lock().unwrap().truncate(saved);
        let Ok(Resolved::File(found)) = found else {
            return err;
        };
        let found_s = found.to_string_lossy().into_owned();
        let hint = if is_relative_specifier(spec) {
            let found_url = url::path_to_file_url_parsed(&found).path;
            let parent_dir = match parent_url.rfind('/') {
                Some(i) if parent_url.len() >= 7 && i >= 7 => &parent_url[7..i],
                _ => return err,
            };
            let rel = posix_relative(parent_dir, &found_url);
            if rel.starts_with("../") {
                rel
            } else {
                format!("./{rel}")
            }
        } else if is_bare_specifier(spec) {
            let pkg = spec.split('/').next().unwrap_or(spec);
            let needle = format!("/node_modules/{pkg}/");
            match found_s.rfind(&needle) {
                Some(i) => {
                    let rest = &found_s[i + needle.len()..];
                    let parts: Vec<String> = rest.split('/').map(encode_uri_component).collect();
                    format!("{pkg}/{}", parts.join("/"))
                }
                None => url::path_to_file_url(&found),
            }
        } else {
            found_s
        };
        if hint == specifier {
            return err;
        }
        err.with("hint", hint)
    }
}

/// Node's `Module._initPaths`: `NODE_PATH` entries, `~/.node_modules`, `~/.node_libraries`,
/// `<prefix>/lib/node`, from the environment as it is now.
pub fn default_global_paths() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if let Some(np) = std::env::var_os("NODE_PATH") {
        for part in path_util::bytes(Path::new(&np)).split(|&c| c == b':') {
            if !part.is_empty() {
                paths.push(path_util::from_bytes(part.to_vec()));
            }
        }
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        let home = path_util::resolve_cwd(Path::new(&home));
        paths.push(home.join(".node_modules"));
        paths.push(home.join(".node_libraries"));
    }
    if let Ok(exe) = std::env::current_exe() {
        let prefix = path_util::resolve(path_util::bytes(&exe), b"../..");
        paths.push(prefix.join("lib").join("node"));
    }
    paths
}

/// Node's `isRelative`: `.`, `..`, `./…`, `../…`.
fn is_relative(request: &str) -> bool {
    request == "." || request == ".." || request.starts_with("./") || request.starts_with("../")
}

/// `_findPath`'s trailing-slash rule: ends in `/`, or is `.`/`..` or ends in
/// `/.` / `/..`.
fn has_trailing_slash(request: &str) -> bool {
    request.ends_with('/')
        || request == "."
        || request == ".."
        || request.ends_with("/.")
        || request.ends_with("/..")
}

/// `EXPORTS_PATTERN`: `^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$`.
fn split_exports_request(request: &str) -> Option<(&str, &str)> {
    let bad = |c: char| c == '/' || c == '\\' || c == '%';
    let line_term = |s: &str| s.contains(['\n', '\r', '\u{2028}', '\u{2029}']);
    // name part starting at `start`: first char not [./\\%], rest not [/\\%].
    let name_end = |start: usize| -> Option<usize> {
        let rest = &request[start..];
        let first = rest.chars().next()?;
        if first == '.' || bad(first) {
            return None;
        }
        let end = rest.find(bad).unwrap_or(rest.len());
        let after = &rest[end..];
        if after.is_empty() || (after.starts_with('/') && !line_term(after)) {
            Some(start + end)
        } else {
            None
        }
    };
    if let Some(rest) = request.strip_prefix('@') {
        if let Some(slash) = rest.find('/') {
            let scope = &rest[..slash];
            if !scope.is_empty() && !scope.contains(['\\', '%']) {
                if let Some(end) = name_end(slash + 2) {
                    return Some((&request[..end], &request[end..]));
                }
            }
        }
    }
    let end = name_end(0)?;
    Some((&request[..end], &request[end..]))
}

fn has_encoded_sep(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3).any(|w| {
        w[0] == b'%'
            && (w[1] == b'2' && (w[2] | 0x20) == b'f' || w[1] == b'5' && (w[2] | 0x20) == b'c')
    })
}

fn should_be_treated_as_relative_or_absolute(s: &str) -> bool {
    s.starts_with('/') || is_relative_specifier(s)
}

fn is_relative_specifier(s: &str) -> bool {
    s == "." || s == ".." || s.starts_with("./") || s.starts_with("../")
}

fn is_bare_specifier(s: &str) -> bool {
    !s.is_empty() && !s.starts_with('/') && !s.starts_with('.')
}

/// `path.posix.relative(from, to)` for absolute paths.
fn posix_relative(from: &str, to: &str) -> String {
    let f: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let t: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; f.len() - common];
    parts.extend(&t[common..]);
    parts.join("/")
}

fn encode_uri_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&c) {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

/// Node's `extname` for format detection: from the last `.` of the last
/// segment, unless that dot starts the segment.
fn extname(path: &[u8]) -> &[u8] {
    let mut i = path.len();
    while i > 1 {
        i -= 1;
        match path[i] {
            b'/' => return b"",
            b'.' => return if path[i - 1] == b'/' { b"" } else { &path[i..] },
            _ => {}
        }
    }
    b""
}
