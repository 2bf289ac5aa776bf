//! The WHATWG URL parser behind `new URL(input, base)`, `URL.canParse`, the URL setters,
//! `url.format(URL)` and `url.domainToASCII/Unicode` (`rode_web::url`, the functions the
//! `url` binding calls).
//!
//! Input: a selector byte (setter and `format` flags), then up to three strings separated by
//! the byte 0xFF (which never occurs in UTF-8), read as lossy UTF-8: `input`, `base`, `value`.
//!
//! Checked besides "no panic", for every URL produced:
//! - the href is ASCII (the JS getters slice it with these byte offsets as UTF-16 indexes);
//! - the nine offsets are ordered, inside the href, and land on ':' / '?' / '#' / the port;
//! - idempotence (URL standard): parsing the href again gives the same href and offsets;
//! - after a setter that succeeded, the same holds for the new href.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rode_web::url as wurl;

fn check_url(u: &url::Url, what: &str) {
    let href = u.as_str();
    assert!(href.is_ascii(), "{what}: non-ASCII href {href:?}");
    let c = wurl::components(u);
    let [pe, ue, hs, he, port, ps, ss, fs, _] = c;
    let len = href.len() as u32;
    assert!(
        pe <= ue && ue <= hs && hs <= he && he <= ps && ps <= len,
        "{what}: offsets out of order {c:?} in {href:?}"
    );
    assert_eq!(href.as_bytes()[pe as usize - 1], b':', "{what}: {href:?}");
    if ss != wurl::OMITTED {
        assert!(ps <= ss && ss < len && href.as_bytes()[ss as usize] == b'?');
    }
    if fs != wurl::OMITTED {
        assert!(ps <= fs && fs < len && href.as_bytes()[fs as usize] == b'#');
        if ss != wurl::OMITTED {
            assert!(ss < fs);
        }
    }
    if port != wurl::OMITTED {
        let digits = &href[he as usize + 1..ps as usize];
        assert_eq!(
            &href[he as usize..he as usize + 1],
            ":",
            "{what}: port in {href:?}"
        );
        assert_eq!(
            digits.parse::<u32>().ok(),
            Some(port),
            "{what}: port in {href:?}"
        );
    }
    // Idempotence: serialize, parse again, same URL.
    let again = wurl::parse(href, None)
        .unwrap_or_else(|| panic!("{what}: href {href:?} does not parse again"));
    assert_eq!(again.as_str(), href, "{what}: href not idempotent");
    assert_eq!(
        wurl::components(&again),
        c,
        "{what}: offsets differ after re-parse"
    );
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let mut parts = rest.splitn(3, |&b| b == 0xFF);
    let input = String::from_utf8_lossy(parts.next().unwrap_or(&[])).into_owned();
    let base = parts
        .next()
        .map(|b| String::from_utf8_lossy(b).into_owned());
    let value = String::from_utf8_lossy(parts.next().unwrap_or(&[])).into_owned();

    let parsed = wurl::parse(&input, None);
    if let Some(u) = &parsed {
        check_url(u, "parse");
    }
    let mut with_base = None;
    if let Some(b) = &base {
        with_base = wurl::parse(&input, Some(b));
        if let Some(u) = &with_base {
            check_url(u, "parse with base");
        }
    }

    // A setter (the `update` binding: href → setter → new href).
    let action = (sel % 10) as u32;
    if let Some(mut u) = with_base.or(parsed) {
        let before = u.as_str().to_owned();
        if wurl::update(&mut u, action, &value) {
            check_url(&u, "update");
        } else {
            assert_eq!(u.as_str(), before, "a refused setter changed the URL");
        }
        let href = u.as_str().to_owned();
        let f = sel >> 4;
        let formatted = wurl::format(&href, f & 1 != 0, f & 2 != 0, f & 4 != 0, f & 8 != 0);
        if f & 2 == 0 {
            // Without unicode, the result is a URL again.
            assert!(
                wurl::parse(&formatted, None).is_some(),
                "format: {formatted:?}"
            );
        }
    }

    // Host helpers (url.domainToASCII / domainToUnicode, legacy url.parse's toASCII).
    let ascii = wurl::domain_to_ascii(&input);
    if !ascii.is_empty() {
        assert_eq!(
            wurl::domain_to_ascii(&ascii),
            ascii,
            "domainToASCII not idempotent"
        );
    }
    let _ = wurl::domain_to_unicode(&input);
    let _ = wurl::to_ascii(&input);
});
