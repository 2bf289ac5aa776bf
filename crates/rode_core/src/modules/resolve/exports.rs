//! The ESM resolution algorithm's package parts, shared by `require` and
//! `import`: `PACKAGE_EXPORTS_RESOLVE`, `PACKAGE_IMPORTS_RESOLVE`,
//! `PACKAGE_TARGET_RESOLVE`, `PACKAGE_RESOLVE` and the legacy `main` lookup.
//! Everything works on `file:` URLs like Node does, so percent-encoding,
//! `?`/`#` and dot segments in targets behave the same.

use std::path::Path;

use serde_json::{Map, Value};

use super::package_json::PackageJson;
use super::path_util;
use super::url::{self, FileUrl};
use super::{ResolveError, ResolveWarning, Resolver};

/// Where a resolution is made from, for the node_modules walk, the package
/// scope lookup and error messages.
pub(crate) struct Base {
    pub url: FileUrl,
    /// `fileURLToPath(base)` as Node prints it in messages.
    pub display: String,
}

impl Base {
    pub fn from_path(p: &Path) -> Base {
        Base {
            url: url::path_to_file_url_parsed(p),
            display: p.to_string_lossy().into_owned(),
        }
    }
}

/// An unfinalised resolution result.
#[derive(Debug)]
pub(crate) enum Target {
    File(FileUrl),
    Builtin(String),
}

enum Tr {
    Found(Target),
    Null,
    Undefined,
}

struct Ctx<'a> {
    pjson: &'a PackageJson,
    pjson_url: &'a FileUrl,
    base: Option<&'a Base>,
    conditions: &'a [String],
    internal: bool,
}

impl Ctx<'_> {
    fn invalid_target(&self, key: &str, target: &Value) -> ResolveError {
        let t = match target {
            Value::String(s) => s.clone(),
            Value::Object(_) | Value::Array(_) => serde_json::to_string(target).unwrap_or_default(),
            other => other.to_string(),
        };
        invalid_target_err(self.pjson, key, &t, self.internal, self.base)
    }
}

fn invalid_target_err(
    pjson: &PackageJson,
    key: &str,
    target: &str,
    internal: bool,
    base: Option<&Base>,
) -> ResolveError {
    let mut e = ResolveError::new("ERR_INVALID_PACKAGE_TARGET")
        .with("pkgPath", pjson.dir_display())
        .with("key", key)
        .with("target", target)
        .with("isImport", if internal { "true" } else { "false" });
    if let Some(b) = base {
        e = e.with("base", b.display.clone());
    }
    e
}

pub(crate) fn exports_not_found(
    pjson: &PackageJson,
    subpath: &str,
    base: Option<&Base>,
) -> ResolveError {
    let mut e = ResolveError::new("ERR_PACKAGE_PATH_NOT_EXPORTED")
        .with("pkgPath", pjson.dir_display())
        .with("subpath", subpath);
    if let Some(b) = base {
        e = e.with("base", b.display.clone());
    }
    e
}

/// Node passes the base URL itself (not a path) for these.
fn invalid_config(pjson: &PackageJson, base: Option<&Base>, message: &str) -> ResolveError {
    let mut e =
        ResolveError::new("ERR_INVALID_PACKAGE_CONFIG").with("path", pjson.path.to_string_lossy());
    if let Some(b) = base {
        e = e.with("base", b.url.href());
    }
    e.with("message", message)
}

/// `isArrayIndex(key)`: the canonical decimal form of an integer below 2^32-1.
fn is_array_index(key: &str) -> bool {
    if key.is_empty() || key.len() > 10 || !key.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if key.len() > 1 && key.starts_with('0') {
        return false;
    }
    key.parse::<u64>().map(|n| n < 0xFFFF_FFFF).unwrap_or(false)
}

/// One path segment is `.`, `..` or `node_modules` (possibly percent-encoded,
/// any case), the segments Node's `invalidSegmentRegEx` rejects.
fn is_invalid_segment(seg: &str) -> bool {
    if seg.len() > 36 {
        return false;
    }
    let mut decoded = String::with_capacity(seg.len());
    let b = seg.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                decoded.push(((h << 4 | l) as char).to_ascii_lowercase());
                i += 3;
                continue;
            }
        }
        decoded.push((b[i] as char).to_ascii_lowercase());
        i += 1;
    }
    decoded == "." || decoded == ".." || decoded == "node_modules"
}

