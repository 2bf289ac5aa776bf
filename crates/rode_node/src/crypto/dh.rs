//! ECDH (`createECDH`) and finite-field Diffie-Hellman (`createDiffieHellman`,
//! `getDiffieHellman`) objects.
//!
//! | function | does |
//! |---|---|
//! | `ecdhNew(curve)` | an ECDH handle, or undefined for an unknown curve |
//! | `ecdhGenerate(h)` | makes a key pair |
//! | `ecdhPublic(h, form)`, `ecdhPrivate(h)` | the keys' bytes, or undefined when there are none |
//! | `ecdhSetPrivate(h, bytes)` | false when the key is not valid for the curve |
//! | `ecdhSetPublic(h, bytes)` | false when the point is not valid |
//! | `ecdhCompute(h, peer)` | the shared secret, or undefined when the peer's point is not valid |
//! | `ecdhConvert(curve, bytes, form)` | the point re-encoded; undefined when invalid |
//! | `dhNew(prime or bits, generator)`, `dhGroup(name)` | a DH handle (undefined for an unknown group) |
//! | `dhGenerate(h)`, `dhField(h, which)`, `dhSet(h, which, bytes)`, `dhCompute(h, peer)` | as Node's DiffieHellman |

use super::error::CryptoError;
use super::keys::{point_form, DhState, EcdhState};
use super::{array_buffer, bytes_vec, handle, new_handle, State};
use foreign_types::ForeignType;
use openssl::bn::{BigNum, BigNumContext};
use openssl::dh::Dh;
use openssl::ec::{EcGroup, EcKey, EcPoint};
use openssl::pkey::Params;
use rode_core::bind;
use rquickjs::{Ctx, Object, Result, Value};

extern "C" {
    fn DH_check(dh: *const openssl_sys::DH, codes: *mut std::ffi::c_int) -> std::ffi::c_int;
}

fn with_ecdh<'js, R>(
    ctx: &Ctx<'js>,
    h: &Value<'js>,
    f: impl FnOnce(&mut EcdhState) -> R,
) -> Result<R> {
    let h = handle(ctx, h)?;
    let mut b = h.borrow_mut();
    match &mut b.state {
        State::Ecdh(e) => Ok(f(e)),
        _ => Err(bind::throw_error(ctx, "crypto: not an ECDH object")),
    }
}

fn with_dh<'js, R>(ctx: &Ctx<'js>, h: &Value<'js>, f: impl FnOnce(&mut DhState) -> R) -> Result<R> {
    let h = handle(ctx, h)?;
    let mut b = h.borrow_mut();
    match &mut b.state {
        State::Dh(d) => Ok(f(d)),
        _ => Err(bind::throw_error(ctx, "crypto: not a DiffieHellman object")),
    }
}

fn opt_bytes<'js>(ctx: &Ctx<'js>, v: Option<Vec<u8>>) -> Result<Value<'js>> {
    match v {
        Some(b) => array_buffer(ctx, b),
        None => Ok(Value::new_undefined(ctx.clone())),
    }
}

fn point(group: &EcGroup, bytes: &[u8]) -> Option<EcPoint> {
    let mut bctx = BigNumContext::new().ok()?;
    let r = EcPoint::from_bytes(group, bytes, &mut bctx).ok();
    let _ = openssl::error::ErrorStack::get();
    r
}

fn public_bytes(group: &EcGroup, p: &openssl::ec::EcPointRef, form: &str) -> Option<Vec<u8>> {
    let mut bctx = BigNumContext::new().ok()?;
    p.to_bytes(group, point_form(form), &mut bctx).ok()
}

fn dh_check(dh: &Dh<Params>) -> i32 {
    let mut codes: std::ffi::c_int = 0;
    // SAFETY: a valid DH object; DH_check only reads it.
    let ok = unsafe { DH_check(dh.as_ptr(), &mut codes) };
    let _ = openssl::error::ErrorStack::get();
    if ok != 1 {
        return 0;
    }
    codes
}

