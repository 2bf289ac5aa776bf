//! `internalBinding('url')`: WHATWG URL parsing and serialization with servo's `url` crate,
//! IDNA for `url.domainToASCII`/`domainToUnicode` and the legacy `url.parse()`.
//!
//! No URL state lives natively: a JS `URL` keeps its serialized href and nine offsets into
//! it, and every getter is a slice in JS. One parse costs one native call, which returns
//! the href and the offsets together as one array.
//!
//! - `parse(input, base | undefined)` → `[href, ...comps, undefined, false]` (two slots
//!   for the JS side), or `undefined` when parsing fails.
//! - `update(href, action, value)` → the same record of the URL after running the WHATWG
//!   setter `action` (the `ACTION_*` numbers, Node's `updateActions`), or `undefined` when
//!   the setter refuses the value (the URL is then unchanged).
//! - `parseParams(query)` → `[name, value, name, value, …]`: the
//!   application/x-www-form-urlencoded parse of `query` (a leading `?` skipped), with
//!   Node's leniency (malformed escapes kept as they are, bad UTF-8 replaced).
//! - `canParse(input, base | undefined)` → boolean.
//! - `format(href, fragment, unicode, search, auth)` → href without the parts switched off
//!   (`url.format(URL, options)`).
//! - `domainToASCII(domain)`, `domainToUnicode(domain)` → the host as the URL hostname
//!   setter would store it (ASCII or Unicode), `''` when it is not a valid host.
//! - `toASCII(domain)` → UTS #46 ToASCII without the URL deny list (legacy `url.parse()`),
//!   `''` on failure.
//!
//! `comps` layout (Node's, from ada): `[protocol_end, username_end, host_start, host_end,
//! port, pathname_start, search_start, hash_start, scheme_type]`; `host_start` points at
//! the `@` when there are credentials; an absent port, search or hash is `u32::MAX`;
//! `scheme_type` is 0 http, 1 not special, 2 https, 3 ws, 4 ftp, 5 wss, 6 file.

use rode_core::bind;
use rquickjs::{qjs, Ctx, Error, Object, Result, Value};
use std::borrow::Cow;
use url::{quirks, Url};

pub const ACTION_PROTOCOL: u32 = 0;
pub const ACTION_HOST: u32 = 1;
pub const ACTION_HOSTNAME: u32 = 2;
pub const ACTION_PORT: u32 = 3;
pub const ACTION_USERNAME: u32 = 4;
pub const ACTION_PASSWORD: u32 = 5;
pub const ACTION_PATHNAME: u32 = 6;
pub const ACTION_SEARCH: u32 = 7;
pub const ACTION_HASH: u32 = 8;
pub const ACTION_HREF: u32 = 9;

/// Marks an absent port, search or hash in the offsets.
pub const OMITTED: u32 = u32::MAX;

/// The nine offsets of a parsed URL, in the `comps` layout.
pub fn components(url: &Url) -> [u32; 9] {
    let c = quirks::internal_components(url);
    // rust-url's host_start is after the '@'; Node's (ada's) points at it.
    let host_start = if c.host_start > c.username_end {
        c.host_start - 1
    } else {
        c.host_start
    };
    let scheme_type = match url.scheme() {
        "http" => 0,
        "https" => 2,
        "ws" => 3,
        "ftp" => 4,
        "wss" => 5,
        "file" => 6,
        _ => 1,
    };
    [
        c.scheme_end + 1,
        c.username_end,
        host_start,
        c.host_end,
        c.port.map_or(OMITTED, u32::from),
        c.path_start,
        c.query_start.unwrap_or(OMITTED),
        c.fragment_start.unwrap_or(OMITTED),
        scheme_type,
    ]
}

/// Parses `input` against an optional `base` (which must itself parse).
pub fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => {
            let base = parse_absolute(b)?;
            match collapse_authority_slashes(input, &base) {
                Some(fixed) => parse_with(&fixed, Some(&base)),
                None => parse_with(input, Some(&base)),
            }
        }
        None => parse_absolute(input),
    }
}