/// (matches `invalidSegmentRegEx`, matches `deprecatedInvalidSegmentRegEx`):
/// the first also counts empty segments.
fn segment_check(s: &str) -> (bool, bool) {
    let mut any_empty = false;
    let mut any_invalid = false;
    for seg in s.split(['/', '\\']) {
        if seg.is_empty() {
            any_empty = true;
        } else if is_invalid_segment(seg) {
            any_invalid = true;
        }
    }
    (any_empty || any_invalid, any_invalid)
}

/// `patternKeyCompare(a, b)`.
fn pattern_key_compare(a: &str, b: &str) -> i32 {
    let ai = a.find('*');
    let bi = b.find('*');
    let base_a = ai.map(|i| i + 1).unwrap_or(a.len());
    let base_b = bi.map(|i| i + 1).unwrap_or(b.len());
    if base_a > base_b {
        return -1;
    }
    if base_b > base_a {
        return 1;
    }
    if ai.is_none() {
        return 1;
    }
    if bi.is_none() {
        return -1;
    }
    if a.len() > b.len() {
        return -1;
    }
    if b.len() > a.len() {
        return 1;
    }
    0
}

/// Finds the best pattern key (`"./x/*.js"`) for `request` in `map`, Node's
/// way: returns the key and the part `*` stands for.
fn best_pattern_match<'m>(
    map: &'m Map<String, Value>,
    request: &str,
    mut on_trailing_slash: impl FnMut(&str),
) -> Option<(&'m str, String)> {
    let mut best: Option<(&str, String)> = None;
    for key in map.keys() {
        let Some(pi) = key.find('*') else { continue };
        if !request.starts_with(&key[..pi]) {
            continue;
        }
        if request.ends_with('/') {
            on_trailing_slash(key);
        }
        let trailer = &key[pi + 1..];
        let best_key = best.as_ref().map(|b| b.0).unwrap_or("");
        if request.len() >= key.len()
            && request.ends_with(trailer)
            && pattern_key_compare(best_key, key) == 1
            && key.rfind('*') == Some(pi)
        {
            best = Some((
                key.as_str(),
                request[pi..request.len() - trailer.len()].to_string(),
            ));
        }
    }
    best
}

impl Resolver {
    /// `PACKAGE_EXPORTS_RESOLVE(packageURL, subpath, exports, conditions)`.
    pub(crate) fn package_exports_resolve(
        &self,
        pjson: &PackageJson,
        subpath: &str,
        base: Option<&Base>,
        conditions: &[String],
    ) -> Result<Target, ResolveError> {
        let exports = pjson.exports.as_ref().expect("exports present");
        let pjson_url = url::path_to_file_url_parsed(&pjson.path);
        let ctx = Ctx {
            pjson,
            pjson_url: &pjson_url,
            base,
            conditions,
            internal: false,
        };

        // Main-entry sugar: a string, an array, or an object of conditions.
        let sugar = match exports {
            Value::String(_) | Value::Array(_) => true,
            Value::Object(map) => {
                let mut first: Option<bool> = None;
                for key in map.keys() {
                    let cur = key.is_empty() || !key.starts_with('.');
                    match first {
                        None => first = Some(cur),
                        Some(f) if f != cur => {
                            return Err(invalid_config(
                                pjson,
                                base,
                                "\"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.",
                            ))
                        }
                        _ => {}
                    }
                }
                first.unwrap_or(false)
            }
            _ => false,
        };

        let empty = Map::new();
        let (map, sugar_target): (&Map<String, Value>, Option<&Value>) = if sugar {
            (&empty, Some(exports))
        } else if let Value::Object(m) = exports {
            (m, None)
        } else {
            (&empty, None)
        };

        let exact = if let Some(t) = sugar_target {
            if subpath == "." {
                Some(t)
            } else {
                None
            }
        } else {
            map.get(subpath)
        };
        if let Some(target) = exact {
            if !subpath.contains('*') && !subpath.ends_with('/') {
                return match self.resolve_package_target(&ctx, target, "", subpath, false, false)? {
                    Tr::Found(t) => Ok(t),
                    _ => Err(exports_not_found(pjson, subpath, base)),
                };
            }
        }

        let best = best_pattern_match(map, subpath, |key| {
            self.warn_trailing_slash_pattern(pjson, key, subpath, base);
        });
        if let Some((key, star)) = best {
            let target = &map[key];
            let is_path_map = subpath.ends_with('/');
            return match self.resolve_package_target(&ctx, target, &star, key, true, is_path_map)? {
                Tr::Found(t) => Ok(t),
                _ => Err(exports_not_found(pjson, subpath, base)),
            };
        }
        Err(exports_not_found(pjson, subpath, base))
    }

