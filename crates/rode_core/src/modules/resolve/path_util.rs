//! Lexical path helpers with Node's `path.posix` semantics (no file system
//! access): `path.resolve`, `path.normalize`-style dot removal, `dirname`, and
//! `Module._nodeModulePaths`.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

#[inline]
pub(crate) fn bytes(p: &Path) -> &[u8] {
    p.as_os_str().as_bytes()
}

#[inline]
pub(crate) fn from_bytes(b: Vec<u8>) -> PathBuf {
    PathBuf::from(OsString::from_vec(b))
}

fn cwd_bytes() -> Vec<u8> {
    std::env::current_dir()
        .map(|p| p.into_os_string().into_vec())
        .unwrap_or_else(|_| b"/".to_vec())
}

/// Removes `.`/`..`/empty segments from an absolute path (bytes starting with
/// `/`); the result has no trailing slash unless it is `/`.
fn normalize_absolute(input: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(input.len());
    for seg in input.split(|&c| c == b'/') {
        match seg {
            b"" | b"." => {}
            b".." => {
                if let Some(i) = out.iter().rposition(|&c| c == b'/') {
                    out.truncate(i);
                }
            }
            s => {
                out.push(b'/');
                out.extend_from_slice(s);
            }
        }
    }
    if out.is_empty() {
        out.push(b'/');
    }
    out
}

/// `path.resolve(base, request)`: `request` wins when absolute; a relative
/// `base` is taken from the current directory. Empty parts are ignored.
pub(crate) fn resolve(base: &[u8], request: &[u8]) -> PathBuf {
    if request.first() == Some(&b'/') {
        return from_bytes(normalize_absolute(request));
    }
    let mut joined: Vec<u8>;
    if base.first() == Some(&b'/') {
        joined = Vec::with_capacity(base.len() + request.len() + 1);
        joined.extend_from_slice(base);
    } else {
        joined = cwd_bytes();
        if !base.is_empty() {
            joined.push(b'/');
            joined.extend_from_slice(base);
        }
    }
    if !request.is_empty() {
        joined.push(b'/');
        joined.extend_from_slice(request);
    }
    from_bytes(normalize_absolute(&joined))
}

/// `path.resolve(p)`.
pub(crate) fn resolve_cwd(p: &Path) -> PathBuf {
    resolve(b"", bytes(p))
}

/// `path.dirname` for absolute, normalised paths.
pub(crate) fn dirname(p: &[u8]) -> &[u8] {
    match p.iter().rposition(|&c| c == b'/') {
        Some(0) => b"/",
        Some(i) => &p[..i],
        None => b".",
    }
}

/// `path.normalize(request)` starts with `..` (used for the "insidePath" rule).
pub(crate) fn normalized_starts_with_dotdot(request: &str) -> bool {
    // A relative request normalises to something starting with ".." exactly
    // when, walking its segments, the depth ever goes below zero... except that
    // `normalize` keeps leading ".." segments only: so it is enough to know
    // whether the normalised form's first segment is "..".
    let mut depth: i64 = 0;
    let mut leading_up = false;
    for seg in request.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if depth > 0 {
                    depth -= 1;
                } else {
                    leading_up = true;
                }
            }
            _ => depth += 1,
        }
    }
    leading_up
}

/// Node's `Module._nodeModulePaths(dir)` on POSIX: one `node_modules` per
/// ancestor, nearest first, skipping directories that are themselves named
/// `node_modules`, ending with `/node_modules`.
pub fn node_module_paths(dir: &Path) -> Vec<PathBuf> {
    let from = resolve_cwd(dir);
    let from = bytes(&from);
    if from == b"/" {
        return vec![PathBuf::from("/node_modules")];
    }
    let mut paths = Vec::new();
    let mut end = from.len();
    loop {
        let seg_start = from[..end]
            .iter()
            .rposition(|&c| c == b'/')
            .map(|i| i + 1)
            .unwrap_or(0);
        if seg_start == 0 {
            break;
        }
        if &from[seg_start..end] != b"node_modules" {
            let mut p = Vec::with_capacity(end + 13);
            p.extend_from_slice(&from[..end]);
            p.extend_from_slice(b"/node_modules");
            paths.push(from_bytes(p));
        }
        end = seg_start - 1;
        if end == 0 {
            break;
        }
    }
    paths.push(PathBuf::from("/node_modules"));
    paths
}

/// Appends `/tail` to a path given as bytes.
pub(crate) fn join_bytes(base: &[u8], tail: &[u8]) -> PathBuf {
    let mut v = Vec::with_capacity(base.len() + tail.len() + 1);
    v.extend_from_slice(base);
    if v.last() != Some(&b'/') {
        v.push(b'/');
    }
    v.extend_from_slice(tail);
    from_bytes(v)
}

/// `p` with `suffix` appended to its last component (`x` + `.js`).
pub(crate) fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s: OsString = p.as_os_str().to_owned();
    s.push(OsStr::new(suffix));
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_basic() {
        assert_eq!(resolve(b"/a/b", b"../c"), PathBuf::from("/a/c"));
        assert_eq!(resolve(b"/a/b", b"./c/"), PathBuf::from("/a/b/c"));
        assert_eq!(resolve(b"/a/b", b"/x//y/."), PathBuf::from("/x/y"));
        assert_eq!(resolve(b"/", b".."), PathBuf::from("/"));
        assert_eq!(resolve(b"", b"/abs"), PathBuf::from("/abs"));
    }

    #[test]
    fn dotdot_rule() {
        assert!(normalized_starts_with_dotdot(".."));
        assert!(normalized_starts_with_dotdot("../x"));
        assert!(normalized_starts_with_dotdot("./../x"));
        assert!(!normalized_starts_with_dotdot("./a/../b"));
        assert!(normalized_starts_with_dotdot("./a/../../b"));
        assert!(!normalized_starts_with_dotdot("."));
    }

    #[test]
    fn module_paths() {
        assert_eq!(
            node_module_paths(Path::new("/a/node_modules/b/c")),
            vec![
                PathBuf::from("/a/node_modules/b/c/node_modules"),
                PathBuf::from("/a/node_modules/b/node_modules"),
                PathBuf::from("/a/node_modules"),
                PathBuf::from("/node_modules"),
            ]
        );
        assert_eq!(
            node_module_paths(Path::new("/")),
            vec![PathBuf::from("/node_modules")]
        );
        assert_eq!(
            node_module_paths(Path::new("/a")),
            vec![
                PathBuf::from("/a/node_modules"),
                PathBuf::from("/node_modules")
            ]
        );
    }
}
