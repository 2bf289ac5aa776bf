//! Signatures: `Sign`/`Verify` objects (hash, then sign the digest, as Node does) and the
//! one-shot `crypto.sign`/`crypto.verify` (OpenSSL's DigestSign, so Ed25519/Ed448 work).
//!
//! | function | does |
//! |---|---|
//! | `signNew(digest)` | a Sign/Verify handle, or undefined for an unknown digest (fed with `hashUpdate`) |
//! | `signFinal(h, key, opts)` | the signature (`ArrayBuffer`) |
//! | `verifyFinal(h, key, signature, opts)` | boolean |
//! | `signOneShot(digest, data, key, opts, cb?)` | the signature |
//! | `verifyOneShot(digest, data, key, signature, opts, cb?)` | boolean |
//!
//! `opts` is `[padding, saltLength, p1363]`: padding and salt length NaN when not given;
//! p1363 = 1 asks for (EC)DSA signatures as `r || s` instead of DER.

use super::error::{CResult, CryptoError};
use super::hash::digest;
use super::keys::{key_of, KeyData, ID_RSA_PSS};
use super::{array_buffer, bytes_vec, handle, new_handle, run_job, Out, State};
use openssl::bn::BigNum;
use openssl::ecdsa::EcdsaSig;
use openssl::hash::{Hasher, MessageDigest};
use openssl::pkey::{HasPublic, Id, PKey, PKeyRef, Private, Public};
use openssl::pkey_ctx::PkeyCtx;
use openssl::rsa::Padding;
use openssl::sign::{RsaPssSaltlen, Signer, Verifier};
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};

pub struct SignState {
    pub hasher: Option<Hasher>,
    pub md: MessageDigest,
}

impl SignState {
    pub fn update(&mut self, data: &[u8]) -> CResult<()> {
        match &mut self.hasher {
            Some(h) => Ok(h.update(data)?),
            None => Err(CryptoError::msg("Not initialised")),
        }
    }
}

/// RSA options as Node applies them to a signing context.
#[derive(Clone, Copy)]
pub struct RsaOpts {
    pub padding: Option<i32>,
    pub salt: Option<i32>,
    pub p1363: bool,
}

fn is_rsa(id: Id) -> bool {
    id == Id::RSA || id.as_raw() == ID_RSA_PSS
}

fn default_padding(id: Id) -> i32 {
    if id.as_raw() == ID_RSA_PSS {
        6
    } else {
        1
    }
}

/// The size in bytes of r and s of an (EC)DSA key (0 for other keys).
fn dsa_half<T: HasPublic>(k: &PKeyRef<T>) -> usize {
    if let Ok(ec) = k.ec_key() {
        return (ec.group().order_bits() as usize).div_ceil(8);
    }
    if let Ok(d) = k.dsa() {
        return (d.q().num_bits() as usize).div_ceil(8);
    }
    0
}

fn der_to_p1363(der: &[u8], n: usize) -> CResult<Vec<u8>> {
    let sig = EcdsaSig::from_der(der)?;
    let mut out = sig.r().to_vec_padded(n as i32)?;
    out.extend(sig.s().to_vec_padded(n as i32)?);
    Ok(out)
}

/// `None`: not a well-formed r || s for this key.
fn p1363_to_der(sig: &[u8], n: usize) -> Option<Vec<u8>> {
    if n == 0 || sig.len() != 2 * n {
        return None;
    }
    let r = BigNum::from_slice(&sig[..n]).ok()?;
    let s = BigNum::from_slice(&sig[n..]).ok()?;
    EcdsaSig::from_private_components(r, s).ok()?.to_der().ok()
}

fn apply_rsa<T>(ctx: &mut PkeyCtx<T>, id: Id, o: RsaOpts, signing: bool) -> CResult<()> {
    if !is_rsa(id) {
        return Ok(());
    }
    let padding = o.padding.unwrap_or_else(|| default_padding(id));
    ctx.set_rsa_padding(Padding::from_raw(padding))?;
    let _ = signing;
    if let (6, Some(salt)) = (padding, o.salt) {
        ctx.set_rsa_pss_saltlen(RsaPssSaltlen::custom(salt))?;
    }
    Ok(())
}

fn apply_rsa_signer(s: &mut Signer<'_>, id: Id, o: RsaOpts) -> CResult<()> {
    if !is_rsa(id) {
        return Ok(());
    }
    let padding = o.padding.unwrap_or_else(|| default_padding(id));
    s.set_rsa_padding(Padding::from_raw(padding))?;
    if let (6, Some(salt)) = (padding, o.salt) {
        s.set_rsa_pss_saltlen(RsaPssSaltlen::custom(salt))?;
    }
    Ok(())
}