/// Parses an absolute URL (an href).
fn parse_absolute(input: &str) -> Option<Url> {
    parse_with(input, None)
}

/// rust-url's parser, with the host of a file URL whose path starts with a Windows drive
/// letter kept ("file://host/C:/x", "/C:/x" against "file://host/"): rust-url follows an
/// old version of the URL standard that dropped it; the standard (and Node) keep it.
fn parse_with(input: &str, base: Option<&Url>) -> Option<Url> {
    let dropped = std::cell::Cell::new(false);
    let note = |v: url::SyntaxViolation| {
        if v == url::SyntaxViolation::FileWithHostAndWindowsDrive {
            dropped.set(true);
        }
    };
    let mut url = Url::options()
        .base_url(base)
        .syntax_violation_callback(Some(&note))
        .parse(input)
        .ok()?;
    let base_has_host =
        base.is_some_and(|b| b.scheme() == "file" && b.host_str().is_some_and(|h| !h.is_empty()));
    if url.scheme() == "file"
        && url.host_str().unwrap_or("").is_empty()
        && (dropped.get() || base_has_host)
    {
        let (host, from_input) = file_host(input, base);
        // Without "//host" in the input the host is the file base's, always; with it, only
        // a dropped host needs putting back.
        if dropped.get() || !from_input {
            // The host as the file host state parses it (IDNA, IPv4, "localhost" → "").
            let parsed = host.and_then(|h| Url::parse(&format!("file://{h}/")).ok());
            if let Some(h) = parsed.as_ref().and_then(Url::host_str) {
                if !h.is_empty() {
                    let mut with_host = url.clone();
                    if with_host.set_host(Some(h)).is_ok() {
                        url = with_host;
                    }
                }
            }
        }
    }
    Some(url)
}

/// The host a file URL gets: from `input` ("file://host/…", "//host/…"; then `true`), else
/// from a file `base`.
fn file_host(input: &str, base: Option<&Url>) -> (Option<String>, bool) {
    let s: String = input
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let rest = match s.get(..5) {
        Some(scheme) if scheme.eq_ignore_ascii_case("file:") => &s[5..],
        _ => &s[..],
    };
    let b = rest.as_bytes();
    if b.len() >= 2 && matches!(b[0], b'/' | b'\\') && matches!(b[1], b'/' | b'\\') {
        let host = &rest[2..];
        let end = host.find(['/', '\\', '?', '#']).unwrap_or(host.len());
        return (Some(host[..end].to_string()), true);
    }
    let base_host = base
        .filter(|b| b.scheme() == "file")
        .and_then(Url::host_str);
    (base_host.map(str::to_string), false)
}

/// rust-url fails on a scheme-less input that starts with three or more slashes against
/// a special, non-file base ("///x" against "http://h/"), where the URL standard skips
/// every slash before the host ("special authority ignore slashes" state): this gives
/// the input with that run reduced to "//", or `None` when the input is not such a case.
fn collapse_authority_slashes(input: &str, base: &Url) -> Option<String> {
    if !matches!(base.scheme(), "http" | "https" | "ws" | "wss" | "ftp") {
        return None;
    }
    let trimmed = input.trim_matches(|c: char| c <= ' ');
    let mut run = 0;
    let mut end = 0;
    for (i, c) in trimmed.char_indices() {
        match c {
            '/' | '\\' => run += 1,
            '\t' | '\n' | '\r' => {}
            _ => {
                end = i;
                break;
            }
        }
        end = i + c.len_utf8();
    }
    if run < 3 {
        return None;
    }
    Some(format!("//{}", &trimmed[end..]))
}

