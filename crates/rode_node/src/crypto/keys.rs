//! Keys: secret bytes and OpenSSL's EVP_PKEY, with Node's import and export formats (PEM,
//! DER as pkcs1/pkcs8/spki/sec1, encrypted PEM/DER, JWK), key generation, RSA encryption and
//! Diffie-Hellman style derivation.
//!
//! | function | does |
//! |---|---|
//! | `keySecret(bytes)` | a secret key handle |
//! | `keyParse(isPublic, data, format, type, passphrase)` | a public or private key handle; `format` 'pem' or 'der', `type` 'pkcs1'/'pkcs8'/'spki'/'sec1' (DER); a public key may be read from a private key or a certificate |
//! | `keyInfo(h)` | `['secret', size]` or `[type, asymmetricKeyType, details]` |
//! | `keyExport(h, format, type, cipher, passphrase)` | PEM text or DER bytes |
//! | `keySecretBytes(h)` | the secret's bytes |
//! | `keyToPublic(h)` | the public half of a private key |
//! | `keyEquals(a, b)` | same key material and kind |
//! | `keyJwkExport(h)` | `[kty, ...]` parts (see [`jwk_export`]) |
//! | `keyJwkImport(parts, isPrivate)` | a key handle from JWK parts |
//! | `keyGen(type, params, cb?)` | `[publicHandle, privateHandle]` |
//! | `rsaCrypt(op, h, data, padding, oaepHash, oaepLabel)` | RSA encrypt/decrypt bytes |
//! | `keyDerive(privateHandle, publicHandle)` | the shared secret (ECDH, X25519, DH) |

use super::error::{CResult, CryptoError};
use super::{array_buffer, bytes_vec, handle, new_handle, opt_bytes_vec, run_job, Out, State};
use foreign_types::ForeignType;
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey, PointConversionForm};
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Private, Public};
use openssl::rsa::Rsa;
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};
use std::ffi::{c_char, c_int, c_void};

pub enum KeyData {
    Secret(Vec<u8>),
    Public(PKey<Public>),
    Private(PKey<Private>),
}

pub struct EcdhState {
    pub group: EcGroup,
    pub key: Option<EcKey<Private>>,
}

pub struct DhState {
    pub dh: openssl::dh::Dh<openssl::pkey::Params>,
    pub key: Option<openssl::dh::Dh<Private>>,
    pub verify_error: i32,
}

// SAFETY: these OpenSSL objects are owned by the handle and only used by one thread at a time.
unsafe impl Send for EcdhState {}
unsafe impl Send for DhState {}

pub const ID_RSA_PSS: c_int = 912;

extern "C" {
    // In libcrypto (OpenSSL 3); not all re-exported by openssl-sys.
    fn PEM_read_bio_PrivateKey(
        bio: *mut openssl_sys::BIO,
        x: *mut *mut openssl_sys::EVP_PKEY,
        cb: Option<unsafe extern "C" fn(*mut c_char, c_int, c_int, *mut c_void) -> c_int>,
        u: *mut c_void,
    ) -> *mut openssl_sys::EVP_PKEY;
    fn EVP_PKEY_get_utf8_string_param(
        pkey: *const openssl_sys::EVP_PKEY,
        name: *const c_char,
        out: *mut c_char,
        max: usize,
        out_len: *mut usize,
    ) -> c_int;
    fn ERR_peek_error() -> std::ffi::c_ulong;
    fn d2i_PKCS8PrivateKey_bio(
        bio: *mut openssl_sys::BIO,
        x: *mut *mut openssl_sys::EVP_PKEY,
        cb: Option<unsafe extern "C" fn(*mut c_char, c_int, c_int, *mut c_void) -> c_int>,
        u: *mut c_void,
    ) -> *mut openssl_sys::EVP_PKEY;
    fn d2i_PKCS8_PRIV_KEY_INFO_bio(
        bio: *mut openssl_sys::BIO,
        p8: *mut *mut openssl_sys::PKCS8_PRIV_KEY_INFO,
    ) -> *mut openssl_sys::PKCS8_PRIV_KEY_INFO;
    fn OBJ_ln2nid(ln: *const c_char) -> c_int;
    fn EVP_PKEY_get_int_param(
        pkey: *const openssl_sys::EVP_PKEY,
        name: *const c_char,
        out: *mut c_int,
    ) -> c_int;
    fn EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(
        ctx: *mut openssl_sys::EVP_PKEY_CTX,
        mdname: *const c_char,
        props: *const c_char,
    ) -> c_int;
    fn EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(
        ctx: *mut openssl_sys::EVP_PKEY_CTX,
        mdname: *const c_char,
    ) -> c_int;
    fn EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(
        ctx: *mut openssl_sys::EVP_PKEY_CTX,
        saltlen: c_int,
    ) -> c_int;
}

/// OpenSSL's passphrase callback: copies the passphrase, or fails when there is none (as
/// Node's does).
unsafe extern "C" fn passphrase_cb(
    buf: *mut c_char,
    size: c_int,
    _rw: c_int,
    u: *mut c_void,
) -> c_int {
    let pass = &*(u as *const Option<Vec<u8>>);
    match pass {
        Some(p) if p.len() <= size.max(0) as usize => {
            std::ptr::copy_nonoverlapping(p.as_ptr(), buf as *mut u8, p.len());
            p.len() as c_int
        }
        _ => -1,
    }
}

