//! X.509 certificates (`X509Certificate`), printed as Node prints them.
//!
//! | function | does |
//! |---|---|
//! | `x509Parse(bytes)` | a certificate handle from PEM or DER (throws OpenSSL's error) |
//! | `x509Info(h)` | an object of the certificate's fields (see [`info`]) |
//! | `x509PublicKey(h)` | a public key handle |
//! | `x509Check(h, kind, value, flags)` | kind 0 host, 1 email, 2 IP: the matching name or undefined |
//! | `x509CheckIssued(h, other)`, `x509CheckPrivateKey(h, key)`, `x509Verify(h, key)` | booleans |

use super::error::CryptoError;
use super::keys::{key_of, KeyData};
use super::{array_buffer, bytes_vec, handle, new_handle, State};
use foreign_types::{ForeignType, ForeignTypeRef};
use openssl::hash::MessageDigest;
use openssl::x509::{X509Ref, X509};
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};
use std::ffi::{c_char, c_int, c_ulong, c_void};

extern "C" {
    // In libcrypto (OpenSSL 3); not all re-exported by openssl-sys.
    fn X509_NAME_print_ex(
        out: *mut openssl_sys::BIO,
        nm: *const openssl_sys::X509_NAME,
        indent: c_int,
        flags: c_ulong,
    ) -> c_int;
    fn X509_get_ext_d2i(
        x: *const openssl_sys::X509,
        nid: c_int,
        crit: *mut c_int,
        idx: *mut c_int,
    ) -> *mut c_void;
    fn X509_get_ext_by_NID(x: *const openssl_sys::X509, nid: c_int, lastpos: c_int) -> c_int;
    fn X509_get_ext(x: *const openssl_sys::X509, loc: c_int) -> *mut openssl_sys::X509_EXTENSION;
    fn X509V3_EXT_print(
        out: *mut openssl_sys::BIO,
        ext: *mut openssl_sys::X509_EXTENSION,
        flag: c_ulong,
        indent: c_int,
    ) -> c_int;
    fn X509_check_ca(x: *mut openssl_sys::X509) -> c_int;
    fn X509_check_host(
        x: *mut openssl_sys::X509,
        chk: *const c_char,
        len: usize,
        flags: u32,
        peername: *mut *mut c_char,
    ) -> c_int;
    fn X509_check_email(
        x: *mut openssl_sys::X509,
        chk: *const c_char,
        len: usize,
        flags: u32,
    ) -> c_int;
    fn X509_check_ip_asc(x: *mut openssl_sys::X509, address: *const c_char, flags: u32) -> c_int;
    fn X509_check_issued(issuer: *mut openssl_sys::X509, subject: *mut openssl_sys::X509) -> c_int;
    fn X509_check_private_key(
        x: *const openssl_sys::X509,
        k: *const openssl_sys::EVP_PKEY,
    ) -> c_int;
    fn OBJ_obj2txt(
        buf: *mut c_char,
        len: c_int,
        a: *const openssl_sys::ASN1_OBJECT,
        no_name: c_int,
    ) -> c_int;
    fn OPENSSL_sk_num(st: *const c_void) -> c_int;
    fn OPENSSL_sk_value(st: *const c_void, i: c_int) -> *mut c_void;
    fn OPENSSL_sk_pop_free(st: *mut c_void, f: Option<unsafe extern "C" fn(*mut c_void)>);
    fn ASN1_OBJECT_free(a: *mut c_void);
    fn CRYPTO_free(p: *mut c_void, file: *const c_char, line: c_int);
}

const NID_SUBJECT_ALT_NAME: c_int = 85;
const NID_INFO_ACCESS: c_int = 177;
const NID_EXT_KEY_USAGE: c_int = 126;
/// Node's multi-line name flags: RFC 2253 escapes, control escapes, UTF-8, one field a line.
const NAME_FLAGS: c_ulong = 0x1 | 0x2 | 0x10 | (4 << 16);

/// Runs `f` with a memory BIO and returns what it wrote.
fn with_bio(f: impl FnOnce(*mut openssl_sys::BIO) -> bool) -> Option<String> {
    // SAFETY: a new memory BIO, freed below; its contents are copied out before.
    unsafe {
        let bio = openssl_sys::BIO_new(openssl_sys::BIO_s_mem());
        if bio.is_null() {
            return None;
        }
        let ok = f(bio);
        let mut p: *mut c_char = std::ptr::null_mut();
        let n = openssl_sys::BIO_ctrl(
            bio,
            openssl_sys::BIO_CTRL_INFO,
            0,
            &mut p as *mut _ as *mut c_void,
        );
        let s = if ok && !p.is_null() && n > 0 {
            Some(
                String::from_utf8_lossy(std::slice::from_raw_parts(p as *const u8, n as usize))
                    .into_owned(),
            )
        } else if ok {
            Some(String::new())
        } else {
            None
        };
        openssl_sys::BIO_free_all(bio);
        s
    }
}

