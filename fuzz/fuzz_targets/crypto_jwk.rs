//! JWK import as `crypto.createPrivateKey({ key, format: 'jwk' })` / `createPublicKey` and
//! `subtle.importKey('jwk', …)` run it: JS checks the member types and base64url-decodes
//! them, then `crypto::keys::jwk_import(kty, crv, parts, private)` builds the key.
//!
//! Input: a selector byte (kty, crv, private or public), then the parts, separated by the
//! bytes "\xFF\xFE" (RSA n, e, d, p, q, dp, dq, qi; EC x, y, d; OKP x, d).
//!
//! Checked besides "no panic": OpenSSL's error queue is empty afterwards, and an imported key
//! exports to a JWK that imports back to the same key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rode_node::crypto::fuzzing::{jwk_export, jwk_import, key_equals, KeyData};

fn queue_is_empty(what: &str) {
    let left = openssl::error::ErrorStack::get();
    assert!(
        left.errors().is_empty(),
        "{what} left OpenSSL errors: {left}"
    );
}

fn split<'a>(mut b: &'a [u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\xFF\xFE") {
        out.push(b[..i].to_vec());
        b = &b[i + 2..];
    }
    out.push(b.to_vec());
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let kty = ["RSA", "EC", "OKP", "oct"][(sel & 3) as usize];
    let crv = [
        "P-256",
        "P-384",
        "P-521",
        "secp256k1",
        "Ed25519",
        "Ed448",
        "X25519",
        "X448",
    ][((sel >> 2) & 7) as usize];
    let private = sel & 0x20 != 0;
    let parts = split(rest);
    let r = jwk_import(kty, crv, &parts, private);
    queue_is_empty("jwk import");
    let Ok(k) = r else {
        return;
    };
    let exported = jwk_export(&k);
    queue_is_empty("jwk export");
    let Ok(exported) = exported else {
        return;
    };
    // Back into import order from Node's property order.
    use rode_node::crypto::fuzzing::JwkPart;
    let mut named = std::collections::HashMap::new();
    for p in exported {
        if let JwkPart::Bytes(name, b) = p {
            named.insert(name, b);
        }
    }
    let order: &[&str] = match kty {
        "RSA" if private => &["n", "e", "d", "p", "q", "dp", "dq", "qi"],
        "RSA" => &["n", "e"],
        "EC" => &["x", "y", "d"],
        _ => &["x", "d"],
    };
    let parts: Vec<Vec<u8>> = order
        .iter()
        .map(|n| named.get(n).cloned().unwrap_or_default())
        .collect();
    let again = jwk_import(kty, crv, &parts, private).expect("re-import of our own JWK");
    queue_is_empty("jwk re-import");
    assert!(
        matches!(
            (&k, &again),
            (KeyData::Private(_), KeyData::Private(_)) | (KeyData::Public(_), KeyData::Public(_))
        ),
        "kind changed"
    );
    assert!(key_equals(&k, &again), "JWK round trip");
});
