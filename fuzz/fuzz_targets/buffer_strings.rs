//! `Buffer.from(string, encoding)`, `buf.write(string, …, encoding)` and
//! `buf.toString(encoding)` for every encoding, through the real `buffer::codec` functions
//! the binding calls (`encode`, `write`, `decode`, `decoded_js_len`, `atob`, `btoa`).
//!
//! The input is read twice: as a JS string (UTF-16 code units, lone surrogates allowed, handed
//! over as WTF-8 as the engine does) and as bytes. Checked besides "no panic":
//! - `write` into a short buffer writes a prefix of what `encode` gives (utf8: whole
//!   characters only; ucs2: whole code units), and all of it when there is room;
//! - string → bytes → string round trips where they must hold: utf16le always, utf8 up to
//!   lone surrogates (U+FFFD), latin1/ascii up to the low byte / low 7 bits of each unit;
//! - bytes → string → bytes for latin1, utf16le (even length), hex, base64, base64url (and
//!   a base64url string decoded as base64 and the other way round, as Node accepts both);
//! - `decoded_js_len` (the string-length limit check) equals the length of the decoded
//!   string, and `Decoded::Utf8` is valid UTF-8 (the engine trusts it);
//! - `atob(btoa(s))` gives back the low bytes of a latin1 string.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rode_node::buffer::codec::{self, Decoded, Encoding};

const ENCODINGS: [Encoding; 7] = [
    Encoding::Utf8,
    Encoding::Ucs2,
    Encoding::Latin1,
    Encoding::Ascii,
    Encoding::Base64,
    Encoding::Base64Url,
    Encoding::Hex,
];

