//! PEM and DER key parsing as `crypto.createPrivateKey` / `createPublicKey` run it (the
//! `keyParse` binding: `crypto::keys::parse_private` / `parse_public`), then what a program
//! does next with the key: `asymmetricKeyType` / `asymmetricKeyDetails`, `export()` and
//! `export({ format: 'jwk' })`.
//!
//! Input: a selector byte (public or private, PEM or DER, the DER type, a passphrase), then
//! the key bytes.
//!
//! Checked besides "no panic": OpenSSL's error queue is empty after every call (a leftover
//! error would make the next, valid, parse fail: the PEM reader looks at the queue), and a
//! key that parsed exports to DER that parses back to the same key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rode_node::crypto::fuzzing::{
    details, export_private, export_public, jwk_export, key_equals, parse_private, parse_public,
    type_name, Exported, KeyData,
};

fn queue_is_empty(what: &str) {
    let left = openssl::error::ErrorStack::get();
    assert!(
        left.errors().is_empty(),
        "{what} left OpenSSL errors: {left}"
    );
}

fn der(e: Exported) -> Vec<u8> {
    match e {
        Exported::Bytes(b) => b,
        Exported::Text(t) => panic!("DER export gave text {t:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, key)) = data.split_first() else {
        return;
    };
    let format = if sel & 1 == 0 { "pem" } else { "der" };
    let typ = [
        "pkcs8", "pkcs1", "spki", "sec1", "", "pkcs8", "pkcs1", "spki",
    ][((sel >> 1) & 7) as usize];
    let pass = match (sel >> 4) & 3 {
        0 | 1 => None,
        2 => Some(b"top secret".to_vec()),
        _ => Some(Vec::new()),
    };
    let public = sel & 0x40 != 0;
    let parsed = if public {
        parse_public(key, format, typ, pass)
    } else {
        parse_private(key, format, typ, pass).map(KeyData::Private)
    };
    queue_is_empty("parse");
    let Ok(k) = parsed else {
        return;
    };
    let _ = jwk_export(&k);
    queue_is_empty("jwk export");
    match &k {
        KeyData::Public(p) => {
            let _ = (type_name(p.id()), details(p));
            queue_is_empty("details");
            if let Ok(d) = export_public(p, "der", "spki") {
                let again = parse_public(&der(d), "der", "spki", None).expect("spki re-parse");
                assert!(key_equals(&k, &again), "spki round trip");
            }
            let _ = export_public(p, "pem", "pkcs1");
        }
        KeyData::Private(p) => {
            let _ = (type_name(p.id()), details(p));
            queue_is_empty("details");
            if let Ok(d) = export_private(p, "der", "pkcs8", None, None) {
                let again = parse_private(&der(d), "der", "pkcs8", None).expect("pkcs8 re-parse");
                assert!(key_equals(&k, &KeyData::Private(again)), "pkcs8 round trip");
            }
            let _ = export_private(p, "pem", "sec1", None, None);
        }
        KeyData::Secret(_) => unreachable!(),
    }
    queue_is_empty("export");
});
