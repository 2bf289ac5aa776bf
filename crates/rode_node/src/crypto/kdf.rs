//! Key derivation: PBKDF2, scrypt and HKDF. Each takes a trailing callback for the async form
//! (see `run_job`); the result is an `ArrayBuffer`. A failure inside the derivation is Node's
//! plain "Deriving bits failed".
//!
//! | function | does |
//! |---|---|
//! | `pbkdf2(password, salt, iterations, keylen, digest, cb?)` | PKCS#5 PBKDF2-HMAC |
//! | `scryptCheck(N, r, p, maxmem)` | `null` when OpenSSL accepts the parameters, else OpenSSL's error text or `""` |
//! | `scrypt(password, salt, N, r, p, maxmem, keylen, cb?)` | RFC 7914 scrypt |
//! | `hkdf(digest, key, salt, info, length, cb?)` | RFC 5869 HKDF (extract then expand) |

use super::error::{CResult, CryptoError};
use super::hash::{digest, hmac};
use super::{bytes_vec, run_job, Out};
use openssl::hash::MessageDigest;
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};

fn failed() -> CryptoError {
    CryptoError::msg("Deriving bits failed")
}

pub fn pbkdf2(
    pass: &[u8],
    salt: &[u8],
    iter: usize,
    md: MessageDigest,
    len: usize,
) -> CResult<Vec<u8>> {
    let mut out = vec![0u8; len];
    if len == 0 {
        return Ok(out);
    }
    openssl::pkcs5::pbkdf2_hmac(pass, salt, iter, md, &mut out).map_err(|_| failed())?;
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
pub fn scrypt(
    pass: &[u8],
    salt: &[u8],
    n: u64,
    r: u64,
    p: u64,
    maxmem: u64,
    len: usize,
) -> CResult<Vec<u8>> {
    let mut out = vec![0u8; len];
    if len == 0 {
        return Ok(out);
    }
    openssl::pkcs5::scrypt(pass, salt, n, r, p, maxmem, &mut out).map_err(|_| failed())?;
    Ok(out)
}

/// `None` when OpenSSL accepts the scrypt parameters; otherwise the text of OpenSSL's last
/// error (empty when it queued none).
pub fn scrypt_check(n: u64, r: u64, p: u64, maxmem: u64) -> Option<String> {
    // SAFETY: with a null key OpenSSL only checks the parameters.
    let ok = unsafe {
        openssl_sys::EVP_PBE_scrypt(
            std::ptr::null(),
            0,
            std::ptr::null(),
            0,
            n,
            r,
            p,
            maxmem,
            std::ptr::null_mut(),
            0,
        )
    };
    if ok == 1 {
        return None;
    }
    let stack = openssl::error::ErrorStack::get();
    Some(match stack.errors().last() {
        Some(e) => {
            let lib = e.library().unwrap_or("");
            let reason = e.reason().unwrap_or("");
            format!("error:{:08X}:{lib}::{reason}", e.code())
        }
        None => String::new(),
    })
}

/// RFC 5869 HKDF; the caller checked `len <= 255 * hash length`.
pub fn hkdf(
    md: MessageDigest,
    key: &[u8],
    salt: &[u8],
    info: &[u8],
    len: usize,
) -> CResult<Vec<u8>> {
    let size = md.size();
    // Extract: an empty salt is a string of zeros as long as the hash (HMAC pads it anyway).
    let zeros = vec![0u8; size];
    let salt = if salt.is_empty() { &zeros[..] } else { salt };
    let prk = hmac(md, salt, &[key]).map_err(|_| failed())?;
    // Expand.
    let mut out = Vec::with_capacity(len);
    let mut t: Vec<u8> = Vec::new();
    let mut counter: u8 = 1;
    while out.len() < len {
        t = hmac(md, &prk, &[&t, info, &[counter]]).map_err(|_| failed())?;
        if t.is_empty() {
            return Err(failed());
        }
        let take = (len - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        counter = counter.wrapping_add(1);
    }
    Ok(out)
}

fn md_or_fail(ctx: &Ctx<'_>, name: &str) -> Result<MessageDigest> {
    digest(name)
        .ok_or_else(|| rquickjs::Exception::throw_type(ctx, &format!("Invalid digest: {name}")))
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "pbkdf2",
        |ctx: Ctx<'js>,
         pass: Value<'js>,
         salt: Value<'js>,
         iter: f64,
         len: f64,
         name: String,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let md = md_or_fail(&ctx, &name)?;
            let pass = bytes_vec(&ctx, &pass)?;
            let salt = bytes_vec(&ctx, &salt)?;
            let (iter, len) = (iter.max(1.0) as usize, len.max(0.0) as usize);
            run_job(&ctx, cb, move || {
                Ok(Out::Bytes(pbkdf2(&pass, &salt, iter, md, len)?))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "scryptCheck",
        |n: f64, r: f64, p: f64, maxmem: f64| -> Option<String> {
            scrypt_check(n as u64, r as u64, p as u64, maxmem as u64)
        },
    )?;
    bind::func(
        ctx,
        o,
        "scrypt",
        |ctx: Ctx<'js>,
         pass: Value<'js>,
         salt: Value<'js>,
         params: Vec<f64>,
         len: f64,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let pass = bytes_vec(&ctx, &pass)?;
            let salt = bytes_vec(&ctx, &salt)?;
            let p = |i: usize| params.get(i).copied().unwrap_or(0.0).max(0.0) as u64;
            let (n, r, pp, maxmem) = (p(0), p(1), p(2), p(3));
            let len = len.max(0.0) as usize;
            run_job(&ctx, cb, move || {
                Ok(Out::Bytes(scrypt(&pass, &salt, n, r, pp, maxmem, len)?))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "hkdf",
        |ctx: Ctx<'js>,
         name: String,
         key: Value<'js>,
         salt: Value<'js>,
         info: Value<'js>,
         len: f64,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let md = md_or_fail(&ctx, &name)?;
            let key = bytes_vec(&ctx, &key)?;
            let salt = bytes_vec(&ctx, &salt)?;
            let info = bytes_vec(&ctx, &info)?;
            let len = len.max(0.0) as usize;
            run_job(&ctx, cb, move || {
                Ok(Out::Bytes(hkdf(md, &key, &salt, &info, len)?))
            })
        },
    )?;
    Ok(())
}

/// Primes: `primeGenerate(bits, safe, add, rem, cb?)` → the prime (big-endian bytes);
/// `primeCheck(candidate, checks, cb?)` → boolean.
pub fn init_primes<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    use openssl::bn::{BigNum, BigNumContext};
    bind::func(
        ctx,
        o,
        "primeGenerate",
        |ctx: Ctx<'js>,
         bits: f64,
         safe: bool,
         add: Value<'js>,
         rem: Value<'js>,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let add = super::opt_bytes_vec(&ctx, &add)?;
            let rem = super::opt_bytes_vec(&ctx, &rem)?;
            let bits = bits.max(1.0) as i32;
            run_job(&ctx, cb, move || {
                let add = add.map(|a| BigNum::from_slice(&a)).transpose()?;
                let rem = rem.map(|r| BigNum::from_slice(&r)).transpose()?;
                let mut p = BigNum::new()?;
                p.generate_prime(bits, safe, add.as_deref(), rem.as_deref())?;
                Ok(Out::Bytes(p.to_vec()))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "primeCheck",
        |ctx: Ctx<'js>, candidate: Value<'js>, checks: f64, cb: Value<'js>| -> Result<Value<'js>> {
            let c = bytes_vec(&ctx, &candidate)?;
            let checks = checks.max(0.0) as i32;
            run_job(&ctx, cb, move || {
                let n = BigNum::from_slice(&c)?;
                let mut bctx = BigNumContext::new()?;
                Ok(Out::Bool(n.is_prime(checks, &mut bctx)?))
            })
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn hkdf_rfc5869_case1() {
        let ikm = [0x0bu8; 22];
        let salt: Vec<u8> = (0..=0x0c).collect();
        let info: Vec<u8> = (0xf0..=0xf9).collect();
        let okm = hkdf(MessageDigest::sha256(), &ikm, &salt, &info, 42).unwrap();
        assert_eq!(
            hex(&okm),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        );
    }

    #[test]
    fn pbkdf2_rfc6070() {
        let dk = pbkdf2(b"password", b"salt", 2, MessageDigest::sha1(), 20).unwrap();
        assert_eq!(hex(&dk), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
    }

    #[test]
    fn scrypt_params() {
        assert!(scrypt_check(16, 1, 1, 32 << 20).is_none());
        assert!(scrypt_check(3, 1, 1, 32 << 20).is_some());
    }
}