fn modp(name: &str) -> Option<BigNum> {
    let p = match name {
        "modp1" => BigNum::get_rfc2409_prime_768(),
        "modp2" => BigNum::get_rfc2409_prime_1024(),
        "modp5" => BigNum::get_rfc3526_prime_1536(),
        "modp14" => BigNum::get_rfc3526_prime_2048(),
        "modp15" => BigNum::get_rfc3526_prime_3072(),
        "modp16" => BigNum::get_rfc3526_prime_4096(),
        "modp17" => BigNum::get_rfc3526_prime_6144(),
        "modp18" => BigNum::get_rfc3526_prime_8192(),
        _ => return None,
    };
    p.ok()
}

fn dh_state(dh: Dh<Params>) -> DhState {
    let verify_error = dh_check(&dh);
    DhState {
        dh,
        key: None,
        verify_error,
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    bind::func(
        ctx,
        o,
        "ecdhNew",
        |ctx: Ctx<'js>, curve: String| -> Result<Value<'js>> {
            let Some(nid) = super::keys::curve_nid(&curve) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            match EcGroup::from_curve_name(nid) {
                Ok(group) => new_handle(&ctx, State::Ecdh(EcdhState { group, key: None })),
                Err(e) => Err(CryptoError::from(e).throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhGenerate",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<()> {
            let r = with_ecdh(&ctx, &h, |e| {
                EcKey::generate(&e.group).map(|k| e.key = Some(k))
            })?;
            r.map_err(|e| CryptoError::from(e).throw(&ctx))
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhPublic",
        |ctx: Ctx<'js>, h: Value<'js>, form: String| -> Result<Value<'js>> {
            let v = with_ecdh(&ctx, &h, |e| {
                let k = e.key.as_ref()?;
                public_bytes(&e.group, k.public_key(), &form)
            })?;
            opt_bytes(&ctx, v)
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhPrivate",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<Value<'js>> {
            let v = with_ecdh(&ctx, &h, |e| {
                let k = e.key.as_ref()?;
                let len = (e.group.order_bits() as i32 + 7) / 8;
                k.private_key().to_vec_padded(len).ok()
            })?;
            opt_bytes(&ctx, v)
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhSetPrivate",
        |ctx: Ctx<'js>, h: Value<'js>, key: Value<'js>| -> Result<bool> {
            let key = bytes_vec(&ctx, &key)?;
            with_ecdh(&ctx, &h, |e| {
                let r = (|| -> Option<EcKey<openssl::pkey::Private>> {
                    let d = BigNum::from_slice(&key).ok()?;
                    let mut order = BigNum::new().ok()?;
                    let mut bctx = BigNumContext::new().ok()?;
                    e.group.order(&mut order, &mut bctx).ok()?;
                    if d.num_bits() == 0 || d >= order {
                        return None;
                    }
                    let mut p = EcPoint::new(&e.group).ok()?;
                    p.mul_generator2(&e.group, &d, &mut bctx).ok()?;
                    let k = EcKey::from_private_components(&e.group, &d, &p).ok()?;
                    k.check_key().ok()?;
                    Some(k)
                })();
                let _ = openssl::error::ErrorStack::get();
                match r {
                    Some(k) => {
                        e.key = Some(k);
                        true
                    }
                    None => false,
                }
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhSetPublic",
        |ctx: Ctx<'js>, h: Value<'js>, key: Value<'js>| -> Result<bool> {
            let key = bytes_vec(&ctx, &key)?;
            with_ecdh(&ctx, &h, |e| {
                let Some(p) = point(&e.group, &key) else {
                    return false;
                };
                // Keep the private scalar (if any) with the new public point, as Node does.
                let d = match &e.key {
                    Some(k) => k.private_key().to_owned().ok(),
                    None => BigNum::from_u32(1).ok(),
                };
                let Some(d) = d else { return false };
                match EcKey::from_private_components(&e.group, &d, &p) {
                    Ok(k) => {
                        e.key = Some(k);
                        true
                    }
                    Err(_) => false,
                }
            })
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhCompute",
        |ctx: Ctx<'js>, h: Value<'js>, peer: Value<'js>| -> Result<Value<'js>> {
            let peer = bytes_vec(&ctx, &peer)?;
            let v = with_ecdh(&ctx, &h, |e| -> Option<Vec<u8>> {
                let k = e.key.as_ref()?;
                let p = point(&e.group, &peer)?;
                let pk = EcKey::from_public_key(&e.group, &p).ok()?;
                if pk.check_key().is_err() {
                    let _ = openssl::error::ErrorStack::get();
                    return None;
                }
                let a = openssl::pkey::PKey::from_ec_key(k.clone()).ok()?;
                let b = openssl::pkey::PKey::from_ec_key(pk).ok()?;
                super::keys::derive(&a, &b).ok()
            })?;
            let _ = openssl::error::ErrorStack::get();
            opt_bytes(&ctx, v)
        },
    )?;
    bind::func(
        ctx,
        o,
        "ecdhConvert",
        |ctx: Ctx<'js>, curve: String, key: Value<'js>, form: String| -> Result<Value<'js>> {
            let key = bytes_vec(&ctx, &key)?;
            let v = super::keys::curve_nid(&curve)
                .and_then(|nid| EcGroup::from_curve_name(nid).ok())
                .and_then(|g| {
                    let p = point(&g, &key)?;
                    public_bytes(&g, &p, &form)
                });
            opt_bytes(&ctx, v)
        },
    )?;
    bind::func(
        ctx,
        o,
        "dhNew",
        |ctx: Ctx<'js>, prime: Value<'js>, generator: Value<'js>| -> Result<Value<'js>> {
            let g = if let Some(n) = generator.as_number() {
                BigNum::from_u32(n as u32)
            } else {
                BigNum::from_slice(&bytes_vec(&ctx, &generator)?)
            };
            let r = if let Some(bits) = prime.as_number() {
                let g = generator.as_number().unwrap_or(2.0) as u32;
                Dh::generate_params(bits as u32, g)
            } else {
                let p = BigNum::from_slice(&bytes_vec(&ctx, &prime)?);
                p.and_then(|p| g.and_then(|g| Dh::from_pqg(p, None, g)))
            };
            match r {
                Ok(dh) => new_handle(&ctx, State::Dh(dh_state(dh))),
                Err(e) => Err(CryptoError::from(e).throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "dhGroup",
        |ctx: Ctx<'js>, name: String| -> Result<Value<'js>> {
            let Some(p) = modp(&name) else {
                return Ok(Value::new_undefined(ctx.clone()));
            };
            match BigNum::from_u32(2).and_then(|g| Dh::from_pqg(p, None, g)) {
                Ok(dh) => new_handle(
                    &ctx,
                    State::Dh(DhState {
                        dh,
                        key: None,
                        verify_error: 0,
                    }),
                ),
                Err(e) => Err(CryptoError::from(e).throw(&ctx)),
            }
        },
    )?;
    bind::func(
        ctx,
        o,
        "dhGenerate",
        |ctx: Ctx<'js>, h: Value<'js>| -> Result<()> {
            let r = with_dh(
                &ctx,
                &h,
                |d| -> std::result::Result<(), openssl::error::ErrorStack> {
                    let p = d.dh.prime_p().to_owned()?;
                    let g = d.dh.generator().to_owned()?;
                    let params = Dh::from_pqg(p, None, g)?;
                    let key = match &d.key {
                        // Keep a private key that was set; derive its public key.
                        Some(k) => {
                            let priv_key = k.private_key().to_owned()?;
                            params.set_private_key(priv_key)?
                        }
                        None => params.generate_key()?,
                    };
                    d.key = Some(key);
                    Ok(())
                },
            )?;
            r.map_err(|e| CryptoError::from(e).throw(&ctx))
        },
    )?;
    // dhField(h, which): 0 prime, 1 generator, 2 public key, 3 private key, 4 verifyError.
    bind::func(
        ctx,
        o,
        "dhField",
        |ctx: Ctx<'js>, h: Value<'js>, which: i32| -> Result<Value<'js>> {
            let v = with_dh(&ctx, &h, |d| -> std::result::Result<Option<Vec<u8>>, i32> {
                Ok(match which {
                    0 => Some(d.dh.prime_p().to_vec()),
                    1 => Some(d.dh.generator().to_vec()),
                    2 => d.key.as_ref().map(|k| k.public_key().to_vec()),
                    3 => d.key.as_ref().map(|k| k.private_key().to_vec()),
                    _ => return Err(d.verify_error),
                })
            })?;
            match v {
                Ok(b) => opt_bytes(&ctx, b),
                Err(n) => Ok(Value::new_number(ctx.clone(), n as f64)),
            }
        },
    )?;
    // dhSet(h, which, bytes): 2 public key, 3 private key.
    bind::func(
        ctx,
        o,
        "dhSet",
        |ctx: Ctx<'js>, h: Value<'js>, which: i32, key: Value<'js>| -> Result<()> {
            let key = bytes_vec(&ctx, &key)?;
            let r = with_dh(
                &ctx,
                &h,
                |d| -> std::result::Result<(), openssl::error::ErrorStack> {
                    let p = d.dh.prime_p().to_owned()?;
                    let g = d.dh.generator().to_owned()?;
                    let (mut pubk, mut privk) = match &d.key {
                        Some(k) => (
                            k.public_key().to_owned()?,
                            Some(k.private_key().to_owned()?),
                        ),
                        None => (BigNum::new()?, None),
                    };
                    if which == 2 {
                        pubk = BigNum::from_slice(&key)?;
                    } else {
                        privk = Some(BigNum::from_slice(&key)?);
                    }
                    let params = Dh::from_pqg(p, None, g)?;
                    d.key = Some(match privk {
                        Some(pk) => params.set_key(pubk, pk)?,
                        None => params.set_key(pubk, BigNum::new()?)?,
                    });
                    Ok(())
                },
            )?;
            r.map_err(|e| CryptoError::from(e).throw(&ctx))
        },
    )?;
    // dhCompute(h, peer): the secret padded to the prime's size, or -1 for a key that is too
    // small, -2 for one that is too large / invalid.
    bind::func(
        ctx,
        o,
        "dhCompute",
        |ctx: Ctx<'js>, h: Value<'js>, peer: Value<'js>| -> Result<Value<'js>> {
            let peer = bytes_vec(&ctx, &peer)?;
            let r = with_dh(&ctx, &h, |d| -> std::result::Result<Vec<u8>, i32> {
                let Some(k) = &d.key else { return Err(-3) };
                let pk = BigNum::from_slice(&peer).map_err(|_| -2)?;
                let one = BigNum::from_u32(1).map_err(|_| -2)?;
                if pk <= one {
                    return Err(-1);
                }
                let mut pm1 = d.dh.prime_p().to_owned().map_err(|_| -2)?;
                pm1.sub_word(1).map_err(|_| -2)?;
                if pk >= pm1 {
                    return Err(-2);
                }
                let s = k.compute_key(&pk).map_err(|_| -2)?;
                let size = d.dh.prime_p().num_bytes() as usize;
                let mut out = vec![0u8; size.saturating_sub(s.len())];
                out.extend(s);
                Ok(out)
            })?;
            let _ = openssl::error::ErrorStack::get();
            match r {
                Ok(b) => array_buffer(&ctx, b),
                Err(n) => Ok(Value::new_number(ctx.clone(), n as f64)),
            }
        },
    )?;
    Ok(())
}