    fn warn_trailing_slash_pattern(
        &self,
        pjson: &PackageJson,
        _key: &str,
        subpath: &str,
        base: Option<&Base>,
    ) {
        let dedupe = format!("{}|{}", pjson.path.display(), subpath);
        let mut seen = self.warned.lock().unwrap();
        if !seen.insert(dedupe) {
            return;
        }
        drop(seen);
        let mut msg = format!(
            "Use of deprecated trailing slash pattern mapping \"{}\" in the \"exports\" field module resolution of the package at {}",
            subpath,
            pjson.path.display()
        );
        if let Some(b) = base {
            msg.push_str(&format!(" imported from {}", b.display));
        }
        msg.push_str(". Mapping specifiers ending in \"/\" is no longer supported.");
        self.push_warning(ResolveWarning {
            code: "DEP0155",
            message: msg,
        });
    }

    /// `PACKAGE_IMPORTS_RESOLVE(specifier, parentURL, conditions)`.
    pub(crate) fn package_imports_resolve(
        &self,
        name: &str,
        base: &Base,
        conditions: &[String],
    ) -> Result<Target, ResolveError> {
        if name == "#" || name.starts_with("#/") || name.ends_with('/') {
            return Err(ResolveError::new("ERR_INVALID_MODULE_SPECIFIER")
                .with("request", name)
                .with("reason", "is not a valid internal imports specifier name")
                .with("base", base.display.clone()));
        }
        let base_path = base.url.to_path().ok();
        let scope = match &base_path {
            Some(p) => self.scope_for_file(p, true, Some(&base.display))?,
            None => None,
        };
        if let Some(pjson) = &scope {
            if let Some(Value::Object(imports)) = &pjson.imports {
                let pjson_url = url::path_to_file_url_parsed(&pjson.path);
                let ctx = Ctx {
                    pjson,
                    pjson_url: &pjson_url,
                    base: Some(base),
                    conditions,
                    internal: true,
                };
                if let (Some(target), false) = (imports.get(name), name.contains('*')) {
                    if let Tr::Found(t) =
                        self.resolve_package_target(&ctx, target, "", name, false, false)?
                    {
                        return Ok(t);
                    }
                } else if let Some((key, star)) = best_pattern_match(imports, name, |_| {}) {
                    let target = &imports[key];
                    if let Tr::Found(t) =
                        self.resolve_package_target(&ctx, target, &star, key, true, false)?
                    {
                        return Ok(t);
                    }
                }
            }
        }
        let mut e = ResolveError::new("ERR_PACKAGE_IMPORT_NOT_DEFINED").with("specifier", name);
        if let Some(pjson) = &scope {
            e = e.with("pkgPath", pjson.dir_display());
        }
        Err(e.with("base", base.display.clone()))
    }

    /// `PACKAGE_TARGET_RESOLVE`. `key` is the matched exports/imports key.
    fn resolve_package_target(
        &self,
        ctx: &Ctx,
        target: &Value,
        subpath: &str,
        key: &str,
        pattern: bool,
        is_path_map: bool,
    ) -> Result<Tr, ResolveError> {
        match target {
            Value::String(s) => self
                .resolve_package_target_string(ctx, s, subpath, key, pattern, is_path_map)
                .map(Tr::Found),
            Value::Array(items) => {
                if items.is_empty() {
                    return Ok(Tr::Null);
                }
                // undefined / null / an error, as Node's `lastException`.
                let mut last: Result<Tr, ResolveError> = Ok(Tr::Undefined);
                for item in items {
                    match self.resolve_package_target(ctx, item, subpath, key, pattern, is_path_map)
                    {
                        Err(e) if e.code == "ERR_INVALID_PACKAGE_TARGET" => {
                            last = Err(e);
                        }
                        Err(e) => return Err(e),
                        Ok(Tr::Undefined) => {}
                        Ok(Tr::Null) => last = Ok(Tr::Null),
                        Ok(found) => return Ok(found),
                    }
                }
                last
            }
            Value::Object(map) => {
                if map.keys().any(|k| is_array_index(k)) {
                    return Err(invalid_config(
                        ctx.pjson,
                        ctx.base,
                        "\"exports\" cannot contain numeric property keys.",
                    ));
                }
                for (cond, value) in map {
                    if cond == "default" || ctx.conditions.iter().any(|c| c == cond) {
                        match self.resolve_package_target(
                            ctx,
                            value,
                            subpath,
                            key,
                            pattern,
                            is_path_map,
                        )? {
                            Tr::Undefined => continue,
                            other => return Ok(other),
                        }
                    }
                }
                Ok(Tr::Undefined)
            }
            Value::Null => Ok(Tr::Null),
            other => Err(ctx.invalid_target(key, other)),
        }
    }