fn apply_rsa_verifier(v: &mut Verifier<'_>, id: Id, o: RsaOpts) -> CResult<()> {
    if !is_rsa(id) {
        return Ok(());
    }
    let padding = o.padding.unwrap_or_else(|| default_padding(id));
    v.set_rsa_padding(Padding::from_raw(padding))?;
    if let (6, Some(salt)) = (padding, o.salt) {
        v.set_rsa_pss_saltlen(RsaPssSaltlen::custom(salt))?;
    }
    Ok(())
}

fn is_one_shot_only(id: Id) -> bool {
    id == Id::ED25519 || id == Id::ED448
}

fn unsupported() -> CryptoError {
    CryptoError::Coded(
        "ERR_CRYPTO_UNSUPPORTED_OPERATION",
        "Error",
        "Unsupported crypto operation".into(),
    )
}

pub fn sign_digest(st: &mut SignState, key: &PKey<Private>, o: RsaOpts) -> CResult<Vec<u8>> {
    if is_one_shot_only(key.id()) {
        return Err(unsupported());
    }
    let Some(mut h) = st.hasher.take() else {
        return Err(CryptoError::Coded(
            "ERR_CRYPTO_INVALID_STATE",
            "Error",
            "Not initialised".into(),
        ));
    };
    let dgst = h.finish()?;
    let mut ctx = PkeyCtx::new(key)?;
    ctx.sign_init()?;
    apply_rsa(&mut ctx, key.id(), o, true)?;
    let md = openssl::md::Md::fetch(None, &md_name(st.md), None)?;
    ctx.set_signature_md(&md)?;
    let mut sig = Vec::new();
    ctx.sign_to_vec(&dgst, &mut sig)?;
    if o.p1363 {
        let n = dsa_half(key);
        if n > 0 {
            sig = der_to_p1363(&sig, n)?;
        }
    }
    Ok(sig)
}

fn md_name(md: MessageDigest) -> String {
    md.type_().short_name().unwrap_or("").to_string()
}

pub fn verify_digest(
    st: &mut SignState,
    key: &PKey<Public>,
    sig: &[u8],
    o: RsaOpts,
) -> CResult<bool> {
    if is_one_shot_only(key.id()) {
        return Err(unsupported());
    }
    let Some(mut h) = st.hasher.take() else {
        return Err(CryptoError::Coded(
            "ERR_CRYPTO_INVALID_STATE",
            "Error",
            "Not initialised".into(),
        ));
    };
    let der;
    let sig = if o.p1363 && dsa_half(key) > 0 {
        match p1363_to_der(sig, dsa_half(key)) {
            Some(d) => {
                der = d;
                &der[..]
            }
            None => return Ok(false),
        }
    } else {
        sig
    };
    let dgst = h.finish()?;
    let mut ctx = PkeyCtx::new(key)?;
    ctx.verify_init()?;
    apply_rsa(&mut ctx, key.id(), o, false)?;
    let md = openssl::md::Md::fetch(None, &md_name(st.md), None)?;
    ctx.set_signature_md(&md)?;
    let ok = ctx.verify(&dgst, sig).unwrap_or(false);
    let _ = openssl::error::ErrorStack::get();
    Ok(ok)
}

pub fn sign_once(
    md: Option<MessageDigest>,
    data: &[u8],
    key: &PKey<Private>,
    o: RsaOpts,
) -> CResult<Vec<u8>> {
    let mut s = match md {
        Some(md) => Signer::new(md, key)?,
        None => Signer::new_without_digest(key)?,
    };
    apply_rsa_signer(&mut s, key.id(), o)?;
    let mut sig = s.sign_oneshot_to_vec(data)?;
    if o.p1363 {
        let n = dsa_half(key);
        if n > 0 {
            sig = der_to_p1363(&sig, n)?;
        }
    }
    Ok(sig)
}

pub fn verify_once(
    md: Option<MessageDigest>,
    data: &[u8],
    key: &PKey<Public>,
    sig: &[u8],
    o: RsaOpts,
) -> CResult<bool> {
    let der;
    let sig = if o.p1363 && dsa_half(key) > 0 {
        match p1363_to_der(sig, dsa_half(key)) {
            Some(d) => {
                der = d;
                &der[..]
            }
            None => return Ok(false),
        }
    } else {
        sig
    };
    let mut v = match md {
        Some(md) => Verifier::new(md, key)?,
        None => Verifier::new_without_digest(key)?,
    };
    apply_rsa_verifier(&mut v, key.id(), o)?;
    let ok = v.verify_oneshot(sig, data).unwrap_or(false);
    let _ = openssl::error::ErrorStack::get();
    Ok(ok)
}