/// Runs the WHATWG setter `action` on `url`; `false` when the value is refused.
pub fn update(url: &mut Url, action: u32, value: &str) -> bool {
    // rust-url mishandles a host set on a hostless URL whose path starts with "//" (kept
    // as "scheme:/.//path"): set it on the same URL written with an empty host instead.
    if matches!(action, ACTION_HOST | ACTION_HOSTNAME)
        && !has_authority(url)
        && url.path().starts_with("//")
    {
        let with_host = format!("{}://{}", url.scheme(), &url[url::Position::BeforePath..]);
        if let Ok(mut u) = Url::parse(&with_host) {
            if !update_raw(&mut u, action, value) {
                return false;
            }
            *url = u;
            return true;
        }
    }
    let ok = update_raw(url, action, value);
    if ok {
        fix_hostless_path(url);
    }
    ok
}

/// A hostless URL whose path starts with "//" must be written "scheme:/.//path" (else the
/// path would read as a host), and only then; rust-url's setters can get this wrong.
fn fix_hostless_path(url: &mut Url) {
    if has_authority(url) || url.cannot_be_a_base() {
        return;
    }
    let path = url.path();
    let marker = if path.starts_with("//") { "/." } else { "" };
    let mut want = format!("{}:{}{}", url.scheme(), marker, path);
    if let Some(q) = url.query() {
        want.push('?');
        want.push_str(q);
    }
    if let Some(f) = url.fragment() {
        want.push('#');
        want.push_str(f);
    }
    if want != url.as_str() {
        if let Ok(u) = Url::parse(&want) {
            *url = u;
        }
    }
}

/// Whether the URL has an authority (a host, maybe empty), by its parsed offsets: the
/// username starts after "scheme://".
fn has_authority(url: &Url) -> bool {
    let c = quirks::internal_components(url);
    c.host_start >= c.scheme_end + 3
}

