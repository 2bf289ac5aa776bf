//! The small part of the WHATWG URL parser that module resolution needs:
//! `file:` URLs (parse, join a relative reference, serialise), scheme detection
//! for other URLs, and Node's `pathToFileURL` / `fileURLToPath` conversions.
//!
//! Paths are handled as bytes (Unix), so a non-UTF-8 path survives a round trip
//! through a URL as percent-encoded bytes.

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use super::{path_util, ResolveError};

/// A parsed `file:` URL. `path` is the percent-encoded pathname exactly as a
/// WHATWG URL would serialise it (always starts with `/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FileUrl {
    pub host: String,
    pub path: String,
    pub query: Option<String>,
    pub fragment: Option<String>,
}

impl FileUrl {
    pub fn href(&self) -> String {
        let mut s = String::with_capacity(7 + self.host.len() + self.path.len());
        s.push_str("file://");
        s.push_str(&self.host);
        s.push_str(&self.path);
        if let Some(q) = &self.query {
            s.push('?');
            s.push_str(q);
        }
        if let Some(f) = &self.fragment {
            s.push('#');
            s.push_str(f);
        }
        s
    }

    /// `new URL(reference, this)` for a reference that is not an absolute URL
    /// (it starts with `/`, `./`, `../`, or is a bare relative path).
    pub fn join(&self, reference: &str) -> FileUrl {
        let cleaned = clean_input(reference);
        let r = cleaned.as_str();
        let b = r.as_bytes();
        let is_sep = |c: u8| c == b'/' || c == b'\\';
        if b.len() >= 2 && is_sep(b[0]) && is_sep(b[1]) {
            // Scheme-relative: `//host/path`.
            return parse_after_scheme_slashes(&r[2..]);
        }
        let (path_part, query, fragment) = split_query_fragment(r);
        if path_part.is_empty() {
            // Only a query and/or fragment: keep the base path.
            return FileUrl {
                host: self.host.clone(),
                path: self.path.clone(),
                query: query.or_else(|| self.query.clone()),
                fragment,
            };
        }
        let path = if is_sep(path_part.as_bytes()[0]) {
            normalize_url_path(path_part)
        } else {
            let dir_end = self.path.rfind('/').map(|i| i + 1).unwrap_or(0);
            let mut combined = String::with_capacity(dir_end + path_part.len() + 1);
            if dir_end == 0 {
                combined.push('/');
            } else {
                combined.push_str(&self.path[..dir_end]);
            }
            combined.push_str(path_part);
            normalize_url_path(&combined)
        };
        FileUrl {
            host: self.host.clone(),
            path,
            query,
            fragment,
        }
    }

    /// `fileURLToPath(this)` (POSIX).
    pub fn to_path(&self) -> Result<PathBuf, ResolveError> {
        if !self.host.is_empty() {
            return Err(ResolveError::new("ERR_INVALID_FILE_URL_HOST").with("platform", "linux"));
        }
        let p = self.path.as_bytes();
        for i in 0..p.len() {
            if p[i] == b'%'
                && p.get(i + 1) == Some(&b'2')
                && p.get(i + 2).is_some_and(|&c| c | 0x20 == b'f')
            {
                return Err(ResolveError::new("ERR_INVALID_FILE_URL_PATH")
                    .with("reason", "must not include encoded / characters"));
            }
        }
        let bytes = decode_uri_component(&self.path)
            .ok_or_else(|| ResolveError::new("URI_MALFORMED").with("input", self.path.clone()))?;
        Ok(PathBuf::from(OsString::from_vec(bytes)))
    }
}

/// What an absolute-URL string turned out to be.
pub(crate) enum ParsedUrl {
    File(FileUrl),
    /// Any other scheme: lower-cased protocol with its colon (`"node:"`),
    /// the rest after the colon, and the whole (cleaned) input.
    Other {
        protocol: String,
        rest: String,
        href: String,
    },
}

/// Strips leading/trailing C0 controls and spaces and removes tabs/newlines,
/// as the WHATWG URL parser does before parsing.
fn clean_input(s: &str) -> String {
    let trimmed = s.trim_matches(|c: char| c <= ' ');
    if trimmed
        .bytes()
        .any(|c| c == b'\t' || c == b'\n' || c == b'\r')
    {
        trimmed
            .chars()
            .filter(|&c| c != '\t' && c != '\n' && c != '\r')
            .collect()
    } else {
        trimmed.to_string()
    }
}

/// Length of a valid URL scheme at the start of `s` (not counting the colon),
/// if `s` starts with `scheme:`.
pub(crate) fn scheme_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_alphabetic() {
        return None;
    }
    for (i, &c) in b.iter().enumerate().skip(1) {
        if c == b':' {
            return Some(i);
        }
        if !(c.is_ascii_alphanumeric() || c == b'+' || c == b'-' || c == b'.') {
            return None;
        }
    }
    None
}