/// A JS string (UTF-16 code units) as the engine hands it to native code: WTF-8.
fn wtf8(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() * 3);
    let mut i = 0;
    while i < units.len() {
        let u = units[i] as u32;
        let cp = if (0xD800..0xDC00).contains(&u)
            && units
                .get(i + 1)
                .is_some_and(|&l| (0xDC00..0xE000).contains(&l))
        {
            i += 1;
            0x10000 + ((u - 0xD800) << 10) + (units[i] as u32 - 0xDC00)
        } else {
            u
        };
        i += 1;
        match cp {
            0..=0x7F => out.push(cp as u8),
            0x80..=0x7FF => out.extend([0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
            0x800..=0xFFFF => out.extend([
                0xE0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]),
            _ => out.extend([
                0xF0 | (cp >> 18) as u8,
                0x80 | ((cp >> 12) & 0x3F) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]),
        }
    }
    out
}

/// The code units of a decoded string (asserting the UTF-8 form is valid).
fn units_of(d: &Decoded<'_>) -> Vec<u16> {
    match d {
        Decoded::Utf8(b) => std::str::from_utf8(b)
            .expect("Decoded::Utf8 must be valid UTF-8")
            .encode_utf16()
            .collect(),
        Decoded::Utf16(u) => u.clone(),
    }
}

/// `units` with each lone surrogate replaced by U+FFFD (what utf8 encoding does).
fn well_formed(units: &[u16]) -> Vec<u16> {
    char::decode_utf16(units.iter().copied())
        .flat_map(|c| {
            let mut b = [0u16; 2];
            c.unwrap_or('\u{FFFD}').encode_utf16(&mut b).to_vec()
        })
        .collect()
}

fn check_string(units: &[u16], sizes: &[usize]) {
    let s = wtf8(units);
    assert_eq!(codec::utf16_len(&s), units.len(), "utf16_len");
    for enc in ENCODINGS {
        let all = codec::encode(&s, enc);
        // Buffer.from(string, enc) writes into the pool with a byte-length estimate: the
        // write must be a prefix of the full encoding, and complete when there is room.
        for &n in sizes {
            let mut dst = vec![0xAAu8; n];
            let w = codec::write(&mut dst, &s, enc);
            assert!(w <= n, "{enc:?}: wrote {w} into {n}");
            assert_eq!(
                &dst[..w],
                &all[..w],
                "{enc:?}: write is not a prefix of encode"
            );
            assert!(
                dst[w..].iter().all(|&b| b == 0xAA),
                "{enc:?}: wrote past {w}"
            );
            match enc {
                Encoding::Utf8 => {
                    if n >= all.len() {
                        assert_eq!(w, all.len(), "utf8: room for all");
                    } else {
                        // Whole characters only: stops at a character start, at most 3
                        // bytes short.
                        assert!(w + 4 > n, "utf8: stopped early ({w} of {n})");
                        assert!(
                            std::str::from_utf8(&all[..w]).is_ok(),
                            "utf8: cut inside a character"
                        );
                    }
                }
                Encoding::Ucs2 => assert_eq!(w, all.len().min(n & !1), "ucs2 write length"),
                _ => assert_eq!(w, all.len().min(n), "{enc:?} write length"),
            }
        }
        match enc {
            Encoding::Utf8 => {
                assert_eq!(all.len(), s.len(), "byteLengthUtf8");
                let back = units_of(&codec::decode(&all, enc));
                assert_eq!(back, well_formed(units), "utf8 round trip");
            }
            Encoding::Ucs2 => {
                assert_eq!(all.len(), units.len() * 2);
                assert_eq!(
                    units_of(&codec::decode(&all, enc)),
                    units,
                    "ucs2 round trip"
                );
            }
            Encoding::Latin1 => {
                let low: Vec<u16> = units.iter().map(|&u| u & 0xFF).collect();
                assert_eq!(
                    units_of(&codec::decode(&all, enc)),
                    low,
                    "latin1 round trip"
                );
            }
            Encoding::Ascii => {
                let low: Vec<u16> = units.iter().map(|&u| u & 0x7F).collect();
                assert_eq!(units_of(&codec::decode(&all, enc)), low, "ascii round trip");
            }
            Encoding::Hex => assert!(all.len() <= units.len() / 2),
            Encoding::Base64 | Encoding::Base64Url => {
                assert!(
                    all.len() <= units.len() * 3 / 4 + 1,
                    "base64 decoded too long"
                )
            }
        }
    }
    // atob/btoa on the same string.
    match codec::btoa(&s) {
        Some(b64) => {
            assert!(
                units.iter().all(|&u| u <= 0xFF),
                "btoa accepted a unit above U+00FF"
            );
            let back = codec::atob(b64.as_bytes()).expect("atob(btoa(s))");
            let low: Vec<u8> = units.iter().map(|&u| u as u8).collect();
            assert_eq!(back, low, "atob(btoa(s))");
        }
        None => assert!(
            units.iter().any(|&u| u > 0xFF),
            "btoa refused a latin1 string"
        ),
    }
    if let Ok(bytes) = codec::atob(&s) {
        assert!(bytes.len() <= units.len() * 3 / 4 + 1);
    }
}

fn check_bytes(bytes: &[u8]) {
    for enc in ENCODINGS {
        let d = codec::decode(bytes, enc);
        let units = units_of(&d);
        assert_eq!(d.js_len(), units.len(), "{enc:?}: js_len");
        assert_eq!(
            codec::decoded_js_len(bytes, enc),
            units.len(),
            "{enc:?}: decoded_js_len"
        );
        let again = codec::encode(&wtf8(&units), enc);
        match enc {
            Encoding::Utf8 => {
                if std::str::from_utf8(bytes).is_ok() {
                    assert_eq!(again, bytes, "utf8 bytes round trip");
                }
            }
            Encoding::Ucs2 => assert_eq!(again, &bytes[..bytes.len() & !1], "ucs2 bytes"),
            Encoding::Ascii => {
                let low: Vec<u8> = bytes.iter().map(|&b| b & 0x7F).collect();
                assert_eq!(again, low, "ascii bytes");
            }
            _ => assert_eq!(again, bytes, "{enc:?} bytes round trip"),
        }
    }
    // Either base64 alphabet decodes with either encoding name.
    let url: Vec<u16> = codec::encode_base64(bytes, true).encode_utf16().collect();
    assert_eq!(codec::encode(&wtf8(&url), Encoding::Base64), bytes);
    let std_: Vec<u16> = codec::encode_base64(bytes, false).encode_utf16().collect();
    assert_eq!(codec::encode(&wtf8(&std_), Encoding::Base64Url), bytes);
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    // The string: UTF-16 units from byte pairs (any unit, lone surrogates included), or one
    // unit per byte (latin1 text, where hex and base64 live).
    let units: Vec<u16> = if mode & 1 == 0 {
        rest.chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect()
    } else {
        rest.iter().map(|&b| b as u16).collect()
    };
    let n = (mode >> 1) as usize;
    check_string(&units, &[0, 1, n, n + 3, rest.len() / 2, rest.len() * 3]);
    check_bytes(rest);
});