/// A private key from PEM (any of OpenSSL's formats, encrypted or not).
fn private_from_pem(data: &[u8], pass: &Option<Vec<u8>>) -> CResult<PKey<Private>> {
    // SAFETY: a read-only memory BIO over `data`, freed below; the callback reads `pass`,
    // which outlives the call.
    unsafe {
        let bio = openssl_sys::BIO_new_mem_buf(data.as_ptr().cast(), data.len() as c_int);
        if bio.is_null() {
            return Err(CryptoError::last());
        }
        let pk = PEM_read_bio_PrivateKey(
            bio,
            std::ptr::null_mut(),
            Some(passphrase_cb),
            pass as *const Option<Vec<u8>> as *mut c_void,
        );
        openssl_sys::BIO_free_all(bio);
        if ERR_peek_error() != 0 {
            if !pk.is_null() {
                openssl_sys::EVP_PKEY_free(pk);
            }
            return Err(CryptoError::last());
        }
        if pk.is_null() {
            return Err(CryptoError::last_or("Failed to read private key"));
        }
        Ok(PKey::from_ptr(pk))
    }
}

/// Whether DER bytes are an EncryptedPrivateKeyInfo (a SEQUENCE whose first element is a
/// SEQUENCE, the algorithm) rather than a PrivateKeyInfo (whose first element is an INTEGER).
fn is_encrypted_pkcs8(der: &[u8]) -> bool {
    if der.len() < 2 || der[0] != 0x30 {
        return false;
    }
    let skip = if der[1] & 0x80 == 0 {
        2
    } else {
        2 + (der[1] & 0x7f) as usize
    };
    der.get(skip) == Some(&0x30)
}

/// A private key from PKCS#8 DER, encrypted or not (read through a BIO, as Node does).
fn private_from_pkcs8_der(data: &[u8], pass: &Option<Vec<u8>>) -> CResult<PKey<Private>> {
    // SAFETY: a read-only memory BIO over `data`, freed below; the callback reads `pass`,
    // which outlives the call; the PKCS8 structure is freed after conversion.
    unsafe {
        let bio = openssl_sys::BIO_new_mem_buf(data.as_ptr().cast(), data.len() as c_int);
        if bio.is_null() {
            return Err(CryptoError::last());
        }
        let pk = if is_encrypted_pkcs8(data) {
            d2i_PKCS8PrivateKey_bio(
                bio,
                std::ptr::null_mut(),
                Some(passphrase_cb),
                pass as *const Option<Vec<u8>> as *mut c_void,
            )
        } else {
            let p8 = d2i_PKCS8_PRIV_KEY_INFO_bio(bio, std::ptr::null_mut());
            if p8.is_null() {
                std::ptr::null_mut()
            } else {
                let k = openssl_sys::EVP_PKCS82PKEY(p8);
                openssl_sys::PKCS8_PRIV_KEY_INFO_free(p8);
                k
            }
        };
        openssl_sys::BIO_free_all(bio);
        if ERR_peek_error() != 0 {
            if !pk.is_null() {
                openssl_sys::EVP_PKEY_free(pk);
            }
            return Err(CryptoError::last());
        }
        if pk.is_null() {
            return Err(CryptoError::last_or("Failed to read private key"));
        }
        Ok(PKey::from_ptr(pk))
    }
}

/// The label of the first PEM block (`-----BEGIN <label>-----`).
fn pem_label(data: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(data).ok()?;
    let start = s.find("-----BEGIN ")? + 11;
    let end = s[start..].find("-----")?;
    Some(s[start..start + end].to_string())
}

fn to_public(k: &PKey<Private>) -> CResult<PKey<Public>> {
    Ok(PKey::public_key_from_der(&k.public_key_to_der()?)?)
}

pub fn parse_private(
    data: &[u8],
    format: &str,
    typ: &str,
    pass: Option<Vec<u8>>,
) -> CResult<PKey<Private>> {
    if format == "pem" {
        return private_from_pem(data, &pass);
    }
    let r = match typ {
        "pkcs1" => Rsa::private_key_from_der(data).and_then(PKey::from_rsa),
        "sec1" => EcKey::private_key_from_der(data).and_then(PKey::from_ec_key),
        _ => return private_from_pkcs8_der(data, &pass),
    };
    r.map_err(|e| {
        let _ = openssl::error::ErrorStack::get();
        CryptoError::from(e)
    })
}

pub fn parse_public(
    data: &[u8],
    format: &str,
    typ: &str,
    pass: Option<Vec<u8>>,
) -> CResult<KeyData> {
    if format == "pem" {
        let r = match pem_label(data).as_deref() {
            Some("PUBLIC KEY") => Some(PKey::public_key_from_pem(data)),
            Some("RSA PUBLIC KEY") => {
                Some(Rsa::public_key_from_pem_pkcs1(data).and_then(PKey::from_rsa))
            }
            Some("CERTIFICATE") => {
                Some(openssl::x509::X509::from_pem(data).and_then(|c| c.public_key()))
            }
            _ => None,
        };
        return match r {
            Some(Ok(k)) => Ok(KeyData::Public(k)),
            Some(Err(e)) => Err(e.into()),
            None => Ok(KeyData::Public(to_public(&private_from_pem(data, &pass)?)?)),
        };
    }
    let r = match typ {
        "pkcs1" => match Rsa::public_key_from_der_pkcs1(data) {
            Ok(r) => PKey::from_rsa(r),
            Err(_) => {
                // An RSAPrivateKey given where a public key is wanted.
                let _ = openssl::error::ErrorStack::get();
                let k = parse_private(data, "der", "pkcs1", pass)?;
                return Ok(KeyData::Public(to_public(&k)?));
            }
        },
        "spki" => PKey::public_key_from_der(data),
        _ => {
            let k = parse_private(data, "der", typ, pass)?;
            return Ok(KeyData::Public(to_public(&k)?));
        }
    };
    Ok(KeyData::Public(r?))
}