/// `new URL(s)` without a base: `None` when `s` is not an absolute URL.
pub(crate) fn parse_absolute(s: &str) -> Option<ParsedUrl> {
    let cleaned = clean_input(s);
    let n = scheme_len(&cleaned)?;
    let protocol = cleaned[..n].to_ascii_lowercase();
    let rest = &cleaned[n + 1..];
    if protocol == "file" {
        let rb = rest.as_bytes();
        let is_sep = |c: u8| c == b'/' || c == b'\\';
        if rb.len() >= 2 && is_sep(rb[0]) && is_sep(rb[1]) {
            return Some(ParsedUrl::File(parse_after_scheme_slashes(&rest[2..])));
        }
        let (p, query, fragment) = split_query_fragment(rest);
        let path = if p.starts_with('/') || p.starts_with('\\') {
            normalize_url_path(p)
        } else {
            normalize_url_path(&format!("/{p}"))
        };
        return Some(ParsedUrl::File(FileUrl {
            host: String::new(),
            path,
            query,
            fragment,
        }));
    }
    // Special schemes that need a host fail to parse without one.
    if matches!(protocol.as_str(), "http" | "https" | "ws" | "wss" | "ftp") {
        let host_part = rest.trim_start_matches(['/', '\\']);
        let host_end = host_part
            .find(['/', '\\', '?', '#'])
            .unwrap_or(host_part.len());
        if host_end == 0 {
            return None;
        }
    }
    Some(ParsedUrl::Other {
        protocol: format!("{protocol}:"),
        rest: rest.to_string(),
        href: format!("{protocol}:{rest}"),
    })
}

/// `URL.canParse(s)` approximation used for "imports" targets.
pub(crate) fn can_parse(s: &str) -> bool {
    parse_absolute(s).is_some()
}

/// Parses what follows `file://`: a host, then a path, query and fragment.
fn parse_after_scheme_slashes(s: &str) -> FileUrl {
    let end = s.find(['/', '\\', '?', '#']).unwrap_or(s.len());
    let mut host = s[..end].to_ascii_lowercase();
    if host == "localhost" {
        host.clear();
    }
    let (p, query, fragment) = split_query_fragment(&s[end..]);
    let path = if p.is_empty() {
        "/".to_string()
    } else {
        normalize_url_path(p)
    };
    FileUrl {
        host,
        path,
        query,
        fragment,
    }
}

fn split_query_fragment(s: &str) -> (&str, Option<String>, Option<String>) {
    let (before_frag, fragment) = match s.find('#') {
        Some(i) => (&s[..i], Some(encode_fragment(&s[i + 1..]))),
        None => (s, None),
    };
    let (path, query) = match before_frag.find('?') {
        Some(i) => (&before_frag[..i], Some(encode_query(&before_frag[i + 1..]))),
        None => (before_frag, None),
    };
    (path, query, fragment)
}

fn encode_query(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        // Special-query percent-encode set.
        if !(0x21..=0x7e).contains(&c) || matches!(c, b'"' | b'#' | b'<' | b'>' | b'\'') {
            push_pct(&mut out, c);
        } else {
            out.push(c as char);
        }
    }
    out
}

fn encode_fragment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if !(0x21..=0x7e).contains(&c) || matches!(c, b'"' | b'<' | b'>' | b'`') {
            push_pct(&mut out, c);
        } else {
            out.push(c as char);
        }
    }
    out
}

#[inline]
fn push_pct(out: &mut String, c: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(HEX[(c >> 4) as usize] as char);
    out.push(HEX[(c & 15) as usize] as char);
}

fn is_single_dot(seg: &str) -> bool {
    seg == "." || seg.eq_ignore_ascii_case("%2e")
}

fn is_double_dot(seg: &str) -> bool {
    match seg.len() {
        2 => seg == "..",
        4 => seg.eq_ignore_ascii_case(".%2e") || seg.eq_ignore_ascii_case("%2e."),
        6 => seg.eq_ignore_ascii_case("%2e%2e"),
        _ => false,
    }
}

