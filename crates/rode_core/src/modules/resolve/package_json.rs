//! Reading and caching `package.json` files, like Node's
//! `internal/modules/package_json_reader`: each path is read and parsed at most
//! once per process (a missing file is cached too); parse errors are not
//! cached, so they are reported again on every lookup, as in Node.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::ResolveError;

/// The `"type"` of a package scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackageType {
    /// No `package.json`, no `"type"`, or an unknown value.
    None,
    CommonJs,
    Module,
}

/// The fields of one `package.json` that resolution and loading use.
#[derive(Debug)]
pub struct PackageJson {
    /// Absolute path of the `package.json` file.
    pub path: PathBuf,
    pub name: Option<String>,
    pub main: Option<String>,
    pub pkg_type: PackageType,
    /// `"exports"` (absent or `null` → `None`).
    pub exports: Option<Value>,
    /// `"imports"` (absent or `null` → `None`).
    pub imports: Option<Value>,
}

impl PackageJson {
    /// The package directory with a trailing `/`, as Node prints it in errors.
    pub fn dir_display(&self) -> String {
        let s = self.path.to_string_lossy();
        match s.rfind('/') {
            Some(i) => s[..=i].to_string(),
            None => String::new(),
        }
    }
}

pub(crate) type Cached = Option<Arc<PackageJson>>;

#[derive(Default)]
pub(crate) struct Cache {
    map: Mutex<HashMap<PathBuf, Cached>>,
}

/// How a parse failure is reported: `base` is the message part Node adds
/// ("while importing …").
pub(crate) fn parse(
    path: &Path,
    text: &[u8],
    base: Option<&str>,
) -> Result<PackageJson, ResolveError> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let mut value: Value = serde_json::from_slice(text).map_err(|e| {
        let mut err =
            ResolveError::new("ERR_INVALID_PACKAGE_CONFIG").with("path", path.to_string_lossy());
        if let Some(b) = base {
            err = err.with("base", b);
        }
        err.with("message", e.to_string())
    })?;
    let mut pj = PackageJson {
        path: path.to_path_buf(),
        name: None,
        main: None,
        pkg_type: PackageType::None,
        exports: None,
        imports: None,
    };
    if let Value::Object(map) = &mut value {
        if let Some(Value::String(s)) = map.get("name") {
            pj.name = Some(s.clone());
        }
        if let Some(Value::String(s)) = map.get("main") {
            pj.main = Some(s.clone());
        }
        if let Some(Value::String(s)) = map.get("type") {
            pj.pkg_type = match s.as_str() {
                "module" => PackageType::Module,
                "commonjs" => PackageType::CommonJs,
                _ => PackageType::None,
            };
        }
        pj.exports = map.remove("exports").filter(|v| !v.is_null());
        pj.imports = map.remove("imports").filter(|v| !v.is_null());
    }
    Ok(pj)
}

impl Cache {
    /// Reads `path` (a `…/package.json`), once. `Ok(None)` when it cannot be
    /// read (missing, a directory, unreadable).
    pub(crate) fn read(&self, path: &Path, base: Option<&str>) -> Result<Cached, ResolveError> {
        if let Some(hit) = self.map.lock().unwrap().get(path) {
            return Ok(hit.clone());
        }
        let result = match std::fs::read(path) {
            Ok(bytes) => Some(Arc::new(parse(path, &bytes, base)?)),
            Err(_) => None,
        };
        self.map
            .lock()
            .unwrap()
            .insert(path.to_path_buf(), result.clone());
        Ok(result)
    }

    /// Forgets everything (for tests and for a loader that wants to reload).
    pub(crate) fn clear(&self) {
        self.map.lock().unwrap().clear();
    }
}