/// `[padding, saltLength, p1363]` from JS (NaN: not given).
fn opts(v: &[f64]) -> RsaOpts {
    let at = |i: usize| v.get(i).copied().unwrap_or(f64::NAN);
    RsaOpts {
        padding: (!at(0).is_nan()).then_some(at(0) as i32),
        salt: (!at(1).is_nan()).then_some(at(1) as i32),
        p1363: at(2) == 1.0,
    }
}

fn public_of(k: KeyData) -> CResult<PKey<Public>> {
    match k {
        KeyData::Public(p) => Ok(p),
        KeyData::Private(p) => Ok(PKey::public_key_from_der(&p.public_key_to_der()?)?),
        KeyData::Secret(_) => Err(CryptoError::msg("Invalid key")),
    }
}

fn digest_arg(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<Option<MessageDigest>> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    let name = super::string_arg(ctx, v)?;
    match digest(&name) {
        Some(md) => Ok(Some(md)),
        None => Err(CryptoError::Coded(
            "ERR_CRYPTO_INVALID_DIGEST",
            "TypeError",
            format!("Invalid digest: {name}"),
        )
        .throw(ctx)),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "signNew",
        |ctx: Ctx<'js>, name: String| -> Result<Value<'js>> {
            let Some(md) = digest(&name) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            match Hasher::new(md) {
                Ok(h) => new_handle(
                    &ctx,
                    State::Sign(SignState {
                        hasher: Some(h),
                        md,
                    }),
                ),
                Err(e) => Err(CryptoError::from(e).throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "signFinal",
        |ctx: Ctx<'js>, h: Value<'js>, key: Value<'js>, o: Vec<f64>| -> Result<Value<'js>> {
            let KeyData::Private(key) = key_of(&ctx, &key)? else {
                return Err(bind::throw_error(&ctx, "crypto: expected a private key"));
            };
            let h = handle(&ctx, &h)?;
            let r = {
                let mut b = h.borrow_mut();
                match &mut b.state {
                    State::Sign(st) => sign_digest(st, &key, opts(&o)),
                    _ => Err(CryptoError::msg("Not initialised")),
                }
            };
            match r {
                Ok(sig) => array_buffer(&ctx, sig),
                Err(e) => Err(e.throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "verifyFinal",
        |ctx: Ctx<'js>,
         h: Value<'js>,
         key: Value<'js>,
         sig: Value<'js>,
         o: Vec<f64>|
         -> Result<bool> {
            let key = match public_of(key_of(&ctx, &key)?) {
                Ok(k) => k,
                Err(e) => return Err(e.throw(&ctx)),
            };
            let sig = bytes_vec(&ctx, &sig)?;
            let h = handle(&ctx, &h)?;
            let r = {
                let mut b = h.borrow_mut();
                match &mut b.state {
                    State::Sign(st) => verify_digest(st, &key, &sig, opts(&o)),
                    _ => Err(CryptoError::msg("Not initialised")),
                }
            };
            r.map_err(|e| e.throw(&ctx))
        },
    )?;
    bind::func(
        ctx,
        o,
        "signOneShot",
        |ctx: Ctx<'js>,
         md: Value<'js>,
         data: Value<'js>,
         key: Value<'js>,
         o: Vec<f64>,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let md = digest_arg(&ctx, &md)?;
            let KeyData::Private(key) = key_of(&ctx, &key)? else {
                return Err(bind::throw_error(&ctx, "crypto: expected a private key"));
            };
            let data = bytes_vec(&ctx, &data)?;
            let o = opts(&o);
            run_job(&ctx, cb, move || {
                Ok(Out::Bytes(sign_once(md, &data, &key, o)?))
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "verifyOneShot",
        |ctx: Ctx<'js>,
         md: Value<'js>,
         data: Value<'js>,
         key: Value<'js>,
         sig: Value<'js>,
         o: Vec<f64>,
         cb: Value<'js>|
         -> Result<Value<'js>> {
            let md = digest_arg(&ctx, &md)?;
            let key = match public_of(key_of(&ctx, &key)?) {
                Ok(k) => k,
                Err(e) => return Err(e.throw(&ctx)),
            };
            let data = bytes_vec(&ctx, &data)?;
            let sig = bytes_vec(&ctx, &sig)?;
            let o = opts(&o);
            run_job(&ctx, cb, move || {
                Ok(Out::Bool(verify_once(md, &data, &key, &sig, o)?))
            })
        },
    )?;
    Ok(())
}