/// The URL "path state" for a path that starts with a separator: splits on
/// `/` and `\`, percent-encodes with the path percent-encode set and removes
/// dot segments. Returns the serialised pathname.
pub(crate) fn normalize_url_path(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut segments: Vec<String> = Vec::new();
    // Skip the leading separator.
    let mut i = if !bytes.is_empty() && (bytes[0] == b'/' || bytes[0] == b'\\') {
        1
    } else {
        0
    };
    let mut seg = String::new();
    loop {
        let at_end = i >= bytes.len();
        let c = if at_end { 0 } else { bytes[i] };
        if at_end || c == b'/' || c == b'\\' {
            if is_double_dot(&seg) {
                segments.pop();
                if at_end {
                    segments.push(String::new());
                }
            } else if is_single_dot(&seg) {
                if at_end {
                    segments.push(String::new());
                }
            } else {
                segments.push(std::mem::take(&mut seg));
            }
            seg.clear();
            if at_end {
                break;
            }
        } else if !(0x21..=0x7e).contains(&c)
            || matches!(c, b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'#' | b'?')
        {
            push_pct(&mut seg, c);
        } else {
            seg.push(c as char);
        }
        i += 1;
    }
    let mut out = String::with_capacity(input.len() + 1);
    for s in &segments {
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// `decodeURIComponent`: `None` for a malformed escape or invalid UTF-8
/// produced by escapes.
fn decode_uri_component(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    if !b.contains(&b'%') {
        return Some(b.to_vec());
    }
    let hex = |c: u8| -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if i + 2 >= b.len() {
                return None;
            }
            let v = hex(b[i + 1])? << 4 | hex(b[i + 2])?;
            if v < 0x80 {
                out.push(v);
                i += 3;
            } else {
                // A UTF-8 sequence made only of escapes.
                let n = if v & 0xE0 == 0xC0 {
                    2
                } else if v & 0xF0 == 0xE0 {
                    3
                } else if v & 0xF8 == 0xF0 {
                    4
                } else {
                    return None;
                };
                let mut seq = vec![v];
                let mut j = i + 3;
                for _ in 1..n {
                    if j + 2 >= b.len() {
                        return None;
                    }
                    if b[j] != b'%' {
                        return None;
                    }
                    let w = hex(b[j + 1])? << 4 | hex(b[j + 2])?;
                    if w & 0xC0 != 0x80 {
                        return None;
                    }
                    seq.push(w);
                    j += 3;
                }
                std::str::from_utf8(&seq).ok()?;
                out.extend_from_slice(&seq);
                i = j;
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// Node's `pathToFileURL(path).href` on POSIX: the path is made absolute
/// (lexically, against the current directory), a trailing slash is kept, and
/// `%`, controls, space, `"`, `#`, `?`, `[`, `\`, `]`, `^`, `|`, `~`, `<`, `>`,
/// `` ` ``, `{`, `}` and non-ASCII bytes are percent-encoded.
pub fn path_to_file_url(path: &Path) -> String {
    let url = path_to_file_url_parsed(path);
    url.href()
}

pub(crate) fn path_to_file_url_parsed(path: &Path) -> FileUrl {
    let raw = path.as_os_str().as_bytes();
    let mut resolved = path_util::resolve_cwd(path);
    let mut bytes = resolved.as_os_str().as_bytes().to_vec();
    if raw.last() == Some(&b'/') && bytes.last() != Some(&b'/') {
        bytes.push(b'/');
    }
    resolved = PathBuf::from(OsString::from_vec(bytes));
    FileUrl {
        host: String::new(),
        path: encode_path_bytes(resolved.as_os_str().as_bytes()),
        query: None,
        fragment: None,
    }
}

pub(crate) fn encode_path_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    for &c in bytes {
        if !(0x21..=0x7e).contains(&c)
            || matches!(
                c,
                b'"' | b'#'
                    | b'%'
                    | b'<'
                    | b'>'
                    | b'?'
                    | b'['
                    | b'\\'
                    | b']'
                    | b'^'
                    | b'`'
                    | b'{'
                    | b'|'
                    | b'}'
                    | b'~'
            )
        {
            push_pct(&mut out, c);
        } else {
            out.push(c as char);
        }
    }
    out
}

/// Node's `fileURLToPath(url)` on POSIX. Errors: `ERR_INVALID_URL` (not a
/// URL), `ERR_INVALID_URL_SCHEME` (not `file:`), `ERR_INVALID_FILE_URL_HOST`,
/// `ERR_INVALID_FILE_URL_PATH` (encoded `/`), `URI_MALFORMED` (bad escape; Node
/// throws a plain `URIError: URI malformed`).
pub fn file_url_to_path(url: &str) -> Result<PathBuf, ResolveError> {
    match parse_absolute(url) {
        Some(ParsedUrl::File(f)) => f.to_path(),
        Some(ParsedUrl::Other { .. }) => {
            Err(ResolveError::new("ERR_INVALID_URL_SCHEME").with("expected", "file"))
        }
        None => Err(ResolveError::new("ERR_INVALID_URL").with("input", url)),
    }
}
