//! Errors of the crypto binding, shaped as Node shapes them.
//!
//! OpenSSL failures become Node's OpenSSL errors: the message is OpenSSL's text of the first
//! queued error (`error:1C800064:Provider routines::bad decrypt`), with `library`, `reason`
//! and `code` (`ERR_OSSL_` + the library's short name + the reason in capitals), and, when
//! OpenSSL queued more than one error, `opensslErrorStack` (the others, newest first).

use rquickjs::{Ctx, Object, Result, Value};

/// One entry of OpenSSL's error queue.
#[derive(Debug, Clone)]
pub struct SslErr {
    pub code: u64,
    pub lib: i32,
    pub library: Option<String>,
    pub reason: Option<String>,
}

impl SslErr {
    fn text(&self) -> String {
        let lib = self
            .library
            .clone()
            .unwrap_or_else(|| format!("lib({})", self.lib));
        let reason = self
            .reason
            .clone()
            .unwrap_or_else(|| format!("reason({})", self.code & 0x7f_ffff));
        format!("error:{:08X}:{}::{}", self.code, lib, reason)
    }
}

/// A failure to report to JS.
#[derive(Debug)]
pub enum CryptoError {
    /// OpenSSL's error queue (oldest first); empty means "unknown OpenSSL failure".
    Ssl(Vec<SslErr>),
    /// A plain `Error` with this message (Node throws these without a code).
    Msg(String),
    /// An error with a Node code, class (`"Error"`, `"TypeError"`, `"RangeError"`) and message.
    Coded(&'static str, &'static str, String),
}

impl From<openssl::error::ErrorStack> for CryptoError {
    fn from(stack: openssl::error::ErrorStack) -> Self {
        CryptoError::Ssl(
            stack
                .errors()
                .iter()
                .map(|e| SslErr {
                    code: e.code(),
                    lib: e.library_code(),
                    library: e.library().map(str::to_string),
                    reason: e.reason().map(str::to_string),
                })
                .collect(),
        )
    }
}

/// OpenSSL's ERR_LIB_* numbers Node names in its codes.
fn lib_name(lib: i32) -> &'static str {
    match lib {
        2 => "SYS_",
        3 => "BN_",
        4 => "RSA_",
        5 => "DH_",
        6 => "EVP_",
        7 => "BUF_",
        8 => "OBJ_",
        9 => "PEM_",
        10 => "DSA_",
        11 => "X509_",
        13 => "ASN1_",
        14 => "CONF_",
        15 => "CRYPTO_",
        16 => "EC_",
        20 => "SSL_",
        32 => "BIO_",
        33 => "PKCS7_",
        34 => "X509V3_",
        35 => "PKCS12_",
        36 => "RAND_",
        37 => "DSO_",
        38 => "ENGINE_",
        39 => "OCSP_",
        40 => "UI_",
        41 => "COMP_",
        42 => "ECDSA_",
        43 => "ECDH_",
        44 => "OSSL_STORE_",
        45 => "FIPS_",
        46 => "CMS_",
        47 => "TS_",
        48 => "HMAC_",
        50 => "CT_",
        51 => "ASYNC_",
        52 => "KDF_",
        53 => "SM2_",
        128 => "USER_",
        _ => "",
    }
}

impl CryptoError {
    pub fn msg(m: impl Into<String>) -> Self {
        CryptoError::Msg(m.into())
    }

    /// The error OpenSSL's queue holds now (drained).
    pub fn last() -> Self {
        openssl::error::ErrorStack::get().into()
    }

    /// `msg` when OpenSSL queued nothing, OpenSSL's error otherwise.
    pub fn last_or(msg: &str) -> Self {
        match Self::last() {
            CryptoError::Ssl(v) if v.is_empty() => CryptoError::msg(msg),
            e => e,
        }
    }

    /// An OpenSSL error made by hand (Node raises a few itself, e.g. "not XOF or invalid
    /// length").
    pub fn ssl(code: u64, lib: i32, library: &str, reason: &str) -> Self {
        CryptoError::Ssl(vec![SslErr {
            code,
            lib,
            library: Some(library.into()),
            reason: Some(reason.into()),
        }])
    }

    pub fn to_js<'js>(&self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        match self {
            CryptoError::Msg(m) => Ok(new_error(ctx, "Error", m)?.into_value()),
            CryptoError::Coded(code, class, m) => {
                let e = new_error(ctx, class, m)?;
                e.set("code", *code)?;
                Ok(e.into_value())
            }
            CryptoError::Ssl(list) => {
                let Some(first) = list.first() else {
                    // What OpenSSL prints for "no error" (Node shows it when a failing call
                    // queued nothing).
                    return Ok(
                        new_error(ctx, "Error", "error:00000000:lib(0)::reason(0)")?.into_value()
                    );
                };
                let e = new_error(ctx, "Error", &first.text())?;
                if list.len() > 1 {
                    let arr = rquickjs::Array::new(ctx.clone())?;
                    for (i, x) in list[1..].iter().rev().enumerate() {
                        arr.set(i, x.text())?;
                    }
                    e.set("opensslErrorStack", arr)?;
                }
                if let Some(l) = &first.library {
                    e.set("library", l.as_str())?;
                }
                if let Some(r) = &first.reason {
                    e.set("reason", r.as_str())?;
                    let lib = lib_name(first.lib);
                    let prefix = if lib == "SSL_" { "" } else { "OSSL_" };
                    let reason: String = r
                        .chars()
                        .map(|c| {
                            if c == ' ' {
                                '_'
                            } else {
                                c.to_ascii_uppercase()
                            }
                        })
                        .collect();
                    e.set("code", format!("ERR_{prefix}{lib}{reason}"))?;
                }
                Ok(e.into_value())
            }
        }
    }

    pub fn throw(&self, ctx: &Ctx<'_>) -> rquickjs::Error {
        match self.to_js(ctx) {
            Ok(v) => ctx.throw(v),
            Err(e) => e,
        }
    }
}

/// `new globalThis[class](message)` (so `message` is not enumerable, as on errors JS makes).
fn new_error<'js>(ctx: &Ctx<'js>, class: &str, message: &str) -> Result<Object<'js>> {
    let ctor: rquickjs::Constructor = ctx.globals().get(class)?;
    ctor.construct((message,))
}

/// Shorthand for results of work that may fail.
pub type CResult<T> = std::result::Result<T, CryptoError>;