fn update_raw(url: &mut Url, action: u32, value: &str) -> bool {
    match action {
        ACTION_PROTOCOL => quirks::set_protocol(url, value).is_ok(),
        ACTION_HOST => quirks::set_host(url, value).is_ok(),
        ACTION_HOSTNAME => quirks::set_hostname(url, value).is_ok(),
        ACTION_PORT => quirks::set_port(url, value).is_ok(),
        ACTION_USERNAME => quirks::set_username(url, value).is_ok(),
        ACTION_PASSWORD => quirks::set_password(url, value).is_ok(),
        ACTION_PATHNAME => {
            let special = matches!(
                url.scheme(),
                "http" | "https" | "ws" | "wss" | "ftp" | "file"
            );
            if !special
                && has_authority(url)
                && !url.cannot_be_a_base()
                && value.chars().all(|c| matches!(c, '\t' | '\n' | '\r'))
            {
                // An empty path stays empty on a non-special URL with a host ("foo://h");
                // rust-url would write "/".
                let without = format!(
                    "{}{}",
                    &url[..url::Position::BeforePath],
                    &url[url::Position::AfterPath..]
                );
                if let Ok(u) = Url::parse(&without) {
                    *url = u;
                    return true;
                }
            }
            quirks::set_pathname(url, value);
            true
        }
        ACTION_SEARCH => {
            quirks::set_search(url, value);
            true
        }
        ACTION_HASH => {
            quirks::set_hash(url, value);
            true
        }
        ACTION_HREF => match parse_absolute(value) {
            Some(u) => {
                *url = u;
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// `url.format(URL, { fragment, unicode, search, auth })`.
pub fn format(href: &str, fragment: bool, unicode: bool, search: bool, auth: bool) -> String {
    let Some(mut url) = parse_absolute(href) else {
        return href.to_owned();
    };
    if !fragment {
        url.set_fragment(None);
    }
    if !search {
        url.set_query(None);
    }
    if !auth {
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    let out = url.as_str().to_owned();
    if unicode {
        if let Some(url::Host::Domain(d)) = url.host() {
            let c = quirks::internal_components(&url);
            let (uni, _) = idna::domain_to_unicode(d);
            let (start, end) = (c.host_start as usize, c.host_end as usize);
            return format!("{}{}{}", &out[..start], uni, &out[end..]);
        }
    }
    out
}

/// The host `domain` becomes when set as a URL's hostname: ASCII, `''` if invalid.
pub fn domain_to_ascii(domain: &str) -> String {
    if domain.is_empty() {
        return String::new();
    }
    // A special scheme, so the host parser applies IDNA and IPv4 rules.
    let Ok(mut url) = Url::parse("ws://x") else {
        return String::new();
    };
    if quirks::set_hostname(&mut url, domain).is_err() {
        return String::new();
    }
    url.host_str().unwrap_or("").to_owned()
}

/// [`domain_to_ascii`], then its labels decoded from Punycode.
pub fn domain_to_unicode(domain: &str) -> String {
    let ascii = domain_to_ascii(domain);
    if ascii.is_empty()
        || ascii.starts_with('[')
        || !ascii.split('.').any(|l| l.starts_with("xn--"))
    {
        return ascii;
    }
    idna::domain_to_unicode(&ascii).0
}

/// UTS #46 ToASCII as the legacy `url.parse()` applies it to hostnames: `''` on failure.
pub fn to_ascii(domain: &str) -> String {
    // Node hands the hostname over as a C string: it ends at a NUL.
    let domain = domain.split('\0').next().unwrap_or("");
    if domain.is_ascii()
        && !domain.bytes().any(|b| b.is_ascii_uppercase())
        && !domain.contains("xn--")
    {
        return domain.to_owned();
    }
    idna::domain_to_ascii(domain).unwrap_or_default()
}

/// The application/x-www-form-urlencoded parse of `query` as a flat list of names and
/// values. Empty pairs are skipped, a pair without `=` has an empty value, `+` is a space;
/// valid `%XX` escapes are decoded and the bytes read as UTF-8 (U+FFFD for bad sequences),
/// other `%` signs are kept — what Node's `querystring.unescape` fallback does.
pub fn parse_params(query: &str) -> Vec<Cow<'_, str>> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = Vec::new();
    for pair in query.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        out.push(form_decode(name));
        out.push(form_decode(value));
    }
    out
}

fn form_decode(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'+' || c == b'%') {
        return Cow::Borrowed(s);
    }
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let h = b.get(i + 1).and_then(|&c| hex(c));
                let l = b.get(i + 2).and_then(|&c| hex(c));
                if let (Some(h), Some(l)) = (h, l) {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            c => out.push(c),
        }
        i += 1;
    }
    match String::from_utf8_lossy(&out) {
        Cow::Borrowed(_) => Cow::Owned(String::from_utf8(out).unwrap_or_default()),
        Cow::Owned(o) => Cow::Owned(o),
    }
}

fn raw_ctx(ctx: &Ctx<'_>) -> *mut qjs::JSContext {
    ctx.as_raw().as_ptr()
}

/// A new JS string holding `s`.
fn js_string(ctx: &Ctx<'_>, s: &str) -> qjs::JSValue {
    // SAFETY: copies `s` (valid UTF-8) into a new engine string (or an exception value).
    unsafe { qjs::JS_NewStringLen(raw_ctx(ctx), s.as_ptr().cast(), s.len() as _) }
}

/// A new JS array of `values` (owned; consumed even on failure).
fn js_array<'js>(ctx: &Ctx<'js>, values: &mut [qjs::JSValue]) -> Result<Value<'js>> {
    // SAFETY: on an exception value among them, every value is freed and the array is not
    // made; `JS_NewArrayFrom` takes ownership of all of them either way.
    unsafe {
        if values.iter().any(|v| qjs::JS_IsException(*v)) {
            for v in values.iter() {
                if !qjs::JS_IsException(*v) {
                    qjs::JS_FreeValue(raw_ctx(ctx), *v);
                }
            }
            return Err(Error::Exception);
        }
        let a = qjs::JS_NewArrayFrom(raw_ctx(ctx), values.len() as _, values.as_ptr());
        if qjs::JS_IsException(a) {
            return Err(Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), a))
    }
}