    fn resolve_package_target_string(
        &self,
        ctx: &Ctx,
        target: &str,
        subpath: &str,
        key: &str,
        pattern: bool,
        is_path_map: bool,
    ) -> Result<Target, ResolveError> {
        let invalid = || invalid_target_err(ctx.pjson, key, target, ctx.internal, ctx.base);
        if !subpath.is_empty() && !pattern && !target.ends_with('/') {
            return Err(invalid());
        }
        if !target.starts_with("./") {
            if ctx.internal
                && !target.starts_with('/')
                && !target.starts_with("../")
                && !url::can_parse(target)
            {
                let export_target = if pattern {
                    target.replace('*', subpath)
                } else {
                    format!("{target}{subpath}")
                };
                let pj_base = Base {
                    url: ctx.pjson_url.clone(),
                    display: ctx.pjson.path.to_string_lossy().into_owned(),
                };
                return self.package_resolve(&export_target, &pj_base, ctx.conditions);
            }
            return Err(invalid());
        }

        let (any, deprecated_only_not) = segment_check(&target[2..]);
        if any {
            if !deprecated_only_not {
                if !is_path_map {
                    let request = if pattern {
                        key.replacen('*', subpath, 1)
                    } else {
                        format!("{key}{subpath}")
                    };
                    let resolved_target = if pattern {
                        target.replace('*', subpath)
                    } else {
                        target.to_string()
                    };
                    self.warn_invalid_segment(ctx, &resolved_target, &request, key, true);
                }
            } else {
                return Err(invalid());
            }
        }

        let resolved = ctx.pjson_url.join(target);
        let package_path_len = ctx.pjson_url.path.rfind('/').map(|i| i + 1).unwrap_or(0);
        let package_path = &ctx.pjson_url.path[..package_path_len];
        if !resolved.path.starts_with(package_path) {
            return Err(invalid());
        }
        if subpath.is_empty() {
            return Ok(Target::File(resolved));
        }

        let (any, deprecated) = segment_check(subpath);
        if any {
            let request = if pattern {
                key.replacen('*', subpath, 1)
            } else {
                format!("{key}{subpath}")
            };
            if !deprecated {
                if !is_path_map {
                    let resolved_target = if pattern {
                        target.replace('*', subpath)
                    } else {
                        target.to_string()
                    };
                    self.warn_invalid_segment(ctx, &resolved_target, &request, key, false);
                }
            } else {
                let mut e = ResolveError::new("ERR_INVALID_MODULE_SPECIFIER").with("request", request).with(
                    "reason",
                    format!(
                        "request is not a valid match in pattern \"{}\" for the \"{}\" resolution of {}",
                        key,
                        if ctx.internal { "imports" } else { "exports" },
                        ctx.pjson.path.display()
                    ),
                );
                if let Some(b) = ctx.base {
                    e = e.with("base", b.display.clone());
                }
                return Err(e);
            }
        }

        if pattern {
            let href = resolved.href().replace('*', subpath);
            return match url::parse_absolute(&href) {
                Some(url::ParsedUrl::File(f)) => Ok(Target::File(f)),
                _ => Err(invalid()),
            };
        }
        Ok(Target::File(resolved.join(subpath)))
    }