fn name_text(name: *const openssl_sys::X509_NAME) -> Option<String> {
    // SAFETY: `name` belongs to a live certificate.
    with_bio(|bio| unsafe { X509_NAME_print_ex(bio, name, 0, NAME_FLAGS) >= 0 })
}

fn ext_text(cert: &X509, nid: c_int) -> Option<String> {
    // SAFETY: a lookup on a live certificate; the extension is owned by it.
    unsafe {
        let idx = X509_get_ext_by_NID(cert.as_ptr(), nid, -1);
        if idx < 0 {
            return None;
        }
        let ext = X509_get_ext(cert.as_ptr(), idx);
        if ext.is_null() {
            return None;
        }
        with_bio(|bio| X509V3_EXT_print(bio, ext, 0, 0) == 1)
    }
}

/// The certificate's extended key usage OIDs (also what tls's peer certificates show).
pub(crate) fn ext_key_usage(cert: &X509Ref) -> Option<Vec<String>> {
    // SAFETY: X509_get_ext_d2i returns a new STACK_OF(ASN1_OBJECT) (freed below) or null.
    unsafe {
        let sk = X509_get_ext_d2i(
            cert.as_ptr(),
            NID_EXT_KEY_USAGE,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        );
        if sk.is_null() {
            let _ = openssl::error::ErrorStack::get();
            return None;
        }
        let mut out = Vec::new();
        for i in 0..OPENSSL_sk_num(sk) {
            let obj = OPENSSL_sk_value(sk, i) as *const openssl_sys::ASN1_OBJECT;
            let mut buf = [0 as c_char; 256];
            let n = OBJ_obj2txt(buf.as_mut_ptr(), buf.len() as c_int, obj, 1);
            if n > 0 {
                let b: Vec<u8> = buf[..(n as usize).min(255)]
                    .iter()
                    .map(|&c| c as u8)
                    .collect();
                out.push(String::from_utf8_lossy(&b).into_owned());
            }
        }
        OPENSSL_sk_pop_free(sk, Some(ASN1_OBJECT_free));
        Some(out)
    }
}

/// Colon-separated upper-case hex of the certificate's digest (also tls's peer certificates).
pub(crate) fn fingerprint(cert: &X509Ref, md: MessageDigest) -> String {
    match cert.digest(md) {
        Ok(d) => d
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":"),
        Err(_) => String::new(),
    }
}

/// The certificate's fields as Node's X509Certificate getters show them.
fn info<'js>(ctx: &Ctx<'js>, cert: &X509) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    // SAFETY: the names belong to the live certificate.
    let subject = name_text(unsafe { openssl_sys::X509_get_subject_name(cert.as_ptr()) });
    let issuer = name_text(unsafe { openssl_sys::X509_get_issuer_name(cert.as_ptr()) });
    o.set("subject", subject)?;
    o.set("issuer", issuer)?;
    o.set("subjectAltName", ext_text(cert, NID_SUBJECT_ALT_NAME))?;
    o.set("infoAccess", ext_text(cert, NID_INFO_ACCESS))?;
    o.set("validFrom", cert.not_before().to_string())?;
    o.set("validTo", cert.not_after().to_string())?;
    o.set("fingerprint", fingerprint(cert, MessageDigest::sha1()))?;
    o.set("fingerprint256", fingerprint(cert, MessageDigest::sha256()))?;
    o.set("fingerprint512", fingerprint(cert, MessageDigest::sha512()))?;
    o.set("keyUsage", ext_key_usage(cert))?;
    let serial = cert
        .serial_number()
        .to_bn()
        .ok()
        .and_then(|b| b.to_hex_str().ok().map(|s| s.to_string()))
        .unwrap_or_default();
    o.set("serialNumber", serial)?;
    // SAFETY: X509_check_ca only reads (and caches extension data in) the certificate.
    o.set("ca", unsafe { X509_check_ca(cert.as_ptr()) } == 1)?;
    o.set("raw", array_buffer(ctx, cert.to_der().unwrap_or_default())?)?;
    o.set(
        "pem",
        String::from_utf8_lossy(&cert.to_pem().unwrap_or_default()).into_owned(),
    )?;
    let _ = openssl::error::ErrorStack::get();
    Ok(o)
}