/// `[href, ...components(url), undefined, false]` as a JS array (the last two slots are
/// the JS side's: the URL's URLSearchParams and whether they changed; made here so that
/// setting them does not grow the array).
fn url_record<'js>(ctx: &Ctx<'js>, url: &Url) -> Result<Value<'js>> {
    let c = components(url);
    let mut values = [qjs::JS_UNDEFINED; 12];
    values[11] = qjs::JS_FALSE;
    values[0] = js_string(ctx, url.as_str());
    for (slot, v) in values[1..].iter_mut().zip(c) {
        *slot = qjs::JS_NewFloat64(v as f64);
    }
    js_array(ctx, &mut values)
}

/// Runs `f` over the string `v` as UTF-8 without copying it when the engine already holds
/// it so (lone surrogates, which callers remove first, would become U+FFFD).
fn with_str<R>(ctx: &Ctx<'_>, v: &Value<'_>, f: impl FnOnce(&str) -> R) -> Result<R> {
    let mut len: qjs::size_t = 0;
    // SAFETY: the returned pointer stays valid until JS_FreeCString.
    let p = unsafe { qjs::JS_ToCStringLen2(raw_ctx(ctx), &mut len, v.as_raw(), false) };
    if p.is_null() {
        return Err(Error::Exception);
    }
    // SAFETY: `p` points at `len` bytes owned by the engine until freed below.
    let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, len as usize) };
    let r = f(&String::from_utf8_lossy(bytes));
    unsafe { qjs::JS_FreeCString(raw_ctx(ctx), p) };
    Ok(r)
}