/// Node's name of a key type.
pub fn type_name(id: Id) -> &'static str {
    match id {
        Id::RSA => "rsa",
        Id::DSA => "dsa",
        Id::DH => "dh",
        Id::EC => "ec",
        Id::ED25519 => "ed25519",
        Id::ED448 => "ed448",
        Id::X25519 => "x25519",
        Id::X448 => "x448",
        _ if id.as_raw() == ID_RSA_PSS => "rsa-pss",
        _ => "",
    }
}

fn nid_short_name(nid: Nid) -> String {
    nid.short_name().map(str::to_string).unwrap_or_default()
}

fn nid_long_name(nid: Nid) -> String {
    nid.long_name().map(str::to_string).unwrap_or_default()
}

/// A digest name from OpenSSL's RSA-PSS parameters, as Node prints it ('sha256').
fn digest_ln(name: &str) -> String {
    match openssl::hash::MessageDigest::from_name(name) {
        Some(md) => nid_long_name(md.type_()),
        None => name.to_lowercase(),
    }
}

fn utf8_param<T>(k: &PKey<T>, name: &str) -> Option<String> {
    let cname = std::ffi::CString::new(name).ok()?;
    let mut buf = [0 as c_char; 64];
    let mut len = 0usize;
    // SAFETY: valid key and name; `buf` has room for `max` bytes.
    let ok = unsafe {
        EVP_PKEY_get_utf8_string_param(
            k.as_ptr(),
            cname.as_ptr(),
            buf.as_mut_ptr(),
            buf.len(),
            &mut len,
        )
    };
    if ok != 1 {
        let _ = openssl::error::ErrorStack::get();
        return None;
    }
    let bytes: Vec<u8> = buf[..len.min(buf.len())].iter().map(|&c| c as u8).collect();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn int_param<T>(k: &PKey<T>, name: &str) -> Option<i32> {
    let cname = std::ffi::CString::new(name).ok()?;
    let mut v: c_int = 0;
    // SAFETY: valid key and name.
    let ok = unsafe { EVP_PKEY_get_int_param(k.as_ptr(), cname.as_ptr(), &mut v) };
    if ok != 1 {
        let _ = openssl::error::ErrorStack::get();
        return None;
    }
    Some(v)
}

/// Details of an asymmetric key: `(key, value)` pairs; numbers as f64, the RSA public
/// exponent as hex (JS makes a BigInt), strings for names.
pub enum Detail {
    Num(f64),
    Hex(String),
    Str(String),
}

pub fn details<T: openssl::pkey::HasPublic>(k: &PKey<T>) -> Vec<(&'static str, Detail)> {
    let mut out = Vec::new();
    let id = k.id();
    if id == Id::RSA || id.as_raw() == ID_RSA_PSS {
        out.push(("modulusLength", Detail::Num(k.bits() as f64)));
        let e = k
            .rsa()
            .ok()
            .map(|r| r.e().to_hex_str().map(|s| s.to_string()));
        if let Some(Ok(e)) = e {
            out.push(("publicExponent", Detail::Hex(e)));
        }
        if id.as_raw() == ID_RSA_PSS {
            if let Some(d) = utf8_param(k, "digest") {
                out.push(("hashAlgorithm", Detail::Str(digest_ln(&d))));
                if let Some(m) = utf8_param(k, "mgf1-digest") {
                    out.push(("mgf1HashAlgorithm", Detail::Str(digest_ln(&m))));
                }
                if let Some(s) = int_param(k, "saltlen") {
                    out.push(("saltLength", Detail::Num(s as f64)));
                }
            }
        }
    } else if id == Id::DSA {
        if let Ok(d) = k.dsa() {
            out.push(("modulusLength", Detail::Num(d.p().num_bits() as f64)));
            out.push(("divisorLength", Detail::Num(d.q().num_bits() as f64)));
        }
    } else if id == Id::EC {
        if let Ok(ec) = k.ec_key() {
            if let Some(nid) = ec.group().curve_name() {
                out.push(("namedCurve", Detail::Str(nid_short_name(nid))));
            }
        }
    }
    out
}

fn details_js<'js>(ctx: &Ctx<'js>, list: Vec<(&'static str, Detail)>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    for (k, v) in list {
        match v {
            Detail::Num(n) => o.set(k, n)?,
            Detail::Hex(h) => o.set(k, format!("0x{h}"))?,
            Detail::Str(s) => o.set(k, s)?,
        }
    }
    Ok(o)
}