fn cert_of<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<X509> {
    let h = handle(ctx, v)?;
    let b = h.borrow();
    match &b.state {
        State::X509(c) => Ok(c.clone()),
        _ => Err(bind::throw_error(ctx, "crypto: not a certificate")),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "x509Parse",
        |ctx: Ctx<'js>, data: Value<'js>| -> Result<Value<'js>> {
            let data = bytes_vec(&ctx, &data)?;
            // PEM first; then DER, reporting the PEM failure if that fails too (as Node does).
            let r = X509::from_pem(&data).or_else(|pem_err| {
                X509::from_der(&data).map_err(|_| {
                    let _ = openssl::error::ErrorStack::get();
                    pem_err
                })
            });
            match r {
                Ok(c) => new_handle(&ctx, State::X509(c)),
                Err(e) => Err(CryptoError::from(e).throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "x509Info",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Object<'js>> {
            let c = cert_of(&ctx, &h)?;
            info(&ctx, &c)
        },
    )?;
    bind::func(
        ctx,
        o,
        "x509PublicKey",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            let c = cert_of(&ctx, &h)?;
            match c.public_key() {
                Ok(k) => new_handle(&ctx, State::Key(KeyData::Public(k))),
                Err(e) => Err(CryptoError::from(e).throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "x509Check",
        |ctx: Ctx<'js>,
         h: Value<'js>,
         kind: i32,
         value: String,
         flags: u32|
         -> Result<Option<String>> {
            let c = cert_of(&ctx, &h)?;
            let Ok(cval) = std::ffi::CString::new(value.clone()) else {
                return Ok(None);
            };
            // SAFETY: checks on a live certificate with a NUL-terminated value; the peer
            // name OpenSSL allocates is copied and freed.
            let r = unsafe {
                match kind {
                    0 => {
                        let mut peer: *mut c_char = std::ptr::null_mut();
                        let ok = X509_check_host(
                            c.as_ptr(),
                            cval.as_ptr(),
                            value.len(),
                            flags,
                            &mut peer,
                        );
                        if ok == 1 {
                            if peer.is_null() {
                                Some(value)
                            } else {
                                let s = std::ffi::CStr::from_ptr(peer)
                                    .to_string_lossy()
                                    .into_owned();
                                CRYPTO_free(peer.cast(), std::ptr::null(), 0);
                                Some(s)
                            }
                        } else {
                            None
                        }
                    }
                    1 => (X509_check_email(c.as_ptr(), cval.as_ptr(), value.len(), flags) == 1)
                        .then_some(value),
                    _ => {
                        (X509_check_ip_asc(c.as_ptr(), cval.as_ptr(), flags) == 1).then_some(value)
                    }
                }
            };
            let _ = openssl::error::ErrorStack::get();
            Ok(r)
        },
    )?;
    bind::func(
        ctx,
        o,
        "x509CheckIssued",
        |ctx: Ctx<'js>, h: Value<'js>, other: Value<'js>| -> Result<bool> {
            let c = cert_of(&ctx, &h)?;
            let issuer = cert_of(&ctx, &other)?;
            // SAFETY: both certificates are live; the check only reads them.
            let r = unsafe { X509_check_issued(issuer.as_ptr(), c.as_ptr()) } == 0;
            let _ = openssl::error::ErrorStack::get();
            Ok(r)
        },
    )?;
    bind::func(
        ctx,
        o,
        "x509CheckPrivateKey",
        |ctx: Ctx<'js>, h: Value<'js>, key: Value<'js>| -> Result<bool> {
            let c = cert_of(&ctx, &h)?;
            let KeyData::Private(k) = key_of(&ctx, &key)? else {
                return Ok(false);
            };
            // SAFETY: live certificate and key.
            let r = unsafe { X509_check_private_key(c.as_ptr(), k.as_ptr()) } == 1;
            let _ = openssl::error::ErrorStack::get();
            Ok(r)
        },
    )?;
    bind::func(
        ctx,
        o,
        "x509Verify",
        |ctx: Ctx<'js>, h: Value<'js>, key: Value<'js>| -> Result<bool> {
            let c = cert_of(&ctx, &h)?;
            let KeyData::Public(k) = key_of(&ctx, &key)? else {
                return Ok(false);
            };
            let r = c.verify(&k).unwrap_or(false);
            let _ = openssl::error::ErrorStack::get();
            Ok(r)
        },
    )?;
    Ok(())
}