fn opt_string(v: &Value<'_>) -> Result<Option<String>> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    match v.as_string() {
        Some(s) => Ok(Some(s.to_string()?)),
        None => Ok(None),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    bind::func(
        ctx,
        &o,
        "parse",
        |ctx: Ctx<'js>, input: Value<'js>, base: Value<'js>| -> Result<Value<'js>> {
            let base = opt_string(&base)?;
            match with_str(&ctx, &input, |input| parse(input, base.as_deref()))? {
                Some(url) => url_record(&ctx, &url),
                None => Ok(Value::new_undefined(ctx.clone())),
            }
        },
    )?;
    bind::func(
        ctx,
        &o,
        "update",
        |ctx: Ctx<'js>, href: String, action: u32, value: String| -> Result<Value<'js>> {
            let Some(mut url) = parse_absolute(&href) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            if !update(&mut url, action, &value) {
                return Ok(Value::new_undefined(ctx.clone()));
            }
            url_record(&ctx, &url)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "parseParams",
        |ctx: Ctx<'js>, query: Value<'js>| -> Result<Value<'js>> {
            let mut values = with_str(&ctx, &query, |q| {
                parse_params(q)
                    .iter()
                    .map(|s| js_string(&ctx, s))
                    .collect::<Vec<_>>()
            })?;
            js_array(&ctx, &mut values)
        },
    )?;
    bind::func(
        ctx,
        &o,
        "canParse",
        |input: String, base: Value<'js>| -> Result<bool> {
            let base = opt_string(&base)?;
            Ok(parse(&input, base.as_deref()).is_some())
        },
    )?;
    bind::func(
        ctx,
        &o,
        "format",
        |href: String, fragment: bool, unicode: bool, search: bool, auth: bool| {
            format(&href, fragment, unicode, search, auth)
        },
    )?;
    bind::func(ctx, &o, "domainToASCII", |d: String| domain_to_ascii(&d))?;
    bind::func(ctx, &o, "domainToUnicode", |d: String| {
        domain_to_unicode(&d)
    })?;
    bind::func(ctx, &o, "toASCII", |d: String| to_ascii(&d))?;
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_node_layout() {
        let u = parse(
            "https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash",
            None,
        )
        .unwrap();
        assert_eq!(components(&u), [6, 12, 15, 27, 8080, 32, 40, 57, 2]);
        let u = parse("mailto:x", None).unwrap();
        assert_eq!(
            components(&u),
            [7, 7, 7, 7, OMITTED, 7, OMITTED, OMITTED, 1]
        );
    }

    #[test]
    fn setters_and_relative_parsing() {
        let mut u = parse("../b?x#y", Some("http://h/a/c/d")).unwrap();
        assert_eq!(u.as_str(), "http://h/a/b?x#y");
        assert!(update(&mut u, ACTION_PORT, "81"));
        assert!(update(&mut u, ACTION_HOSTNAME, "EXAMPLE.org"));
        assert!(!update(&mut u, ACTION_HOSTNAME, "a:b"));
        assert!(update(&mut u, ACTION_PORT, ""));
        assert_eq!(u.as_str(), "http://example.org/a/b?x#y");
        assert!(parse("http://[::1", None).is_none());
        assert_eq!(
            parse("///\\//\\//test", Some("http://example.org/"))
                .unwrap()
                .as_str(),
            "http://test/"
        );
        assert_eq!(
            parse("///", Some("http://example.org/")).map(String::from),
            None
        );
    }

    #[test]
    fn hostless_paths_keep_their_marker() {
        let mut u = parse("non-spec:/", None).unwrap();
        assert!(update(&mut u, ACTION_PATHNAME, "//p"));
        assert_eq!(u.as_str(), "non-spec:/.//p");
        assert!(update(&mut u, ACTION_HOSTNAME, "h"));
        assert_eq!(u.as_str(), "non-spec://h//p");
        let mut u = parse("non-spec:/.//", None).unwrap();
        assert!(update(&mut u, ACTION_PATHNAME, "p"));
        assert_eq!(u.as_str(), "non-spec:/p");
    }

    // Found by fuzz/fuzz_targets/url_parse.rs (re-parsing an href dropped its host).
    #[test]
    fn file_urls_keep_their_host_before_a_drive_letter() {
        let cases: [(&str, Option<&str>, &str); 11] = [
            ("file:C:/x", Some("file://host/"), "file://host/C:/x"),
            ("FILE:/C:/x", Some("file://host/"), "file://host/C:/x"),
            ("x/../C:/z", Some("file://host/a/b"), "file://host/a/C:/z"),
            ("file://host/C:/x", None, "file://host/C:/x"),
            ("FILE:\\\\host\\c|\\x/../..", None, "file://host/c:/"),
            ("\t file://h\nost/C:/x?q#f", None, "file://host/C:/x?q#f"),
            ("file://1.2.3/c:", None, "file://1.2.0.3/c:"),
            ("file://localhost/C:/x", None, "file:///C:/x"),
            ("/C:/x", Some("file://host/y"), "file://host/C:/x"),
            ("//h2/C:/x", Some("file://host/y"), "file://h2/C:/x"),
            ("..", Some("file://host/C:/a"), "file://host/C:/"),
        ];
        for (input, base, want) in cases {
            let u = parse(input, base).unwrap();
            assert_eq!(u.as_str(), want, "{input:?} against {base:?}");
            assert_eq!(parse(u.as_str(), None).unwrap().as_str(), want);
        }
        let mut u = parse("file:///C:/0/x", None).unwrap();
        assert!(update(&mut u, ACTION_HOSTNAME, "h"));
        assert_eq!(u.as_str(), "file://h/C:/0/x");
    }

    #[test]
    fn domains() {
        assert_eq!(domain_to_ascii("ÄÖÜ.com"), "xn--4ca0bs.com");
        assert_eq!(domain_to_unicode("xn--4ca0bs.com"), "äöü.com");
        assert_eq!(domain_to_ascii("0x7f.1"), "127.0.0.1");
        assert_eq!(domain_to_ascii("a:b"), "");
        assert_eq!(domain_to_ascii("example.com/foo"), "example.com");
        assert_eq!(to_ascii("bücher.de"), "xn--bcher-kva.de");
    }

    #[test]
    fn format_options() {
        let href = "http://u:p@xn--4ca0bs.com/p?q#f";
        assert_eq!(format(href, false, true, false, false), "http://äöü.com/p");
        assert_eq!(format(href, true, false, true, true), href);
    }
}