    fn warn_invalid_segment(
        &self,
        ctx: &Ctx,
        target: &str,
        request: &str,
        key: &str,
        is_target: bool,
    ) {
        if self.no_deprecation {
            return;
        }
        let checked = if is_target { target } else { request };
        let double = checked.contains("//")
            || checked.contains("\\\\")
            || checked.contains("/\\")
            || checked.contains("\\/");
        let mut msg = format!(
            "Use of deprecated {} resolving \"{}\" for module request \"{}\" {}in the \"{}\" field module resolution of the package at {}",
            if double { "double slash" } else { "leading or trailing slash matching" },
            target,
            request,
            if request != key { format!("matched to \"{key}\" ") } else { String::new() },
            if ctx.internal { "imports" } else { "exports" },
            ctx.pjson.path.display()
        );
        if let Some(b) = ctx.base {
            msg.push_str(&format!(" imported from {}", b.display));
        }
        msg.push('.');
        self.push_warning(ResolveWarning {
            code: "DEP0166",
            message: msg,
        });
    }

    /// `PACKAGE_RESOLVE(packageSpecifier, parentURL)`.
    pub(crate) fn package_resolve(
        &self,
        specifier: &str,
        base: &Base,
        conditions: &[String],
    ) -> Result<Target, ResolveError> {
        if self.builtin_without_scheme(specifier) {
            return Ok(Target::Builtin(specifier.to_string()));
        }
        // parsePackageName
        let mut sep = specifier.find('/');
        let mut valid = true;
        let scoped = specifier.starts_with('@');
        if scoped {
            match sep {
                None => valid = false,
                Some(i) => sep = specifier[i + 1..].find('/').map(|j| j + i + 1),
            }
        }
        let name = match sep {
            Some(i) => &specifier[..i],
            None => specifier,
        };
        if name.starts_with('.') || name.contains('%') || name.contains('\\') {
            valid = false;
        }
        if !valid {
            return Err(ResolveError::new("ERR_INVALID_MODULE_SPECIFIER")
                .with("request", specifier)
                .with("reason", "is not a valid package name")
                .with("base", base.display.clone()));
        }
        let subpath = match sep {
            Some(i) => format!(".{}", &specifier[i..]),
            None => ".".to_string(),
        };

        let base_path = base
            .url
            .to_path()
            .map_err(|e| e.with("input", base.url.href()))?;
        // Self-reference.
        if let Some(pjson) = self.scope_for_file(&base_path, true, Some(&base.display))? {
            if pjson.exports.is_some() && pjson.name.as_deref() == Some(name) {
                return self.package_exports_resolve(&pjson, &subpath, Some(base), conditions);
            }
        }

        // Walk up node_modules with URLs, exactly as Node: start at
        // "./node_modules/<name>/package.json" from the base, then go
        // "../../../node_modules/<name>/package.json" (one more "../" for a
        // scoped name) until the path stops changing.
        let up = if scoped {
            "../../../../node_modules/"
        } else {
            "../../../node_modules/"
        };
        let mut pjson_url = base
            .url
            .join(&format!("./node_modules/{name}/package.json"));
        loop {
            let pjson_path = pjson_url.to_path()?;
            let pb = path_util::bytes(&pjson_path);
            let pkg_dir = path_util::from_bytes(pb[..pb.len().saturating_sub(13)].to_vec());
            if !std::fs::metadata(&pkg_dir)
                .map(|m| m.is_dir())
                .unwrap_or(false)
            {
                let last_len = pb.len();
                pjson_url = pjson_url.join(&format!("{up}{name}/package.json"));
                if pjson_url.to_path()?.as_os_str().len() == last_len {
                    break;
                }
                continue;
            }
            let base_msg = format!("\"{}\" from {}", specifier, base.display);
            let pjson = match self.read_pjson(&pjson_path, Some(&base_msg))? {
                Some(p) => p,
                None => std::sync::Arc::new(PackageJson {
                    path: pjson_path.clone(),
                    name: None,
                    main: None,
                    pkg_type: super::PackageType::None,
                    exports: None,
                    imports: None,
                }),
            };
            if pjson.exports.is_some() {
                return self.package_exports_resolve(&pjson, &subpath, Some(base), conditions);
            }
            if subpath == "." {
                return self
                    .legacy_main_resolve(&pjson, &pjson_url, base)
                    .map(Target::File);
            }
            return Ok(Target::File(pjson_url.join(&subpath)));
        }
        Err(ResolveError::new("ERR_MODULE_NOT_FOUND")
            .with("path", name)
            .with("base", base.display.clone())
            .with("type", "package"))
    }