fn symm_cipher(name: &str) -> Option<openssl::symm::Cipher> {
    let c = std::ffi::CString::new(name).ok()?;
    // SAFETY: a lookup by name; returns a static cipher or null.
    let p = unsafe { openssl_sys::EVP_get_cipherbyname(c.as_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: `p` is a valid cipher.
    let nid = unsafe { openssl_sys::EVP_CIPHER_nid(p) };
    openssl::symm::Cipher::from_nid(Nid::from_raw(nid))
}

pub enum Exported {
    Text(String),
    Bytes(Vec<u8>),
}

fn text(v: Vec<u8>) -> Exported {
    Exported::Text(String::from_utf8_lossy(&v).into_owned())
}

pub fn export_public(k: &PKey<Public>, format: &str, typ: &str) -> CResult<Exported> {
    let pem = format == "pem";
    Ok(match typ {
        "pkcs1" => {
            let r = k.rsa()?;
            if pem {
                text(r.public_key_to_pem_pkcs1()?)
            } else {
                Exported::Bytes(r.public_key_to_der_pkcs1()?)
            }
        }
        _ => {
            if pem {
                text(k.public_key_to_pem()?)
            } else {
                Exported::Bytes(k.public_key_to_der()?)
            }
        }
    })
}

pub fn export_private(
    k: &PKey<Private>,
    format: &str,
    typ: &str,
    cipher: Option<&str>,
    pass: Option<&[u8]>,
) -> CResult<Exported> {
    let pem = format == "pem";
    let cipher = match cipher {
        Some(name) => Some(symm_cipher(name).ok_or_else(|| {
            CryptoError::Coded(
                "ERR_CRYPTO_UNKNOWN_CIPHER",
                "Error",
                "Unknown cipher".into(),
            )
        })?),
        None => None,
    };
    let pass = pass.unwrap_or(&[]);
    Ok(match typ {
        "pkcs1" => {
            let r = k.rsa()?;
            match (pem, cipher) {
                (true, Some(c)) => text(r.private_key_to_pem_passphrase(c, pass)?),
                (true, None) => text(r.private_key_to_pem()?),
                (false, _) => Exported::Bytes(r.private_key_to_der()?),
            }
        }
        "sec1" => {
            let e = k.ec_key()?;
            match (pem, cipher) {
                (true, Some(c)) => text(e.private_key_to_pem_passphrase(c, pass)?),
                (true, None) => text(e.private_key_to_pem()?),
                (false, _) => Exported::Bytes(e.private_key_to_der()?),
            }
        }
        _ => match (pem, cipher) {
            (true, Some(c)) => text(k.private_key_to_pem_pkcs8_passphrase(c, pass)?),
            (true, None) => text(k.private_key_to_pem_pkcs8()?),
            (false, Some(c)) => Exported::Bytes(k.private_key_to_pkcs8_passphrase(c, pass)?),
            (false, None) => Exported::Bytes(k.private_key_to_pkcs8()?),
        },
    })
}

/// The JWK curve name of an OpenSSL curve, if JWK has one.
fn jwk_curve(nid: Nid) -> Option<&'static str> {
    match nid {
        Nid::X9_62_PRIME256V1 => Some("P-256"),
        Nid::SECP256K1 => Some("secp256k1"),
        Nid::SECP384R1 => Some("P-384"),
        Nid::SECP521R1 => Some("P-521"),
        _ => None,
    }
}

fn curve_of_jwk(crv: &str) -> Option<Nid> {
    match crv {
        "P-256" => Some(Nid::X9_62_PRIME256V1),
        "secp256k1" => Some(Nid::SECP256K1),
        "P-384" => Some(Nid::SECP384R1),
        "P-521" => Some(Nid::SECP521R1),
        _ => None,
    }
}

/// A JWK part: a name and bytes (JS base64url-encodes them) or a string.
pub enum JwkPart {
    Bytes(&'static str, Vec<u8>),
    Str(&'static str, String),
}

fn coded(code: &'static str, class: &'static str, msg: impl Into<String>) -> CryptoError {
    CryptoError::Coded(code, class, msg.into())
}

/// The parts of a key's JWK, in Node's property order.
pub fn jwk_export(k: &KeyData) -> CResult<Vec<JwkPart>> {
    let (id, public_der, private) = match k {
        KeyData::Secret(b) => {
            return Ok(vec![
                JwkPart::Str("kty", "oct".into()),
                JwkPart::Bytes("k", b.clone()),
            ])
        }
        KeyData::Public(p) => (p.id(), p.public_key_to_der()?, None),
        KeyData::Private(p) => (p.id(), p.public_key_to_der()?, Some(p)),
    };
    let public = PKey::public_key_from_der(&public_der)?;
    let unsupported = || {
        coded(
            "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE",
            "Error",
            "Unsupported JWK Key Type.",
        )
    };
    let mut out = Vec::new();
    match id {
        Id::RSA => {
            out.push(JwkPart::Str("kty", "RSA".into()));
            if let Some(p) = private {
                let r = p.rsa()?;
                out.push(JwkPart::Bytes("n", r.n().to_vec()));
                out.push(JwkPart::Bytes("e", r.e().to_vec()));
                out.push(JwkPart::Bytes("d", r.d().to_vec()));
                let opt =
                    |b: Option<&openssl::bn::BigNumRef>| b.map(|x| x.to_vec()).unwrap_or_default();
                out.push(JwkPart::Bytes("p", opt(r.p())));
                out.push(JwkPart::Bytes("q", opt(r.q())));
                out.push(JwkPart::Bytes("dp", opt(r.dmp1())));
                out.push(JwkPart::Bytes("dq", opt(r.dmq1())));
                out.push(JwkPart::Bytes("qi", opt(r.iqmp())));
            } else {
                let r = public.rsa()?;
                out.push(JwkPart::Bytes("n", r.n().to_vec()));
                out.push(JwkPart::Bytes("e", r.e().to_vec()));
            }
        }
        Id::EC => {
            let ec = public.ec_key()?;
            let group = ec.group();
            let nid = group.curve_name();
            let Some(crv) = nid.and_then(jwk_curve) else {
                let name = nid.map(nid_short_name).unwrap_or_default();
                return Err(coded(
                    "ERR_CRYPTO_JWK_UNSUPPORTED_CURVE",
                    "Error",
                    format!("Unsupported JWK EC curve: {name}."),
                ));
            };
            let bits = group.degree() as usize;
            let len = bits.div_ceil(8);
            let mut x = BigNum::new()?;
            let mut y = BigNum::new()?;
            let mut bctx = BigNumContext::new()?;
            ec.public_key()
                .affine_coordinates(group, &mut x, &mut y, &mut bctx)?;
            out.push(JwkPart::Str("kty", "EC".into()));
            out.push(JwkPart::Bytes("x", x.to_vec_padded(len as i32)?));
            out.push(JwkPart::Bytes("y", y.to_vec_padded(len as i32)?));
            out.push(JwkPart::Str("crv", crv.into()));
            if let Some(p) = private {
                let d = p.ec_key()?;
                out.push(JwkPart::Bytes(
                    "d",
                    d.private_key().to_vec_padded(len as i32)?,
                ));
            }
        }
        Id::ED25519 | Id::ED448 | Id::X25519 | Id::X448 => {
            let crv = match id {
                Id::ED25519 => "Ed25519",
                Id::ED448 => "Ed448",
                Id::X25519 => "X25519",
                _ => "X448",
            };
            out.push(JwkPart::Str("crv", crv.into()));
            if let Some(p) = private {
                out.push(JwkPart::Bytes("d", p.raw_private_key()?));
            }
            out.push(JwkPart::Bytes("x", public.raw_public_key()?));
            out.push(JwkPart::Str("kty", "OKP".into()));
        }
        _ => return Err(unsupported()),
    }
    Ok(out)
}

fn bn(b: &[u8]) -> CResult<BigNum> {
    Ok(BigNum::from_slice(b)?)
}

fn invalid_jwk() -> CryptoError {
    coded("ERR_CRYPTO_INVALID_JWK", "TypeError", "Invalid JWK data")
}

/// A key from JWK parts (JS has checked the property types and decoded base64url):
/// RSA `[n, e, d, p, q, dp, dq, qi]`, EC `[crv, x, y, d]`, OKP `[crv, x, d]`.
pub fn jwk_import(kty: &str, crv: &str, parts: &[Vec<u8>], private: bool) -> CResult<KeyData> {
    let part = |i: usize| parts.get(i).map(Vec::as_slice).unwrap_or(&[]);
    match kty {
        "RSA" => {
            if private {
                let r = Rsa::from_private_components(
                    bn(part(0))?,
                    bn(part(1))?,
                    bn(part(2))?,
                    bn(part(3))?,
                    bn(part(4))?,
                    bn(part(5))?,
                    bn(part(6))?,
                    bn(part(7))?,
                )
                .map_err(|_| invalid_jwk())?;
                Ok(KeyData::Private(PKey::from_rsa(r)?))
            } else {
                let r = Rsa::from_public_components(bn(part(0))?, bn(part(1))?)
                    .map_err(|_| invalid_jwk())?;
                Ok(KeyData::Public(PKey::from_rsa(r)?))
            }
        }
        "EC" => {
            let nid = curve_of_jwk(crv).ok_or_else(invalid_jwk)?;
            let group = EcGroup::from_curve_name(nid)?;
            let pubkey =
                EcKey::from_public_key_affine_coordinates(&group, &*bn(part(0))?, &*bn(part(1))?)
                    .map_err(|_| {
                    let _ = openssl::error::ErrorStack::get();
                    invalid_jwk()
                })?;
            if private {
                let k = EcKey::from_private_components(&group, &*bn(part(2))?, pubkey.public_key())
                    .map_err(|_| invalid_jwk())?;
                k.check_key().map_err(|_| invalid_jwk())?;
                Ok(KeyData::Private(PKey::from_ec_key(k)?))
            } else {
                Ok(KeyData::Public(PKey::from_ec_key(pubkey)?))
            }
        }
        "OKP" => {
            let id = match crv {
                "Ed25519" => Id::ED25519,
                "Ed448" => Id::ED448,
                "X25519" => Id::X25519,
                "X448" => Id::X448,
                _ => return Err(invalid_jwk()),
            };
            if private {
                let k = PKey::private_key_from_raw_bytes(part(1), id).map_err(|_| invalid_jwk())?;
                Ok(KeyData::Private(k))
            } else {
                let k = PKey::public_key_from_raw_bytes(part(0), id).map_err(|_| invalid_jwk())?;
                Ok(KeyData::Public(k))
            }
        }
        _ => Err(invalid_jwk()),
    }
}

/// Parameters of `generateKeyPair` (JS has validated them).
pub struct GenParams {
    pub kind: String,
    pub bits: u32,
    pub exponent: u32,
    pub curve: String,
    pub hash: Option<String>,
    pub mgf1: Option<String>,
    pub salt: Option<i32>,
    pub divisor: Option<u32>,
    pub explicit: bool,
}

pub fn curve_nid(name: &str) -> Option<Nid> {
    let n = match name {
        "P-256" => return Some(Nid::X9_62_PRIME256V1),
        "P-384" => return Some(Nid::SECP384R1),
        "P-521" => return Some(Nid::SECP521R1),
        "P-224" => return Some(Nid::SECP224R1),
        "P-192" => return Some(Nid::X9_62_PRIME192V1),
        n => std::ffi::CString::new(n).ok()?,
    };
    // SAFETY: lookups by NUL-terminated names; 0 means unknown.
    let mut nid = unsafe { openssl_sys::OBJ_sn2nid(n.as_ptr()) };
    if nid == 0 {
        nid = unsafe { OBJ_ln2nid(n.as_ptr()) };
    }
    if nid == 0 {
        return None;
    }
    let nid = Nid::from_raw(nid);
    EcGroup::from_curve_name(nid).ok().map(|_| nid).or_else(|| {
        let _ = openssl::error::ErrorStack::get();
        None
    })
}

pub fn generate(p: &GenParams) -> CResult<(PKey<Public>, PKey<Private>)> {
    let private: PKey<Private> = match p.kind.as_str() {
        "rsa" => {
            let e = BigNum::from_u32(p.exponent)?;
            PKey::from_rsa(Rsa::generate_with_e(p.bits, &e)?)?
        }
        "rsa-pss" => {
            let mut ctx = openssl::pkey_ctx::PkeyCtx::new_id(Id::from_raw(ID_RSA_PSS))?;
            ctx.keygen_init()?;
            ctx.set_rsa_keygen_bits(p.bits)?;
            ctx.set_rsa_keygen_pubexp(&*BigNum::from_u32(p.exponent)?)?;
            // SAFETY: valid keygen context; names are NUL-terminated.
            unsafe {
                let raw = ctx.as_ptr();
                if let Some(h) = &p.hash {
                    let c = std::ffi::CString::new(h.as_str()).unwrap_or_default();
                    if EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(raw, c.as_ptr(), std::ptr::null())
                        <= 0
                    {
                        return Err(CryptoError::last());
                    }
                }
                if let Some(m) = &p.mgf1 {
                    let c = std::ffi::CString::new(m.as_str()).unwrap_or_default();
                    if EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(raw, c.as_ptr()) <= 0 {
                        return Err(CryptoError::last());
                    }
                }
                if let Some(s) = p.salt {
                    if EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(raw, s) <= 0 {
                        return Err(CryptoError::last());
                    }
                }
            }
            ctx.keygen()?
        }
        "dsa" => {
            let d = openssl::dsa::Dsa::generate_params(p.bits)?;
            let _ = p.divisor;
            PKey::from_dsa(d.generate_key()?)?
        }
        "ec" => {
            let nid = curve_nid(&p.curve).ok_or_else(|| {
                coded(
                    "ERR_CRYPTO_INVALID_CURVE",
                    "TypeError",
                    "Invalid EC curve name",
                )
            })?;
            let mut group = EcGroup::from_curve_name(nid)?;
            if p.explicit {
                group.set_asn1_flag(openssl::ec::Asn1Flag::EXPLICIT_CURVE);
            } else {
                group.set_asn1_flag(openssl::ec::Asn1Flag::NAMED_CURVE);
            }
            PKey::from_ec_key(EcKey::generate(&group)?)?
        }
        "ed25519" => PKey::generate_ed25519()?,
        "ed448" => PKey::generate_ed448()?,
        "x25519" => PKey::generate_x25519()?,
        "x448" => PKey::generate_x448()?,
        _ => return Err(CryptoError::msg("Unsupported key type")),
    };
    Ok((to_public(&private)?, private))
}

pub fn key_equals(a: &KeyData, b: &KeyData) -> bool {
    match (a, b) {
        (KeyData::Secret(x), KeyData::Secret(y)) => x.len() == y.len() && openssl::memcmp::eq(x, y),
        (KeyData::Public(x), KeyData::Public(y)) => x.public_eq(y),
        (KeyData::Private(x), KeyData::Private(y)) => {
            x.public_eq(y)
                && match (x.private_key_to_pkcs8(), y.private_key_to_pkcs8()) {
                    (Ok(a), Ok(b)) => a == b,
                    _ => false,
                }
        }
        _ => false,
    }
}

/// RSA encryption and decryption with a key (`op`: 0 publicEncrypt, 1 privateDecrypt,
/// 2 privateEncrypt, 3 publicDecrypt).
pub fn rsa_crypt(
    op: i32,
    key: &KeyData,
    data: &[u8],
    padding: i32,
    oaep_hash: Option<&str>,
    label: Option<&[u8]>,
) -> CResult<Vec<u8>> {
    use openssl::pkey_ctx::PkeyCtx;
    use openssl::rsa::Padding;
    let pad = Padding::from_raw(padding);
    let oaep = |ctx: &mut dyn OaepCtx| ctx.apply_oaep(padding, oaep_hash, label);
    let mut out = Vec::new();
    match (op, key) {
        (0, KeyData::Public(k)) => {
            let mut ctx = PkeyCtx::new(k)?;
            ctx.encrypt_init()?;
            ctx.set_rsa_padding(pad)?;
            oaep(&mut ctx)?;
            ctx.encrypt_to_vec(data, &mut out)?;
        }
        (0, KeyData::Private(k)) => {
            let mut ctx = PkeyCtx::new(k)?;
            ctx.encrypt_init()?;
            ctx.set_rsa_padding(pad)?;
            oaep(&mut ctx)?;
            ctx.encrypt_to_vec(data, &mut out)?;
        }
        (1, KeyData::Private(k)) => {
            let mut ctx = PkeyCtx::new(k)?;
            ctx.decrypt_init()?;
            ctx.set_rsa_padding(pad)?;
            oaep(&mut ctx)?;
            ctx.decrypt_to_vec(data, &mut out)?;
        }
        (2, KeyData::Private(k)) => {
            let mut ctx = PkeyCtx::new(k)?;
            ctx.sign_init()?;
            ctx.set_rsa_padding(pad)?;
            ctx.sign_to_vec(data, &mut out)?;
        }
        (3, KeyData::Public(k)) => {
            out = verify_recover(k, data, pad)?;
        }
        (3, KeyData::Private(k)) => {
            out = verify_recover(&to_public(k)?, data, pad)?;
        }
        _ => return Err(CryptoError::msg("Invalid key for this operation")),
    }
    Ok(out)
}

/// OAEP options on a context for either key kind.
trait OaepCtx {
    fn apply_oaep(&mut self, padding: i32, hash: Option<&str>, label: Option<&[u8]>)
        -> CResult<()>;
}

impl<T> OaepCtx for openssl::pkey_ctx::PkeyCtx<T> {
    fn apply_oaep(
        &mut self,
        padding: i32,
        hash: Option<&str>,
        label: Option<&[u8]>,
    ) -> CResult<()> {
        if padding == 4 {
            if let Some(h) = hash {
                let md = openssl::md::Md::fetch(None, h, None).map_err(|_| {
                    coded(
                        "ERR_OSSL_EVP_INVALID_DIGEST",
                        "Error",
                        "Invalid digest used",
                    )
                })?;
                self.set_rsa_oaep_md(&md)?;
            }
            if let Some(l) = label {
                self.set_rsa_oaep_label(l)?;
            }
        }
        Ok(())
    }
}

fn verify_recover(k: &PKey<Public>, data: &[u8], pad: openssl::rsa::Padding) -> CResult<Vec<u8>> {
    let mut ctx = openssl::pkey_ctx::PkeyCtx::new(k)?;
    ctx.verify_recover_init()?;
    ctx.set_rsa_padding(pad)?;
    let n = ctx.verify_recover(data, None)?;
    let mut out = vec![0u8; n];
    let m = ctx.verify_recover(data, Some(&mut out))?;
    out.truncate(m);
    Ok(out)
}

/// The shared secret of a private key and a peer's public key (ECDH, X25519/X448, DH).
pub fn derive(private: &PKey<Private>, public: &PKey<Public>) -> CResult<Vec<u8>> {
    let mut ctx = openssl::pkey_ctx::PkeyCtx::new(private)?;
    ctx.derive_init()?;
    ctx.derive_set_peer(public)?;
    let mut out = Vec::new();
    ctx.derive_to_vec(&mut out)?;
    Ok(out)
}

/// The key behind a handle (cloned: OpenSSL keys are reference counted).
pub fn key_of<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<KeyData> {
    let h = handle(ctx, v)?;
    let b = h.borrow();
    match &b.state {
        State::Key(KeyData::Secret(s)) => Ok(KeyData::Secret(s.clone())),
        State::Key(KeyData::Public(p)) => Ok(KeyData::Public(p.clone())),
        State::Key(KeyData::Private(p)) => Ok(KeyData::Private(p.clone())),
        _ => Err(bind::throw_error(ctx, "crypto: not a key")),
    }
}

fn key_handle<'js>(ctx: &Ctx<'js>, k: KeyData) -> Result<Value<'js>> {
    new_handle(ctx, State::Key(k))
}

fn opt_string(v: &Value<'_>) -> Result<Option<String>> {
    match v.as_string() {
        Some(s) => Ok(Some(s.to_string()?)),
        None => Ok(None),
    }
}

pub fn point_form(f: &str) -> PointConversionForm {
    match f {
        "compressed" => PointConversionForm::COMPRESSED,
        "hybrid" => PointConversionForm::HYBRID,
        _ => PointConversionForm::UNCOMPRESSED,
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "keySecret",
        |ctx: Ctx<'js>, data: Value<'js>| -> Result<Value<'js>> {
            let b = bytes_vec(&ctx, &data)?;
            key_handle(&ctx, KeyData::Secret(b))
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyParse",
        |ctx: Ctx<'js>,
         is_public: bool,
         data: Value<'js>,
         format: String,
         typ: Value<'js>,
         pass: Value<'js>|
         -> Result<Value<'js>> {
            let data = bytes_vec(&ctx, &data)?;
            let typ = opt_string(&typ)?.unwrap_or_default();
            let pass = opt_bytes_vec(&ctx, &pass)?;
            let r = if is_public {
                parse_public(&data, &format, &typ, pass)
            } else {
                parse_private(&data, &format, &typ, pass).map(KeyData::Private)
            };
            match r {
                Ok(k) => key_handle(&ctx, k),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyInfo",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            let arr = rquickjs::Array::new(ctx.clone())?;
            match key_of(&ctx, &h)? {
                KeyData::Secret(s) => {
                    arr.set(0, "secret")?;
                    arr.set(1, s.len() as f64)?;
                }
                KeyData::Public(p) => {
                    arr.set(0, "public")?;
                    arr.set(1, type_name(p.id()))?;
                    arr.set(2, details_js(&ctx, details(&p))?)?;
                }
                KeyData::Private(p) => {
                    arr.set(0, "private")?;
                    arr.set(1, type_name(p.id()))?;
                    arr.set(2, details_js(&ctx, details(&p))?)?;
                }
            }
            Ok(arr.into_value())
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyExport",
        |ctx: Ctx<'js>,
         h: Value<'js>,
         format: String,
         typ: String,
         cipher: Value<'js>,
         pass: Value<'js>|
         -> Result<Value<'js>> {
            let cipher = opt_string(&cipher)?;
            let pass = opt_bytes_vec(&ctx, &pass)?;
            let r = match key_of(&ctx, &h)? {
                KeyData::Public(p) => export_public(&p, &format, &typ),
                KeyData::Private(p) => {
                    export_private(&p, &format, &typ, cipher.as_deref(), pass.as_deref())
                }
                KeyData::Secret(s) => Ok(Exported::Bytes(s)),
            };
            match r {
                Ok(Exported::Text(t)) => {
                    Ok(rquickjs::String::from_str(ctx.clone(), &t)?.into_value())
                }
                Ok(Exported::Bytes(b)) => array_buffer(&ctx, b),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyToPublic",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            match key_of(&ctx, &h)? {
                KeyData::Private(p) => match to_public(&p) {
                    Ok(k) => key_handle(&ctx, KeyData::Public(k)),
                    Err(e) => Err(e.throw(&ctx)),
                },
                k => key_handle(&ctx, k),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyEquals",
        |ctx: Ctx<'js>, a: Value<'js>, b: Value<'js>| -> Result<bool> {
            Ok(key_equals(&key_of(&ctx, &a)?, &key_of(&ctx, &b)?))
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyJwkExport",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            let parts = match jwk_export(&key_of(&ctx, &h)?) {
                Ok(p) => p,
                Err(e) => return Err(e.throw(&ctx)),
            };
            let arr = rquickjs::Array::new(ctx.clone())?;
            for (i, p) in parts.into_iter().enumerate() {
                let pair = rquickjs::Array::new(ctx.clone())?;
                match p {
                    JwkPart::Bytes(k, v) => {
                        pair.set(0, k)?;
                        pair.set(1, array_buffer(&ctx, v)?)?;
                    }
                    JwkPart::Str(k, v) => {
                        pair.set(0, k)?;
                        pair.set(1, v)?;
                    }
                }
                arr.set(i, pair)?;
            }
            Ok(arr.into_value())
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyJwkImport",
        |ctx: Ctx<'js>,
         kty: String,
         crv: String,
         parts: Vec<Value<'js>>,
         private: bool|
         -> Result<Value<'js>> {
            let mut bytes = Vec::with_capacity(parts.len());
            for p in &parts {
                bytes.push(if p.is_undefined() {
                    Vec::new()
                } else {
                    bytes_vec(&ctx, p)?
                });
            }
            match jwk_import(&kty, &crv, &bytes, private) {
                Ok(k) => key_handle(&ctx, k),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyGen",
        |ctx: Ctx<'js>, kind: String, params: Object<'js>, cb: Value<'js>| -> Result<Value<'js>> {
            let get_num = |k: &str| -> Result<Option<f64>> { params.get::<_, Option<f64>>(k) };
            let get_str =
                |k: &str| -> Result<Option<String>> { params.get::<_, Option<String>>(k) };
            let p = GenParams {
                kind,
                bits: get_num("modulusLength")?.unwrap_or(0.0) as u32,
                exponent: get_num("publicExponent")?.unwrap_or(65537.0) as u32,
                curve: get_str("namedCurve")?.unwrap_or_default(),
                hash: get_str("hashAlgorithm")?,
                mgf1: get_str("mgf1HashAlgorithm")?,
                salt: get_num("saltLength")?.map(|s| s as i32),
                divisor: get_num("divisorLength")?.map(|s| s as u32),
                explicit: get_str("paramEncoding")?.as_deref() == Some("explicit"),
            };
            if p.kind == "ec" && curve_nid(&p.curve).is_none() {
                return Err(coded(
                    "ERR_CRYPTO_INVALID_CURVE",
                    "TypeError",
                    "Invalid EC curve name",
                )
                .throw(&ctx));
            }
            run_job(&ctx, cb, move || {
                let (public, private) = generate(&p)?;
                Ok(Out::Keys(vec![
                    KeyData::Public(public),
                    KeyData::Private(private),
                ]))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "rsaCrypt",
        |ctx: Ctx<'js>,
         op: i32,
         h: Value<'js>,
         data: Value<'js>,
         padding: i32,
         oaep_hash: Value<'js>,
         label: Value<'js>|
         -> Result<Value<'js>> {
            let key = key_of(&ctx, &h)?;
            let data = bytes_vec(&ctx, &data)?;
            let hash = opt_string(&oaep_hash)?;
            let label = opt_bytes_vec(&ctx, &label)?;
            match rsa_crypt(op, &key, &data, padding, hash.as_deref(), label.as_deref()) {
                Ok(out) => array_buffer(&ctx, out),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "keyDerive",
        |ctx: Ctx<'js>, private: Value<'js>, public: Value<'js>| -> Result<Value<'js>> {
            let (KeyData::Private(a), b) = (key_of(&ctx, &private)?, key_of(&ctx, &public)?) else {
                return Err(bind::throw_error(&ctx, "crypto: expected a private key"));
            };
            let b = match b {
                KeyData::Public(p) => Ok(p),
                KeyData::Private(p) => to_public(&p),
                KeyData::Secret(_) => Err(CryptoError::msg("Invalid key")),
            };
            match b.and_then(|b| derive(&a, &b)) {
                Ok(out) => array_buffer(&ctx, out),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "keySecretBytes",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            match key_of(&ctx, &h)? {
                KeyData::Secret(s) => array_buffer(&ctx, s),
                _ => Err(bind::throw_error(&ctx, "crypto: not a secret key")),
            }
        },
    )?;
    Ok(())
}