    /// `legacyMainResolve`: main, main.js, main.json, main.node,
    /// main/index.{js,json,node}, then index.{js,json,node}.
    fn legacy_main_resolve(
        &self,
        pjson: &PackageJson,
        pjson_url: &FileUrl,
        base: &Base,
    ) -> Result<FileUrl, ResolveError> {
        const MAIN_SUFFIXES: [&str; 7] = [
            "",
            ".js",
            ".json",
            ".node",
            "/index.js",
            "/index.json",
            "/index.node",
        ];
        const INDEX: [&str; 3] = ["./index.js", "./index.json", "./index.node"];
        if let Some(main) = &pjson.main {
            for suffix in MAIN_SUFFIXES {
                let u = pjson_url.join(&format!("./{main}{suffix}"));
                if let Ok(p) = u.to_path() {
                    if is_file(&p) {
                        self.warn_legacy_index(&u, pjson, base, Some(main));
                        return Ok(u);
                    }
                }
            }
        }
        for idx in INDEX {
            let u = pjson_url.join(idx);
            if let Ok(p) = u.to_path() {
                if is_file(&p) {
                    self.warn_legacy_index(&u, pjson, base, pjson.main.as_deref());
                    return Ok(u);
                }
            }
        }
        let missing = match &pjson.main {
            Some(main) => pjson_url.join(&format!("./{main}")),
            None => pjson_url.join("./index.js"),
        };
        let shown = missing
            .to_path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or(missing.path);
        Err(ResolveError::new("ERR_MODULE_NOT_FOUND")
            .with("path", shown)
            .with("base", base.display.clone())
            .with("type", "package"))
    }

    /// DEP0151, only when the file found is an ES module.
    fn warn_legacy_index(
        &self,
        found: &FileUrl,
        pjson: &PackageJson,
        base: &Base,
        main: Option<&str>,
    ) {
        if self.no_deprecation {
            return;
        }
        let Ok(path) = found.to_path() else { return };
        if !matches!(self.format_of(&path), super::Format::Module) {
            return;
        }
        let pkg_path = pjson.dir_display();
        let path_s = path.to_string_lossy();
        let rel = path_s.get(pkg_path.len()..).unwrap_or("");
        let msg = match main {
            None | Some("") => format!(
                "No \"main\" or \"exports\" field defined in the package.json for {pkg_path} resolving the main entry point \"{rel}\", imported from {}.\nDefault \"index\" lookups for the main are deprecated for ES modules.",
                base.display
            ),
            Some(m) => {
                if path_util::resolve(pkg_path.as_bytes(), m.as_bytes()) == path {
                    return;
                }
                format!(
                    "Package {pkg_path} has a \"main\" field set to \"{m}\", excluding the full filename and extension to the resolved file at \"{rel}\", imported from {}.\n Automatic extension resolution of the \"main\" field is deprecated for ES modules.",
                    base.display
                )
            }
        };
        self.push_warning(ResolveWarning {
            code: "DEP0151",
            message: msg,
        });
    }
}

/// One `stat`: exists and is not a directory (Node's `internalModuleStat == 0`).
#[inline]
pub(crate) fn is_file(p: &Path) -> bool {
    std::fs::metadata(p).map(|m| !m.is_dir()).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments() {
        assert_eq!(segment_check("a/b.js"), (false, false));
        assert_eq!(segment_check("a//b.js"), (true, false));
        assert_eq!(segment_check("a/../b.js"), (true, true));
        assert_eq!(segment_check("a/%2E%2e/b.js"), (true, true));
        assert_eq!(segment_check("NODE_MODULES/x"), (true, true));
        assert_eq!(segment_check("n%6Fde_modules/x"), (true, true));
        assert_eq!(segment_check("x/"), (true, false));
        assert_eq!(segment_check(""), (true, false));
        assert_eq!(segment_check("..."), (false, false));
    }

    #[test]
    fn array_index() {
        assert!(is_array_index("0"));
        assert!(is_array_index("42"));
        assert!(!is_array_index("01"));
        assert!(!is_array_index("-1"));
        assert!(!is_array_index("4294967295"));
        assert!(is_array_index("4294967294"));
        assert!(!is_array_index("a"));
    }

    #[test]
    fn key_compare() {
        assert_eq!(pattern_key_compare("", "./a/*"), 1);
        assert_eq!(pattern_key_compare("./a/*", "./a/b/*"), 1);
        assert_eq!(pattern_key_compare("./a/b/*", "./a/*"), -1);
        assert_eq!(pattern_key_compare("./a/*.js", "./a/*"), -1);
    }
}
